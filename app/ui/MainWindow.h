#pragma once

#include <QMainWindow>
#include <QTimer>

#include <memory>

#include "PrintService.h"

namespace Ui {
class MainWindow;
}
namespace vd {
class Database;
}
class CaseListModel;
class CasePrinter;
class WorkflowDocks;

/// The main window (forms/MainWindow.ui): the case list with its search box, 新建登记 (Ctrl+N),
/// viewing a case read-only (double-click or Enter) and the 打印 menu (预览 / 打印… / 导出PDF…) for
/// the selected case's documents. The status bar shows where the store is.
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

public slots:
    /// Opens the editor for a new registration; the list follows when it is accepted.
    void newCase();
    /// Shows the selected case read-only in the editor.
    void viewSelectedCase();

private:
    void addDocumentActions();
    void updateActions();

    std::unique_ptr<Ui::MainWindow> m_ui;
    const vd::Database &m_db;
    CaseListModel *m_model;
    std::unique_ptr<CasePrinter> m_printer;
    QAction *m_printAll = nullptr; ///< 打印全套: every applicable document of the selected case
    WorkflowDocks *m_workflowDocks; ///< item progress and dashboard docks (issue 7)
    QTimer m_searchTimer;
};
