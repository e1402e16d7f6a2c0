// Seeds an empty data directory with a realistic council in Vietnamese: a city
// People's Council with its delegates, groups and seats, a two-day session
// with its agenda, and an account for each function.
#pragma once

#include <QString>

namespace council::server {

class CouncilServer;

struct DemoAccount {
    QString username;
    QString password;
    QString role;
};

class DemoSeeder {
public:
    explicit DemoSeeder(CouncilServer &server)
        : m_server(server) {}

    // Returns an empty string on success. Does nothing when the data
    // directory already holds a body (the demo is seeded once).
    QString seed(const QString &dataDir, QList<DemoAccount> *accounts, bool *alreadySeeded);

private:
    CouncilServer &m_server;
};

} // namespace council::server
