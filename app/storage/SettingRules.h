#pragma once

#include <QString>
#include <QStringList>

#include "Result.h"

namespace vd::SettingRules {

/// Which setting names exist and which values they take (SettingKeys.h is the list of names), so
/// that the CLI `settings set` and the settings dialog store nothing a reader would choke on.

/// The names without a parameter (hall_region, hall_name, …), in SettingKeys.h order.
QStringList fixedNames();
/// True for a fixed name or a parametrised one: letter_prefix.DOC and validity_days.DOC (DOC a
/// lower-case document key), police_station.CODE (CODE six digits, GB/T 2260).
bool isKnown(const QString &name);
/// Ok when `value` may be stored under `name`; "" (not set) is always allowed. Errors:
/// setting_unknown (not a known name), setting_invalid (wrong shape: e.g. validity days not a
/// whole number 1–365, a hall region not six digits, more than the name's length limit, or control
/// characters), each with a Chinese message naming the setting.
Status check(const QString &name, const QString &value);

} // namespace vd::SettingRules
