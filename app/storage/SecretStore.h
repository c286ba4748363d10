#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

#include "Result.h"

namespace vd {

/// Where the store's data key lives outside the database: the operating system's keychain
/// (Secret Service on Linux, UOS and Kylin; Credential Manager on Windows) through QtKeychain, or a
/// stand-in for tests. One secret per name, binary-safe.
class SecretStore {
public:
    virtual ~SecretStore() = default;
    /// The secret stored under `name`; std::nullopt when there is none.
    /// Errors: keychain_unavailable (no keychain service, locked, access denied), with a Chinese message.
    virtual Result<std::optional<QByteArray>> read(const QString &name) = 0;
    /// Stores (or replaces) `secret` under `name`. Errors: keychain_unavailable.
    virtual Status write(const QString &name, const QByteArray &secret) = 0;
    /// Removes `name`; no error when it was not there. Errors: keychain_unavailable.
    virtual Status remove(const QString &name) = 0;
};

/// The operating system's keychain through QtKeychain (service name "VeteranDesk"). Each call
/// waits for QtKeychain's job in a local event loop (jobs are asynchronous); needs a
/// QCoreApplication. With no Secret Service (no D-Bus session, gnome-keyring not running or
/// locked) every call fails with keychain_unavailable — QtKeychain 0.13 has no availability
/// check, so probe() writes, reads back and deletes an entry (docs/PLATFORM-NOTES.md).
class KeychainSecretStore : public SecretStore {
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("VeteranDesk"));
    Result<std::optional<QByteArray>> read(const QString &name) override;
    Status write(const QString &name, const QByteArray &secret) override;
    Status remove(const QString &name) override;
    /// Ok when an entry can be written, read back unchanged and deleted. Errors: keychain_unavailable.
    Status probe();

private:
    QString m_service;
};

/// Secrets in memory, for tests and for a store opened with an administrator passphrase.
class MemorySecretStore : public SecretStore {
public:
    Result<std::optional<QByteArray>> read(const QString &name) override;
    Status write(const QString &name, const QByteArray &secret) override;
    Status remove(const QString &name) override;
    /// Makes every later call fail with keychain_unavailable (simulates a machine without a keychain).
    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }

private:
    QHash<QString, QByteArray> m_secrets;
    bool m_unavailable = false;
};

} // namespace vd
