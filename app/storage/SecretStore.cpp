#include "SecretStore.h"

#include "StorageError.h"

namespace vd {

KeychainSecretStore::KeychainSecretStore(QString service) : m_keychain(std::move(service)) {}

Result<std::optional<QByteArray>> KeychainSecretStore::read(const QString &name)
{
    const Result<QByteArray> secret = m_keychain.readSecret(name);
    if (secret)
        return std::optional<QByteArray>(secret.value());
    if (secret.error().code == QLatin1String("keychain_not_found"))
        return std::optional<QByteArray>();
    return secret.error();
}

Status KeychainSecretStore::write(const QString &name, const QByteArray &secret)
{
    return m_keychain.writeSecret(name, secret);
}

Status KeychainSecretStore::remove(const QString &name)
{
    return m_keychain.deleteSecret(name);
}

namespace {
Error unavailable()
{
    return StorageError::make(QStringLiteral("keychain_unavailable"),
                              QStringLiteral("无法使用系统钥匙串（测试：无钥匙串）。可由管理员改用管理员口令保护数据密钥"));
}
} // namespace

Result<std::optional<QByteArray>> MemorySecretStore::read(const QString &name)
{
    if (m_unavailable)
        return unavailable();
    const auto it = m_secrets.constFind(name);
    if (it == m_secrets.constEnd())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(*it);
}

Status MemorySecretStore::write(const QString &name, const QByteArray &secret)
{
    if (m_unavailable)
        return unavailable();
    m_secrets.insert(name, secret);
    return Status::success();
}

Status MemorySecretStore::remove(const QString &name)
{
    if (m_unavailable)
        return unavailable();
    m_secrets.remove(name);
    return Status::success();
}

} // namespace vd
