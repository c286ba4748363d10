#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "CodeTables.h"

namespace vd {

/// How values are written on the printed documents.
class PrintFormat {
public:
    /// A date as written in official documents: "2024年9月15日" (GB/T 9704-2012 clause 7.3.5.2:
    /// Arabic numerals, no leading zeros); "" for an invalid date.
    static QString date(const QDate &date);
    /// A count in Chinese numerals, e.g. 30 → "三十", 15 → "十五", 105 → "一百零五" (1–9999; other
    /// values as Arabic numerals). Used for validity periods (domain-facts.md §5.2).
    static QString chineseNumber(int value);
    /// The Chinese name of a code in a code table (CodeTables::nameOf); the code itself when the
    /// table does not have it, so that nothing typed is silently dropped; "" for no code.
    static QString codeName(const QList<CodeEntry> &table, const QString &code);
    /// A checkbox and its label: "☑label" when checked, "☐label" otherwise (Attachment 3).
    static QString checkbox(bool checked, const QString &label);
};

} // namespace vd
