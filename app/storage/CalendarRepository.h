#pragma once

#include <QByteArray>
#include <QList>

#include "Result.h"
#include "WorkdayCalendar.h"

namespace vd {

class Database;

/// The holiday arrangements an administrator imported into the store (table holiday_files,
/// db/0002_workflow.sql), so that a new year's arrangement needs no new build. Files have the
/// format of the built-in resources/rules/cn-holidays-2023-2026.csv (WorkdayCalendar::fromCsv).
class CalendarRepository {
public:
    explicit CalendarRepository(const Database &db) : m_db(db) {}

    /// Checks `csv` (WorkdayCalendar::fromCsv) and stores it; returns the years it covers.
    /// Errors: holiday_file_invalid (nothing stored), storage_write_failed, storage_open_failed.
    Result<QList<int>> import(const QByteArray &csv);
    /// The built-in calendar with every imported file merged over it, in import order (a later file
    /// wins for the same date). Errors: storage_read_failed, storage_corrupt_calendar (a stored file
    /// no longer parses).
    Result<WorkdayCalendar> effective() const;

private:
    const Database &m_db;
};

} // namespace vd
