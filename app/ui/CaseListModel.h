#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "CaseRepository.h"

/// The case list of the main window: one row per vd::CaseSummary (as CaseRepository::list gives
/// them, newest first). Shows only the masked ID number, never the full one.
class CaseListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CaseNo, Name, MaskedIdNumber, ApplicationDate, Status, ColumnCount };

    explicit CaseListModel(QObject *parent = nullptr);

    /// Replaces the rows.
    void setCases(const QList<vd::CaseSummary> &cases);
    /// The case number of `row` ("" when out of range).
    QString caseNoAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<vd::CaseSummary> m_cases;
};
