// Entry point of councilctl: parses the global options and NOUN VERB, reads
// passwords from stdin, and runs the command on the event loop.
#pragma once

#include <QCoreApplication>

namespace council::ctl {

int run(QCoreApplication &app);

} // namespace council::ctl
