#pragma once

#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

#include "DataKey.h"
#include "Result.h"
#include "SqlDialect.h"

namespace vd {

class AuditLog;
class CaseRepository;
class DraftRepository;
class SecretStore;
class SettingsRepository;

/// How Database::open obtains the store's data key (issue 6; docs/security.md).
struct KeyAccess {
    /// The operating system's keychain (or a stand-in for tests); nullptr = no keychain.
    SecretStore *secrets = nullptr;
    /// The administrator passphrase, for a store whose key it wraps ("" = not given).
    QString passphrase;
    /// For a new store only: wrap the new key with `passphrase` instead of keeping it in `secrets`
    /// (the documented alternative when there is no keychain; never chosen silently).
    bool createWithPassphrase = false;
    /// false: open without the data key, for work that never reads or writes personal data (the
    /// working-day calendar, settings, the audit chain, backups, accounts). Sealed case fields then
    /// cannot be read or written (storage_locked / storage_corrupt_case), and a keychain is not needed.
    bool unlock = true;
};

/// The local store: one SQLite file (docs/DESIGN.md, "storage"). Opens or creates it, applies the
/// numbered migrations db/NNNN_*.sql (embedded as resources) in order, each in its own transaction,
/// tracked by PRAGMA user_version; turns on WAL and foreign keys.
///
/// Threads: every thread gets its own named connection to the same file, opened on first use
/// (a QSqlDatabase must only be used in the thread that created it). Destroy the Database after
/// the threads that used it have finished; a thread may give its connection back earlier with
/// releaseThreadConnection().
class Database {
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating folders and file as needed) and migrates the store at `path`, then unlocks
    /// its data key through `access` (creating the key on first use). A store at an older schema is
    /// backed up (BackupService, reason "pre-migration") before it is migrated.
    /// Errors: storage_open_failed (no SQLite driver, folder or file cannot be created or opened,
    /// not a database), storage_migration_failed, storage_newer_schema (a store made by a newer
    /// program version; left untouched), backup_failed (the pre-migration backup; nothing migrated),
    /// keychain_unavailable, storage_key_missing, storage_key_mismatch, passphrase_required,
    /// passphrase_wrong, passphrase_too_short (DataKeyring).
    static Result<std::unique_ptr<Database>> open(const QString &path, const KeyAccess &access);
    /// open(path, defaultKeyAccess()).
    static Result<std::unique_ptr<Database>> open(const QString &path);
    /// The key access used by open(path): the operating system's keychain unless changed (the test
    /// runner sets an in-memory stand-in). Not thread-safe: set it once at start-up.
    static KeyAccess defaultKeyAccess();
    static void setDefaultKeyAccess(const KeyAccess &access);
    /// The default store, shared by the GUI and the CLI:
    /// QStandardPaths::AppDataLocation / "veteran-desk.sqlite" (~/.local/share/VeteranDesk/VeteranDesk/…
    /// on Linux, with organisation and application name "VeteranDesk").
    static QString defaultPath();

    /// Milliseconds a connection waits for another writer before a write fails.
    static constexpr int BusyTimeoutMs = 10000;

    QString path() const { return m_path; }
    /// Warnings met while opening, in Chinese, for the GUI's status bar and the CLI's standard
    /// error (e.g. the store is on a network share and runs without WAL).
    QStringList warnings() const { return m_warnings; }
    /// True when the store's file system is a network share (QStorageInfo): rollback journal
    /// instead of WAL (SqlDialect::connectionSetup).
    bool isOnNetworkShare() const { return m_networkShare; }
    /// The schema version after migration (PRAGMA user_version); -1 if it cannot be read.
    int schemaVersion() const;
    /// This thread's connection (one named connection per thread), opened and set up on first use.
    /// Returns an invalid or closed QSqlDatabase if that failed: use checkedConnection() to get why.
    QSqlDatabase connection() const;
    /// This thread's connection, or why it could not be opened. Errors: storage_open_failed,
    /// storage_file_missing (the file was deleted or moved while the program ran: writing on would
    /// go to a file no one can open again).
    Result<QSqlDatabase> checkedConnection() const;
    /// Closes and forgets the calling thread's connection (call before a worker thread ends).
    void releaseThreadConnection() const;
    /// The SQL differences of this store's engine.
    const SqlDialect &dialect() const { return m_dialect; }

    /// Who is working on this store, for the audit log: the logged-in clerk's login, or
    /// "cli:<os user>" for the command line; "os:<os user>" until set. Thread-safe.
    QString actor() const;
    void setActor(const QString &actor);

    /// The unlocked data key (valid after a successful open()).
    const DataKey &dataKey() const { return m_dataKey; }

    CaseRepository cases() const;
    AuditLog audit() const;
    DraftRepository drafts() const;
    SettingsRepository settings() const;

private:
    Database(QString path, QString connectionPrefix);
    QString threadConnectionName() const;
    /// Opens a new connection named `name` and runs the dialect's set-up statements.
    Result<QSqlDatabase> openConnection(const QString &name) const;
    /// Finds, creates or unwraps the data key (DataKeyring) after migration.
    Status unlock(const KeyAccess &access);

    QString m_path;
    bool m_networkShare = false;
    QStringList m_warnings;
    QString m_connectionPrefix;
    SqlDialect m_dialect;
    mutable QMutex m_mutex;                 ///< guards m_connectionNames
    mutable QStringList m_connectionNames;  ///< every connection opened, for removal in ~Database
    QString m_actor;                        ///< guarded by m_mutex
    DataKey m_dataKey;
};

} // namespace vd
