#include "AttachmentsDialog.h"

#include "ui_AttachmentsDialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QListWidgetItem>
#include <QPixmap>
#include <QStyle>
#include <QTemporaryDir>
#include <QUrl>

#include "AttachmentRepository.h"
#include "Database.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "SettingKeys.h"
#include "SettingsRepository.h"

std::function<void(const QString &)> AttachmentsDialog::s_openHook;

namespace {

/// Copies handed to the system viewer live here until the program ends (then removed).
QTemporaryDir &viewerFolder()
{
    static QTemporaryDir dir;
    return dir;
}

QString extensionFor(const QString &mediaType)
{
    if (mediaType == QLatin1String("application/pdf"))
        return QStringLiteral(".pdf");
    if (mediaType == QLatin1String("image/jpeg"))
        return QStringLiteral(".jpg");
    return QStringLiteral(".png");
}

} // namespace

AttachmentsDialog::AttachmentsDialog(const vd::Database &db, const QString &caseNo, const QString &materialId,
                                     const QString &materialName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AttachmentsDialog>())
    , m_db(db)
    , m_caseNo(caseNo)
    , m_materialId(materialId)
{
    m_ui->setupUi(this);
    m_ui->materialLabel->setText(tr("Case %1 — %2").arg(caseNo, materialName));
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] {
        addFiles(FileDialog::getOpenFileNames(this, tr("Attach scanned files"), QString(),
                                              tr("Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)")));
    });
    connect(m_ui->openButton, &QPushButton::clicked, this, &AttachmentsDialog::openSelected);
    connect(m_ui->attachmentList, &QListWidget::itemActivated, this, &AttachmentsDialog::openSelected);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &AttachmentsDialog::removeSelected);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);

    const vd::Result<std::optional<QString>> folder = m_db.settings().value(vd::SettingKeys::scannerFolder());
    if (folder && folder.value() && QDir(*folder.value()).exists()) {
        m_scannerFolder = *folder.value();
        const QStringList present = QDir(m_scannerFolder).entryList(QDir::Files);
        m_seen = QSet<QString>(present.cbegin(), present.cend()); // scans from before are not taken
        m_watcher.addPath(m_scannerFolder);
        connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &AttachmentsDialog::scanFolder);
        m_ui->scannerLabel->setText(tr("New scans in %1 are attached to this material.")
                                        .arg(QDir::toNativeSeparators(m_scannerFolder)));
    } else {
        m_ui->scannerLabel->setText(tr("No scanner folder is set: add the files by hand."));
    }
    reload();
}

AttachmentsDialog::~AttachmentsDialog() = default;

void AttachmentsDialog::setOpenHook(std::function<void(const QString &)> hook)
{
    s_openHook = std::move(hook);
}

int AttachmentsDialog::addFiles(const QStringList &paths)
{
    vd::AttachmentRepository repository(m_db);
    QStringList refused;
    int added = 0;
    for (const QString &path : paths) {
        const auto result = repository.addFile(m_caseNo, m_materialId, path);
        if (result)
            ++added;
        else
            refused << result.error().message;
    }
    if (!refused.isEmpty())
        MessageBox::warning(this, tr("Some files were not attached"), refused.join(QLatin1Char('\n')));
    reload();
    return added;
}

void AttachmentsDialog::scanFolder()
{
    // A scanner writes a file in several steps: take only files that are complete enough to sniff.
    QStringList fresh;
    const QDir dir(m_scannerFolder);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Time | QDir::Reversed)) {
        if (m_seen.contains(name))
            continue;
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly) || vd::AttachmentRepository::sniffMediaType(f.read(8)).isEmpty())
            continue;
        m_seen.insert(name);
        fresh << dir.filePath(name);
    }
    if (!fresh.isEmpty())
        addFiles(fresh);
}

void AttachmentsDialog::reload()
{
    m_ui->attachmentList->clear();
    vd::AttachmentRepository repository(m_db);
    const auto listed = repository.list(m_caseNo);
    if (!listed) {
        MessageBox::critical(this, tr("Scanned files"), listed.error().message);
        return;
    }
    for (const vd::AttachmentInfo &a : listed.value()) {
        if (a.materialId != m_materialId)
            continue;
        QIcon icon = style()->standardIcon(QStyle::SP_FileIcon);
        if (a.mediaType != QLatin1String("application/pdf")) {
            const auto bytes = repository.read(a.id);
            QImage image;
            if (bytes && bytes.value() && image.loadFromData(*bytes.value()))
                icon = QIcon(QPixmap::fromImage(image.scaled(120, 120, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        }
        auto *item = new QListWidgetItem(icon, QStringLiteral("%1\n%2 KB").arg(a.fileName).arg((a.size + 1023) / 1024));
        item->setData(Qt::UserRole, a.id);
        item->setData(Qt::UserRole + 1, a.mediaType);
        item->setToolTip(tr("SM3: %1").arg(a.sm3Hex));
        m_ui->attachmentList->addItem(item);
    }
    const bool any = m_ui->attachmentList->count() > 0;
    if (any)
        m_ui->attachmentList->setCurrentRow(0);
    m_ui->openButton->setEnabled(any);
    m_ui->removeButton->setEnabled(any);
}

void AttachmentsDialog::openSelected()
{
    QListWidgetItem *item = m_ui->attachmentList->currentItem();
    if (!item)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    const auto bytes = vd::AttachmentRepository(m_db).read(id);
    if (!bytes || !bytes.value()) {
        MessageBox::critical(this, tr("Scanned files"),
                             bytes ? tr("The file is no longer in the store.") : bytes.error().message);
        return;
    }
    // A copy for the viewer: the store is never handed to another program.
    const QString path = viewerFolder().filePath(id + extensionFor(item->data(Qt::UserRole + 1).toString()));
    QFile copy(path);
    if (!copy.open(QIODevice::WriteOnly) || copy.write(*bytes.value()) != bytes.value()->size()) {
        MessageBox::critical(this, tr("Scanned files"), tr("Cannot write a copy for the viewer: %1").arg(copy.errorString()));
        return;
    }
    copy.close();
    if (s_openHook)
        s_openHook(path);
    else if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        MessageBox::warning(this, tr("Scanned files"), tr("No program to show this file is installed."));
}

void AttachmentsDialog::removeSelected()
{
    QListWidgetItem *item = m_ui->attachmentList->currentItem();
    if (!item)
        return;
    if (MessageBox::question(this, tr("Remove file"), tr("Remove this scanned file from the case?"),
                             QMessageBox::Yes | QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    const vd::Status removed = vd::AttachmentRepository(m_db).remove(item->data(Qt::UserRole).toString());
    if (!removed)
        MessageBox::critical(this, tr("Scanned files"), removed.error().message);
    reload();
}
