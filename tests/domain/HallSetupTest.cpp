// The rules of the first-run setup's fields (HallSetupRules): each field with good, empty, wrong,
// huge and hostile values; every finding names its field and a stable code.
#include <catch2/catch.hpp>

#include "HallSetup.h"

using namespace vd;

namespace {

HallSetup good()
{
    HallSetup s;
    s.hallName = QStringLiteral("某某区政务服务中心");
    s.hallRegion = QStringLiteral("360102");
    s.windowNo = QStringLiteral("3");
    s.issuingAuthority = QStringLiteral("某某区退役军人事务局");
    s.letterPrefixes.insert(QStringLiteral("settlement-letter"), QStringLiteral("赣退役落字"));
    s.adminLogin = QStringLiteral("admin");
    s.adminDisplayName = QStringLiteral("测试甲");
    s.adminPassword = QStringLiteral("Ceshi-2024");
    s.backupFolder = QStringLiteral("/tmp/vd-backups");
    return s;
}

/// The codes of the findings on `field`.
QStringList codesOn(const Findings &findings, const QString &field)
{
    QStringList codes;
    for (const Finding &f : findings) {
        REQUIRE(f.isError());
        REQUIRE_FALSE(f.message.isEmpty());
        if (f.field == field)
            codes.append(f.code);
    }
    return codes;
}

} // namespace

TEST_CASE("setup rules: a complete setup has no findings", "[setup]")
{
    CHECK(HallSetupRules::check(good()).isEmpty());
    HallSetup s = good();
    s.windowNo = QStringLiteral("A-12");
    s.letterPrefixes.insert(QStringLiteral("party-letter"), QStringLiteral("赣退役党字"));
    s.adminDisplayName.clear();
    CHECK(HallSetupRules::check(s).isEmpty());
}

TEST_CASE("setup rules: hall name, region and window", "[setup]")
{
    HallSetup s = good();
    s.hallName.clear();
    CHECK(codesOn(HallSetupRules::check(s), "hall_name") == QStringList{"setup_missing"});
    s.hallName = QString(61, QChar(0x5385));
    CHECK(codesOn(HallSetupRules::check(s), "hall_name") == QStringList{"setup_too_long"});
    s.hallName = QStringLiteral("某某\x01大厅");
    CHECK(codesOn(HallSetupRules::check(s), "hall_name") == QStringList{"setup_unprintable"});
    s.hallName = QStringLiteral("某某\u202E大厅"); // right-to-left override
    CHECK(codesOn(HallSetupRules::check(s), "hall_name") == QStringList{"setup_unprintable"});
    // Tabs and line breaks are white space: normalized() folds them.
    s.hallName = QStringLiteral("  某某\t大厅\n ");
    CHECK(HallSetupRules::normalized(s).hallName == QStringLiteral("某某 大厅"));

    const struct {
        const char *region;
        const char *code;
    } regions[] = {
        {"", "setup_missing"},
        {"36010", "setup_region_malformed"},
        {"3601022", "setup_region_malformed"},
        {"36O102", "setup_region_malformed"},
        {"３６０１０２", "setup_region_malformed"}, // full-width digits
        {"110101", "setup_region_unknown"},        // Beijing
        {"360100", "setup_region_unknown"},        // a prefecture, not a county
        {"360105", "setup_region_unknown"},        // 湾里区, abolished in 2018
        {"369999", "setup_region_unknown"},
        {"'; DROP TABLE settings; --", "setup_region_malformed"},
    };
    for (const auto &r : regions) {
        HallSetup t = good();
        t.hallRegion = QString::fromUtf8(r.region);
        INFO(r.region);
        CHECK(codesOn(HallSetupRules::check(t), "hall_region") == QStringList{QString::fromLatin1(r.code)});
    }
    HallSetup abolished = good();
    abolished.hallRegion = QStringLiteral("360105");
    CHECK(HallSetupRules::check(abolished).first().message.contains(QStringLiteral("已撤销")));

    for (const char *window : {"", "3 号", "窗口3", "12345678901", "3;4"}) {
        HallSetup t = good();
        t.windowNo = QString::fromUtf8(window);
        INFO(window);
        CHECK(codesOn(HallSetupRules::check(t), "window_no").size() == 1);
    }
}

