#pragma once

#include <QDialog>
#include <QSet>
#include <QTimer>

#include <memory>

#include "Case.h"
#include "CaseRepository.h"
#include "Finding.h"

namespace Ui {
class CaseEditorDialog;
}
namespace vd {
class Database;
}
class CaseFormBinder;
class FindingMarker;

/// The case editor: the registration form of Attachment 3 in three pages (ApplicantPage,
/// ServicePage, ItemsPage) with the materials checklist and the findings beside it, from
/// forms/CaseEditorDialog.ui. On every change (debounced 150 ms) the form is read into a vd::Case,
/// normalised (vd::Normalizer) and validated (vd::Validator); findings show at their fields once
/// the clerk has left them, and all of them in the findings panel. 受理 (`acceptButton`) stays
/// disabled while there is an error; accepting stores the case through CaseRepository::add.
/// Enter moves to the next field (Ctrl+Enter accepts); Esc asks before discarding typed data.
///
/// Drafts (issue 6): each editing session has a draft id (a UUID). The form is saved as a sealed
/// draft (DraftRepository, owner Database::actor()) at most DraftDelayMs after each change and when
/// the clerk closes with "keep as draft"; a failed save shows a warning in the editor and keeps the
/// form. The draft id is the accept token of CaseRepository::add, so two clicks store one case; the
/// draft is removed once the case is accepted. An ID number with open cases shows them before
/// acceptance (finding duplicate_open_case) and accepting then asks for confirmation.
class CaseEditorDialog : public QDialog {
    Q_OBJECT
public:
    /// A new, empty registration (mandatory items checked, application date today), stored in `db`
    /// when accepted. `db` must outlive the dialog.
    explicit CaseEditorDialog(const vd::Database &db, QWidget *parent = nullptr);
    ~CaseEditorDialog() override;

    /// Shows `c` in the form. `readOnly`: viewing a stored case (nothing editable, no 受理).
    void setCase(const vd::Case &c, bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    /// The case number assigned when the case was accepted ("" before).
    QString caseNo() const { return m_caseNo; }
    /// The form as a normalised case, as of the last validation.
    vd::Case currentCase() const { return m_case; }
    /// The findings of the last validation (input, normalisation and validation findings).
    vd::Findings findings() const { return m_findings; }
    /// Validates now rather than after the debounce delay.
    void validateNow();
    /// Marks every finding at its field, also at fields the clerk has not visited yet.
    void showAllFindings();

    /// Milliseconds after the last change at which the draft is saved (issue 6: at most 2 s).
    static constexpr int DraftDelayMs = 2000;
    /// This session's draft id (a UUID without braces), also the accept token.
    QString draftId() const { return m_draftId; }
    /// Continues the draft `draftId` (DraftRepository::load): shows `c` editable; closing asks.
    void setDraft(const QString &draftId, const vd::Case &c);
    /// Test hook: the draft delay in milliseconds (default DraftDelayMs).
    void setDraftDelayMs(int ms) { m_draftTimer.setInterval(ms); }
    /// Saves the form as this session's draft now (nothing for a read-only or accepted case).
    /// Returns false when the store refused it; the warning then shows in the editor.
    bool saveDraftNow();
    /// The open cases with the ID number in the form, as of the last validation (empty when the
    /// number is incomplete or has none).
    QList<vd::CaseSummary> duplicates() const { return m_duplicates; }

public slots:
    /// Stores the case (errors: a critical message; the dialog stays open), tells its case number.
    void accept() override;
    /// Closes; asks first when the clerk typed anything.
    void reject() override;

signals:
    /// A case was stored with the case number `caseNo`.
    void caseAccepted(const QString &caseNo);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void connectFields();
    void scheduleValidation();
    void showNormalised(QWidget *field);
    void applyMarks();
    void updateAcceptState();
    void showFieldMessage();
    void jumpTo(const QString &path);
    void makeReadOnly();
    void openAttachments(const QString &materialId);
    void refreshAttachmentCounts();
    void saveMaterials();
    QWidget *fieldOf(QWidget *w) const;
    vd::Case formCase() const;
    void checkDuplicates(const vd::Case &c);
    bool confirmDuplicates();

    std::unique_ptr<Ui::CaseEditorDialog> m_ui;
    const vd::Database &m_db;
    std::unique_ptr<CaseFormBinder> m_binder;
    std::unique_ptr<FindingMarker> m_marker;
    QTimer m_validationTimer;
    QSet<QWidget *> m_fields;  ///< field widgets and item checkboxes
    QSet<QWidget *> m_touched; ///< fields the clerk has left: their findings are shown
    bool m_showAll = false;
    bool m_readOnly = false;
    vd::Case m_base;    ///< what was loaded: the case number and materials the form does not show
    vd::Case m_initial; ///< the form as first shown, to know whether anything was typed
    vd::Case m_case;    ///< the form, normalised, at the last validation
    vd::Findings m_findings;
    QString m_caseNo;
    QTimer m_draftTimer;
    QString m_draftId;
    vd::Case m_fresh;      ///< the empty form: closing it needs no question and keeps no draft
    bool m_accepting = false;
    bool m_draftStored = false; ///< a draft of this session is in the store
    QString m_duplicateNumber; ///< the ID number m_duplicates was looked up for
    QList<vd::CaseSummary> m_duplicates;
};
