#include "Sm3.h"

#include <gcrypt.h>

#include <mutex>

namespace vd {

void Sm3::initialiseLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Another part of the program (e.g. SM4 encryption) may have initialised it already: then
        // the library is left as it is.
        if (gcry_control(GCRYCTL_INITIALIZATION_FINISHED_P))
            return;
        if (!gcry_check_version(GCRYPT_VERSION))
            qFatal("libgcrypt is older than the version this program was built with (%s)", GCRYPT_VERSION);
        gcry_control(GCRYCTL_DISABLE_SECMEM, 0);
        gcry_control(GCRYCTL_INITIALIZATION_FINISHED, 0);
    });
}

QByteArray Sm3::digest(const QByteArray &bytes)
{
    initialiseLibrary();
    QByteArray out(static_cast<int>(gcry_md_get_algo_dlen(GCRY_MD_SM3)), '\0');
    gcry_md_hash_buffer(GCRY_MD_SM3, out.data(), bytes.constData(), static_cast<size_t>(bytes.size()));
    return out;
}

QString Sm3::hex(const QByteArray &bytes)
{
    return QString::fromLatin1(digest(bytes).toHex());
}

} // namespace vd
