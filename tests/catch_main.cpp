// The Catch2 runner, in a file of its own because it is slow to compile and never changes.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

#include "Database.h"
#include "SecretStore.h"

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
    // Stores opened in the test process keep their data keys in memory, except inside an unlocked
    // keyring session (storage/run-with-keyring.sh, the tests that start the programs): there the
    // test and the programs it starts share keys through the real keychain, as GUI and CLI do.
    static vd::MemorySecretStore memory;
    static vd::KeychainSecretStore keychain;
    const bool keyring = qEnvironmentVariable("VD_KEYRING_MODE") == QLatin1String("unlocked");
    vd::Database::setDefaultKeyAccess({keyring ? static_cast<vd::SecretStore *>(&keychain) : &memory, QString(), false});
    return Catch::Session().run(argc, argv);
}
