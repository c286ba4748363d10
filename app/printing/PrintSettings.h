#pragma once

#include <QDate>
#include <QString>

#include "Case.h"
#include "PrintService.h"
#include "Result.h"

namespace vd {

class Database;

/// The print settings of the store (SettingKeys, table settings) turned into what documents need.
/// One function for the GUI and the CLI, so that both print the same letter.
namespace PrintSettings {

/// Whether `kind` carries a number from the per-year register (PrintLogRepository): the
/// settlement letter and the party / league letter.
bool isNumbered(DocumentKind kind);
/// The number prefix used when the setting letterPrefix(documentKey) is not set:
/// 赣退役落字 (settlement letter), 赣退役组字 (party letter); "" for other kinds.
QString defaultPrefix(DocumentKind kind);
/// The validity in days used when validityDays(documentKey) is not set: 30 (domain-facts.md §5.1,
/// §5.2: 市外 30 days).
int defaultValidityDays(DocumentKind kind);
/// The login name of the person at the computer (USER / USERNAME), the clerk until clerk accounts
/// exist; "未知用户" when the environment has none. Never personal data beyond the login name.
QString currentClerk();

/// The context for printing `kind` for `c` on `printDate`: authority, hall, window, phone, seal text,
/// party organisation, validity days, police station of the case's placement county; clerk left
/// empty (a line to sign) until clerk accounts exist; for the receipt, each item's promised time limit
/// (TimeLimits::promises from the acceptance date in the case number). The number is not set here: PrintRecorder takes it when the print is logged.
/// Errors: storage_read_failed, storage_open_failed, setting_invalid (a stored validity that is
/// not a whole number of days in 1–365).
Result<PrintContext> context(const Database &db, DocumentKind kind, const Case &c,
                             const QDate &printDate = QDate::currentDate());
/// The number prefix for `kind`: the setting, else defaultPrefix. Errors: as context().
Result<QString> letterPrefix(const Database &db, DocumentKind kind);

} // namespace PrintSettings
} // namespace vd
