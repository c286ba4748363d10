#pragma once

#include <QString>

namespace vd::BuildInfo {

/// The project's version (top-level CMakeLists.txt, project(VERSION)), e.g. "0.1.0".
QString version();
/// The git commit the build was configured from (12 hex digits, "-modified" when the work tree had
/// changes); "" when the sources were not a git checkout.
QString commit();
/// The date CMake configured the build (UTC, YYYY-MM-DD; SOURCE_DATE_EPOCH when set).
QString buildDate();
/// The licence of Veteran Desk itself, one Chinese sentence (docs/packaging.md, "Licence").
QString licence();
/// The third-party notices (THIRD-PARTY-NOTICES.md, embedded): libraries, fonts, data sources.
QString thirdPartyNotices();
/// The lines `--version` prints for `program` ("veteran-desk-cli"): first `program VERSION`, then
/// build, licence and where the notices are.
QString versionText(const QString &program);

} // namespace vd::BuildInfo
