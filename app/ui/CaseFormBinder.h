#pragma once

#include <QList>
#include <QString>

#include "Case.h"
#include "Finding.h"

class QWidget;

/// Converts between the editor's widgets and a vd::Case. Every field of spec/case-format.md has a
/// widget whose objectName is the field's JSON key (`name`, `birth_date`, `householder_name` …);
/// items are the checkboxes `item_<item id>`. Text fields are QLineEdit (dates typed as in
/// DateInput), code fields QComboBox (CodeCombo). Holds no rules: fields of a disabled section
/// (e.g. 户口登记 while hukou_registration is not chosen) are simply not read.
class CaseFormBinder {
public:
    /// `form` is the widget that contains every field widget (the editor dialog).
    explicit CaseFormBinder(QWidget *form);

    /// The case as typed (not normalised). Dates that are typed but no date are left empty and
    /// reported in `inputFindings` (code invalid_date, at the field's JSON path).
    vd::Case read(vd::Findings *inputFindings = nullptr) const;
    /// Shows `c` in the widgets.
    void write(const vd::Case &c);
    /// Shows the value of one text or date field from `c` (e.g. its normalised form) in `widget`,
    /// if `widget` is a field widget of an enabled section; returns whether it did.
    bool writeField(QWidget *widget, const vd::Case &c);

    /// The widget that shows `path` ("applicant.id_number", "items[2]", "hukou"): the widget named
    /// after the last path segment that names one; nullptr when none.
    QWidget *widgetForPath(const QString &path) const;
    /// Every field widget (text, date and code fields), in the form's order.
    QList<QWidget *> fieldWidgets() const;
    /// The nine item checkboxes, in the plan's order.
    QList<QWidget *> itemWidgets() const;

private:
    bool isRead(const QWidget *w) const;

    QWidget *m_form;
};
