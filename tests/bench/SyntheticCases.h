#pragma once

#include <QDate>
#include <QString>

#include "Case.h"

namespace vd::bench {

/// Synthetic cases for the benchmarks (issue 9): obviously fake, deterministic, valid.
///
/// Case `i` (0 ≤ i < 1,048,576) has the name 测试 + four characters of a 32-character alphabet
/// spelling `i` (names may not contain digits, Validator `name_has_digits`), an address 某某路N号,
/// an ID number whose 17-character body encodes `i` with the check character computed
/// (GB 11643-1999 clause 6.2, CitizenIdNumber::checkCharacter), and one of three item sets
/// (full with pension and medical schemes; minimal; full without the medical items and scheme),
/// each with the blocks its items require — every case passes Validator::validate without errors
/// on or after `today()`.
namespace SyntheticCases {

/// The largest number of distinct cases (names and ID numbers stay unique below it).
constexpr int Capacity = 32 * 32 * 32 * 32;
/// The day the cases are valid on (after every date in them).
QDate today();
/// The fake name of case `i`: 测试 + four alphabet characters.
QString name(int i);
/// The fake ID number of case `i` (18 characters, valid check character).
QString idNumber(int i);
/// Case `i`, normalised (0 ≤ i < Capacity).
Case make(int i);

} // namespace SyntheticCases
} // namespace vd::bench
