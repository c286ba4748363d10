#pragma once

#include <QWizard>

#include <functional>
#include <memory>

#include "HallSetup.h"
#include "Keychain.h"

namespace Ui {
class SetupWizard;
}
namespace vd {
class Database;
}

/// The first-run setup (forms/SetupWizard.ui), shown by veteran-desk while the store's
/// setup_completed setting is not "1": hall and window, letters, administrator, keychain check,
/// backup folder. Each page is checked with the rules of vd::HallSetupRules when Next is pressed
/// (problems shown on the page, the first faulty field focused); Finish checks the backup folder,
/// stores everything through vd::FirstRunSetup and accepts. No rules and no SQL here.
class SetupWizard : public QWizard {
    Q_OBJECT
public:
    /// The pages, in order (their ids).
    enum Page { HallPage = 0, LettersPage, AdministratorPage, KeychainPage, BackupPage };

    /// `db` is the opened store; it must outlive the wizard. Fields are prefilled from settings an
    /// interrupted setup left behind; the backup folder proposed is "backups" beside the store.
    explicit SetupWizard(const vd::Database &db, QWidget *parent = nullptr);
    ~SetupWizard() override;

    /// The answers as entered, normalised (HallSetupRules::normalized).
    vd::HallSetup answers() const;
    /// The last keychain check's result (state Failed with an empty message before any check).
    vd::Keychain::ProbeResult keychainResult() const { return m_keychain; }

    /// Test hook: the function that checks the keychain instead of vd::Keychain::probe();
    /// an empty function restores the real check.
    using KeychainProbe = std::function<vd::Keychain::ProbeResult()>;
    static void setKeychainProbe(KeychainProbe probe);

protected:
    bool validateCurrentPage() override;

private:
    /// Shows `findings` on the current page's error label and focuses the first faulty field;
    /// returns true when there are none.
    bool showFindings(const vd::Findings &findings);
    void checkKeychain();
    void chooseBackupFolder();

    std::unique_ptr<Ui::SetupWizard> m_ui;
    const vd::Database &m_db;
    vd::Keychain::ProbeResult m_keychain;
    bool m_keychainChecked = false;
};
