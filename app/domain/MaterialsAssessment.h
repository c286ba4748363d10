#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "Case.h"
#include "Finding.h"
#include "MaterialsChecklist.h"

namespace vd {

/// One material the case needs (MaterialsChecklist) with what the window recorded for it.
struct MaterialState {
    RequiredMaterial material;
    /// The case's entry for this material; status "" when the case has no entry (= missing).
    MaterialReceipt receipt;

    /// original, copy and waived count as received; missing or no entry does not. In-process
    /// materials are never outstanding (they are produced inside the joint process).
    bool received() const;
    bool isOutstanding() const;
};

/// Whether a case can be accepted given the materials received (issue 4, Attachment 4, the plan's
/// 容缺受理): the decision of the acceptance rule, with findings naming each material for the
/// editor, the CLI `add` and the one-time notice. Pure: the caller passes today's date.
class MaterialsAssessment {
public:
    enum class Acceptance {
        Complete,       ///< nothing outstanding
        WithDeficiency, ///< 容缺受理: only non-key materials outstanding, each with a promised date ≥ today
        Refused,        ///< a key material outstanding, or an outstanding one without a valid promised date
    };

    /// Assesses `c` (normalised) on `today`. Findings (field `materials.<id>`, docs/findings.md):
    /// key_material_missing (error), supplement_date_required (error), supplement_date_past (error),
    /// material_deficient (warning: accepted with deficiency, names the promised date).
    static MaterialsAssessment assess(const Case &c, const QDate &today = QDate::currentDate());

    /// Every material the case needs, in Attachment 4's order, with its receipt.
    const QList<MaterialState> &materials() const { return m_materials; }
    /// The materials still outstanding (required by the applicant, not received), in order.
    QList<MaterialState> outstanding() const;
    Acceptance acceptance() const { return m_acceptance; }
    bool canAccept() const { return m_acceptance != Acceptance::Refused; }
    /// Findings as described at assess(); empty when complete.
    const Findings &findings() const { return m_findings; }

    /// The field path of the findings about material `id`: "materials.<id>".
    static QString fieldFor(const QString &materialId);
    /// The Chinese label of a receipt status: 原件, 复印件, 缺, 免提交; "未接收" for "".
    static QString statusLabel(const QString &status);

private:
    QList<MaterialState> m_materials;
    Acceptance m_acceptance = Acceptance::Complete;
    Findings m_findings;
};

} // namespace vd
