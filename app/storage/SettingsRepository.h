#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

#include "Case.h"
#include "Result.h"

namespace vd {

class Database;

/// Settings kept in the store itself (table `settings`, db/0001_initial.sql), shared by every
/// window and the CLI that open it. Known names: "hall_region" (GB/T 2260 code of this hall, the
/// first part of case numbers; spec/case-format.md `case_no`).
class SettingsRepository {
public:
    explicit SettingsRepository(const Database &db) : m_db(db) {}

    /// The value of `name`; std::nullopt when it was never set.
    /// Errors: storage_read_failed, storage_open_failed (this thread cannot connect).
    Result<std::optional<QString>> value(const QString &name) const;
    /// The hall region that numbers a new case (受理编号): the "hall_region" setting, or, while no
    /// hall has set it, the case's placement region. Errors: as value().
    Result<QString> hallRegionFor(const Case &c) const;
    /// Every stored setting as (name, value), sorted by name. Errors: storage_read_failed, storage_open_failed.
    Result<QList<QPair<QString, QString>>> all() const;
    /// Sets `name` to `value` in one transaction. Errors: storage_write_failed, storage_open_failed.
    Status setValue(const QString &name, const QString &value);

private:
    const Database &m_db;
};

} // namespace vd
