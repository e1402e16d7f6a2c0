#include "agendamodel.h"
#include "modelevents.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using council::client::AgendaModel;
using council::protocol::Event;
using namespace council::testing;

namespace {

constexpr qint64 kSession = 7;

QCborMap state(qint64 current = 0) {
    QCborArray agenda;
    for (int i = 0; i < 4; ++i)
        agenda.append(agendaItem(100 + i, kSession, i, QStringLiteral("Nội dung %1").arg(i + 1), 20));
    agenda.append(agendaItem(200, 8, 0, QStringLiteral("Kỳ họp khác")));
    return map({{"sessions", QCborArray{session(kSession, QStringLiteral("Kỳ họp thứ Mười"),
                                                QStringLiteral("2026-12-08"), current),
                                        session(8, QStringLiteral("Khác"), QStringLiteral("2027-01-01"))}},
                {"sittings", QCborArray{map({{"id", 20},
                                             {"session", kSession},
                                             {"title", QStringLiteral("Phiên họp thứ nhất")},
                                             {"date", QStringLiteral("2026-12-08")},
                                             {"startsAt", QStringLiteral("07:30")}})}},
                {"agenda", agenda}});
}

QList<qint64> ids(const AgendaModel &m) {
    QList<qint64> out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.data(m.index(r), AgendaModel::IdRole).toLongLong();
    return out;
}

} // namespace

class TstAgendaModel : public QObject {
    Q_OBJECT

private slots:
    void showsOnlyTheSelectedSessionInOrder() {
        AgendaModel model;
        QAbstractItemModelTester tester(&model);
        model.applySnapshot(state(102));
        QCOMPARE(model.rowCount(), 0);
        model.setSessionId(kSession);
        QCOMPARE(ids(model), (QList<qint64>{100, 101, 102, 103}));
        QCOMPARE(model.currentIndex(), 2);
        QVERIFY(model.data(model.index(2), AgendaModel::IsCurrentRole).toBool());
        QVERIFY(!model.data(model.index(1), AgendaModel::IsCurrentRole).toBool());
        QCOMPARE(model.data(model.index(0), AgendaModel::SittingTitleRole).toString(),
                 QStringLiteral("Phiên họp thứ nhất"));
        QCOMPARE(model.data(model.index(0), AgendaModel::SittingSectionRole).toString(),
                 QStringLiteral("Phiên họp thứ nhất  ·  08/12/2026  ·  07:30"));
        QCOMPARE(model.current().value(QStringLiteral("title")).toString(), QStringLiteral("Nội dung 3"));
    }

