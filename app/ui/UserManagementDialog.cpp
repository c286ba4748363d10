#include "UserManagementDialog.h"

#include "ui_UserManagementDialog.h"

#include <QHeaderView>
#include <QPushButton>

#include "Database.h"
#include "HallSetup.h"
#include "UserRepository.h"

UserManagementDialog::UserManagementDialog(const vd::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UserManagementDialog>())
    , m_db(db)
{
    m_ui->setupUi(this);
    for (const QString &role : {vd::UserRepository::roleWindowClerk(), vd::UserRepository::roleDepartmentHandler(),
                                vd::UserRepository::roleAdministrator()})
        m_ui->newRole->addItem(roleName(role), role);
    m_ui->usersTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->usersTable->verticalHeader()->hide();
    connect(m_ui->createButton, &QPushButton::clicked, this, &UserManagementDialog::createUser);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(620, 520);
    refresh();
}

UserManagementDialog::~UserManagementDialog() = default;

QString UserManagementDialog::roleName(const QString &role)
{
    if (role == vd::UserRepository::roleWindowClerk())
        return tr("Window clerk");
    if (role == vd::UserRepository::roleDepartmentHandler())
        return tr("Department handler");
    if (role == vd::UserRepository::roleAdministrator())
        return tr("Administrator");
    return role;
}

void UserManagementDialog::refresh()
{
    const auto listed = vd::UserRepository(m_db).list();
    m_ui->usersTable->setRowCount(0);
    if (!listed) {
        showMessage(listed.error().message, true);
        return;
    }
    m_ui->usersTable->setRowCount(static_cast<int>(listed.value().size()));
    int row = 0;
    for (const vd::UserAccount &a : listed.value()) {
        m_ui->usersTable->setItem(row, 0, new QTableWidgetItem(a.login));
        m_ui->usersTable->setItem(row, 1, new QTableWidgetItem(a.displayName));
        m_ui->usersTable->setItem(row, 2, new QTableWidgetItem(roleName(a.role)));
        m_ui->usersTable->setItem(row, 3, new QTableWidgetItem(a.locked ? tr("Locked out") : tr("Active")));
        ++row;
    }
    m_ui->usersTable->resizeColumnsToContents();
}

void UserManagementDialog::createUser()
{
    vd::HallSetup setup;
    setup.adminLogin = m_ui->newLogin->text();
    setup.adminDisplayName = m_ui->newDisplayName->text();
    setup.adminPassword = m_ui->newPassword->text();
    setup = vd::HallSetupRules::normalized(setup);
    QStringList problems;
    // The setup's rules, said of a user rather than of the administrator.
    for (const vd::Finding &f : vd::HallSetupRules::checkAdministrator(setup))
        problems.append(QString(f.message).replace(QStringLiteral("管理员的"), QString()).replace(QStringLiteral("管理员"), QStringLiteral("用户")));
    if (m_ui->newPassword->text() != m_ui->newPasswordRepeat->text())
        problems.append(tr("The two passwords differ."));
    if (!problems.isEmpty()) {
        showMessage(problems.join(QLatin1Char('\n')), true);
        return;
    }
    const QString role = m_ui->newRole->currentData().toString();
    const vd::Status created =
        vd::UserRepository(m_db).createUser(setup.adminLogin, setup.adminDisplayName, role, setup.adminPassword);
    m_ui->newPassword->clear();
    m_ui->newPasswordRepeat->clear();
    if (!created) {
        showMessage(created.error().message, true);
        return;
    }
    showMessage(tr("User %1 (%2) created.").arg(setup.adminLogin, roleName(role)), false);
    m_ui->newLogin->clear();
    m_ui->newDisplayName->clear();
    refresh();
}

void UserManagementDialog::showMessage(const QString &text, bool error)
{
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
    m_ui->messageLabel->setText(text);
}
