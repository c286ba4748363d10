#include "CaseFormBinder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QRegularExpression>

#include <functional>

#include "CodeCombo.h"
#include "DateInput.h"
#include "ItemId.h"

namespace {

enum class Kind { Text, Date, Code };

// One field of spec/case-format.md: its JSON path and how to get and set its value as text
// (dates as ISO text, booleans as "true"/"false", "" = not filled).
struct FieldSpec {
    QString path;
    Kind kind;
    std::function<QString(const vd::Case &)> get;
    std::function<void(vd::Case &, const QString &)> set;

    QString key() const { return path.section(QLatin1Char('.'), -1); }
};

#define VD_FIELD(path, kind, member)                                                                         \
    FieldSpec                                                                                                \
    {                                                                                                        \
        QStringLiteral(path), kind, [](const vd::Case &c) { return c.member; },                               \
            [](vd::Case &c, const QString &v) { c.member = v; }                                              \
    }
#define VD_DATE(path, member)                                                                                \
    FieldSpec                                                                                                \
    {                                                                                                        \
        QStringLiteral(path), Kind::Date, [](const vd::Case &c) { return c.member.toString(Qt::ISODate); },   \
            [](vd::Case &c, const QString &v) { c.member = QDate::fromString(v, Qt::ISODate); }              \
    }

const QList<FieldSpec> &fieldSpecs()
{
    static const QList<FieldSpec> specs = {
        VD_FIELD("applicant.name", Kind::Text, applicant.name),
        VD_FIELD("applicant.sex", Kind::Code, applicant.sex),
        VD_DATE("applicant.birth_date", applicant.birthDate),
        VD_FIELD("applicant.native_place", Kind::Text, applicant.nativePlace),
        VD_FIELD("applicant.education", Kind::Code, applicant.education),
        VD_FIELD("applicant.political_status", Kind::Code, applicant.politicalStatus),
        VD_DATE("applicant.party_join_date", applicant.partyJoinDate),
        VD_FIELD("applicant.ethnicity", Kind::Code, applicant.ethnicity),
        VD_FIELD("applicant.id_number", Kind::Text, applicant.idNumber),
        VD_FIELD("applicant.phone", Kind::Text, applicant.phone),
        VD_FIELD("applicant.home_address", Kind::Text, applicant.homeAddress),
        VD_FIELD("applicant.pre_enlistment_hukou_address", Kind::Text, applicant.preEnlistmentHukouAddress),
        VD_FIELD("applicant.pre_enlistment_hukou_region", Kind::Code, applicant.preEnlistmentHukouRegion),
        FieldSpec{QStringLiteral("applicant.pre_enlistment_hukou_cancelled"), Kind::Code,
                  [](const vd::Case &c) {
                      const auto &v = c.applicant.preEnlistmentHukouCancelled;
                      return v ? (*v ? QStringLiteral("true") : QStringLiteral("false")) : QString();
                  },
                  [](vd::Case &c, const QString &v) {
                      c.applicant.preEnlistmentHukouCancelled =
                          v.isEmpty() ? std::nullopt : std::optional<bool>(v == QLatin1String("true"));
                  }},
        VD_DATE("service.enlistment_date", service.enlistmentDate),
        VD_FIELD("service.enlistment_place", Kind::Text, service.enlistmentPlace),
        VD_DATE("service.discharge_date", service.dischargeDate),
        VD_FIELD("service.rank", Kind::Code, service.rank),
        VD_FIELD("service.pre_enlistment_hukou_category", Kind::Code, service.preEnlistmentHukouCategory),
        VD_FIELD("service.unit_code", Kind::Text, service.unitCode),
        VD_FIELD("service.awards", Kind::Text, service.awards),
        VD_FIELD("service.major_unit", Kind::Text, service.majorUnit),
        VD_FIELD("service.battalion_unit", Kind::Text, service.battalionUnit),
        VD_FIELD("service.specialty_post", Kind::Text, service.specialtyPost),
        VD_FIELD("service.specialty_category", Kind::Text, service.specialtyCategory),
        VD_FIELD("placement_region", Kind::Code, placementRegion),
        VD_FIELD("pension_scheme", Kind::Code, pensionScheme),
        VD_FIELD("medical_scheme", Kind::Code, medicalScheme),
        VD_FIELD("hukou.householder_name", Kind::Text, hukou.householderName),
        VD_FIELD("hukou.relation_to_householder", Kind::Code, hukou.relationToHouseholder),
        VD_FIELD("hukou.householder_phone", Kind::Text, hukou.householderPhone),
        VD_FIELD("hukou.settlement_address", Kind::Text, hukou.settlementAddress),
        VD_FIELD("delivery.hukou_book", Kind::Code, delivery.hukouBook),
        VD_FIELD("delivery.id_card", Kind::Code, delivery.idCard),
        VD_FIELD("delivery.mailing_address", Kind::Text, delivery.mailingAddress),
        VD_FIELD("delivery.contact_name", Kind::Text, delivery.contactName),
        VD_FIELD("delivery.contact_phone", Kind::Text, delivery.contactPhone),
        VD_FIELD("subsidy_account.kind", Kind::Code, subsidyAccount.kind),
        VD_FIELD("subsidy_account.account_name", Kind::Text, subsidyAccount.accountName),
        VD_FIELD("subsidy_account.account_number", Kind::Text, subsidyAccount.accountNumber),
        VD_DATE("application_date", applicationDate),
    };
    return specs;
}

#undef VD_FIELD
#undef VD_DATE

QString widgetText(const QWidget *w)
{
    if (auto *edit = qobject_cast<const QLineEdit *>(w))
        return edit->text();
    if (auto *combo = qobject_cast<const QComboBox *>(w))
        return CodeCombo::code(combo);
    return {};
}

void setWidgetText(QWidget *w, const QString &value)
{
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        edit->setText(value);
    else if (auto *combo = qobject_cast<QComboBox *>(w))
        CodeCombo::setCode(combo, value);
}

} // namespace

