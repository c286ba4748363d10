#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include "Result.h"

namespace vd {

/// Everything that differs between SQL engines, in one place (docs/DESIGN.md, "multi-window
/// halls"): connection set-up and how the schema version is kept. Repositories use portable SQL
/// only. Implemented: SQLite (QSQLITE). PostgreSQL (QPSQL) comes with the multi-window issue.
class SqlDialect {
public:
    /// The dialect of a Qt SQL driver name; isSupported() is false for drivers not implemented.
    explicit SqlDialect(const QString &driverName);

    bool isSupported() const;
    QString driverName() const { return m_driverName; }

    /// Statements run once on every new connection, before any other: for SQLite WAL journal,
    /// foreign keys on, a busy timeout (`busyTimeoutMs`, milliseconds) so that a second window or
    /// the CLI waits for a writer instead of failing, synchronous=FULL (a committed case survives a
    /// power cut: with WAL, NORMAL could lose the last commits on power loss, and a case the clerk
    /// was told is saved must stay saved), and secure_delete (freed pages are zeroed, so an old value
    /// does not linger in the file). `networkShare`: the store is on a network file system, where
    /// WAL's shared memory does not work — the rollback journal (DELETE) is used instead.
    QStringList connectionSetup(int busyTimeoutMs, bool networkShare = false) const;

    /// True for a file system type (QStorageInfo::fileSystemType(), e.g. "nfs4", "cifs",
    /// "fuse.sshfs") that lives on another machine.
    static bool isNetworkFileSystem(const QByteArray &fileSystemType);

    /// A Chinese explanation of a driver error for the clerk when it has a known cause: disk full,
    /// read-only store, I/O error; "" otherwise.
    QString explain(const QSqlError &error) const;

    /// The statement that starts a transaction holding the write lock from its first statement
    /// (SQLite: BEGIN IMMEDIATE), so that a read-then-write sequence never fails half-way because
    /// another connection wrote in between; it waits (busy timeout) instead.
    /// True when `error` means the store is busy or locked by another connection (try again).
    bool isBusy(const QSqlError &error) const;
    QString beginWriteStatement() const;

    /// The schema version stored in the database (SQLite: PRAGMA user_version; 0 for a new store).
    /// Errors: storage_open_failed.
    Result<int> schemaVersion(const QSqlDatabase &db) const;
    /// Records `version` as the schema version; call inside the migration's transaction so that
    /// both commit together (SQLite's user_version is transactional). Errors: storage_migration_failed.
    Status setSchemaVersion(const QSqlDatabase &db, int version) const;

private:
    QString m_driverName;
};

} // namespace vd
