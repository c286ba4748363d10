// veteran-desk-cli: the command-line program (spec/cli.md). Parses the command line, creates the
// application object the command needs and hands over to CliApp.
#include <QCoreApplication>
#include <QGuiApplication>
#include <QStringList>

#include <memory>

#include "cli/CliApp.h"
#include "cli/CliCommandLine.h"
#include "cli/CliOutput.h"
#include "Crypto.h"

int main(int argc, char *argv[])
{
    vd::Crypto::initialise(); // libgcrypt wants gcry_check_version before any other use
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const vd::cli::CliCommandLine commandLine = vd::cli::CliCommandLine::parse(arguments);
    vd::cli::CliOutput::installQtMessageHandler();

    // Only `print` draws (fonts, QPdfWriter) and needs a QGuiApplication; without a display it runs
    // on the offscreen platform. Every other command works on a bare server with QCoreApplication,
    // even where DISPLAY points at no reachable X server.
    std::unique_ptr<QCoreApplication> app;
    if (commandLine.needsGui()) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The same names as the GUI, so that both find the same store (Database::defaultPath()).
    QCoreApplication::setOrganizationName(QStringLiteral("VeteranDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("VeteranDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VD_VERSION));

    vd::cli::CliOutput out;
    return vd::cli::CliApp(out).run(commandLine);
}
