#include "CaseJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <functional>

namespace vd::CaseJson {
namespace {

const QString FormatName = QStringLiteral("veteran-desk/case");
constexpr int FormatVersion = 1;

enum class Kind { Text, Date, Bool, Count };

/// One JSON key bound to one member of a block: the single table that both reading and
/// writing use, so the two can never disagree on a key.
template <typename Block>
struct Field {
    const char *key;
    Kind kind;
    QString Block::*text = nullptr;
    QDate Block::*date = nullptr;
    std::optional<bool> Block::*flag = nullptr;
    int Block::*count = nullptr; ///< a whole number 0–maxCount (e.g. pages)
    int maxCount = 0;
};

template <typename B> Field<B> text(const char *k, QString B::*m) { return {k, Kind::Text, m, nullptr, nullptr}; }
template <typename B> Field<B> date(const char *k, QDate B::*m) { return {k, Kind::Date, nullptr, m, nullptr}; }
template <typename B> Field<B> flag(const char *k, std::optional<bool> B::*m)
{
    return {k, Kind::Bool, nullptr, nullptr, m};
}
template <typename B> Field<B> count(const char *k, int B::*m, int max)
{
    return {k, Kind::Count, nullptr, nullptr, nullptr, m, max};
}

const QList<Field<Applicant>> &applicantFields()
{
    static const QList<Field<Applicant>> f = {
        text("name", &Applicant::name),
        text("sex", &Applicant::sex),
        date("birth_date", &Applicant::birthDate),
        text("native_place", &Applicant::nativePlace),
        text("education", &Applicant::education),
        text("political_status", &Applicant::politicalStatus),
        date("party_join_date", &Applicant::partyJoinDate),
        text("ethnicity", &Applicant::ethnicity),
        text("id_number", &Applicant::idNumber),
        text("home_address", &Applicant::homeAddress),
        text("phone", &Applicant::phone),
        text("pre_enlistment_hukou_address", &Applicant::preEnlistmentHukouAddress),
        text("pre_enlistment_hukou_region", &Applicant::preEnlistmentHukouRegion),
        flag("pre_enlistment_hukou_cancelled", &Applicant::preEnlistmentHukouCancelled),
    };
    return f;
}

const QList<Field<ServiceRecord>> &serviceFields()
{
    static const QList<Field<ServiceRecord>> f = {
        date("enlistment_date", &ServiceRecord::enlistmentDate),
        text("enlistment_place", &ServiceRecord::enlistmentPlace),
        date("discharge_date", &ServiceRecord::dischargeDate),
        text("rank", &ServiceRecord::rank),
        text("pre_enlistment_hukou_category", &ServiceRecord::preEnlistmentHukouCategory),
        text("unit_code", &ServiceRecord::unitCode),
        text("awards", &ServiceRecord::awards),
        text("major_unit", &ServiceRecord::majorUnit),
        text("battalion_unit", &ServiceRecord::battalionUnit),
        text("specialty_post", &ServiceRecord::specialtyPost),
        text("specialty_category", &ServiceRecord::specialtyCategory),
    };
    return f;
}

const QList<Field<HukouRegistration>> &hukouFields()
{
    static const QList<Field<HukouRegistration>> f = {
        text("householder_name", &HukouRegistration::householderName),
        text("relation_to_householder", &HukouRegistration::relationToHouseholder),
        text("householder_phone", &HukouRegistration::householderPhone),
        text("settlement_address", &HukouRegistration::settlementAddress),
    };
    return f;
}

const QList<Field<Delivery>> &deliveryFields()
{
    static const QList<Field<Delivery>> f = {
        text("hukou_book", &Delivery::hukouBook),
        text("id_card", &Delivery::idCard),
        text("mailing_address", &Delivery::mailingAddress),
        text("contact_name", &Delivery::contactName),
        text("contact_phone", &Delivery::contactPhone),
    };
    return f;
}

const QList<Field<SubsidyAccount>> &subsidyFields()
{
    static const QList<Field<SubsidyAccount>> f = {
        text("kind", &SubsidyAccount::kind),
        text("account_name", &SubsidyAccount::accountName),
        text("account_number", &SubsidyAccount::accountNumber),
    };
    return f;
}

const QList<Field<MaterialReceipt>> &materialFields()
{
    static const QList<Field<MaterialReceipt>> f = {
        text("material", &MaterialReceipt::material),
        text("status", &MaterialReceipt::status),
        text("note", &MaterialReceipt::note),
        count("pages", &MaterialReceipt::pages, MaterialReceipt::MaxPages),
        date("supplement_by", &MaterialReceipt::supplementBy),
    };
    return f;
}

class Reader {
public:
    Findings findings;

