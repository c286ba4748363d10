#include "WorkdayCalendar.h"

#include <QFile>

#include <algorithm>

namespace vd {

const WorkdayCalendar &WorkdayCalendar::builtIn()
{
    static const WorkdayCalendar calendar = [] {
        QFile f(QStringLiteral(":/rules/cn-holidays-2023-2026.csv"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing built-in resource :/rules/cn-holidays-2023-2026.csv");
        Result<WorkdayCalendar> parsed = fromCsv(f.readAll());
        if (!parsed.ok())
            qFatal("built-in holiday calendar invalid: %s", qPrintable(parsed.error().message));
        return parsed.value();
    }();
    return calendar;
}

Result<WorkdayCalendar> WorkdayCalendar::fromCsv(const QByteArray &csv)
{
    const auto bad = [](int line, const QString &why) {
        return Error{QStringLiteral("holiday_file_invalid"),
                     QStringLiteral("节假日文件第 %1 行有误：%2").arg(line).arg(why)};
    };
    if (csv.size() > MaxCsvSize) {
        return Error{QStringLiteral("holiday_file_invalid"),
                     QStringLiteral("节假日文件过大（超过 %1 KiB），不是节假日安排。").arg(MaxCsvSize / 1024)};
    }
    QByteArray text = csv;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3); // a UTF-8 byte order mark, as spreadsheet programs write it
    const QList<QByteArray> lines = text.split('\n');
    if (lines.size() - 1 > MaxCsvRows)
        return bad(MaxCsvRows + 2, QStringLiteral("行数超过 %1，不是节假日安排。").arg(MaxCsvRows));
    static const QByteArray header = "date,weekday,name,is_off_day,source_year_file,paper";
    if (lines.isEmpty() || lines.first().trimmed() != header)
        return bad(1, QStringLiteral("第一行应为表头“%1”。").arg(QString::fromLatin1(header)));
    static const char *const weekdays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    WorkdayCalendar cal;
    for (int i = 1; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty())
            continue;
        if (line.contains(QChar::ReplacementCharacter))
            return bad(i + 1, QStringLiteral("不是 UTF-8 文本。"));
        const QStringList cols = line.split(QLatin1Char(','));
        if (cols.size() != 6)
            return bad(i + 1, QStringLiteral("应有 6 列（date,weekday,name,is_off_day,source_year_file,paper），实际 %1 列。")
                                  .arg(cols.size()));
        const QDate date = QDate::fromString(cols.at(0).trimmed(), Qt::ISODate);
        if (!date.isValid() || cols.at(0).trimmed().size() != 10)
            return bad(i + 1, QStringLiteral("“%1”不是 YYYY-MM-DD 格式的有效日期。").arg(cols.at(0).left(20)));
        if (cols.at(1).trimmed() != QLatin1String(weekdays[date.dayOfWeek() - 1])) {
            return bad(i + 1, QStringLiteral("%1 是 %2，星期列却是“%3”。")
                                  .arg(cols.at(0), QLatin1String(weekdays[date.dayOfWeek() - 1]), cols.at(1).left(10)));
        }
        const QString off = cols.at(3).trimmed();
        if (off != QLatin1String("true") && off != QLatin1String("false"))
            return bad(i + 1, QStringLiteral("is_off_day 应为 true 或 false。"));
        bool yearOk = false;
        const int year = cols.at(4).trimmed().toInt(&yearOk);
        if (!yearOk || (year != date.year() && year != date.year() + 1))
            return bad(i + 1, QStringLiteral("source_year_file 应为该日期所在的年份（十二月的日期也可为下一年）。"));
        if (cal.m_days.contains(date))
            return bad(i + 1, QStringLiteral("日期 %1 重复出现。").arg(cols.at(0)));
        cal.m_days.insert(date, off == QLatin1String("true"));
        cal.m_years.insert(year);
    }
    if (cal.m_years.isEmpty())
        return bad(2, QStringLiteral("文件中没有任何日期。"));
    return cal;
}

void WorkdayCalendar::merge(const WorkdayCalendar &other)
{
    for (auto it = other.m_days.begin(); it != other.m_days.end(); ++it)
        m_days.insert(it.key(), it.value());
    m_years.unite(other.m_years);
}

bool WorkdayCalendar::isWorkday(const QDate &date) const
{
    const auto it = m_days.constFind(date);
    if (it != m_days.constEnd())
        return !it.value();
    return date.dayOfWeek() <= 5;
}

QList<int> WorkdayCalendar::years() const
{
    QList<int> y(m_years.begin(), m_years.end());
    std::sort(y.begin(), y.end());
    return y;
}

QDate WorkdayCalendar::addWorkdays(const QDate &start, int n, bool *beyondKnown) const
{
    bool beyond = !covers(start);
    QDate d = start;
    while (n > 0) {
        d = d.addDays(1);
        beyond = beyond || !covers(d);
        if (isWorkday(d))
            --n;
    }
    if (beyondKnown)
        *beyondKnown = beyond;
    return d;
}

} // namespace vd
