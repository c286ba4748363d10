#include "MaterialsAssessment.h"

namespace vd {

bool MaterialState::received() const
{
    return receipt.status == QLatin1String("original") || receipt.status == QLatin1String("copy")
        || receipt.status == QLatin1String("waived");
}

bool MaterialState::isOutstanding() const
{
    return material.requirement == RequiredMaterial::Requirement::Required && !received();
}

QString MaterialsAssessment::fieldFor(const QString &materialId)
{
    return QStringLiteral("materials.") + materialId;
}

QString MaterialsAssessment::statusLabel(const QString &status)
{
    if (status == QLatin1String("original"))
        return QStringLiteral("原件");
    if (status == QLatin1String("copy"))
        return QStringLiteral("复印件");
    if (status == QLatin1String("missing"))
        return QStringLiteral("缺");
    if (status == QLatin1String("waived"))
        return QStringLiteral("免提交");
    return QStringLiteral("未接收");
}

MaterialsAssessment MaterialsAssessment::assess(const Case &c, const QDate &today)
{
    MaterialsAssessment a;
    for (const RequiredMaterial &m : MaterialsChecklist::compute(c)) {
        MaterialState state;
        state.material = m;
        state.receipt.material = m.id;
        // The last entry for a material wins, as in the editor (a later tick replaces an earlier one).
        for (const MaterialReceipt &r : c.materials) {
            if (r.material == m.id)
                state.receipt = r;
        }
        a.m_materials.append(state);
    }

    bool refused = false;
    bool deficient = false;
    for (const MaterialState &s : std::as_const(a.m_materials)) {
        if (!s.isOutstanding())
            continue;
        const QString field = fieldFor(s.material.id);
        const QString name = s.material.name;
        if (s.material.key) {
            refused = true;
            a.m_findings.append({Finding::Severity::Error, field, QStringLiteral("key_material_missing"),
                                 QStringLiteral("缺少要件“%1”：要件不能容缺受理，请申请人补齐后再受理。获取途径：%2。")
                                     .arg(name, s.material.obtainFrom)});
        } else if (!s.receipt.supplementBy.isValid()) {
            refused = true;
            a.m_findings.append({Finding::Severity::Error, field, QStringLiteral("supplement_date_required"),
                                 QStringLiteral("缺少“%1”：容缺受理须填写申请人承诺的补齐日期。").arg(name)});
        } else if (s.receipt.supplementBy < today) {
            refused = true;
            a.m_findings.append({Finding::Severity::Error, field, QStringLiteral("supplement_date_past"),
                                 QStringLiteral("“%1”的承诺补齐日期 %2 已过，请重新约定。")
                                     .arg(name, s.receipt.supplementBy.toString(Qt::ISODate))});
        } else {
            deficient = true;
            a.m_findings.append({Finding::Severity::Warning, field, QStringLiteral("material_deficient"),
                                 QStringLiteral("“%1”容缺受理，申请人承诺于 %2 前补齐。")
                                     .arg(name, s.receipt.supplementBy.toString(Qt::ISODate))});
        }
    }
    a.m_acceptance = refused ? Acceptance::Refused : deficient ? Acceptance::WithDeficiency : Acceptance::Complete;
    return a;
}

QList<MaterialState> MaterialsAssessment::outstanding() const
{
    QList<MaterialState> out;
    for (const MaterialState &s : m_materials) {
        if (s.isOutstanding())
            out.append(s);
    }
    return out;
}

} // namespace vd
