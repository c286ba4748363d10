#include "StorageFixtures.h"

#include "MaterialsChecklist.h"

#include <catch2/catch.hpp>

#include "CaseJson.h"
#include "Normalizer.h"
#include "TestSupport.h"

namespace vd::test {

QString fakeIdNumber(const QString &region, const QDate &birth, int sequence)
{
    const QString body = region + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    REQUIRE(body.size() == 17);
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += body.at(i).digitValue() * weights[i];
    return body + QLatin1Char("10X98765432"[sum % 11]);
}

Case loadExample(const QString &name)
{
    const QByteArray json = readFile(sharedPath(QStringLiteral("spec/examples/") + name));
    CaseJson::ReadResult read = CaseJson::read(json);
    INFO("reading example " << name.toStdString());
    REQUIRE(!hasErrors(read.findings));
    Normalizer::normalize(read.value);
    return read.value;
}

Case withApplicant(Case c, const QString &name, const QString &idNumber)
{
    const QString oldName = c.applicant.name;
    c.applicant.name = name;
    c.applicant.idNumber = idNumber;
    c.applicant.birthDate = QDate::fromString(idNumber.mid(6, 8), QStringLiteral("yyyyMMdd"));
    c.applicant.sex = idNumber.at(16).digitValue() % 2 == 1 ? QStringLiteral("1") : QStringLiteral("2");
    if (c.subsidyAccount.accountName == oldName)
        c.subsidyAccount.accountName = name;
    if (c.delivery.contactName == oldName)
        c.delivery.contactName = name;
    return c;
}

Case withAllMaterialsReceived(Case c)
{
    c.materials.clear();
    for (const RequiredMaterial &m : MaterialsChecklist::compute(c)) {
        if (m.requirement == RequiredMaterial::Requirement::Required)
            c.materials.append({m.id, QStringLiteral("original"), QString(), 1, QDate()});
    }
    return c;
}

} // namespace vd::test
