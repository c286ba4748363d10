#include "ApplicantPage.h"

#include "ui_ApplicantPage.h"

#include "CodeCombo.h"
#include "CodeTables.h"
#include "DateInput.h"

ApplicantPage::ApplicantPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ApplicantPage>())
{
    m_ui->setupUi(this);
    const vd::CodeTables &codes = vd::CodeTables::instance();
    CodeCombo::fill(m_ui->sex, codes.sexes(), false);
    CodeCombo::fill(m_ui->education, codes.educations(), true);
    CodeCombo::fill(m_ui->political_status, codes.politicalStatuses(), false);
    CodeCombo::fill(m_ui->ethnicity, codes.ethnicities(), true);
    // Any county of China may be typed as its code; Jiangxi's are offered by name.
    CodeCombo::fill(m_ui->pre_enlistment_hukou_region, codes.jiangxiCounties(), true);
    CodeCombo::fill(m_ui->pre_enlistment_hukou_cancelled,
                    {{QStringLiteral("true"), tr("Cancelled")}, {QStringLiteral("false"), tr("Not cancelled")}},
                    false);
    DateInput::attach(m_ui->birth_date);
    DateInput::attach(m_ui->party_join_date);
}

ApplicantPage::~ApplicantPage() = default;
