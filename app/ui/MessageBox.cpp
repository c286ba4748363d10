#include "MessageBox.h"

namespace {
QMessageBox::StandardButton s_testAnswer = QMessageBox::NoButton;
QString s_lastTitle;
QString s_lastText;
int s_count = 0;
} // namespace

QMessageBox::StandardButton MessageBox::critical(QWidget *parent, const QString &title, const QString &text)
{
    return show(QMessageBox::Critical, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    return show(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    return show(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

void MessageBox::setTestAnswer(QMessageBox::StandardButton answer)
{
    s_testAnswer = answer;
}

QString MessageBox::lastTitle()
{
    return s_lastTitle;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

int MessageBox::count()
{
    return s_count;
}

void MessageBox::clearLast()
{
    s_lastTitle.clear();
    s_lastText.clear();
    s_count = 0;
}

QMessageBox::StandardButton MessageBox::show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                             const QString &text, QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    s_lastTitle = title;
    s_lastText = text;
    ++s_count;
    if (s_testAnswer != QMessageBox::NoButton)
        return buttons.testFlag(s_testAnswer) ? s_testAnswer : defaultButton;

    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}
