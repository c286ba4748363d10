#include "CodeTables.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vd {
namespace {

QJsonObject loadJson(const QString &resource)
{
    QFile f(resource);
    // The resources are compiled in; failing to open one is a build defect, not a user error.
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing built-in resource %s", qPrintable(resource));
    return QJsonDocument::fromJson(f.readAll()).object();
}

QList<CodeEntry> entries(const QJsonObject &o, const char *key)
{
    QList<CodeEntry> out;
    const QJsonArray a = o.value(QLatin1String(key)).toArray();
    for (const QJsonValue &v : a)
        out.append({v.toObject().value(QLatin1String("code")).toString(), v.toObject().value(QLatin1String("name")).toString()});
    return out;
}

/// Rows of a small built-in CSV file without quoted fields, header skipped.
QList<QStringList> csvRows(const QString &resource)
{
    QFile f(resource);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("missing built-in resource %s", qPrintable(resource));
    QList<QStringList> rows;
    f.readLine();
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (!line.isEmpty())
            rows.append(line.split(QLatin1Char(',')));
    }
    return rows;
}

QStringList s_provinceCodes;

} // namespace

const CodeTables &CodeTables::instance()
{
    static const CodeTables tables;
    return tables;
}

CodeTables::CodeTables()
{
    const QJsonObject t = loadJson(QStringLiteral(":/codes/tables.json"));
    m_sexes = entries(t, "sex");
    m_educations = entries(t, "education");
    m_political = entries(t, "political_status");
    m_ethnicities = entries(t, "ethnicity");
    m_relations = entries(t, "relation_to_householder");
    m_hukouCategories = entries(t, "pre_enlistment_hukou_category");
    m_pensionSchemes = entries(t, "pension_scheme");
    m_medicalSchemes = entries(t, "medical_scheme");
    m_deliveryMethods = entries(t, "delivery_method");
    m_subsidyKinds = entries(t, "subsidy_kind");
    const QJsonObject aliases = t.value(QLatin1String("ethnicity_aliases")).toObject();
    for (auto it = aliases.begin(); it != aliases.end(); ++it)
        m_ethnicityAliases.insert(it.key(), it.value().toString());
    for (const CodeEntry &e : m_ethnicities)
        m_ethnicityAliases.insert(e.name, e.code);
    for (const QJsonValue &v : t.value(QLatin1String("spouse_relations")).toArray())
        m_spouseRelations.append(v.toString());
    for (const QJsonValue &v : t.value(QLatin1String("province_codes")).toArray())
        s_provinceCodes.append(v.toString());

    for (const QStringList &row : csvRows(QStringLiteral(":/codes/jiangxi-divisions-current.csv"))) {
        if (row.size() < 4)
            continue;
        m_counties.append({row.at(0), row.at(1)});
        if (!contains(m_prefectures, row.at(2)))
            m_prefectures.append({row.at(2), row.at(3)});
    }
    for (const QStringList &row : csvRows(QStringLiteral(":/codes/jiangxi-divisions-timeline.csv"))) {
        if (!row.isEmpty() && !m_historicalCodes.contains(row.at(0)))
            m_historicalCodes.append(row.at(0));
    }

    const QJsonObject r = loadJson(QStringLiteral(":/codes/ranks.json"));
    for (const QJsonValue &v : r.value(QLatin1String("periods")).toArray()) {
        const QJsonObject p = v.toObject();
        RankPeriod period;
        period.from = QDate::fromString(p.value(QLatin1String("from")).toString(), Qt::ISODate);
        period.to = QDate::fromString(p.value(QLatin1String("to")).toString(), Qt::ISODate);
        for (const QJsonValue &n : p.value(QLatin1String("ranks")).toArray())
            period.names.append(n.toString());
        m_ranks.append(period);
    }
}

QStringList CodeTables::ranksOn(const QDate &dischargeDate) const
{
    if (!dischargeDate.isValid())
        return {};
    for (const RankPeriod &p : m_ranks) {
        if (dischargeDate >= p.from && (!p.to.isValid() || dischargeDate <= p.to))
            return p.names;
    }
    return {};
}

QStringList CodeTables::allRanks() const
{
    QStringList out;
    // Newest period first: that is what almost every applicant has.
    for (auto it = m_ranks.crbegin(); it != m_ranks.crend(); ++it) {
        for (const QString &n : it->names) {
            if (!out.contains(n))
                out.append(n);
        }
    }
    return out;
}

QString CodeTables::nameOf(const QList<CodeEntry> &table, const QString &code)
{
    for (const CodeEntry &e : table) {
        if (e.code == code)
            return e.name;
    }
    return {};
}

QString CodeTables::canonicalEthnicity(const QString &value) const
{
    if (contains(m_ethnicities, value))
        return value;
    return m_ethnicityAliases.value(value, value);
}

QString CodeTables::countyFullName(const QString &code) const
{
    const QString county = nameOf(m_counties, code);
    if (county.isEmpty())
        return {};
    const QString prefecture = nameOf(m_prefectures, code.left(4) + QStringLiteral("00"));
    return prefecture + county;
}

bool CodeTables::isKnownJiangxiCode(const QString &code) const
{
    return m_historicalCodes.contains(code);
}

bool CodeTables::isProvinceCode(const QString &twoDigits)
{
    instance(); // loads the list
    return s_provinceCodes.contains(twoDigits);
}

} // namespace vd
