#include "CliSetup.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <cstdio>

#include "CliOutput.h"
#include "CodeTables.h"
#include "Database.h"
#include "FirstRunSetup.h"
#include "Keychain.h"
#include "SettingKeys.h"

namespace vd::cli {
namespace {

/// A password file is one short line: anything longer is not a password file.
constexpr qint64 MaxPasswordFileSize = 4096;

enum Exit { ExitOk = 0, ExitRejected = 1, ExitFailure = 2 };

} // namespace

QString CliSetup::usage()
{
    return QStringLiteral(
        "  setup --hall-name 名称 --hall-region 代码 --window-no 窗口号 --issuing-authority 单位\n"
        "        --letter-prefix 文书=前缀 … --admin-user 登录名 [--admin-name 姓名]\n"
        "        --admin-password-file 文件|- [--backup-folder 文件夹] [--check-only]\n"
        "                                   首次使用设置：大厅、窗口、出具单位与文号前缀、管理员账号、\n"
        "                                   钥匙串检查、备份文件夹（文书：settlement-letter、party-letter）\n");
}

int CliSetup::fail(const QString &code, const QString &message, int exitCode)
{
    m_out.error(code, message);
    return exitCode;
}

bool CliSetup::readPassword(const QString &path, int *exitCode)
{
    *exitCode = ExitFailure;
    QFile file;
    const QString shown = path == QLatin1String("-") ? QStringLiteral("标准输入") : QDir::toNativeSeparators(path);
    bool opened = false;
    if (path == QLatin1String("-")) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        if (QFileInfo(path).isDir()) {
            fail(QStringLiteral("file_unreadable"), QStringLiteral("“%1”是文件夹，不是密码文件。").arg(shown), ExitFailure);
            return false;
        }
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        fail(QStringLiteral("file_unreadable"), QStringLiteral("无法读取密码文件“%1”（%2）。").arg(shown, file.errorString()),
             ExitFailure);
        return false;
    }
    const QByteArray bytes = file.read(MaxPasswordFileSize + 1);
    if (bytes.size() > MaxPasswordFileSize) {
        fail(QStringLiteral("file_too_large"),
             QStringLiteral("密码文件“%1”过大（超过 %2 字节），应只含一行密码。").arg(shown).arg(MaxPasswordFileSize),
             ExitFailure);
        return false;
    }
    QByteArray line = bytes;
    const int end = line.indexOf('\n');
    if (end >= 0)
        line.truncate(end);
    if (line.endsWith('\r'))
        line.chop(1);
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString password = decode(line);
    if (decode.hasError()) {
        fail(QStringLiteral("file_unreadable"), QStringLiteral("密码文件“%1”不是 UTF-8 文本。").arg(shown), ExitFailure);
        return false;
    }
    m_setup.adminPassword = password;
    return true;
}

bool CliSetup::parse(const QStringList &arguments, int *exitCode)
{
    *exitCode = ExitFailure;
    QStringList given;
    QString passwordFile;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString arg = arguments.at(i);
        if (arg == QLatin1String("--check-only")) {
            m_checkOnly = true;
            continue;
        }
        QString name = arg;
        QString value;
        bool hasValue = false;
        const int eq = arg.indexOf(QLatin1Char('='));
        if (arg.startsWith(QLatin1String("--")) && eq > 0) {
            name = arg.left(eq);
            value = arg.mid(eq + 1);
            hasValue = true;
        }
        static const QStringList known = {
            QStringLiteral("--hall-name"),         QStringLiteral("--hall-region"),  QStringLiteral("--window-no"),
            QStringLiteral("--issuing-authority"), QStringLiteral("--letter-prefix"), QStringLiteral("--admin-user"),
            QStringLiteral("--admin-name"),        QStringLiteral("--admin-password-file"),
            QStringLiteral("--backup-folder")};
        if (!known.contains(name)) {
            fail(QStringLiteral("usage_error"),
                 arg.startsWith(QLatin1Char('-'))
                     ? QStringLiteral("setup 没有选项“%1”。用 --help 查看用法。").arg(arg)
                     : QStringLiteral("setup 不接受参数“%1”（各项用选项给出）。用 --help 查看用法。").arg(arg),
                 ExitFailure);
            return false;
        }
        if (!hasValue) {
            if (i + 1 >= arguments.size()) {
                fail(QStringLiteral("usage_error"), QStringLiteral("选项 %1 缺少值。用 --help 查看用法。").arg(name),
                     ExitFailure);
                return false;
            }
            value = arguments.at(++i);
        }
        if (name != QLatin1String("--letter-prefix") && given.contains(name)) {
            fail(QStringLiteral("usage_error"), QStringLiteral("选项 %1 只能给出一次。").arg(name), ExitFailure);
            return false;
        }
        given.append(name);
        if (name == QLatin1String("--hall-name")) {
            m_setup.hallName = value;
        } else if (name == QLatin1String("--hall-region")) {
            m_setup.hallRegion = value;
        } else if (name == QLatin1String("--window-no")) {
            m_setup.windowNo = value;
        } else if (name == QLatin1String("--issuing-authority")) {
            m_setup.issuingAuthority = value;
        } else if (name == QLatin1String("--letter-prefix")) {
            const int sep = value.indexOf(QLatin1Char('='));
            if (sep <= 0) {
                fail(QStringLiteral("usage_error"),
                     QStringLiteral("--letter-prefix 的值应为“文书=前缀”，例如 settlement-letter=赣退役落字。"), ExitFailure);
                return false;
            }
            const QString doc = value.left(sep);
            if (m_setup.letterPrefixes.contains(doc)) {
                fail(QStringLiteral("usage_error"), QStringLiteral("文书 %1 的文号前缀给出了两次。").arg(doc), ExitFailure);
                return false;
            }
            m_setup.letterPrefixes.insert(doc, value.mid(sep + 1));
        } else if (name == QLatin1String("--admin-user")) {
            m_setup.adminLogin = value;
        } else if (name == QLatin1String("--admin-name")) {
            m_setup.adminDisplayName = value;
        } else if (name == QLatin1String("--admin-password-file")) {
            passwordFile = value;
        } else if (name == QLatin1String("--backup-folder")) {
            m_setup.backupFolder = value;
            m_backupGiven = true;
        }
    }
    if (!passwordFile.isEmpty() && !readPassword(passwordFile, exitCode))
        return false;
    return true;
}

