// A body ready for a live sitting: a chair, a secretary, a hall display and N
// delegates, each with an account and a logged-in, synced client; a session
// that is open, one sitting and agenda items on it; and an outsider account
// that belongs to no body. Accounts, logins and check-ins go out pipelined,
// so that fifty delegates take seconds rather than minutes.
#pragma once

#include "testcouncil.h"

#include <functional>

namespace council::testing {

struct Participant {
    QString username;
    QString fullName;
    qint64 member = 0; // 0 for the outsider
    Login login;
    RawClient *client = nullptr;
};

struct LiveSittingOptions {
    int delegates = 6;
    int items = 3;
    bool chairIsDelegate = false; // the chair counts in the total when true
};

struct LiveSitting {
    qint64 body = 0;
    qint64 session = 0;
    qint64 sitting = 0;
    QList<qint64> items;
    Participant chair, secretary, display, outsider;
    QList<Participant> delegates;

    QList<RawClient *> delegateClients() const;
    QList<qint64> delegateMembers() const;
};

inline const QString kLivePassword = QStringLiteral("mật khẩu phiên họp");

// Builds the whole fixture; false with *error set on the first failure.
bool setUpLiveSitting(TestCouncil &council, LiveSitting *sitting, const LiveSittingOptions &options,
                      QString *error);

// Logs in the accounts of `people` over new connections (hello, salt, login
// and sync(0), each step pipelined across all of them).
bool connectAll(TestCouncil &council, QList<Participant *> people, QString *error);
// The same accounts again over new connections with their device tokens, synced.
RawClient *reconnectWithToken(TestCouncil &council, const QByteArray &token, QString *error);

// Checks the delegates in themselves (attendance.check_in, pipelined).
bool checkInAll(const LiveSitting &sitting, const QList<Participant> &who, QString *error);

// Where a client's received events stand now, to look only at later ones.
// Logged and transient (seq 0) events are kept in two lists by RawClient.
struct EventMark {
    qsizetype logged = 0;
    qsizetype transient = 0;
};
EventMark markEvents(const RawClient &client);

// Events received so far (after `since`), of one type, optionally filtered by their body.
using BodyMatch = std::function<bool(const QCborMap &)>;
QList<protocol::Frame> eventsOf(const RawClient &client, protocol::Event type, const BodyMatch &match = {},
                                EventMark since = {});
// Waits until an event of that type (and matching) has arrived; the first one.
std::optional<protocol::Frame> waitForEvent(RawClient &client, protocol::Event type,
                                            const BodyMatch &match = {}, int timeoutMs = 10000,
                                            EventMark since = {});
// Body matcher for events about round `id` ({round: {id}} or {round: id}).
BodyMatch aboutRound(qint64 id);

} // namespace council::testing
