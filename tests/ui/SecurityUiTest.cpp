// Issue 6 in the GUI: drafts (saved while typing, offered back after a crash, asked about on close),
// one case for two accepts, the duplicate warning, log-in and lock-out, the idle screen lock, the
// passphrase prompts of StoreOpener, a damaged store restored from its backup, the backup menu and
// the administrator-only actions.
#include <catch2/catch.hpp>

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "AuditLog.h"
#include "BackupService.h"
#include "CaseEditorDialog.h"
#include "CaseRepository.h"
#include "DataKey.h"
#include "Database.h"
#include "DialogRunner.h"
#include "DraftRepository.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ScreenLock.h"
#include "SecretStore.h"
#include "StorageFixtures.h"
#include "StoreOpener.h"
#include "UiTestSupport.h"
#include "UserManagementDialog.h"
#include "UserRepository.h"

using namespace vd::uitest;

namespace {

const QString AdminLogin = QStringLiteral("admin1");
const QString AdminPassword = QStringLiteral("Ceshi-2024x");

struct HookGuard {
    ~HookGuard()
    {
        DialogRunner::setTestHook({});
        MessageBox::setTestAnswer(QMessageBox::NoButton);
        StoreOpener::setPassphrasePrompt({});
    }
};

struct Store {
    QTemporaryDir dir;
    std::unique_ptr<vd::Database> db;
    Store()
    {
        REQUIRE(dir.isValid());
        auto opened = vd::Database::open(path());
        REQUIRE(opened.ok());
        db = std::move(opened).value();
    }
    QString path() const { return dir.filePath(QStringLiteral("security.sqlite")); }
};

// An editor filled with `example`, every material received, 受理 enabled.
std::unique_ptr<CaseEditorDialog> filledEditor(const vd::Database &db, const QString &example_ = QStringLiteral("valid-minimal.json"))
{
    auto editor = std::make_unique<CaseEditorDialog>(db);
    editor->setDraftDelayMs(100);
    editor->show();
    REQUIRE(QTest::qWaitForWindowExposed(editor.get()));
    fillForm(editor.get(), example(example_));
    editor->validateNow();
    receiveAllMaterials(editor.get());
    auto *accept = editor->findChild<QPushButton *>(QStringLiteral("acceptButton"));
    REQUIRE(accept);
    REQUIRE(waitFor([&] { return accept->isEnabled(); }));
    return editor;
}

int caseCount(const vd::Database &db)
{
    const auto listed = db.cases().list();
    REQUIRE(listed.ok());
    return static_cast<int>(listed.value().size());
}

} // namespace

TEST_CASE("The editor saves a draft soon after a change and a new window offers it back with every field",
          "[ui][security][drafts]")
{
    useChinese();
    HookGuard guard;
    Store store;
    CHECK(CaseEditorDialog::DraftDelayMs <= 2000);

    vd::Case typed;
    QString draftId;
    {
        auto editor = filledEditor(*store.db, QStringLiteral("valid-full.json"));
        draftId = editor->draftId();
        CHECK_FALSE(QUuid::fromString(draftId).isNull());
        // Saved by the timer alone: no close, no accept.
        REQUIRE(waitFor([&] {
            const auto listed = store.db->drafts().list(store.db->actor());
            return listed.ok() && listed.value().size() == 1;
        }));
        editor->validateNow();
        typed = editor->currentCase();
        auto *status = editor->findChild<QLabel *>(QStringLiteral("draftStatus"));
        REQUIRE(status);
        CHECK(status->text().contains(QStringLiteral("草稿已于")));
        // A crash: the editor goes away without being closed or accepted.
        DialogRunner::setTestHook([](QDialog *) { return QDialog::Rejected; });
    }
    REQUIRE_FALSE(typed.applicant.idNumber.isEmpty());

    MainWindow window(*store.db);
    window.show();
    MessageBox::clearLast();
    MessageBox::setTestAnswer(QMessageBox::Yes);
    vd::Case offered;
    QString offeredId;
    DialogRunner::setTestHook([&](QDialog *d) {
        auto *editor = qobject_cast<CaseEditorDialog *>(d);
        REQUIRE(editor);
        editor->validateNow();
        offered = editor->currentCase();
        offeredId = editor->draftId();
        return QDialog::Rejected;
    });
    window.offerDrafts();
    CHECK(MessageBox::count() == 1);
    CHECK(MessageBox::lastTitle() == QStringLiteral("未完成的登记"));
    CHECK(MessageBox::lastText().contains(typed.applicant.name));
    CHECK(offeredId == draftId);
    CHECK(offered == typed); // every field, materials included
    CHECK(offered.applicant.idNumber == typed.applicant.idNumber);

    // Discard deletes it.
    MessageBox::setTestAnswer(QMessageBox::Discard);
    window.offerDrafts();
    CHECK(store.db->drafts().list(store.db->actor()).value().isEmpty());
}

