#pragma once

#include "Case.h"
#include "Finding.h"

#include <QString>

namespace vd::test {

/// A case from ../shared/spec/examples/NAME, read and normalised; fails the test on read errors.
Case exampleCase(const QString &name);
/// The day the examples were written against: after every date in them.
QDate exampleToday();
/// The codes of the findings for `field` (exact path).
QStringList codesAt(const Findings &findings, const QString &field);
/// All "field code" pairs, for readable failure messages.
QString describe(const Findings &findings);

} // namespace vd::test
