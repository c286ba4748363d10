#pragma once

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QSet>

#include "Result.h"

namespace vd {

/// The working-day calendar (工作日) of the State Council's holiday notices: a date is a working day
/// when it is an adjusted working day (调休上班), or a Monday–Friday that is not a statutory day off.
/// Data: resources/rules/cn-holidays-2023-2026.csv (NateScarlet/holiday-cn, MIT); an administrator can
/// merge a new year's file without a new build (merge()).
class WorkdayCalendar {
public:
    /// The calendar built into the program (2023–2026).
    static const WorkdayCalendar &builtIn();

    /// Largest holiday file accepted (bytes) and most lines: a year has about 40 listed days.
    static constexpr int MaxCsvSize = 256 * 1024;
    static constexpr int MaxCsvRows = 5000;

    /// Parses a holiday CSV (UTF-8, optional BOM) with exactly the header
    /// `date,weekday,name,is_off_day,source_year_file,paper` and six columns per line: a real
    /// YYYY-MM-DD date whose weekday matches the weekday column (Mon…Sun), is_off_day true/false,
    /// source_year_file the date's year (or the next for a December date), each date once.
    /// Errors: holiday_file_invalid, naming the first bad line and why (also for an empty file, a
    /// file over MaxCsvSize or MaxCsvRows, text that is not UTF-8).
    static Result<WorkdayCalendar> fromCsv(const QByteArray &csv);

    /// Adds another calendar's days and years (a later file wins for the same date).
    void merge(const WorkdayCalendar &other);

    /// True for a working day. Outside the known years only weekends count as days off.
    bool isWorkday(const QDate &date) const;
    /// True when the holiday arrangement of `date`'s year is known.
    bool covers(const QDate &date) const { return m_years.contains(date.year()); }
    /// The known years, ascending.
    QList<int> years() const;

    /// The date `n` working days after `start` (n ≥ 1: the n-th working day strictly after `start`;
    /// n = 0: `start` itself). `*beyondKnown` is set when any day counted lies outside the known years
    /// (the result is then a guess by weekends only, and the caller must warn).
    QDate addWorkdays(const QDate &start, int n, bool *beyondKnown = nullptr) const;

private:
    QHash<QDate, bool> m_days; ///< date → is_off_day, for the days the notices name
    QSet<int> m_years;
};

} // namespace vd
