// `veteran-desk-cli validate` on every kind of input named by the field-validation issue: one row per
// kind, each a change to valid-full.json, with the verdict (exit code) and the field and code expected.
#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>

#include "CliRunner.h"
#include "TestSupport.h"

using namespace vd::test;

namespace {

struct Row {
    const char *kind;
    QList<QPair<QString, QJsonValue>> changes; ///< "applicant.name" → new value
    int exitCode;
    const char *field; ///< expected finding's field ("" = none expected)
    const char *code;
    const char *severity;
};

QJsonObject changed(QJsonObject o, const QString &path, const QJsonValue &value)
{
    const QStringList parts = path.split(QLatin1Char('.'));
    if (parts.size() == 1) {
        o.insert(path, value);
        return o;
    }
    QJsonObject inner = o.value(parts.first()).toObject();
    inner.insert(parts.at(1), value);
    o.insert(parts.first(), inner);
    return o;
}

/// The identity of a man born on `birth` with ID number `id`, consistent everywhere.
QList<QPair<QString, QJsonValue>> person(const QString &id, const QString &birth)
{
    return {{"applicant.id_number", id}, {"applicant.birth_date", birth}};
}

} // namespace

TEST_CASE("cli validate: the verdict and the field for every kind of input", "[cli][validate]")
{
    const QString w = QStringLiteral("王\U0002020C");
    const QList<Row> rows = {
        {"October birth", person("360121199810150036", "1998-10-15"), 0, "", "", ""},
        {"leap-day birth 1996-02-29", person("360121199602290034", "1996-02-29"), 0, "", "", ""},
        {"1900-02-29 is no date", {{"applicant.id_number", "36012119000229003X"}}, 1, "applicant.id_number",
         "id_number_birth_date", "error"},
        {"birth in the future", {{"applicant.id_number", "360121203001010032"}}, 1, "applicant.id_number",
         "id_number_birth_date", "error"},
        {"lower-case x", person("36072319981102001x", "1998-11-02"), 0, "", "", ""},
        {"wrong check digit", {{"applicant.id_number", "360723199811024716"}}, 1, "applicant.id_number",
         "id_number_check_digit", "error"},
        {"15-digit legacy number", {{"applicant.id_number", "360723981102471"}}, 0, "applicant.id_number",
         "id_number_converted_from_15", "warning"},
        {"15 of 18 digits typed", {{"applicant.id_number", "360723199811024"}}, 1, "applicant.id_number",
         "id_number_length", "error"},
        {"abolished Jiangxi code inside the ID number (362101, 1982–1997)", person("362101199811024716", "1998-11-02"),
         0, "", "", ""},
        {"abolished Jiangxi code as pre-enlistment region (360105 湾里区)",
         {{"applicant.pre_enlistment_hukou_region", "360105"}}, 0, "applicant.pre_enlistment_hukou_region",
         "region_code_not_current", "warning"},
        {"full-width digits", {{"applicant.id_number", "３６０７２３１９９８１１０２４７１５"}}, 0, "", "", ""},
        {"zero-width characters", {{"applicant.name", "陈\u200B志强\u200D"}}, 0, "", "", ""},
        {"compatibility ideograph (U+F90A 金) equals the unified one",
         {{"applicant.name", "\uF90A志强"}, {"subsidy_account.account_name", "\u91D1志强"},
          {"delivery.contact_name", "\u91D1志强"}}, 0, "", "", ""},
        {"middle-dot variants compare equal",
         {{"applicant.name", "阿依古丽\u30FB买买提"}, {"subsidy_account.account_name", "阿依古丽\u2022买买提"},
          {"delivery.contact_name", "阿依古丽\uFF0E买买提"}}, 0, "", "", ""},
        {"name outside the BMP",
         {{"applicant.name", w}, {"subsidy_account.account_name", w}, {"delivery.contact_name", w}}, 0, "", "", ""},
        {"+86 phone", {{"applicant.phone", "+86 138 0000 1234"}}, 0, "", "", ""},
        {"landline with area code", {{"hukou.householder_phone", "0791-8612 3456"}}, 0, "", "", ""},
        {"10-digit phone", {{"applicant.phone", "1380000123"}}, 1, "applicant.phone", "phone_invalid", "error"},
        {"Luhn failure", {{"subsidy_account.account_number", "6217000000000000128"}}, 1,
         "subsidy_account.account_number", "account_number_check_digit", "error"},
        {"subsidy holder who is not the applicant", {{"subsidy_account.account_name", "刘婷"}}, 1,
         "subsidy_account.account_name", "account_holder_mismatch", "error"},
        {"discharge before enlistment", {{"service.discharge_date", "2017-01-01"}}, 1, "service.discharge_date",
         "discharge_before_enlistment", "error"},
        {"discharge after the application", {{"service.discharge_date", "2024-09-13"}}, 1, "service.discharge_date",
         "discharge_after_application", "error"},
        {"discharge more than 30 days before the application", {{"application_date", "2024-10-02"}}, 0,
         "service.discharge_date", "late_report", "warning"},
        {"a rank not in force on the discharge date", {{"service.rank", "上士"}}, 1, "service.rank",
         "rank_not_in_force", "error"},
        {"sex disagreeing with the ID number", {{"applicant.sex", "2"}}, 1, "applicant.sex", "sex_mismatch", "error"},
        {"placement outside Jiangxi", {{"placement_region", "110105"}}, 1, "placement_region",
         "placement_outside_jiangxi", "error"},
        {"digits in a name", {{"applicant.name", "陈志强2"}}, 1, "applicant.name", "name_has_digits", "error"},
    };

    const QJsonObject base =
        QJsonDocument::fromJson(readFile(sharedPath(QStringLiteral("spec/examples/valid-full.json")))).object();
    CliSandbox box;
    for (const Row &row : rows) {
        QJsonObject o = base;
        for (const auto &change : row.changes)
            o = changed(o, change.first, change.second);
        const QString file = box.write(QStringLiteral("case.json"), QJsonDocument(o).toJson());
        const CliRun run = box.run({QStringLiteral("validate"), file});
        INFO(row.kind << "\n" << run.describe());
        CHECK(run.exitCode == row.exitCode);
        CHECK_FALSE(run.crashed);
        if (*row.field) {
            const QString prefix = QStringLiteral("%1\t%2\t%3\t").arg(row.severity, row.field, row.code);
            bool found = false;
            for (const QString &line : run.outLines())
                found = found || line.startsWith(prefix);
            CHECK(found);
        } else {
            // No finding other than the example's own (the spouse householder's marriage certificate).
            for (const QString &line : run.outLines())
                CHECK(line.contains(QStringLiteral("marriage_certificate_needed")));
        }
    }
}
