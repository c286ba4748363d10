#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace vd::cli {

/// The parsed command line of veteran-desk-cli (spec/cli.md):
///     veteran-desk-cli [--db PATH] [--json] COMMAND [ARGS]
/// Parsing needs no QCoreApplication, so main() can choose the application class (a
/// QGuiApplication only for `print`) from the result.
class CliCommandLine {
public:
    enum class Action {
        Run,        ///< run `command`
        Help,       ///< --help, -h or `help`: print the usage, exit 0
        Version,    ///< --version: print "veteran-desk-cli 0.1.0", then build, licence and notices lines; exit 0
        UsageError, ///< `error` says what is wrong; exit 2
    };

    /// Parses `arguments` (without the program name). Options may stand before or after the
    /// command; "--" ends the options. Never fails: a bad line yields Action::UsageError.
    static CliCommandLine parse(const QStringList &arguments);

    /// True when the command draws with fonts (print) and so needs a QGuiApplication.
    bool needsGui() const { return action == Action::Run && command == QLatin1String("print"); }

    Action action = Action::Help;
    QString command;        ///< validate, normalize, checklist, add, list, show, print, setup, settings, workdays, calendar, status, advance, event, correct-push, out, overdue
    QStringList positional; ///< the command's arguments, checked for their number (setup: all its options, unparsed)
    QString dbPath;         ///< --db PATH; empty = Database::defaultPath()
    QString search;         ///< list --search TEXT
    QString output;         ///< print -o / --output FILE
    bool json = false;      ///< --json: JSON instead of tab-separated lines
    QHash<QString, QString> values; ///< the workflow commands' valued options: "--date" → value …
    QStringList flags;      ///< options without a value, e.g. "--identity-checked"
    QString error;          ///< Chinese, for Action::UsageError
};

} // namespace vd::cli
