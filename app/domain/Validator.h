#pragma once

#include <QDate>

#include "Case.h"
#include "Finding.h"

namespace vd {

/// Validation of a normalised case (spec/case-format.md, "Findings"; every code is listed in
/// docs/findings.md). Returns every finding at once, never only the first.
namespace Validator {

/// All findings for `c`. `today` is the date against which "in the future" is judged.
Findings validate(const Case &c, const QDate &today = QDate::currentDate());

} // namespace Validator
} // namespace vd
