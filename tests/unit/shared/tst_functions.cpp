// Member functions by name: wire names and Vietnamese names in any case and
// either Unicode form map to the same function; anything else is refused.
#include "domain/functions.h"

#include <QTest>

using namespace council::domain;

Q_DECLARE_METATYPE(council::domain::Function)

class tst_Functions : public QObject {
    Q_OBJECT

private slots:
    void fromName_data();
    void fromName();
    void unknown_data();
    void unknown();
    void wireNamesRoundTrip();
    void listOfNames();
};

void tst_Functions::fromName_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<Function>("function");
    const struct {
        const char *text;
        Function f;
    } rows[] = {
        {"delegate", Function::Delegate},    {"chair", Function::Chair},
        {"vice_chair", Function::ViceChair}, {"secretary", Function::Secretary},
        {"approver", Function::Approver},    {"display", Function::HallDisplay},
        {"đại biểu", Function::Delegate},    {"chủ tọa", Function::Chair},
        {"chủ toạ", Function::Chair},        {"phó chủ tọa", Function::ViceChair},
        {"thư ký", Function::Secretary},     {"phê duyệt", Function::Approver},
        {"màn hình", Function::HallDisplay}, {"Đại Biểu", Function::Delegate},
        {"THƯ KÝ", Function::Secretary},     {"  Chủ   tọa ", Function::Chair},
        {"DELEGATE", Function::Delegate},
    };
    for (const auto &row : rows) {
        const QString nfc = QString::fromUtf8(row.text);
        QTest::newRow(row.text) << nfc << row.f;
        const QString nfd = nfc.normalized(QString::NormalizationForm_D);
        if (nfd != nfc)
            QTest::newRow(qPrintable(QStringLiteral("%1 (NFD)").arg(nfc))) << nfd << row.f;
    }
}

void tst_Functions::fromName() {
    QFETCH(QString, name);
    QFETCH(Function, function);
    const auto f = functionFromName(name);
    QVERIFY(f.has_value());
    QCOMPARE(*f, function);
}

void tst_Functions::unknown_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("english word") << QStringLiteral("president");
    QTest::newRow("without accents") << QStringLiteral("dai bieu");
    QTest::newRow("partial") << QStringLiteral("chủ");
    QTest::newRow("wire name with space") << QStringLiteral("vice chair");
}

void tst_Functions::unknown() {
    QFETCH(QString, name);
    QVERIFY(!functionFromName(name).has_value());
}

void tst_Functions::wireNamesRoundTrip() {
    for (Function f : {Function::Delegate, Function::Chair, Function::ViceChair, Function::Secretary,
                       Function::Approver, Function::HallDisplay}) {
        const auto back = functionFromName(functionName(f));
        QVERIFY(back.has_value());
        QCOMPARE(*back, f);
        QVERIFY(!functionLabelVi(f).isEmpty());
        QCOMPARE(functionFromName(functionLabelVi(f)), std::optional<Function>(f));
    }
}

void tst_Functions::listOfNames() {
    const auto fs = functionsFromNames({QStringLiteral("Đại biểu"), QStringLiteral("chair")});
    QVERIFY(fs.has_value());
    QVERIFY(fs->testFlag(Function::Delegate));
    QVERIFY(fs->testFlag(Function::Chair));
    QVERIFY(!fs->testFlag(Function::Secretary));
    QCOMPARE(functionNames(*fs), (QStringList{QStringLiteral("delegate"), QStringLiteral("chair")}));
    QVERIFY(!functionsFromNames({QStringLiteral("delegate"), QStringLiteral("nope")}).has_value());
}

QTEST_APPLESS_MAIN(tst_Functions)
#include "tst_functions.moc"
