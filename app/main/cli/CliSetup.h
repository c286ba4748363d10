#pragma once

#include <QString>
#include <QStringList>

#include "HallSetup.h"

namespace vd::cli {

class CliOutput;

/// `veteran-desk-cli setup`: the first-run setup without windows (docs/cli.md, "setup"), the same
/// checks and storage as the GUI's wizard (HallSetupRules, FirstRunSetup, Keychain::probe).
///
///     setup --hall-name NAME --hall-region CODE --window-no NO --issuing-authority NAME
///           --letter-prefix DOC=PREFIX [--letter-prefix DOC=PREFIX] --admin-user LOGIN
///           [--admin-name NAME] --admin-password-file FILE|- [--backup-folder DIR] [--check-only]
///
/// Exit status: 0 stored (or, with --check-only, acceptable); 1 input rejected (findings on standard
/// output, `setup_invalid` on standard error), setup already completed, or the login exists with
/// another password; 2 usage error, unreadable password file, storage failure.
class CliSetup {
public:
    /// Writes to `out`; `json` as the global --json option.
    CliSetup(CliOutput &out, bool json) : m_out(out), m_json(json) {}
    /// Parses `arguments` (everything after the word `setup`) and runs on the store at `dbPath`.
    int run(const QStringList &arguments, const QString &dbPath);
    /// The usage text of setup (Chinese), part of the CLI's --help.
    static QString usage();

private:
    /// Fills m_setup from the options; false after a usage or file error (status in *exitCode).
    bool parse(const QStringList &arguments, int *exitCode);
    /// The password from FILE ("-" = standard input): the first line, without its line break.
    bool readPassword(const QString &path, int *exitCode);
    int fail(const QString &code, const QString &message, int exitCode);

    CliOutput &m_out;
    bool m_json = false;
    HallSetup m_setup;
    bool m_checkOnly = false;
    bool m_backupGiven = false;
};

} // namespace vd::cli
