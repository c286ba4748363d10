#include "Finding.h"

#include <algorithm>

namespace vd {

bool hasErrors(const Findings &findings)
{
    return std::any_of(findings.begin(), findings.end(), [](const Finding &f) { return f.isError(); });
}

Findings findingsFor(const Findings &findings, const QString &field)
{
    Findings out;
    for (const Finding &f : findings) {
        if (f.field == field || f.field.startsWith(field + QLatin1Char('.'))
            || f.field.startsWith(field + QLatin1Char('[')))
            out.append(f);
    }
    return out;
}

} // namespace vd
