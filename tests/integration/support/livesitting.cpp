#include "livesitting.h"

#include <QCborArray>
#include <QDate>
#include <QTest>

namespace council::testing {

using protocol::Event;
using protocol::Frame;
using protocol::Request;

namespace {

constexpr int kSlowMs = 60000; // a step that waits for the server's Argon2id, fifty times over

// Distinct Vietnamese names: (i % 10, i % 26) differ for every i below 130.
QString delegateName(int i) {
    static const char *const family[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng",
                                         "Huỳnh",  "Phan", "Vũ", "Võ",   "Đặng"};
    static const char *const middle[] = {"Văn", "Thị", "Minh", "Ngọc"};
    static const char *const given[] = {
        "An",  "Bình", "Châu", "Dũng", "Giang", "Hà",  "Hải", "Hạnh", "Hùng",  "Khoa", "Lan",  "Linh", "Long",
        "Mai", "Nam",  "Nga",  "Phúc", "Quân",  "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Uyên", "Việt", "Yến"};
    return QStringLiteral("%1 %2 %3")
        .arg(QString::fromUtf8(family[i % 10]), QString::fromUtf8(middle[i % 4]),
             QString::fromUtf8(given[i % 26]));
}

bool failWith(QString *error, const QString &what) {
    if (error)
        *error = what;
    return false;
}

// Sends one request per client, then waits for every reply.
QList<Reply> pipelined(const QList<RawClient *> &clients, const std::function<qint64(RawClient *, int)> &send,
                       int timeoutMs = kSlowMs) {
    QList<qint64> ids;
    for (int i = 0; i < clients.size(); ++i)
        ids << send(clients.at(i), i);
    QList<Reply> replies;
    for (int i = 0; i < clients.size(); ++i)
        replies << clients.at(i)->waitReply(ids.at(i), timeoutMs);
    return replies;
}

bool allOk(const QList<Reply> &replies, const QString &step, QString *error) {
    for (const Reply &r : replies) {
        if (!r.ok())
            return failWith(error, QStringLiteral("%1: %2").arg(step, r.describe()));
    }
    return true;
}

} // namespace

QList<RawClient *> LiveSitting::delegateClients() const {
    QList<RawClient *> out;
    for (const Participant &p : delegates)
        out << p.client;
    return out;
}

QList<qint64> LiveSitting::delegateMembers() const {
    QList<qint64> out;
    for (const Participant &p : delegates)
        out << p.member;
    return out;
}

bool connectAll(TestCouncil &council, QList<Participant *> people, QString *error) {
    QList<RawClient *> clients;
    for (Participant *p : people) {
        auto *c = new RawClient(&council);
        if (!c->open(council.server()->url()))
            return failWith(error, QStringLiteral("%1 cannot connect").arg(p->username));
        clients << c;
    }
    QCborMap hello;
    hello.insert(QStringLiteral("versions"), QCborArray{protocol::kProtocolVersion});
    hello.insert(QStringLiteral("client"), QStringLiteral("council-integration-tests"));
    if (!allOk(pipelined(clients, [&](RawClient *c, int) { return c->send(Request::Hello, hello); }),
               QStringLiteral("hello"), error))
        return false;
    const QList<Reply> salts = pipelined(clients, [&](RawClient *c, int i) {
        return c->send(Request::AuthSalt, QCborMap{{QStringLiteral("username"), people.at(i)->username}});
    });
    if (!allOk(salts, QStringLiteral("auth.salt"), error))
        return false;
    const QList<Reply> logins = pipelined(clients, [&](RawClient *c, int i) {
        const Reply &s = salts.at(i);
        const crypto::KdfParams cost{s.value(QStringLiteral("ops")).toInteger(),
                                     s.value(QStringLiteral("mem")).toInteger()};
        QCborMap b;
        b.insert(QStringLiteral("username"), people.at(i)->username);
        b.insert(QStringLiteral("loginKey"),
                 loginKeyFor(kLivePassword, s.value(QStringLiteral("salt")).toByteArray(), cost));
        b.insert(QStringLiteral("device"), QStringLiteral("integration test"));
        return c->send(Request::AuthLogin, b);
    });
    if (!allOk(logins, QStringLiteral("auth.login"), error))
        return false;
    for (int i = 0; i < people.size(); ++i) {
        Participant *p = people.at(i);
        p->login.token = logins.at(i).value(QStringLiteral("token")).toByteArray();
        p->login.tokenId = logins.at(i).value(QStringLiteral("tokenId")).toInteger();
        p->login.account = logins.at(i).map(QStringLiteral("account"));
        p->client = clients.at(i);
    }
    return allOk(pipelined(clients,
                           [](RawClient *c, int) {
                               return c->send(Request::Sync, QCborMap{{QStringLiteral("since"), 0}});
                           }),
                 QStringLiteral("sync"), error);
}

RawClient *reconnectWithToken(TestCouncil &council, const QByteArray &token, QString *error) {
    RawClient *c = council.connectWithToken(token);
    if (!c) {
        failWith(error, council.lastError());
        return nullptr;
    }
    const Reply r = c->sync(0);
    if (!r.ok()) {
        failWith(error, QStringLiteral("sync: ") + r.describe());
        return nullptr;
    }
    return c;
}

bool checkInAll(const LiveSitting &s, const QList<Participant> &who, QString *error) {
    QList<RawClient *> clients;
    for (const Participant &p : who)
        clients << p.client;
    return allOk(
        pipelined(
            clients,
            [&](RawClient *c, int) {
                return c->send(Request::AttendanceCheckIn, QCborMap{{QStringLiteral("sitting"), s.sitting}});
            }),
        QStringLiteral("attendance.check_in"), error);
}

bool setUpLiveSitting(TestCouncil &council, LiveSitting *s, const LiveSittingOptions &o, QString *error) {
    RawClient &admin = *council.admin();
    s->chair = {council.uniqueName(QStringLiteral("chutoa")), QStringLiteral("Trần Văn Chủ"), 0, {}, nullptr};
    s->secretary = {
        council.uniqueName(QStringLiteral("thuky")), QStringLiteral("Lê Thị Thư"), 0, {}, nullptr};
    s->display = {
        council.uniqueName(QStringLiteral("manhinh")), QStringLiteral("Màn hình hội trường"), 0, {}, nullptr};
    s->outsider = {council.uniqueName(QStringLiteral("khach")), QString(), 0, {}, nullptr};
    s->delegates.clear();
    for (int i = 0; i < o.delegates; ++i)
        s->delegates << Participant{
            council.uniqueName(QStringLiteral("daibieu")), delegateName(i), 0, {}, nullptr};

    QList<Participant *> everyone{&s->chair, &s->secretary, &s->display, &s->outsider};
    for (Participant &p : s->delegates)
        everyone << &p;

    // Accounts: user.create with the cheapest client-side cost, all at once.
    const crypto::KdfParams cost = crypto::KdfParams::minimum();
    QList<qint64> ids;
    for (Participant *p : everyone) {
        const QByteArray salt = crypto::randomBytes(crypto::kSaltBytes);
        QCborMap b;
        b.insert(QStringLiteral("username"), p->username);
        b.insert(QStringLiteral("displayName"), p->fullName.isEmpty() ? p->username : p->fullName);
        b.insert(QStringLiteral("salt"), salt);
        b.insert(QStringLiteral("ops"), cost.opsLimit);
        b.insert(QStringLiteral("mem"), cost.memLimit);
        b.insert(QStringLiteral("loginKey"), loginKeyFor(kLivePassword, salt, cost));
        b.insert(QStringLiteral("admin"), false);
        ids << admin.send(Request::UserCreate, b);
    }
    for (qint64 id : ids) {
        const Reply r = admin.waitReply(id, kSlowMs);
        if (!r.ok())
            return failWith(error, QStringLiteral("user.create: ") + r.describe());
    }

    const Reply body =
        createBody(admin, council.uniqueName(QStringLiteral("HĐND phường số ")), o.delegates + 5);
    if (!body.ok())
        return failWith(error, QStringLiteral("body.create: ") + body.describe());
    s->body = idOf(body, QStringLiteral("body"));

    QStringList csv{QStringLiteral("name,functions,username")};
    csv << QStringLiteral("%1,%2,%3")
               .arg(s->chair.fullName,
                    o.chairIsDelegate ? QStringLiteral("chair;delegate") : QStringLiteral("chair"),
                    s->chair.username);
    csv << QStringLiteral("%1,secretary,%2").arg(s->secretary.fullName, s->secretary.username);
    csv << QStringLiteral("%1,display,%2").arg(s->display.fullName, s->display.username);
    for (const Participant &p : s->delegates)
        csv << QStringLiteral("%1,delegate,%2").arg(p.fullName, p.username);
    const Reply imported =
        admin.request(Request::MemberImport, QCborMap{{QStringLiteral("body"), s->body},
                                                      {QStringLiteral("csv"), csv.join(QLatin1Char('\n'))}});
    if (!imported.ok())
        return failWith(error, QStringLiteral("member.import: ") + imported.describe());

    const Reply members = admin.request(Request::MemberList, QCborMap{{QStringLiteral("body"), s->body}});
    if (!members.ok())
        return failWith(error, QStringLiteral("member.list: ") + members.describe());
    QHash<QString, qint64> memberOf;
    for (const QCborValue &v : members.value(QStringLiteral("members")).toArray())
        memberOf.insert(v[QStringLiteral("username")].toString(), v[QStringLiteral("id")].toInteger());
    for (Participant *p : everyone) {
        if (p == &s->outsider)
            continue;
        p->member = memberOf.value(p->username);
        if (p->member == 0)
            return failWith(error, QStringLiteral("no member for %1").arg(p->username));
    }

    if (!connectAll(council, everyone, error))
        return false;

    const Reply session = createSession(*s->secretary.client, s->body, QStringLiteral("Kỳ họp thứ tám"));
    if (!session.ok())
        return failWith(error, QStringLiteral("session.create: ") + session.describe());
    s->session = idOf(session, QStringLiteral("session"));
    const Reply opened = s->secretary.client->request(
        Request::SessionUpdate,
        QCborMap{{QStringLiteral("id"), s->session}, {QStringLiteral("state"), QStringLiteral("open")}});
    if (!opened.ok())
        return failWith(error, QStringLiteral("session.update: ") + opened.describe());
    const Reply sitting = addSitting(*s->secretary.client, s->session, QStringLiteral("Phiên khai mạc"),
                                     QDate::currentDate().toString(Qt::ISODate));
    if (!sitting.ok())
        return failWith(error, QStringLiteral("sitting.add: ") + sitting.describe());
    s->sitting = idOf(sitting, QStringLiteral("sitting"));
    s->items.clear();
    for (int i = 0; i < o.items; ++i) {
        QCborMap b;
        b.insert(QStringLiteral("session"), s->session);
        b.insert(QStringLiteral("sitting"), s->sitting);
        b.insert(QStringLiteral("title"), QStringLiteral("Dự thảo Nghị quyết số %1/NQ-HĐND").arg(i + 1));
        b.insert(QStringLiteral("kind"), QStringLiteral("resolution"));
        const Reply item = s->secretary.client->request(Request::AgendaAdd, b);
        if (!item.ok())
            return failWith(error, QStringLiteral("agenda.add: ") + item.describe());
        s->items << idOf(item, QStringLiteral("item"));
    }
    return true;
}

EventMark markEvents(const RawClient &client) {
    return {client.events().size(), client.transientEvents().size()};
}

QList<Frame> eventsOf(const RawClient &client, Event type, const BodyMatch &match, EventMark since) {
    QList<Frame> out;
    // A type is either logged or transient, so one of the two lists holds it.
    for (const QList<Frame> *list : {&client.events(), &client.transientEvents()}) {
        const qsizetype from = list == &client.events() ? since.logged : since.transient;
        for (qsizetype i = from; i < list->size(); ++i) {
            const Frame &f = list->at(i);
            if (f.type == qint64(type) && (!match || match(f.body)))
                out << f;
        }
    }
    return out;
}

std::optional<Frame> waitForEvent(RawClient &client, Event type, const BodyMatch &match, int timeoutMs,
                                  EventMark since) {
    std::optional<Frame> found;
    (void)QTest::qWaitFor(
        [&] {
            const QList<Frame> seen = eventsOf(client, type, match, since);
            if (!seen.isEmpty())
                found = seen.first();
            return found.has_value();
        },
        timeoutMs);
    return found;
}

BodyMatch aboutRound(qint64 id) {
    return [id](const QCborMap &body) {
        const QCborValue r = body.value(QStringLiteral("round"));
        return (r.isMap() ? r.toMap().value(QStringLiteral("id")).toInteger() : r.toInteger()) == id;
    };
}

} // namespace council::testing
