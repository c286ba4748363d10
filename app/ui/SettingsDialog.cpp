#include "SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include <QHeaderView>
#include <QPushButton>

#include "CodeTables.h"
#include "Database.h"
#include "MessageBox.h"
#include "PrintService.h"
#include "PrintSettings.h"
#include "SettingKeys.h"
#include "SettingRules.h"
#include "SettingsRepository.h"

/// One line edit or spin box and the setting it edits.
struct SettingsDialog::Field {
    QString name;
    QLineEdit *edit = nullptr;
    QSpinBox *spin = nullptr;
    int defaultNumber = 0;
};

SettingsDialog::SettingsDialog(const vd::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_db(db)
{
    m_ui->setupUi(this);
    m_ui->policeStationsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->policeStationsTable->verticalHeader()->hide();
    m_ui->settlementPrefixEdit->setPlaceholderText(vd::PrintSettings::defaultPrefix(vd::DocumentKind::SettlementLetter));
    m_ui->partyPrefixEdit->setPlaceholderText(vd::PrintSettings::defaultPrefix(vd::DocumentKind::PartyLetter));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
}

SettingsDialog::~SettingsDialog() = default;

QList<SettingsDialog::Field> SettingsDialog::fields() const
{
    using namespace vd::SettingKeys;
    const QString settlement = vd::documentKey(vd::DocumentKind::SettlementLetter);
    const QString party = vd::documentKey(vd::DocumentKind::PartyLetter);
    return {
        {issuingAuthority(), m_ui->issuingAuthorityEdit, nullptr, 0},
        {partyOrganisation(), m_ui->partyOrganisationEdit, nullptr, 0},
        {hallName(), m_ui->hallNameEdit, nullptr, 0},
        {hallPhone(), m_ui->hallPhoneEdit, nullptr, 0},
        {windowNo(), m_ui->windowNoEdit, nullptr, 0},
        {sealText(), m_ui->sealTextEdit, nullptr, 0},
        {letterPrefix(settlement), m_ui->settlementPrefixEdit, nullptr, 0},
        {letterPrefix(party), m_ui->partyPrefixEdit, nullptr, 0},
        {validityDays(settlement), nullptr, m_ui->settlementValiditySpin,
         vd::PrintSettings::defaultValidityDays(vd::DocumentKind::SettlementLetter)},
        {validityDays(party), nullptr, m_ui->partyValiditySpin,
         vd::PrintSettings::defaultValidityDays(vd::DocumentKind::PartyLetter)},
    };
}

void SettingsDialog::load()
{
    const vd::SettingsRepository settings = m_db.settings();
    for (const Field &f : fields()) {
        const auto v = settings.value(f.name);
        const QString value = v && v.value() ? *v.value() : QString();
        if (f.edit)
            f.edit->setText(value);
        if (f.spin) {
            bool ok = false;
            const int n = value.toInt(&ok);
            f.spin->setValue(ok ? n : f.defaultNumber);
        }
    }
    const QList<vd::CodeEntry> &counties = vd::CodeTables::instance().jiangxiCounties();
    m_ui->policeStationsTable->setRowCount(int(counties.size()));
    for (int row = 0; row < counties.size(); ++row) {
        const vd::CodeEntry &county = counties.at(row);
        auto *code = new QTableWidgetItem(county.code);
        code->setFlags(code->flags() & ~Qt::ItemIsEditable);
        auto *name = new QTableWidgetItem(vd::CodeTables::instance().countyFullName(county.code));
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        const auto v = settings.value(vd::SettingKeys::policeStation(county.code));
        m_ui->policeStationsTable->setItem(row, 0, code);
        m_ui->policeStationsTable->setItem(row, 1, name);
        m_ui->policeStationsTable->setItem(row, 2, new QTableWidgetItem(v && v.value() ? *v.value() : QString()));
    }
    m_ui->policeStationsTable->resizeColumnsToContents();
}

bool SettingsDialog::save()
{
    QList<QPair<QString, QString>> values;
    for (const Field &f : fields())
        values.append({f.name, f.edit ? f.edit->text().trimmed() : QString::number(f.spin->value())});
    for (int row = 0; row < m_ui->policeStationsTable->rowCount(); ++row) {
        const QTableWidgetItem *code = m_ui->policeStationsTable->item(row, 0);
        const QTableWidgetItem *station = m_ui->policeStationsTable->item(row, 2);
        if (code && station)
            values.append({vd::SettingKeys::policeStation(code->text()), station->text().trimmed()});
    }
    // Check everything first: one bad value saves nothing.
    for (const auto &kv : values) {
        if (const vd::Status s = vd::SettingRules::check(kv.first, kv.second); !s) {
            MessageBox::warning(this, tr("Settings"), s.error().message);
            return false;
        }
    }
    vd::SettingsRepository settings = m_db.settings();
    for (const auto &kv : values) {
        const auto current = settings.value(kv.first);
        if (current && current.value().value_or(QString()) == kv.second)
            continue;
        if (const vd::Status s = settings.setValue(kv.first, kv.second); !s) {
            MessageBox::critical(this, tr("Settings"), s.error().message);
            return false;
        }
    }
    return true;
}
