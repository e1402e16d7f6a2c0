// Group commit: nothing is acknowledged or published before it is durable, a
// failing change rolls back alone, and events follow their changes in order.
#include "core/commitqueue.h"
#include "crypto/sodium.h"
#include "storage/database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace council::server;
using council::protocol::ErrorCode;
using council::protocol::Event;

class tst_CommitQueue : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static qint64 count(Database &db, const char *table) {
        QSqlQuery q = db.query(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table)));
        return q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase() { QVERIFY(council::crypto::initialize()); }

    void groupsChangesOfOneTurn() {
        Database db;
        QCOMPARE(db.open(m_dir.filePath(QStringLiteral("a")), QStringLiteral("a")), QString());
        EventLog log(db);
        QVERIFY(log.load());
        CommitQueue queue(db, log);
        QSignalSpy events(&queue, &CommitQueue::eventsCommitted);
        QList<bool> delivered;
        for (int i = 0; i < 3; ++i) {
            const Outcome o = queue.run([&] {
                db.exec(QStringLiteral("INSERT INTO bodies(name, kind, seats) VALUES (?, 'hdnd', 40)"),
                        {QStringLiteral("B%1").arg(i)});
                QCborMap body;
                body.insert(QStringLiteral("i"), i);
                queue.publish(Event::BodyChanged, 1, i + 1, 0, body);
                return Outcome::ok();
            });
            QVERIFY(o.isOk());
            queue.afterCommit([&](bool ok) { delivered << ok; });
        }
        // A failing change in the same turn rolls back alone, events included.
        const Outcome bad = queue.run([&] {
            db.exec(QStringLiteral("INSERT INTO bodies(name, kind, seats) VALUES ('X', 'hdnd', 1)"));
            queue.publish(Event::BodyChanged, 1, 99, 0, {});
            return Outcome::fail(ErrorCode::InvalidValue);
        });
        QVERIFY(!bad.isOk());
        QVERIFY(queue.inTransaction());
        QVERIFY(delivered.isEmpty()); // nothing acknowledged before the commit
        QCOMPARE(events.size(), 0);
        QTRY_VERIFY(!queue.inTransaction()); // committed at the end of the turn
        QCOMPARE(queue.commitsDone(), 1);    // one commit for the whole group
        QCOMPARE(delivered, (QList<bool>{true, true, true}));
        QCOMPARE(events.size(), 1);
        const auto committed = events.first().first().value<QList<CommittedEvent>>();
        QCOMPARE(committed.size(), 3);
        QCOMPARE(committed[0].seq, 1);
        QCOMPARE(committed[2].seq, 3);
        QCOMPARE(count(db, "bodies"), 3);
        QCOMPARE(count(db, "events"), 3);
        QCOMPARE(log.headSeq(), 3);
    }

    void survivesReopen() {
        const QString path = m_dir.filePath(QStringLiteral("b"));
        {
            Database db;
            QCOMPARE(db.open(path, QStringLiteral("b1")), QString());
            EventLog log(db);
            QVERIFY(log.load());
            CommitQueue queue(db, log);
            queue.run([&] {
                queue.publish(Event::SessionChanged, 1, 1, 1, {});
                return Outcome::ok();
            });
            QVERIFY(queue.commitNow());
        }
        Database db;
        QCOMPARE(db.open(path, QStringLiteral("b2")), QString());
        EventLog log(db);
        QVERIFY(log.load());
        QCOMPARE(log.headSeq(), 1);
        QByteArray last;
        QCOMPARE(council::crypto::firstBrokenEntry(log.read(0, 10), council::crypto::genesisHash(), &last),
                 0);
        QCOMPARE(last, log.head().hash);
    }
};

QTEST_GUILESS_MAIN(tst_CommitQueue)
#include "tst_commitqueue.moc"