    void error(const QString &path, const QString &code, const QString &message)
    {
        findings.append({Finding::Severity::Error, path, code, message});
    }

    QString join(const QString &path, const QString &key) const
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

    template <typename Block>
    void readBlock(const QJsonObject &o, const QString &path, const QList<Field<Block>> &fields, Block &out)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            const Field<Block> *field = nullptr;
            for (const Field<Block> &f : fields) {
                if (it.key() == QLatin1String(f.key))
                    field = &f;
            }
            const QString fieldPath = join(path, it.key());
            if (!field) {
                error(fieldPath, QStringLiteral("unknown_field"),
                      QStringLiteral("未知字段“%1”：请检查拼写，未知字段不会被忽略。").arg(it.key()));
                continue;
            }
            readValue(it.value(), fieldPath, *field, out);
        }
    }

    template <typename Block>
    void readValue(const QJsonValue &v, const QString &path, const Field<Block> &f, Block &out)
    {
        if (v.isNull())
            return; // null = not filled, like an absent key
        switch (f.kind) {
        case Kind::Text:
            if (!v.isString()) {
                error(path, QStringLiteral("wrong_type"), QStringLiteral("此处应为文本。"));
                return;
            }
            out.*(f.text) = v.toString();
            return;
        case Kind::Date: {
            if (!v.isString()) {
                error(path, QStringLiteral("wrong_type"), QStringLiteral("日期应为“YYYY-MM-DD”格式的文本。"));
                return;
            }
            const QString s = v.toString().trimmed();
            if (s.isEmpty())
                return;
            const QDate d = QDate::fromString(s, Qt::ISODate);
            if (s.size() != 10 || !d.isValid()) {
                error(path, QStringLiteral("invalid_date"),
                      QStringLiteral("“%1”不是有效日期，应为“YYYY-MM-DD”，如 2024-09-15。").arg(s.left(40)));
                return;
            }
            out.*(f.date) = d;
            return;
        }
        case Kind::Bool:
            if (!v.isBool()) {
                error(path, QStringLiteral("wrong_type"), QStringLiteral("此处应为 true 或 false。"));
                return;
            }
            out.*(f.flag) = v.toBool();
            return;
        case Kind::Count: {
            if (!v.isDouble()) {
                error(path, QStringLiteral("wrong_type"), QStringLiteral("此处应为整数。"));
                return;
            }
            const double d = v.toDouble();
            if (d != std::floor(d) || d < 0 || d > f.maxCount) {
                error(path, QStringLiteral("invalid_count"),
                      QStringLiteral("应为 0 到 %1 之间的整数。").arg(f.maxCount));
                return;
            }
            out.*(f.count) = static_cast<int>(d);
            return;
        }
        }
    }

    template <typename Block>
    void readObject(const QJsonValue &v, const QString &path, const QList<Field<Block>> &fields, Block &out)
    {
        if (v.isNull())
            return;
        if (!v.isObject()) {
            error(path, QStringLiteral("wrong_type"), QStringLiteral("此处应为一个对象（{…}）。"));
            return;
        }
        readBlock(v.toObject(), path, fields, out);
    }

