#include "MigrationRunner.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

#include "SqlDialect.h"
#include "StorageError.h"
#include "Transaction.h"

namespace vd {
namespace {

const QString MigrationFailed = QStringLiteral("storage_migration_failed");

Status applyOne(const QSqlDatabase &db, const SqlDialect &dialect, const MigrationRunner::Migration &m)
{
    QFile file(m.resourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return StorageError::make(MigrationFailed,
                                  QStringLiteral("内部错误：找不到数据库迁移文件 %1。").arg(m.name));
    }
    const QStringList statements = MigrationRunner::splitStatements(QString::fromUtf8(file.readAll()));

    Transaction tx(db, MigrationFailed, dialect.beginWriteStatement());
    if (Status s = tx.begin(); !s)
        return s;
    // Another program (the GUI, a second CLI) may have migrated the store while we waited for the
    // write lock: read the version again under the lock.
    const Result<int> current = dialect.schemaVersion(db);
    if (!current)
        return current.error();
    if (current.value() >= m.version)
        return Status::success();

    for (const QString &statement : statements) {
        QSqlQuery q(db);
        if (!q.exec(statement)) {
            return StorageError::fromSql(MigrationFailed,
                                         QStringLiteral("升级数据库（%1）失败，数据库未改变").arg(m.name),
                                         q.lastError());
        }
    }
    if (Status s = dialect.setSchemaVersion(db, m.version); !s)
        return s;
    return tx.commit();
}

} // namespace

Result<QList<MigrationRunner::Migration>> MigrationRunner::available()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> migrations;
    const QStringList files = QDir(QStringLiteral(":/db")).entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = pattern.match(file);
        if (!match.hasMatch())
            continue; // fixtures and notes may live next to the migrations
        Migration m;
        m.version = match.captured(1).toInt();
        m.name = file.chopped(4);
        m.resourcePath = QStringLiteral(":/db/") + file;
        migrations.append(m);
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    // Numbers start at 1 and increase without repeats. Gaps are tolerated while the issue branches
    // (0002, 0003, 0004 …) are developed apart; the merged program has every number.
    for (int i = 0; i < migrations.size(); ++i) {
        const bool ordered = i == 0 ? migrations.at(i).version == 1
                                    : migrations.at(i).version > migrations.at(i - 1).version;
        if (!ordered) {
            return Error{MigrationFailed,
                         QStringLiteral("内部错误：数据库迁移文件编号不连续（%1）。").arg(migrations.at(i).name)};
        }
    }
    return migrations;
}

int MigrationRunner::latestVersion()
{
    const Result<QList<Migration>> migrations = available();
    return migrations && !migrations.value().isEmpty() ? migrations.value().last().version : 0;
}

Result<int> MigrationRunner::migrate(const QSqlDatabase &db, const SqlDialect &dialect)
{
    const Result<QList<Migration>> migrations = available();
    if (!migrations)
        return migrations.error();
    const int latest = migrations.value().isEmpty() ? 0 : migrations.value().last().version;

    const Result<int> current = dialect.schemaVersion(db);
    if (!current)
        return current.error();
    if (current.value() > latest) {
        return Error{QStringLiteral("storage_newer_schema"),
                     QStringLiteral("此数据库由更新版本的程序创建（数据库版本 %1，本程序只支持到版本 %2），"
                                    "请升级本程序后再打开；数据库未被改动。")
                         .arg(current.value())
                         .arg(latest)};
    }
    for (const Migration &m : migrations.value()) {
        if (m.version <= current.value())
            continue;
        if (Status s = applyOne(db, dialect, m); !s)
            return s.error();
    }
    return dialect.schemaVersion(db);
}

QStringList MigrationRunner::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    const int n = script.size();
    for (int i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            while (i < n && script.at(i) != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char('\n');
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const int end = script.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? n : end + 1;
            current += QLatin1Char(' ');
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            // A quoted literal or identifier; a doubled quote inside it is an escaped quote.
            int j = i + 1;
            while (j < n) {
                if (script.at(j) == c) {
                    if (j + 1 < n && script.at(j + 1) == c) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            current += script.mid(i, j - i + 1);
            i = j;
        } else if (c == QLatin1Char(';')) {
            if (!current.trimmed().isEmpty())
                statements.append(current.trimmed());
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace vd
