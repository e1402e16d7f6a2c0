// The demo council's texts, written for this product.
#pragma once

#include <QStringList>

namespace council::server::demo {

struct AgendaEntry {
    int sitting; // 0 = first day, 1 = second day
    const char *kind;
    const char *title;
    const char *presenter;
    int minutes;
};

QStringList delegateNames(); // 40 full names
QList<AgendaEntry> agenda();

} // namespace council::server::demo