TEST_CASE("setup rules: issuing authority and letter number prefixes", "[setup]")
{
    HallSetup s = good();
    s.issuingAuthority.clear();
    CHECK(codesOn(HallSetupRules::check(s), "issuing_authority") == QStringList{"setup_missing"});

    s = good();
    s.letterPrefixes.clear();
    CHECK(codesOn(HallSetupRules::check(s), "letter_prefix.settlement-letter") == QStringList{"setup_missing"});
    for (const char *prefix : {"赣退役落字〔2024〕", "赣退役落字 ", "赣退役落字第", "赣(退)落字", "字7"}) {
        s = good();
        s.letterPrefixes[QStringLiteral("settlement-letter")] = QString::fromUtf8(prefix);
        INFO(prefix);
        CHECK(codesOn(HallSetupRules::check(s), "letter_prefix.settlement-letter").contains("setup_prefix_malformed"));
    }
    s = good();
    s.letterPrefixes[QStringLiteral("settlement-letter")] = QString(21, QChar(0x5B57));
    CHECK(codesOn(HallSetupRules::check(s), "letter_prefix.settlement-letter") == QStringList{"setup_too_long"});
    s = good();
    s.letterPrefixes.insert(QStringLiteral("receipt"), QStringLiteral("赣退役回字"));
    CHECK(codesOn(HallSetupRules::check(s), "letter_prefix.receipt") == QStringList{"setup_unknown_document"});
}

TEST_CASE("setup rules: administrator login and password policy", "[setup]")
{
    for (const char *login : {"", "a", "1admin", "ad min", "管理员", "admin;", "a234567890123456789012345678901234"}) {
        HallSetup s = good();
        s.adminLogin = QString::fromUtf8(login);
        INFO(login);
        CHECK(codesOn(HallSetupRules::check(s), "admin.login").size() == 1);
    }
    const struct {
        const char *password;
        const char *code;
    } passwords[] = {
        {"", "setup_missing"},
        {"Aa1!", "setup_password_weak"},            // too short
        {"abcdefgh", "setup_password_weak"},        // one class
        {"abcdefg1", "setup_password_weak"},        // two classes
        {"12345678", "setup_password_weak"},
        {"xxAdmin-2024", "setup_password_weak"},    // contains the login (any case)
        {"Ceshi\x01" "2024x", "setup_password_weak"}, // a control character
    };
    for (const auto &p : passwords) {
        HallSetup s = good();
        s.adminPassword = QString::fromUtf8(p.password);
        INFO(p.password);
        CHECK(codesOn(HallSetupRules::check(s), "admin.password") == QStringList{QString::fromLatin1(p.code)});
    }
    HallSetup huge = good();
    huge.adminPassword = QStringLiteral("Aa1!").repeated(10000);
    CHECK(codesOn(HallSetupRules::check(huge), "admin.password") == QStringList{"setup_password_weak"});
    CHECK(HallSetupRules::passwordProblem(huge.adminPassword, QString()).contains(QStringLiteral("过长")));
    // Chinese characters count as "other": 测试-2024ab has lower, digit and other.
    CHECK(HallSetupRules::passwordProblem(QStringLiteral("测试-2024ab"), QStringLiteral("admin")).isEmpty());
}

TEST_CASE("setup rules: backup folder given and absolute", "[setup]")
{
    HallSetup s = good();
    s.backupFolder.clear();
    CHECK(codesOn(HallSetupRules::check(s), "backup_folder") == QStringList{"setup_missing"});
    s.backupFolder = QStringLiteral("backups");
    CHECK(codesOn(HallSetupRules::check(s), "backup_folder") == QStringList{"setup_folder_relative"});
}

TEST_CASE("setup rules: everything empty reports every required field at once", "[setup]")
{
    const Findings all = HallSetupRules::check(HallSetup());
    QStringList fields;
    for (const Finding &f : all)
        fields.append(f.field);
    for (const char *f : {"hall_name", "hall_region", "window_no", "issuing_authority",
                          "letter_prefix.settlement-letter", "admin.login", "admin.password", "backup_folder"})
        CHECK(fields.contains(QString::fromLatin1(f)));
}
