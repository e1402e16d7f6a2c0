// The demo session's documents: real PDFs with Vietnamese text (made by the
// council-demodocs program), taken in through the same intake as an upload,
// then submitted, approved and published the way people would do it — the
// trust key and the approver's key are made as the admin's and the
// approver's devices would make them, from their passwords.
#pragma once

#include <QHash>
#include <QString>

namespace council::server {

class CouncilServer;

class DemoDocuments {
public:
    explicit DemoDocuments(CouncilServer &server)
        : m_server(server) {}

    // passwords: username -> password of the demo accounts. Empty on success.
    QString seed(const QString &dataDir, qint64 bodyId, qint64 sessionId,
                 const QHash<QString, QString> &passwords);

    // council-demodocs next to the running program.
    static QString generatorPath();

private:
    CouncilServer &m_server;
};

} // namespace council::server
