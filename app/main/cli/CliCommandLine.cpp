#include "CliCommandLine.h"

#include <QHash>

namespace vd::cli {
namespace {

/// How many positional arguments each command takes, and its extra option.
struct CommandShape {
    int arguments;
    QString option; ///< "--search", "--output" or empty
};

const QHash<QString, CommandShape> &commands()
{
    static const QHash<QString, CommandShape> c = {
        {QStringLiteral("validate"), {1, QString()}},
        {QStringLiteral("normalize"), {1, QString()}},
        {QStringLiteral("checklist"), {1, QString()}},
        {QStringLiteral("add"), {1, QString()}},
        {QStringLiteral("list"), {0, QStringLiteral("--search")}},
        {QStringLiteral("show"), {1, QString()}},
        {QStringLiteral("print"), {2, QStringLiteral("--output")}},
        {QStringLiteral("attach"), {3, QString()}},
        {QStringLiteral("attachments"), {1, QString()}},
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
    QStringList valuedOptions; // the options given, for checking against the command

    for (int i = 0; i < arguments.size(); ++i) {
        const QString arg = arguments.at(i);
        if (optionsEnded || !arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-")) {
            words.append(arg);
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
        if (name != QLatin1String("--db") && name != QLatin1String("--search") && name != QLatin1String("--output"))
            return usageError(QStringLiteral("未知选项“%1”。").arg(arg));
        if (!hasValue) {
            if (i + 1 >= arguments.size())
                return usageError(QStringLiteral("选项 %1 缺少值。").arg(name));
            value = arguments.at(++i);
        }
        if (valuedOptions.contains(name))
            return usageError(QStringLiteral("选项 %1 只能给出一次。").arg(name));
        valuedOptions.append(name);
        if (name == QLatin1String("--db")) {
            if (value.isEmpty())
                return usageError(QStringLiteral("选项 --db 的路径为空。"));
            line.dbPath = value;
        } else if (name == QLatin1String("--search")) {
            line.search = value;
        } else {
            line.output = value;
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
    line.positional = words;
    const auto shape = commands().constFind(line.command);
    if (shape == commands().constEnd())
        return usageError(QStringLiteral("未知命令“%1”。").arg(line.command));
    for (const QString &option : std::as_const(valuedOptions)) {
        if (option != QLatin1String("--db") && option != shape->option)
            return usageError(QStringLiteral("命令 %1 没有选项 %2。").arg(line.command, option));
    }
    if (line.positional.size() != shape->arguments) {
        return usageError(QStringLiteral("命令 %1 需要 %2 个参数，实际给出 %3 个。")
                              .arg(line.command)
                              .arg(shape->arguments)
                              .arg(line.positional.size()));
    }
    if (line.command == QLatin1String("print") && line.output.isEmpty())
        return usageError(QStringLiteral("命令 print 需要用 -o 指定输出的 PDF 文件。"));
    return line;
}

} // namespace vd::cli
