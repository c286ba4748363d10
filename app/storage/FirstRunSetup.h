#pragma once

#include <optional>

#include "Finding.h"
#include "HallSetup.h"
#include "Result.h"

namespace vd {

class Database;

/// The first-run setup of a store (issue 8), shared by the GUI's setup wizard and
/// `veteran-desk-cli setup`: checks a HallSetup (the rules of HallSetupRules plus the backup folder
/// on disk) and stores it as settings (SettingKeys) and the first administrator (UserRepository),
/// with setup_completed = "1" written last, so an interrupted setup is offered again.
class FirstRunSetup {
public:
    explicit FirstRunSetup(const Database &db) : m_db(db) {}

    /// True once setup_completed is "1". Errors: storage_read_failed, storage_open_failed.
    Result<bool> isCompleted() const;
    /// The settings stored so far (for prefilling the wizard); the password is always empty.
    /// Errors: as isCompleted().
    Result<HallSetup> stored() const;

    /// The backup folder a fresh setup proposes: "backups" beside the store.
    QString proposedBackupFolder() const;
    /// Checks that `path` is an absolute folder that exists or can be created, and that a file can
    /// be written in it (a probe file is created and removed). The folder is created if missing.
    /// std::nullopt when usable, else a finding on field backup_folder (setup_missing,
    /// setup_folder_relative, setup_folder_unwritable).
    static std::optional<Finding> checkBackupFolder(const QString &path);
    /// Every finding of `setup` (HallSetupRules::check, then the backup folder on disk).
    static Findings check(const HallSetup &setup);

    /// Stores `setup` (already normalized): checks it again (setup_invalid with the first finding's
    /// message if it fails), writes the settings, creates the administrator, then marks the setup
    /// completed. Running it again after an interruption with the same administrator password
    /// succeeds. Errors: setup_invalid, storage_user_exists (the login exists with another
    /// password), crypto_failed, storage_write_failed, storage_read_failed, storage_open_failed.
    Status apply(const HallSetup &setup);

private:
    const Database &m_db;
};

} // namespace vd
