#include "livedemo.h"

#include <QCborArray>
#include <QFile>
#include <QTest>

namespace council::testing {

using client::Reply;
using client::ServerConnection;
using protocol::Request;

namespace {

QCborMap fields(std::initializer_list<std::pair<const char *, QCborValue>> list) {
    QCborMap m;
    for (const auto &[key, value] : list)
        m.insert(QLatin1String(key), value);
    return m;
}

QString describe(const Reply &r) {
    return r.errorCode + QLatin1Char(' ') + r.body.value(QStringLiteral("detail")).toString();
}

} // namespace

LiveDemo::LiveDemo() = default;
LiveDemo::~LiveDemo() {
    for (auto &[user, connection] : m_connections)
        connection->close();
}

bool LiveDemo::start(QString *error) {
    if (!QFile::exists(ServerProcess::binary())) {
        *error = QStringLiteral("council-server is not built");
        return false;
    }
    if (!m_server.start({QStringLiteral("--demo")}, 60000)) {
        *error = m_server.lastError();
        return false;
    }
    QFile accounts(m_server.dataDir() + QStringLiteral("/demo-accounts.txt"));
    if (!accounts.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("no demo-accounts.txt");
        return false;
    }
    for (const QByteArray &line : accounts.readAll().split('\n')) {
        const QList<QByteArray> f = line.split('\t');
        if (f.size() >= 2)
            m_passwords.insert(QString::fromUtf8(f[0]), QString::fromUtf8(f[1]));
    }

    // The demo's one body, session, sittings, agenda and members, as the secretary sees them.
    Reply r = call(QStringLiteral("thuky"), Request::SessionList, {});
    if (!expectOk(r, "session.list", error))
        return false;
    const QCborMap session = r.body.value(QStringLiteral("sessions")).toArray().first().toMap();
    m_session = session.value(QStringLiteral("id")).toInteger();
    m_body = session.value(QStringLiteral("body")).toInteger();
    r = call(QStringLiteral("thuky"), Request::SessionGet, fields({{"id", m_session}}));
    if (!expectOk(r, "session.get", error))
        return false;
    for (const QCborValue &v : r.body.value(QStringLiteral("sittings")).toArray())
        m_sittings << v.toMap().value(QStringLiteral("id")).toInteger();
    QList<std::pair<qint64, qint64>> byPosition;
    for (const QCborValue &v : r.body.value(QStringLiteral("agenda")).toArray()) {
        const QCborMap item = v.toMap();
        const qint64 id = item.value(QStringLiteral("id")).toInteger();
        byPosition.append({item.value(QStringLiteral("position")).toInteger(), id});
        m_sittingOfItem.insert(id, item.value(QStringLiteral("sitting")).toInteger());
    }
    std::sort(byPosition.begin(), byPosition.end());
    for (const auto &[position, id] : byPosition)
        m_items << id;
    r = call(QStringLiteral("thuky"), Request::MemberList, fields({{"body", m_body}}));
    if (!expectOk(r, "member.list", error))
        return false;
    for (const QCborValue &v : r.body.value(QStringLiteral("members")).toArray()) {
        const QCborMap m = v.toMap();
        const qint64 id = m.value(QStringLiteral("id")).toInteger();
        m_fullNames.insert(id, m.value(QStringLiteral("fullName")).toString());
        const QString username = m.value(QStringLiteral("username")).toString();
        if (!username.isEmpty())
            m_memberOfUser.insert(username, id);
        if (m.value(QStringLiteral("functions")).toArray().contains(QStringLiteral("delegate")))
            m_delegates << id;
    }
    // The chair and vice chair (delegates with accounts) are among the first
    // markPresent() marks, so they can vote; "daibieu" is last, to check in
    // by itself.
    const QList<qint64> first{m_memberOfUser.value(QStringLiteral("chutoa")),
                              m_memberOfUser.value(QStringLiteral("phochutoa"))};
    const qint64 last = m_memberOfUser.value(QStringLiteral("daibieu"));
    QList<qint64> ordered = first;
    for (qint64 id : std::as_const(m_delegates)) {
        if (!first.contains(id) && id != last)
            ordered << id;
    }
    ordered << last;
    m_delegates = ordered;
    if (m_items.size() < 3 || m_sittings.isEmpty() || m_delegates.size() < 30) {
        *error = QStringLiteral("the demo data is not what this test expects");
        return false;
    }
    return true;
}

ServerConnection *LiveDemo::as(const QString &user, QString *error) {
    auto it = m_connections.find(user);
    if (it != m_connections.end())
        return it->second.get();
    auto connection = std::make_unique<ServerConnection>();
    connection->setServerUrl(url());
    connection->setSyncEnabled(false);
    connection->login(user, m_passwords.value(user), QStringLiteral("hall test"));
    if (!QTest::qWaitFor([&] { return connection->state() == ServerConnection::State::Online; }, 30000)) {
        if (error)
            *error = QStringLiteral("%1 cannot log in").arg(user);
        return nullptr;
    }
    return m_connections.emplace(user, std::move(connection)).first->second.get();
}

Reply LiveDemo::call(const QString &user, Request type, const QCborMap &body, int timeoutMs) {
    Reply reply;
    reply.errorCode = QStringLiteral("no_connection");
    ServerConnection *c = as(user);
    if (!c)
        return reply;
    bool answered = false;
    c->request(type, body, [&](const Reply &r) {
        reply = r;
        answered = true;
    });
    if (!QTest::qWaitFor([&] { return answered; }, timeoutMs))
        reply.errorCode = QStringLiteral("timeout");
    return reply;
}

bool LiveDemo::expectOk(const Reply &r, const char *what, QString *error) {
    if (r.ok)
        return true;
    if (error)
        *error = QStringLiteral("%1: %2").arg(QString::fromLatin1(what), describe(r));
    return false;
}

bool LiveDemo::openSession(QString *error) {
    return expectOk(call(QStringLiteral("thuky"), Request::SessionUpdate,
                         fields({{"id", m_session}, {"state", QStringLiteral("open")}})),
                    "session.update", error);
}

bool LiveDemo::setCurrentItem(qint64 item, QString *error) {
    return expectOk(call(QStringLiteral("chutoa"), Request::AgendaSetCurrent,
                         fields({{"session", m_session}, {"item", item}})),
                    "agenda.set_current", error);
}

bool LiveDemo::markPresent(qint64 sitting, int count, QString *error) {
    for (int i = 0; i < count && i < m_delegates.size(); ++i) {
        const Reply r = call(QStringLiteral("thuky"), Request::AttendanceSet,
                             fields({{"sitting", sitting},
                                     {"member", m_delegates.at(i)},
                                     {"status", QStringLiteral("present")}}));
        if (!expectOk(r, "attendance.set", error))
            return false;
    }
    return true;
}

bool LiveDemo::show(const QString &mode, QString *error, qint64 round, qint64 document, qint64 page) {
    QCborMap body = fields({{"body", m_body}, {"mode", mode}});
    if (round)
        body.insert(QStringLiteral("round"), round);
    if (document) {
        body.insert(QStringLiteral("document"), document);
        body.insert(QStringLiteral("page"), page);
    }
    return expectOk(call(QStringLiteral("chutoa"), Request::HallShow, body), "hall.show", error);
}

qint64 LiveDemo::giveFloorTo(const QString &user, qint64 item, QString *error) {
    Reply r = call(user, Request::SpeakRequest, fields({{"item", item}}));
    if (!expectOk(r, "speak.request", error))
        return 0;
    const qint64 id = r.body.value(QStringLiteral("request")).toMap().value(QStringLiteral("id")).toInteger();
    r = call(QStringLiteral("chutoa"), Request::SpeakGiveFloor, fields({{"id", id}}));
    return expectOk(r, "speak.give_floor", error) ? id : 0;
}

qint64 LiveDemo::openVote(qint64 item, const QString &question, int seconds, QString *error) {
    const Reply r = call(QStringLiteral("chutoa"), Request::VoteOpen,
                         fields({{"item", item}, {"question", question}, {"seconds", seconds}}));
    if (!expectOk(r, "vote.open", error))
        return 0;
    return r.body.value(QStringLiteral("round")).toMap().value(QStringLiteral("id")).toInteger();
}

bool LiveDemo::cast(const QString &user, qint64 round, const QString &choice, QString *error) {
    return expectOk(call(user, Request::VoteCast, fields({{"round", round}, {"choice", choice}})),
                    "vote.cast", error);
}

bool LiveDemo::closeVote(qint64 round, QString *error) {
    return expectOk(call(QStringLiteral("chutoa"), Request::VoteClose, fields({{"round", round}})),
                    "vote.close", error);
}

qint64 LiveDemo::publishedDocument(QString *title, qint64 *pages) {
    const Reply r = call(QStringLiteral("thuky"), Request::DocList, fields({{"session", m_session}}));
    for (const QCborValue &v : r.body.value(QStringLiteral("documents")).toArray()) {
        const QCborMap d = v.toMap();
        const QString scope = d.value(QStringLiteral("scope")).toString();
        if (d.value(QStringLiteral("published")).toInteger() > 0 && scope != QLatin1String("groups")) {
            *title = d.value(QStringLiteral("title")).toString();
            *pages = d.value(QStringLiteral("version")).toMap().value(QStringLiteral("pages")).toInteger();
            return d.value(QStringLiteral("id")).toInteger();
        }
    }
    return 0;
}

} // namespace council::testing