int CliSetup::run(const QStringList &arguments, const QString &dbPath)
{
    int exitCode = ExitFailure;
    if (!parse(arguments, &exitCode))
        return exitCode;

    Result<std::unique_ptr<Database>> opened = Database::open(dbPath);
    if (!opened)
        return fail(opened.error().code, opened.error().message, ExitFailure);
    const std::unique_ptr<Database> db = std::move(opened).value();
    FirstRunSetup setup(*db);
    const Result<bool> completed = setup.isCompleted();
    if (!completed)
        return fail(completed.error().code, completed.error().message, ExitFailure);
    if (completed.value()) {
        return fail(QStringLiteral("setup_already_completed"),
                    QStringLiteral("此数据库已完成首次使用设置；之后的修改请在“设置”中由管理员进行。"), ExitRejected);
    }

    if (!m_backupGiven)
        m_setup.backupFolder = setup.proposedBackupFolder();
    m_setup = HallSetupRules::normalized(m_setup);
    const Findings findings = FirstRunSetup::check(m_setup);
    if (!findings.isEmpty()) {
        if (m_json) {
            QJsonArray a;
            for (const Finding &f : findings)
                a.append(QJsonObject{{QStringLiteral("severity"), f.severityName()},
                                     {QStringLiteral("field"), f.field},
                                     {QStringLiteral("code"), f.code},
                                     {QStringLiteral("message"), f.message}});
            m_out.text(QJsonDocument(QJsonObject{{QStringLiteral("findings"), a}}).toJson(QJsonDocument::Indented));
        } else {
            for (const Finding &f : findings)
                m_out.row({f.severityName(), f.field, f.code, f.message});
        }
        return fail(QStringLiteral("setup_invalid"),
                    QStringLiteral("设置未通过校验：%1 个错误（见标准输出），未保存任何内容。").arg(findings.size()),
                    ExitRejected);
    }

    const Keychain::ProbeResult keychain = Keychain().probe();
    if (keychain.state != Keychain::State::Ok)
        m_out.error(QStringLiteral("keychain_") + keychain.stateName(), QStringLiteral("（警告）") + keychain.message);

    if (!m_checkOnly) {
        if (Status s = setup.apply(m_setup); !s)
            return fail(s.error().code, s.error().message,
                        s.error().code == QLatin1String("storage_user_exists") ? ExitRejected : ExitFailure);
    }

    const QString county = CodeTables::instance().countyFullName(m_setup.hallRegion);
    QList<QPair<QString, QString>> settings = {
        {SettingKeys::hallName(), m_setup.hallName},
        {SettingKeys::hallRegion(), m_setup.hallRegion},
        {SettingKeys::windowNo(), m_setup.windowNo},
        {SettingKeys::issuingAuthority(), m_setup.issuingAuthority},
    };
    for (auto it = m_setup.letterPrefixes.cbegin(); it != m_setup.letterPrefixes.cend(); ++it)
        settings.append({SettingKeys::letterPrefix(it.key()), it.value()});
    settings.append({SettingKeys::backupFolder(), QDir::cleanPath(m_setup.backupFolder)});

    if (m_json) {
        QJsonObject values;
        for (const auto &s : std::as_const(settings))
            values.insert(s.first, s.second);
        m_out.text(QJsonDocument(QJsonObject{
                                     {QStringLiteral("stored"), !m_checkOnly},
                                     {QStringLiteral("settings"), values},
                                     {QStringLiteral("hall_region_name"), county},
                                     {QStringLiteral("administrator"), m_setup.adminLogin},
                                     {QStringLiteral("keychain"),
                                      QJsonObject{{QStringLiteral("state"), keychain.stateName()},
                                                  {QStringLiteral("message"), keychain.message}}},
                                 })
                       .toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const auto &s : std::as_const(settings))
        m_out.row({QStringLiteral("setting"), s.first, s.second});
    m_out.row({QStringLiteral("hall_region_name"), county});
    m_out.row({QStringLiteral("administrator"), m_setup.adminLogin});
    m_out.row({QStringLiteral("keychain"), keychain.stateName(), keychain.message});
    m_out.row({QStringLiteral("setup"), m_checkOnly ? QStringLiteral("checked") : QStringLiteral("completed")});
    return ExitOk;
}

} // namespace vd::cli
