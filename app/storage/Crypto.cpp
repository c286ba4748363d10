#include "Crypto.h"

#include <gcrypt.h>

#include <mutex>

#include "StorageError.h"

namespace vd::Crypto {
namespace {

constexpr char FormatVersion = 0x01;

Error failed(const QString &what, gcry_error_t err = 0)
{
    QString message = what;
    if (err != 0)
        message += QStringLiteral("（%1）").arg(QString::fromLatin1(gcry_strerror(err)));
    return StorageError::make(QStringLiteral("crypto_failed"), message);
}

Error corrupt()
{
    return StorageError::make(QStringLiteral("crypto_corrupt"),
                              QStringLiteral("加密数据无法解密：密钥不对，或数据已被改动"));
}

/// A gcry_cipher_hd_t that closes itself.
struct CipherHandle {
    gcry_cipher_hd_t handle = nullptr;
    ~CipherHandle()
    {
        if (handle)
            gcry_cipher_close(handle);
    }
};

gcry_error_t openGcm(const QByteArray &key, const QByteArray &nonce, const QByteArray &associatedData,
                     CipherHandle *h)
{
    gcry_error_t err = gcry_cipher_open(&h->handle, GCRY_CIPHER_SM4, GCRY_CIPHER_MODE_GCM, 0);
    if (!err)
        err = gcry_cipher_setkey(h->handle, key.constData(), size_t(key.size()));
    if (!err)
        err = gcry_cipher_setiv(h->handle, nonce.constData(), size_t(nonce.size()));
    if (!err)
        err = gcry_cipher_authenticate(h->handle, associatedData.constData(), size_t(associatedData.size()));
    return err;
}

} // namespace

Status initialise()
{
    static std::once_flag once;
    static bool usable = false;
    std::call_once(once, [] {
        // 1.9 is the first release with SM4 and SM3 in every build.
        if (!gcry_check_version("1.9.0"))
            return;
        if (!gcry_control(GCRYCTL_INITIALIZATION_FINISHED_P)) {
            gcry_control(GCRYCTL_DISABLE_SECMEM, 0);
            gcry_control(GCRYCTL_INITIALIZATION_FINISHED, 0);
        }
        usable = gcry_md_test_algo(GCRY_MD_SM3) == 0 && gcry_cipher_test_algo(GCRY_CIPHER_SM4) == 0;
    });
    if (!usable)
        return StorageError::make(QStringLiteral("crypto_unavailable"),
                                  QStringLiteral("密码库 libgcrypt 不可用或版本过旧（需要 1.9 以上，支持 SM3/SM4）"));
    return Status::success();
}

QByteArray sm3(const QByteArray &data)
{
    initialise();
    QByteArray out(int(gcry_md_get_algo_dlen(GCRY_MD_SM3)), '\0');
    gcry_md_hash_buffer(GCRY_MD_SM3, out.data(), data.constData(), size_t(data.size()));
    return out;
}

QString sm3Hex(const QByteArray &data)
{
    return QString::fromLatin1(sm3(data).toHex());
}

QByteArray hmacSm3(const QByteArray &key, const QByteArray &data)
{
    initialise();
    gcry_md_hd_t h = nullptr;
    if (gcry_md_open(&h, GCRY_MD_SM3, GCRY_MD_FLAG_HMAC) != 0)
        return {};
    QByteArray out;
    if (gcry_md_setkey(h, key.constData(), size_t(key.size())) == 0) {
        gcry_md_write(h, data.constData(), size_t(data.size()));
        const unsigned char *digest = gcry_md_read(h, GCRY_MD_SM3);
        if (digest)
            out = QByteArray(reinterpret_cast<const char *>(digest), int(gcry_md_get_algo_dlen(GCRY_MD_SM3)));
    }
    gcry_md_close(h);
    return out;
}

Result<QByteArray> pbkdf2Sm3(const QString &password, const QByteArray &salt, int iterations, int length)
{
    if (const Status s = initialise(); !s)
        return s.error();
    if (iterations < 1 || length < 1 || length > 1024 || salt.isEmpty())
        return failed(QStringLiteral("口令派生参数无效"));
    const QByteArray secret = password.toUtf8();
    QByteArray out(length, '\0');
    // An empty passphrase is passed as one byte of length 0: libgcrypt rejects a null pointer.
    const gcry_error_t err = gcry_kdf_derive(secret.isEmpty() ? "" : secret.constData(), size_t(secret.size()),
                                             GCRY_KDF_PBKDF2, GCRY_MD_SM3, salt.constData(), size_t(salt.size()),
                                             static_cast<unsigned long>(iterations), size_t(length), out.data());
    if (err)
        return failed(QStringLiteral("口令派生失败"), err);
    return out;
}

QByteArray randomBytes(int n)
{
    initialise();
    QByteArray out(n, '\0');
    gcry_randomize(out.data(), size_t(n), GCRY_STRONG_RANDOM);
    return out;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (int i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

Result<QByteArray> sm4GcmEncrypt(const QByteArray &key, const QByteArray &plaintext, const QByteArray &associatedData)
{
    if (const Status s = initialise(); !s)
        return s.error();
    if (key.size() != Sm4KeyBytes)
        return failed(QStringLiteral("数据密钥长度不对"));
    // A GCM nonce must never repeat under a key, not be secret: libgcrypt's nonce generator (its
    // documented use) instead of the strong pool, which gathers entropy on every call.
    QByteArray nonce(GcmNonceBytes, '\0');
    gcry_create_nonce(nonce.data(), size_t(nonce.size()));
    CipherHandle h;
    gcry_error_t err = openGcm(key, nonce, associatedData, &h);
    QByteArray body(plaintext.size(), '\0');
    if (!err && !plaintext.isEmpty())
        err = gcry_cipher_encrypt(h.handle, body.data(), size_t(body.size()), plaintext.constData(),
                                  size_t(plaintext.size()));
    else if (!err)
        err = gcry_cipher_final(h.handle);
    QByteArray tag(GcmTagBytes, '\0');
    if (!err)
        err = gcry_cipher_gettag(h.handle, tag.data(), size_t(tag.size()));
    if (err)
        return failed(QStringLiteral("加密失败"), err);
    return QByteArray(1, FormatVersion) + nonce + body + tag;
}

Result<QByteArray> sm4GcmDecrypt(const QByteArray &key, const QByteArray &sealed, const QByteArray &associatedData)
{
    if (const Status s = initialise(); !s)
        return s.error();
    if (key.size() != Sm4KeyBytes)
        return failed(QStringLiteral("数据密钥长度不对"));
    if (sealed.size() < 1 + GcmNonceBytes + GcmTagBytes || sealed.at(0) != FormatVersion)
        return corrupt();
    const QByteArray nonce = sealed.mid(1, GcmNonceBytes);
    const QByteArray body = sealed.mid(1 + GcmNonceBytes, sealed.size() - 1 - GcmNonceBytes - GcmTagBytes);
    const QByteArray tag = sealed.right(GcmTagBytes);
    CipherHandle h;
    gcry_error_t err = openGcm(key, nonce, associatedData, &h);
    QByteArray plain(body.size(), '\0');
    if (!err && !body.isEmpty())
        err = gcry_cipher_decrypt(h.handle, plain.data(), size_t(plain.size()), body.constData(), size_t(body.size()));
    else if (!err)
        err = gcry_cipher_final(h.handle);
    if (err)
        return failed(QStringLiteral("解密失败"), err);
    if (gcry_cipher_checktag(h.handle, tag.constData(), size_t(tag.size())) != 0)
        return corrupt();
    return plain;
}

Result<QByteArray> sm4EncryptBlock(const QByteArray &key, const QByteArray &block)
{
    if (const Status s = initialise(); !s)
        return s.error();
    if (key.size() != Sm4KeyBytes || block.size() != 16)
        return failed(QStringLiteral("SM4 分组或密钥长度不对"));
    CipherHandle h;
    gcry_error_t err = gcry_cipher_open(&h.handle, GCRY_CIPHER_SM4, GCRY_CIPHER_MODE_ECB, 0);
    if (!err)
        err = gcry_cipher_setkey(h.handle, key.constData(), size_t(key.size()));
    QByteArray out(16, '\0');
    if (!err)
        err = gcry_cipher_encrypt(h.handle, out.data(), 16, block.constData(), 16);
    if (err)
        return failed(QStringLiteral("加密失败"), err);
    return out;
}

} // namespace vd::Crypto
