#include "ChecklistPanel.h"

#include "ui_ChecklistPanel.h"

#include <QComboBox>
#include <QFont>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>

#include "DateInput.h"

namespace {

enum Column { NameColumn, StatusColumn, PagesColumn, DateColumn, NoteColumn, FilesColumn };

/// The receipt statuses of spec/case-format.md, "" = not yet received (no entry).
const QStringList &statusKeys()
{
    static const QStringList keys = {QString(), QStringLiteral("original"), QStringLiteral("copy"),
                                     QStringLiteral("missing"), QStringLiteral("waived")};
    return keys;
}

bool sameList(const QList<vd::RequiredMaterial> &a, const QList<vd::RequiredMaterial> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i).id != b.at(i).id || a.at(i).requirement != b.at(i).requirement || a.at(i).items != b.at(i).items)
            return false;
    }
    return true;
}

} // namespace

ChecklistPanel::ChecklistPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ChecklistPanel>())
{
    m_ui->setupUi(this);
    QFont bold = m_ui->checklistTitle->font();
    bold.setBold(true);
    m_ui->checklistTitle->setFont(bold);
    QTableWidget *table = m_ui->checklistTable;
    QHeaderView *header = table->horizontalHeader();
    // The name keeps a readable width; the note takes what is left; the panel scrolls sideways
    // rather than squeezing a material's name into one character per line.
    header->setMinimumSectionSize(48);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    header->resizeSection(NameColumn, 150);
    header->setSectionResizeMode(DateColumn, QHeaderView::Interactive);
    header->resizeSection(DateColumn, 100);
    header->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // Long names wrap; rows grow to fit whenever the columns change width.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->saveMaterialsButton->hide();
    connect(m_ui->saveMaterialsButton, &QPushButton::clicked, this, &ChecklistPanel::saveRequested);
    setMaterials({});
}

ChecklistPanel::~ChecklistPanel() = default;

void ChecklistPanel::setMaterials(const QList<vd::RequiredMaterial> &materials)
{
    if (!sameList(materials, m_materials) || m_ui->checklistTable->rowCount() != materials.size()) {
        m_materials = materials;
        rebuild();
    }
    int required = 0;
    int inProcess = 0;
    for (const vd::RequiredMaterial &m : materials)
        (m.requirement == vd::RequiredMaterial::Requirement::Required ? required : inProcess) += 1;
    m_ui->checklistSummary->setText(
        tr("%1 to submit by the applicant, %2 issued within the joint process").arg(required).arg(inProcess));
}

void ChecklistPanel::setReceipts(const QList<vd::MaterialReceipt> &receipts)
{
    m_receipts.clear();
    for (const vd::MaterialReceipt &r : receipts)
        m_receipts.insert(r.material, r);
    rebuild();
}

QList<vd::MaterialReceipt> ChecklistPanel::receipts() const
{
    QList<vd::MaterialReceipt> out;
    for (const vd::RequiredMaterial &m : m_materials) {
        const auto it = m_receipts.constFind(m.id);
        if (it != m_receipts.constEnd() && !it->status.isEmpty())
            out.append(*it);
    }
    return out;
}

void ChecklistPanel::setSaveVisible(bool visible)
{
    m_ui->saveMaterialsButton->setVisible(visible);
}

void ChecklistPanel::setAttachmentCounts(const QHash<QString, int> &counts)
{
    m_attachmentCounts = counts;
    QTableWidget *table = m_ui->checklistTable;
    for (int row = 0; row < m_materials.size(); ++row) {
        if (auto *button = qobject_cast<QPushButton *>(table->cellWidget(row, FilesColumn))) {
            const int n = counts.value(m_materials.at(row).id);
            button->setText(n > 0 ? tr("Files (%1)").arg(n) : tr("Files…"));
        }
    }
}

void ChecklistPanel::update(const QString &id, const std::function<void(vd::MaterialReceipt &)> &change)
{
    vd::MaterialReceipt r = m_receipts.value(id);
    r.material = id;
    const vd::MaterialReceipt before = r;
    change(r);
    if (r == before)
        return;
    m_receipts.insert(id, r);
    emit receiptsChanged();
}

