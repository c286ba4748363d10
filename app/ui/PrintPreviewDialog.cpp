#include "PrintPreviewDialog.h"

#include "ui_PrintPreviewDialog.h"

#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>

#include "DialogRunner.h"

PrintPreviewDialog::PrintPreviewDialog(QPrinter *printer, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PrintPreviewDialog>())
    , m_printer(printer)
{
    m_ui->setupUi(this);
    m_preview = new QPrintPreviewWidget(printer, this);
    m_preview->setObjectName(QStringLiteral("previewWidget"));
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    m_ui->previewArea->addWidget(m_preview);
    m_printButton = m_ui->buttonBox->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    connect(m_printButton, &QPushButton::clicked, this, &PrintPreviewDialog::print);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *p) {
        if (m_painter)
            m_painter(p);
    });
}

PrintPreviewDialog::~PrintPreviewDialog() = default;

void PrintPreviewDialog::setPainter(std::function<void(QPrinter *)> painter)
{
    m_painter = std::move(painter);
    m_preview->updatePreview();
}

void PrintPreviewDialog::setPrintAction(std::function<void(QPrinter *)> print)
{
    m_print = std::move(print);
}

void PrintPreviewDialog::print()
{
    QPrintDialog dialog(m_printer, this);
    if (DialogRunner::exec(&dialog) != QDialog::Accepted)
        return;
    if (m_print)
        m_print(m_printer);
    accept();
}
