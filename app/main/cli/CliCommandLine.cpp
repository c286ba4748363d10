#include "CliCommandLine.h"

#include <QHash>

namespace vd::cli {
namespace {

/// How many positional arguments each command takes, and its options (besides --db and --json).
struct CommandShape {
    int arguments;
    QStringList options; ///< e.g. "--search", "--output", "--date"
};

/// Options that take a value (besides --db, --search and --output); their values go to `values`.
const QStringList &valuedOptions()
{
    static const QStringList o = {QStringLiteral("--date"),        QStringLiteral("--note"),
                                  QStringLiteral("--handler"),     QStringLiteral("--outcome"),
                                  QStringLiteral("--document-no"), QStringLiteral("--reason"),
                                  QStringLiteral("--on"),          QStringLiteral("--tracking-no"),
                                  QStringLiteral("--collected-by"),
                                  // The store (issue 6).
                                  QStringLiteral("--passphrase-file"), QStringLiteral("--to"),
                                  QStringLiteral("--name"),            QStringLiteral("--password-file")};
    return o;
}

/// Options without a value (besides --json, --help, --version); they go to `flags`.
const QStringList &flagOptions()
{
    static const QStringList f = {QStringLiteral("--identity-checked"), QStringLiteral("--allow-duplicate")};
    return f;
}

const QHash<QString, CommandShape> &commands()
{
    static const QHash<QString, CommandShape> c = {
        {QStringLiteral("validate"), {1, {}}},
        {QStringLiteral("normalize"), {1, {}}},
        {QStringLiteral("checklist"), {1, {}}},
        {QStringLiteral("add"), {1, {QStringLiteral("--allow-duplicate")}}}, // FILE [FILE…]
        {QStringLiteral("list"), {0, {QStringLiteral("--search")}}},
        {QStringLiteral("show"), {1, {}}},
        {QStringLiteral("print"), {2, {QStringLiteral("--output")}}},
        // The joint processing (issue 7; docs/cli.md).
        {QStringLiteral("workdays"), {3, {}}},
        {QStringLiteral("calendar"), {2, {}}},
        {QStringLiteral("status"), {1, {}}},
        {QStringLiteral("advance"),
         {3,
          {QStringLiteral("--date"), QStringLiteral("--note"), QStringLiteral("--handler"), QStringLiteral("--outcome"),
           QStringLiteral("--document-no"), QStringLiteral("--reason")}}},
        {QStringLiteral("event"), {3, {QStringLiteral("--date"), QStringLiteral("--note")}}},
        {QStringLiteral("correct-push"), {3, {QStringLiteral("--note")}}},
        {QStringLiteral("out"),
         {3,
          {QStringLiteral("--date"), QStringLiteral("--tracking-no"), QStringLiteral("--collected-by"),
           QStringLiteral("--identity-checked")}}},
        {QStringLiteral("overdue"), {0, {QStringLiteral("--on")}}},
        {QStringLiteral("setup"), {-1, {}}},    // parses its own options (CliSetup)
        {QStringLiteral("settings"), {-1, {}}}, // list | get NAME | set NAME VALUE
        // The store: backups, audit, clerks (issue 6).
        {QStringLiteral("backup"), {0, {QStringLiteral("--to")}}},
        {QStringLiteral("backups"), {0, {}}},
        {QStringLiteral("restore"), {1, {}}},
        {QStringLiteral("audit"), {1, {}}}, // verify
        {QStringLiteral("users"), {0, {}}},
        {QStringLiteral("user-add"), {2, {QStringLiteral("--name"), QStringLiteral("--password-file")}}},
        // Materials (issue 4).
        {QStringLiteral("attach"), {3, {}}},
        {QStringLiteral("attachments"), {1, {}}},
    };
    return c;
}

CliCommandLine usageError(const QString &message)
{
    CliCommandLine line;
    line.action = CliCommandLine::Action::UsageError;
    line.error = message;
    return line;
}

} // namespace

CliCommandLine CliCommandLine::parse(const QStringList &arguments)
{
    CliCommandLine line;
    line.action = Action::Run;
    bool optionsEnded = false;
    bool help = false;
    bool version = false;
    QStringList words;
    QStringList givenOptions; // the valued options given, for checking against the command

    for (int i = 0; i < arguments.size(); ++i) {
        const QString arg = arguments.at(i);
        if (optionsEnded || !arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-")) {
            words.append(arg);
            if (words.size() == 1 && arg == QLatin1String("setup")) {
                // setup has options of its own (CliSetup): the rest of the line is its arguments.
                line.positional = arguments.mid(i + 1);
                help = help || line.positional.contains(QStringLiteral("--help"))
                       || line.positional.contains(QStringLiteral("-h"));
                break;
            }
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            help = true;
            continue;
        }
        if (arg == QLatin1String("--version")) {
            version = true;
            continue;
        }
        if (arg == QLatin1String("--json")) {
            line.json = true;
            continue;
        }
        if (flagOptions().contains(arg)) {
            if (line.flags.contains(arg))
                return usageError(QStringLiteral("选项 %1 只能给出一次。").arg(arg));
            line.flags.append(arg);
            continue;
        }
        // Options with a value: "--name VALUE" or "--name=VALUE"; -o is short for --output.
        QString name = arg;
        QString value;
        bool hasValue = false;
        const int eq = arg.indexOf(QLatin1Char('='));
        if (arg.startsWith(QLatin1String("--")) && eq > 0) {
            name = arg.left(eq);
            value = arg.mid(eq + 1);
            hasValue = true;
        }
        if (name == QLatin1String("-o"))
            name = QStringLiteral("--output");
        if (name != QLatin1String("--db") && name != QLatin1String("--search") && name != QLatin1String("--output")
            && !valuedOptions().contains(name))
            return usageError(QStringLiteral("未知选项“%1”。").arg(arg));
        if (!hasValue) {
            if (i + 1 >= arguments.size())
                return usageError(QStringLiteral("选项 %1 缺少值。").arg(name));
            value = arguments.at(++i);
        }
        if (givenOptions.contains(name))
            return usageError(QStringLiteral("选项 %1 只能给出一次。").arg(name));
        givenOptions.append(name);
        if (name == QLatin1String("--db")) {
            if (value.isEmpty())
                return usageError(QStringLiteral("选项 --db 的路径为空。"));
            line.dbPath = value;
        } else if (name == QLatin1String("--search")) {
            line.search = value;
        } else if (name == QLatin1String("--output")) {
            line.output = value;
        } else {
            line.values.insert(name, value);
        }
    }

    if (help || (!words.isEmpty() && words.first() == QLatin1String("help"))) {
        line.action = Action::Help;
        return line;
    }
    if (version) {
        line.action = Action::Version;
        return line;
    }
    if (words.isEmpty())
        return usageError(QStringLiteral("缺少命令。"));

    line.command = words.takeFirst();
    const auto shape = commands().constFind(line.command);
    if (shape == commands().constEnd())
        return usageError(QStringLiteral("未知命令“%1”。").arg(line.command));
    for (const QString &option : givenOptions + line.flags) {
        if (option != QLatin1String("--db") && option != QLatin1String("--passphrase-file")
            && !shape->options.contains(option))
            return usageError(QStringLiteral("命令 %1 没有选项 %2。").arg(line.command, option));
    }
    if (line.command == QLatin1String("setup"))
        return line; // setup checks its own options (CliSetup)
    line.positional = words;
    if (shape->arguments < 0) {
        const QString sub = line.positional.value(0);
        const int wanted = sub == QLatin1String("list") ? 1 : sub == QLatin1String("get") ? 2 : sub == QLatin1String("set") ? 3 : 0;
        if (wanted == 0)
            return usageError(QStringLiteral("命令 settings 需要 list、get 名称 或 set 名称 值。"));
        if (line.positional.size() != wanted) {
            return usageError(QStringLiteral("命令 settings %1 需要 %2 个参数，实际给出 %3 个。")
                                  .arg(sub)
                                  .arg(wanted - 1)
                                  .arg(line.positional.size() - 1));
        }
        return line;
    }
    if (line.command == QLatin1String("add") && !line.positional.isEmpty())
        return line; // add FILE [FILE…]: each file accepted in turn
    if (line.command == QLatin1String("audit") && line.positional.value(0) != QLatin1String("verify"))
        return usageError(QStringLiteral("用法：audit verify。"));
    if (line.positional.size() != shape->arguments) {
        return usageError(QStringLiteral("命令 %1 需要 %2 个参数，实际给出 %3 个。")
                              .arg(line.command)
                              .arg(shape->arguments)
                              .arg(line.positional.size()));
    }
    if (line.command == QLatin1String("workdays") && line.positional.first() != QLatin1String("add"))
        return usageError(QStringLiteral("用法：workdays add 日期 天数。"));
    if (line.command == QLatin1String("calendar") && line.positional.first() != QLatin1String("import"))
        return usageError(QStringLiteral("用法：calendar import 文件。"));
    if (line.command == QLatin1String("print") && line.output.isEmpty())
        return usageError(QStringLiteral("命令 print 需要用 -o 指定输出的 PDF 文件。"));
    return line;
}

} // namespace vd::cli
