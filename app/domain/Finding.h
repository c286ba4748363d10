#pragma once

#include <QList>
#include <QString>

namespace vd {

/// One validation finding (spec/case-format.md, "Findings").
/// `field` is the JSON path (`applicant.id_number`, `items`, `hukou.relation_to_householder`);
/// `code` is stable (docs/findings.md lists every code); `message` is Chinese, for the clerk.
struct Finding {
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString field;
    QString code;
    QString message;

    bool isError() const { return severity == Severity::Error; }
    /// "error" | "warning", as printed by the CLI.
    QString severityName() const { return isError() ? QStringLiteral("error") : QStringLiteral("warning"); }
    bool operator==(const Finding &o) const
    {
        return severity == o.severity && field == o.field && code == o.code && message == o.message;
    }
};

using Findings = QList<Finding>;

/// True when any finding is an error (errors block acceptance; warnings do not).
bool hasErrors(const Findings &findings);
/// The findings whose field path is `field` or lies below it (`applicant` matches `applicant.name`).
Findings findingsFor(const Findings &findings, const QString &field);

} // namespace vd
