#include "ServicePage.h"

#include "ui_ServicePage.h"

#include "CodeCombo.h"
#include "CodeTables.h"
#include "DateInput.h"

ServicePage::ServicePage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ServicePage>())
{
    m_ui->setupUi(this);
    const vd::CodeTables &codes = vd::CodeTables::instance();
    // Ranks of every period: a soldier discharged before 2022-03-31 keeps the old names
    // (validation checks the rank against the discharge date).
    QList<vd::CodeEntry> ranks;
    for (const QString &rank : codes.allRanks())
        ranks.append({rank, rank});
    CodeCombo::fill(m_ui->rank, ranks, false);
    CodeCombo::fill(m_ui->pre_enlistment_hukou_category, codes.hukouCategories(), false);
    DateInput::attach(m_ui->enlistment_date);
    DateInput::attach(m_ui->discharge_date);
}

ServicePage::~ServicePage() = default;
