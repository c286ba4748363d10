#include "MaterialsChecklist.h"

#include "CodeTables.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vd::MaterialsChecklist {
namespace {

/// One rule of resources/rules/materials.json.
struct MaterialRule {
    QString id;
    QString name;
    QList<ItemId> items;          ///< items that need it (Attachment 4)
    bool key = false;             ///< 容缺受理 not allowed
    bool issuedByWindow = false;  ///< e.g. the settlement referral letter: always in_process
    QString condition;            ///< "" | "spouse_householder" | "relocated"
    std::optional<ItemId> producedBy; ///< in_process when this item is in the same case (数据共享)
    QString obtainFrom;
};

QList<MaterialRule> loadRules()
{
    QFile f(QStringLiteral(":/rules/materials.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing built-in resource :/rules/materials.json");
    QList<MaterialRule> rules;
    const QJsonArray a = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("materials")).toArray();
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        MaterialRule r;
        r.id = o.value(QLatin1String("id")).toString();
        r.name = o.value(QLatin1String("name")).toString();
        for (const QJsonValue &i : o.value(QLatin1String("items")).toArray()) {
            ItemId id;
            if (itemFromKey(i.toString(), &id))
                r.items.append(id);
            else
                qFatal("materials.json: unknown item %s", qPrintable(i.toString()));
        }
        r.key = o.value(QLatin1String("key")).toBool();
        r.issuedByWindow = o.value(QLatin1String("issued_by_window")).toBool();
        r.condition = o.value(QLatin1String("condition")).toString();
        ItemId producer;
        if (itemFromKey(o.value(QLatin1String("produced_by")).toString(), &producer))
            r.producedBy = producer;
        r.obtainFrom = o.value(QLatin1String("obtain_from")).toString();
        rules.append(r);
    }
    return rules;
}

const QList<MaterialRule> &rules()
{
    static const QList<MaterialRule> r = loadRules();
    return r;
}

bool conditionHolds(const QString &condition, const Case &c)
{
    if (condition.isEmpty())
        return true;
    if (condition == QLatin1String("spouse_householder"))
        return CodeTables::instance().isSpouseRelation(c.hukou.relationToHouseholder);
    if (condition == QLatin1String("relocated"))
        return c.isRelocated();
    qFatal("materials.json: unknown condition %s", qPrintable(condition));
    return false;
}

} // namespace

QList<RequiredMaterial> compute(const Case &c)
{
    QList<RequiredMaterial> out;
    for (const MaterialRule &r : rules()) {
        RequiredMaterial m;
        for (ItemId item : r.items) {
            if (c.hasItem(item))
                m.items.append(item);
        }
        if (m.items.isEmpty() || !conditionHolds(r.condition, c))
            continue;
        m.id = r.id;
        m.name = r.name;
        m.key = r.key;
        m.obtainFrom = r.obtainFrom;
        const bool produced = r.producedBy && c.hasItem(*r.producedBy);
        m.requirement = (r.issuedByWindow || produced) ? RequiredMaterial::Requirement::InProcess
                                                       : RequiredMaterial::Requirement::Required;
        out.append(m);
    }
    return out;
}

QString materialName(const QString &id)
{
    for (const MaterialRule &r : rules()) {
        if (r.id == id)
            return r.name;
    }
    return {};
}

bool isKnownMaterial(const QString &id)
{
    return !materialName(id).isEmpty();
}

} // namespace vd::MaterialsChecklist
