#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace vd {
class Database;
}

namespace vd::cli {

class CliCommandLine;
class CliOutput;

/// The joint-processing commands of veteran-desk-cli (issue 7; docs/cli.md): workdays add,
/// calendar import, status, advance, event, correct-push, out, overdue. Exit codes as CliApp:
/// 0 success, 1 input rejected (unknown case, illegal change, invalid holiday file), 2 usage
/// error, unreadable file or storage failure.
class CliWorkflow {
public:
    /// `openStore` opens the store or prints why not and returns nullptr.
    CliWorkflow(CliOutput &out, bool json, std::function<std::unique_ptr<Database>()> openStore);

    /// True for the commands this class runs.
    static bool handles(const QString &command);
    /// Runs one of them; returns the exit status.
    int run(const CliCommandLine &line);
    /// The usage lines of these commands (Chinese), for --help.
    static QString usage();

private:
    int workdaysAdd(const QString &date, const QString &count);
    int calendarImport(const QString &file);
    int status(const QString &caseNo);
    int advance(const CliCommandLine &line);
    int event(const CliCommandLine &line);
    int correctPush(const CliCommandLine &line);
    int resultOut(const CliCommandLine &line);
    int overdue(const CliCommandLine &line);

    int fail(const QString &code, const QString &message, int exitCode);

    CliOutput &m_out;
    bool m_json;
    std::function<std::unique_ptr<Database>()> m_openStore;
};

} // namespace vd::cli
