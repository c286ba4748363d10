#include "ItemStatusPanel.h"

#include "ui_ItemStatusPanel.h"

#include <QHeaderView>

#include "DialogRunner.h"
#include "ItemResultDialog.h"
#include "WorkflowService.h"

namespace {
enum Column { ItemColumn, DepartmentColumn, StateColumn, DueColumn, OutColumn, ColumnCount };
const QColor OverdueColor(0xc0, 0x00, 0x00);
} // namespace

ItemStatusPanel::ItemStatusPanel(WorkflowService &service, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ItemStatusPanel>()), m_service(service)
{
    m_ui->setupUi(this);
    m_ui->itemTable->setColumnCount(ColumnCount);
    m_ui->itemTable->setHorizontalHeaderLabels(
        {tr("Item"), tr("Department"), tr("State"), tr("Due date"), tr("Result out")});
    m_ui->itemTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->itemTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->recordButton, &QPushButton::clicked, this, &ItemStatusPanel::recordSelected);
    connect(m_ui->itemTable, &QTableWidget::cellDoubleClicked, this, &ItemStatusPanel::recordSelected);
    connect(m_ui->itemTable, &QTableWidget::itemSelectionChanged, this,
            [this] { m_ui->recordButton->setEnabled(!m_ui->itemTable->selectedItems().isEmpty()); });
    connect(&m_service, &WorkflowService::changed, this, [this](const QString &changed) {
        if (changed == m_caseNo)
            refresh();
    });
}

ItemStatusPanel::~ItemStatusPanel() = default;

void ItemStatusPanel::setCase(const QString &caseNo)
{
    m_caseNo = caseNo;
    refresh();
}

void ItemStatusPanel::refresh()
{
    const int selectedRow = m_ui->itemTable->currentRow();
    m_ui->itemTable->setRowCount(0);
    m_items.clear();
    m_ui->recordButton->setEnabled(false);
    if (m_caseNo.isEmpty()) {
        m_ui->caseLabel->setText(tr("No case selected"));
        return;
    }
    const auto items = m_service.items(m_caseNo);
    if (!items) {
        m_ui->caseLabel->setText(items.error().message);
        return;
    }
    m_items = items.value();
    m_ui->caseLabel->setText(tr("Items of case %1").arg(m_caseNo));
    const QDate today = QDate::currentDate();
    m_ui->itemTable->setRowCount(m_items.size());
    for (int row = 0; row < m_items.size(); ++row) {
        const vd::WorkflowItem &w = m_items.at(row);
        const vd::ItemInfo &info = vd::itemInfo(w.item);
        QString due = w.dueOn.isValid() ? w.dueOn.toString(Qt::ISODate) : QString();
        const bool overdue = w.isOverdue(today);
        if (overdue)
            due += tr(" (overdue)");
        else if (w.dueBeyondCalendar && !vd::isEnded(w.state))
            due += tr(" (holiday arrangement unknown)");
        QString out;
        if (w.resultOut)
            out = vd::ResultOut::methodName(w.resultOut->method) + QLatin1Char(' ')
                  + w.resultOut->outOn.toString(Qt::ISODate);
        const QStringList cells = {info.name, info.department, vd::stateName(w.state), due, out};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            if (overdue)
                cell->setForeground(OverdueColor);
            if (column == StateColumn && !w.reason.isEmpty())
                cell->setToolTip(tr("Reason: %1").arg(w.reason));
            m_ui->itemTable->setItem(row, column, cell);
        }
    }
    if (selectedRow >= 0 && selectedRow < m_items.size())
        m_ui->itemTable->selectRow(selectedRow);
}

void ItemStatusPanel::recordSelected()
{
    const int row = m_ui->itemTable->currentRow();
    if (row < 0 || row >= m_items.size() || m_caseNo.isEmpty())
        return;
    ItemResultDialog dialog(m_service, m_caseNo, m_items.at(row), this);
    DialogRunner::exec(&dialog);
}
