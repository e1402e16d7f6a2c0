#include "demoseeder.h"

#include "crypto/sodium.h"
#include "demodata.h"
#include "demodocuments.h"
#include "network/councilserver.h"

#include <QCborArray>
#include <QDir>
#include <QFile>

namespace council::server {

namespace {
QString randomPassword() {
    // No look-alike characters: people type these from a printed sheet.
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    const QByteArray random = crypto::randomBytes(12);
    QString out;
    for (char byte : random)
        out += QLatin1Char(alphabet[quint8(byte) % (sizeof alphabet - 1)]);
    return out;
}

QString csvField(const QString &s) {
    return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString failure(const Outcome &o, const char *what) {
    return QStringLiteral("%1: %2 %3")
        .arg(QString::fromLatin1(what), protocol::errorWireCode(o.error->code), o.error->detail);
}
} // namespace

QString DemoSeeder::seed(const QString &dataDir, QList<DemoAccount> *accounts, bool *alreadySeeded) {
    ServiceContext ctx = m_server.context();
    *alreadySeeded = false;
    if (ctx.db.query(QStringLiteral("SELECT 1 FROM bodies LIMIT 1")).next()) {
        *alreadySeeded = true;
        return {};
    }
    const Caller system{0, true, QStringLiteral("system")};
    struct Planned {
        const char *username;
        const char *role;
        int delegateIndex; // -1: not one of the 40 delegates
        const char *displayName;
    };
    const QStringList names = demo::delegateNames();
    const Planned planned[] = {
        {"admin", "admin", -1, "Quản trị hệ thống"},       {"thuky", "secretary", -1, "Nguyễn Thị Minh Thư"},
        {"chutoa", "chair+delegate", 0, nullptr},          {"phochutoa", "vice_chair+delegate", 1, nullptr},
        {"pheduyet", "approver", -1, "Lê Văn Duyệt"},      {"daibieu", "delegate", 4, nullptr},
        {"manhinh", "display", -1, "Màn hình hội trường"},
    };
    QHash<int, QString> usernameOfDelegate;
    for (const Planned &p : planned) {
        const QString username = QString::fromLatin1(p.username);
        const QString display =
            p.delegateIndex >= 0 ? names.at(p.delegateIndex) : QString::fromUtf8(p.displayName);
        const QString password = randomPassword();
        const QString err = m_server.accounts().createAccountLocally(username, display, password,
                                                                     username == QLatin1String("admin"));
        if (!err.isEmpty())
            return QStringLiteral("creating %1: %2").arg(username, err);
        accounts->append({username, password, QString::fromLatin1(p.role)});
        if (p.delegateIndex >= 0)
            usernameOfDelegate.insert(p.delegateIndex, username);
    }

    QCborMap b;
    b.insert(QStringLiteral("name"),
             QStringLiteral("Hội đồng nhân dân thành phố Bình Minh khóa XII, nhiệm kỳ 2026 - 2031"));
    b.insert(QStringLiteral("kind"), QStringLiteral("hdnd"));
    b.insert(QStringLiteral("seats"), 40);
    Outcome o = ctx.commits.run([&] { return m_server.bodies().createBody(system, b); });
    if (!o.isOk())
        return failure(o, "body");
    const qint64 bodyId =
        o.body.value(QStringLiteral("body")).toMap().value(QStringLiteral("id")).toInteger();

    // The member list goes through the same CSV import the secretariat uses.
    static const char *const committees[] = {"Ban Pháp chế", "Ban Kinh tế - Ngân sách",
                                             "Ban Văn hóa - Xã hội", "Ban Đô thị"};
    QString csv = QStringLiteral("họ tên,chức năng,tổ,ghế,tài khoản\n");
    for (int i = 0; i < names.size(); ++i) {
        QString functions = QStringLiteral("đại biểu");
        if (i == 0)
            functions += QStringLiteral(";chủ tọa");
        if (i == 1)
            functions += QStringLiteral(";phó chủ tọa");
        QString groups = QStringLiteral("Tổ đại biểu số %1").arg(i / 10 + 1);
        if (i % 3 == 0)
            groups += QLatin1Char(';') + QString::fromUtf8(committees[(i / 3) % 4]);
        const QString seat =
            QStringLiteral("%1%2").arg(QChar(u'A' + i / 10)).arg(i % 10 + 1, 2, 10, QLatin1Char('0'));
        csv += QStringLiteral("%1,%2,%3,%4,%5\n")
                   .arg(csvField(names.at(i)), csvField(functions), csvField(groups), seat,
                        usernameOfDelegate.value(i));
    }
    csv += QStringLiteral("Nguyễn Thị Minh Thư,thư ký,,,thuky\n");
    csv += QStringLiteral("Lê Văn Duyệt,phê duyệt,,,pheduyet\n");
    csv += QStringLiteral("Màn hình hội trường,màn hình,,,manhinh\n");
    QCborMap imp;
    imp.insert(QStringLiteral("body"), bodyId);
    imp.insert(QStringLiteral("csv"), csv);
    o = ctx.commits.run([&] { return m_server.bodies().importMembers(system, imp); });
    if (!o.isOk())
        return failure(o, "members");

    QCborMap s;
    s.insert(QStringLiteral("body"), bodyId);
    s.insert(QStringLiteral("title"), QStringLiteral("Kỳ họp thứ Mười - Kỳ họp thường lệ cuối năm 2026"));
    s.insert(QStringLiteral("location"), QStringLiteral("Hội trường Trung tâm Hội nghị thành phố"));
    s.insert(QStringLiteral("startsOn"), QStringLiteral("2026-12-08"));
    s.insert(QStringLiteral("endsOn"), QStringLiteral("2026-12-09"));
    o = ctx.commits.run([&] { return m_server.sessions().createSession(system, s); });
    if (!o.isOk())
        return failure(o, "session");
    const qint64 sessionId =
        o.body.value(QStringLiteral("session")).toMap().value(QStringLiteral("id")).toInteger();

    qint64 sittings[2] = {0, 0};
    const char *const sittingTitles[2] = {"Phiên họp thứ nhất", "Phiên họp thứ hai"};
    const char *const dates[2] = {"2026-12-08", "2026-12-09"};
    for (int i = 0; i < 2; ++i) {
        QCborMap st;
        st.insert(QStringLiteral("session"), sessionId);
        st.insert(QStringLiteral("title"), QString::fromUtf8(sittingTitles[i]));
        st.insert(QStringLiteral("date"), QString::fromLatin1(dates[i]));
        st.insert(QStringLiteral("startsAt"), QStringLiteral("07:30"));
        o = ctx.commits.run([&] { return m_server.sessions().addSitting(system, st); });
        if (!o.isOk())
            return failure(o, "sitting");
        sittings[i] = o.body.value(QStringLiteral("sitting")).toMap().value(QStringLiteral("id")).toInteger();
    }
    for (const demo::AgendaEntry &e : demo::agenda()) {
        QCborMap item;
        item.insert(QStringLiteral("session"), sessionId);
        item.insert(QStringLiteral("sitting"), sittings[e.sitting]);
        item.insert(QStringLiteral("kind"), QString::fromLatin1(e.kind));
        item.insert(QStringLiteral("title"), QString::fromUtf8(e.title));
        item.insert(QStringLiteral("presenter"), QString::fromUtf8(e.presenter));
        item.insert(QStringLiteral("plannedMinutes"), e.minutes);
        o = ctx.commits.run([&] { return m_server.sessions().addItem(system, item); });
        if (!o.isOk())
            return failure(o, "agenda item");
    }
    QCborMap upd;
    upd.insert(QStringLiteral("id"), sessionId);
    upd.insert(QStringLiteral("state"), QStringLiteral("scheduled"));
    o = ctx.commits.run([&] { return m_server.sessions().updateSession(system, upd); });
    if (!o.isOk())
        return failure(o, "session state");
    if (!ctx.commits.commitNow())
        return QStringLiteral("cannot commit the demo data");
    QHash<QString, QString> passwords;
    for (const DemoAccount &a : *accounts)
        passwords.insert(a.username, a.password);
    if (const QString err = DemoDocuments(m_server).seed(dataDir, bodyId, sessionId, passwords);
        !err.isEmpty())
        return QStringLiteral("documents: ") + err;

    QFile file(QDir(dataDir).filePath(QStringLiteral("demo-accounts.txt")));
    // Owner-only before the first password is written.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return QStringLiteral("cannot write demo-accounts.txt");
    for (const DemoAccount &a : *accounts)
        file.write(QStringLiteral("%1\t%2\t%3\n").arg(a.username, a.password, a.role).toUtf8());
    if (!file.flush())
        return QStringLiteral("cannot write demo-accounts.txt");
    return {};
}

} // namespace council::server
