#include "LoginDialog.h"

#include "ui_LoginDialog.h"

#include <QPushButton>

#include "Database.h"
#include "MessageBox.h"

LoginDialog::LoginDialog(const vd::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_db(db)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    m_ui->messageLabel->hide();
    setMinimumWidth(380);
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setLockMode(const QString &login)
{
    m_lockMode = true;
    setWindowTitle(tr("Locked"));
    m_ui->intro->setText(tr("The program was locked after a time without input. Enter the password of %1 to "
                            "continue; what was typed is kept.")
                             .arg(login));
    m_ui->loginEdit->setText(login);
    m_ui->loginEdit->setReadOnly(true);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    m_ui->passwordEdit->setFocus(Qt::OtherFocusReason);
}

QString LoginDialog::message() const
{
    return m_ui->messageLabel->text();
}

void LoginDialog::accept()
{
    const QString login = m_ui->loginEdit->text().trimmed();
    if (login.isEmpty() || m_ui->passwordEdit->text().isEmpty()) {
        m_ui->messageLabel->setText(tr("Enter your login and password."));
        m_ui->messageLabel->show();
        return;
    }
    const vd::Result<vd::UserAccount> logged = vd::UserRepository(m_db).logIn(login, m_ui->passwordEdit->text());
    m_ui->passwordEdit->clear();
    if (!logged) {
        m_ui->messageLabel->setText(logged.error().message);
        m_ui->messageLabel->show();
        m_ui->passwordEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_account = logged.value();
    QDialog::accept();
}

void LoginDialog::reject()
{
    if (m_lockMode
        && MessageBox::question(this, tr("Quit"),
                                tr("End the program? Drafts of open registrations have been saved."),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return;
    QDialog::reject();
}
