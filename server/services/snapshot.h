// The full state an account may see, sent when a client cannot resume from
// its last sequence number.
#pragma once

#include "servicecontext.h"

namespace council::server {

QCborMap buildSnapshot(ServiceContext ctx, const Caller &caller);

} // namespace council::server
