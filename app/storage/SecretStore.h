#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

#include "Keychain.h"
#include "Result.h"

namespace vd {

/// Where the store's data key lives outside the database: the operating system's keychain
/// (Secret Service on Linux, UOS and Kylin; Credential Manager on Windows) through QtKeychain, or a
/// stand-in for tests. One secret per name, binary-safe.
class SecretStore {
public:
    virtual ~SecretStore() = default;
    /// The secret stored under `name`; std::nullopt when there is none.
    /// Errors: keychain_unavailable (no keychain service), keychain_locked, keychain_failed, with a
    /// Chinese message.
    virtual Result<std::optional<QByteArray>> read(const QString &name) = 0;
    /// Stores (or replaces) `secret` under `name`. Errors: keychain_unavailable.
    virtual Status write(const QString &name, const QByteArray &secret) = 0;
    /// Removes `name`; no error when it was not there. Errors: keychain_unavailable.
    virtual Status remove(const QString &name) = 0;
};

/// The operating system's keychain (the program's one wrapper, Keychain: Secret Service on Linux,
/// UOS and Kylin; Credential Manager on Windows) as a SecretStore. Needs a QCoreApplication.
/// Errors of its calls: Keychain's keychain_unavailable, keychain_locked, keychain_failed.
class KeychainSecretStore : public SecretStore {
public:
    explicit KeychainSecretStore(QString service = Keychain::defaultService());
    Result<std::optional<QByteArray>> read(const QString &name) override;
    Status write(const QString &name, const QByteArray &secret) override;
    Status remove(const QString &name) override;

private:
    Keychain m_keychain;
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