TEST_CASE("Closing with unsaved changes asks: cancel keeps the form, keep saves a draft, discard removes it",
          "[ui][security][drafts]")
{
    useChinese();
    HookGuard guard;
    Store store;
    auto editor = std::make_unique<CaseEditorDialog>(*store.db);
    editor->setDraftDelayMs(60000); // only closing saves here
    editor->show();
    REQUIRE(QTest::qWaitForWindowExposed(editor.get()));
    setField(editor.get(), QStringLiteral("name"), QStringLiteral("测试乙"));

    MessageBox::clearLast();
    MessageBox::setTestAnswer(QMessageBox::Cancel);
    editor->reject();
    CHECK(MessageBox::count() == 1);
    CHECK(MessageBox::lastText().contains(QStringLiteral("草稿")));
    CHECK(editor->isVisible());
    CHECK(store.db->drafts().list(store.db->actor()).value().isEmpty());

    MessageBox::setTestAnswer(QMessageBox::Save);
    editor->reject();
    CHECK_FALSE(editor->isVisible());
    const auto kept = store.db->drafts().list(store.db->actor());
    REQUIRE(kept.value().size() == 1);
    CHECK(kept.value().first().label == QStringLiteral("测试乙"));

    // Continued and discarded: gone.
    auto again = std::make_unique<CaseEditorDialog>(*store.db);
    again->setDraft(kept.value().first().draftId, *store.db->drafts().load(kept.value().first().draftId).value());
    again->show();
    CHECK(again->findChild<QLineEdit *>(QStringLiteral("name"))->text() == QStringLiteral("测试乙"));
    MessageBox::setTestAnswer(QMessageBox::Discard);
    again->reject();
    CHECK_FALSE(again->isVisible());
    CHECK(store.db->drafts().list(store.db->actor()).value().isEmpty());
}

TEST_CASE("A draft the store refuses shows a warning in the editor and keeps the form", "[ui][security][drafts]")
{
    useChinese();
    HookGuard guard;
    Store store;
    auto editor = std::make_unique<CaseEditorDialog>(*store.db);
    editor->show();
    setField(editor.get(), QStringLiteral("name"), QStringLiteral("测试丙"));
    // The store's file is moved away under the running program: the store refuses every write
    // (storage_file_missing), as a full disk or a read-only folder would.
    const QString moved = store.path() + QStringLiteral(".moved");
    REQUIRE(QFile::rename(store.path(), moved));
    CHECK_FALSE(editor->saveDraftNow());
    REQUIRE(QFile::rename(moved, store.path()));
    auto *status = editor->findChild<QLabel *>(QStringLiteral("draftStatus"));
    CHECK(status->text().contains(QStringLiteral("草稿未能保存")));
    CHECK(editor->findChild<QLineEdit *>(QStringLiteral("name"))->text() == QStringLiteral("测试丙"));
    CHECK(editor->isVisible());
    CHECK(editor->saveDraftNow()); // writing again once the store takes it
    CHECK(status->text().contains(QStringLiteral("草稿已于")));
    MessageBox::setTestAnswer(QMessageBox::Discard);
    editor.reset();
}

TEST_CASE("Two accepts give one case and remove the draft", "[ui][security][accept]")
{
    useChinese();
    HookGuard guard;
    Store store;
    MessageBox::setTestAnswer(QMessageBox::Ok);
    auto editor = filledEditor(*store.db);
    REQUIRE(waitFor([&] { return !store.db->drafts().list(store.db->actor()).value().isEmpty(); }));
    const vd::Case typed = editor->currentCase();
    const QString token = editor->draftId();
    editor->accept();
    editor->accept();
    CHECK(caseCount(*store.db) == 1);
    const QString first = editor->caseNo();
    CHECK_FALSE(first.isEmpty());
    CHECK(store.db->drafts().list(store.db->actor()).value().isEmpty());

    // A retry from the same draft (e.g. the editor reopened after an error) is still the same case.
    auto retry = std::make_unique<CaseEditorDialog>(*store.db);
    retry->setDraft(token, typed);
    retry->show();
    receiveAllMaterials(retry.get());
    retry->validateNow();
    MessageBox::setTestAnswer(QMessageBox::Yes); // the first case is now an open case with this number
    retry->accept();
    CHECK(retry->caseNo() == first);
    CHECK(caseCount(*store.db) == 1);
}

