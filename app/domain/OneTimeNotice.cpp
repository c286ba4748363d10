#include "OneTimeNotice.h"

#include <QJsonArray>

#include "MaterialsAssessment.h"
#include "Validator.h"

namespace vd {

OneTimeNotice OneTimeNotice::build(const Case &c, const QDate &today)
{
    OneTimeNotice n;
    n.date = today;
    for (const MaterialState &s : MaterialsAssessment::assess(c, today).outstanding()) {
        MaterialEntry e;
        e.id = s.material.id;
        e.name = s.material.name;
        e.key = s.material.key;
        e.obtainFrom = s.material.obtainFrom;
        if (s.material.key) {
            e.reason = QStringLiteral("要件未提交，补齐后方可受理");
        } else if (s.receipt.supplementBy.isValid()) {
            e.supplementBy = s.receipt.supplementBy;
            e.reason = QStringLiteral("容缺受理，请于%1年%2月%3日前补齐")
                           .arg(s.receipt.supplementBy.year())
                           .arg(s.receipt.supplementBy.month())
                           .arg(s.receipt.supplementBy.day());
        } else {
            e.reason = QStringLiteral("未提交，须补齐或约定补齐日期后方可受理");
        }
        n.materials.append(e);
    }
    for (const Finding &f : Validator::validate(c, today)) {
        if (f.isError())
            n.problems.append({f.field, f.code, f.message});
    }
    return n;
}

QJsonObject OneTimeNotice::toJson() const
{
    QJsonArray materialsJson;
    for (const MaterialEntry &e : materials) {
        QJsonObject o{{QStringLiteral("material"), e.id},
                      {QStringLiteral("name"), e.name},
                      {QStringLiteral("key"), e.key},
                      {QStringLiteral("reason"), e.reason},
                      {QStringLiteral("obtain_from"), e.obtainFrom}};
        if (e.supplementBy.isValid())
            o.insert(QStringLiteral("supplement_by"), e.supplementBy.toString(Qt::ISODate));
        materialsJson.append(o);
    }
    QJsonArray problemsJson;
    for (const Problem &p : problems) {
        problemsJson.append(QJsonObject{{QStringLiteral("field"), p.field},
                                        {QStringLiteral("code"), p.code},
                                        {QStringLiteral("message"), p.message}});
    }
    return QJsonObject{{QStringLiteral("date"), date.toString(Qt::ISODate)},
                       {QStringLiteral("materials"), materialsJson},
                       {QStringLiteral("problems"), problemsJson}};
}

} // namespace vd
