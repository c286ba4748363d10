// veteran-desk: the counter application (docs/DESIGN.md, "main"). Opens the store shared with
// veteran-desk-cli (or --db PATH) and shows the main window.
#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QPixmap>
#include <QScreen>
#include <QTimer>

#include "CaseEditorDialog.h"
#include "CaseJson.h"
#include "Database.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "Translations.h"
#include "Sm3.h"

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

} // namespace

int main(int argc, char *argv[])
{
    vd::Sm3::initialiseLibrary(); // libgcrypt wants gcry_check_version before any other use
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("VeteranDesk"));
    QApplication::setApplicationName(QStringLiteral("VeteranDesk"));
    QApplication::setApplicationVersion(QStringLiteral(VD_VERSION));
    Translations::install(app);
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Veteran Desk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Registration window for discharged soldiers' joint service."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("main", "Use the store at PATH."),
                                      QStringLiteral("PATH"));
    parser.addOption(dbOption);
    // For looking at the window from scripts (Xvfb): save a picture after it is shown, then quit.
    QCommandLineOption shotOption(QStringLiteral("screenshot"), QString(), QStringLiteral("FILE"));
    QCommandLineOption editorShotOption(QStringLiteral("screenshot-editor"), QString(), QStringLiteral("FILE"));
    QCommandLineOption caseOption(QStringLiteral("screenshot-case"), QString(), QStringLiteral("JSON"));
    for (QCommandLineOption *o : {&shotOption, &editorShotOption, &caseOption}) {
        o->setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(*o);
    }
    parser.process(app);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : vd::Database::defaultPath();
    auto opened = vd::Database::open(path);
    if (!opened) {
        MessageBox::critical(nullptr, QCoreApplication::translate("main", "Veteran Desk"),
                             QCoreApplication::translate("main", "The store %1 cannot be opened.\n%2")
                                 .arg(path, opened.error().message));
        return 2;
    }
    const std::unique_ptr<vd::Database> db = std::move(opened).value();

    MainWindow window(*db);
    window.show();

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
