#include "ItemsPage.h"

#include "ui_ItemsPage.h"

#include "CodeCombo.h"
#include "CodeTables.h"
#include "DateInput.h"
#include "ItemId.h"

ItemsPage::ItemsPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ItemsPage>())
{
    m_ui->setupUi(this);
    const vd::CodeTables &codes = vd::CodeTables::instance();
    CodeCombo::fill(m_ui->placement_region, codes.jiangxiCounties(), true);
    CodeCombo::fill(m_ui->pension_scheme, codes.pensionSchemes(), false);
    CodeCombo::fill(m_ui->medical_scheme, codes.medicalSchemes(), false);
    CodeCombo::fill(m_ui->relation_to_householder, codes.relations(), true);
    CodeCombo::fill(m_ui->hukou_book, codes.deliveryMethods(), false);
    CodeCombo::fill(m_ui->id_card, codes.deliveryMethods(), false);
    CodeCombo::fill(m_ui->kind, codes.subsidyKinds(), false);
    DateInput::attach(m_ui->application_date);

    for (const vd::ItemInfo &info : vd::allItems()) {
        auto *box = findChild<QCheckBox *>(QStringLiteral("item_") + QLatin1String(info.key));
        Q_ASSERT(box);
        if (info.mandatory) {
            box->setChecked(true);
            box->setEnabled(false);
            box->setToolTip(tr("Mandatory"));
        }
        connect(box, &QCheckBox::toggled, this, &ItemsPage::updateSections);
    }
    updateSections();
}

ItemsPage::~ItemsPage() = default;

void ItemsPage::updateSections()
{
    const bool hukou = m_ui->item_hukou_registration->isChecked();
    const bool idCard = m_ui->item_id_card_issuance->isChecked();
    const bool social = m_ui->item_social_insurance_registration->isChecked();
    const bool medical = m_ui->item_medical_insurance_registration->isChecked();
    m_ui->pension_scheme->setEnabled(social);
    m_ui->pensionSchemeLabel->setEnabled(social);
    m_ui->medical_scheme->setEnabled(medical);
    m_ui->medicalSchemeLabel->setEnabled(medical);
    m_ui->hukou->setEnabled(hukou);
    m_ui->delivery->setEnabled(hukou || idCard);
    m_ui->subsidy_account->setEnabled(m_ui->item_subsidy_payment->isChecked());
}
