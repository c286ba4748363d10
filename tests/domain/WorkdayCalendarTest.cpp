#include "WorkdayCalendar.h"

#include <catch2/catch.hpp>

using namespace vd;

namespace {
const WorkdayCalendar &cal()
{
    return WorkdayCalendar::builtIn();
}
} // namespace

TEST_CASE("adjusted weekend working days count, holidays do not", "[workdays]")
{
    CHECK(cal().isWorkday(QDate(2024, 2, 18)));   // Sunday, 调休上班
    CHECK(cal().isWorkday(QDate(2024, 2, 4)));    // Sunday, 调休上班
    CHECK_FALSE(cal().isWorkday(QDate(2024, 2, 12))); // Monday, 春节
    CHECK_FALSE(cal().isWorkday(QDate(2024, 2, 24))); // ordinary Saturday
    CHECK(cal().isWorkday(QDate(2024, 2, 19)));   // ordinary Monday
    CHECK(cal().isWorkday(QDate(2026, 2, 14)));   // Saturday, 调休上班
    CHECK(cal().isWorkday(QDate(2026, 2, 28)));   // Saturday, 调休上班
}

TEST_CASE("N working days after a date", "[workdays]")
{
    // The example: the day after 2024-02-09 that is a working day is the adjusted Sunday.
    CHECK(cal().addWorkdays(QDate(2024, 2, 9), 1) == QDate(2024, 2, 18));
    // 2026 Spring Festival: nine days off, 02-15 (Sun) to 02-23 (Mon); 02-14 (Sat) is worked.
    CHECK(cal().addWorkdays(QDate(2026, 2, 13), 1) == QDate(2026, 2, 14));
    CHECK(cal().addWorkdays(QDate(2026, 2, 14), 1) == QDate(2026, 2, 24));
    for (int d = 15; d <= 23; ++d)
        CHECK_FALSE(cal().isWorkday(QDate(2026, 2, d)));
    // New Year across two years: 2022-12-31 … 2023-01-02 off (in the 2023 file).
    CHECK(cal().addWorkdays(QDate(2022, 12, 30), 1) == QDate(2023, 1, 3));
    // New Year 2026: 01-01 … 01-03 off, 01-04 (Sun) worked.
    CHECK(cal().addWorkdays(QDate(2025, 12, 31), 1) == QDate(2026, 1, 4));
    CHECK(cal().addWorkdays(QDate(2024, 9, 12), 15) == QDate(2024, 10, 10)); // across 中秋 (09-14 worked) and 国庆 (09-29 worked)
    CHECK(cal().addWorkdays(QDate(2024, 9, 12), 0) == QDate(2024, 9, 12));
}

TEST_CASE("a date beyond the known years is flagged, not silently guessed", "[workdays]")
{
    bool beyond = false;
    cal().addWorkdays(QDate(2026, 12, 30), 3, &beyond);
    CHECK(beyond);
    cal().addWorkdays(QDate(2026, 12, 1), 3, &beyond);
    CHECK_FALSE(beyond);
    CHECK(cal().years() == QList<int>{2023, 2024, 2025, 2026});
}

TEST_CASE("an administrator's file for a new year merges; bad files are refused", "[workdays]")
{
    const auto extra = WorkdayCalendar::fromCsv("date,weekday,name,is_off_day,source_year_file,paper\n"
                                                "2027-01-01,Fri,元旦,true,2027,x\n"
                                                "2027-01-04,Mon,元旦,true,2027,x\n");
    REQUIRE(extra.ok());
    WorkdayCalendar merged = cal();
    merged.merge(extra.value());
    bool beyond = true;
    CHECK(merged.addWorkdays(QDate(2026, 12, 31), 1, &beyond) == QDate(2027, 1, 5));
    CHECK_FALSE(beyond);

    for (const QByteArray &bad : {QByteArray(), QByteArray("garbage"),
                                  QByteArray("date,weekday,name,is_off_day,source_year_file,paper\n"),
                                  QByteArray("date,weekday,name,is_off_day,source_year_file,paper\n2027-02-30,x,y,true,2027,z\n"),
                                  QByteArray("date,weekday,name,is_off_day,source_year_file,paper\n2027-01-01,x,y,maybe,2027,z\n"),
                                  QByteArray("date,weekday,name,is_off_day,source_year_file,paper\n2027-01-01,x\n")}) {
        const auto r = WorkdayCalendar::fromCsv(bad);
        CHECK_FALSE(r.ok());
        if (!r.ok())
            CHECK(r.error().code == QStringLiteral("holiday_file_invalid"));
    }
}

