#pragma once

#include <QString>

namespace vd::SettingKeys {

/// Names of the settings kept in the store (table `settings`, SettingsRepository). One list, shared
/// by the first-run setup, the administrator's settings dialog, printing and the CLI. Values are
/// text; "" or absent means "not set" and the reader falls back to the documented default.

/// GB/T 2260 six-digit code of this hall: the first part of case numbers (受理编号) and the default
/// placement region of a new case.
inline QString hallRegion() { return QStringLiteral("hall_region"); }
/// 大厅名称, e.g. 某某县政务服务中心 (printed on receipts and notices).
inline QString hallName() { return QStringLiteral("hall_name"); }
/// 窗口号, e.g. "5".
inline QString windowNo() { return QStringLiteral("window_no"); }
/// 咨询电话 of the hall, printed on the receipt and the one-time notice.
inline QString hallPhone() { return QStringLiteral("hall_phone"); }
/// 出具单位: the veterans affairs authority issuing letters, e.g. 某某县退役军人事务局.
inline QString issuingAuthority() { return QStringLiteral("issuing_authority"); }
/// 党组织名称 issuing the party / league organisation letter (中共某某县退役军人事务局支部委员会).
inline QString partyOrganisation() { return QStringLiteral("party_organisation"); }
/// 印章文字 shown in the seal area (the seal itself is applied by hand).
inline QString sealText() { return QStringLiteral("seal_text"); }
/// Letter number prefix per document key (PrintService documentKey), e.g.
/// letterPrefix("settlement-letter") = 赣退役落字 → 赣退役落字〔2024〕第0007号.
inline QString letterPrefix(const QString &documentKey) { return QStringLiteral("letter_prefix.") + documentKey; }
/// Validity in days per document key (settlement-letter default 30; party-letter default 30).
inline QString validityDays(const QString &documentKey) { return QStringLiteral("validity_days.") + documentKey; }
/// The police station (派出所) receiving settlement letters for a county (GB/T 2260 code).
inline QString policeStation(const QString &countyCode) { return QStringLiteral("police_station.") + countyCode; }
/// Folder of automatic backups; "" = beside the store.
inline QString backupFolder() { return QStringLiteral("backup_folder"); }
/// Days backups are kept (default 30).
inline QString backupKeepDays() { return QStringLiteral("backup_keep_days"); }
/// Minutes of inactivity before the GUI locks (default 10).
inline QString idleLockMinutes() { return QStringLiteral("idle_lock_minutes"); }
/// Folder a scanner writes to; while a material's files are open, new scans there are attached to it
/// (issue 4). "" = none.
inline QString scannerFolder() { return QStringLiteral("scanner_folder"); }
/// "1" once the first-run setup has been completed.
inline QString setupCompleted() { return QStringLiteral("setup_completed"); }

} // namespace vd::SettingKeys
