// Fuzz target: an administrator's holiday file (WorkdayCalendar::fromCsv) never crashes the parser,
// and a calendar it accepts answers working-day questions in bounded time (issue 7).
#include "WorkdayCalendar.h"

#include <QByteArray>
#include <QDate>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray csv(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const vd::Result<vd::WorkdayCalendar> parsed = vd::WorkdayCalendar::fromCsv(csv);
    if (!parsed.ok()) {
        if (parsed.error().code != QLatin1String("holiday_file_invalid") || parsed.error().message.isEmpty())
            std::abort();
        return 0;
    }
    const vd::WorkdayCalendar &cal = parsed.value();
    if (cal.years().isEmpty())
        std::abort();
    const QDate start(cal.years().first(), 1, 1);
    bool beyond = false;
    const QDate due = cal.addWorkdays(start, 15, &beyond);
    if (!due.isValid() || due <= start)
        std::abort();
    return 0;
}
