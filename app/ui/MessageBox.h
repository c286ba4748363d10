#pragma once

#include <QMessageBox>
#include <QString>

/// Every message box of the GUI goes through here, so that tests can answer them (KeePassXC's
/// MessageBox idea). With a test answer set, no dialog is shown: the call records its title and
/// text and returns the answer.
class MessageBox {
public:
    /// An error the clerk must acknowledge. Returns the button pressed (Ok).
    static QMessageBox::StandardButton critical(QWidget *parent, const QString &title, const QString &text);
    /// A warning. Returns the button pressed (Ok).
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text);
    /// A piece of information (e.g. the new case number). Returns the button pressed (Ok).
    static QMessageBox::StandardButton information(QWidget *parent, const QString &title, const QString &text);
    /// A question with `buttons`; `defaultButton` is what Enter chooses. Returns the button pressed.
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes
                                                    | QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);

    /// Test hook: every following message box returns `answer` without being shown, until
    /// cleared with QMessageBox::NoButton. Ok-only boxes return Ok whatever the answer.
    static void setTestAnswer(QMessageBox::StandardButton answer);
    /// Test hook: the title and text of the last message box ("" if none since clearLast()).
    static QString lastTitle();
    static QString lastText();
    /// How many message boxes were raised since the last clearLast().
    static int count();
    static void clearLast();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                            const QString &text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};
