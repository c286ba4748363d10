#pragma once

#include <QDate>
#include <QString>

#include "Case.h"

namespace vd::test {

/// An obviously fake citizen ID number (GB 11643) that still passes every check: `region` (six
/// digits), `birth`, a three-digit `sequence` (odd = male; use 9xx so it stands out) and the
/// correct ISO 7064 MOD 11-2 check character, computed here independently of the domain code.
QString fakeIdNumber(const QString &region, const QDate &birth, int sequence);
/// A case from ../shared/spec/examples/NAME, read and normalised; fails the test on read errors.
Case loadExample(const QString &name);
/// `c` with another applicant name and ID number, put everywhere the form repeats the applicant's
/// name (subsidy account holder, delivery contact), with birth date and sex taken from the number.
Case withApplicant(Case c, const QString &name, const QString &idNumber);
/// `c` with every material it needs from the applicant received as an original (the acceptance rule
/// of issue 4 then accepts it).
Case withAllMaterialsReceived(Case c);

} // namespace vd::test
