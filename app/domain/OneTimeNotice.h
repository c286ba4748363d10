#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "Case.h"

namespace vd {

/// The content of a one-time notice (一次性告知书, 《中华人民共和国行政许可法》第三十二条: everything
/// the applicant must still bring or correct, told at once): every outstanding material of the
/// acceptance rule (MaterialsAssessment) and every form error (Validator), each with the reason and,
/// for a material, where to obtain it. Pure; printed by printing/OneTimeNoticeDocument and recorded
/// with the case (NoticeRepository) as toJson().
struct OneTimeNotice {
    struct MaterialEntry {
        QString id;          ///< material id
        QString name;        ///< Chinese name (Attachment 4)
        bool key = false;    ///< a key material (cannot be accepted with deficiency)
        QString reason;      ///< Chinese, e.g. 要件未提交，补齐后方可受理
        QString obtainFrom;  ///< where to obtain it (materials.json `obtain_from`)
        QDate supplementBy;  ///< promised date under 容缺受理; invalid when none
    };
    struct Problem {
        QString field;   ///< JSON path of the finding
        QString code;    ///< finding code (docs/findings.md)
        QString message; ///< Chinese, starting with the field's label
    };

    QList<MaterialEntry> materials; ///< in Attachment 4's order
    QList<Problem> problems;        ///< Validator errors, in the validator's order
    QDate date;                     ///< the day the notice is made

    /// Builds the notice for `c` (normalised) on `today`.
    static OneTimeNotice build(const Case &c, const QDate &today = QDate::currentDate());
    /// True when there is nothing to tell (no outstanding material, no form error): no notice then.
    bool isEmpty() const { return materials.isEmpty() && problems.isEmpty(); }
    /// {"date": "YYYY-MM-DD", "materials": [{"material", "name", "key", "reason", "obtain_from",
    /// "supplement_by"?}], "problems": [{"field", "code", "message"}]} — the record kept with the case.
    QJsonObject toJson() const;
};

} // namespace vd
