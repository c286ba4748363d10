// veteran-desk: the counter application (docs/DESIGN.md, "main"). Opens the store shared with
// veteran-desk-cli (or --db PATH) and shows the main window.
#include <QApplication>
#include <QCommandLineParser>
#include <QComboBox>
#include <QFile>
#include <QIcon>
#include <QLineEdit>
#include <QPixmap>
#include <QScreen>
#include <QTimer>

#include <cstdio>
#include <cstring>

#include "AboutDialog.h"
#include "BuildInfo.h"
#include "CaseEditorDialog.h"
#include "CaseJson.h"
#include "Database.h"
#include "FirstRunSetup.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "SetupWizard.h"
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
    // For the start-up benchmark (tests/bench): once the main window is shown, print
    // "shown vmhwm_kb=N" (peak resident memory, /proc/self/status) on standard output and quit.
    QCommandLineOption exitWhenShownOption(QStringLiteral("exit-when-shown"));
    for (QCommandLineOption *o : {&exitWhenShownOption, &shotOption, &editorShotOption, &caseOption, &setupShotOption, &aboutShotOption}) {
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

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : vd::Database::defaultPath();
    auto opened = vd::Database::open(path);
    if (!opened) {
        MessageBox::critical(nullptr, QCoreApplication::translate("main", "Veteran Desk"),
                             QCoreApplication::translate("main", "The store %1 cannot be opened.\n%2")
                                 .arg(path, opened.error().message));
        return 2;
    }
    const std::unique_ptr<vd::Database> db = std::move(opened).value();

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

    MainWindow window(*db);
    window.show();
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
    return app.exec();
}
