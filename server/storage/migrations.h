// Versioned schema of the server database. Each step moves the schema from
// version N-1 to N; steps are only ever appended. Migrating applies every
// missing step inside one transaction, so a failed upgrade changes nothing.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace council::server {

struct Migration {
    int version;
    const char *summary;
    QStringList statements;
};

const QList<Migration> &migrations();
int latestSchemaVersion();
int schemaVersion(QSqlDatabase &db);

// Brings the database to `target` (default: latest). Returns an empty string
// on success, otherwise what went wrong; on failure nothing was changed.
QString migrate(QSqlDatabase &db, int target = -1);

} // namespace council::server
