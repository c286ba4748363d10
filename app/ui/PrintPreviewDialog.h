#pragma once

#include <QDialog>

#include <functional>
#include <memory>

class QPrinter;
class QPrintPreviewWidget;
class QPushButton;
namespace Ui {
class PrintPreviewDialog;
}

/// Print preview (forms/PrintPreviewDialog.ui) whose Print… button hands the printer to the caller
/// after a QPrintDialog, instead of printing the previewed pages itself as QPrintPreviewDialog
/// does: every real print then goes through the print log (CasePrinter, PrintRecorder).
class PrintPreviewDialog : public QDialog {
    Q_OBJECT
public:
    /// `printer` must outlive the dialog.
    PrintPreviewDialog(QPrinter *printer, QWidget *parent = nullptr);
    ~PrintPreviewDialog() override;

    /// Paints the preview pages (the QPrintPreviewWidget::paintRequested slot).
    void setPainter(std::function<void(QPrinter *)> painter);
    /// Called with the configured printer when the clerk confirms the print dialog; the dialog closes.
    void setPrintAction(std::function<void(QPrinter *)> print);

private:
    void print();

    std::unique_ptr<Ui::PrintPreviewDialog> m_ui;
    QPrinter *m_printer;
    QPrintPreviewWidget *m_preview;
    QPushButton *m_printButton;
    std::function<void(QPrinter *)> m_painter;
    std::function<void(QPrinter *)> m_print;
};
