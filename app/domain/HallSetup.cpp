#include "HallSetup.h"

#include <QDir>
#include <QRegularExpression>

#include "CodeTables.h"

namespace vd::HallSetupRules {
namespace {

Finding error(const QString &field, const QString &code, const QString &message)
{
    return Finding{Finding::Severity::Error, field, code, message};
}

/// True when `text` holds a character that is not printable text (control, format, unassigned,
/// surrogate halves, private use): such text cannot be printed on a letter or shown reliably.
bool hasUnprintable(const QString &text)
{
    for (const QChar c : text) {
        switch (c.category()) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Other_NotAssigned:
        case QChar::Other_PrivateUse:
            return true;
        default:
            break;
        }
    }
    return false;
}

/// The checks every free-text name gets: given, not too long, printable.
void checkName(Findings &out, const QString &field, const QString &value, const QString &label, bool required,
               int maxLength = MaxNameLength)
{
    if (value.isEmpty()) {
        if (required)
            out.append(error(field, QStringLiteral("setup_missing"), QStringLiteral("请填写%1。").arg(label)));
        return;
    }
    if (value.size() > maxLength) {
        out.append(error(field, QStringLiteral("setup_too_long"),
                         QStringLiteral("%1过长（最多 %2 个字符）。").arg(label).arg(maxLength)));
    }
    if (hasUnprintable(value)) {
        out.append(error(field, QStringLiteral("setup_unprintable"),
                         QStringLiteral("%1含有不可打印的字符。").arg(label)));
    }
}

QString simplifiedText(const QString &s)
{
    // simplified() turns tabs and line breaks into single spaces; other control characters stay
    // and are reported by check().
    return s.simplified();
}

} // namespace

QStringList letterDocuments()
{
    return {QStringLiteral("settlement-letter"), QStringLiteral("party-letter")};
}

HallSetup normalized(HallSetup s)
{
    s.hallName = simplifiedText(s.hallName);
    s.hallRegion = s.hallRegion.trimmed();
    s.windowNo = s.windowNo.trimmed();
    s.issuingAuthority = simplifiedText(s.issuingAuthority);
    for (auto it = s.letterPrefixes.begin(); it != s.letterPrefixes.end(); ++it)
        it.value() = it.value().trimmed();
    s.adminLogin = s.adminLogin.trimmed();
    s.adminDisplayName = simplifiedText(s.adminDisplayName);
    s.backupFolder = s.backupFolder.trimmed();
    return s;
}

Findings checkHall(const HallSetup &s)
{
    Findings out;
    checkName(out, QStringLiteral("hall_name"), s.hallName, QStringLiteral("大厅名称"), true);

    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    if (s.hallRegion.isEmpty()) {
        out.append(error(QStringLiteral("hall_region"), QStringLiteral("setup_missing"),
                         QStringLiteral("请填写大厅所在县（市、区）的行政区划代码。")));
    } else if (!sixDigits.match(s.hallRegion).hasMatch()) {
        out.append(error(QStringLiteral("hall_region"), QStringLiteral("setup_region_malformed"),
                         QStringLiteral("行政区划代码应为 6 位数字（GB/T 2260），例如 360102。")));
    } else if (CodeTables::instance().countyFullName(s.hallRegion).isEmpty()) {
        const bool old = CodeTables::instance().isKnownJiangxiCode(s.hallRegion);
        out.append(error(QStringLiteral("hall_region"), QStringLiteral("setup_region_unknown"),
                         old ? QStringLiteral("%1 是已撤销的行政区划代码，请填写现行的县级代码。").arg(s.hallRegion)
                             : QStringLiteral("%1 不是江西省现行的县级行政区划代码（GB/T 2260）。").arg(s.hallRegion)));
    }

    static const QRegularExpression windowPattern(QStringLiteral("^[0-9A-Za-z-]{1,10}$"));
    if (s.windowNo.isEmpty()) {
        out.append(error(QStringLiteral("window_no"), QStringLiteral("setup_missing"), QStringLiteral("请填写窗口号。")));
    } else if (!windowPattern.match(s.windowNo).hasMatch()) {
        out.append(error(QStringLiteral("window_no"), QStringLiteral("setup_window_malformed"),
                         QStringLiteral("窗口号只能由 1–10 个数字、字母或“-”组成，例如 3 或 A3。")));
    }
    return out;
}

