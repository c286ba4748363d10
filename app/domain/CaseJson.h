#pragma once

#include <QByteArray>
#include <QJsonObject>

#include "Case.h"
#include "Finding.h"

namespace vd {

/// Reading and writing the case file format, version 1 (spec/case-format.md; docs/case-format.md).
namespace CaseJson {

/// What reading a case file yields: the case as far as it could be read, and the structural
/// findings (invalid JSON, wrong format/version, unknown keys, wrong types, unparseable dates,
/// unknown item ids). A case with any structural error must not be stored.
struct ReadResult {
    Case value;
    Findings findings;
};

/// Parses UTF-8 JSON text. Never throws; every problem is a finding with its JSON path.
/// Codes: invalid_json, invalid_format, unsupported_version, unknown_field, wrong_type,
/// invalid_date, unknown_item, duplicate_item, unknown_material_status, input_too_large.
ReadResult read(const QByteArray &json);
/// Same, from an already parsed object.
ReadResult fromObject(const QJsonObject &object);

/// The case as a JSON object: every filled field, keys in spec order; empty fields omitted.
/// `case_no` is written only when set.
QJsonObject toObject(const Case &c);
/// The case as indented UTF-8 JSON text (what `normalize` and `show` print).
QByteArray write(const Case &c);

/// Largest case file accepted, in bytes (a real case is a few KiB).
constexpr qint64 MaxFileSize = 4 * 1024 * 1024;

} // namespace CaseJson
} // namespace vd
