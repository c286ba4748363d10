#include "PasswordHasher.h"

#include <gcrypt.h>

#include <mutex>

namespace vd {

void PasswordHasher::ensureInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (!gcry_control(GCRYCTL_INITIALIZATION_FINISHED_P)) {
            gcry_check_version(nullptr);
            gcry_control(GCRYCTL_INITIALIZATION_FINISHED, 0);
        }
    });
}

QByteArray PasswordHasher::randomSalt()
{
    ensureInitialised();
    QByteArray salt(SaltLength, '\0');
    gcry_randomize(salt.data(), static_cast<size_t>(salt.size()), GCRY_STRONG_RANDOM);
    return salt;
}

Result<QByteArray> PasswordHasher::derive(const QString &password, const QByteArray &salt, int iterations)
{
    ensureInitialised();
    if (iterations < 1 || salt.isEmpty())
        return Error{QStringLiteral("crypto_failed"), QStringLiteral("内部错误：密码散列参数无效。")};
    const QByteArray secret = password.toUtf8();
    QByteArray key(KeyLength, '\0');
    const gcry_error_t err = gcry_kdf_derive(secret.constData(), static_cast<size_t>(secret.size()), GCRY_KDF_PBKDF2,
                                             GCRY_MD_SM3, salt.constData(), static_cast<size_t>(salt.size()),
                                             static_cast<unsigned long>(iterations), static_cast<size_t>(key.size()),
                                             key.data());
    if (err) {
        return Error{QStringLiteral("crypto_failed"),
                     QStringLiteral("计算密码散列失败（libgcrypt：%1）。").arg(QString::fromUtf8(gcry_strerror(err)))};
    }
    return key;
}

bool PasswordHasher::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (int i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace vd
