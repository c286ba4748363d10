#pragma once

#include <QString>
#include <QStringList>

class QWidget;

/// File choosers of the GUI, answerable in tests (like MessageBox).
class FileDialog {
public:
    /// Asks for a file to write; "" when cancelled. `filter` as in QFileDialog ("PDF (*.pdf)").
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                   const QString &filter);
    /// Asks for an existing folder (created in the dialog if need be); "" when cancelled. The same
    /// test hook (setNextSaveFileName) answers it.
    static QString getExistingDirectory(QWidget *parent, const QString &caption, const QString &start);
    /// Test hook: the next getSaveFileName (or getExistingDirectory) returns `path` without a dialog ("" = cancelled).
    static void setNextSaveFileName(const QString &path);
    /// Asks for existing files to read; empty when cancelled. `filter` as in QFileDialog.
    static QStringList getOpenFileNames(QWidget *parent, const QString &caption, const QString &folder,
                                        const QString &filter);
    /// Test hook: the next getOpenFileNames returns `paths` without a dialog (empty = cancelled).
    static void setNextOpenFileNames(const QStringList &paths);

private:
    static bool s_hasNext;
    static QString s_next;
    static bool s_hasNextOpen;
    static QStringList s_nextOpen;
};
