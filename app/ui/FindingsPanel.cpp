#include "FindingsPanel.h"

#include "ui_FindingsPanel.h"

#include <QFont>
#include <QStyle>

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FindingsPanel>())
{
    m_ui->setupUi(this);
    QFont bold = m_ui->findingsTitle->font();
    bold.setBold(true);
    m_ui->findingsTitle->setFont(bold);
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_ui->findingsList->setIconSize(QSize(icon, icon));
    connect(m_ui->findingsList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit fieldActivated(item->data(Qt::UserRole).toString()); });
    setFindings({});
}

FindingsPanel::~FindingsPanel() = default;

void FindingsPanel::setFindings(const vd::Findings &findings)
{
    QListWidget *list = m_ui->findingsList;
    list->clear();
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    int errors = 0;
    int warnings = 0;
    for (int pass = 0; pass < 2; ++pass) { // errors first, then warnings, each in the validator's order
        for (const vd::Finding &f : findings) {
            if (f.isError() != (pass == 0))
                continue;
            (f.isError() ? errors : warnings) += 1;
            auto *item = new QListWidgetItem(f.isError() ? errorIcon : warningIcon, f.message, list);
            item->setData(Qt::UserRole, f.field);
            item->setToolTip(QStringLiteral("%1 (%2)").arg(f.message, f.code));
        }
    }
    if (errors == 0 && warnings == 0)
        m_ui->findingsSummary->setText(tr("No problems found."));
    else
        m_ui->findingsSummary->setText(tr("%1 error(s), %2 warning(s)").arg(errors).arg(warnings));
}