Findings checkLetters(const HallSetup &s)
{
    Findings out;
    checkName(out, QStringLiteral("issuing_authority"), s.issuingAuthority, QStringLiteral("出具单位名称"), true);
    const QStringList known = letterDocuments();
    for (auto it = s.letterPrefixes.cbegin(); it != s.letterPrefixes.cend(); ++it) {
        const QString field = QStringLiteral("letter_prefix.") + it.key();
        if (!known.contains(it.key())) {
            out.append(error(field, QStringLiteral("setup_unknown_document"),
                             QStringLiteral("“%1”不是带文号的文书（可用：%2）。").arg(it.key(), known.join(QStringLiteral("、")))));
            continue;
        }
        checkName(out, field, it.value(), QStringLiteral("文号前缀"), false, MaxPrefixLength);
        static const QRegularExpression forbidden(QStringLiteral("[\\s0-9〔〕\\[\\]（）()第号]"));
        if (!it.value().isEmpty() && forbidden.match(it.value()).hasMatch()) {
            out.append(error(field, QStringLiteral("setup_prefix_malformed"),
                             QStringLiteral("文号前缀只写机关代字，例如“赣退役落字”；年份、括号、序号和“第…号”由程序生成。")));
        }
    }
    if (s.letterPrefixes.value(QStringLiteral("settlement-letter")).isEmpty()) {
        out.append(error(QStringLiteral("letter_prefix.settlement-letter"), QStringLiteral("setup_missing"),
                         QStringLiteral("请填写落户介绍信的文号前缀，例如“赣退役落字”。")));
    }
    return out;
}

QString passwordProblem(const QString &password, const QString &login)
{
    if (password.isEmpty())
        return QStringLiteral("请设置密码。");
    if (password.size() > MaxPasswordLength)
        return QStringLiteral("密码过长（最多 %1 个字符）。").arg(MaxPasswordLength);
    if (password.size() < MinPasswordLength)
        return QStringLiteral("密码至少需要 %1 个字符。").arg(MinPasswordLength);
    if (hasUnprintable(password))
        return QStringLiteral("密码含有不可输入的控制字符。");
    int upper = 0, lower = 0, digit = 0, other = 0;
    for (const QChar c : password) {
        if (c.isUpper())
            upper = 1;
        else if (c.isLower())
            lower = 1;
        else if (c.isDigit())
            digit = 1;
        else
            other = 1;
    }
    if (upper + lower + digit + other < 3)
        return QStringLiteral("密码需包含大写字母、小写字母、数字、其他符号中的至少三类。");
    if (!login.isEmpty() && password.contains(login, Qt::CaseInsensitive))
        return QStringLiteral("密码不能包含登录名。");
    return QString();
}

Findings checkAdministrator(const HallSetup &s)
{
    Findings out;
    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z][A-Za-z0-9._-]{1,31}$"));
    if (s.adminLogin.isEmpty()) {
        out.append(error(QStringLiteral("admin.login"), QStringLiteral("setup_missing"),
                         QStringLiteral("请填写管理员的登录名。")));
    } else if (!loginPattern.match(s.adminLogin).hasMatch()) {
        out.append(error(QStringLiteral("admin.login"), QStringLiteral("setup_login_malformed"),
                         QStringLiteral("登录名为 2–32 个字母、数字或“._-”，以字母开头。")));
    }
    checkName(out, QStringLiteral("admin.display_name"), s.adminDisplayName, QStringLiteral("管理员姓名"), false, 40);
    const QString problem = passwordProblem(s.adminPassword, s.adminLogin);
    if (!problem.isEmpty()) {
        out.append(error(QStringLiteral("admin.password"),
                         s.adminPassword.isEmpty() ? QStringLiteral("setup_missing") : QStringLiteral("setup_password_weak"),
                         problem));
    }
    return out;
}

Findings check(const HallSetup &s)
{
    Findings out = checkHall(s);
    out += checkLetters(s);
    out += checkAdministrator(s);
    if (s.backupFolder.isEmpty()) {
        out.append(error(QStringLiteral("backup_folder"), QStringLiteral("setup_missing"),
                         QStringLiteral("请选择备份文件夹。")));
    } else if (QDir::isRelativePath(s.backupFolder)) {
        out.append(error(QStringLiteral("backup_folder"), QStringLiteral("setup_folder_relative"),
                         QStringLiteral("备份文件夹请写完整路径（绝对路径）。")));
    }
    return out;
}

} // namespace vd::HallSetupRules
