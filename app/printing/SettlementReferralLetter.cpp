#include "SettlementReferralLetter.h"

#include <QRegularExpression>

#include "CodeTables.h"
#include "DocumentParts.h"
#include "PrintFormat.h"

namespace vd {
namespace {

constexpr qreal CounterfoilTop = 20.0; ///< mm; the counterfoil sits above the letter's 天头
constexpr qreal CutLineMin = 95.0;     ///< mm; the cut line, lower when the counterfoil needs it
constexpr qreal LetterGap = 10.0;      ///< mm between the cut line and the letter's title
constexpr qreal PitchMax = 10.2;       ///< mm: 225 mm / 22 lines (GB/T 9704-2012 clause 5.2.2)
constexpr qreal PitchMin = 7.5;        ///< mm: tightest line pitch before the letter runs below the type area
constexpr qreal SealRadius = 21.0;     ///< mm: a 42 mm official seal
constexpr qreal PtToMm = 25.4 / 72.0;

TextStyle bodyStyle(qreal pitch)
{
    TextStyle s;
    s.pointSize = 16.0; // 3号 (GB/T 9704-2012 clause 7.1)
    s.lineHeight = pitch;
    return s;
}

TextStyle paragraphStyle(qreal pitch)
{
    TextStyle s = bodyStyle(pitch);
    s.firstIndentEm = 2.0; // 每个自然段左空二字
    s.justify = true;
    return s;
}

TextStyle titleStyle()
{
    TextStyle s;
    s.role = FontRole::Title;
    s.pointSize = 22.0; // 2号 (GB/T 9704-2012 clause 7.3.3)
    s.lineHeight = 12.0;
    return s;
}

TextStyle counterfoilStyle()
{
    TextStyle s;
    s.pointSize = 14.0; // 4号
    s.lineHeight = 7.5;
    return s;
}

} // namespace

SettlementReferralLetter::SettlementReferralLetter(const Case &c, const PrintContext &ctx) : m_case(c), m_context(ctx)
{
}

QString SettlementReferralLetter::title() const
{
    return QStringLiteral("落户介绍信");
}

Status SettlementReferralLetter::check() const
{
    if (!m_case.hasItem(ItemId::HukouRegistration)) {
        return Error{QStringLiteral("document_not_applicable"),
                     QStringLiteral("该案件未选择“户口登记”事项，不开具落户介绍信。")};
    }
    if (letterNumber(m_case, m_context).isEmpty()) {
        return Error{QStringLiteral("letter_number_missing"),
                     QStringLiteral("落户介绍信没有文号：文号在登记打印时从文号登记簿取得。")};
    }
    if (m_context.validityDays <= 0) {
        return Error{QStringLiteral("document_not_applicable"), QStringLiteral("落户介绍信的有效期天数必须大于零。")};
    }
    return Status::success();
}

QString SettlementReferralLetter::letterNumber(const Case &, const PrintContext &ctx)
{
    // From the per-year register (PrintLogRepository), taken when the print is logged.
    return ctx.letterNumber;
}

QString SettlementReferralLetter::addressee(const Case &c, const PrintContext &ctx)
{
    if (!ctx.policeStation.isEmpty())
        return ctx.policeStation;
    const QString county = CodeTables::instance().countyFullName(c.placementRegion);
    return (county.isEmpty() ? QStringLiteral("落户地") : county) + QStringLiteral("公安派出所");
}

QStringList SettlementReferralLetter::letterParagraphs() const
{
    const Applicant &a = m_case.applicant;
    const CodeTables &t = CodeTables::instance();
    QStringList who;
    if (!a.sex.isEmpty())
        who << PrintFormat::codeName(t.sexes(), a.sex);
    if (a.birthDate.isValid())
        who << PrintFormat::date(a.birthDate) + QStringLiteral("出生");
    who << QStringLiteral("公民身份号码") + a.idNumber;
    QString first = QStringLiteral("兹有自主就业退役士兵%1（%2），入伍前户籍地址为%3，")
                        .arg(a.name, who.join(QStringLiteral("，")), a.preEnlistmentHukouAddress);
    if (m_case.service.dischargeDate.isValid())
        first += QStringLiteral("于%1退出现役，").arg(PrintFormat::date(m_case.service.dischargeDate));
    first += QStringLiteral("经审核符合落户条件，请予办理户口登记手续。");

    const HukouRegistration &h = m_case.hukou;
    QStringList paragraphs{first, QStringLiteral("落户地址：") + h.settlementAddress};
    if (!h.householderName.isEmpty() || !h.relationToHouseholder.isEmpty()) {
        paragraphs << QStringLiteral("拟投靠户主：%1，与户主关系：%2。")
                          .arg(h.householderName, PrintFormat::codeName(t.relations(), h.relationToHouseholder));
    }
    const int days = m_context.validityDays;
    paragraphs << QStringLiteral("本介绍信有效期%1（%2）天，自开具之日起计算。")
                      .arg(PrintFormat::chineseNumber(days))
                      .arg(days);
    return paragraphs;
}

qreal SettlementReferralLetter::paintCounterfoil(PageCanvas &canvas, qreal top) const
{
    const TextStyle head = [] {
        TextStyle s = titleStyle();
        s.pointSize = 18.0;
        s.lineHeight = 9.0;
        return s;
    }();
    const TextStyle s = counterfoilStyle();
    qreal y = top;
    canvas.drawTextBox(QRectF(TypeLeft, y, TypeWidth, head.lineHeight), QStringLiteral("落户介绍信（存根）"), head,
                       Qt::AlignHCenter | Qt::AlignTop);
    y += head.lineHeight + 2.0;
    canvas.drawTextBox(QRectF(TypeLeft, y, TypeWidth, s.lineHeight), letterNumber(m_case, m_context), s,
                       Qt::AlignRight | Qt::AlignTop);
    y += s.lineHeight + 1.0;

    const Applicant &a = m_case.applicant;
    const QStringList lines = {
        QStringLiteral("姓名：%1　　性别：%2")
            .arg(a.name, PrintFormat::codeName(CodeTables::instance().sexes(), a.sex)),
        QStringLiteral("公民身份号码：") + a.idNumber,
        QStringLiteral("落户地址：") + m_case.hukou.settlementAddress,
        QStringLiteral("致：") + addressee(m_case, m_context),
        QStringLiteral("受理编号：") + m_case.caseNo,
    };
    for (const QString &line : lines)
        y += canvas.drawTextBox(QRectF(TypeLeft, y, TypeWidth, 0), line, s, Qt::AlignLeft | Qt::AlignTop);

    // 开具日期 on the left, 经办人 with a line to sign on on the right.
    const qreal baseline = canvas.baselineInLine(y, s);
    canvas.drawText(TypeLeft, baseline, QStringLiteral("开具日期：") + PrintFormat::date(m_context.printDate), s);
    const QString clerk = QStringLiteral("经办人：");
    const qreal clerkX = TypeLeft + 96.0;
    canvas.drawText(clerkX, baseline, clerk, s);
    const qreal lineY = baseline + 1.0;
    canvas.drawLine({clerkX + canvas.textWidth(clerk, s), lineY}, {TypeRight, lineY}, 0.25);
    return y + s.lineHeight;
}

void SettlementReferralLetter::paintCutLine(PageCanvas &canvas, qreal y) const
{
    // 骑缝: the number straddles the cut, half on the counterfoil and half on the letter; the dashes
    // stop short of it so that it stays legible, and the cut goes through it.
    TextStyle s = counterfoilStyle();
    const QString number = letterNumber(m_case, m_context);
    const qreal width = canvas.textWidth(number, s);
    const qreal left = TypeLeft + (TypeWidth - width) / 2.0;
    const qreal em = s.pointSize * PtToMm;
    canvas.drawDashedLine({8.0, y}, {left - 2.0, y}, 3.0, 2.0, 0.3);
    canvas.drawDashedLine({left + width + 2.0, y}, {202.0, y}, 3.0, 2.0, 0.3);
    canvas.drawText(left, y + 0.38 * em, number, s);
}

qreal SettlementReferralLetter::letterHeight(const PageCanvas &canvas, qreal pitch) const
{
    qreal height = titleStyle().lineHeight + 4.0 + 2 * pitch; // title, number, addressee
    for (const QString &p : letterParagraphs())
        height += canvas.wrappedHeight(p, paragraphStyle(pitch), TypeWidth);
    return height + 3.5 * pitch; // gap, authority, date
}

void SettlementReferralLetter::paintLetter(PageCanvas &canvas, qreal top, qreal pitch) const
{
    const TextStyle title = titleStyle();
    const TextStyle body = bodyStyle(pitch);
    qreal y = top;
    canvas.drawTextBox(QRectF(TypeLeft, y, TypeWidth, title.lineHeight), this->title(), title,
                       Qt::AlignHCenter | Qt::AlignTop);
    y += title.lineHeight + 4.0;
    canvas.drawTextBox(QRectF(TypeLeft, y, TypeWidth, pitch), letterNumber(m_case, m_context), body,
                       Qt::AlignRight | Qt::AlignTop);
    y += pitch;
    y += canvas.drawTextBox(QRectF(TypeLeft, y, TypeWidth, pitch), addressee(m_case, m_context) + QStringLiteral("："),
                            body, Qt::AlignLeft | Qt::AlignTop);
    for (const QString &p : letterParagraphs())
        y += canvas.drawTextBox(QRectF(TypeLeft, y, TypeWidth, 0), p, paragraphStyle(pitch),
                                Qt::AlignLeft | Qt::AlignTop);
    paintSignature(canvas, y + 1.5 * pitch, pitch);
}

void SettlementReferralLetter::paintSignature(PageCanvas &canvas, qreal top, qreal pitch) const
{
    const TextStyle body = bodyStyle(pitch);
    const qreal em = body.pointSize * PtToMm;
    // 成文日期右空四字; the authority centred over the date (GB/T 9704-2012 clause 7.3.5.1).
    const QString date = PrintFormat::date(m_context.printDate);
    const qreal dateRight = TypeRight - 4.0 * em;
    const qreal dateWidth = canvas.textWidth(date, body);
    const qreal centre = dateRight - dateWidth / 2.0;
    const qreal authorityWidth = canvas.textWidth(m_context.issuingAuthority, body);
    const qreal authorityLeft = qBound(TypeLeft, centre - authorityWidth / 2.0, TypeRight - authorityWidth);
    canvas.drawText(authorityLeft, canvas.baselineInLine(top, body), m_context.issuingAuthority, body);
    canvas.drawText(dateRight - dateWidth, canvas.baselineInLine(top + pitch, body), date, body);

    // Seal area: the seal presses down on authority and date, which sit below its centre.
    const QPointF sealCentre(qMin(centre, TypeRight - SealRadius), top + pitch - 3.0);
    DocumentParts::sealArea(canvas, sealCentre, SealRadius, m_context.sealText);
}

void SettlementReferralLetter::paint(PageCanvas &canvas) const
{
    // The cut line moves down only when a long settlement address makes the counterfoil taller.
    const qreal counterfoilBottom = paintCounterfoil(canvas, CounterfoilTop);
    if (m_context.reprint) {
        DocumentParts::reprintMark(canvas, {TypeRight, CounterfoilTop - 9.0});
        DocumentParts::reprintMark(canvas, {TypeRight, qMax(CutLineMin, counterfoilBottom + 6.0) + 2.0});
    }
    const qreal cut = qMax(CutLineMin, counterfoilBottom + 6.0);
    paintCutLine(canvas, cut);

    const qreal top = cut + LetterGap;
    qreal pitch = PitchMax;
    while (pitch > PitchMin && top + letterHeight(canvas, pitch) > TypeBottom)
        pitch -= 0.1;
    paintLetter(canvas, top, pitch);
}

} // namespace vd
