#pragma once

#include <QList>
#include <QString>

#include "CodeTables.h"

class QComboBox;

/// Combo boxes over a code table (vd::CodeTables): each entry shows the Chinese name and carries
/// the standard's code as its data; the first entry is empty ("not filled").
class CodeCombo {
public:
    /// Fills `combo` from `table`. An `editable` combo gets a completer that filters the names by
    /// substring as the clerk types (民族, 与户主关系, counties …).
    static void fill(QComboBox *combo, const QList<vd::CodeEntry> &table, bool editable);
    /// The chosen code: "" when nothing is chosen; for typed text, the code of the entry whose name
    /// or code it equals, else the text itself (so that validation reports it rather than losing it).
    static QString code(const QComboBox *combo);
    /// Selects the entry of `code`; a code not in the table is added as an entry of its own so that
    /// a stored value is always shown as it is.
    static void setCode(QComboBox *combo, const QString &code);
};
