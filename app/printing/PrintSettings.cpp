#include "PrintSettings.h"

#include "CalendarRepository.h"
#include "Database.h"
#include "SettingKeys.h"
#include "SettingsRepository.h"
#include "TimeLimits.h"

namespace vd::PrintSettings {
namespace {

/// The setting's value, or `fallback` when it is not set or empty.
Result<QString> valueOr(const SettingsRepository &settings, const QString &name, const QString &fallback)
{
    const auto v = settings.value(name);
    if (!v)
        return v.error();
    if (!v.value() || v.value()->trimmed().isEmpty())
        return fallback;
    return v.value()->trimmed();
}

} // namespace

bool isNumbered(DocumentKind kind)
{
    return kind == DocumentKind::SettlementLetter || kind == DocumentKind::PartyLetter;
}

QString defaultPrefix(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::SettlementLetter:
        return QStringLiteral("赣退役落字");
    case DocumentKind::PartyLetter:
        return QStringLiteral("赣退役组字");
    default:
        return QString();
    }
}

int defaultValidityDays(DocumentKind)
{
    return 30;
}

QString currentClerk()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    user = user.trimmed().left(100);
    return user.isEmpty() ? QStringLiteral("未知用户") : user;
}

Result<QString> letterPrefix(const Database &db, DocumentKind kind)
{
    return valueOr(db.settings(), SettingKeys::letterPrefix(documentKey(kind)), defaultPrefix(kind));
}

Result<PrintContext> context(const Database &db, DocumentKind kind, const Case &c, const QDate &printDate)
{
    const SettingsRepository settings = db.settings();
    PrintContext ctx;
    ctx.printDate = printDate;
    // The receipt's 经办人 stays a line to sign until clerk accounts give real names: a login name is
    // no name for an official receipt (the print log records it).
    ctx.clerk.clear();
    struct Text {
        QString name;
        QString *target;
    };
    const Text texts[] = {
        {SettingKeys::issuingAuthority(), &ctx.issuingAuthority},
        {SettingKeys::hallName(), &ctx.hallName},
        {SettingKeys::windowNo(), &ctx.windowNo},
        {SettingKeys::hallPhone(), &ctx.hallPhone},
        {SettingKeys::sealText(), &ctx.sealText},
        {SettingKeys::partyOrganisation(), &ctx.partyOrganisation},
        {SettingKeys::policeStation(c.placementRegion), &ctx.policeStation},
    };
    for (const Text &t : texts) {
        const auto v = valueOr(settings, t.name, *t.target);
        if (!v)
            return v.error();
        *t.target = v.value();
    }
    const QString validityName = SettingKeys::validityDays(documentKey(kind));
    const auto days = valueOr(settings, validityName, QString::number(defaultValidityDays(kind)));
    if (!days)
        return days.error();
    bool ok = false;
    const int n = days.value().toInt(&ok);
    if (!ok || n < 1 || n > 365) {
        return Error{QStringLiteral("setting_invalid"),
                     QStringLiteral("设置“%1”的值“%2”不是 1–365 之间的天数，请管理员更正。")
                         .arg(validityName, days.value().left(20))};
    }
    ctx.validityDays = n;
    if (kind == DocumentKind::Receipt) {
        // The receipt promises each item's time limit in working days (issue 7), counted from the
        // acceptance date in the case number (HALL-YYYYMMDD-NNNN) on the calendar with imported years.
        QDate acceptedOn = QDate::fromString(c.caseNo.section(QLatin1Char('-'), 1, 1), QStringLiteral("yyyyMMdd"));
        if (!acceptedOn.isValid())
            acceptedOn = printDate;
        const Result<WorkdayCalendar> calendar = CalendarRepository(db).effective();
        if (!calendar)
            return calendar.error();
        for (const TimeLimitPromise &p : TimeLimits::promises(c, acceptedOn, calendar.value()))
            ctx.promisedDates.insert(p.item, p.text);
    }
    return ctx;
}

} // namespace vd::PrintSettings