void ChecklistPanel::rebuild()
{
    QTableWidget *table = m_ui->checklistTable;
    table->clearContents();
    table->setRowCount(static_cast<int>(m_materials.size()));
    const QBrush dimmed = table->palette().brush(QPalette::Disabled, QPalette::Text);
    const QStringList statusLabels = {tr("Not received"), tr("Original"), tr("Copy"), tr("Missing"), tr("Waived")};
    for (int row = 0; row < m_materials.size(); ++row) {
        const vd::RequiredMaterial &m = m_materials.at(row);
        const bool isRequired = m.requirement == vd::RequiredMaterial::Requirement::Required;
        QStringList items;
        for (vd::ItemId id : m.items)
            items.append(vd::itemInfo(id).name);
        auto *name = new QTableWidgetItem(m.key ? m.name + QStringLiteral(" *") : m.name);
        name->setData(Qt::UserRole, m.id);
        QStringList tip{tr("For items: %1").arg(items.join(QStringLiteral("、")))};
        if (m.key)
            tip << tr("Key material: cannot be accepted with deficiency");
        if (!m.obtainFrom.isEmpty())
            tip << tr("Obtained from: %1").arg(m.obtainFrom);
        name->setToolTip(tip.join(QLatin1Char('\n')));
        table->setItem(row, NameColumn, name);
        if (!isRequired) {
            name->setForeground(dimmed);
            auto *inProcess = new QTableWidgetItem(tr("Issued in process"));
            inProcess->setForeground(dimmed);
            table->setItem(row, StatusColumn, inProcess);
            continue;
        }

        const vd::MaterialReceipt r = m_receipts.value(m.id);
        const QString id = m.id;
        auto *status = new QComboBox;
        status->setObjectName(QStringLiteral("status_") + id);
        for (int i = 0; i < statusKeys().size(); ++i)
            status->addItem(statusLabels.at(i), statusKeys().at(i));
        status->setCurrentIndex(qMax(0, statusKeys().indexOf(r.status)));
        connect(status, &QComboBox::currentIndexChanged, this, [this, id, status] {
            update(id, [status](vd::MaterialReceipt &x) { x.status = status->currentData().toString(); });
        });
        table->setCellWidget(row, StatusColumn, status);

        auto *pages = new QSpinBox;
        pages->setObjectName(QStringLiteral("pages_") + id);
        pages->setRange(0, vd::MaterialReceipt::MaxPages);
        pages->setSpecialValueText(QStringLiteral("—"));
        pages->setValue(r.pages);
        connect(pages, &QSpinBox::valueChanged, this, [this, id](int v) {
            update(id, [v](vd::MaterialReceipt &x) { x.pages = v; });
        });
        table->setCellWidget(row, PagesColumn, pages);

        auto *date = new QLineEdit(r.supplementBy.toString(Qt::ISODate));
        date->setObjectName(QStringLiteral("supplement_by_") + id);
        DateInput::attach(date);
        date->setEnabled(!m.key); // a key material cannot be promised for later
        date->setToolTip(m.key ? tr("Key material: cannot be accepted with deficiency")
                               : tr("Date by which the applicant promised to bring it (acceptance with deficiency)"));
        connect(date, &QLineEdit::editingFinished, this, [this, id, date] {
            const QDate d = DateInput::parse(date->text());
            update(id, [d](vd::MaterialReceipt &x) { x.supplementBy = d; });
        });
        table->setCellWidget(row, DateColumn, date);

        auto *note = new QLineEdit(r.note);
        note->setObjectName(QStringLiteral("note_") + id);
        connect(note, &QLineEdit::editingFinished, this, [this, id, note] {
            update(id, [note](vd::MaterialReceipt &x) { x.note = note->text().trimmed(); });
        });
        table->setCellWidget(row, NoteColumn, note);

        auto *files = new QPushButton;
        files->setObjectName(QStringLiteral("files_") + id);
        connect(files, &QPushButton::clicked, this, [this, id] { emit attachmentsRequested(id); });
        table->setCellWidget(row, FilesColumn, files);
    }
    setAttachmentCounts(m_attachmentCounts);
}

void ChecklistPanel::setFindings(const vd::Findings &findings)
{
    QTableWidget *table = m_ui->checklistTable;
    for (int row = 0; row < m_materials.size(); ++row) {
        const QString field = QStringLiteral("materials.") + m_materials.at(row).id;
        QStringList messages;
        bool error = false;
        for (const vd::Finding &f : findings) {
            if (f.field == field) {
                messages << f.message;
                error = error || f.isError();
            }
        }
        QTableWidgetItem *name = table->item(row, NameColumn);
        if (!name || m_materials.at(row).requirement != vd::RequiredMaterial::Requirement::Required)
            continue;
        name->setForeground(messages.isEmpty() ? table->palette().brush(QPalette::Text)
                                               : QBrush(error ? QColor(0xd3, 0x2f, 0x2f) : QColor(0xa6, 0x6f, 0x00)));
        if (QWidget *status = table->cellWidget(row, StatusColumn)) {
            status->setProperty("vdFinding", messages.isEmpty() ? QString() : error ? QStringLiteral("error")
                                                                                     : QStringLiteral("warning"));
            status->setToolTip(messages.join(QLatin1Char('\n')));
            status->style()->unpolish(status);
            status->style()->polish(status);
        }
    }
}