    void readItems(const QJsonValue &v, Case &c)
    {
        const QString path = QStringLiteral("items");
        if (!v.isArray()) {
            error(path, QStringLiteral("wrong_type"), QStringLiteral("需要办理事项应为事项编号的列表。"));
            return;
        }
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            const QString itemPath = QStringLiteral("items[%1]").arg(i);
            if (!a.at(i).isString()) {
                error(itemPath, QStringLiteral("wrong_type"), QStringLiteral("事项编号应为文本。"));
                continue;
            }
            ItemId id;
            if (!itemFromKey(a.at(i).toString(), &id)) {
                error(itemPath, QStringLiteral("unknown_item"),
                      QStringLiteral("未知事项“%1”。").arg(a.at(i).toString().left(60)));
                continue;
            }
            if (c.items.contains(id)) {
                error(itemPath, QStringLiteral("duplicate_item"),
                      QStringLiteral("事项“%1”重复。").arg(itemInfo(id).name));
                continue;
            }
            c.items.append(id);
        }
        std::sort(c.items.begin(), c.items.end());
    }

    void readMaterials(const QJsonValue &v, Case &c)
    {
        const QString path = QStringLiteral("materials");
        if (v.isNull())
            return;
        if (!v.isArray()) {
            error(path, QStringLiteral("wrong_type"), QStringLiteral("材料应为列表。"));
            return;
        }
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            const QString itemPath = QStringLiteral("materials[%1]").arg(i);
            if (!a.at(i).isObject()) {
                error(itemPath, QStringLiteral("wrong_type"), QStringLiteral("每项材料应为一个对象（{…}）。"));
                continue;
            }
            MaterialReceipt m;
            readBlock(a.at(i).toObject(), itemPath, materialFields(), m);
            static const QStringList statuses = {QStringLiteral("original"), QStringLiteral("copy"),
                                                 QStringLiteral("missing"), QStringLiteral("waived")};
            if (!statuses.contains(m.status)) {
                error(itemPath + QStringLiteral(".status"), QStringLiteral("unknown_material_status"),
                      QStringLiteral("材料状态应为 original、copy、missing 或 waived。"));
            }
            c.materials.append(m);
        }
    }
};

template <typename Block>
QJsonObject blockToObject(const Block &b, const QList<Field<Block>> &fields)
{
    QJsonObject o;
    for (const Field<Block> &f : fields) {
        const QString key = QLatin1String(f.key);
        switch (f.kind) {
        case Kind::Text:
            if (!(b.*(f.text)).isEmpty())
                o.insert(key, b.*(f.text));
            break;
        case Kind::Date:
            if ((b.*(f.date)).isValid())
                o.insert(key, (b.*(f.date)).toString(Qt::ISODate));
            break;
        case Kind::Bool:
            if ((b.*(f.flag)).has_value())
                o.insert(key, *(b.*(f.flag)));
            break;
        case Kind::Count:
            if (b.*(f.count) != 0)
                o.insert(key, b.*(f.count));
            break;
        }
    }
    return o;
}

} // namespace

ReadResult fromObject(const QJsonObject &o)
{
    Reader r;
    ReadResult result;
    Case &c = result.value;

    if (o.value(QLatin1String("format")).toString() != FormatName) {
        r.error(QStringLiteral("format"), QStringLiteral("invalid_format"),
                QStringLiteral("不是受理案件文件：format 应为“veteran-desk/case”。"));
    }
    const QJsonValue version = o.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() != FormatVersion) {
        r.error(QStringLiteral("version"), QStringLiteral("unsupported_version"),
                QStringLiteral("不支持的文件版本：本程序读取 version 1。"));
    }

    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (key == QLatin1String("format") || key == QLatin1String("version"))
            continue;
        if (key == QLatin1String("case_no")) {
            if (v.isString())
                c.caseNo = v.toString();
            else if (!v.isNull())
                r.error(key, QStringLiteral("wrong_type"), QStringLiteral("此处应为文本。"));
        } else if (key == QLatin1String("applicant")) {
            r.readObject(v, key, applicantFields(), c.applicant);
        } else if (key == QLatin1String("service")) {
            r.readObject(v, key, serviceFields(), c.service);
        } else if (key == QLatin1String("hukou")) {
            r.readObject(v, key, hukouFields(), c.hukou);
        } else if (key == QLatin1String("delivery")) {
            r.readObject(v, key, deliveryFields(), c.delivery);
        } else if (key == QLatin1String("subsidy_account")) {
            r.readObject(v, key, subsidyFields(), c.subsidyAccount);
        } else if (key == QLatin1String("items")) {
            r.readItems(v, c);
        } else if (key == QLatin1String("materials")) {
            r.readMaterials(v, c);
        } else if (key == QLatin1String("placement_region") || key == QLatin1String("pension_scheme")
                   || key == QLatin1String("medical_scheme")) {
            if (v.isNull())
                continue;
            if (!v.isString()) {
                r.error(key, QStringLiteral("wrong_type"), QStringLiteral("此处应为文本。"));
                continue;
            }
            QString &target = key == QLatin1String("placement_region") ? c.placementRegion
                : key == QLatin1String("pension_scheme")                 ? c.pensionScheme
                                                                         : c.medicalScheme;
            target = v.toString();
        } else if (key == QLatin1String("application_date")) {
            struct Top { QDate d; };
            Top t;
            r.readValue(v, key, Field<Top>{"application_date", Kind::Date, nullptr, &Top::d, nullptr}, t);
            c.applicationDate = t.d;
        } else {
            r.error(key, QStringLiteral("unknown_field"),
                    QStringLiteral("未知字段“%1”：请检查拼写，未知字段不会被忽略。").arg(key.left(60)));
        }
    }
    result.findings = r.findings;
    return result;
}

