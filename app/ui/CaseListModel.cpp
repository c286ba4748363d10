#include "CaseListModel.h"

CaseListModel::CaseListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CaseListModel::setCases(const QList<vd::CaseSummary> &cases)
{
    beginResetModel();
    m_cases = cases;
    endResetModel();
}

QString CaseListModel::caseNoAt(int row) const
{
    return row >= 0 && row < m_cases.size() ? m_cases.at(row).caseNo : QString();
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cases.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cases.size() || role != Qt::DisplayRole)
        return {};
    const vd::CaseSummary &c = m_cases.at(index.row());
    switch (index.column()) {
    case CaseNo:
        return c.caseNo;
    case Name:
        return c.name;
    case MaskedIdNumber:
        return c.maskedIdNumber;
    case ApplicationDate:
        return c.applicationDate.toString(Qt::ISODate);
    case Status:
        return c.status == QLatin1String("accepted") ? tr("Accepted") : c.status;
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CaseNo:
        return tr("Case number");
    case Name:
        return tr("Name");
    case MaskedIdNumber:
        return tr("ID number");
    case ApplicationDate:
        return tr("Application date");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}
