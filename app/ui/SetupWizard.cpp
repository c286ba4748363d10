#include "SetupWizard.h"

#include "ui_SetupWizard.h"

#include <QApplication>
#include <QDir>
#include <QLabel>

#include "CodeCombo.h"
#include "CodeTables.h"
#include "Database.h"
#include "FileDialog.h"
#include "FirstRunSetup.h"

namespace {

SetupWizard::KeychainProbe &probeHook()
{
    static SetupWizard::KeychainProbe hook;
    return hook;
}

const char SettlementLetter[] = "settlement-letter";
/// How long one keychain call may wait for the desktop's own unlock or create prompt.
constexpr int PromptTimeoutMs = 60000;
const char PartyLetter[] = "party-letter";

} // namespace

void SetupWizard::setKeychainProbe(KeychainProbe probe)
{
    probeHook() = std::move(probe);
}

SetupWizard::SetupWizard(const vd::Database &db, QWidget *parent)
    : QWizard(parent), m_ui(std::make_unique<Ui::SetupWizard>()), m_db(db)
{
    m_ui->setupUi(this);
    setButtonText(QWizard::FinishButton, tr("Finish"));
    CodeCombo::fill(m_ui->hallRegion, vd::CodeTables::instance().jiangxiCounties(), true);
    m_ui->adminLogin->setText(QStringLiteral("admin"));

    vd::FirstRunSetup setup(db);
    m_ui->backupFolder->setText(QDir::toNativeSeparators(setup.proposedBackupFolder()));
    if (const vd::Result<vd::HallSetup> stored = setup.stored()) {
        const vd::HallSetup &s = stored.value();
        m_ui->hallName->setText(s.hallName);
        if (!s.hallRegion.isEmpty())
            CodeCombo::setCode(m_ui->hallRegion, s.hallRegion);
        m_ui->windowNo->setText(s.windowNo);
        m_ui->issuingAuthority->setText(s.issuingAuthority);
        m_ui->settlementPrefix->setText(s.letterPrefixes.value(QLatin1String(SettlementLetter)));
        m_ui->partyPrefix->setText(s.letterPrefixes.value(QLatin1String(PartyLetter)));
        if (!s.backupFolder.isEmpty())
            m_ui->backupFolder->setText(QDir::toNativeSeparators(s.backupFolder));
    }

    connect(m_ui->checkKeychainButton, &QPushButton::clicked, this, &SetupWizard::checkKeychain);
    connect(m_ui->browseBackupButton, &QPushButton::clicked, this, &SetupWizard::chooseBackupFolder);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == KeychainPage && !m_keychainChecked)
            checkKeychain();
    });
    resize(720, 520);
}

SetupWizard::~SetupWizard() = default;

vd::HallSetup SetupWizard::answers() const
{
    vd::HallSetup s;
    s.hallName = m_ui->hallName->text();
    s.hallRegion = CodeCombo::code(m_ui->hallRegion);
    s.windowNo = m_ui->windowNo->text();
    s.issuingAuthority = m_ui->issuingAuthority->text();
    s.letterPrefixes.insert(QLatin1String(SettlementLetter), m_ui->settlementPrefix->text());
    if (!m_ui->partyPrefix->text().trimmed().isEmpty())
        s.letterPrefixes.insert(QLatin1String(PartyLetter), m_ui->partyPrefix->text());
    s.adminLogin = m_ui->adminLogin->text();
    s.adminDisplayName = m_ui->adminName->text();
    s.adminPassword = m_ui->adminPassword->text();
    s.backupFolder = QDir::fromNativeSeparators(m_ui->backupFolder->text().trimmed());
    return vd::HallSetupRules::normalized(s);
}

