#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

#include "Result.h"

namespace vd {

/// One backup file of a store.
struct BackupInfo {
    QString path;
    QDateTime createdAt; ///< local time, from the file name
    QString reason;      ///< daily | pre-migration | manual | pre-restore
    qint64 bytes = 0;
};

/// Copies of the store made with SQLite's online backup API (sqlite3_backup_*), consistent even
/// while other connections write, and restore from them (issue 6: durability). Backups are named
/// veteran-desk-YYYYMMDD-HHMMSS-REASON.sqlite in the backup folder (setting backup_folder, default
/// "backups" beside the store). The sealed fields stay sealed in a backup: it needs the same data
/// key (keychain entry or administrator passphrase) to be read.
namespace BackupService {

/// The backup folder of the store at `storePath` when `configured` (the backup_folder setting) is
/// empty: <store folder>/backups.
QString defaultFolder(const QString &storePath);

/// Copies the SQLite file at `sourcePath` to a new file in `folder` (created if needed), tagged
/// `reason`, and returns its path. Works on a store that others have open (online backup; pages
/// are copied in steps, retrying while the store is busy). The copy is checked with
/// PRAGMA quick_check before it is kept. Errors: backup_failed (folder not writable, disk full,
/// source unreadable), with the reason in Chinese; a partial file is removed.
Result<QString> backup(const QString &sourcePath, const QString &folder, const QString &reason,
                       const QDateTime &now = QDateTime::currentDateTime());

/// Makes a daily backup unless `folder` already has one from `now`'s date; returns the new path or
/// std::nullopt when none was due. Errors: as backup().
Result<std::optional<QString>> dailyBackupIfDue(const QString &sourcePath, const QString &folder,
                                                const QDateTime &now = QDateTime::currentDateTime());

/// The backups in `folder`, newest first (files that do not follow the naming are ignored).
QList<BackupInfo> list(const QString &folder);

/// Deletes backups older than `keepDays` days before `today`, but always keeps the newest one.
/// Returns how many were deleted.
int prune(const QString &folder, int keepDays, const QDate &today = QDate::currentDate());

/// Checks that `path` is an intact Veteran Desk store: an SQLite file whose quick_check is "ok" and
/// whose schema version (user_version) is between 1 and `latestSchemaVersion`.
/// Errors: backup_invalid (not a database, damaged, from a newer program, not a Veteran Desk store).
Status check(const QString &path, int latestSchemaVersion);

/// Replaces the content of the store at `storePath` with the backup at `backupPath` (online backup
/// API into the store, in one step: a failure leaves the store as it was). The current store is
/// first saved as a "pre-restore" backup in `folder`; a store too damaged to be copied is moved aside
/// as <store>.damaged-YYYYMMDD-HHMMSS (with its -wal/-shm) instead. Returns where the old store went. Close every other program on the store first
/// (the GUI closes its own connections). Errors: backup_invalid (see check()), backup_failed,
/// restore_failed.
Result<QString> restore(const QString &backupPath, const QString &storePath, const QString &folder,
                        int latestSchemaVersion);

/// Result of PRAGMA quick_check on the store at `path`: Ok, or storage_corrupt with the first
/// problem SQLite names (run at start-up; offer the latest backup when it fails).
Status quickCheck(const QString &path);

} // namespace BackupService
} // namespace vd
