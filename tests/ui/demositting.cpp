#include "demositting.h"

#include "appcontroller.h"
#include "uitestsupport.h"

#include <QCborArray>
#include <QCborMap>

using council::protocol::Request;
using council::testing::Participant;
using council::testing::RawClient;
using council::testing::Reply;
using council::testing::TestCouncil;

namespace council::uitest {

bool startDemoSitting(TestCouncil &council, DemoSitting *s, QString *error) {
    if (!council.start({QStringLiteral("--demo")})) {
        *error = council.lastError();
        return false;
    }
    const QString dataDir = council.server()->dataDir();
    auto fail = [error](const QString &what) {
        *error = what;
        return false;
    };
    s->secretary = council.connectAs(QStringLiteral("thuky"), demoPassword(dataDir, QStringLiteral("thuky")));
    s->chair = council.connectAs(QStringLiteral("chutoa"), demoPassword(dataDir, QStringLiteral("chutoa")));
    s->vice =
        council.connectAs(QStringLiteral("phochutoa"), demoPassword(dataDir, QStringLiteral("phochutoa")));
    if (!s->secretary || !s->chair || !s->vice)
        return fail(QStringLiteral("demo logins: ") + council.lastError());

    const Reply sessions = s->secretary->request(Request::SessionList, {});
    const QCborMap session = sessions.value(QStringLiteral("sessions")).toArray().at(0).toMap();
    s->session = session.value(QStringLiteral("id")).toInteger();
    s->body = session.value(QStringLiteral("body")).toInteger();
    if (s->session == 0)
        return fail(QStringLiteral("no demo session: ") + sessions.describe());
    const Reply opened = s->secretary->request(
        Request::SessionUpdate,
        QCborMap{{QStringLiteral("id"), s->session}, {QStringLiteral("state"), QStringLiteral("open")}});
    if (!opened.ok())
        return fail(QStringLiteral("session.update: ") + opened.describe());
    const Reply got =
        s->secretary->request(Request::SessionGet, QCborMap{{QStringLiteral("id"), s->session}});
    const QCborArray agenda = got.value(QStringLiteral("agenda")).toArray();
    if (agenda.size() < 3)
        return fail(QStringLiteral("session.get: ") + got.describe());
    const QCborMap item = agenda.at(2).toMap();
    s->item = item.value(QStringLiteral("id")).toInteger();
    s->sitting = item.value(QStringLiteral("sitting")).toInteger();
    const Reply current =
        s->chair->request(Request::AgendaSetCurrent, QCborMap{{QStringLiteral("session"), s->session},
                                                              {QStringLiteral("item"), s->item}});
    if (!current.ok())
        return fail(QStringLiteral("agenda.set_current: ") + current.describe());

    // Thirty demo delegates without an account get one (cheapest key cost).
    const Reply members =
        s->secretary->request(Request::MemberList, QCborMap{{QStringLiteral("body"), s->body}});
    for (const QCborValue &v : members.value(QStringLiteral("members")).toArray()) {
        const QCborMap m = v.toMap();
        const bool delegate =
            m.value(QStringLiteral("functions")).toArray().contains(QStringLiteral("delegate"));
        if (!delegate || m.value(QStringLiteral("username")).isString() || s->voters.size() == 30)
            continue;
        Participant p;
        p.username = council.uniqueName(QStringLiteral("db"));
        p.fullName = m.value(QStringLiteral("fullName")).toString();
        p.member = m.value(QStringLiteral("id")).toInteger();
        const Reply made = council.createUser(p.username, council::testing::kLivePassword);
        if (!made.ok())
            return fail(QStringLiteral("user.create: ") + made.describe());
        const Reply linked =
            s->secretary->request(Request::MemberUpdate, QCborMap{{QStringLiteral("id"), p.member},
                                                                  {QStringLiteral("username"), p.username}});
        if (!linked.ok())
            return fail(QStringLiteral("member.update: ") + linked.describe());
        s->voters << p;
    }
    QList<Participant *> people;
    for (Participant &p : s->voters)
        people << &p;
    if (!council::testing::connectAll(council, people, error))
        return false;

    // 28 of them, the chair and the vice chair check in; two are excused.
    QList<QPair<RawClient *, qint64>> sent;
    for (int i = 0; i < 28; ++i)
        sent << qMakePair(s->voters[i].client,
                          s->voters[i].client->send(Request::AttendanceCheckIn,
                                                    QCborMap{{QStringLiteral("sitting"), s->sitting}}));
    for (RawClient *c : {s->chair, s->vice})
        sent << qMakePair(
            c, c->send(Request::AttendanceCheckIn, QCborMap{{QStringLiteral("sitting"), s->sitting}}));
    for (const auto &[client, id] : sent) {
        const Reply r = client->waitReply(id, kDemoSittingWait);
        if (!r.ok())
            return fail(QStringLiteral("attendance.check_in: ") + r.describe());
    }
    for (int i = 28; i < 30; ++i) {
        const Reply r = s->secretary->request(
            Request::AttendanceSet, QCborMap{{QStringLiteral("sitting"), s->sitting},
                                             {QStringLiteral("member"), s->voters[i].member},
                                             {QStringLiteral("status"), QStringLiteral("excused")},
                                             {QStringLiteral("reason"), QStringLiteral("Đi công tác")}});
        if (!r.ok())
            return fail(QStringLiteral("attendance.set: ") + r.describe());
    }
    return true;
}

client::AppController *demoLogin(TestCouncil &council, const QString &user, QObject *parent) {
    auto *app = new client::AppController(parent);
    app->login(council.server()->url().toString(), user, demoPassword(council.server()->dataDir(), user));
    return app;
}

} // namespace council::uitest
