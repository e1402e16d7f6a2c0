#include "modelevents.h"
#include "sessionlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using council::client::SessionListModel;
using council::protocol::Event;
using namespace council::testing;

class TstSessionListModel : public QObject {
    Q_OBJECT

    QCborMap state() {
        return map(
            {{"bodies", QCborArray{map({{"id", 1}, {"name", QStringLiteral("HĐND thành phố")}})}},
             {"sessions",
              QCborArray{session(1, QStringLiteral("Kỳ họp thứ Chín"), QStringLiteral("2026-09-15")),
                         session(2, QStringLiteral("Kỳ họp thứ Mười"), QStringLiteral("2026-12-08"))}}});
    }
    static QString titleAt(const SessionListModel &m, int row) {
        return m.data(m.index(row), SessionListModel::TitleRole).toString();
    }

private slots:
    void snapshotSortsNewestFirst() {
        SessionListModel model;
        QAbstractItemModelTester tester(&model);
        model.applySnapshot(state());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(titleAt(model, 0), QStringLiteral("Kỳ họp thứ Mười"));
        QCOMPARE(model.data(model.index(0), SessionListModel::BodyNameRole).toString(),
                 QStringLiteral("HĐND thành phố"));
        QCOMPARE(model.data(model.index(0), SessionListModel::DatesRole).toString(),
                 QStringLiteral("08/12/2026"));
    }

    void newSessionIsInsertedInPlace() {
        SessionListModel model;
        QAbstractItemModelTester tester(&model);
        model.applySnapshot(state());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.applyEvent(pushed(
            Event::SessionChanged,
            map({{"session", session(3, QStringLiteral("Chuyên đề"), QStringLiteral("2026-10-01"))}})));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 1);
        QCOMPARE(titleAt(model, 1), QStringLiteral("Chuyên đề"));
    }

    void changedSessionUpdatesAndMoves() {
        SessionListModel model;
        QAbstractItemModelTester tester(&model);
        model.applySnapshot(state());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        // Renamed only: one dataChanged, no move.
        model.applyEvent(
            pushed(Event::SessionChanged,
                   map({{"session", session(2, QStringLiteral("Đổi tên"), QStringLiteral("2026-12-08"))}})));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(moved.count(), 0);
        QCOMPARE(titleAt(model, 0), QStringLiteral("Đổi tên"));
        // Moved to an earlier date than the other: it moves down one row.
        model.applyEvent(
            pushed(Event::SessionChanged,
                   map({{"session", session(2, QStringLiteral("Đổi tên"), QStringLiteral("2026-01-01"))}})));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(titleAt(model, 1), QStringLiteral("Đổi tên"));
        QCOMPARE(model.rowOf(2), 1);
    }

    void removedSessionIsRemoved() {
        SessionListModel model;
        QAbstractItemModelTester tester(&model);
        model.applySnapshot(state());
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy gone(&model, &SessionListModel::sessionRemoved);
        model.applyEvent(pushed(Event::SessionRemoved, map({{"id", 2}, {"body", 1}})));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(gone.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        model.applyEvent(pushed(Event::SessionRemoved, map({{"id", 99}, {"body", 1}})));
        QCOMPARE(removed.count(), 1);
    }

    void bodyRenameReachesRows() {
        SessionListModel model;
        model.applySnapshot(state());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.applyEvent(pushed(Event::BodyChanged,
                                map({{"body", map({{"id", 1}, {"name", QStringLiteral("Tên mới")}})}})));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(model.data(model.index(1), SessionListModel::BodyNameRole).toString(),
                 QStringLiteral("Tên mới"));
    }

    void garbageIsHarmless() {
        SessionListModel model;
        QAbstractItemModelTester tester(&model);
        model.applySnapshot(map({{"sessions", QStringLiteral("not an array")}}));
        QCOMPARE(model.rowCount(), 0);
        model.applyEvent(pushed(Event::SessionChanged, map({{"session", 5}})));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TstSessionListModel)
#include "tst_sessionlistmodel.moc"
