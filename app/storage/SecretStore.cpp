#include "SecretStore.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include "StorageError.h"

namespace vd {
namespace {

/// Keychain operations that hang (a Secret Service prompting on a locked collection with no one
/// to answer) give up after this many milliseconds.
constexpr int KeychainTimeoutMs = 15000;

Error unavailable(const QString &detail)
{
    // QtKeychain's own text says which service failed; it never contains the secret.
    return StorageError::make(QStringLiteral("keychain_unavailable"),
                              QStringLiteral("无法使用系统钥匙串（%1）。请确认已登录桌面且钥匙串已解锁，"
                                             "或由管理员改用管理员口令保护数据密钥")
                                  .arg(detail));
}

/// Starts `job` and waits for it; false on timeout.
bool runJob(QKeychain::Job *job)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(KeychainTimeoutMs, &loop, &QEventLoop::quit);
    job->setAutoDelete(false);
    job->start();
    if (!finished)
        loop.exec();
    return finished;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service) : m_service(std::move(service)) {}

Result<std::optional<QByteArray>> KeychainSecretStore::read(const QString &name)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(name);
    if (!runJob(&job))
        return unavailable(QStringLiteral("等待钥匙串超时"));
    if (job.error() == QKeychain::EntryNotFound)
        return std::optional<QByteArray>();
    if (job.error() != QKeychain::NoError)
        return unavailable(job.errorString());
    return std::optional<QByteArray>(job.binaryData());
}

Status KeychainSecretStore::write(const QString &name, const QByteArray &secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(name);
    job.setBinaryData(secret);
    if (!runJob(&job))
        return unavailable(QStringLiteral("等待钥匙串超时"));
    if (job.error() != QKeychain::NoError)
        return unavailable(job.errorString());
    return Status::success();
}

Status KeychainSecretStore::remove(const QString &name)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(name);
    if (!runJob(&job))
        return unavailable(QStringLiteral("等待钥匙串超时"));
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return unavailable(job.errorString());
    return Status::success();
}

Status KeychainSecretStore::probe()
{
    const QString name = QStringLiteral("probe");
    const QByteArray value = QByteArrayLiteral("veteran-desk-keychain-probe");
    if (const Status s = write(name, value); !s)
        return s;
    const auto back = read(name);
    if (!back)
        return back.error();
    const Status removed = remove(name);
    if (!back.value() || *back.value() != value)
        return unavailable(QStringLiteral("写入后读回的内容不一致"));
    return removed;
}

Result<std::optional<QByteArray>> MemorySecretStore::read(const QString &name)
{
    if (m_unavailable)
        return unavailable(QStringLiteral("测试：无钥匙串"));
    const auto it = m_secrets.constFind(name);
    if (it == m_secrets.constEnd())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(*it);
}

Status MemorySecretStore::write(const QString &name, const QByteArray &secret)
{
    if (m_unavailable)
        return unavailable(QStringLiteral("测试：无钥匙串"));
    m_secrets.insert(name, secret);
    return Status::success();
}

Status MemorySecretStore::remove(const QString &name)
{
    if (m_unavailable)
        return unavailable(QStringLiteral("测试：无钥匙串"));
    m_secrets.remove(name);
    return Status::success();
}

} // namespace vd
