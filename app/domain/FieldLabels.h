#pragma once

#include <QString>

namespace vd {

/// The label of a field as the paper form (Attachment 3) prints it, by JSON path
/// ("applicant.id_number" → 身份证件号); "" for an unknown path. Used in findings and notices.
QString fieldLabel(const QString &path);

} // namespace vd
