#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

#include "Result.h"

namespace vd {

class CaseRepository;

/// The local store: one SQLite file (docs/DESIGN.md, "storage"). Opens or creates it, applies the
/// numbered migrations db/NNNN_*.sql (embedded as resources) in order, each in its own transaction,
/// tracked by PRAGMA user_version; turns on WAL and foreign keys.
class Database {
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating folders and file as needed) and migrates the store at `path`.
    /// Errors: storage_open_failed, storage_migration_failed, storage_newer_schema (a store made by a
    /// newer program version).
    static Result<std::unique_ptr<Database>> open(const QString &path);
    /// The default store, shared by the GUI and the CLI:
    /// QStandardPaths::AppDataLocation / "veteran-desk.sqlite" (~/.local/share/VeteranDesk/… on Linux).
    static QString defaultPath();

    QString path() const { return m_path; }
    /// The schema version after migration (PRAGMA user_version).
    int schemaVersion() const;
    /// This thread's connection (one named connection per thread).
    QSqlDatabase connection() const;

    CaseRepository cases() const;

private:
    explicit Database(QString path, QString connectionName);
    QString m_path;
    QString m_connectionName;
};

} // namespace vd
