#include "Keychain.h"

#include <QEventLoop>
#include <QTimer>
#include <QUuid>

#include <qt6keychain/keychain.h>

namespace vd {
namespace {

const QString Unavailable = QStringLiteral("keychain_unavailable");
const QString Locked = QStringLiteral("keychain_locked");
const QString NotFound = QStringLiteral("keychain_not_found");
const QString Failed = QStringLiteral("keychain_failed");

/// What a finished (or abandoned) job reported.
struct JobOutcome {
    QKeychain::Error error = QKeychain::OtherError;
    QString text;           ///< QtKeychain's errorString()
    QByteArray data;        ///< ReadPasswordJob's binaryData()
    bool timedOut = false;
};

/// Runs `job` to its end or for `timeoutMs`. A job that does not finish in time is left to delete
/// itself when it finally ends (QtKeychain has no cancel).
JobOutcome run(QKeychain::Job *job, int timeoutMs)
{
    job->setAutoDelete(false);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    job->start();
    timer.start(timeoutMs);
    if (!finished)
        loop.exec();
    JobOutcome out;
    if (!finished) {
        QObject::disconnect(job, nullptr, &loop, nullptr);
        job->setAutoDelete(true);
        out.timedOut = true;
        return out;
    }
    out.error = job->error();
    out.text = job->errorString();
    if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
        out.data = read->binaryData();
    delete job;
    return out;
}

/// True when QtKeychain's text says that no Secret Service could be reached: it reports that as
/// OtherError more often than as NoBackendAvailable (PLATFORM-NOTES.md).
bool meansNoService(const QString &text)
{
    static const char *const markers[] = {"D-Bus", "DBus", "dbus", "org.freedesktop.secrets", "autolaunch",
                                          "ServiceUnknown", "No such interface", "not provided",
                                          "address is empty", "Could not connect"};
    for (const char *m : markers) {
        if (text.contains(QLatin1String(m)))
            return true;
    }
    return false;
}

/// The project's error for a failed job.
Error toError(const JobOutcome &o, const QString &what)
{
    if (o.timedOut) {
        return Error{Locked, QStringLiteral("%1失败：系统钥匙串没有响应（可能已锁定，正在等待解锁）。").arg(what)};
    }
    const QString detail = o.text.isEmpty() ? QString() : QStringLiteral("（%1）").arg(o.text);
    switch (o.error) {
    case QKeychain::EntryNotFound:
        return Error{NotFound, QStringLiteral("%1失败：钥匙串中没有该条目。").arg(what)};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error{Locked, QStringLiteral("%1失败：系统钥匙串已锁定或拒绝访问%2。").arg(what, detail)};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error{Unavailable, QStringLiteral("%1失败：没有可用的系统钥匙串%2。").arg(what, detail)};
    default:
        break;
    }
    if (meansNoService(o.text))
        return Error{Unavailable, QStringLiteral("%1失败：没有可用的系统钥匙串%2。").arg(what, detail)};
    if (o.text.contains(QLatin1String("lock"), Qt::CaseInsensitive))
        return Error{Locked, QStringLiteral("%1失败：系统钥匙串已锁定%2。").arg(what, detail)};
    // gnome-keyring without a login keyring (never created: nobody logged into a desktop session).
    if (o.text.contains(QLatin1String("/collection/")) && o.text.contains(QLatin1String("not exist")))
        return Error{Locked, QStringLiteral("%1失败：“登录”钥匙串尚未创建%2。").arg(what, detail)};
    return Error{Failed, QStringLiteral("%1失败%2。").arg(what, detail)};
}

} // namespace

QString Keychain::ProbeResult::stateName() const
{
    switch (state) {
    case State::Ok:
        return QStringLiteral("ok");
    case State::NoKeychain:
        return QStringLiteral("no_keychain");
    case State::Locked:
        return QStringLiteral("locked");
    case State::Failed:
        break;
    }
    return QStringLiteral("failed");
}

Keychain::Keychain(QString service, int timeoutMs) : m_service(std::move(service)), m_timeoutMs(timeoutMs) {}

Status Keychain::writeSecret(const QString &key, const QByteArray &secret) const
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setBinaryData(secret);
    const JobOutcome o = run(job, m_timeoutMs);
    if (!o.timedOut && o.error == QKeychain::NoError)
        return Status::success();
    return toError(o, QStringLiteral("写入钥匙串"));
}

Result<QByteArray> Keychain::readSecret(const QString &key) const
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    const JobOutcome o = run(job, m_timeoutMs);
    if (!o.timedOut && o.error == QKeychain::NoError)
        return o.data;
    return toError(o, QStringLiteral("读取钥匙串"));
}

Status Keychain::deleteSecret(const QString &key) const
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    const JobOutcome o = run(job, m_timeoutMs);
    if (!o.timedOut && (o.error == QKeychain::NoError || o.error == QKeychain::EntryNotFound))
        return Status::success();
    return toError(o, QStringLiteral("删除钥匙串条目"));
}

Keychain::ProbeResult Keychain::probe() const
{
    const QString key = QStringLiteral("probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray value = QUuid::createUuid().toRfc4122().toHex();

    const auto fromError = [](const Error &e) {
        ProbeResult r;
        if (e.code == Unavailable) {
            r.state = State::NoKeychain;
            r.message = QStringLiteral("未找到系统钥匙串。本机需要 Secret Service 服务（如 gnome-keyring，"
                                       "Windows 为凭据管理器），请在桌面会话中安装并启动它，然后重新检查。%1")
                            .arg(e.message);
        } else if (e.code == Locked) {
            r.state = State::Locked;
            r.message = QStringLiteral("系统钥匙串已锁定、尚未创建或拒绝访问。请在桌面会话中登录，使“登录”钥匙串"
                                       "被创建并解锁（通常登录时自动完成），允许本程序访问，然后重新检查。%1")
                            .arg(e.message);
        } else {
            r.state = State::Failed;
            r.message = QStringLiteral("系统钥匙串检查失败。%1").arg(e.message);
        }
        return r;
    };

    if (Status s = writeSecret(key, value); !s)
        return fromError(s.error());
    const Result<QByteArray> read = readSecret(key);
    const Status removed = deleteSecret(key);
    if (!read)
        return fromError(read.error());
    if (read.value() != value) {
        ProbeResult r;
        r.state = State::Failed;
        r.message = QStringLiteral("系统钥匙串检查失败：读回的测试条目与写入的不同。");
        return r;
    }
    if (!removed)
        return fromError(removed.error());
    ProbeResult r;
    r.state = State::Ok;
    r.message = QStringLiteral("系统钥匙串可用：测试条目已写入、读回并删除。");
    return r;
}

} // namespace vd
