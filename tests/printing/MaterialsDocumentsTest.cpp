// 材料接收凭证 (checklist) and 一次性告知书 (notice): what they list, on one A4 page, glyph-checked.
#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include "MaterialsChecklist.h"
#include "PdfProbe.h"
#include "PrintService.h"

using namespace vd;
using vd::test::PdfProbe;

namespace {

const QDate PrintDay(2024, 9, 15);

PrintContext context()
{
    PrintContext ctx;
    ctx.issuingAuthority = QStringLiteral("南昌县退役军人事务局");
    ctx.hallName = QStringLiteral("南昌县政务服务中心综合窗口");
    ctx.hallPhone = QStringLiteral("0791-85700000");
    ctx.printDate = PrintDay;
    return ctx;
}

/// valid-full with every required material received as an original, then `change` applied.
Case receivedFull()
{
    Case c = PdfProbe::exampleCase(QStringLiteral("valid-full.json"));
    for (const RequiredMaterial &m : MaterialsChecklist::compute(c)) {
        if (m.requirement == RequiredMaterial::Requirement::Required)
            c.materials.append({m.id, QStringLiteral("original"), QString(), 2, QDate()});
    }
    return c;
}

void setStatus(Case &c, const QString &id, const QString &status, const QDate &by = QDate())
{
    for (MaterialReceipt &r : c.materials) {
        if (r.material == id) {
            r.status = status;
            r.supplementBy = by;
        }
    }
}

QString write(DocumentKind kind, const Case &c, const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    const Status s = PrintService::writePdf(kind, c, context(), path);
    INFO(s.error().code.toStdString() << " " << s.error().message.toStdString());
    REQUIRE(s.ok());
    PdfProbe::keep(path, name);
    return path;
}

} // namespace

TEST_CASE("notice for a case missing a key material lists it as a requirement before acceptance", "[printing][notice]")
{
    QTemporaryDir dir;
    Case c = receivedFull();
    setStatus(c, QStringLiteral("discharge_certificate"), QStringLiteral("missing"));
    c.materials.removeIf([](const MaterialReceipt &r) { return r.material == QLatin1String("pension_payment_voucher"); });
    const QString pdf = write(DocumentKind::Notice, c, dir, QStringLiteral("notice-key-missing.pdf"));
    CHECK(PdfProbe::pageCount(pdf) == 1);
    const QString text = PdfProbe::compactText(pdf);
    for (const QString &s : {QStringLiteral("一次性告知书"), QStringLiteral("陈志强同志："), QStringLiteral("退役证"),
                             QStringLiteral("要件未提交"), QStringLiteral("原部队发放"),
                             QStringLiteral("军人退役基本养老保险缴费凭证"),
                             QStringLiteral("《中华人民共和国行政许可法》第三十二条"), QStringLiteral("0791-85700000"),
                             QStringLiteral("南昌县政务服务中心综合窗口"), QStringLiteral("南昌县退役军人事务局"),
                             QStringLiteral("2024年9月15日"), QStringLiteral("申请人签收")}) {
        INFO(s.toStdString());
        CHECK(text.contains(s));
    }
    // Exactly the outstanding ones: received materials are not listed.
    for (const QString &s : {QStringLiteral("结婚证"), QStringLiteral("部队行政介绍信"), QStringLiteral("本人社保卡账号")})
        CHECK_FALSE(text.contains(s));
}

TEST_CASE("notice for a case accepted with deficiency names the promised date; form errors are listed",
          "[printing][notice]")
{
    QTemporaryDir dir;
    Case c = receivedFull();
    setStatus(c, QStringLiteral("marriage_certificate"), QStringLiteral("missing"), QDate(2024, 9, 30));
    c.applicant.phone = QStringLiteral("12345");
    const QString pdf = write(DocumentKind::Notice, c, dir, QStringLiteral("notice-deficiency.pdf"));
    const QString text = PdfProbe::compactText(pdf);
    CHECK(text.contains(QStringLiteral("结婚证")));
    CHECK(text.contains(QStringLiteral("容缺受理，请于2024年9月30日前补齐")));
    CHECK(text.contains(QStringLiteral("需补正的登记表内容")));
    CHECK(text.contains(QStringLiteral("联系方式")));
    CHECK_FALSE(text.contains(QStringLiteral("退役证")));
}

TEST_CASE("no notice when nothing is outstanding and the form is right", "[printing][notice]")
{
    const Status s = PrintService::check(DocumentKind::Notice, receivedFull(), context());
    CHECK(s.error().code == QStringLiteral("document_not_applicable"));
}

TEST_CASE("the checklist shows what was received, as what, pages and the deficiency", "[printing][checklist]")
{
    QTemporaryDir dir;
    Case c = receivedFull();
    setStatus(c, QStringLiteral("marriage_certificate"), QStringLiteral("missing"), QDate(2024, 9, 30));
    setStatus(c, QStringLiteral("householder_hukou_book"), QStringLiteral("copy"));
    const QString pdf = write(DocumentKind::Checklist, c, dir, QStringLiteral("checklist-deficiency.pdf"));
    CHECK(PdfProbe::pageCount(pdf) == 1);
    const QString text = PdfProbe::compactText(pdf);
    for (const QString &s : {QStringLiteral("材料接收凭证"), QStringLiteral("360121-20240912-0001"),
                             QStringLiteral("3607**********4715"), QStringLiteral("复印件"), QStringLiteral("原件"),
                             QStringLiteral("流程内生成"), QStringLiteral("容缺，承诺2024年9月30日前补齐"),
                             QStringLiteral("容缺受理"), QStringLiteral("申请人（签字）"),
                             QStringLiteral("窗口经办人（签字）"), QStringLiteral("0791-85700000")}) {
        INFO(s.toStdString());
        CHECK(text.contains(s));
    }
    CHECK_FALSE(text.contains(QStringLiteral("360723199811024715"))); // masked on the applicant's copy

    setStatus(c, QStringLiteral("id_card"), QStringLiteral("missing"));
    setStatus(c, QStringLiteral("unit_introduction_letter"), QStringLiteral("missing"));
    const QString refused = write(DocumentKind::Checklist, c, dir, QStringLiteral("checklist-refused.pdf"));
    CHECK(PdfProbe::compactText(refused).contains(QStringLiteral("材料不全，暂不受理")));
}
