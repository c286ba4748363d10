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
    const QList<QByteArray> lines = csv.split('\n');
    if (lines.isEmpty() || !lines.first().trimmed().startsWith("date,"))
        return bad(1, QStringLiteral("第一行应为表头“date,weekday,name,is_off_day,source_year_file,paper”。"));
    WorkdayCalendar cal;
    for (int i = 1; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList cols = line.split(QLatin1Char(','));
        if (cols.size() < 5)
            return bad(i + 1, QStringLiteral("列数不足。"));
        const QDate date = QDate::fromString(cols.at(0), Qt::ISODate);
        if (!date.isValid())
            return bad(i + 1, QStringLiteral("“%1”不是有效日期。").arg(cols.at(0).left(20)));
        const QString off = cols.at(3).trimmed();
        if (off != QLatin1String("true") && off != QLatin1String("false"))
            return bad(i + 1, QStringLiteral("is_off_day 应为 true 或 false。"));
        bool yearOk = false;
        const int year = cols.at(4).toInt(&yearOk);
        if (!yearOk || year < 1900 || year > 2200)
            return bad(i + 1, QStringLiteral("source_year_file 应为年份。"));
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
