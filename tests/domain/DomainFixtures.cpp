#include "DomainFixtures.h"

#include "CaseJson.h"
#include "Normalizer.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

namespace vd::test {

Case exampleCase(const QString &name)
{
    auto read = CaseJson::read(readFile(sharedPath(QStringLiteral("spec/examples/") + name)));
    INFO(describe(read.findings).toStdString());
    REQUIRE(read.findings.isEmpty());
    Normalizer::normalize(read.value);
    return read.value;
}

QDate exampleToday()
{
    return QDate(2024, 9, 15);
}

QStringList codesAt(const Findings &findings, const QString &field)
{
    QStringList codes;
    for (const Finding &f : findings) {
        if (f.field == field)
            codes.append(f.code);
    }
    return codes;
}

QString describe(const Findings &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines.append(f.severityName() + QLatin1Char(' ') + f.field + QLatin1Char(' ') + f.code);
    return lines.join(QLatin1Char('\n'));
}

} // namespace vd::test