ReadResult read(const QByteArray &json)
{
    if (json.size() > MaxFileSize) {
        ReadResult r;
        r.findings.append({Finding::Severity::Error, QString(), QStringLiteral("input_too_large"),
                           QStringLiteral("文件过大（超过 4 MiB），不是受理案件文件。")});
        return r;
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        ReadResult r;
        const QString where = err.error != QJsonParseError::NoError
            ? QStringLiteral("（第 %1 个字节附近：%2）").arg(err.offset).arg(err.errorString())
            : QString();
        r.findings.append({Finding::Severity::Error, QString(), QStringLiteral("invalid_json"),
                           QStringLiteral("文件不是有效的 JSON 对象%1。").arg(where)});
        return r;
    }
    return fromObject(doc.object());
}

QJsonObject toObject(const Case &c)
{
    // QJsonObject sorts keys; the order inside the file is therefore alphabetical, which is
    // stable and diff-friendly. Readers must not depend on key order.
    QJsonObject o;
    o.insert(QStringLiteral("format"), FormatName);
    o.insert(QStringLiteral("version"), FormatVersion);
    if (!c.caseNo.isEmpty())
        o.insert(QStringLiteral("case_no"), c.caseNo);
    o.insert(QStringLiteral("applicant"), blockToObject(c.applicant, applicantFields()));
    o.insert(QStringLiteral("service"), blockToObject(c.service, serviceFields()));
    if (!c.placementRegion.isEmpty())
        o.insert(QStringLiteral("placement_region"), c.placementRegion);
    QJsonArray items;
    for (ItemId id : c.items)
        items.append(itemKey(id));
    o.insert(QStringLiteral("items"), items);
    if (!c.pensionScheme.isEmpty())
        o.insert(QStringLiteral("pension_scheme"), c.pensionScheme);
    if (!c.medicalScheme.isEmpty())
        o.insert(QStringLiteral("medical_scheme"), c.medicalScheme);
    if (!c.hukou.isEmpty())
        o.insert(QStringLiteral("hukou"), blockToObject(c.hukou, hukouFields()));
    if (!c.delivery.isEmpty())
        o.insert(QStringLiteral("delivery"), blockToObject(c.delivery, deliveryFields()));
    if (!c.subsidyAccount.isEmpty())
        o.insert(QStringLiteral("subsidy_account"), blockToObject(c.subsidyAccount, subsidyFields()));
    if (c.applicationDate.isValid())
        o.insert(QStringLiteral("application_date"), c.applicationDate.toString(Qt::ISODate));
    if (!c.materials.isEmpty()) {
        QJsonArray materials;
        for (const MaterialReceipt &m : c.materials)
            materials.append(blockToObject(m, materialFields()));
        o.insert(QStringLiteral("materials"), materials);
    }
    return o;
}

QByteArray write(const Case &c)
{
    return QJsonDocument(toObject(c)).toJson(QJsonDocument::Indented);
}

} // namespace vd::CaseJson