TEST_CASE("an imported holiday file is checked line by line: columns, dates, weekdays, duplicates, size", "[workdays]")
{
    const QByteArray header = "date,weekday,name,is_off_day,source_year_file,paper\n";
    const QByteArray good = header + "2027-01-01,Fri,元旦,true,2027,x\n2027-02-20,Sat,春节,false,2027,x\n";
    REQUIRE(WorkdayCalendar::fromCsv(good).ok());
    CHECK(WorkdayCalendar::fromCsv("\xEF\xBB\xBF" + good).ok()); // BOM from a spreadsheet
    CHECK(WorkdayCalendar::fromCsv(QByteArray(good).replace('\n', "\r\n")).ok());
    CHECK_FALSE(WorkdayCalendar::fromCsv(good).value().isWorkday(QDate(2027, 1, 1)));
    CHECK(WorkdayCalendar::fromCsv(good).value().isWorkday(QDate(2027, 2, 20)));

    struct Bad {
        QByteArray file;
        QString says;
    };
    const QList<Bad> bad = {
        {"date,is_off_day\n2027-01-01,true\n", QStringLiteral("第 1 行")},                          // wrong header
        {header + "2027-01-01,Fri,元旦,true,2027\n", QStringLiteral("应有 6 列")},                  // a column missing
        {header + "2027-01-01,Fri,元旦,true,2027,x,extra\n", QStringLiteral("应有 6 列")},          // one too many
        {header + "2027-13-01,Fri,元旦,true,2027,x\n", QStringLiteral("有效日期")},                 // no month 13
        {header + "27-1-1,Fri,元旦,true,2027,x\n", QStringLiteral("有效日期")},                     // not ISO
        {header + "2027-01-01,Mon,元旦,true,2027,x\n", QStringLiteral("星期列")},                   // 01-01 is a Friday
        {header + "2027-01-01,Fri,元旦,yes,2027,x\n", QStringLiteral("is_off_day")},
        {header + "2027-01-01,Fri,元旦,true,2031,x\n", QStringLiteral("source_year_file")},
        {header + "2027-01-01,Fri,元旦,true,2027,x\n2027-01-01,Fri,元旦,false,2027,x\n", QStringLiteral("重复")},
        {header + "2027-01-01,Fri,\xFF\xFE,true,2027,x\n", QStringLiteral("UTF-8")},
        {header + QByteArray(WorkdayCalendar::MaxCsvSize, 'a'), QStringLiteral("过大")},
        {header + QByteArray(WorkdayCalendar::MaxCsvRows + 10, '\n'), QStringLiteral("行数")},
        {header + "\n\n", QStringLiteral("没有任何日期")},
    };
    for (const Bad &b : bad) {
        const auto r = WorkdayCalendar::fromCsv(b.file);
        INFO(b.file.left(120).toStdString());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("holiday_file_invalid"));
        CHECK(r.error().message.contains(b.says));
    }
}

TEST_CASE("adjusted Saturday and Sunday working days move a deadline forward", "[workdays]")
{
    // 2024-09-14 is an adjusted Saturday before 中秋; 2024-09-29 an adjusted Sunday before 国庆.
    CHECK(cal().addWorkdays(QDate(2024, 9, 13), 1) == QDate(2024, 9, 14));
    CHECK(cal().addWorkdays(QDate(2024, 9, 27), 1) == QDate(2024, 9, 29));
    CHECK(cal().addWorkdays(QDate(2024, 9, 29), 1) == QDate(2024, 9, 30));
    CHECK(cal().addWorkdays(QDate(2024, 9, 30), 1) == QDate(2024, 10, 8)); // 10-01 … 10-07 off
    // New Year 2024/2025: 2024-12-31 (Tue) + 1 skips 2025-01-01.
    CHECK(cal().addWorkdays(QDate(2024, 12, 31), 1) == QDate(2025, 1, 2));
}