TEST_CASE("An ID number with an open case shows the case before accepting and asks", "[ui][security][duplicates]")
{
    useChinese();
    HookGuard guard;
    Store store;
    const vd::Case existing = vd::test::withAllMaterialsReceived(
        vd::test::loadExample(QStringLiteral("valid-minimal.json")));
    const auto added = store.db->cases().add(existing, QStringLiteral("360102"));
    REQUIRE(added.ok());

    auto editor = filledEditor(*store.db); // the same applicant again
    REQUIRE(editor->duplicates().size() == 1);
    CHECK(editor->duplicates().first().caseNo == added.value());
    auto *warning = editor->findChild<QLabel *>(QStringLiteral("duplicateWarning"));
    REQUIRE(warning);
    CHECK(warning->isVisible());
    CHECK(warning->text().contains(added.value()));
    CHECK(warning->text().contains(QStringLiteral("**"))); // masked, never the whole number
    CHECK_FALSE(warning->text().contains(existing.applicant.idNumber));
    const vd::Findings at = vd::findingsFor(editor->findings(), QStringLiteral("applicant.id_number"));
    CHECK(std::any_of(at.cbegin(), at.cend(), [](const vd::Finding &f) {
        return f.code == QLatin1String("duplicate_open_case") && !f.isError();
    }));

    MessageBox::clearLast();
    MessageBox::setTestAnswer(QMessageBox::No);
    editor->accept();
    CHECK(MessageBox::lastTitle() == QStringLiteral("同一身份证件号已有未办结案件"));
    CHECK(editor->caseNo().isEmpty());
    CHECK(caseCount(*store.db) == 1);
    MessageBox::setTestAnswer(QMessageBox::Yes);
    editor->accept();
    CHECK_FALSE(editor->caseNo().isEmpty());
    CHECK(caseCount(*store.db) == 2);

    // Another number: no warning.
    auto other = std::make_unique<CaseEditorDialog>(*store.db);
    setField(other.get(), QStringLiteral("id_number"),
             vd::test::fakeIdNumber(QStringLiteral("360102"), QDate(1990, 1, 2), 7));
    other->validateNow();
    CHECK(other->duplicates().isEmpty());
    MessageBox::setTestAnswer(QMessageBox::Discard);
}

TEST_CASE("Log-in: success, the wrong-password message, the lock-out message", "[ui][security][login]")
{
    useChinese();
    HookGuard guard;
    Store store;
    REQUIRE(vd::UserRepository(*store.db).createAdministrator(AdminLogin, QStringLiteral("测试甲"), AdminPassword).ok());
    const auto attempt = [&](const QString &login, const QString &password) {
        auto dialog = std::make_unique<LoginDialog>(*store.db);
        dialog->show();
        dialog->findChild<QLineEdit *>(QStringLiteral("loginEdit"))->setText(login);
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        CHECK(edit->echoMode() == QLineEdit::Password);
        edit->setText(password);
        dialog->accept();
        return dialog;
    };
    auto ok = attempt(AdminLogin, AdminPassword);
    CHECK(ok->result() == QDialog::Accepted);
    CHECK(ok->account().role == vd::UserRepository::roleAdministrator());

    auto wrong = attempt(AdminLogin, QStringLiteral("not-the-password"));
    CHECK(wrong->isVisible());
    CHECK(wrong->message() == QStringLiteral("登录名或密码不对"));
    CHECK(wrong->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text().isEmpty());
    auto empty = attempt(QString(), QString());
    CHECK(empty->message() == QStringLiteral("请输入登录名和密码。"));

    for (int i = 1; i < vd::UserRepository::MaxFailedAttempts; ++i)
        attempt(AdminLogin, QStringLiteral("still-wrong"));
    auto locked = attempt(AdminLogin, AdminPassword); // right, but locked now
    CHECK(locked->result() != QDialog::Accepted);
    CHECK(locked->message().contains(QStringLiteral("已锁定")));
}

