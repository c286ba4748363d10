#include "TestSupport.h"

#include <QFile>

#include <catch2/catch.hpp>

namespace vd::test {

QString sharedPath(const QString &relative)
{
    return QStringLiteral(VD_SHARED_DIR "/") + relative;
}

QString dataPath(const QString &relative)
{
    return QStringLiteral(VD_TEST_DATA_DIR "/") + relative;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    INFO("reading " << path.toStdString());
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace vd::test
