#include "SettingRules.h"

#include <QRegularExpression>

#include "SettingKeys.h"

namespace vd::SettingRules {
namespace {

Error invalid(const QString &name, const QString &why)
{
    return {QStringLiteral("setting_invalid"), QStringLiteral("设置“%1”的值无效：%2").arg(name.left(60), why)};
}

bool hasControl(const QString &s)
{
    for (const QChar c : s) {
        const auto cat = c.category();
        if (cat == QChar::Other_Control || cat == QChar::Other_Format || cat == QChar::Other_Surrogate
            || cat == QChar::Other_NotAssigned || cat == QChar::Separator_Line || cat == QChar::Separator_Paragraph)
            return true;
    }
    return false;
}

Status text(const QString &name, const QString &value, int maxLength)
{
    if (value.size() > maxLength)
        return invalid(name, QStringLiteral("不能超过 %1 个字符。").arg(maxLength));
    if (hasControl(value))
        return invalid(name, QStringLiteral("不能包含换行、制表符或其他控制字符。"));
    return Status::success();
}

Status wholeNumber(const QString &name, const QString &value, int min, int max)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < min || n > max || value != QString::number(n))
        return invalid(name, QStringLiteral("应为 %1 到 %2 之间的整数。").arg(min).arg(max));
    return Status::success();
}

const QRegularExpression &parametrised()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:(letter_prefix|validity_days)\\.([a-z][a-z-]{0,39})|(police_station)\\.(\\d{6}))$"));
    return re;
}

} // namespace

QStringList fixedNames()
{
    using namespace SettingKeys;
    return {hallRegion(), hallName(), windowNo(), hallPhone(), issuingAuthority(), partyOrganisation(),
            sealText(), backupFolder(), backupKeepDays(), idleLockMinutes(), setupCompleted()};
}

bool isKnown(const QString &name)
{
    return fixedNames().contains(name) || parametrised().match(name).hasMatch();
}

Status check(const QString &name, const QString &value)
{
    using namespace SettingKeys;
    if (!isKnown(name)) {
        return Error{QStringLiteral("setting_unknown"),
                     QStringLiteral("没有名为“%1”的设置。用 settings list 查看可用的设置。").arg(name.left(60))};
    }
    if (value.isEmpty())
        return Status::success();
    if (name == hallRegion()) {
        static const QRegularExpression six(QStringLiteral("^\\d{6}$"));
        return six.match(value).hasMatch() ? Status::success()
                                           : Status(invalid(name, QStringLiteral("应为六位行政区划代码（GB/T 2260）。")));
    }
    if (name == hallPhone()) {
        static const QRegularExpression phone(QStringLiteral("^[0-9][0-9 -]{3,18}[0-9]$"));
        return phone.match(value).hasMatch() ? Status::success()
                                             : Status(invalid(name, QStringLiteral("应为电话号码（数字，可含连字符）。")));
    }
    if (name == backupKeepDays())
        return wholeNumber(name, value, 1, 3650);
    if (name == idleLockMinutes())
        return wholeNumber(name, value, 1, 240);
    if (name == setupCompleted())
        return wholeNumber(name, value, 0, 1);
    if (name == windowNo())
        return text(name, value, 10);
    if (name == backupFolder())
        return text(name, value, 500);
    const auto m = parametrised().match(name);
    if (m.captured(1) == QLatin1String("validity_days"))
        return wholeNumber(name, value, 1, 365);
    if (m.captured(1) == QLatin1String("letter_prefix")) {
        if (value.contains(QRegularExpression(QStringLiteral("[〔〕\\[\\]0-9]"))))
            return invalid(name, QStringLiteral("只填文号的前缀（如 赣退役落字），年份和序号由系统生成。"));
        return text(name, value, 20);
    }
    return text(name, value, 60); // names of hall, authority, organisation, police station; seal text
}

} // namespace vd::SettingRules
