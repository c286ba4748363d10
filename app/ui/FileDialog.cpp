#include "FileDialog.h"

#include <QFileDialog>

bool FileDialog::s_hasNext = false;
QString FileDialog::s_next;
bool FileDialog::s_hasNextOpen = false;
QStringList FileDialog::s_nextOpen;

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                    const QString &filter)
{
    if (s_hasNext) {
        s_hasNext = false;
        return s_next;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

void FileDialog::setNextSaveFileName(const QString &path)
{
    s_hasNext = true;
    s_next = path;
}

QString FileDialog::getExistingDirectory(QWidget *parent, const QString &caption, const QString &start)
{
    if (s_hasNext) {
        s_hasNext = false;
        return s_next;
    }
    return QFileDialog::getExistingDirectory(parent, caption, start);
}

QStringList FileDialog::getOpenFileNames(QWidget *parent, const QString &caption, const QString &folder,
                                         const QString &filter)
{
    if (s_hasNextOpen) {
        s_hasNextOpen = false;
        return s_nextOpen;
    }
    return QFileDialog::getOpenFileNames(parent, caption, folder, filter);
}

void FileDialog::setNextOpenFileNames(const QStringList &paths)
{
    s_hasNextOpen = true;
    s_nextOpen = paths;
}
