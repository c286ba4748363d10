#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include "Result.h"

namespace vd {

class Database;

/// What happened, for the audit log: an action on a case or the store. Never a sensitive value:
/// `fields` names the changed fields (spec/case-format.md key paths), `detail` is free text that
/// callers keep free of personal data (e.g. a document key and its number).
struct AuditEvent {
    QString action;     ///< create, update, accept, print, export, login, login_failed, backup, restore, …
    QString caseNo;     ///< "" for store-wide events
    QStringList fields; ///< changed fields, e.g. {"applicant.phone"}
    QString detail;
};

/// One stored audit entry.
struct AuditEntry {
    qint64 id = 0;
    QString at;    ///< UTC, ISO 8601 with milliseconds
    QString actor; ///< clerk login, or "cli:<os user>" for the command line
    AuditEvent event;
    QString previousHash; ///< hash of the entry before (64 zeros for the first)
    QString hash;         ///< SM3 (hex) of this entry's canonical form and previousHash
};

/// The outcome of AuditLog::verify().
struct AuditVerification {
    bool intact = true;
    qint64 entries = 0;     ///< entries checked
    qint64 firstBadId = 0;  ///< the first entry that does not fit the chain (0 when intact)
    QString reason;         ///< Chinese, e.g. 第 12 条记录内容被改动
};

/// The audit log (table audit_log, db/0006_security.sql): append-only and chained with SM3
/// (GM/T 0004): each entry's hash covers its content and the hash of the entry before, and the
/// table audit_head keeps the last id and hash, so changing, deleting or inserting any entry —
/// also the last — breaks the chain where it happened. (An attacker who rewrites the whole chain
/// and the head can go unseen; backups and exports keep older heads.)
class AuditLog {
public:
    explicit AuditLog(const Database &db) : m_db(db) {}

    /// Appends `event` by `actor` on `connection` inside the caller's open write transaction, so
    /// that the change and its audit entry commit together. Errors: storage_write_failed.
    static Status append(QSqlDatabase connection, const QString &actor, const AuditEvent &event);
    /// Appends in a transaction of its own (login, failed login, print). Actor: Database::actor().
    /// Errors: storage_write_failed, storage_open_failed.
    Status record(const AuditEvent &event);
    /// Walks the whole chain. Errors: storage_read_failed (the log cannot be read at all).
    Result<AuditVerification> verify() const;
    /// The newest `limit` entries, newest first. Errors: storage_read_failed.
    Result<QList<AuditEntry>> latest(int limit) const;

    /// The SM3 hash (hex) of an entry's canonical form: a compact JSON array of id, at, actor,
    /// action, case number, fields, detail and the previous hash.
    static QString hashOf(const AuditEntry &entry);

private:
    const Database &m_db;
};

} // namespace vd
