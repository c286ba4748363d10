#include "Case.h"

#include <algorithm>

namespace vd {

bool Applicant::operator==(const Applicant &o) const
{
    return name == o.name && sex == o.sex && birthDate == o.birthDate && nativePlace == o.nativePlace
        && education == o.education && politicalStatus == o.politicalStatus && partyJoinDate == o.partyJoinDate
        && ethnicity == o.ethnicity && idNumber == o.idNumber && homeAddress == o.homeAddress && phone == o.phone
        && preEnlistmentHukouAddress == o.preEnlistmentHukouAddress
        && preEnlistmentHukouRegion == o.preEnlistmentHukouRegion
        && preEnlistmentHukouCancelled == o.preEnlistmentHukouCancelled;
}

bool ServiceRecord::operator==(const ServiceRecord &o) const
{
    return enlistmentDate == o.enlistmentDate && enlistmentPlace == o.enlistmentPlace
        && dischargeDate == o.dischargeDate && rank == o.rank
        && preEnlistmentHukouCategory == o.preEnlistmentHukouCategory && unitCode == o.unitCode
        && awards == o.awards && majorUnit == o.majorUnit && battalionUnit == o.battalionUnit
        && specialtyPost == o.specialtyPost && specialtyCategory == o.specialtyCategory;
}

bool HukouRegistration::isEmpty() const
{
    return householderName.isEmpty() && relationToHouseholder.isEmpty() && householderPhone.isEmpty()
        && settlementAddress.isEmpty();
}

bool HukouRegistration::operator==(const HukouRegistration &o) const
{
    return householderName == o.householderName && relationToHouseholder == o.relationToHouseholder
        && householderPhone == o.householderPhone && settlementAddress == o.settlementAddress;
}

bool Delivery::isEmpty() const
{
    return hukouBook.isEmpty() && idCard.isEmpty() && mailingAddress.isEmpty() && contactName.isEmpty()
        && contactPhone.isEmpty();
}

bool Delivery::anyMail() const
{
    return hukouBook == QLatin1String("mail") || idCard == QLatin1String("mail");
}

bool Delivery::operator==(const Delivery &o) const
{
    return hukouBook == o.hukouBook && idCard == o.idCard && mailingAddress == o.mailingAddress
        && contactName == o.contactName && contactPhone == o.contactPhone;
}

bool SubsidyAccount::isEmpty() const
{
    return kind.isEmpty() && accountName.isEmpty() && accountNumber.isEmpty();
}

bool SubsidyAccount::operator==(const SubsidyAccount &o) const
{
    return kind == o.kind && accountName == o.accountName && accountNumber == o.accountNumber;
}

bool MaterialReceipt::operator==(const MaterialReceipt &o) const
{
    return material == o.material && status == o.status && note == o.note && pages == o.pages
        && supplementBy == o.supplementBy;
}

void Case::setItem(ItemId id, bool on)
{
    items.removeAll(id);
    if (on) {
        items.append(id);
        std::sort(items.begin(), items.end());
    }
}

bool Case::isRelocated() const
{
    return !applicant.preEnlistmentHukouRegion.isEmpty() && !placementRegion.isEmpty()
        && applicant.preEnlistmentHukouRegion != placementRegion;
}

bool Case::operator==(const Case &o) const
{
    return caseNo == o.caseNo && applicant == o.applicant && service == o.service
        && placementRegion == o.placementRegion && items == o.items && pensionScheme == o.pensionScheme
        && medicalScheme == o.medicalScheme && hukou == o.hukou && delivery == o.delivery
        && subsidyAccount == o.subsidyAccount && applicationDate == o.applicationDate && materials == o.materials;
}

} // namespace vd
