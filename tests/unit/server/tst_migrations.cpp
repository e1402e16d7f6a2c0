// Upgrading a database from every earlier schema version keeps its data.
#include "storage/migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace council::server;

class tst_Migrations : public QObject {
    Q_OBJECT
private:
    QSqlDatabase openDb(const QString &path, const QString &name) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        return db;
    }
    static void exec(QSqlDatabase &db, const QString &sql) {
        QSqlQuery q(db);
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + QStringLiteral(": ") + sql));
    }
    // Rows that are valid at schema version `v`, one table per version step.
    void insertFixture(QSqlDatabase &db, int v) {
        if (v >= 1)
            exec(db, QStringLiteral(
                         "INSERT INTO accounts(id, username, display_name, salt, kdf_ops, kdf_mem, verifier,"
                         " is_admin, created_at) VALUES (1, 'thuky', 'Nguyễn Thị Thư', x'00', 2, 8192, 'v', "
                         "0, 1)"));
        if (v >= 2) {
            exec(db,
                 QStringLiteral(
                     "INSERT INTO bodies(id, name, kind, seats) VALUES (1, 'HĐND thành phố', 'hdnd', 40)"));
            exec(db, QStringLiteral("INSERT INTO members(id, body_id, account_id, full_name, functions) "
                                    "VALUES (1, 1, 1, 'Nguyễn Thị Thư', 8)"));
        }
        if (v >= 3) {
            exec(db, QStringLiteral("INSERT INTO sessions(id, body_id, title, starts_on, ends_on) VALUES (1, "
                                    "1, 'Kỳ họp thứ Mười', '2026-12-08', '2026-12-09')"));
            exec(db, QStringLiteral("INSERT INTO agenda_items(id, session_id, position, title) VALUES (1, 1, "
                                    "0, 'Khai mạc')"));
            exec(db, QStringLiteral("INSERT INTO sittings(id, session_id, title, date) VALUES (1, 1, "
                                    "'Phiên khai mạc', '2026-12-08')"));
        }
    }

private slots:
    void upgradeFromEveryVersion_data() {
        QTest::addColumn<int>("from");
        for (int v = 0; v < latestSchemaVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void upgradeFromEveryVersion() {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString name = QStringLiteral("m%1").arg(from);
        {
            QSqlDatabase db = openDb(dir.filePath(QStringLiteral("c.db")), name);
            QCOMPARE(migrate(db, from), QString());
            QCOMPARE(schemaVersion(db), from);
            insertFixture(db, from);
            QCOMPARE(migrate(db), QString());
            QCOMPARE(schemaVersion(db), latestSchemaVersion());
            // Data from the old version is still there.
            QSqlQuery q(db);
            if (from >= 1) {
                QVERIFY(q.exec(QStringLiteral("SELECT display_name FROM accounts WHERE id = 1")) && q.next());
                QCOMPARE(q.value(0).toString(), QStringLiteral("Nguyễn Thị Thư"));
            }
            if (from >= 3) {
                QVERIFY(q.exec(QStringLiteral("SELECT title FROM agenda_items WHERE id = 1")) && q.next());
                QCOMPARE(q.value(0).toString(), QStringLiteral("Khai mạc"));
                // A sitting from before sittings had a state was never opened.
                QVERIFY(
                    q.exec(QStringLiteral("SELECT state, opened_at, closed_at FROM sittings WHERE id = 1")) &&
                    q.next());
                QCOMPARE(q.value(0).toString(), QStringLiteral("planned"));
                QVERIFY(q.value(1).isNull());
                QVERIFY(q.value(2).isNull());
            }
            // And the newest tables work.
            insertFixture(db, 0);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO applied_ops(account_id, op, type, reply, at) VALUES (1, x'01', 90, x'a0', 1)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    void failedStepChangesNothing() {
        QTemporaryDir dir;
        {
            QSqlDatabase db = openDb(dir.filePath(QStringLiteral("c.db")), QStringLiteral("fail"));
            QCOMPARE(migrate(db, 2), QString());
            // A table that a later step wants to create already exists: that step fails.
            exec(db, QStringLiteral("CREATE TABLE sessions (x INTEGER)"));
            QVERIFY(!migrate(db).isEmpty());
            QCOMPARE(schemaVersion(db), 2);
            QSqlQuery q(db);
            QVERIFY(!q.exec(QStringLiteral("SELECT 1 FROM events")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fail"));
    }

    void refusesNewerSchema() {
        QTemporaryDir dir;
        {
            QSqlDatabase db = openDb(dir.filePath(QStringLiteral("c.db")), QStringLiteral("newer"));
            exec(db, QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1));
            QVERIFY(migrate(db).contains(QStringLiteral("newer")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    }
};

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_migrations.moc"
