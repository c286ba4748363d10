// The Keychain wrapper against a real Secret Service. The environment decides what to expect:
// VD_EXPECT_KEYCHAIN = ok (inside dbus-run-session with an unlocked gnome-keyring,
// run-with-keyring.sh), no_keychain (no D-Bus session at all), locked (a keyring whose login
// collection is locked or was never created). ctest registers one run per environment (tests/storage/CMakeLists.txt).
#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QUuid>

#include "Keychain.h"

#include <iostream>

using namespace vd;

namespace {
QString expected()
{
    return qEnvironmentVariable("VD_EXPECT_KEYCHAIN");
}
} // namespace

TEST_CASE("keychain: probe reports the state of the secret service", "[keychain]")
{
    if (expected().isEmpty()) {
        WARN("VD_EXPECT_KEYCHAIN not set: run through ctest (tests_keychain_*)");
        return;
    }
    QElapsedTimer t;
    t.start();
    const Keychain::ProbeResult r = Keychain(QStringLiteral("VeteranDeskTests"), 5000).probe();
    std::cout << "keychain probe: " << r.stateName().toStdString() << " in " << t.elapsed() << " ms: "
              << r.message.toStdString() << "\n";
    CHECK(r.stateName() == expected());
    CHECK_FALSE(r.message.isEmpty());
    CHECK_FALSE(r.message.contains(QLatin1Char('\n')));
    if (r.state != Keychain::State::Ok)
        CHECK(t.elapsed() < 20000);
}

TEST_CASE("keychain: secrets are written, read, replaced and deleted", "[keychain]")
{
    if (expected() != QLatin1String("ok"))
        return;
    const Keychain keychain(QStringLiteral("VeteranDeskTests"), 5000);
    const QString key = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Binary data with NUL bytes and non-ASCII survives.
    const QByteArray secret("\x00\x01\xff" "密钥", 9);
    REQUIRE(keychain.writeSecret(key, secret));
    const Result<QByteArray> read = keychain.readSecret(key);
    REQUIRE(read);
    CHECK(read.value() == secret);
    REQUIRE(keychain.writeSecret(key, QByteArray("second")));
    CHECK(keychain.readSecret(key).value() == QByteArray("second"));
    REQUIRE(keychain.deleteSecret(key));
    const Result<QByteArray> gone = keychain.readSecret(key);
    REQUIRE_FALSE(gone);
    CHECK(gone.error().code == QStringLiteral("keychain_not_found"));
    CHECK(keychain.deleteSecret(key)); // deleting a missing entry is fine
}

TEST_CASE("keychain: without a secret service every call fails with a clear code", "[keychain]")
{
    if (expected() != QLatin1String("no_keychain"))
        return;
    const Keychain keychain(QStringLiteral("VeteranDeskTests"), 5000);
    const Status w = keychain.writeSecret(QStringLiteral("k"), QByteArray("v"));
    REQUIRE_FALSE(w);
    CHECK(w.error().code == QStringLiteral("keychain_unavailable"));
    const Result<QByteArray> r = keychain.readSecret(QStringLiteral("k"));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == QStringLiteral("keychain_unavailable"));
}
