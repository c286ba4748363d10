// Fuzz target: citizen ID number normalisation and checking never crash, and whatever passes the
// check is self-consistent (GB 11643: check character, birth date, sex digit).
#include "CitizenIdNumber.h"
#include "Normalizer.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString typed = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString number = vd::Normalizer::idNumber(typed);
    const QDate today(2026, 11, 29);
    if (vd::CitizenIdNumber::check(number, today) == vd::CitizenIdNumber::Problem::None) {
        if (vd::CitizenIdNumber::checkCharacter(number.left(17)) != number.at(17))
            std::abort();
        const QDate birth = vd::CitizenIdNumber::birthDate(number);
        if (!birth.isValid() || birth > today || birth.year() < 1900)
            std::abort();
        if (vd::CitizenIdNumber::sexCode(number).isEmpty())
            std::abort();
        if (vd::CitizenIdNumber::masked(number).size() != 18)
            std::abort();
    }
    const QString converted = vd::CitizenIdNumber::from15(number);
    if (!converted.isEmpty() && converted.size() != 18)
        std::abort();
    return 0;
}
