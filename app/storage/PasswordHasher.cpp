#include "PasswordHasher.h"

#include "Crypto.h"

namespace vd {

// The primitives are Crypto's (one libgcrypt initialisation, one PBKDF2, one comparison).

void PasswordHasher::ensureInitialised()
{
    Crypto::initialise();
}

QByteArray PasswordHasher::randomSalt()
{
    return Crypto::randomBytes(SaltLength);
}

Result<QByteArray> PasswordHasher::derive(const QString &password, const QByteArray &salt, int iterations)
{
    const Result<QByteArray> key = Crypto::pbkdf2Sm3(password, salt, iterations, KeyLength);
    if (!key)
        return Error{QStringLiteral("crypto_failed"), QStringLiteral("计算密码散列失败（%1）。").arg(key.error().message)};
    return key;
}

bool PasswordHasher::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    return Crypto::constantTimeEquals(a, b);
}

} // namespace vd
