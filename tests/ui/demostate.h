// A server snapshot (`sync` state) shaped like the server's demo data, so the
// pages can be rendered and checked with realistic Vietnamese text when no
// server is at hand.
#pragma once

#include <QCborMap>

namespace council::uitest {

inline constexpr qint64 kOpenSessionId = 7;
inline constexpr qint64 kCurrentItemId = 104;

QCborMap demoState();

} // namespace council::uitest
