#include "CalendarRepository.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include "Database.h"
#include "StorageError.h"
#include "Transaction.h"

namespace vd {

Result<QList<int>> CalendarRepository::import(const QByteArray &csv)
{
    const Result<WorkdayCalendar> parsed = WorkdayCalendar::fromCsv(csv);
    if (!parsed)
        return parsed.error();
    const QList<int> years = parsed.value().years();
    QStringList yearText;
    for (int y : years)
        yearText.append(QString::number(y));

    const Result<QSqlDatabase> connection = m_db.checkedConnection();
    if (!connection)
        return connection.error();
    const QSqlDatabase &db = connection.value();
    const QString failed = QStringLiteral("storage_write_failed");
    Transaction tx(db, failed, m_db.dialect().beginWriteStatement());
    if (Status s = tx.begin(); !s)
        return s.error();
    QSqlQuery max(db);
    if (!max.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM holiday_files")) || !max.next())
        return StorageError::fromSql(failed, QStringLiteral("导入节假日安排失败"), max.lastError());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO holiday_files (seq, years, csv_text, imported_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(max.value(0).toInt() + 1);
    q.addBindValue(yearText.join(QLatin1Char(',')));
    q.addBindValue(QString::fromUtf8(csv));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return StorageError::fromSql(failed, QStringLiteral("导入节假日安排失败"), q.lastError());
    if (Status s = tx.commit(); !s)
        return s.error();
    return years;
}

Result<WorkdayCalendar> CalendarRepository::effective() const
{
    const Result<QSqlDatabase> connection = m_db.checkedConnection();
    if (!connection)
        return connection.error();
    QSqlQuery q(connection.value());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, csv_text FROM holiday_files ORDER BY seq")))
        return StorageError::fromSql(QStringLiteral("storage_read_failed"), QStringLiteral("读取节假日安排失败"),
                                     q.lastError());
    WorkdayCalendar calendar = WorkdayCalendar::builtIn();
    while (q.next()) {
        const Result<WorkdayCalendar> parsed = WorkdayCalendar::fromCsv(q.value(1).toString().toUtf8());
        if (!parsed) {
            return Error{QStringLiteral("storage_corrupt_calendar"),
                         QStringLiteral("第 %1 次导入的节假日安排已损坏：%2").arg(q.value(0).toInt()).arg(parsed.error().message)};
        }
        calendar.merge(parsed.value());
    }
    return calendar;
}

} // namespace vd