TEST_CASE("The window locks after the idle time and opens again with the password", "[ui][security][lock]")
{
    useChinese();
    HookGuard guard;
    Store store;
    REQUIRE(vd::UserRepository(*store.db).createAdministrator(AdminLogin, QString(), AdminPassword).ok());
    MainWindow window(*store.db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto editor = std::make_unique<CaseEditorDialog>(*store.db, &window);
    editor->setDraftDelayMs(60000);
    editor->show();
    setField(editor.get(), QStringLiteral("name"), QStringLiteral("测试丁"));

    int asked = 0;
    bool covered = false;
    bool draftKept = false;
    DialogRunner::setTestHook([&](QDialog *d) {
        auto *login = qobject_cast<LoginDialog *>(d);
        REQUIRE(login);
        CHECK(login->isLockMode());
        ++asked;
        covered = window.findChild<QWidget *>(QStringLiteral("screenLockCover")) != nullptr
            && editor->findChild<QWidget *>(QStringLiteral("screenLockCover")) != nullptr;
        draftKept = !store.db->drafts().list(store.db->actor()).value().isEmpty();
        auto *password = login->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        password->setText(QStringLiteral("wrong-password"));
        login->accept();
        CHECK(login->message() == QStringLiteral("登录名或密码不对"));
        CHECK(login->result() != QDialog::Accepted);
        password->setText(AdminPassword);
        login->accept();
        return login->result();
    });
    ScreenLock lock(*store.db, AdminLogin, 0);
    lock.setIdleIntervalMs(150);
    // Input keeps it open.
    for (int i = 0; i < 4; ++i) {
        QTest::qWait(80);
        QTest::keyClick(editor.get(), Qt::Key_Shift);
    }
    CHECK(asked == 0);
    REQUIRE(waitFor([&] { return asked >= 1; }, 2000));
    REQUIRE(waitFor([&] { return !lock.isLocked(); }, 2000));
    CHECK(asked == 1); // the wrong password was refused in the dialog, the right one unlocked
    CHECK(covered);
    CHECK(draftKept);
    CHECK(window.findChild<QWidget *>(QStringLiteral("screenLockCover")) == nullptr);
    CHECK(editor->isVisible());
    CHECK(editor->findChild<QLineEdit *>(QStringLiteral("name"))->text() == QStringLiteral("测试丁"));
    MessageBox::setTestAnswer(QMessageBox::Discard);
    editor.reset();
}

TEST_CASE("A passphrase store asks for the passphrase, three tries", "[ui][security][passphrase]")
{
    useChinese();
    HookGuard guard;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("passphrase.sqlite"));
    const QString passphrase = QStringLiteral("某某路1号-保险柜-2024");
    {
        auto created = vd::Database::open(path, vd::KeyAccess{nullptr, passphrase, true});
        REQUIRE(created.ok());
    }
    QStringList prompts;
    QStringList answers{QStringLiteral("wrong passphrase 1"), passphrase};
    StoreOpener::setPassphrasePrompt([&](QWidget *, const QString &text) -> std::optional<QString> {
        prompts.append(text);
        return answers.isEmpty() ? QString() : answers.takeFirst();
    });
    auto opened = StoreOpener::open(path);
    REQUIRE(opened.ok());
    REQUIRE(prompts.size() == 2);
    CHECK(prompts.at(0).contains(QStringLiteral("管理员口令")));
    CHECK(prompts.at(1).contains(QStringLiteral("口令错误（第 1 次，共 3 次机会）")));
    opened = vd::Error{};

    // Three wrong: the program says so and opens nothing.
    prompts.clear();
    answers = {QStringLiteral("wrong 1"), QStringLiteral("wrong 2"), QStringLiteral("wrong 3"), passphrase};
    MessageBox::clearLast();
    MessageBox::setTestAnswer(QMessageBox::Ok);
    auto refused = StoreOpener::open(path);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("open_cancelled"));
    CHECK(prompts.size() == 3);
    CHECK(MessageBox::lastText().contains(QStringLiteral("3 次错误")));

    // Cancelled: nothing opened, nothing more asked.
    prompts.clear();
    StoreOpener::setPassphrasePrompt([&](QWidget *, const QString &text) -> std::optional<QString> {
        prompts.append(text);
        return std::nullopt;
    });
    CHECK(StoreOpener::open(path).error().code == QStringLiteral("open_cancelled"));
    CHECK(prompts.size() == 1);
}

