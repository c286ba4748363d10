#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace vd {

/// One entry of a national code table.
struct CodeEntry {
    QString code; ///< the standard's code, e.g. "01"
    QString name; ///< the Chinese name shown to the clerk, e.g. 汉族
};

/// The code tables of the form, loaded once from resources/codes/*.json (provenance in
/// resources/codes/SOURCES.md). Thread-safe after first use.
class CodeTables {
public:
    static const CodeTables &instance();

    const QList<CodeEntry> &sexes() const { return m_sexes; }                     ///< GB/T 2261.1-2003 (1, 2 shown)
    const QList<CodeEntry> &educations() const { return m_educations; }           ///< GB/T 4658-2006
    const QList<CodeEntry> &politicalStatuses() const { return m_political; }    ///< GB/T 4762-1984
    const QList<CodeEntry> &ethnicities() const { return m_ethnicities; }         ///< GB/T 3304-1991 + 97/98
    const QList<CodeEntry> &relations() const { return m_relations; }             ///< GB/T 4761-2008
    const QList<CodeEntry> &jiangxiCounties() const { return m_counties; }        ///< GB/T 2260, current, 100
    const QList<CodeEntry> &hukouCategories() const { return m_hukouCategories; } ///< urban / rural
    const QList<CodeEntry> &pensionSchemes() const { return m_pensionSchemes; }
    const QList<CodeEntry> &medicalSchemes() const { return m_medicalSchemes; }
    const QList<CodeEntry> &deliveryMethods() const { return m_deliveryMethods; } ///< mail / pickup
    const QList<CodeEntry> &subsidyKinds() const { return m_subsidyKinds; }

    /// An ethnicity as typed or imported → its GB/T 3304 code: a code is kept; a name (汉族) gives its
    /// code; legacy names and codes are mapped (毛难族→36 毛南族, 崩龙族→46 德昂族, 57→97, 58→98;
    /// domain-facts.md §3.2). Anything else is returned unchanged (validation reports it).
    QString canonicalEthnicity(const QString &value) const;

    /// The rank names in force on a discharge date (case-format.md `rank`); empty for an invalid date.
    QStringList ranksOn(const QDate &dischargeDate) const;
    /// Every rank name of every period (for a combo box that must show old ranks too).
    QStringList allRanks() const;

    /// The name of `code` in `table`, or "" when the code is not in it.
    static QString nameOf(const QList<CodeEntry> &table, const QString &code);
    static bool contains(const QList<CodeEntry> &table, const QString &code) { return !nameOf(table, code).isEmpty(); }

    /// A current Jiangxi county-level code (36xxxx) → "南昌市南昌县"; "" if unknown.
    QString countyFullName(const QString &code) const;
    /// True for a GB/T 2260 code that was ever in force in Jiangxi (current or abolished).
    bool isKnownJiangxiCode(const QString &code) const;
    /// True for a GB/T 4761-2008 spouse relation (10 配偶, 11 夫, 12 妻): needs the marriage certificate.
    bool isSpouseRelation(const QString &code) const { return m_spouseRelations.contains(code); }
    /// True when the first two digits are a province-level code of China (11 … 82).
    static bool isProvinceCode(const QString &twoDigits);

private:
    CodeTables();
    struct RankPeriod {
        QDate from; ///< inclusive
        QDate to;   ///< inclusive; invalid = open
        QStringList names;
    };
    QList<CodeEntry> m_sexes, m_educations, m_political, m_ethnicities, m_relations, m_counties,
        m_hukouCategories, m_pensionSchemes, m_medicalSchemes, m_deliveryMethods, m_subsidyKinds;
    QList<CodeEntry> m_prefectures;
    QStringList m_historicalCodes;
    QStringList m_spouseRelations;
    QHash<QString, QString> m_ethnicityAliases;
    QList<RankPeriod> m_ranks;
};

} // namespace vd
