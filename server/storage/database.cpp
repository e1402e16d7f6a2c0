#include "database.h"

#include "crypto/sodium.h"
#include "migrations.h"

#include <QDir>
#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcDb, "council.db")

namespace council::server {

Database::~Database() {
    close();
}

QString Database::open(const QString &dataDir, const QString &connectionName) {
    if (!QDir().mkpath(dataDir))
        return QStringLiteral("cannot create the data directory %1").arg(dataDir);
    m_connectionName = connectionName;
    m_path = QDir(dataDir).filePath(QStringLiteral("council.db"));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    m_db.setDatabaseName(m_path);
    if (!m_db.open())
        return QStringLiteral("cannot open %1: %2").arg(m_path, m_db.lastError().text());
    QSqlQuery q(m_db);
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                               "PRAGMA busy_timeout=5000"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return QStringLiteral("%1 failed: %2").arg(QString::fromLatin1(pragma), q.lastError().text());
    }
    return migrate(m_db);
}

void Database::close() {
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

QSqlQuery Database::query(const QString &sql, std::initializer_list<QVariant> binds, bool *ok) {
    QSqlQuery q(m_db);
    bool good = q.prepare(sql);
    if (good) {
        for (const QVariant &v : binds) {
            // A null QString means "empty text" in our code, never SQL NULL;
            // NULL is only ever bound as an untyped QVariant().
            if (v.typeId() == QMetaType::QString && v.toString().isNull())
                q.addBindValue(QStringLiteral(""));
            else
                q.addBindValue(v);
        }
        good = q.exec();
    }
    if (!good) {
        m_lastError = q.lastError().text();
        qCWarning(lcDb) << "query failed:" << sql << m_lastError;
    }
    if (ok)
        *ok = good;
    return q;
}

bool Database::exec(const QString &sql, std::initializer_list<QVariant> binds) {
    bool ok = false;
    query(sql, binds, &ok);
    return ok;
}

qint64 Database::lastInsertId(const QSqlQuery &q) const {
    return q.lastInsertId().toLongLong();
}

QByteArray Database::secret(const QString &name, int size) {
    QSqlQuery q = query(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {name});
    if (q.next())
        return q.value(0).toByteArray();
    const QByteArray value = crypto::randomBytes(size);
    exec(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"), {name, value});
    return value;
}

} // namespace council::server
