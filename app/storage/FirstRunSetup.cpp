#include "FirstRunSetup.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include "Database.h"
#include "SettingKeys.h"
#include "SettingsRepository.h"
#include "UserRepository.h"

namespace vd {

Result<bool> FirstRunSetup::isCompleted() const
{
    const Result<std::optional<QString>> v = m_db.settings().value(SettingKeys::setupCompleted());
    if (!v)
        return v.error();
    return v.value().value_or(QString()) == QLatin1String("1");
}

Result<HallSetup> FirstRunSetup::stored() const
{
    const SettingsRepository settings = m_db.settings();
    HallSetup s;
    const auto read = [&settings](const QString &name, QString *out) -> Status {
        const Result<std::optional<QString>> v = settings.value(name);
        if (!v)
            return v.error();
        *out = v.value().value_or(QString());
        return Status::success();
    };
    QString prefix;
    for (const auto &[name, target] : {std::pair{SettingKeys::hallName(), &s.hallName},
                                       std::pair{SettingKeys::hallRegion(), &s.hallRegion},
                                       std::pair{SettingKeys::windowNo(), &s.windowNo},
                                       std::pair{SettingKeys::issuingAuthority(), &s.issuingAuthority},
                                       std::pair{SettingKeys::backupFolder(), &s.backupFolder}}) {
        if (Status st = read(name, target); !st)
            return st.error();
    }
    for (const QString &doc : HallSetupRules::letterDocuments()) {
        if (Status st = read(SettingKeys::letterPrefix(doc), &prefix); !st)
            return st.error();
        if (!prefix.isEmpty())
            s.letterPrefixes.insert(doc, prefix);
    }
    return s;
}

QString FirstRunSetup::proposedBackupFolder() const
{
    return QFileInfo(m_db.path()).absolutePath() + QStringLiteral("/backups");
}

std::optional<Finding> FirstRunSetup::checkBackupFolder(const QString &path)
{
    const auto finding = [](const QString &code, const QString &message) {
        return Finding{Finding::Severity::Error, QStringLiteral("backup_folder"), code, message};
    };
    if (path.trimmed().isEmpty())
        return finding(QStringLiteral("setup_missing"), QStringLiteral("请选择备份文件夹。"));
    if (QDir::isRelativePath(path))
        return finding(QStringLiteral("setup_folder_relative"), QStringLiteral("备份文件夹请写完整路径（绝对路径）。"));
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return finding(QStringLiteral("setup_folder_unwritable"), QStringLiteral("“%1”是文件，不是文件夹。").arg(shown));
    if (!QDir().mkpath(path)) {
        return finding(QStringLiteral("setup_folder_unwritable"),
                       QStringLiteral("无法创建备份文件夹“%1”，请检查路径和权限。").arg(shown));
    }
    QTemporaryFile probe(QDir(path).filePath(QStringLiteral(".veteran-desk-write-test-XXXXXX")));
    if (!probe.open() || probe.write("ok") != 2 || !probe.flush()) {
        return finding(QStringLiteral("setup_folder_unwritable"),
                       QStringLiteral("备份文件夹“%1”不可写，请选择另一个文件夹或请管理员修改权限。").arg(shown));
    }
    return std::nullopt;
}

Findings FirstRunSetup::check(const HallSetup &setup)
{
    Findings out = HallSetupRules::check(setup);
    bool folderReported = false;
    for (const Finding &f : std::as_const(out))
        folderReported = folderReported || f.field == QLatin1String("backup_folder");
    if (!folderReported) {
        if (const std::optional<Finding> f = checkBackupFolder(setup.backupFolder))
            out.append(*f);
    }
    return out;
}

Status FirstRunSetup::apply(const HallSetup &setup)
{
    const Findings findings = check(setup);
    if (hasErrors(findings)) {
        return Error{QStringLiteral("setup_invalid"),
                     QStringLiteral("设置未保存：%1（共 %2 个问题）").arg(findings.first().message).arg(findings.size())};
    }
    SettingsRepository settings = m_db.settings();
    QList<std::pair<QString, QString>> values = {
        {SettingKeys::hallName(), setup.hallName},
        {SettingKeys::hallRegion(), setup.hallRegion},
        {SettingKeys::windowNo(), setup.windowNo},
        {SettingKeys::issuingAuthority(), setup.issuingAuthority},
        {SettingKeys::backupFolder(), QDir::cleanPath(setup.backupFolder)},
    };
    for (auto it = setup.letterPrefixes.cbegin(); it != setup.letterPrefixes.cend(); ++it)
        values.append({SettingKeys::letterPrefix(it.key()), it.value()});
    for (const auto &[name, value] : std::as_const(values)) {
        if (Status s = settings.setValue(name, value); !s)
            return s;
    }

    UserRepository users(m_db);
    Status created = users.createAdministrator(setup.adminLogin, setup.adminDisplayName, setup.adminPassword);
    if (!created && created.error().code == QLatin1String("storage_user_exists")) {
        // Left by an interrupted setup? Only its own password lets the setup go on.
        const Result<bool> same = users.verifyPassword(setup.adminLogin, setup.adminPassword);
        if (!same)
            return same.error();
        if (same.value())
            created = Status::success();
    }
    if (!created)
        return created;
    return settings.setValue(SettingKeys::setupCompleted(), QStringLiteral("1"));
}

} // namespace vd
