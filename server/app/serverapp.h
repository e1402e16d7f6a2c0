// The council-server program: command line, data directory, demo seeding,
// admin creation and the listening server. main.cpp only calls run().
#pragma once

#include <QStringList>

namespace council::server {

int runServer(const QStringList &arguments);

} // namespace council::server