CaseFormBinder::CaseFormBinder(QWidget *form)
    : m_form(form)
{
    for (const FieldSpec &spec : fieldSpecs()) {
        if (!m_form->findChild<QWidget *>(spec.key()))
            qWarning("CaseFormBinder: no widget named %s", qPrintable(spec.key()));
    }
}

vd::Case CaseFormBinder::read(vd::Findings *inputFindings) const
{
    vd::Case c;
    for (const vd::ItemInfo &info : vd::allItems()) {
        auto *box = m_form->findChild<QCheckBox *>(QStringLiteral("item_") + QLatin1String(info.key));
        if (box && box->isChecked())
            c.setItem(info.id, true);
    }
    for (const FieldSpec &spec : fieldSpecs()) {
        const QWidget *w = m_form->findChild<QWidget *>(spec.key());
        if (!w || !isRead(w))
            continue;
        QString value = widgetText(w);
        if (spec.kind == Kind::Date) {
            const QDate d = DateInput::parse(value);
            if (!value.trimmed().isEmpty() && !d.isValid() && inputFindings) {
                inputFindings->append({vd::Finding::Severity::Error, spec.path, QStringLiteral("invalid_date"),
                                       QCoreApplication::translate("CaseFormBinder",
                                                                   "Not a date: type it like 2024-09-15")});
            }
            value = d.toString(Qt::ISODate);
        }
        spec.set(c, value);
    }
    return c;
}

void CaseFormBinder::write(const vd::Case &c)
{
    for (const vd::ItemInfo &info : vd::allItems()) {
        if (auto *box = m_form->findChild<QCheckBox *>(QStringLiteral("item_") + QLatin1String(info.key)))
            box->setChecked(c.hasItem(info.id));
    }
    for (const FieldSpec &spec : fieldSpecs()) {
        if (QWidget *w = m_form->findChild<QWidget *>(spec.key()))
            setWidgetText(w, spec.get(c));
    }
}

bool CaseFormBinder::writeField(QWidget *widget, const vd::Case &c)
{
    if (!qobject_cast<QLineEdit *>(widget) || !isRead(widget))
        return false;
    for (const FieldSpec &spec : fieldSpecs()) {
        if (spec.key() != widget->objectName())
            continue;
        const QString value = spec.get(c);
        // A date that does not parse stays as typed, for the clerk to correct.
        if (spec.kind == Kind::Date && value.isEmpty())
            return false;
        setWidgetText(widget, value);
        return true;
    }
    return false;
}

QWidget *CaseFormBinder::widgetForPath(const QString &path) const
{
    static const QRegularExpression index(QStringLiteral("\\[\\d+\\]"));
    QString plain = path;
    plain.remove(index);
    const QStringList segments = plain.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    for (int i = segments.size() - 1; i >= 0; --i) {
        if (QWidget *w = m_form->findChild<QWidget *>(segments.at(i)))
            return w;
    }
    return nullptr;
}

QList<QWidget *> CaseFormBinder::fieldWidgets() const
{
    QList<QWidget *> out;
    for (const FieldSpec &spec : fieldSpecs()) {
        if (QWidget *w = m_form->findChild<QWidget *>(spec.key()))
            out.append(w);
    }
    return out;
}

QList<QWidget *> CaseFormBinder::itemWidgets() const
{
    QList<QWidget *> out;
    for (const vd::ItemInfo &info : vd::allItems()) {
        if (QWidget *w = m_form->findChild<QWidget *>(QStringLiteral("item_") + QLatin1String(info.key)))
            out.append(w);
    }
    return out;
}

bool CaseFormBinder::isRead(const QWidget *w) const
{
    // A section the chosen items do not need is disabled by ItemsPage: its fields are not part of
    // the case (they keep their text, should the item be chosen again).
    return w->isEnabledTo(m_form);
}
