#include "MainWindow.h"

#include "ui_MainWindow.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>

#include "AboutDialog.h"
#include "BackupService.h"
#include "CaseEditorDialog.h"
#include "CaseListModel.h"
#include "CasePrinter.h"
#include "CaseRepository.h"
#include "Database.h"
#include "DialogRunner.h"
#include "DraftRepository.h"
#include "MessageBox.h"
#include "SettingsDialog.h"
#include "StoreOpener.h"
#include "UserManagementDialog.h"
#include "WorkflowDocks.h"

namespace {
// The documents the GUI prints; checklist and notice join with the materials issue.
const vd::DocumentKind PrintedDocuments[] = {vd::DocumentKind::RegistrationForm, vd::DocumentKind::Receipt,
                                             vd::DocumentKind::SettlementLetter, vd::DocumentKind::PartyLetter};
constexpr int SearchDelayMs = 150;
} // namespace

MainWindow::MainWindow(const vd::Database &db, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_db(db)
    , m_model(new CaseListModel(this))
    , m_printer(std::make_unique<CasePrinter>(db, this))
{
    m_ui->setupUi(this);
    m_workflowDocks = new WorkflowDocks(db, this);
    connect(m_workflowDocks, &WorkflowDocks::caseChanged, this, &MainWindow::refresh);
    connect(m_workflowDocks, &WorkflowDocks::caseActivated, this, [this](const QString &caseNo) {
        m_ui->searchEdit->setText(caseNo);
        refresh();
        if (m_model->rowCount() > 0)
            m_ui->caseTable->selectRow(0);
    });
    m_ui->caseTable->setModel(m_model);
    m_ui->caseTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->caseTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->actionViewCase->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_ui->actionViewCase->setShortcutContext(Qt::WidgetShortcut);
    m_ui->caseTable->addAction(m_ui->actionViewCase);

    auto *storeLabel = new QLabel(tr("Store: %1").arg(QDir::toNativeSeparators(db.path())), this);
    storeLabel->setObjectName(QStringLiteral("storePathLabel"));
    storeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(storeLabel);
    if (!db.warnings().isEmpty()) {
        // E.g. a network share without WAL: the clerk should know while working.
        auto *warnings = new QLabel(db.warnings().join(QStringLiteral("；")), this);
        warnings->setObjectName(QStringLiteral("storeWarningLabel"));
        warnings->setStyleSheet(QStringLiteral("color: #b00020;"));
        statusBar()->addPermanentWidget(warnings);
    }

    addDocumentActions();
    addStoreActions();
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &MainWindow::refresh);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_ui->actionNewCase, &QAction::triggered, this, &MainWindow::newCase);
    connect(m_ui->actionViewCase, &QAction::triggered, this, &MainWindow::viewSelectedCase);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->caseTable, &QTableView::doubleClicked, this, &MainWindow::viewSelectedCase);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        AboutDialog about(this);
        DialogRunner::exec(&about);
    });

    resize(1100, 680);
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::addStoreActions()
{
    // Before 退出: 备份, 从备份恢复…, 用户管理….
    QAction *backup = new QAction(tr("Back up now"), this);
    backup->setObjectName(QStringLiteral("actionBackup"));
    connect(backup, &QAction::triggered, this, &MainWindow::backupNow);
    QAction *restore = new QAction(tr("Restore from backup…"), this);
    restore->setObjectName(QStringLiteral("actionRestore"));
    connect(restore, &QAction::triggered, this, &MainWindow::chooseRestore);
    QAction *users = new QAction(tr("Users…"), this);
    users->setObjectName(QStringLiteral("actionUsers"));
    connect(users, &QAction::triggered, this, [this] {
        UserManagementDialog dialog(m_db, this);
        DialogRunner::exec(&dialog);
    });
    m_ui->menuCase->insertActions(m_ui->actionQuit, {backup, restore, users});
    m_ui->menuCase->insertSeparator(m_ui->actionQuit);
    m_ui->menuCase->setToolTipsVisible(true); // why an action is disabled
    m_adminActions.append({restore, users});
}

