#include "DomainFixtures.h"
#include "MaterialsChecklist.h"

#include <catch2/catch.hpp>

using namespace vd;
using Req = RequiredMaterial::Requirement;

namespace {

QMap<QString, Req> byId(const QList<RequiredMaterial> &list)
{
    QMap<QString, Req> out;
    for (const RequiredMaterial &m : list) {
        REQUIRE_FALSE(out.contains(m.id)); // each material once across items
        out.insert(m.id, m.requirement);
    }
    return out;
}

} // namespace

TEST_CASE("valid-minimal needs exactly the letter, the discharge certificate and the ID card", "[checklist]")
{
    const auto list = MaterialsChecklist::compute(test::exampleCase("valid-minimal.json"));
    const auto m = byId(list);
    CHECK(m.keys() == QStringList{"discharge_certificate", "id_card", "unit_introduction_letter"});
    for (Req r : m)
        CHECK(r == Req::Required);
}

TEST_CASE("valid-full: conditional materials, in-process marks, every material once", "[checklist]")
{
    const auto list = MaterialsChecklist::compute(test::exampleCase("valid-full.json"));
    const auto m = byId(list);
    CHECK(m.value("marriage_certificate") == Req::Required);
    CHECK(m.value("hukou_cancellation_proof") == Req::Required);
    CHECK(m.value("householder_hukou_book") == Req::Required);
    CHECK(m.value("hukou_book") == Req::InProcess);
    CHECK(m.value("id_card") == Req::InProcess);
    CHECK(m.value("settlement_referral_letter") == Req::InProcess);
    CHECK(m.size() == 13);
    // The ID card is listed once with every item that needs it.
    for (const RequiredMaterial &x : list) {
        if (x.id == QLatin1String("id_card")) {
            CHECK(x.items == QList<ItemId>{ItemId::ReserveRegistration, ItemId::SocialInsuranceRegistration,
                                           ItemId::MedicalInsuranceRegistration});
        }
    }
}

TEST_CASE("each condition both ways", "[checklist]")
{
    Case c = test::exampleCase("valid-full.json");
    c.hukou.relationToHouseholder = QStringLiteral("51"); // 父亲: no marriage certificate
    c.placementRegion = c.applicant.preEnlistmentHukouRegion; // not relocated: no cancellation proof
    auto m = byId(MaterialsChecklist::compute(c));
    CHECK_FALSE(m.contains("marriage_certificate"));
    CHECK_FALSE(m.contains("hukou_cancellation_proof"));
    for (const char *spouse : {"10", "11", "12"}) {
        c.hukou.relationToHouseholder = QString::fromLatin1(spouse);
        CHECK(byId(MaterialsChecklist::compute(c)).contains("marriage_certificate"));
    }

    // Without hukou registration and ID card issuance the applicant brings the book and the card.
    c = test::exampleCase("valid-full.json");
    c.setItem(ItemId::HukouRegistration, false);
    c.setItem(ItemId::IdCardIssuance, false);
    m = byId(MaterialsChecklist::compute(c));
    CHECK(m.value("hukou_book") == Req::Required);
    CHECK(m.value("id_card") == Req::Required);
    CHECK_FALSE(m.contains("settlement_referral_letter"));
    CHECK_FALSE(m.contains("marriage_certificate")); // a hukou_registration material only
}

TEST_CASE("material names and key flags come from the rules", "[checklist]")
{
    CHECK(MaterialsChecklist::materialName("discharge_certificate") == QStringLiteral("退役证"));
    CHECK(MaterialsChecklist::isKnownMaterial("medical_account_transfer_voucher"));
    CHECK_FALSE(MaterialsChecklist::isKnownMaterial("passport"));
    for (const RequiredMaterial &m : MaterialsChecklist::compute(test::exampleCase("valid-minimal.json")))
        CHECK(m.key); // letter, certificate and ID card are all key materials
}