TEST_CASE("Without a keychain a new store may be protected by a passphrase entered twice", "[ui][security][passphrase]")
{
    useChinese();
    HookGuard guard;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nokeychain.sqlite"));
    const vd::KeyAccess saved = vd::Database::defaultKeyAccess();
    vd::MemorySecretStore broken;
    broken.setUnavailable(true);
    vd::Database::setDefaultKeyAccess({&broken, QString(), false});
    struct Restore {
        vd::KeyAccess access;
        ~Restore() { vd::Database::setDefaultKeyAccess(access); }
    } restore{saved};

    // Declined: a clear message, nothing opened.
    MessageBox::clearLast();
    MessageBox::setTestAnswer(QMessageBox::No);
    auto declined = StoreOpener::open(path);
    CHECK(declined.error().code == QStringLiteral("open_cancelled"));
    CHECK(MessageBox::lastText().contains(QStringLiteral("钥匙串")));

    // Too short, then two different ones, then right.
    QStringList answers{QStringLiteral("short"), QStringLiteral("Passphrase-0001"), QStringLiteral("Passphrase-0002"),
                        QStringLiteral("Passphrase-0001"), QStringLiteral("Passphrase-0001")};
    StoreOpener::setPassphrasePrompt([&](QWidget *, const QString &) -> std::optional<QString> {
        if (answers.isEmpty())
            return std::nullopt;
        return answers.takeFirst();
    });
    QStringList warnings;
    MessageBox::setTestAnswer(QMessageBox::Yes);
    auto opened = StoreOpener::open(path);
    REQUIRE(opened.ok());
    CHECK(answers.isEmpty());
    CHECK(vd::DataKeyring::protection(*opened.value()).value() == vd::DataKeyring::Protection::Passphrase);
}

TEST_CASE("A damaged store is reported and its latest backup restored when the clerk agrees", "[ui][security][backup]")
{
    useChinese();
    HookGuard guard;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    QString caseNo;
    {
        auto opened = vd::Database::open(path);
        REQUIRE(opened.ok());
        const auto added = opened.value()->cases().add(
            vd::test::withAllMaterialsReceived(vd::test::loadExample(QStringLiteral("valid-minimal.json"))),
            QStringLiteral("360102"));
        REQUIRE(added.ok());
        caseNo = added.value();
        REQUIRE(StoreOpener::backupNow(*opened.value()).ok());
    }
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        REQUIRE(size > 8192);
        file.seek(4096);
        file.write(QByteArray(static_cast<int>(size - 4096), '\x5a'));
    }
    QFile::remove(path + QStringLiteral("-wal"));
    REQUIRE_FALSE(vd::BackupService::quickCheck(path).ok());

    MessageBox::clearLast();
    MessageBox::setTestAnswer(QMessageBox::No);
    CHECK(StoreOpener::open(path).error().code == QStringLiteral("open_cancelled"));
    CHECK(MessageBox::lastText().contains(QStringLiteral("已损坏")));

    MessageBox::setTestAnswer(QMessageBox::Yes);
    QString restoredFrom;
    auto opened = StoreOpener::open(path, nullptr, &restoredFrom);
    INFO(opened.error().code.toStdString() << " " << opened.error().message.toStdString());
    REQUIRE(opened.ok());
    CHECK_FALSE(restoredFrom.isEmpty());
    CHECK(opened.value()->cases().find(caseNo).value().has_value());
    CHECK(MessageBox::lastText().contains(QStringLiteral("损坏的文件已另存为")));
    const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("damaged.sqlite.damaged-*")});
    CHECK(aside.size() >= 1); // the damaged file is kept, never deleted
}