void MainWindow::setClerk(const vd::UserAccount &account)
{
    auto *label = findChild<QLabel *>(QStringLiteral("clerkLabel"));
    if (!label) {
        label = new QLabel(this);
        label->setObjectName(QStringLiteral("clerkLabel"));
        statusBar()->insertPermanentWidget(0, label);
    }
    label->setText(tr("Clerk: %1 (%2)")
                       .arg(account.displayName.isEmpty() ? account.login : account.displayName,
                            UserManagementDialog::roleName(account.role)));
    const bool administrator = account.role == vd::UserRepository::roleAdministrator();
    for (QAction *action : qAsConst(m_adminActions)) {
        action->setEnabled(administrator);
        action->setToolTip(administrator ? QString() : tr("Only an administrator can do this."));
    }
}

void MainWindow::backupNow()
{
    const vd::Result<QString> made = StoreOpener::backupNow(m_db);
    if (!made) {
        MessageBox::critical(this, tr("Back up now"), made.error().message);
        return;
    }
    statusBar()->showMessage(tr("Backup made: %1").arg(QDir::toNativeSeparators(made.value())));
    MessageBox::information(this, tr("Back up now"),
                            tr("The store has been backed up to\n%1").arg(QDir::toNativeSeparators(made.value())));
}

void MainWindow::chooseRestore()
{
    const QString folder = StoreOpener::backupFolder(m_db);
    const QList<vd::BackupInfo> backups = vd::BackupService::list(folder);
    if (backups.isEmpty()) {
        MessageBox::information(this, tr("Restore from backup"),
                                tr("There is no backup in %1.").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    QStringList labels;
    for (const vd::BackupInfo &b : backups) {
        labels.append(tr("%1 — %2 — %3 KB")
                          .arg(QLocale().toString(b.createdAt, QLocale::ShortFormat), b.reason)
                          .arg((b.bytes + 1023) / 1024));
    }
    QInputDialog chooser(this);
    chooser.setObjectName(QStringLiteral("restoreChooser"));
    chooser.setWindowTitle(tr("Restore from backup"));
    chooser.setLabelText(tr("Backups in %1, newest first:").arg(QDir::toNativeSeparators(folder)));
    chooser.setComboBoxItems(labels);
    chooser.setComboBoxEditable(false);
    if (DialogRunner::exec(&chooser) != QDialog::Accepted)
        return;
    const int index = static_cast<int>(labels.indexOf(chooser.textValue()));
    if (index < 0)
        return;
    const vd::BackupInfo &chosen = backups.at(index);
    const auto answer = MessageBox::question(
        this, tr("Restore from backup"),
        tr("Replace the store by the backup of %1? Cases accepted after it will have to be entered again. The "
           "current store is kept as a backup first; the program opens again on the restored store.")
            .arg(QLocale().toString(chosen.createdAt, QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    m_pendingRestore = chosen.path;
    QCoreApplication::exit(RestartExitCode); // gui_main closes the store, restores and starts again
}

void MainWindow::offerDrafts()
{
    const auto drafts = m_db.drafts().list(m_db.actor());
    if (!drafts) {
        statusBar()->showMessage(drafts.error().message);
        return;
    }
    for (const vd::DraftSummary &d : drafts.value()) {
        const QString label = d.label.isEmpty() ? tr("(no name yet)") : d.label;
        const auto answer = MessageBox::question(
            this, tr("Unfinished registration"),
            tr("A registration for %1, last changed %2, was not accepted. Open it again?\n"
               "Yes: continue it now. No: keep it for later. Discard: delete it.")
                .arg(label, QLocale().toString(d.updatedAt.toLocalTime(), QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Discard, QMessageBox::Yes);
        if (answer == QMessageBox::Discard) {
            if (const vd::Status removed = m_db.drafts().remove(d.draftId); !removed)
                MessageBox::critical(this, tr("Unfinished registration"), removed.error().message);
            continue;
        }
        if (answer != QMessageBox::Yes)
            continue;
        const auto loaded = m_db.drafts().load(d.draftId);
        if (!loaded || !loaded.value()) {
            MessageBox::critical(this, tr("Unfinished registration"),
                                 loaded ? tr("The draft is gone.") : loaded.error().message);
            continue;
        }
        CaseEditorDialog editor(m_db, this);
        editor.setDraft(d.draftId, *loaded.value());
        openEditor(editor);
    }
}

void MainWindow::addDocumentActions()
{
    for (vd::DocumentKind kind : PrintedDocuments) {
        const QString title = vd::documentTitle(kind);
        const QString key = vd::documentKey(kind);
        QAction *preview = m_ui->menuPreview->addAction(title);
        preview->setObjectName(QStringLiteral("actionPreview_") + key);
        connect(preview, &QAction::triggered, this, [this, kind] { m_printer->preview(selectedCaseNo(), kind); });
        QAction *print = m_ui->menuPrintTo->addAction(title);
        print->setObjectName(QStringLiteral("actionPrint_") + key);
        connect(print, &QAction::triggered, this, [this, kind] { m_printer->print(selectedCaseNo(), kind); });
        QAction *pdf = m_ui->menuExportPdf->addAction(title);
        pdf->setObjectName(QStringLiteral("actionExportPdf_") + key);
        connect(pdf, &QAction::triggered, this, [this, kind] { m_printer->exportPdf(selectedCaseNo(), kind); });
    }
    // Print issue: the case's whole set on one printer, and the administrator's settings.
    m_printAll = m_ui->menuPrint->addAction(tr("Print whole set…"));
    m_printAll->setObjectName(QStringLiteral("actionPrintAll"));
    connect(m_printAll, &QAction::triggered, this, [this] { m_printer->printAll(selectedCaseNo()); });
    QAction *settings = m_ui->menuCase->addAction(tr("Settings…"));
    settings->setObjectName(QStringLiteral("actionSettings"));
    m_adminActions.append(settings); // administrators only (setClerk)
    connect(settings, &QAction::triggered, this, [this] {
        SettingsDialog dialog(m_db, this);
        DialogRunner::exec(&dialog);
    });
    connect(m_ui->caseTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateActions);
    updateActions();
}

void MainWindow::updateActions()
{
    const bool selected = !selectedCaseNo().isEmpty();
    m_ui->menuPreview->setEnabled(selected);
    m_ui->menuPrintTo->setEnabled(selected);
    m_ui->menuExportPdf->setEnabled(selected);
    if (m_printAll)
        m_printAll->setEnabled(selected);
    m_ui->actionViewCase->setEnabled(selected);
    m_workflowDocks->showCase(selectedCaseNo());
}

void MainWindow::refresh()
{
    m_searchTimer.stop();
    const QString selected = selectedCaseNo();
    // Lazy: the first page now, the rest as the list scrolls (a store may hold a million cases).
    if (const vd::Status listed = m_model->setSearch(m_db, m_ui->searchEdit->text()); !listed) {
        statusBar()->showMessage(listed.error().message);
        return;
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->caseNoAt(row) == selected)
            m_ui->caseTable->selectRow(row);
    }
    if (m_model->canFetchMore(QModelIndex()))
        statusBar()->showMessage(tr("First %n case(s) shown, more as you scroll", nullptr, m_model->rowCount()));
    else
        statusBar()->showMessage(tr("%n case(s)", nullptr, m_model->rowCount()));
    m_workflowDocks->refresh();
}

QString MainWindow::selectedCaseNo() const
{
    const QModelIndexList rows = m_ui->caseTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->caseNoAt(rows.first().row());
}

void MainWindow::newCase()
{
    CaseEditorDialog editor(m_db, this);
    openEditor(editor);
}

void MainWindow::openEditor(CaseEditorDialog &editor)
{
    QString accepted;
    connect(&editor, &CaseEditorDialog::caseAccepted, this, [&accepted](const QString &no) { accepted = no; });
    DialogRunner::exec(&editor);
    if (accepted.isEmpty())
        return;
    m_ui->searchEdit->clear(); // the new case must be in sight, whatever was searched before
    refresh();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->caseNoAt(row) == accepted)
            m_ui->caseTable->selectRow(row);
    }
}

void MainWindow::viewSelectedCase()
{
    const QString caseNo = selectedCaseNo();
    if (caseNo.isEmpty())
        return;
    const auto found = m_db.cases().find(caseNo);
    if (!found) {
        MessageBox::critical(this, tr("View case"), found.error().message);
        return;
    }
    if (!found.value()) {
        MessageBox::warning(this, tr("View case"), tr("There is no case with number %1.").arg(caseNo));
        return;
    }
    CaseEditorDialog viewer(m_db, this);
    viewer.setCase(*found.value(), true);
    DialogRunner::exec(&viewer);
}
