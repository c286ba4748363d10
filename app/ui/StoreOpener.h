#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

#include "Database.h"
#include "Result.h"

class QWidget;

/// The GUI's side of opening and keeping the store (issue 6, docs/security.md): the start-up
/// integrity check with the latest backup offered, unlocking the data key (keychain, or the
/// administrator passphrase when there is none), the daily backup and its pruning, backup now and
/// restore. Every question goes through MessageBox and the passphrase prompt below, so that tests
/// can answer them.
class StoreOpener {
    Q_DECLARE_TR_FUNCTIONS(StoreOpener)

public:
    /// Asks for a passphrase with the explanation `text` (echo hidden). Returns std::nullopt when
    /// the clerk cancels.
    using PassphrasePrompt = std::function<std::optional<QString>(QWidget *parent, const QString &text)>;
    /// Test hook: the prompt used instead of a QInputDialog; an empty function restores it.
    static void setPassphrasePrompt(PassphrasePrompt prompt);

    /// Tries for a stored passphrase before the program gives up.
    static constexpr int PassphraseTries = 3;
    /// Days backups are kept when the backup_keep_days setting is absent or unreadable.
    static constexpr int DefaultKeepDays = 30;

    /// Opens the store at `path` for the GUI, asking what it must:
    /// - an existing file that fails BackupService::quickCheck is reported; the latest backup in
    ///   the default backup folder is offered and restored when the clerk agrees;
    /// - the key comes from Database::defaultKeyAccess() (the keychain); when the keychain fails on
    ///   a store without a key yet, the reason is shown and the administrator may protect the key
    ///   with a passphrase instead (entered twice, at least 12 characters);
    /// - a store protected by a passphrase asks for it (PassphraseTries tries).
    /// `restoredFrom` receives the backup restored at start-up ("" when none), to be audited
    /// once someone is logged in. Errors: those of Database::open and BackupService, or
    /// open_cancelled when the clerk declined; the caller shows nothing more for open_cancelled
    /// (the reason has been shown).
    static vd::Result<std::unique_ptr<vd::Database>> open(const QString &path, QWidget *parent = nullptr,
                                                          QString *restoredFrom = nullptr);

    /// The backup folder of `db`: the backup_folder setting, else BackupService::defaultFolder.
    static QString backupFolder(const vd::Database &db);
    /// Makes the day's backup if due and prunes backups older than backup_keep_days (default
    /// DefaultKeepDays). Returns a Chinese line for the status bar ("" when nothing was due).
    /// Errors: backup_failed.
    static vd::Result<QString> dailyBackup(const vd::Database &db, const QDateTime &now = QDateTime::currentDateTime());
    /// What dailyBackup needs, read from the store's settings on the calling thread.
    struct DailyBackupPlan {
        QString storePath;
        QString folder;
        int keepDays = DefaultKeepDays;
    };
    static DailyBackupPlan dailyBackupPlan(const vd::Database &db);
    /// The backup work of dailyBackup without touching the store's connections (BackupService's own
    /// SQLite handles): safe on a worker thread, so that a big store's copy never delays the window.
    static vd::Result<QString> runDailyBackup(const DailyBackupPlan &plan, const QDateTime &now = QDateTime::currentDateTime());
    /// A manual backup of `db` into its backup folder, audited ("backup"). Returns the file's path.
    /// Errors: backup_failed.
    static vd::Result<QString> backupNow(const vd::Database &db);
    /// Replaces the store at `storePath` by `backupPath` (BackupService::restore; close every
    /// connection to the store first). Returns the "pre-restore" backup's path.
    /// Errors: backup_invalid, backup_failed, restore_failed.
    static vd::Result<QString> restore(const QString &backupPath, const QString &storePath, const QString &folder);
};
