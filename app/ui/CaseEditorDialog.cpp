#include "CaseEditorDialog.h"

#include "ui_CaseEditorDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScreen>
#include <QUuid>

#include "AttachmentRepository.h"
#include "AttachmentsDialog.h"
#include "CaseFormBinder.h"
#include "CaseRepository.h"
#include "CitizenIdNumber.h"
#include "Database.h"
#include "DraftRepository.h"
#include "FindingMarker.h"
#include "ItemId.h"
#include "MaterialsAssessment.h"
#include "MaterialsChecklist.h"
#include "MessageBox.h"
#include "SettingKeys.h"
#include "SettingsRepository.h"
#include "Normalizer.h"
#include "Validator.h"

namespace {

// Marks set by FindingMarker; everything else keeps the platform style.
const char *const MarkStyle = R"(
QLineEdit[vdFinding="error"], QComboBox[vdFinding="error"] { border: 2px solid #d32f2f; border-radius: 3px; }
QLineEdit[vdFinding="warning"], QComboBox[vdFinding="warning"] { border: 2px solid #f9a825; border-radius: 3px; }
QCheckBox[vdFinding="error"], QGroupBox[vdFinding="error"] { color: #d32f2f; }
QCheckBox[vdFinding="warning"], QGroupBox[vdFinding="warning"] { color: #a66f00; }
)";

constexpr int ValidationDelayMs = 150;

// One label column down the whole form, as on the paper form, although each section has its grid.
void alignLabelColumns(QWidget *form)
{
    QList<QLabel *> labels;
    int width = 0;
    for (QGridLayout *grid : form->findChildren<QGridLayout *>()) {
        for (int row = 0; row < grid->rowCount(); ++row) {
            QLayoutItem *item = grid->itemAtPosition(row, 0);
            auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr;
            if (label && !label->wordWrap()) {
                labels.append(label);
                width = qMax(width, label->sizeHint().width());
            }
        }
    }
    for (QLabel *label : qAsConst(labels))
        label->setMinimumWidth(width);
}

} // namespace

CaseEditorDialog::CaseEditorDialog(const vd::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CaseEditorDialog>())
    , m_db(db)
{
    m_ui->setupUi(this);
    setStyleSheet(QString::fromLatin1(MarkStyle));
    m_ui->formScroll->setFocusPolicy(Qt::NoFocus);
    alignLabelColumns(m_ui->formContainer);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 0);
    m_ui->splitter->setSizes({840, 440});
    m_ui->sideSplitter->setSizes({420, 260});
    m_ui->acceptReason->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_ui->fieldMessage->setTextFormat(Qt::PlainText);

    m_binder = std::make_unique<CaseFormBinder>(this);
    m_marker = std::make_unique<FindingMarker>(*m_binder);
    for (QWidget *w : m_binder->fieldWidgets())
        m_fields.insert(w);
    for (QWidget *w : m_binder->itemWidgets())
        m_fields.insert(w);

    m_validationTimer.setSingleShot(true);
    m_validationTimer.setInterval(ValidationDelayMs);
    connect(&m_validationTimer, &QTimer::timeout, this, &CaseEditorDialog::validateNow);
    m_draftId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(DraftDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &CaseEditorDialog::saveDraftNow);
    connect(m_ui->acceptButton, &QPushButton::clicked, this, &CaseEditorDialog::accept);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &CaseEditorDialog::reject);
    connect(m_ui->acceptReason, &QLabel::linkActivated, this, &CaseEditorDialog::showAllFindings);
    connect(m_ui->findingsPanel, &FindingsPanel::fieldActivated, this, &CaseEditorDialog::jumpTo);
    connect(qApp, &QApplication::focusChanged, this, [this] { showFieldMessage(); });
    connectFields();
    // Receiving is checked at once, also when viewing a stored case (later supplements).
    connect(m_ui->materials, &ChecklistPanel::receiptsChanged, this, [this] {
        m_validationTimer.start();
        if (!m_readOnly)
            m_draftTimer.start();
    });
    connect(m_ui->materials, &ChecklistPanel::attachmentsRequested, this, &CaseEditorDialog::openAttachments);
    connect(m_ui->materials, &ChecklistPanel::saveRequested, this, &CaseEditorDialog::saveMaterials);

    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QSize avail = screen->availableSize();
        resize(qMin(1320, avail.width() - 20), qMin(760, avail.height() - 40));
    }

