// veteran-desk: the counter application (docs/DESIGN.md, "main"). Opens the store shared with
// veteran-desk-cli (or --db PATH) and shows the main window.
#include <QApplication>
#include <QCommandLineParser>
#include <QComboBox>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLineEdit>
#include <QPixmap>
#include <QPointer>
#include <QScreen>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>

#include "AboutDialog.h"
#include "AuditLog.h"
#include "BuildInfo.h"
#include "CaseEditorDialog.h"
#include "CaseJson.h"
#include "Database.h"
#include "DialogRunner.h"
#include "FirstRunSetup.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ScreenLock.h"
#include "SetupWizard.h"
#include "StoreOpener.h"
#include "UserRepository.h"
#include "Translations.h"
#include "Crypto.h"

namespace {

// Saves what is on the screen (the whole screen on a real display, so that the window's fit on
// 1366x768 shows; the widget alone offscreen) to `path`.
bool saveScreenshot(QWidget *w, const QString &path)
{
    QPixmap shot;
    if (QGuiApplication::platformName() != QLatin1String("offscreen")) {
        if (QScreen *screen = w->screen())
            shot = screen->grabWindow(0);
    }
    if (shot.isNull())
        shot = w->grab();
    return shot.save(path);
}

// For looking at the first-run wizard from scripts: fills every page with example values, saves
// one picture per page (FILE-1.png … FILE-5.png; FILE-1-error.png shows a rejected region code)
// without storing anything, then quits.
void screenshotSetupPages(SetupWizard *wizard, const QString &path)
{
    const auto set = [wizard](const char *name, const QString &text) {
        if (auto *edit = wizard->findChild<QLineEdit *>(QLatin1String(name)))
            edit->setText(text);
        else if (auto *combo = wizard->findChild<QComboBox *>(QLatin1String(name)))
            combo->setEditText(text);
    };
    const auto shot = [wizard, &path](const QString &suffix) {
        QString file = path;
        file.insert(file.lastIndexOf(QLatin1Char('.')), suffix);
        QCoreApplication::processEvents();
        return saveScreenshot(wizard, file);
    };
    bool ok = true;
    wizard->show();
    set("hallRegion", QStringLiteral("369999"));
    set("hallName", QStringLiteral("某某区政务服务中心"));
    set("windowNo", QStringLiteral("3"));
    wizard->next(); // refused: the message shows on the page
    ok = shot(QStringLiteral("-1-error")) && ok;
    set("hallRegion", QStringLiteral("东湖区"));
    ok = shot(QStringLiteral("-1")) && ok;
    wizard->next();
    set("issuingAuthority", QStringLiteral("某某区退役军人事务局"));
    set("settlementPrefix", QStringLiteral("赣退役落字"));
    set("partyPrefix", QStringLiteral("赣退役党字"));
    ok = shot(QStringLiteral("-2")) && ok;
    wizard->next();
    set("adminName", QStringLiteral("测试甲"));
    set("adminPassword", QStringLiteral("Ceshi-2024"));
    set("adminPasswordRepeat", QStringLiteral("Ceshi-2024"));
    ok = shot(QStringLiteral("-3")) && ok;
    wizard->next();
    ok = shot(QStringLiteral("-4")) && ok;
    wizard->next();
    ok = shot(QStringLiteral("-5")) && ok;
    QCoreApplication::exit(ok ? 0 : 1);
}

// For looking at dialogs from scripts: the first modal dialog that appears (log-in, passphrase,
// the draft offer, a damaged-store question …) is saved to `path` once it has been shown for a
// moment, and the program ends at once (as after a kill: the store is made for that).
void screenshotFirstModal(const QString &path)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(200);
    QObject::connect(poll, &QTimer::timeout, qApp, [poll, path, seen = 0]() mutable {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        if (++seen < 4)
            return; // let it lay out and paint
        poll->stop();
        const bool ok = saveScreenshot(modal, path);
        std::fflush(nullptr);
        std::_Exit(ok ? 0 : 1);
    });
    poll->start();
}

// Records a restore in the restored store's audit log (the entry before it went with the old content).
void auditRestore(vd::Database &db, const QString &backupPath, const char *how)
{
    if (!backupPath.isEmpty())
        db.audit().record({QStringLiteral("restore"), QString(), {},
                           QStringLiteral("%1: %2").arg(QLatin1String(how), QFileInfo(backupPath).fileName())});
}

} // namespace

