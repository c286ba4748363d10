#include "ChecklistPanel.h"

#include "ui_ChecklistPanel.h"

#include <QFont>
#include <QHeaderView>

ChecklistPanel::ChecklistPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ChecklistPanel>())
{
    m_ui->setupUi(this);
    QFont bold = m_ui->checklistTitle->font();
    bold.setBold(true);
    m_ui->checklistTitle->setFont(bold);
    QTableWidget *table = m_ui->checklistTable;
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    // Long names wrap; rows grow to fit whenever the columns change width.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setMaterials({});
}

ChecklistPanel::~ChecklistPanel() = default;

void ChecklistPanel::setMaterials(const QList<vd::RequiredMaterial> &materials)
{
    QTableWidget *table = m_ui->checklistTable;
    table->setRowCount(static_cast<int>(materials.size()));
    int required = 0;
    int inProcess = 0;
    const QBrush dimmed = table->palette().brush(QPalette::Disabled, QPalette::Text);
    for (int row = 0; row < materials.size(); ++row) {
        const vd::RequiredMaterial &m = materials.at(row);
        const bool isRequired = m.requirement == vd::RequiredMaterial::Requirement::Required;
        (isRequired ? required : inProcess) += 1;
        QStringList items;
        for (vd::ItemId id : m.items)
            items.append(vd::itemInfo(id).name);
        const QString texts[] = {m.name, isRequired ? tr("To submit") : tr("Issued in process"),
                                 items.join(QStringLiteral("、"))};
        for (int column = 0; column < 3; ++column) {
            auto *cell = new QTableWidgetItem(texts[column]);
            cell->setData(Qt::UserRole, m.id);
            if (!isRequired)
                cell->setForeground(dimmed);
            table->setItem(row, column, cell);
        }
        if (!m.obtainFrom.isEmpty())
            table->item(row, 0)->setToolTip(tr("Obtained from: %1").arg(m.obtainFrom));
    }
    m_ui->checklistSummary->setText(
        tr("%1 to submit by the applicant, %2 issued within the joint process").arg(required).arg(inProcess));
}
