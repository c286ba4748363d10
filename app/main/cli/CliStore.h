#pragma once

#include <QString>

#include <functional>
#include <optional>
#include <memory>

namespace vd {
class Database;
}

namespace vd::cli {

class CliCommandLine;
class CliOutput;

/// The store's commands of veteran-desk-cli (issue 6; docs/cli.md, docs/security.md): backup,
/// backups, restore, audit verify, users, user-add. Exit codes as CliApp: 0 success, 1 rejected
/// (a broken audit chain, an invalid backup, a login taken), 2 usage error, unreadable file or
/// storage failure.
class CliStore {
public:
    /// `openStore` opens the store (with the data key) or prints why not and returns nullptr;
    /// `storePath` is the store's file, for restore (which works on a closed store).
    CliStore(CliOutput &out, bool json, std::function<std::unique_ptr<Database>()> openStore, QString storePath);
    /// True for the commands this class runs.
    static bool handles(const QString &command);
    /// Runs one of them; returns the exit status.
    int run(const CliCommandLine &line);
    /// The usage lines of these commands (Chinese), for --help.
    static QString usage();
    /// The first line of a secret file (passphrase, password) without its line break, or
    /// std::nullopt after printing file_unreadable / file_too_large (over 4 KiB).
    static std::optional<QString> readSecretFile(CliOutput &out, const QString &path);

private:
    int backup(const CliCommandLine &line);
    int backups();
    int restore(const QString &file);
    int auditVerify();
    int users();
    int userAdd(const CliCommandLine &line);
    /// The backup folder of the store: the backup_folder setting or BackupService::defaultFolder.
    QString backupFolder(const Database &db) const;
    int fail(const QString &code, const QString &message, int exitCode);

    CliOutput &m_out;
    bool m_json;
    std::function<std::unique_ptr<Database>()> m_openStore;
    QString m_storePath;
};

} // namespace vd::cli
