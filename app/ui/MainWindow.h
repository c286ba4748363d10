#pragma once

#include <QMainWindow>
#include <QTimer>

#include <memory>

#include "PrintService.h"
#include "UserRepository.h"

namespace Ui {
class MainWindow;
}
namespace vd {
class Database;
}
class CaseListModel;
class CaseEditorDialog;
class CasePrinter;
class WorkflowDocks;

/// The main window (forms/MainWindow.ui): the case list with its search box, 新建登记 (Ctrl+N),
/// viewing a case read-only (double-click or Enter) and the 打印 menu (预览 / 打印… / 导出PDF…) for
/// the selected case's documents. The status bar shows where the store is, its warnings and the
/// logged-in clerk. Issue 6: 备份 / 从备份恢复… / 用户管理… in the Case menu (restore and users, like
/// Settings…, for administrators only once clerk accounts exist); drafts offered back at start.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// `db` is the opened store; it must outlive the window.
    explicit MainWindow(const vd::Database &db, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Reloads the list through CaseRepository::list with the search box's text.
    void refresh();
    /// The case number of the selected row ("" when none).
    QString selectedCaseNo() const;

    /// The exit code with which the window ends the event loop to be opened again on a restored
    /// store (gui_main loops on it; see pendingRestore()).
    static constexpr int RestartExitCode = 75;
    /// Shows `account` in the status bar and enables the administrators' actions only for an
    /// administrator (the others show why they are disabled).
    void setClerk(const vd::UserAccount &account);
    /// Offers the drafts of the current actor (DraftRepository::list) one by one: open in the editor
    /// (every field as typed), keep for later, or discard.
    void offerDrafts();
    /// The backup chosen in 从备份恢复… when the window ended with RestartExitCode ("" otherwise).
    QString pendingRestore() const { return m_pendingRestore; }

public slots:
    /// Opens the editor for a new registration; the list follows when it is accepted.
    void newCase();
    /// Shows the selected case read-only in the editor.
    void viewSelectedCase();

private:
    void addDocumentActions();
    void addStoreActions();
    void updateActions();
    void backupNow();
    void chooseRestore();
    void openEditor(CaseEditorDialog &editor);

    std::unique_ptr<Ui::MainWindow> m_ui;
    const vd::Database &m_db;
    CaseListModel *m_model;
    std::unique_ptr<CasePrinter> m_printer;
    QAction *m_printAll = nullptr; ///< 打印全套: every applicable document of the selected case
    WorkflowDocks *m_workflowDocks; ///< item progress and dashboard docks (issue 7)
    QTimer m_searchTimer;
    QAction *m_settingsAction = nullptr;
    QList<QAction *> m_adminActions; ///< Settings…, users, restore: administrators only
    QString m_pendingRestore;
};
