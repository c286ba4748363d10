#pragma once

#include <QMap>
#include <QString>

#include "Finding.h"

namespace vd {

/// What a hall's first-run setup collects (issue 8): the hall, its window, the letters' issuer and
/// number prefixes, the first administrator and the backup folder. Filled by the GUI's setup wizard
/// and by `veteran-desk-cli setup`; stored as settings (storage SettingKeys) and a users row.
struct HallSetup {
    QString hallName;         ///< 大厅名称, e.g. 某某县政务服务中心
    QString hallRegion;       ///< GB/T 2260 code of a current Jiangxi county (360102); default placement region
    QString windowNo;         ///< 窗口号, e.g. "3" or "A3"
    QString issuingAuthority; ///< 出具单位, e.g. 某某县退役军人事务局
    /// Letter number prefix by document key (PrintService documentKey): "settlement-letter" →
    /// 赣退役落字, "party-letter" → 赣退役党字. settlement-letter is required.
    QMap<QString, QString> letterPrefixes;
    QString adminLogin;       ///< login of the first administrator: 2–32 of [A-Za-z0-9._-], starting with a letter
    QString adminDisplayName; ///< shown name (姓名); "" = the login
    QString adminPassword;    ///< plain text, only in memory until hashed (UserRepository)
    QString backupFolder;     ///< absolute folder for automatic backups (checked by storage FirstRunSetup)
};

/// The rules of the setup's fields, without I/O (the backup folder's writability is checked in
/// storage). Every rule returns all its findings at once; field paths and codes are listed in
/// docs/cli.md ("setup"): hall_name, hall_region, window_no, issuing_authority,
/// letter_prefix.<document>, admin.login, admin.display_name, admin.password, backup_folder.
namespace HallSetupRules {

/// Longest accepted hall name, authority and display name, in characters.
constexpr int MaxNameLength = 60;
/// Longest accepted letter number prefix, in characters.
constexpr int MaxPrefixLength = 20;
/// Password length limits, in characters (the upper one keeps hostile input cheap to hash).
constexpr int MinPasswordLength = 8;
constexpr int MaxPasswordLength = 128;
/// The document keys that take a letter number prefix.
QStringList letterDocuments();

/// Trims the text fields and simplifies inner white space (not the password); a convenience for
/// callers before check().
HallSetup normalized(HallSetup setup);
/// Every finding of `setup` (errors only); empty when it may be stored. The backup folder is
/// checked here only for being given and absolute.
Findings check(const HallSetup &setup);

/// Findings of the hall page: hall_name, hall_region (must be a current Jiangxi county,
/// CodeTables::countyFullName), window_no.
Findings checkHall(const HallSetup &setup);
/// Findings of the letters page: issuing_authority and letter_prefix.<document>.
Findings checkLetters(const HallSetup &setup);
/// Findings of the administrator: admin.login, admin.display_name, admin.password.
Findings checkAdministrator(const HallSetup &setup);
/// The password policy (等级保护 practice: at least 8 characters from at least three of upper-case,
/// lower-case, digits and other characters; not containing the login; at most 128 characters).
/// Returns "" when `password` is acceptable, else a Chinese sentence saying what is missing.
QString passwordProblem(const QString &password, const QString &login);

} // namespace HallSetupRules
} // namespace vd