TEST_CASE("The backup action makes a file and records it; administrators' actions follow the role",
          "[ui][security][backup]")
{
    useChinese();
    HookGuard guard;
    Store store;
    MainWindow window(*store.db);
    window.show();
    MessageBox::clearLast();
    MessageBox::setTestAnswer(QMessageBox::Ok);
    auto *backup = window.findChild<QAction *>(QStringLiteral("actionBackup"));
    REQUIRE(backup);
    CHECK(backup->text() == QStringLiteral("备份"));
    backup->trigger();
    const QList<vd::BackupInfo> made = vd::BackupService::list(StoreOpener::backupFolder(*store.db));
    REQUIRE(made.size() == 1);
    CHECK(made.first().reason == QStringLiteral("manual"));
    CHECK(QFileInfo::exists(made.first().path));
    CHECK(MessageBox::lastText().contains(QDir::toNativeSeparators(made.first().path)));
    const auto audit = store.db->audit().latest(1);
    REQUIRE(audit.value().size() == 1);
    CHECK(audit.value().first().event.action == QStringLiteral("backup"));

    auto *settings = window.findChild<QAction *>(QStringLiteral("actionSettings"));
    auto *users = window.findChild<QAction *>(QStringLiteral("actionUsers"));
    auto *restore = window.findChild<QAction *>(QStringLiteral("actionRestore"));
    REQUIRE((settings && users && restore));
    window.setClerk({QStringLiteral("clerk1"), QStringLiteral("测试乙"), vd::UserRepository::roleWindowClerk(), false});
    for (QAction *a : {settings, users, restore}) {
        CHECK_FALSE(a->isEnabled());
        CHECK(a->toolTip() == QStringLiteral("只有管理员可以进行此操作。"));
    }
    auto *clerk = window.findChild<QLabel *>(QStringLiteral("clerkLabel"));
    REQUIRE(clerk);
    CHECK(clerk->text() == QStringLiteral("当前用户：测试乙（窗口人员）"));
    window.setClerk({AdminLogin, QString(), vd::UserRepository::roleAdministrator(), false});
    for (QAction *a : {settings, users, restore})
        CHECK(a->isEnabled());

    // 从备份恢复…: the chosen backup is handed to gui_main with the restart code.
    DialogRunner::setTestHook([](QDialog *d) {
        d->setProperty("textValue", d->property("comboBoxItems").toStringList().value(0));
        return QDialog::Accepted;
    });
    MessageBox::setTestAnswer(QMessageBox::Yes);
    restore->trigger();
    CHECK(window.pendingRestore() == made.first().path);
}

TEST_CASE("User management creates accounts with the setup's rules", "[ui][security][users]")
{
    useChinese();
    HookGuard guard;
    Store store;
    REQUIRE(vd::UserRepository(*store.db).createAdministrator(AdminLogin, QString(), AdminPassword).ok());
    UserManagementDialog dialog(*store.db);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("usersTable"));
    REQUIRE(table);
    CHECK(table->rowCount() == 1);
    const auto set = [&](const char *name, const QString &text) {
        dialog.findChild<QLineEdit *>(QLatin1String(name))->setText(text);
    };
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("messageLabel"));
    set("newLogin", QStringLiteral("1bad"));
    set("newPassword", QStringLiteral("short"));
    set("newPasswordRepeat", QStringLiteral("other"));
    dialog.createUser();
    CHECK(table->rowCount() == 1);
    CHECK(message->text().contains(QStringLiteral("登录名为")));
    CHECK(message->text().contains(QStringLiteral("两次输入的密码不一致")));
    CHECK_FALSE(message->text().contains(QStringLiteral("管理员")));

    set("newLogin", QStringLiteral("clerk1"));
    set("newDisplayName", QStringLiteral("测试乙"));
    set("newPassword", QStringLiteral("Chuangkou-99"));
    set("newPasswordRepeat", QStringLiteral("Chuangkou-99"));
    dialog.createUser();
    CHECK(table->rowCount() == 2);
    CHECK(message->text() == QStringLiteral("已新建用户 clerk1（窗口人员）。"));
    const auto logged = vd::UserRepository(*store.db).logIn(QStringLiteral("clerk1"), QStringLiteral("Chuangkou-99"));
    REQUIRE(logged.ok());
    CHECK(logged.value().role == vd::UserRepository::roleWindowClerk());
}

// Not a test: prepares a store for looking at the draft offer of the real program (hidden; run
// inside run-with-keyring.sh with VD_SHOT_STORE=PATH and VD_SHOT_OWNER=ACTOR).
TEST_CASE("Leave a draft in a store for screenshots", "[.shots]")
{
    const QString path = qEnvironmentVariable("VD_SHOT_STORE");
    REQUIRE_FALSE(path.isEmpty());
    auto opened = vd::Database::open(path);
    REQUIRE(opened.ok());
    const vd::Case c = vd::test::loadExample(QStringLiteral("valid-full.json"));
    REQUIRE(opened.value()->drafts().save(QUuid::createUuid().toString(QUuid::WithoutBraces), c,
                                          qEnvironmentVariable("VD_SHOT_OWNER")).ok());
}
