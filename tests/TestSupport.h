#pragma once

#include <QByteArray>
#include <QString>

namespace vd::test {

/// Path of a file in ../shared (the read-only reference tree), e.g. "spec/examples/valid-full.json".
QString sharedPath(const QString &relative);
/// Path of a file in tests/data.
QString dataPath(const QString &relative);
/// The whole content of a file; fails the current test when it cannot be read.
QByteArray readFile(const QString &path);

} // namespace vd::test
