#include "Normalizer.h"

#include "CitizenIdNumber.h"
#include "CodeTables.h"

#include <QRegularExpression>

namespace vd::Normalizer {
namespace {

/// Code points, never UTF-16 units: characters outside the BMP (𠈌) stay whole.
QList<char32_t> codePoints(const QString &s)
{
    QList<char32_t> out;
    for (char32_t c : s.toUcs4())
        out.append(c);
    return out;
}

QString fromCodePoints(const QList<char32_t> &cps)
{
    return QString::fromUcs4(cps.constData(), cps.size());
}

bool isFormatCharacter(char32_t c)
{
    return QChar::category(c) == QChar::Other_Format;
}

/// Middle-dot look-alikes typed or pasted into minority names (case-format.md "Normalisation"),
/// plus others of the same kind seen in pasted text.
bool isMiddleDotLookAlike(char32_t c)
{
    switch (c) {
    case 0x30FB: // ・ katakana middle dot
    case 0x2022: // • bullet
    case 0xFF0E: // ． full-width full stop
    case 0x2027: // ‧ hyphenation point
    case 0xFF65: // ･ half-width katakana middle dot
    case 0x2219: // ∙ bullet operator
    case 0x22C5: // ⋅ dot operator
    case 0x0387: // · Greek ano teleia
    case 0x16EB: // ᛫ runic single punctuation
    case 0x2E31: // ⸱ word separator middle dot
    case 0x002E: // . full stop, as typed on an ASCII keyboard
        return true;
    default:
        return false;
    }
}

} // namespace

QString text(const QString &s)
{
    // NFC maps the CJK compatibility ideographs (U+F900–U+FAFF, U+2F800–U+2FA1F) to their
    // unified forms through their canonical singleton decompositions.
    QList<char32_t> out;
    for (char32_t c : codePoints(s.normalized(QString::NormalizationForm_C))) {
        if (isFormatCharacter(c))
            continue;
        if (QChar::category(c) == QChar::Other_Control) {
            // A pasted tab or line break separates words; other control characters (ESC, NUL …)
            // are never part of a value and could forge lines in exports.
            if (c == '\t' || c == '\n' || c == '\r')
                out.append(0x20);
            continue;
        }
        if (c >= 0xFF01 && c <= 0xFF5E)
            c -= 0xFEE0; // full-width ASCII → ASCII
        else if (c == 0x3000 || c == 0x00A0)
            c = 0x20; // ideographic / no-break space → space
        out.append(c);
    }
    return fromCodePoints(out).trimmed();
}

QString name(const QString &s)
{
    QList<char32_t> cps = codePoints(s);
    for (char32_t &c : cps) {
        if (isMiddleDotLookAlike(c))
            c = 0x00B7;
    }
    QString out = text(fromCodePoints(cps));
    // White space around the dot is never part of a name.
    static const QRegularExpression spacedDot(QStringLiteral("\\s*\u00B7\\s*"));
    out.replace(spacedDot, QStringLiteral("\u00B7"));
    return out;
}

QString idNumber(const QString &s)
{
    QString out = text(s);
    out.remove(QLatin1Char(' '));
    if (out.endsWith(QLatin1Char('x')))
        out[out.size() - 1] = QLatin1Char('X');
    return out;
}

QString phone(const QString &s)
{
    QString out = text(s);
    static const QRegularExpression separators(QStringLiteral("[\\s\\-()（）.]"));
    out.remove(separators);
    // The country code of mainland China, written +86, 0086 or 86 before a mobile number.
    bool hadCountryCode = false;
    if (out.startsWith(QLatin1String("+86"))) {
        out = out.mid(3);
        hadCountryCode = true;
    } else if (out.startsWith(QLatin1String("0086")) && out.size() >= 13) {
        out = out.mid(4);
        hadCountryCode = true;
    } else if (out.startsWith(QLatin1String("861")) && out.size() == 13) {
        out = out.mid(2);
    }
    // +86 791 8612 3456: a landline written internationally loses its trunk prefix 0.
    if (hadCountryCode && !out.isEmpty() && out.at(0) != QLatin1Char('1') && out.at(0) != QLatin1Char('0'))
        out.prepend(QLatin1Char('0'));
    return out;
}

QString digits(const QString &s)
{
    QString out = text(s);
    static const QRegularExpression separators(QStringLiteral("[\\s\\-]"));
    out.remove(separators);
    return out;
}

Findings normalize(Case &c)
{
    Findings notes;
    Applicant &a = c.applicant;
    a.name = name(a.name);
    a.sex = text(a.sex);
    a.nativePlace = text(a.nativePlace);
    a.education = text(a.education);
    a.politicalStatus = text(a.politicalStatus);
    a.ethnicity = CodeTables::instance().canonicalEthnicity(text(a.ethnicity));
    a.idNumber = idNumber(a.idNumber);
    if (a.idNumber.size() == 15) {
        const QString converted = CitizenIdNumber::from15(a.idNumber);
        if (!converted.isEmpty()) {
            a.idNumber = converted;
            notes.append({Finding::Severity::Warning, QStringLiteral("applicant.id_number"),
                          QStringLiteral("id_number_converted_from_15"),
                          QStringLiteral("身份证件号：15 位旧号码已按 GB 11643 升级为 18 位，请与申请人核对。")});
        }
    }
    a.homeAddress = text(a.homeAddress);
    a.phone = phone(a.phone);
    a.preEnlistmentHukouAddress = text(a.preEnlistmentHukouAddress);
    a.preEnlistmentHukouRegion = text(a.preEnlistmentHukouRegion);

    ServiceRecord &s = c.service;
    s.enlistmentPlace = text(s.enlistmentPlace);
    s.rank = text(s.rank);
    s.preEnlistmentHukouCategory = text(s.preEnlistmentHukouCategory);
    s.unitCode = text(s.unitCode);
    s.awards = text(s.awards);
    s.majorUnit = text(s.majorUnit);
    s.battalionUnit = text(s.battalionUnit);
    s.specialtyPost = text(s.specialtyPost);
    s.specialtyCategory = text(s.specialtyCategory);

    c.placementRegion = text(c.placementRegion);
    c.pensionScheme = text(c.pensionScheme);
    c.medicalScheme = text(c.medicalScheme);

    c.hukou.householderName = name(c.hukou.householderName);
    c.hukou.relationToHouseholder = text(c.hukou.relationToHouseholder);
    c.hukou.householderPhone = phone(c.hukou.householderPhone);
    c.hukou.settlementAddress = text(c.hukou.settlementAddress);

    c.delivery.hukouBook = text(c.delivery.hukouBook);
    c.delivery.idCard = text(c.delivery.idCard);
    c.delivery.mailingAddress = text(c.delivery.mailingAddress);
    c.delivery.contactName = name(c.delivery.contactName);
    c.delivery.contactPhone = phone(c.delivery.contactPhone);

    c.subsidyAccount.kind = text(c.subsidyAccount.kind);
    c.subsidyAccount.accountName = name(c.subsidyAccount.accountName);
    c.subsidyAccount.accountNumber = digits(c.subsidyAccount.accountNumber);

    for (MaterialReceipt &m : c.materials) {
        m.material = text(m.material);
        m.status = text(m.status);
        m.note = text(m.note);
    }
    return notes;
}

} // namespace vd::Normalizer
