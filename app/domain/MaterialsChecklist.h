#pragma once

#include <QList>
#include <QString>

#include "Case.h"
#include "ItemId.h"

namespace vd {

/// One physical material a case needs (Attachment 4, merged across items).
struct RequiredMaterial {
    enum class Requirement {
        Required,  ///< the applicant brings it
        InProcess, ///< issued by this window or produced inside the joint process (数据共享)
    };
    QString id;             ///< material id, e.g. "discharge_certificate"
    QString name;           ///< Chinese name, e.g. 退役证
    Requirement requirement = Requirement::Required;
    QList<ItemId> items;    ///< every chosen item that needs it, in the plan's order
    bool key = false;       ///< a key material: cannot be accepted with deficiency
    QString obtainFrom;     ///< where the applicant obtains it (for the one-time notice)

    /// "required" | "in_process", as printed by `checklist`.
    QString requirementName() const
    {
        return requirement == Requirement::Required ? QStringLiteral("required") : QStringLiteral("in_process");
    }
};

/// Computes the materials checklist of Attachment 4 from the rules in resources/rules/materials.json:
/// conditional materials (spouse householder → marriage certificate; 易地安置 → household cancellation
/// proof), each material once across items, in-process materials marked.
namespace MaterialsChecklist {

/// The materials `c` needs, in Attachment 4's order; each id appears once.
QList<RequiredMaterial> compute(const Case &c);
/// The Chinese name of a material id ("" if unknown).
QString materialName(const QString &id);
/// True for an id of Attachment 4.
bool isKnownMaterial(const QString &id);

} // namespace MaterialsChecklist
} // namespace vd
