// The server's SQLite database in its data directory: WAL, synchronous=FULL
// (an acknowledged change is on disk), foreign keys on, schema migrated on open.
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>

namespace council::server {

class Database {
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) DIR/council.db and migrates it. Empty on success.
    QString open(const QString &dataDir, const QString &connectionName = QStringLiteral("council"));
    void close();

    QSqlDatabase &db() { return m_db; }
    QString path() const { return m_path; }

    // Prepared query with positional bindings; logs and returns false on error.
    QSqlQuery query(const QString &sql, std::initializer_list<QVariant> binds = {}, bool *ok = nullptr);
    bool exec(const QString &sql, std::initializer_list<QVariant> binds = {});
    qint64 lastInsertId(const QSqlQuery &q) const;
    QString lastError() const { return m_lastError; }

    // A persistent random secret kept in the meta table, created on first use.
    QByteArray secret(const QString &name, int size);

private:
    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_lastError;
};

} // namespace council::server
