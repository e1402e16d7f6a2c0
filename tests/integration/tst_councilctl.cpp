// councilctl end to end against a real server: login stores a private token
// file, --json output is JSON, errors exit non-zero with a message on stderr,
// and a CSV import with one bad line imports nothing and names the line.
#include "testcouncil.h"

#include <QCborArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace council::testing;
using council::protocol::Request;

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};
} // namespace

class tst_Councilctl : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void loginStoresPrivateTokenFile();
    void jsonSessionListIsJson();
    void errorExitsNonZeroWithMessage();
    void importWithBadLineImportsNothing();

private:
    Run ctl(const QTemporaryDir &config, const QStringList &args, const QByteArray &input = {});
    bool login(const QTemporaryDir &config);
    TestCouncil *m_council = nullptr;
    BodyFixture m_f;
};

Run tst_Councilctl::ctl(const QTemporaryDir &config, const QStringList &args, const QByteArray &input) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COUNCIL_CONFIG_DIR"), config.path());
    env.remove(QStringLiteral("COUNCIL_SERVER"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(COUNCILCTL_BIN),
            QStringList{QStringLiteral("--server"), m_council->server()->url().toString()} + args);
    Run r;
    if (!p.waitForStarted(5000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

bool tst_Councilctl::login(const QTemporaryDir &config) {
    const Run r = ctl(config,
                      {QStringLiteral("login"), QStringLiteral("--user"), m_f.secretaryName,
                       QStringLiteral("--password-stdin")},
                      "mật khẩu thử\n");
    if (r.exitCode != 0)
        qWarning("councilctl login: %d %s", r.exitCode, qPrintable(r.err));
    return r.exitCode == 0;
}

void tst_Councilctl::initTestCase() {
    m_council = new TestCouncil(this);
    QVERIFY2(m_council->start(), qPrintable(m_council->lastError()));
    QVERIFY2(m_council->setUpBody(&m_f), qPrintable(m_council->lastError()));
}

void tst_Councilctl::loginStoresPrivateTokenFile() {
    QTemporaryDir config;
    QVERIFY(login(config));
    const QString path = config.filePath(QStringLiteral("councilctl.json"));
    QVERIFY2(QFile::exists(path), "no token file");
    const QFile::Permissions perms = QFile::permissions(path);
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QVERIFY2(!(perms & others),
             qPrintable(QStringLiteral("token file permissions %1").arg(int(perms), 0, 16)));
    QVERIFY(perms & QFile::ReadOwner);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray content = f.readAll();
    QVERIFY2(!content.contains("mật khẩu thử"), "the password was stored");
    // The stored token works: a later call needs no password.
    const Run me = ctl(config, {QStringLiteral("me")});
    QVERIFY2(me.exitCode == 0, qPrintable(me.err));
    QVERIFY(me.out.contains(m_f.secretaryName.toUtf8()));
}

void tst_Councilctl::jsonSessionListIsJson() {
    QTemporaryDir config;
    QVERIFY(login(config));
    const Run r = ctl(config, {QStringLiteral("--json"), QStringLiteral("session"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError,
             qPrintable(error.errorString() + QStringLiteral(": ") + QString::fromUtf8(r.out)));
    QVERIFY2(r.out.contains("Kỳ họp thứ mười hai"), r.out.constData());
}

void tst_Councilctl::errorExitsNonZeroWithMessage() {
    QTemporaryDir config;
    QVERIFY(login(config));
    const Run r = ctl(config, {QStringLiteral("member"), QStringLiteral("list"), QStringLiteral("999999")});
    QVERIFY2(r.exitCode > 0, qPrintable(QStringLiteral("exit %1").arg(r.exitCode)));
    QVERIFY2(!r.err.trimmed().isEmpty(), "no message on stderr");
    // Not logged in at all: also an error, not a crash.
    QTemporaryDir empty;
    const Run anon = ctl(empty, {QStringLiteral("session"), QStringLiteral("list")});
    QVERIFY(anon.exitCode > 0);
    QVERIFY(!anon.err.trimmed().isEmpty());
}

void tst_Councilctl::importWithBadLineImportsNothing() {
    QTemporaryDir config;
    QVERIFY(login(config));
    QCborMap listBody;
    listBody.insert(QStringLiteral("body"), m_f.body);
    const qsizetype before = m_f.secretary->request(Request::MemberList, listBody)
                                 .value(QStringLiteral("members"))
                                 .toArray()
                                 .size();

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("members.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("họ tên,chức năng,tổ,ghế\n"
               "Nguyễn Thị An,đại biểu,Tổ 1,A01\n"
               "Trần Văn Bình,đại biểu;thư ký,Tổ 1,A02\n"
               "Lê Văn Cường,vua,Tổ 2,A03\n" // line 4: no such function
               "Phạm Thị Dung,đại biểu,Tổ 2,A04\n");
    file.close();
    const Run bad =
        ctl(config, {QStringLiteral("member"), QStringLiteral("import"), QString::number(m_f.body), csv});
    QVERIFY2(bad.exitCode > 0, qPrintable(QStringLiteral("exit %1").arg(bad.exitCode)));
    static const QRegularExpression namesLine4(QStringLiteral("(line|dòng)\\s*4\\b"));
    QVERIFY2(bad.err.contains(namesLine4), qPrintable(bad.err));
    QCOMPARE(m_f.secretary->request(Request::MemberList, listBody)
                 .value(QStringLiteral("members"))
                 .toArray()
                 .size(),
             before);

    // The same file without the bad line imports all of it.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("name,functions,group,seat\n"
               "Nguyễn Thị An,delegate,Tổ 1,A01\n"
               "Trần Văn Bình,delegate,Tổ 1,A02\n");
    file.close();
    const Run good =
        ctl(config, {QStringLiteral("member"), QStringLiteral("import"), QString::number(m_f.body), csv});
    QVERIFY2(good.exitCode == 0, qPrintable(good.err));
    QCOMPARE(m_f.secretary->request(Request::MemberList, listBody)
                 .value(QStringLiteral("members"))
                 .toArray()
                 .size(),
             before + 2);
}

QTEST_GUILESS_MAIN(tst_Councilctl)
#include "tst_councilctl.moc"
