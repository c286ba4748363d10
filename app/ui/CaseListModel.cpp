#include "CaseListModel.h"

#include "Database.h"

CaseListModel::CaseListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CaseListModel::setCases(const QList<vd::CaseSummary> &cases)
{
    beginResetModel();
    m_cases = cases;
    m_db = nullptr;
    m_search.clear();
    m_more = false;
    endResetModel();
}

vd::Status CaseListModel::setSearch(const vd::Database &db, const QString &search)
{
    m_lastError = {};
    const auto page = db.cases().listPage(search, 0, PageSize);
    beginResetModel();
    m_db = &db;
    m_search = search;
    m_cases = page ? page.value() : QList<vd::CaseSummary>();
    m_more = page && m_cases.size() == PageSize;
    endResetModel();
    if (!page) {
        m_lastError = page.error();
        return page.error();
    }
    return vd::Status::success();
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_db && m_more;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const auto page = m_db->cases().listPage(m_search, static_cast<int>(m_cases.size()), PageSize);
    if (!page) {
        m_lastError = page.error();
        m_more = false; // a failing store is not asked again on every scroll
        return;
    }
    m_more = page.value().size() == PageSize;
    if (page.value().isEmpty())
        return;
    const int first = static_cast<int>(m_cases.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(page.value().size()) - 1);
    m_cases.append(page.value());
    endInsertRows();
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
