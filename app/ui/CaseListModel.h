#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "CaseRepository.h"
#include "Result.h"

namespace vd {
class Database;
}

/// The case list of the main window: one row per vd::CaseSummary (as CaseRepository::list gives
/// them, newest first). Shows only the masked ID number, never the full one.
///
/// Lazy (issue 9): after setSearch() it holds the first PageSize rows of CaseRepository::listPage
/// and loads the next page when the view scrolls to the end (canFetchMore/fetchMore), so a store of
/// a million cases shows at once and memory grows only with what was scrolled through.
class CaseListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CaseNo, Name, MaskedIdNumber, ApplicationDate, Status, ColumnCount };
    /// Rows loaded per page.
    static constexpr int PageSize = 200;

    explicit CaseListModel(QObject *parent = nullptr);

    /// Replaces the rows by `cases` (nothing more to fetch).
    void setCases(const QList<vd::CaseSummary> &cases);
    /// Shows the cases of `db` matching `search` (CaseRepository::list semantics): loads the first
    /// page; more pages follow through fetchMore. On an error the list is empty and the error is
    /// returned (storage_read_failed, storage_open_failed). `db` must outlive the model's use.
    vd::Status setSearch(const vd::Database &db, const QString &search);
    /// The case number of `row` ("" when out of range).
    QString caseNoAt(int row) const;
    /// The error of the last page that failed to load (empty message when none).
    vd::Error lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QList<vd::CaseSummary> m_cases;
    const vd::Database *m_db = nullptr; ///< source of further pages; nullptr after setCases
    QString m_search;
    bool m_more = false; ///< the last page was full: there may be more rows
    vd::Error m_lastError;
};