bool SetupWizard::showFindings(const vd::Findings &findings)
{
    static const QHash<QString, QString> widgetOf = {
        {QStringLiteral("hall_name"), QStringLiteral("hallName")},
        {QStringLiteral("hall_region"), QStringLiteral("hallRegion")},
        {QStringLiteral("window_no"), QStringLiteral("windowNo")},
        {QStringLiteral("issuing_authority"), QStringLiteral("issuingAuthority")},
        {QStringLiteral("letter_prefix.settlement-letter"), QStringLiteral("settlementPrefix")},
        {QStringLiteral("letter_prefix.party-letter"), QStringLiteral("partyPrefix")},
        {QStringLiteral("admin.login"), QStringLiteral("adminLogin")},
        {QStringLiteral("admin.display_name"), QStringLiteral("adminName")},
        {QStringLiteral("admin.password"), QStringLiteral("adminPassword")},
        {QStringLiteral("backup_folder"), QStringLiteral("backupFolder")},
    };
    static const char *const errorLabels[] = {"hallError", "lettersError", "adminError", nullptr, "backupError"};
    const int id = currentId();
    QLabel *label = id >= 0 && id < 5 && errorLabels[id] ? findChild<QLabel *>(QLatin1String(errorLabels[id])) : nullptr;
    QStringList lines;
    for (const vd::Finding &f : findings)
        lines.append(f.message);
    if (label)
        label->setText(lines.join(QLatin1Char('\n')));
    if (findings.isEmpty())
        return true;
    if (QWidget *w = findChild<QWidget *>(widgetOf.value(findings.first().field)))
        w->setFocus(Qt::OtherFocusReason);
    return false;
}

bool SetupWizard::validateCurrentPage()
{
    const vd::HallSetup s = answers();
    switch (currentId()) {
    case HallPage:
        return showFindings(vd::HallSetupRules::checkHall(s));
    case LettersPage:
        return showFindings(vd::HallSetupRules::checkLetters(s));
    case AdministratorPage: {
        vd::Findings findings = vd::HallSetupRules::checkAdministrator(s);
        if (findings.isEmpty() && m_ui->adminPassword->text() != m_ui->adminPasswordRepeat->text()) {
            findings.append(vd::Finding{vd::Finding::Severity::Error, QStringLiteral("admin.password"),
                                        QStringLiteral("setup_password_mismatch"), tr("The two passwords differ.")});
        }
        return showFindings(findings);
    }
    case KeychainPage:
        return true; // the result is information; the program also works while the keychain is fixed
    case BackupPage: {
        if (!showFindings(vd::FirstRunSetup::check(s)))
            return false;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const vd::Status stored = vd::FirstRunSetup(m_db).apply(s);
        QApplication::restoreOverrideCursor();
        if (!stored) {
            m_ui->backupError->setText(stored.error().message);
            return false;
        }
        return true;
    }
    default:
        return QWizard::validateCurrentPage();
    }
}

void SetupWizard::checkKeychain()
{
    m_ui->keychainResult->setStyleSheet(QString());
    m_ui->keychainResult->setText(tr("Checking the keychain… If the system asks for the keychain's password or for a "
                                     "new one, answer there."));
    m_ui->checkKeychainButton->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QCoreApplication::processEvents();
    // A desktop may show its own prompt to create or unlock the keychain: give the clerk time.
    m_keychain = probeHook() ? probeHook()() : vd::Keychain(vd::Keychain::defaultService(), PromptTimeoutMs).probe();
    QApplication::restoreOverrideCursor();
    m_keychainChecked = true;
    m_ui->checkKeychainButton->setEnabled(true);
    const bool ok = m_keychain.state == vd::Keychain::State::Ok;
    m_ui->keychainResult->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b00020;"));
    m_ui->keychainResult->setText((ok ? tr("OK: ") : tr("Problem: ")) + m_keychain.message);
}

void SetupWizard::chooseBackupFolder()
{
    const QString chosen = FileDialog::getExistingDirectory(this, tr("Backup folder"), m_ui->backupFolder->text());
    if (!chosen.isEmpty())
        m_ui->backupFolder->setText(QDir::toNativeSeparators(chosen));
}