    vd::Case fresh;
    for (const vd::ItemInfo &info : vd::allItems()) {
        if (info.mandatory)
            fresh.setItem(info.id, true);
    }
    fresh.applicationDate = QDate::currentDate();
    // The hall's own county is the usual placement region (first-run setup, SettingKeys::hallRegion).
    if (const vd::Result<std::optional<QString>> hall = m_db.settings().value(vd::SettingKeys::hallRegion()); hall)
        fresh.placementRegion = hall.value().value_or(QString());
    setCase(fresh, false);
    m_fresh = formCase();
    if (QWidget *first = findChild<QWidget *>(QStringLiteral("name")))
        first->setFocus(Qt::OtherFocusReason);
}

CaseEditorDialog::~CaseEditorDialog()
{
    // ~QDialog hides the dialog, which makes the focused field emit editingFinished: by then the
    // members the slots use are gone.
    disconnect(qApp, nullptr, this, nullptr);
    for (QWidget *w : qAsConst(m_fields)) {
        w->removeEventFilter(this);
        w->disconnect(this);
    }
}

void CaseEditorDialog::setCase(const vd::Case &c, bool readOnly)
{
    m_base = c;
    m_binder->write(c);
    m_ui->materials->setReceipts(c.materials);
    m_initial = m_binder->read();
    m_touched.clear();
    m_showAll = false;
    if (readOnly) {
        makeReadOnly();
        setWindowTitle(tr("Case %1 (read-only)").arg(c.caseNo));
        m_ui->materials->setSaveVisible(!c.caseNo.isEmpty());
        refreshAttachmentCounts();
    } else {
        setWindowTitle(tr("New registration"));
    }
    validateNow();
    m_draftTimer.stop(); // showing a case is no change of the clerk's
}

void CaseEditorDialog::setDraft(const QString &draftId, const vd::Case &c)
{
    setCase(c, false);
    m_draftId = draftId;
    m_draftStored = true;
    m_initial = m_binder->read(); // what was kept; closing still asks (the form is not empty)
    setWindowTitle(tr("New registration (draft)"));
}

vd::Case CaseEditorDialog::formCase() const
{
    vd::Case c = m_binder->read();
    c.caseNo = m_base.caseNo;
    c.materials = m_ui->materials->receipts();
    return c;
}

