// Sessions (kỳ họp), their sittings (phiên họp) and agenda items: the
// secretariat builds them, the chair sets the item under discussion.
#pragma once

#include "servicecontext.h"

#include <functional>

namespace council::server {

class SessionService {
public:
    explicit SessionService(ServiceContext ctx)
        : m(ctx) {}

    Outcome createSession(const Caller &caller, const QCborMap &body);
    Outcome listSessions(const Caller &caller, const QCborMap &body);
    Outcome getSession(const Caller &caller, const QCborMap &body);
    Outcome updateSession(const Caller &caller, const QCborMap &body);
    Outcome removeSession(const Caller &caller, const QCborMap &body);

    Outcome addSitting(const Caller &caller, const QCborMap &body);
    Outcome updateSitting(const Caller &caller, const QCborMap &body);
    Outcome removeSitting(const Caller &caller, const QCborMap &body);
    // The chair opens a sitting (also again after a break) and closes it:
    // planned -> open <-> closed, one open sitting per session at a time.
    Outcome openSitting(const Caller &caller, const QCborMap &body);
    Outcome closeSitting(const Caller &caller, const QCborMap &body);

    Outcome addItem(const Caller &caller, const QCborMap &body);
    Outcome updateItem(const Caller &caller, const QCborMap &body);
    Outcome moveItem(const Caller &caller, const QCborMap &body);
    Outcome removeItem(const Caller &caller, const QCborMap &body);
    Outcome setCurrentItem(const Caller &caller, const QCborMap &body);

private:
    // Why a sitting (id, its body, as stored) may not change state, in the
    // wrong_state error's words; empty when it may.
    using SittingRefusal = std::function<QString(qint64 id, qint64 bodyId, const QCborMap &before)>;
    // openSitting and closeSitting: the chair's check, `refusal`, then
    // `update` (bound to now and the id) and the sitting.changed event.
    Outcome changeSittingState(const Caller &caller, const QCborMap &body, const QString &update,
                               const SittingRefusal &refusal);
    bool renumber(qint64 sessionId, const QList<qint64> &order);
    QList<qint64> itemOrder(qint64 sessionId);
    ServiceContext m;
};

} // namespace council::server
