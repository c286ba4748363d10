// The Catch2 runner, in a file of its own because it is slow to compile and never changes.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

#include <cstdlib>

int main(int argc, char *argv[])
{
    // Without a display (CI, catch_discover_tests right after the build) a QApplication would
    // abort: fall back to the offscreen platform (PLATFORM-NOTES.md).
    if (!std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("VeteranDeskTests"));
    QApplication::setApplicationName(QStringLiteral("VeteranDeskTests"));
    return Catch::Session().run(argc, argv);
}
