// What the hall's big screen shows, chosen by the chair or the secretariat:
// the agenda (the current item, speaker and vote), a page of a published
// document ("present to the hall" — delegates' readers can follow it), a
// vote's result, or attendance with the check-in code. Kept per body, so a
// display or a reader that reconnects shows the same again.
#pragma once

#include "servicecontext.h"

namespace council::server {

class HallService {
public:
    explicit HallService(ServiceContext ctx);

    Outcome show(const Caller &caller, const QCborMap &body); // hall.show
    Outcome get(const Caller &caller, const QCborMap &body);  // hall.get

    static QStringList modes(); // agenda, document, result, attendance

private:
    QCborMap stateOf(qint64 bodyId);
    ServiceContext m;
};

} // namespace council::server
