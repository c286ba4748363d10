// The synthetic cases of the benchmarks are valid, unique and obviously fake (issue 9).
#include <catch2/catch.hpp>

#include <QSet>

#include "CitizenIdNumber.h"
#include "SyntheticCases.h"
#include "Validator.h"

using namespace vd;
namespace sc = vd::bench::SyntheticCases;

TEST_CASE("every synthetic case passes the Validator without errors", "[bench][generator]")
{
    // Spread over the whole range, including both ends and all three item sets.
    QList<int> indexes{0, 1, 2, 3, 4, 5, sc::Capacity - 3, sc::Capacity - 2, sc::Capacity - 1};
    for (int i = 7; i < sc::Capacity; i += 9973)
        indexes.append(i);
    for (int i : indexes) {
        const Case c = sc::make(i);
        const Findings findings = Validator::validate(c, sc::today());
        INFO("case " << i);
        for (const Finding &f : findings)
            INFO(f.field.toStdString() << " " << f.code.toStdString());
        CHECK_FALSE(hasErrors(findings));
    }
}

TEST_CASE("synthetic names and ID numbers are unique, fake and carry a correct check character", "[bench][generator]")
{
    QSet<QString> names, ids;
    for (int i = 0; i < 20000; ++i) {
        const QString name = sc::name(i);
        const QString id = sc::idNumber(i);
        CHECK(name.startsWith(QStringLiteral("测试")));
        REQUIRE(id.size() == 18);
        CHECK(CitizenIdNumber::checkCharacter(id.left(17)) == id.at(17));
        CHECK(CitizenIdNumber::check(id, sc::today()) == CitizenIdNumber::Problem::None);
        names.insert(name);
        ids.insert(id);
    }
    CHECK(names.size() == 20000);
    CHECK(ids.size() == 20000);
    CHECK(sc::name(0) != sc::name(sc::Capacity - 1));
    // Item sets vary: the second case has only the mandatory items, the first has the medical scheme.
    CHECK(sc::make(1).items.size() == 2);
    CHECK_FALSE(sc::make(0).medicalScheme.isEmpty());
    CHECK(sc::make(2).medicalScheme.isEmpty());
}
