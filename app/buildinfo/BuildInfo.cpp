#include "BuildInfo.h"

#include <QFile>

#include "BuildInfoValues.h"

namespace vd::BuildInfo {

QString version()
{
    return QStringLiteral(VD_BUILD_VERSION);
}

QString commit()
{
    return QStringLiteral(VD_BUILD_COMMIT);
}

QString buildDate()
{
    return QStringLiteral(VD_BUILD_DATE);
}

QString licence()
{
    // The owner has not chosen a licence yet (docs/packaging.md): say so rather than guess.
    return QStringLiteral("版权所有，保留一切权利；项目尚未选定开源许可证。第三方组件按各自许可证使用（见第三方声明）。");
}

QString thirdPartyNotices()
{
    QFile file(QStringLiteral(":/about/THIRD-PARTY-NOTICES.md"));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

QString versionText(const QString &program)
{
    const QString build = commit().isEmpty() ? QStringLiteral("构建：%1").arg(buildDate())
                                             : QStringLiteral("构建：%1，提交 %2").arg(buildDate(), commit());
#ifdef Q_OS_WIN
    const QString notices = QStringLiteral("安装目录下的 THIRD-PARTY-NOTICES.md");
#else
    const QString notices = QStringLiteral("/usr/share/doc/veteran-desk/THIRD-PARTY-NOTICES.md");
#endif
    return QStringLiteral("%1 %2\n%3\n许可：%4\n第三方声明：%5\n").arg(program, version(), build, licence(), notices);
}

} // namespace vd::BuildInfo
