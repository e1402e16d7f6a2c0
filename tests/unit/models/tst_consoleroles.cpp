// Which screens a member is offered, from the functions held in the open
// session's body: a chair who is also a delegate gets both and the hall, an
// approver only the document desk, a plain delegate no switcher; a session
// opens on the delegate's agenda when the member is a delegate.
#include "consoleroles.h"

#include <QtTest>

using council::client::ConsoleRoles;

class TstConsoleRoles : public QObject {
    Q_OBJECT

private slots:
    void consolesFor_data();
    void consolesFor();
    void defaultConsole_data();
    void defaultConsole();
};

void TstConsoleRoles::consolesFor_data() {
    QTest::addColumn<QStringList>("functions");
    QTest::addColumn<bool>("hasSession");
    QTest::addColumn<bool>("hallStaff");
    QTest::addColumn<QStringList>("expected");

    const auto list = [](const char *text) {
        return QString::fromLatin1(text).split(u' ', Qt::SkipEmptyParts);
    };
    QTest::newRow("delegate") << list("delegate") << true << false << list("delegate");
    QTest::newRow("chair who is a delegate")
        << list("delegate chair") << true << true << list("delegate chair hall");
    QTest::newRow("vice chair") << list("vice_chair delegate") << true << true << list("delegate chair hall");
    QTest::newRow("secretary") << list("secretary") << true << true << list("secretary documents hall");
    QTest::newRow("approver") << list("approver") << true << false << list("documents");
    QTest::newRow("secretary and approver")
        << list("approver secretary") << true << true << list("secretary documents hall");
    QTest::newRow("no session yet") << list("delegate chair") << false << true << QStringList{};
    QTest::newRow("not a member of the body") << QStringList{} << true << true << QStringList{};
}

void TstConsoleRoles::consolesFor() {
    QFETCH(QStringList, functions);
    QFETCH(bool, hasSession);
    QFETCH(bool, hallStaff);
    QFETCH(QStringList, expected);
    QCOMPARE(ConsoleRoles::consolesFor(functions, hasSession, hallStaff), expected);
}

void TstConsoleRoles::defaultConsole_data() {
    QTest::addColumn<QStringList>("consoles");
    QTest::addColumn<QString>("expected");
    QTest::newRow("delegate first") << QStringList{"delegate", "chair", "hall"} << QStringLiteral("delegate");
    QTest::newRow("secretary") << QStringList{"secretary", "documents", "hall"}
                               << QStringLiteral("secretary");
    QTest::newRow("never the hall") << QStringList{"hall"} << QStringLiteral("delegate");
    QTest::newRow("nothing: the agenda, read only") << QStringList{} << QStringLiteral("delegate");
}

void TstConsoleRoles::defaultConsole() {
    QFETCH(QStringList, consoles);
    QFETCH(QString, expected);
    QCOMPARE(ConsoleRoles::defaultConsole(consoles), expected);
}

QTEST_GUILESS_MAIN(TstConsoleRoles)
#include "tst_consoleroles.moc"