bool CaseEditorDialog::saveDraftNow()
{
    m_draftTimer.stop();
    if (m_readOnly || !m_caseNo.isEmpty())
        return true;
    const vd::Case c = formCase();
    if (!m_draftStored && c == m_fresh)
        return true; // nothing typed yet
    const vd::Status saved = m_db.drafts().save(m_draftId, c, m_db.actor());
    if (!saved) {
        // Non-blocking: the clerk keeps typing; the next change tries again.
        m_ui->draftStatus->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_ui->draftStatus->setText(tr("The draft could not be saved: %1 What has been typed stays in this window; "
                                      "do not close it until the draft is saved or the case accepted.")
                                       .arg(saved.error().message));
        m_ui->draftStatus->show();
        return false;
    }
    m_draftStored = true;
    m_ui->draftStatus->setStyleSheet(QStringLiteral("color: #666666;"));
    m_ui->draftStatus->setText(tr("Draft saved at %1.").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    m_ui->draftStatus->show();
    return true;
}

void CaseEditorDialog::checkDuplicates(const vd::Case &c)
{
    // Only for a new registration, and only for a complete, valid number (no look-up per keystroke).
    const QString number = c.applicant.idNumber;
    const bool complete = !m_readOnly && m_base.caseNo.isEmpty()
        && vd::CitizenIdNumber::check(number, QDate::currentDate()) == vd::CitizenIdNumber::Problem::None;
    if (!complete) {
        m_duplicateNumber.clear();
        m_duplicates.clear();
    } else if (number != m_duplicateNumber) {
        m_duplicateNumber = number;
        const auto found = m_db.cases().openCasesWithIdNumber(number);
        m_duplicates = found ? found.value() : QList<vd::CaseSummary>();
    }
    if (m_duplicates.isEmpty()) {
        m_ui->duplicateWarning->hide();
        return;
    }
    QStringList lines;
    for (const vd::CaseSummary &s : qAsConst(m_duplicates))
        lines.append(tr("%1 (%2, %3)").arg(s.caseNo, s.name, s.maskedIdNumber));
    const QString text = tr("Open cases with this ID number: %1. Check that this is not the same application "
                            "before accepting.")
                             .arg(lines.join(QStringLiteral("；")));
    m_findings.append({vd::Finding::Severity::Warning, QStringLiteral("applicant.id_number"),
                       QStringLiteral("duplicate_open_case"), text});
    m_ui->duplicateWarning->setText(text);
    m_ui->duplicateWarning->show();
}

bool CaseEditorDialog::confirmDuplicates()
{
    if (m_duplicates.isEmpty())
        return true;
    QStringList numbers;
    for (const vd::CaseSummary &s : qAsConst(m_duplicates))
        numbers.append(s.caseNo);
    return MessageBox::question(this, tr("Open case with the same ID number"),
                                tr("The applicant already has open cases (%1). Accept another case anyway?")
                                    .arg(numbers.join(QStringLiteral("、"))),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void CaseEditorDialog::showAllFindings()
{
    m_showAll = true;
    applyMarks();
}

void CaseEditorDialog::connectFields()
{
    for (QWidget *w : qAsConst(m_fields)) {
        w->installEventFilter(this);
        if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            connect(edit, &QLineEdit::textChanged, this, &CaseEditorDialog::scheduleValidation);
            connect(edit, &QLineEdit::editingFinished, this, [this, edit] { showNormalised(edit); });
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            connect(combo, &QComboBox::currentTextChanged, this, &CaseEditorDialog::scheduleValidation);
            connect(combo, &QComboBox::activated, this, [this, combo] {
                m_touched.insert(combo);
                scheduleValidation();
            });
        } else if (auto *box = qobject_cast<QCheckBox *>(w)) {
            connect(box, &QCheckBox::toggled, this, [this, box] {
                m_touched.insert(box);
                scheduleValidation();
            });
        }
    }
}

void CaseEditorDialog::scheduleValidation()
{
    if (!m_readOnly) {
        m_validationTimer.start();
        m_draftTimer.start(); // restarts: saved DraftDelayMs after the last change
    }
}

void CaseEditorDialog::validateNow()
{
    m_validationTimer.stop();
    vd::Findings input;
    vd::Case c = m_binder->read(&input);
    c.caseNo = m_base.caseNo;
    vd::Findings found = vd::Normalizer::normalize(c);
    found += vd::Validator::validate(c);
    // The materials must be listed before their ticks are read: ticks follow the list.
    m_ui->materials->setMaterials(vd::MaterialsChecklist::compute(c));
    c.materials = m_ui->materials->receipts();
    found += vd::MaterialsAssessment::assess(c).findings(); // the acceptance rule (容缺受理)
    // A date that could not be read is reported once, as such, not also as missing.
    m_findings = input;
    for (const vd::Finding &f : qAsConst(found)) {
        const bool shadowed = std::any_of(input.cbegin(), input.cend(),
                                          [&f](const vd::Finding &i) { return i.field == f.field; });
        if (!shadowed)
            m_findings.append(f);
    }
    m_case = c;
    checkDuplicates(c);
    m_ui->materials->setFindings(m_findings);
    m_ui->findingsPanel->setFindings(m_findings);
    applyMarks();
    updateAcceptState();
}

void CaseEditorDialog::showNormalised(QWidget *field)
{
    // The clerk sees what will be stored (full-width digits, +86, middle dots … normalised).
    if (m_readOnly)
        return;
    vd::Case c = m_binder->read();
    vd::Normalizer::normalize(c);
    m_binder->writeField(field, c);
}

void CaseEditorDialog::applyMarks()
{
    m_marker->apply(m_findings, [this](QWidget *w) {
        // Containers (a section, the items, the checklist) always show their findings; a field
        // only once the clerk has left it, so that a form being typed is not all red.
        return m_showAll || m_readOnly || !m_fields.contains(w) || m_touched.contains(w);
    });
    showFieldMessage();
}

void CaseEditorDialog::updateAcceptState()
{
    const int errors = static_cast<int>(
        std::count_if(m_findings.cbegin(), m_findings.cend(), [](const vd::Finding &f) { return f.isError(); }));
    const int warnings = static_cast<int>(m_findings.size()) - errors;
    m_ui->acceptButton->setEnabled(!m_readOnly && errors == 0);
    if (m_readOnly) {
        m_ui->acceptReason->clear();
    } else if (errors > 0) {
        m_ui->acceptReason->setText(QStringLiteral("<span style=\"color:#c62828\">%1</span> <a href=\"#all\">%2</a>")
                                        .arg(tr("%n error(s) left, cannot accept", nullptr, errors),
                                             tr("Show at the fields")));
    } else if (warnings > 0) {
        m_ui->acceptReason->setText(tr("%n warning(s), can be accepted", nullptr, warnings));
    } else {
        m_ui->acceptReason->setText(tr("Ready to accept"));
    }
}

void CaseEditorDialog::showFieldMessage()
{
    QWidget *field = fieldOf(QApplication::focusWidget());
    m_ui->fieldMessage->setText(field ? m_marker->messagesFor(field, m_findings).replace(QLatin1Char('\n'),
                                                                                         QStringLiteral("；"))
                                      : QString());
}

QWidget *CaseEditorDialog::fieldOf(QWidget *w) const
{
    for (; w && w != this; w = w->parentWidget()) {
        if (m_fields.contains(w))
            return w;
    }
    return nullptr;
}

void CaseEditorDialog::jumpTo(const QString &path)
{
    QWidget *w = m_marker->widgetFor(path);
    if (!w)
        return;
    // A section or page: its first field the clerk can reach.
    QWidget *target = w;
    if (!m_fields.contains(w)) {
        for (QWidget *field : m_binder->fieldWidgets() + m_binder->itemWidgets()) {
            if (w->isAncestorOf(field) && field->isEnabled()) {
                target = field;
                break;
            }
        }
    }
    m_touched.insert(w);
    applyMarks();
    if (m_ui->formScroll->widget()->isAncestorOf(target))
        m_ui->formScroll->ensureWidgetVisible(target);
    target->setFocus(Qt::OtherFocusReason);
}

void CaseEditorDialog::makeReadOnly()
{
    m_readOnly = true;
    for (QWidget *w : qAsConst(m_fields)) {
        if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            edit->setReadOnly(true);
            continue;
        }
        // Combos and checkboxes stay readable (not greyed) but take no input.
        w->setAttribute(Qt::WA_TransparentForMouseEvents);
        w->setFocusPolicy(Qt::NoFocus);
        if (auto *combo = qobject_cast<QComboBox *>(w); combo && combo->lineEdit())
            combo->lineEdit()->setReadOnly(true);
    }
    m_ui->acceptButton->hide();
    m_ui->cancelButton->setText(tr("Close"));
}

void CaseEditorDialog::accept()
{
    if (m_readOnly || !m_caseNo.isEmpty()) {
        QDialog::accept();
        return;
    }
    if (m_accepting)
        return; // a second click while the first is being stored
    validateNow();
    if (vd::hasErrors(m_findings)) {
        showAllFindings();
        return;
    }
    if (!confirmDuplicates())
        return;
    const vd::Result<QString> hallRegion = m_db.settings().hallRegionFor(m_case);
    if (!hallRegion) {
        MessageBox::critical(this, tr("Cannot accept the case"), hallRegion.error().message);
        return;
    }
    m_accepting = true;
    m_ui->acceptButton->setEnabled(false);
    // The draft id is the accept token: a repeated add (double click, retry) returns the first case.
    const vd::Result<QString> added = m_db.cases().add(m_case, hallRegion.value(), QDate::currentDate(), m_draftId);
    m_accepting = false;
    if (!added) {
        saveDraftNow(); // the typed case survives as a draft if the store takes anything at all
        updateAcceptState();
        MessageBox::critical(this, tr("Cannot accept the case"), added.error().message);
        return;
    }
    m_caseNo = added.value();
    m_draftTimer.stop();
    if (m_draftStored && m_db.drafts().remove(m_draftId))
        m_draftStored = false;
    m_initial = m_binder->read();
    emit caseAccepted(m_caseNo);
    MessageBox::information(this, tr("Case accepted"),
                            tr("The case has been accepted.\nCase number: %1").arg(m_caseNo));
    QDialog::accept();
}

void CaseEditorDialog::reject()
{
    if (!m_readOnly && m_caseNo.isEmpty()) {
        const vd::Case now = formCase();
        if (!(now == m_fresh)) {
            const auto answer = MessageBox::question(
                this, tr("Close registration"),
                tr("This registration has not been accepted. Keep it as a draft to continue later, or discard "
                   "what has been typed?"),
                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
            if (answer == QMessageBox::Save) {
                if (!saveDraftNow())
                    return; // the warning shows; the form stays
            } else if (answer == QMessageBox::Discard) {
                m_draftTimer.stop();
                if (m_draftStored && m_db.drafts().remove(m_draftId))
                    m_draftStored = false;
            } else {
                return;
            }
        } else if (m_draftStored && m_db.drafts().remove(m_draftId)) {
            m_draftStored = false;
        }
    }
    m_draftTimer.stop();
    QDialog::reject();
}

void CaseEditorDialog::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & Qt::ControlModifier)) {
        if (m_ui->acceptButton->isEnabled())
            accept();
        event->accept();
        return;
    }
    if (enter) {
        // Enter never accepts by accident: in a field it moves on, elsewhere it does nothing.
        if (fieldOf(QApplication::focusWidget()))
            focusNextChild();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

bool CaseEditorDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        auto *w = qobject_cast<QWidget *>(watched);
        if (w && m_fields.contains(w) && !m_touched.contains(w)) {
            m_touched.insert(w);
            scheduleValidation();
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CaseEditorDialog::openAttachments(const QString &materialId)
{
    if (m_base.caseNo.isEmpty()) {
        MessageBox::information(this, tr("Scanned files"),
                                tr("Scanned files are attached to a stored case: accept the case first, "
                                   "then open it from the case list."));
        return;
    }
    AttachmentsDialog dialog(m_db, m_base.caseNo, materialId, vd::MaterialsChecklist::materialName(materialId), this);
    dialog.exec();
    refreshAttachmentCounts();
}

void CaseEditorDialog::refreshAttachmentCounts()
{
    QHash<QString, int> counts;
    if (!m_base.caseNo.isEmpty()) {
        const auto listed = vd::AttachmentRepository(m_db).list(m_base.caseNo);
        if (listed) {
            for (const vd::AttachmentInfo &a : listed.value())
                counts[a.materialId] += 1;
        }
    }
    m_ui->materials->setAttachmentCounts(counts);
}

void CaseEditorDialog::saveMaterials()
{
    validateNow();
    const vd::Status saved = m_db.cases().updateMaterials(m_base.caseNo, m_case.materials);
    if (!saved) {
        MessageBox::critical(this, tr("Received materials not saved"), saved.error().message);
        return;
    }
    m_base.materials = m_case.materials;
    MessageBox::information(this, tr("Received materials saved"),
                            tr("The received materials of case %1 have been saved.").arg(m_base.caseNo));
}