    void currentChangeTouchesTwoRows() {
        AgendaModel model;
        QAbstractItemModelTester tester(&model);
        model.applySnapshot(state(101));
        model.setSessionId(kSession);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy current(&model, &AgendaModel::currentChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.applyEvent(pushed(Event::AgendaCurrentChanged,
                                map({{"session", kSession}, {"item", 103}, {"previous", 101}})));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(changed.at(1).at(0).value<QModelIndex>().row(), 3);
        QCOMPARE(current.count(), 1);
        QCOMPARE(model.currentIndex(), 3);
        QCOMPARE(model.currentTitle(), QStringLiteral("Nội dung 4"));

        // The chair closes the item: nothing is current.
        model.applyEvent(
            pushed(Event::AgendaCurrentChanged,
                   map({{"session", kSession}, {"item", QCborValue(QCborValue::Null)}, {"previous", 103}})));
        QCOMPARE(model.currentIndex(), -1);
        QCOMPARE(current.count(), 2);
        QVERIFY(model.current().isEmpty());
    }

    void sessionChangedCarriesTheCurrentItemToo() {
        AgendaModel model;
        model.applySnapshot(state());
        model.setSessionId(kSession);
        QSignalSpy current(&model, &AgendaModel::currentChanged);
        model.applyEvent(pushed(
            Event::SessionChanged,
            map({{"session", session(kSession, QStringLiteral("x"), QStringLiteral("2026-12-08"), 100)}})));
        QCOMPARE(model.currentIndex(), 0);
        QCOMPARE(current.count(), 1);
    }

    void newItemIsInsertedAtItsPosition() {
        AgendaModel model;
        QAbstractItemModelTester tester(&model);
        model.applySnapshot(state());
        model.setSessionId(kSession);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.applyEvent(pushed(Event::AgendaItemChanged,
                                map({{"item", agendaItem(150, kSession, 0, QStringLiteral("Mới"))}})));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        // Same position as an existing item until the server's renumbering
        // arrives: the lower id stays first.
        QCOMPARE(inserted.at(0).at(1).toInt(), 1);
        QCOMPARE(ids(model), (QList<qint64>{100, 150, 101, 102, 103}));
        // An item of another session is kept but not shown.
        model.applyEvent(
            pushed(Event::AgendaItemChanged, map({{"item", agendaItem(250, 8, 1, QStringLiteral("Khác"))}})));
        QCOMPARE(inserted.count(), 1);
        model.setSessionId(8);
        QCOMPARE(ids(model), (QList<qint64>{200, 250}));
    }

    void changedItemUpdatesInPlaceOrMoves() {
        AgendaModel model;
        QAbstractItemModelTester tester(&model);
        model.applySnapshot(state());
        model.setSessionId(kSession);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        model.applyEvent(pushed(Event::AgendaItemChanged,
                                map({{"item", agendaItem(101, kSession, 1, QStringLiteral("Sửa"))}})));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(moved.count(), 0);
        QCOMPARE(model.data(model.index(1), AgendaModel::TitleRole).toString(), QStringLiteral("Sửa"));
        model.applyEvent(pushed(Event::AgendaItemChanged,
                                map({{"item", agendaItem(100, kSession, 9, QStringLiteral("Cuối"))}})));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(ids(model).last(), 100);
    }

    void removedItemIsRemoved() {
        AgendaModel model;
        QAbstractItemModelTester tester(&model);
        model.applySnapshot(state(102));
        model.setSessionId(kSession);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy current(&model, &AgendaModel::currentChanged);
        model.applyEvent(pushed(Event::AgendaItemRemoved, map({{"id", 100}, {"session", kSession}})));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(ids(model), (QList<qint64>{101, 102, 103}));
        // The current item moved up a row: the follow-the-chair view must know.
        QCOMPARE(model.currentIndex(), 1);
        QCOMPARE(current.count(), 1);
    }

    void reorderMovesRowsWithoutReset() {
        AgendaModel model;
        QAbstractItemModelTester tester(&model);
        model.applySnapshot(state());
        model.setSessionId(kSession);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.applyEvent(pushed(Event::AgendaReordered,
                                map({{"session", kSession}, {"order", QCborArray{103, 100, 102, 101}}})));
        QCOMPARE(reset.count(), 0);
        QVERIFY(moved.count() >= 1);
        QCOMPARE(ids(model), (QList<qint64>{103, 100, 102, 101}));
        QCOMPARE(model.data(model.index(0), AgendaModel::PositionRole).toLongLong(), 0);
        QCOMPARE(model.data(model.index(3), AgendaModel::PositionRole).toLongLong(), 3);
    }

    void sittingRenameAndRemoval() {
        AgendaModel model;
        model.applySnapshot(state());
        model.setSessionId(kSession);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.applyEvent(
            pushed(Event::SittingChanged, map({{"sitting", map({{"id", 20},
                                                                {"session", kSession},
                                                                {"title", QStringLiteral("Phiên sáng")},
                                                                {"date", QStringLiteral("2026-12-08")}})}})));
        QCOMPARE(changed.count(), 4);
        QCOMPARE(model.data(model.index(0), AgendaModel::SittingTitleRole).toString(),
                 QStringLiteral("Phiên sáng"));
        model.applyEvent(pushed(Event::SittingRemoved, map({{"id", 20}, {"session", kSession}})));
        QCOMPARE(model.data(model.index(0), AgendaModel::SittingSectionRole).toString(), QString());
        QCOMPARE(model.data(model.index(0), AgendaModel::SittingIdRole).toLongLong(), 0);
    }

    void removedSessionEmptiesTheView() {
        AgendaModel model;
        QAbstractItemModelTester tester(&model);
        model.applySnapshot(state(101));
        model.setSessionId(kSession);
        model.applyEvent(pushed(Event::SessionRemoved, map({{"id", kSession}, {"body", 1}})));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.currentIndex(), -1);
    }
};

QTEST_GUILESS_MAIN(TstAgendaModel)
#include "tst_agendamodel.moc"
