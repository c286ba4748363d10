#include "StoreOpener.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>

#include "AuditLog.h"
#include "BackupService.h"
#include "DataKey.h"
#include "MessageBox.h"
#include "MigrationRunner.h"
#include "SettingKeys.h"
#include "SettingsRepository.h"

namespace {

StoreOpener::PassphrasePrompt &promptHook()
{
    static StoreOpener::PassphrasePrompt hook;
    return hook;
}

std::optional<QString> askPassphrase(QWidget *parent, const QString &text)
{
    if (promptHook())
        return promptHook()(parent, text);
    QInputDialog dialog(parent);
    dialog.setWindowTitle(QCoreApplication::translate("StoreOpener", "Administrator passphrase"));
    dialog.setLabelText(text);
    dialog.setTextEchoMode(QLineEdit::Password);
    dialog.resize(460, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

vd::Error cancelled()
{
    return vd::Error{QStringLiteral("open_cancelled"), QStringLiteral("未打开数据库。")};
}

QString title()
{
    return QCoreApplication::translate("main", "Veteran Desk");
}

// The start-up check: Ok, or the clerk's decision about a damaged store.
vd::Status checkOrRestore(const QString &path, QWidget *parent, QString *restoredFrom)
{
    if (!QFileInfo::exists(path))
        return vd::Status::success();
    const vd::Status checked = vd::BackupService::quickCheck(path);
    if (checked)
        return checked;
    // The backup_folder setting is inside the damaged file: the default folder is where to look.
    const QString folder = vd::BackupService::defaultFolder(path);
    const QList<vd::BackupInfo> backups = vd::BackupService::list(folder);
    if (backups.isEmpty()) {
        MessageBox::critical(parent, title(),
                             QCoreApplication::translate("StoreOpener", "The store %1 is damaged: %2\nThere is no backup in %3. Ask the "
                                             "administrator to restore one (veteran-desk-cli restore FILE).")
                                 .arg(QDir::toNativeSeparators(path), checked.error().message,
                                      QDir::toNativeSeparators(folder)));
        return cancelled();
    }
    const vd::BackupInfo &latest = backups.first();
    const auto answer = MessageBox::question(
        parent, title(),
        QCoreApplication::translate("StoreOpener", "The store %1 is damaged: %2\nRestore the latest backup of %3 (%4)? Cases accepted "
                        "after that backup will have to be entered again; the damaged file is kept beside "
                        "the store.")
            .arg(QDir::toNativeSeparators(path), checked.error().message,
                 QLocale().toString(latest.createdAt, QLocale::ShortFormat), QDir::toNativeSeparators(latest.path)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return cancelled();
    // A damaged file cannot be copied with the backup API (the pre-restore backup would fail): it is
    // moved aside as it is, with its WAL, and the backup restored into its place.
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString aside = path + QStringLiteral(".damaged-") + stamp;
    if (!QFile::rename(path, aside)) {
        MessageBox::critical(parent, title(),
                             QCoreApplication::translate("StoreOpener", "The damaged store %1 cannot be moved aside; "
                                                                        "nothing was restored.")
                                 .arg(QDir::toNativeSeparators(path)));
        return cancelled();
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + suffix))
            QFile::rename(path + suffix, aside + suffix);
    }
    const vd::Result<QString> restored = StoreOpener::restore(latest.path, path, folder);
    if (!restored) {
        QFile::remove(path);
        QFile::rename(aside, path);
        return restored.error();
    }
    MessageBox::information(parent, title(),
                            QCoreApplication::translate("StoreOpener", "The store has been restored from %1. The "
                                                                       "damaged file is kept as %2.")
                                .arg(QDir::toNativeSeparators(latest.path), QDir::toNativeSeparators(aside)));
    if (restoredFrom)
        *restoredFrom = latest.path;
    return vd::Status::success();
}

// A new passphrase, asked twice; std::nullopt when cancelled.
std::optional<QString> askNewPassphrase(QWidget *parent)
{
    for (;;) {
        const std::optional<QString> first = askPassphrase(
            parent, QCoreApplication::translate("StoreOpener", "New administrator passphrase (at least %1 characters). It is needed at every "
                                    "start; keep it in the hall's safe: without it the personal data cannot be read.")
                        .arg(vd::DataKeyring::MinimumPassphraseLength));
        if (!first)
            return std::nullopt;
        if (first->size() < vd::DataKeyring::MinimumPassphraseLength) {
            MessageBox::warning(parent, title(),
                                QCoreApplication::translate("StoreOpener", "The passphrase must have at least %1 characters.")
                                    .arg(vd::DataKeyring::MinimumPassphraseLength));
            continue;
        }
        const std::optional<QString> second = askPassphrase(parent, QCoreApplication::translate("StoreOpener", "Enter the passphrase again."));
        if (!second)
            return std::nullopt;
        if (*first != *second) {
            MessageBox::warning(parent, title(), QCoreApplication::translate("StoreOpener", "The two passphrases differ. Please enter them again."));
            continue;
        }
        return first;
    }
}

} // namespace

void StoreOpener::setPassphrasePrompt(PassphrasePrompt prompt)
{
    promptHook() = std::move(prompt);
}

vd::Result<std::unique_ptr<vd::Database>> StoreOpener::open(const QString &path, QWidget *parent, QString *restoredFrom)
{
    if (restoredFrom)
        restoredFrom->clear();
    if (const vd::Status checked = checkOrRestore(path, parent, restoredFrom); !checked)
        return checked.error();

    const bool newFile = !QFileInfo::exists(path);
    const vd::KeyAccess keychain = vd::Database::defaultKeyAccess();
    vd::Result<std::unique_ptr<vd::Database>> opened = vd::Database::open(path, keychain);
    if (opened)
        return opened;
    const vd::Error error = opened.error();

    // A store without a key yet (a new file, or one whose key was never made: Database::unlock says
    // so in its message): the documented alternative.
    const bool withoutKey = newFile || error.message.contains(QStringLiteral("尚未保存任何数据"));
    if (error.code.startsWith(QLatin1String("keychain_")) && withoutKey) {
        const auto answer = MessageBox::question(
            parent, title(),
            tr("%1\n\nThe personal data of cases is encrypted with a data key that is normally kept in the system "
               "keychain. Without a keychain the administrator can protect the key with a passphrase instead; it "
               "is then asked for at every start. Protect the data key with an administrator passphrase?")
                .arg(error.message),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return cancelled();
        const std::optional<QString> passphrase = askNewPassphrase(parent);
        if (!passphrase)
            return cancelled();
        return vd::Database::open(path, vd::KeyAccess{nullptr, *passphrase, true});
    }

    if (error.code == QLatin1String("passphrase_required")) {
        QString text = tr("The data key of this store is protected by the administrator passphrase. Enter it:");
        for (int attempt = 1; attempt <= PassphraseTries; ++attempt) {
            const std::optional<QString> passphrase = askPassphrase(parent, text);
            if (!passphrase)
                return cancelled();
            vd::Result<std::unique_ptr<vd::Database>> unlocked =
                vd::Database::open(path, vd::KeyAccess{keychain.secrets, *passphrase, false});
            if (unlocked || unlocked.error().code != QLatin1String("passphrase_wrong"))
                return unlocked;
            text = tr("Wrong passphrase (%1 of %2 tries). Enter the administrator passphrase:")
                       .arg(attempt)
                       .arg(PassphraseTries);
        }
        MessageBox::critical(parent, title(), tr("The passphrase was wrong %1 times. The program ends.").arg(PassphraseTries));
        return cancelled();
    }
    return opened;
}

QString StoreOpener::backupFolder(const vd::Database &db)
{
    const auto configured = db.settings().value(vd::SettingKeys::backupFolder());
    if (configured && configured.value() && !configured.value()->trimmed().isEmpty())
        return *configured.value();
    return vd::BackupService::defaultFolder(db.path());
}

vd::Result<QString> StoreOpener::dailyBackup(const vd::Database &db, const QDateTime &now)
{
    return runDailyBackup(dailyBackupPlan(db), now);
}

StoreOpener::DailyBackupPlan StoreOpener::dailyBackupPlan(const vd::Database &db)
{
    DailyBackupPlan plan;
    plan.storePath = db.path();
    plan.folder = backupFolder(db);
    if (const auto setting = db.settings().value(vd::SettingKeys::backupKeepDays()); setting && setting.value()) {
        bool ok = false;
        const int days = setting.value()->toInt(&ok);
        if (ok && days > 0)
            plan.keepDays = days;
    }
    return plan;
}

vd::Result<QString> StoreOpener::runDailyBackup(const DailyBackupPlan &plan, const QDateTime &now)
{
    const auto made = vd::BackupService::dailyBackupIfDue(plan.storePath, plan.folder, now);
    if (!made)
        return made.error();
    const int pruned = vd::BackupService::prune(plan.folder, plan.keepDays, now.date());
    if (!made.value())
        return QString();
    QString line = tr("Daily backup made: %1").arg(QDir::toNativeSeparators(*made.value()));
    if (pruned > 0)
        line += tr(" (%n older backup(s) deleted)", nullptr, pruned);
    return line;
}

vd::Result<QString> StoreOpener::backupNow(const vd::Database &db)
{
    const vd::Result<QString> made = vd::BackupService::backup(db.path(), backupFolder(db), QStringLiteral("manual"));
    if (!made)
        return made;
    // The audit entry names the file, never its content.
    db.audit().record({QStringLiteral("backup"), QString(), {}, QFileInfo(made.value()).fileName()});
    return made;
}

vd::Result<QString> StoreOpener::restore(const QString &backupPath, const QString &storePath, const QString &folder)
{
    return vd::BackupService::restore(backupPath, storePath, folder, vd::MigrationRunner::latestVersion());
}
