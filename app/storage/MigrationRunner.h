#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include "Result.h"

namespace vd {

class SqlDialect;

/// Applies the numbered schema migrations db/NNNN_name.sql, embedded as resources under :/db/,
/// forward only (docs/DESIGN.md "storage"; the KMyMoney upgradeToV… idea). Each migration runs in
/// its own write transaction together with the new schema version, so a store is always at a
/// whole version.
class MigrationRunner {
public:
    /// One migration file: version NNNN from its name, e.g. 1 for "0001_initial.sql".
    struct Migration {
        int version = 0;
        QString name;         ///< "0001_initial"
        QString resourcePath; ///< ":/db/0001_initial.sql"
    };

    /// The embedded migrations, by version. Errors: storage_migration_failed when the files are not
    /// numbered 1, 2, 3 … without gaps (a build mistake, caught by the tests).
    static Result<QList<Migration>> available();
    /// The schema version this program knows (the highest migration); 0 if none is embedded.
    static int latestVersion();

    /// Brings `db` to latestVersion() and returns the version it is at afterwards.
    /// Errors: storage_newer_schema (the store was made by a newer program: not touched),
    /// storage_migration_failed (a statement or the commit failed: that migration is rolled back).
    static Result<int> migrate(const QSqlDatabase &db, const SqlDialect &dialect);

    /// Splits a script into statements at semicolons outside quotes and comments; comments are
    /// dropped, empty statements skipped. (Trigger bodies with inner semicolons are not supported.)
    static QStringList splitStatements(const QString &script);
};

} // namespace vd
