#pragma once

#include <QDateTime>
#include <QDialog>
#include <QFileSystemWatcher>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

namespace Ui {
class AttachmentsDialog;
}
namespace vd {
class Database;
}

/// The scanned files of one material of a stored case (issue 4): thumbnails (JPEG/PNG; an icon for
/// PDF, QtPdf is not used), add from files (FileDialog), open in the system viewer (a temporary copy),
/// remove. While open it also watches the scanner's output folder (setting `scanner_folder`), and
/// attaches PDF, JPEG and PNG files that appear there. Every check (type by content, 20 MB, empty) is
/// AttachmentRepository's; refused files are reported together in one message.
class AttachmentsDialog : public QDialog {
    Q_OBJECT
public:
    /// `db` must outlive the dialog; `caseNo` a stored case; `materialName` for the title line.
    AttachmentsDialog(const vd::Database &db, const QString &caseNo, const QString &materialId,
                      const QString &materialName, QWidget *parent = nullptr);
    ~AttachmentsDialog() override;

    /// Attaches the files at `paths`; returns how many were stored (refusals reported in one message).
    int addFiles(const QStringList &paths);
    /// Test hook: opening a file calls `hook` with the temporary copy's path instead of the viewer.
    static void setOpenHook(std::function<void(const QString &)> hook);

private:
    void reload();
    void openSelected();
    void removeSelected();
    void scanFolder();

    std::unique_ptr<Ui::AttachmentsDialog> m_ui;
    const vd::Database &m_db;
    QString m_caseNo;
    QString m_materialId;
    QFileSystemWatcher m_watcher;
    QString m_scannerFolder;
    QSet<QString> m_seen; ///< files of the scanner folder already there or already taken
    static std::function<void(const QString &)> s_openHook;
};
