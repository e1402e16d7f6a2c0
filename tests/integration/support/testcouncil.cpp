#include "testcouncil.h"

#include <QCborArray>

namespace council::testing {

using protocol::Request;

namespace {
QCborArray textArray(const QStringList &list) {
    QCborArray out;
    for (const QString &s : list)
        out.append(s);
    return out;
}
} // namespace

Reply createBody(RawClient &client, const QString &name, int seats) {
    QCborMap b;
    b.insert(QStringLiteral("name"), name);
    b.insert(QStringLiteral("kind"), QStringLiteral("hdnd"));
    b.insert(QStringLiteral("seats"), seats);
    return client.request(Request::BodyCreate, b);
}

Reply addMember(RawClient &client, qint64 body, const QString &fullName, const QStringList &functions,
                const QString &username) {
    QCborMap b;
    b.insert(QStringLiteral("body"), body);
    b.insert(QStringLiteral("fullName"), fullName);
    b.insert(QStringLiteral("functions"), textArray(functions));
    if (!username.isEmpty())
        b.insert(QStringLiteral("username"), username);
    return client.request(Request::MemberAdd, b);
}

Reply createSession(RawClient &client, qint64 body, const QString &title) {
    QCborMap b;
    b.insert(QStringLiteral("body"), body);
    b.insert(QStringLiteral("title"), title);
    b.insert(QStringLiteral("location"), QStringLiteral("Hội trường A"));
    b.insert(QStringLiteral("startsOn"), QStringLiteral("2024-12-09"));
    b.insert(QStringLiteral("endsOn"), QStringLiteral("2024-12-11"));
    return client.request(Request::SessionCreate, b);
}

Reply addSitting(RawClient &client, qint64 session, const QString &title, const QString &date) {
    QCborMap b;
    b.insert(QStringLiteral("session"), session);
    b.insert(QStringLiteral("title"), title);
    b.insert(QStringLiteral("date"), date);
    b.insert(QStringLiteral("startsAt"), QStringLiteral("08:00"));
    return client.request(Request::SittingAdd, b);
}

Reply addItem(RawClient &client, qint64 session, const QString &title, const QByteArray &op) {
    QCborMap b;
    b.insert(QStringLiteral("session"), session);
    b.insert(QStringLiteral("title"), title);
    b.insert(QStringLiteral("kind"), QStringLiteral("report"));
    b.insert(QStringLiteral("plannedMinutes"), 15);
    return client.request(Request::AgendaAdd, b, op);
}

Reply getSession(RawClient &client, qint64 session) {
    QCborMap b;
    b.insert(QStringLiteral("id"), session);
    return client.request(Request::SessionGet, b);
}

qint64 idOf(const Reply &reply, const QString &key) {
    return reply.map(key).value(QStringLiteral("id")).toInteger();
}

QList<crypto::AuditEntry> auditEntries(const Reply &auditList) {
    QList<crypto::AuditEntry> out;
    for (const QCborValue &v : auditList.value(QStringLiteral("entries")).toArray()) {
        const QCborMap m = v.toMap();
        crypto::AuditEntry e;
        e.seq = m.value(QStringLiteral("seq")).toInteger();
        e.atMs = m.value(QStringLiteral("at")).toInteger();
        e.type = m.value(QStringLiteral("type")).toInteger();
        e.actor = m.value(QStringLiteral("actor")).toInteger();
        e.bodyId = m.value(QStringLiteral("body")).toInteger();
        e.sessionId = m.value(QStringLiteral("session")).toInteger();
        e.audience = m.value(QStringLiteral("audience")).toInteger();
        e.payload = m.value(QStringLiteral("payload")).toByteArray();
        e.prevHash = m.value(QStringLiteral("prev")).toByteArray();
        e.hash = m.value(QStringLiteral("hash")).toByteArray();
        out << e;
    }
    return out;
}

TestCouncil::TestCouncil(QObject *parent)
    : QObject(parent)
    , m_server(new ServerProcess(this)) {
    crypto::initialize();
}

bool TestCouncil::fail(const QString &why) {
    m_error = why;
    return false;
}

bool TestCouncil::start(const QStringList &extraArgs) {
    if (!m_server->createAdmin(kAdminName, kAdminPassword))
        return fail(m_server->lastError());
    if (!m_server->start(extraArgs))
        return fail(m_server->lastError());
    m_admin = new RawClient(this);
    if (!m_admin->open(m_server->url()) || !m_admin->hello())
        return fail(QStringLiteral("admin cannot connect"));
    const Reply r = m_admin->loginWithPassword(kAdminName, kAdminPassword, &m_adminLogin);
    if (!r.ok())
        return fail(QStringLiteral("admin login: ") + r.describe());
    return true;
}

bool TestCouncil::restart() {
    if (!m_server->restart())
        return fail(m_server->lastError());
    m_admin->deleteLater();
    m_admin = connectWithToken(m_adminLogin.token);
    return m_admin != nullptr;
}

QString TestCouncil::uniqueName(const QString &prefix) {
    return QStringLiteral("%1%2").arg(prefix).arg(++m_counter);
}

Reply TestCouncil::createUser(const QString &username, const QString &password, bool admin) {
    const QByteArray salt = crypto::randomBytes(crypto::kSaltBytes);
    const crypto::KdfParams cost = crypto::KdfParams::minimum();
    QCborMap b;
    b.insert(QStringLiteral("username"), username);
    b.insert(QStringLiteral("displayName"), username);
    b.insert(QStringLiteral("salt"), salt);
    b.insert(QStringLiteral("ops"), cost.opsLimit);
    b.insert(QStringLiteral("mem"), cost.memLimit);
    b.insert(QStringLiteral("loginKey"), loginKeyFor(password, salt, cost));
    b.insert(QStringLiteral("admin"), admin);
    return m_admin->request(Request::UserCreate, b, {}, 20000);
}

RawClient *TestCouncil::connectAnonymous() {
    auto *c = new RawClient(this);
    if (!c->open(m_server->url()) || !c->hello()) {
        m_error = QStringLiteral("cannot connect and say hello");
        c->deleteLater();
        return nullptr;
    }
    return c;
}

RawClient *TestCouncil::connectAs(const QString &username, const QString &password, Login *login) {
    RawClient *c = connectAnonymous();
    if (!c)
        return nullptr;
    const Reply r = c->loginWithPassword(username, password, login);
    if (!r.ok()) {
        m_error = QStringLiteral("login of %1: %2").arg(username, r.describe());
        c->deleteLater();
        return nullptr;
    }
    return c;
}

RawClient *TestCouncil::connectWithToken(const QByteArray &token) {
    RawClient *c = connectAnonymous();
    if (!c)
        return nullptr;
    const Reply r = c->authToken(token);
    if (!r.ok()) {
        m_error = QStringLiteral("auth.token: ") + r.describe();
        c->deleteLater();
        return nullptr;
    }
    return c;
}

bool TestCouncil::setUpBody(BodyFixture *f, const QString &bodyName) {
    const QString password = QStringLiteral("mật khẩu thử");
    f->secretaryName = uniqueName(QStringLiteral("thuky"));
    f->chairName = uniqueName(QStringLiteral("chutoa"));
    f->delegateName = uniqueName(QStringLiteral("daibieu"));
    for (const QString &name : {f->secretaryName, f->chairName, f->delegateName}) {
        const Reply r = createUser(name, password);
        if (!r.ok())
            return fail(QStringLiteral("user.create %1: %2").arg(name, r.describe()));
    }
    const Reply body = createBody(
        *m_admin, bodyName.isEmpty() ? uniqueName(QStringLiteral("Hội đồng nhân dân số ")) : bodyName);
    if (!body.ok())
        return fail(QStringLiteral("body.create: ") + body.describe());
    f->body = idOf(body, QStringLiteral("body"));
    const struct {
        QString fullName;
        QStringList functions;
        QString username;
    } members[] = {
        {QStringLiteral("Lê Thị Thư"), {QStringLiteral("secretary")}, f->secretaryName},
        {QStringLiteral("Trần Văn Chủ"), {QStringLiteral("chair"), QStringLiteral("delegate")}, f->chairName},
        {QStringLiteral("Nguyễn Văn Biểu"), {QStringLiteral("delegate")}, f->delegateName},
    };
    for (const auto &m : members) {
        const Reply r = addMember(*m_admin, f->body, m.fullName, m.functions, m.username);
        if (!r.ok())
            return fail(QStringLiteral("member.add %1: %2").arg(m.fullName, r.describe()));
    }
    f->secretary = connectAs(f->secretaryName, password, &f->secretaryLogin);
    f->chair = connectAs(f->chairName, password, &f->chairLogin);
    f->delegate = connectAs(f->delegateName, password, &f->delegateLogin);
    if (!f->secretary || !f->chair || !f->delegate)
        return false;
    const Reply session = createSession(*f->secretary, f->body, QStringLiteral("Kỳ họp thứ mười hai"));
    if (!session.ok())
        return fail(QStringLiteral("session.create: ") + session.describe());
    f->session = idOf(session, QStringLiteral("session"));
    return true;
}

} // namespace council::testing
