#include "migrations.h"

#include <QSqlError>
#include <QSqlQuery>

namespace council::server {

const QList<Migration> &migrations() {
    static const QList<Migration> list{
        {1,
         "accounts, device tokens, server secrets",
         {
             "CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL)",
             "CREATE TABLE accounts ("
             " id INTEGER PRIMARY KEY, username TEXT NOT NULL UNIQUE COLLATE NOCASE,"
             " display_name TEXT NOT NULL, salt BLOB NOT NULL, kdf_ops INTEGER NOT NULL,"
             " kdf_mem INTEGER NOT NULL, verifier BLOB NOT NULL, is_admin INTEGER NOT NULL DEFAULT 0,"
             " created_at INTEGER NOT NULL)",
             "CREATE TABLE device_tokens ("
             " id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES accounts(id),"
             " token_hash BLOB NOT NULL UNIQUE, device TEXT NOT NULL, created_at INTEGER NOT NULL,"
             " last_used_at INTEGER, revoked_at INTEGER)",
         }},
        {2,
         "bodies, members with functions, groups",
         {
             "CREATE TABLE bodies ("
             " id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, seats INTEGER NOT NULL,"
             " fixed_delegate_total INTEGER)",
             "CREATE TABLE members ("
             " id INTEGER PRIMARY KEY, body_id INTEGER NOT NULL REFERENCES bodies(id),"
             " account_id INTEGER REFERENCES accounts(id), full_name TEXT NOT NULL,"
             " functions INTEGER NOT NULL, seat TEXT NOT NULL DEFAULT '',"
             " UNIQUE (body_id, account_id))",
             "CREATE TABLE groups ("
             " id INTEGER PRIMARY KEY, body_id INTEGER NOT NULL REFERENCES bodies(id),"
             " name TEXT NOT NULL, kind TEXT NOT NULL, UNIQUE (body_id, name))",
             "CREATE TABLE group_members ("
             " group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,"
             " member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,"
             " PRIMARY KEY (group_id, member_id))",
         }},
        {3,
         "sessions, sittings, agenda items",
         {
             "CREATE TABLE sessions ("
             " id INTEGER PRIMARY KEY, body_id INTEGER NOT NULL REFERENCES bodies(id),"
             " title TEXT NOT NULL, location TEXT NOT NULL DEFAULT '', starts_on TEXT NOT NULL,"
             " ends_on TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'draft', current_item_id INTEGER)",
             "CREATE TABLE sittings ("
             " id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
             " title TEXT NOT NULL, date TEXT NOT NULL, starts_at TEXT NOT NULL DEFAULT '')",
             "CREATE TABLE agenda_items ("
             " id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
             " sitting_id INTEGER REFERENCES sittings(id) ON DELETE SET NULL, position INTEGER NOT NULL,"
             " title TEXT NOT NULL, presenter TEXT NOT NULL DEFAULT '', planned_minutes INTEGER NOT NULL "
             "DEFAULT 0,"
             " kind TEXT NOT NULL DEFAULT 'other', state TEXT NOT NULL DEFAULT 'pending')",
             "CREATE INDEX agenda_items_session ON agenda_items(session_id, position)",
         }},
        {4,
         "hash-chained event log and applied operation ids",
         {
             "CREATE TABLE events ("
             " seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, type INTEGER NOT NULL, actor INTEGER NOT NULL,"
             " body_id INTEGER NOT NULL, session_id INTEGER NOT NULL, payload BLOB NOT NULL,"
             " prev_hash BLOB NOT NULL, hash BLOB NOT NULL)",
             // The log is append-only: the database itself refuses edits and deletes.
             "CREATE TRIGGER events_no_update BEFORE UPDATE ON events"
             " BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END",
             "CREATE TRIGGER events_no_delete BEFORE DELETE ON events"
             " BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END",
             "CREATE TABLE applied_ops ("
             " account_id INTEGER NOT NULL, op BLOB NOT NULL, type INTEGER NOT NULL, reply BLOB NOT NULL,"
             " at INTEGER NOT NULL, PRIMARY KEY (account_id, op))",
         }},
        {5,
         "the live sitting: body rules, attendance, open votes and ballots, speaker queue",
         {
             "ALTER TABLE bodies ADD COLUMN quorum_rule TEXT NOT NULL DEFAULT 'two_thirds_of_total'",
             "ALTER TABLE bodies ADD COLUMN vote_rule TEXT NOT NULL DEFAULT 'more_than_half_of_total'",
             "ALTER TABLE bodies ADD COLUMN speaking_seconds INTEGER NOT NULL DEFAULT 300",
             "ALTER TABLE bodies ADD COLUMN speaking_warning_seconds INTEGER NOT NULL DEFAULT 60",
             // Events meant for one account only (e.g. a delegate's own ballot); 0 = the whole body.
             "ALTER TABLE events ADD COLUMN audience_account INTEGER NOT NULL DEFAULT 0",
             "CREATE TABLE attendance ("
             " sitting_id INTEGER NOT NULL REFERENCES sittings(id) ON DELETE CASCADE,"
             " member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,"
             " status TEXT NOT NULL, method TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',"
             " at INTEGER NOT NULL, by_account INTEGER NOT NULL, PRIMARY KEY (sitting_id, member_id))",
             "CREATE TABLE attendance_log ("
             " id INTEGER PRIMARY KEY, sitting_id INTEGER NOT NULL, member_id INTEGER NOT NULL,"
             " status TEXT NOT NULL, method TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',"
             " at INTEGER NOT NULL, by_account INTEGER NOT NULL)",
             "CREATE INDEX attendance_log_sitting ON attendance_log(sitting_id, member_id, at)",
             "CREATE TABLE vote_rounds ("
             " id INTEGER PRIMARY KEY, body_id INTEGER NOT NULL REFERENCES bodies(id),"
             " session_id INTEGER NOT NULL, item_id INTEGER NOT NULL, sitting_id INTEGER NOT NULL,"
             " question TEXT NOT NULL, rule TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'open',"
             " state TEXT NOT NULL, round_no INTEGER NOT NULL DEFAULT 1, repeat_of INTEGER,"
             " opened_at INTEGER NOT NULL, deadline_at INTEGER, closed_at INTEGER, opened_by INTEGER NOT "
             "NULL,"
             " result BLOB, hand_counted INTEGER NOT NULL DEFAULT 0, total_delegates INTEGER NOT NULL "
             "DEFAULT 0)",
             // At most one open round per body, enforced by the database.
             "CREATE UNIQUE INDEX vote_rounds_one_open ON vote_rounds(body_id) WHERE state = 'open'",
             "CREATE TABLE ballots ("
             " round_id INTEGER NOT NULL REFERENCES vote_rounds(id), member_id INTEGER NOT NULL,"
             " choice TEXT NOT NULL, op BLOB NOT NULL, at INTEGER NOT NULL, changes INTEGER NOT NULL DEFAULT "
             "0,"
             " UNIQUE (round_id, member_id))",
             // Every ballot id a delegate sent in a round: a resend is recognised, never re-applied.
             "CREATE TABLE ballot_ops ("
             " round_id INTEGER NOT NULL, member_id INTEGER NOT NULL, op BLOB NOT NULL,"
             " PRIMARY KEY (round_id, member_id, op))",
             "CREATE TABLE speak_requests ("
             " id INTEGER PRIMARY KEY, item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE "
             "CASCADE,"
             " member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE, kind TEXT NOT NULL,"
             " state TEXT NOT NULL, position INTEGER NOT NULL, requested_at INTEGER NOT NULL,"
             " started_at INTEGER, ended_at INTEGER, seconds_used INTEGER, limit_seconds INTEGER)",
             "CREATE INDEX speak_requests_item ON speak_requests(item_id, state, position)",
         }},
        {6,
         "documents, versions, signing keys and trust keys",
         {
             // Ed25519 keys created on a device; the secret half only sealed under the owner's password.
             "CREATE TABLE signing_keys ("
             " account_id INTEGER PRIMARY KEY REFERENCES accounts(id), public_key BLOB NOT NULL,"
             " sealed_secret BLOB NOT NULL, nonce BLOB NOT NULL, created_at INTEGER NOT NULL)",
             // A body's trust key and the approver list it signed (both verbatim bytes).
             "CREATE TABLE trust_keys ("
             " body_id INTEGER PRIMARY KEY REFERENCES bodies(id), public_key BLOB NOT NULL,"
             " sealed_secret BLOB NOT NULL, nonce BLOB NOT NULL, created_by INTEGER NOT NULL,"
             " created_at INTEGER NOT NULL, list BLOB, list_signature BLOB,"
             " list_version INTEGER NOT NULL DEFAULT 0)",
             "CREATE TABLE documents ("
             " id INTEGER PRIMARY KEY, body_id INTEGER NOT NULL REFERENCES bodies(id),"
             " session_id INTEGER, item_id INTEGER, title TEXT NOT NULL, kind TEXT NOT NULL,"
             " created_by INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
             " current_version INTEGER NOT NULL DEFAULT 0,"
             " pub_state TEXT NOT NULL DEFAULT 'none', pub_version INTEGER NOT NULL DEFAULT 0,"
             " pub_scope TEXT NOT NULL DEFAULT '', pub_at INTEGER, pub_by INTEGER,"
             " withdraw_reason TEXT NOT NULL DEFAULT '')",
             "CREATE INDEX documents_body ON documents(body_id, session_id, item_id)",
             // Versions are never deleted: the trail of who replaced what, when and why.
             "CREATE TABLE document_versions ("
             " document_id INTEGER NOT NULL REFERENCES documents(id), version INTEGER NOT NULL,"
             " blob_hash TEXT NOT NULL, size INTEGER NOT NULL, pages INTEGER NOT NULL,"
             " page_sizes TEXT NOT NULL DEFAULT '', has_text INTEGER NOT NULL DEFAULT 0,"
             " file_name TEXT NOT NULL, source_hash TEXT NOT NULL DEFAULT '',"
             " converted INTEGER NOT NULL DEFAULT 0, uploaded_by INTEGER NOT NULL,"
             " uploaded_at INTEGER NOT NULL, reason TEXT NOT NULL DEFAULT '',"
             " review TEXT NOT NULL DEFAULT 'draft', submitted_by INTEGER, submitted_at INTEGER,"
             " reviewed_by INTEGER, reviewed_at INTEGER, reject_reason TEXT NOT NULL DEFAULT '',"
             " statement BLOB, signature BLOB, PRIMARY KEY (document_id, version))",
             "CREATE INDEX document_versions_hash ON document_versions(blob_hash)",
             "CREATE TABLE document_groups ("
             " document_id INTEGER NOT NULL REFERENCES documents(id),"
             " group_id INTEGER NOT NULL, PRIMARY KEY (document_id, group_id))",
         }},
        {7,
         "what the hall display shows",
         {
             "CREATE TABLE hall_state ("
             " body_id INTEGER PRIMARY KEY REFERENCES bodies(id), mode TEXT NOT NULL,"
             " document_id INTEGER NOT NULL DEFAULT 0, page INTEGER NOT NULL DEFAULT 0,"
             " round_id INTEGER NOT NULL DEFAULT 0, at INTEGER NOT NULL, by_account INTEGER NOT NULL)",
         }},
        {8,
         "sittings are planned, open or closed",
         {
             // Existing sittings were never opened: they stay 'planned'.
             "ALTER TABLE sittings ADD COLUMN state TEXT NOT NULL DEFAULT 'planned'",
             "ALTER TABLE sittings ADD COLUMN opened_at INTEGER",
             "ALTER TABLE sittings ADD COLUMN closed_at INTEGER",
             // At most one open sitting per session, enforced by the database.
             "CREATE UNIQUE INDEX sittings_one_open ON sittings(session_id) WHERE state = 'open'",
         }},
    };
    return list;
}

int latestSchemaVersion() {
    return migrations().constLast().version;
}

int schemaVersion(QSqlDatabase &db) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString migrate(QSqlDatabase &db, int target) {
    if (target < 0)
        target = latestSchemaVersion();
    const int current = schemaVersion(db);
    if (current < 0)
        return QStringLiteral("cannot read the schema version");
    if (current > latestSchemaVersion())
        return QStringLiteral("the database has schema version %1, newer than this server knows (%2)")
            .arg(current)
            .arg(latestSchemaVersion());
    if (current >= target)
        return {};
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return q.lastError().text();
    for (const Migration &m : migrations()) {
        if (m.version <= current || m.version > target)
            continue;
        for (const QString &sql : m.statements) {
            if (!q.exec(sql)) {
                const QString err =
                    QStringLiteral("migration %1 failed: %2").arg(m.version).arg(q.lastError().text());
                q.exec(QStringLiteral("ROLLBACK"));
                return err;
            }
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(target)) ||
        !q.exec(QStringLiteral("COMMIT"))) {
        const QString err = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return err;
    }
    return {};
}

} // namespace council::server
