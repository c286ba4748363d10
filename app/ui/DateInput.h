#pragma once

#include <QDate>
#include <QString>

class QLineEdit;

/// Dates typed into QLineEdit fields, the way clerks type them: 2024-09-15, 20240915, 2024.9.15,
/// 2024/9/15 or 2024年9月15日, with full-width digits too. The field shows the ISO form
/// (YYYY-MM-DD, spec/case-format.md) once the clerk leaves it.
class DateInput {
public:
    /// The date in `text`; an invalid QDate when the text is empty or no real calendar date.
    static QDate parse(const QString &text);
    /// Makes `edit` a date field: a placeholder, and the ISO text after editingFinished when the
    /// typed text is a date (text that is no date is left as typed for the clerk to correct).
    static void attach(QLineEdit *edit);
};
