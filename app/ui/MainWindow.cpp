#include "MainWindow.h"

#include "ui_MainWindow.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>

#include "AboutDialog.h"
#include "CaseEditorDialog.h"
#include "CaseListModel.h"
#include "CasePrinter.h"
#include "CaseRepository.h"
#include "Database.h"
#include "DialogRunner.h"
#include "MessageBox.h"
#include "SettingsDialog.h"
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

    addDocumentActions();
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
    // Administrators only: the role check goes here when clerk accounts exist.
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