int main(int argc, char *argv[])
{
    // --version works without a display (package checks, remote administration).
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            const QByteArray text = vd::BuildInfo::versionText(QStringLiteral("veteran-desk")).toUtf8();
            std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stdout);
            return 0;
        }
    }
    vd::Crypto::initialise(); // libgcrypt wants gcry_check_version before any other use
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("VeteranDesk"));
    QApplication::setApplicationName(QStringLiteral("VeteranDesk"));
    QApplication::setApplicationVersion(QStringLiteral(VD_VERSION));
    // The installed icon (installer/icons, hicolor theme) and desktop entry (Wayland matches windows by it).
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("veteran-desk")));
    QGuiApplication::setDesktopFileName(QStringLiteral("cn.veterandesk.VeteranDesk"));
    Translations::install(app);
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Veteran Desk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Registration window for discharged soldiers' joint service."));
    parser.addHelpOption();
    // --version is answered above, before a display is needed; listed here for --help.
    parser.addOption(QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")},
                                        QCoreApplication::translate("main", "Displays version information.")));
    const QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("main", "Use the store at PATH."),
                                      QStringLiteral("PATH"));
    parser.addOption(dbOption);
    // For looking at the window from scripts (Xvfb): save a picture after it is shown, then quit.
    QCommandLineOption shotOption(QStringLiteral("screenshot"), QString(), QStringLiteral("FILE"));
    QCommandLineOption editorShotOption(QStringLiteral("screenshot-editor"), QString(), QStringLiteral("FILE"));
    QCommandLineOption caseOption(QStringLiteral("screenshot-case"), QString(), QStringLiteral("JSON"));
    QCommandLineOption setupShotOption(QStringLiteral("screenshot-setup"), QString(), QStringLiteral("FILE"));
    QCommandLineOption aboutShotOption(QStringLiteral("screenshot-about"), QString(), QStringLiteral("FILE"));
    QCommandLineOption modalShotOption(QStringLiteral("screenshot-modal"), QString(), QStringLiteral("FILE"));
    // For the start-up benchmark (tests/bench): once the main window is shown, print
    // "shown vmhwm_kb=N" (peak resident memory, /proc/self/status) on standard output and quit.
    QCommandLineOption exitWhenShownOption(QStringLiteral("exit-when-shown"));
    for (QCommandLineOption *o : {&shotOption, &editorShotOption, &caseOption, &setupShotOption, &aboutShotOption,
                                  &modalShotOption, &exitWhenShownOption}) {
        o->setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(*o);
    }
    parser.process(app);

    if (parser.isSet(aboutShotOption)) {
        AboutDialog about;
        about.show();
        QTimer::singleShot(700, &about, [&] { QCoreApplication::exit(saveScreenshot(&about, parser.value(aboutShotOption)) ? 0 : 1); });
        return app.exec();
    }

    if (parser.isSet(modalShotOption))
        screenshotFirstModal(parser.value(modalShotOption));

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : vd::Database::defaultPath();
    const bool screenshots = parser.isSet(shotOption) || parser.isSet(editorShotOption);
    QString menuRestored; // a restore chosen in the window, audited once the store is open again
    QList<QPointer<QThread>> backupThreads; // daily backups still running are waited for before exit
    for (;;) { // once, or again after 从备份恢复
        QString startupRestored;
        auto opened = StoreOpener::open(path, nullptr, &startupRestored);
        if (!opened) {
            if (opened.error().code != QLatin1String("open_cancelled")) {
                MessageBox::critical(nullptr, QCoreApplication::translate("main", "Veteran Desk"),
                                     QCoreApplication::translate("main", "The store %1 cannot be opened.\n%2")
                                         .arg(path, opened.error().message));
            }
            return 2;
        }
        std::unique_ptr<vd::Database> db = std::move(opened).value();

        if (parser.isSet(setupShotOption)) {
            // The real check, but without waiting for a desktop prompt nobody answers.
            SetupWizard::setKeychainProbe([] { return vd::Keychain(vd::Keychain::defaultService(), 3000).probe(); });
            SetupWizard wizard(*db);
            QTimer::singleShot(700, &wizard, [&] { screenshotSetupPages(&wizard, parser.value(setupShotOption)); });
            return app.exec();
        }
        // The first-run setup, until it has been completed once (not for the screenshot options, which
        // look at the main window and the editor).
        if (!parser.isSet(shotOption) && !parser.isSet(editorShotOption)) {
            const vd::Result<bool> completed = vd::FirstRunSetup(*db).isCompleted();
            if (!completed) {
                MessageBox::critical(nullptr, QCoreApplication::translate("main", "Veteran Desk"), completed.error().message);
                return 2;
            }
            if (!completed.value()) {
                SetupWizard wizard(*db);
                if (wizard.exec() != QDialog::Accepted)
                    return 0; // asked again at the next start
            }
        }

        // Clerks log in once the store has an administrator (issue 6); the screenshot options do not.
        std::optional<vd::UserAccount> clerk;
        if (!screenshots) {
            const vd::Result<int> administrators =
                vd::UserRepository(*db).countWithRole(vd::UserRepository::roleAdministrator());
            if (!administrators) {
                MessageBox::critical(nullptr, QCoreApplication::translate("main", "Veteran Desk"),
                                     administrators.error().message);
                return 2;
            }
            if (administrators.value() > 0) {
                LoginDialog login(*db);
                if (DialogRunner::exec(&login) != QDialog::Accepted)
                    return 0;
                clerk = login.account();
                db->setActor(clerk->login);
            }
        }
        auditRestore(*db, startupRestored, "startup");
        auditRestore(*db, menuRestored, "menu");
        menuRestored.clear();

        auto windowOwner = std::make_unique<MainWindow>(*db);
        MainWindow &window = *windowOwner;
        if (clerk)
            window.setClerk(*clerk);
        window.show();
        std::unique_ptr<ScreenLock> lock;
        if (clerk)
            lock = std::make_unique<ScreenLock>(*db, clerk->login, ScreenLock::configuredMinutes(*db));
        if (!screenshots && !parser.isSet(exitWhenShownOption)) {
            // The day's backup copies the whole store: on a worker thread (BackupService's own SQLite
            // handles, no Qt SQL connection), so that a big store never delays the window.
            const StoreOpener::DailyBackupPlan plan = StoreOpener::dailyBackupPlan(*db);
            QPointer<QStatusBar> status = window.statusBar();
            QThread *backup = QThread::create([plan, status] {
                const vd::Result<QString> daily = StoreOpener::runDailyBackup(plan);
                const QString line = daily ? daily.value() : daily.error().message;
                if (!line.isEmpty() && status) {
                    QMetaObject::invokeMethod(status, [status, line, failed = !daily] {
                        if (status)
                            status->showMessage(line, failed ? 0 : 15000);
                    }, Qt::QueuedConnection);
                }
            });
            QObject::connect(backup, &QThread::finished, backup, &QObject::deleteLater);
            backupThreads.append(backup);
            backup->start(QThread::LowPriority);
            QTimer::singleShot(0, &window, [&window] { window.offerDrafts(); });
        }
        if (parser.isSet(exitWhenShownOption)) {
            QTimer::singleShot(0, &window, [] {
                QByteArray peak = "0";
                QFile status(QStringLiteral("/proc/self/status"));
                if (status.open(QIODevice::ReadOnly)) {
                    for (const QByteArray &line : status.readAll().split('\n')) {
                        if (line.startsWith("VmHWM:"))
                            peak = line.mid(6).trimmed().split(' ').value(0);
                    }
                }
                std::printf("shown vmhwm_kb=%s\n", peak.constData());
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }

        if (parser.isSet(shotOption) || parser.isSet(editorShotOption)) {
            auto *editor = parser.isSet(editorShotOption) ? new CaseEditorDialog(*db, &window) : nullptr;
            if (editor && parser.isSet(caseOption)) {
                QFile file(parser.value(caseOption));
                if (file.open(QIODevice::ReadOnly))
                    editor->setCase(vd::CaseJson::read(file.readAll()).value, false);
                editor->showAllFindings();
            }
            QTimer::singleShot(700, &window, [&] {
                int status = 0;
                if (parser.isSet(shotOption) && !saveScreenshot(&window, parser.value(shotOption)))
                    status = 1;
                if (editor) {
                    editor->show();
                    QTimer::singleShot(700, editor, [&, editor, status] {
                        bool ok = saveScreenshot(editor, parser.value(editorShotOption));
                        // The whole form too, as it would scroll by.
                        if (auto *form = editor->findChild<QWidget *>(QStringLiteral("formContainer"))) {
                            QString formPath = parser.value(editorShotOption);
                            formPath.insert(formPath.lastIndexOf(QLatin1Char('.')), QStringLiteral("-form"));
                            ok = form->grab().save(formPath) && ok;
                        }
                        QCoreApplication::exit(ok ? status : 1);
                    });
                } else {
                    QCoreApplication::exit(status);
                }
            });
        }
        const int code = app.exec();
        for (const QPointer<QThread> &thread : std::as_const(backupThreads)) {
            if (thread)
                thread->wait(); // a backup half-written at exit would be removed as incomplete anyway
        }
        backupThreads.clear();
        const QString backup = window.pendingRestore();
        if (code != MainWindow::RestartExitCode || backup.isEmpty())
            return code;
        // 从备份恢复: every connection closed first, then the store replaced and opened again.
        const QString folder = StoreOpener::backupFolder(*db);
        lock.reset();
        windowOwner.reset();
        db.reset();
        const vd::Result<QString> restored = StoreOpener::restore(backup, path, folder);
        if (!restored) {
            MessageBox::critical(nullptr, QCoreApplication::translate("main", "Veteran Desk"), restored.error().message);
        } else {
            menuRestored = backup;
            MessageBox::information(nullptr, QCoreApplication::translate("main", "Veteran Desk"),
                                    QCoreApplication::translate("main", "The store has been restored from %1.\nThe "
                                                                        "store as it was before is kept as %2.")
                                        .arg(QDir::toNativeSeparators(backup), QDir::toNativeSeparators(restored.value())));
        }
    }
}
