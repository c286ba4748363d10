#include "PartyOrganisationLetter.h"

#include "ChineseNumerals.h"
#include "CodeTables.h"
#include "DocumentParts.h"
#include "PrintFormat.h"

namespace vd {
namespace {

constexpr qreal PtToMm = 25.4 / 72.0;
constexpr qreal StubTop = 14.0;   ///< mm
constexpr qreal SealRadius = 17.0; ///< mm
constexpr qreal PitchMax = 10.2;  ///< mm, the letter's line pitch when there is room (225 mm / 22 lines)
constexpr qreal PitchMin = 7.0;   ///< mm
const QString Blank = QStringLiteral("＿＿＿＿＿＿＿＿＿＿");

TextStyle bodyStyle(qreal pitch)
{
    TextStyle s;
    s.pointSize = 16.0; // 3号仿宋
    s.lineHeight = pitch;
    return s;
}

TextStyle paragraphStyle(qreal pitch)
{
    TextStyle s = bodyStyle(pitch);
    s.firstIndentEm = 2.0;
    s.justify = true;
    return s;
}

TextStyle smallStyle()
{
    TextStyle s;
    s.pointSize = 14.0; // 4号
    s.lineHeight = 7.0;
    return s;
}

int ageOn(const QDate &birth, const QDate &day)
{
    if (!birth.isValid() || !day.isValid())
        return -1;
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}

} // namespace

PartyOrganisationLetter::PartyOrganisationLetter(const Case &c, const PrintContext &ctx)
    : m_case(c), m_context(ctx), m_party(isPartyMember(c))
{
}

bool PartyOrganisationLetter::isPartyMember(const Case &c)
{
    return c.applicant.politicalStatus == QLatin1String("01") || c.applicant.politicalStatus == QLatin1String("02");
}

bool PartyOrganisationLetter::isLeagueMember(const Case &c)
{
    return c.applicant.politicalStatus == QLatin1String("03");
}

QDate PartyOrganisationLetter::duesPaidTo(const Case &c, const PrintContext &ctx)
{
    if (ctx.duesPaidTo.isValid())
        return ctx.duesPaidTo;
    return c.service.dischargeDate;
}

QString PartyOrganisationLetter::title() const
{
    return m_party ? QStringLiteral("党员组织关系介绍信") : QStringLiteral("团员组织关系介绍信");
}

QString PartyOrganisationLetter::fullTitle() const
{
    return m_party ? QStringLiteral("中国共产党党员组织关系介绍信") : QStringLiteral("中国共产主义青年团团员组织关系介绍信");
}

QString PartyOrganisationLetter::memberKind() const
{
    if (m_case.applicant.politicalStatus == QLatin1String("01"))
        return QStringLiteral("中共正式党员");
    if (m_case.applicant.politicalStatus == QLatin1String("02"))
        return QStringLiteral("中共预备党员");
    return QStringLiteral("中国共产主义青年团团员");
}

Status PartyOrganisationLetter::check() const
{
    if (!isPartyMember(m_case) && !isLeagueMember(m_case)) {
        const QString status = PrintFormat::codeName(CodeTables::instance().politicalStatuses(),
                                                     m_case.applicant.politicalStatus);
        return Error{QStringLiteral("document_not_applicable"),
                     QStringLiteral("申请人的政治面貌为“%1”，不是中共党员、预备党员或共青团员，"
                                    "不开具党(团)员组织关系介绍信。")
                         .arg(status.isEmpty() ? QStringLiteral("未填写") : status.left(20))};
    }
    if (m_context.validityDays < 1 || m_context.validityDays > 90) {
        return Error{QStringLiteral("document_not_applicable"),
                     QStringLiteral("组织关系介绍信的有效期应为1至90天（最长不超过三个月），请检查设置。")};
    }
    if (m_context.letterNumber.isEmpty()) {
        return Error{QStringLiteral("letter_number_missing"),
                     QStringLiteral("组织关系介绍信没有编号：编号在登记打印时从文号登记簿取得。")};
    }
    return Status::success();
}

qreal PartyOrganisationLetter::paintPartHead(PageCanvas &canvas, qreal top, const QString &title, qreal pointSize) const
{
    TextStyle head;
    head.role = FontRole::Title;
    head.pointSize = pointSize;
    head.lineHeight = pointSize * PtToMm * 1.45;
    const qreal used = canvas.drawTextBox(QRectF(TypeLeft, top, TypeWidth, 0), title, head, Qt::AlignHCenter | Qt::AlignTop);
    qreal y = top + used + 1.0;
    const TextStyle s = smallStyle();
    canvas.drawTextBox(QRectF(TypeLeft, y, TypeWidth, s.lineHeight), m_context.letterNumber, s,
                       Qt::AlignRight | Qt::AlignTop);
    return y + s.lineHeight;
}

qreal PartyOrganisationLetter::paintStub(PageCanvas &canvas, qreal top) const
{
    if (m_context.reprint)
        DocumentParts::reprintMark(canvas, {TypeRight, top - 8.0 > 2.0 ? top - 8.0 : 2.0});
    qreal y = paintPartHead(canvas, top, fullTitle() + QStringLiteral("（存根）"), 16.0);
    const TextStyle s = smallStyle();
    const QString from = m_context.partyOrganisation.isEmpty() ? m_context.issuingAuthority : m_context.partyOrganisation;
    const QString text = QStringLiteral("%1同志系%2，组织关系由%3转到%4。")
                             .arg(m_case.applicant.name, memberKind(), from, Blank);
    TextStyle p = s;
    p.firstIndentEm = 2.0;
    y += canvas.drawTextBox(QRectF(TypeLeft, y, TypeWidth, 0), text, p, Qt::AlignLeft | Qt::AlignTop);
    const qreal base = canvas.baselineInLine(y, s);
    canvas.drawText(TypeLeft, base, QStringLiteral("（贴回执联处）"), s);
    const QString date = PrintFormat::date(m_context.printDate);
    canvas.drawText(TypeRight - canvas.textWidth(date, s), base, date, s);
    return y + s.lineHeight;
}

void PartyOrganisationLetter::paintCutLine(PageCanvas &canvas, qreal y) const
{
    const TextStyle s = smallStyle();
    const QString number = m_context.letterNumber;
    const qreal width = canvas.textWidth(number, s);
    const qreal left = TypeLeft + (TypeWidth - width) / 2.0;
    canvas.drawDashedLine({8.0, y}, {left - 2.0, y}, 3.0, 2.0, 0.3);
    canvas.drawDashedLine({left + width + 2.0, y}, {202.0, y}, 3.0, 2.0, 0.3);
    canvas.drawText(left, y + 0.38 * s.pointSize * PtToMm, number, s);
}

qreal PartyOrganisationLetter::paintLetter(PageCanvas &canvas, qreal top, qreal pitch, bool measureOnly) const
{
    // measureOnly: only the height is computed (nothing drawn), to choose the pitch.
    const Applicant &a = m_case.applicant;
    const CodeTables &t = CodeTables::instance();
    const TextStyle body = bodyStyle(pitch);
    const TextStyle para = paragraphStyle(pitch);
    const TextStyle small = smallStyle();
    TextStyle head;
    head.role = FontRole::Title;
    head.pointSize = 22.0; // 2号小标宋
    head.lineHeight = 11.0;

    const QString from = m_context.partyOrganisation.isEmpty() ? m_context.issuingAuthority : m_context.partyOrganisation;
    QStringList who;
    const QString sex = PrintFormat::codeName(t.sexes(), a.sex);
    const int age = ageOn(a.birthDate, m_context.printDate);
    QString first = a.name + QStringLiteral("同志");
    if (!sex.isEmpty())
        first += QStringLiteral("（%1）").arg(sex);
    if (age >= 0)
        first += QStringLiteral("，%1岁").arg(age);
    const QString ethnicity = PrintFormat::codeName(t.ethnicities(), a.ethnicity);
    if (!ethnicity.isEmpty())
        first += QStringLiteral("，") + ethnicity;
    first += QStringLiteral("，系%1，身份证号码%2，由%3去%4，请接转组织关系。").arg(memberKind(), a.idNumber, from, Blank);
    const QDate dues = duesPaidTo(m_case, m_context);
    first += QStringLiteral("该同志%1已交到%2。")
                 .arg(m_party ? QStringLiteral("党费") : QStringLiteral("团费"),
                      dues.isValid() ? ChineseNumerals::yearMonth(dues) : QStringLiteral("＿＿＿＿年＿＿月"));
    const QString validity = QStringLiteral("（有效期%1天）").arg(ChineseNumerals::capital(m_context.validityDays));

    qreal y = top;
    auto box = [&](const QString &text, const TextStyle &s, Qt::Alignment align) {
        const qreal h = canvas.wrappedHeight(text, s, TypeWidth);
        if (!measureOnly)
            canvas.drawTextBox(QRectF(TypeLeft, y, TypeWidth, h), text, s, align | Qt::AlignTop);
        y += h;
    };
    if (!measureOnly && m_context.reprint)
        DocumentParts::reprintMark(canvas, {TypeRight, top});
    box(fullTitle(), head, Qt::AlignHCenter);
    y += 1.0;
    box(m_context.letterNumber, small, Qt::AlignRight);
    box(Blank + QStringLiteral("：") , body, Qt::AlignLeft);
    box(first, para, Qt::AlignLeft);
    box(validity, body, Qt::AlignRight);

    // Seal and date (右空四字), the seal over them.
    const qreal em = body.pointSize * PtToMm;
    const QString date = PrintFormat::date(m_context.printDate);
    if (!measureOnly) {
        const qreal dateRight = TypeRight - 4.0 * em;
        const qreal dateWidth = canvas.textWidth(date, body);
        canvas.drawText(dateRight - dateWidth, canvas.baselineInLine(y + pitch * 1.5, body), date, body);
        DocumentParts::sealArea(canvas, {dateRight - dateWidth / 2.0, y + pitch * 1.5}, SealRadius,
                                m_context.sealText);
    }
    y += pitch * 3.0;
    box(QStringLiteral("%1联系电话或其他联系方式：%2")
            .arg(m_party ? QStringLiteral("党员") : QStringLiteral("团员"), a.phone),
        small, Qt::AlignLeft);
    box(QStringLiteral("原所在基层%1通讯地址：%2　联系电话：%3")
            .arg(m_party ? QStringLiteral("党委") : QStringLiteral("团委"), from,
                 m_context.hallPhone.isEmpty() ? QStringLiteral("＿＿＿＿＿＿") : m_context.hallPhone),
        small, Qt::AlignLeft);
    return y - top;
}

qreal PartyOrganisationLetter::paintReturnSlip(PageCanvas &canvas, qreal top) const
{
    qreal y = paintPartHead(canvas, top, fullTitle() + QStringLiteral("（回执）"), 16.0);
    const TextStyle s = smallStyle();
    const QString from = m_context.partyOrganisation.isEmpty() ? m_context.issuingAuthority : m_context.partyOrganisation;
    y += canvas.drawTextBox(QRectF(TypeLeft, y, TypeWidth, 0), from + QStringLiteral("："), s, Qt::AlignLeft | Qt::AlignTop);
    TextStyle p = s;
    p.firstIndentEm = 2.0;
    y += canvas.drawTextBox(QRectF(TypeLeft, y, TypeWidth, 0),
                            QStringLiteral("%1同志的%2组织关系已转达我处，特此回复。")
                                .arg(m_case.applicant.name, m_party ? QStringLiteral("党员") : QStringLiteral("团员")),
                            p, Qt::AlignLeft | Qt::AlignTop);
    const qreal base = canvas.baselineInLine(y, s);
    canvas.drawText(TypeLeft, base, QStringLiteral("经办人：＿＿＿＿　联系电话：＿＿＿＿＿＿"), s);
    const QString seal = QStringLiteral("（接收%1盖章）").arg(m_party ? QStringLiteral("党组织") : QStringLiteral("团组织"));
    canvas.drawText(TypeRight - canvas.textWidth(seal, s), base, seal, s);
    const QString date = QStringLiteral("年　　月　　日");
    canvas.drawText(TypeRight - canvas.textWidth(date, s), base + s.lineHeight, date, s);
    return y + 2 * s.lineHeight;
}

void PartyOrganisationLetter::paint(PageCanvas &canvas) const
{
    const qreal stubBottom = paintStub(canvas, StubTop);
    const qreal cut1 = stubBottom + 6.0;
    paintCutLine(canvas, cut1);
    const qreal letterTop = cut1 + 9.0;
    // Room for the return slip below: its height is fixed but for long organisation names.
    const qreal slipHeight = 16.0 * PtToMm * 1.45 + 1.0 + 7.0 * 6.0 + 4.0;
    qreal pitch = PitchMax;
    while (pitch > PitchMin && letterTop + paintLetter(canvas, letterTop, pitch, true) + 15.0 + slipHeight > TypeBottom)
        pitch -= 0.1;
    const qreal letterBottom = letterTop + paintLetter(canvas, letterTop, pitch, false);
    const qreal cut2 = letterBottom + 6.0;
    paintCutLine(canvas, cut2);
    paintReturnSlip(canvas, cut2 + 9.0);
}

} // namespace vd
