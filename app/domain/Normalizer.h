#pragma once

#include <QString>

#include "Case.h"
#include "Finding.h"

namespace vd {

/// Normalisation of typed and pasted text (spec/case-format.md, "Normalisation"). Applied the
/// same way on entry, import, search and duplicate checks, so that equal people compare equal.
namespace Normalizer {

/// Any text field: NFC; compatibility ideographs U+F900–U+FAFF to their unified form; full-width
/// ASCII (U+FF01–U+FF5E) and the ideographic space to half-width; Unicode Cf characters (zero-width
/// space/joiner, BOM, bidi marks) removed; tabs and line breaks to spaces, other control characters
/// (Cc) removed; surrounding white space trimmed.
QString text(const QString &s);
/// A person's name: text(), then middle-dot look-alikes (・ • ． ‧ ･ and the like) to U+00B7.
QString name(const QString &s);
/// A citizen ID number: text(), inner spaces removed, a trailing lower-case x to X.
/// A 15-digit legacy number is left as typed here (CitizenIdNumber converts it).
QString idNumber(const QString &s);
/// A phone number: text(), spaces, dashes and brackets removed; a +86 / 0086 prefix on a mobile
/// number removed (+86 138 0000 0000 → 13800000000). A landline keeps its digits only (0791…).
QString phone(const QString &s);
/// A card or account number: text(), spaces and dashes removed.
QString digits(const QString &s);

/// Normalises every field of a case in place. Returns warnings about what changed in meaning
/// (a 15-digit ID number converted to 18: code id_number_converted_from_15).
Findings normalize(Case &c);

} // namespace Normalizer
} // namespace vd
