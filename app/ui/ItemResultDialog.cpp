#include "ItemResultDialog.h"

#include "ui_ItemResultDialog.h"

#include <QPushButton>

#include "DateInput.h"
#include "ItemWorkflow.h"
#include "MessageBox.h"
#include "WorkflowService.h"

ItemResultDialog::ItemResultDialog(WorkflowService &service, const QString &caseNo, const vd::WorkflowItem &item,
                                   QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ItemResultDialog>()), m_service(service), m_caseNo(caseNo), m_item(item)
{
    m_ui->setupUi(this);
    const vd::ItemInfo &info = vd::itemInfo(item.item);
    const vd::ItemRule &rule = vd::ItemWorkflow::builtIn().rule(item.item);
    m_ui->itemLabel->setText(tr("Case %1: %2 (%3)\nState: %4. Time limit: %5")
                                 .arg(caseNo, info.name, info.department, vd::stateName(item.state), rule.limitText));

    m_ui->stateCombo->addItem(tr("(unchanged)"), QString());
    for (vd::ItemState next : vd::ItemWorkflow::builtIn().nextStates(item.item, item.state))
        m_ui->stateCombo->addItem(vd::stateName(next), vd::stateKey(next));
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    m_ui->dateEdit->setText(today);
    m_ui->outDateEdit->setText(today);
    DateInput::attach(m_ui->dateEdit);
    DateInput::attach(m_ui->outDateEdit);
    m_ui->handlerEdit->setText(item.handler);
    m_ui->documentNoEdit->setText(item.documentNumbers);

    m_event = rule.completeAfterEvent ? rule.completeAfterEvent : rule.clockEvent;
    if (m_event && !vd::isEnded(item.state)) {
        m_ui->eventCheck->setText(tr("Record \"%1\" on the date above").arg(vd::eventName(*m_event)));
        m_ui->eventCheck->setChecked(false);
    } else {
        m_ui->eventCheck->hide();
    }

    for (vd::ResultOutMethod m : {vd::ResultOutMethod::Mail, vd::ResultOutMethod::Pickup, vd::ResultOutMethod::Sms})
        m_ui->outMethodCombo->addItem(vd::ResultOut::methodName(m), vd::ResultOut::methodKey(m));
    connect(m_ui->outMethodCombo, &QComboBox::currentIndexChanged, this, &ItemResultDialog::updateOutFields);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ItemResultDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOutFields();
}

ItemResultDialog::~ItemResultDialog() = default;

void ItemResultDialog::updateOutFields()
{
    vd::ResultOutMethod method;
    vd::ResultOut::methodFromKey(m_ui->outMethodCombo->currentData().toString(), &method);
    m_ui->trackingNoEdit->setEnabled(method == vd::ResultOutMethod::Mail);
    m_ui->collectedByEdit->setEnabled(method == vd::ResultOutMethod::Pickup);
    m_ui->identityCheck->setEnabled(method == vd::ResultOutMethod::Pickup);
}

void ItemResultDialog::accept()
{
    const QString title = windowTitle();
    const QString stateKey = m_ui->stateCombo->currentData().toString();
    const bool withEvent = !m_ui->eventCheck->isHidden() && m_ui->eventCheck->isChecked();
    const bool withOut = m_ui->outGroup->isChecked();
    if (stateKey.isEmpty() && !withEvent && !withOut) {
        MessageBox::warning(this, title, tr("Choose a new state, the event or a result out to record."));
        return;
    }
    const QDate on = DateInput::parse(m_ui->dateEdit->text());
    if ((!stateKey.isEmpty() || withEvent) && !on.isValid()) {
        MessageBox::critical(this, title, tr("The date is not a valid date."));
        m_ui->dateEdit->setFocus();
        return;
    }

    QStringList notes;
    bool closed = false;
    const auto done = [&](const vd::Result<vd::WorkflowOutcome> &r) {
        if (!r) {
            MessageBox::critical(this, title, r.error().message);
            return false;
        }
        if (!r.value().warning.isEmpty())
            notes.append(r.value().warning);
        closed = closed || r.value().caseClosed;
        m_item = r.value().item;
        return true;
    };
    if (withEvent) {
        if (!done(m_service.recordEvent(m_caseNo, m_item.item, *m_event, on)))
            return;
        m_ui->eventCheck->setChecked(false);
    }
    if (!stateKey.isEmpty()) {
        vd::WorkflowChange change;
        vd::stateFromKey(stateKey, &change.to);
        change.on = on;
        change.handler = m_ui->handlerEdit->text();
        change.outcome = m_ui->outcomeEdit->text();
        change.documentNumbers = m_ui->documentNoEdit->text();
        change.reason = m_ui->reasonEdit->text();
        if (!done(m_service.advance(m_caseNo, m_item.item, change)))
            return;
        m_ui->stateCombo->setCurrentIndex(0);
    }
    if (withOut) {
        vd::ResultOut out;
        vd::ResultOut::methodFromKey(m_ui->outMethodCombo->currentData().toString(), &out.method);
        out.outOn = DateInput::parse(m_ui->outDateEdit->text());
        out.trackingNo = m_ui->trackingNoEdit->text();
        out.collectedBy = m_ui->collectedByEdit->text();
        out.identityChecked = m_ui->identityCheck->isChecked();
        if (!done(m_service.recordResultOut(m_caseNo, m_item.item, out)))
            return;
        if (m_item.resultOut && !m_item.resultOut->smsText.isEmpty())
            notes.append(tr("SMS text for the hall's SMS platform:\n%1").arg(m_item.resultOut->smsText));
    }
    if (closed)
        notes.append(tr("Case %1 is closed: every item has ended and its result is out.").arg(m_caseNo));
    if (!notes.isEmpty())
        MessageBox::information(this, title, notes.join(QStringLiteral("\n\n")));
    QDialog::accept();
}
