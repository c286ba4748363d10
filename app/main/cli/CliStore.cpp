#include "CliStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "AuditLog.h"
#include "BackupService.h"
#include "CliCommandLine.h"
#include "CliOutput.h"
#include "Database.h"
#include "HallSetup.h"
#include "MigrationRunner.h"
#include "SettingKeys.h"
#include "SettingsRepository.h"
#include "UserRepository.h"

namespace vd::cli {
namespace {
constexpr int ExitOk = 0;
constexpr int ExitRejected = 1;
constexpr int ExitFailure = 2;
/// A passphrase or password file is one short line; anything larger is not one.
constexpr qint64 MaxSecretFileBytes = 4096;
} // namespace

CliStore::CliStore(CliOutput &out, bool json, std::function<std::unique_ptr<Database>()> openStore, QString storePath)
    : m_out(out), m_json(json), m_openStore(std::move(openStore)), m_storePath(std::move(storePath))
{
}

bool CliStore::handles(const QString &command)
{
    static const QStringList commands = {QStringLiteral("backup"), QStringLiteral("backups"), QStringLiteral("restore"),
                                         QStringLiteral("audit"),  QStringLiteral("users"),   QStringLiteral("user-add")};
    return commands.contains(command);
}

QString CliStore::usage()
{
    return QStringLiteral(
        "  backup [--to 文件夹]             立即备份数据库（SQLite 在线备份），输出备份文件路径\n"
        "  backups                          列出备份：路径、时间、原因、字节数（新的在前）\n"
        "  restore 备份文件                 检查备份后用它替换数据库（先把当前数据库另存为 pre-restore 备份）\n"
        "  audit verify                     校验审计日志的 SM3 链；被改动、删除或插入时退出码 1 并指出第一条\n"
        "  users                            列出账号：登录名、姓名、角色、是否锁定\n"
        "  user-add 登录名 角色 --password-file 文件 [--name 姓名]\n"
        "                                   新建账号（角色：window_clerk、department_handler、administrator）\n");
}

std::optional<QString> CliStore::readSecretFile(CliOutput &out, const QString &path)
{
    QFile f(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir() || !f.open(QIODevice::ReadOnly)) {
        out.error(QStringLiteral("file_unreadable"), QStringLiteral("无法读取文件“%1”。").arg(shown));
        return std::nullopt;
    }
    const QByteArray bytes = f.read(MaxSecretFileBytes + 1);
    if (bytes.size() > MaxSecretFileBytes) {
        out.error(QStringLiteral("file_too_large"), QStringLiteral("文件“%1”过大，不是口令文件。").arg(shown));
        return std::nullopt;
    }
    QString text = QString::fromUtf8(bytes);
    const int end = text.indexOf(QLatin1Char('\n'));
    if (end >= 0)
        text.truncate(end);
    if (text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

int CliStore::run(const CliCommandLine &line)
{
    const QString &command = line.command;
    if (command == QLatin1String("backup"))
        return backup(line);
    if (command == QLatin1String("backups"))
        return backups();
    if (command == QLatin1String("restore"))
        return restore(line.positional.at(0));
    if (command == QLatin1String("audit"))
        return auditVerify();
    if (command == QLatin1String("users"))
        return users();
    return userAdd(line);
}

int CliStore::fail(const QString &code, const QString &message, int exitCode)
{
    m_out.error(code, message);
    return exitCode;
}

QString CliStore::backupFolder(const Database &db) const
{
    const auto configured = db.settings().value(SettingKeys::backupFolder());
    if (configured && configured.value() && !configured.value()->isEmpty())
        return *configured.value();
    return BackupService::defaultFolder(db.path());
}

int CliStore::backup(const CliCommandLine &line)
{
    const std::unique_ptr<Database> db = m_openStore();
    if (!db)
        return ExitFailure;
    const QString folder = line.values.value(QStringLiteral("--to"), backupFolder(*db));
    const Result<QString> made = BackupService::backup(db->path(), folder, QStringLiteral("manual"));
    if (!made)
        return fail(made.error().code, made.error().message, ExitFailure);
    if (Status s = db->audit().record({QStringLiteral("backup"), QString(), {}, QFileInfo(made.value()).fileName()}); !s)
        return fail(s.error().code, s.error().message, ExitFailure);
    if (m_json)
        m_out.text(QJsonDocument(QJsonObject{{QStringLiteral("path"), made.value()}}).toJson());
    else
        m_out.row({made.value()});
    return ExitOk;
}

int CliStore::backups()
{
    const std::unique_ptr<Database> db = m_openStore();
    if (!db)
        return ExitFailure;
    QJsonArray json;
    for (const BackupInfo &b : BackupService::list(backupFolder(*db))) {
        const QString at = b.createdAt.toString(Qt::ISODate);
        if (m_json) {
            json.append(QJsonObject{{QStringLiteral("path"), b.path}, {QStringLiteral("created_at"), at},
                                    {QStringLiteral("reason"), b.reason}, {QStringLiteral("bytes"), b.bytes}});
        } else {
            m_out.row({b.path, at, b.reason, QString::number(b.bytes)});
        }
    }
    if (m_json)
        m_out.text(QJsonDocument(json).toJson());
    return ExitOk;
}

int CliStore::restore(const QString &file)
{
    // The store must be closed while its pages are replaced: read the backup folder first, then let go.
    QString folder;
    {
        const std::unique_ptr<Database> db = m_openStore();
        if (db)
            folder = backupFolder(*db);
        else
            folder = BackupService::defaultFolder(m_storePath); // a damaged store: restore is the way out
    }
    const Result<QString> saved = BackupService::restore(file, m_storePath, folder, MigrationRunner::latestVersion());
    if (!saved) {
        const int exitCode = saved.error().code == QLatin1String("backup_invalid") ? ExitRejected : ExitFailure;
        return fail(saved.error().code, saved.error().message, exitCode);
    }
    const std::unique_ptr<Database> db = m_openStore(); // migrates an older backup
    if (!db)
        return ExitFailure;
    if (Status s = db->audit().record({QStringLiteral("restore"), QString(), {}, QFileInfo(file).fileName()}); !s)
        return fail(s.error().code, s.error().message, ExitFailure);
    if (!saved.value().isEmpty())
        m_out.error(QStringLiteral("restore_saved"), QStringLiteral("（提示）恢复前的数据库已另存为：%1").arg(saved.value()));
    return ExitOk;
}

int CliStore::auditVerify()
{
    const std::unique_ptr<Database> db = m_openStore();
    if (!db)
        return ExitFailure;
    const Result<AuditVerification> v = db->audit().verify();
    if (!v)
        return fail(v.error().code, v.error().message, ExitFailure);
    if (!v.value().intact) {
        m_out.row({QStringLiteral("broken"), QString::number(v.value().firstBadId)});
        return fail(QStringLiteral("audit_broken"),
                    QStringLiteral("审计日志被改动：%1（已校验 %2 条）").arg(v.value().reason).arg(v.value().entries),
                    ExitRejected);
    }
    m_out.row({QStringLiteral("intact"), QString::number(v.value().entries)});
    return ExitOk;
}

int CliStore::users()
{
    const std::unique_ptr<Database> db = m_openStore();
    if (!db)
        return ExitFailure;
    const auto all = UserRepository(*db).list();
    if (!all)
        return fail(all.error().code, all.error().message, ExitFailure);
    for (const UserAccount &u : all.value())
        m_out.row({u.login, u.displayName, u.role, u.locked ? QStringLiteral("locked") : QStringLiteral("active")});
    return ExitOk;
}

int CliStore::userAdd(const CliCommandLine &line)
{
    const QString login = line.positional.at(0);
    const QString role = line.positional.at(1);
    const QString passwordFile = line.values.value(QStringLiteral("--password-file"));
    if (passwordFile.isEmpty())
        return fail(QStringLiteral("usage_error"), QStringLiteral("user-add 需要 --password-file 指定密码文件。"), ExitFailure);
    if (!UserRepository::isRole(role))
        return fail(QStringLiteral("user_role_unknown"),
                    QStringLiteral("角色“%1”不存在：应为 window_clerk、department_handler 或 administrator。").arg(role.left(40)),
                    ExitRejected);
    const std::optional<QString> password = readSecretFile(m_out, passwordFile);
    if (!password)
        return ExitFailure;
    HallSetup candidate;
    candidate.adminLogin = login;
    candidate.adminDisplayName = line.values.value(QStringLiteral("--name"), login);
    candidate.adminPassword = *password;
    const Findings problems = HallSetupRules::checkAdministrator(candidate);
    if (!problems.isEmpty()) {
        for (const Finding &f : problems)
            m_out.error(f.code, f.message);
        return ExitRejected;
    }
    const std::unique_ptr<Database> db = m_openStore();
    if (!db)
        return ExitFailure;
    const Status created = UserRepository(*db).createUser(login, candidate.adminDisplayName, role, *password);
    if (!created) {
        const int exitCode = created.error().code == QLatin1String("storage_user_exists") ? ExitRejected : ExitFailure;
        return fail(created.error().code, created.error().message, exitCode);
    }
    return ExitOk;
}

} // namespace vd::cli
