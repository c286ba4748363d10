#include "OneTimeNoticeDocument.h"

#include "PrintFormat.h"
#include "TextTable.h"

namespace vd {
namespace {

constexpr qreal Left = 25.0;
constexpr qreal Right = 185.0;
constexpr qreal Top = 25.0;
constexpr qreal Bottom = 272.0;

TextStyle textStyle()
{
    TextStyle s;
    s.pointSize = 14.0; // 四号
    s.lineHeight = 8.0;
    return s;
}

TextStyle paragraphStyle()
{
    TextStyle s = textStyle();
    s.firstIndentEm = 2.0;
    s.justify = true;
    return s;
}

TextStyle tableStyle()
{
    TextStyle s;
    s.pointSize = 10.5;
    s.lineHeight = 5.4;
    return s;
}

TextStyle titleStyle()
{
    TextStyle s;
    s.role = FontRole::Title;
    s.pointSize = 22.0; // 二号
    s.lineHeight = 12.0;
    return s;
}

} // namespace

OneTimeNoticeDocument::OneTimeNoticeDocument(const Case &c, const PrintContext &ctx)
    : m_case(c), m_context(ctx), m_notice(OneTimeNotice::build(c, ctx.printDate))
{
}

QString OneTimeNoticeDocument::title() const
{
    return QStringLiteral("一次性告知书");
}

Status OneTimeNoticeDocument::check() const
{
    if (m_notice.isEmpty()) {
        return Error{QStringLiteral("document_not_applicable"),
                     QStringLiteral("该案件材料齐全、登记表无错误，无需出具一次性告知书。")};
    }
    return Status::success();
}

void OneTimeNoticeDocument::paint(PageCanvas &canvas) const
{
    const TextStyle text = textStyle();
    const TextStyle para = paragraphStyle();
    const qreal width = Right - Left;
    auto ensureRoom = [&](qreal &y, qreal needed) {
        if (y + needed > Bottom) {
            canvas.newPage();
            y = Top;
        }
    };
    auto paragraph = [&](qreal &y, const QString &s, const TextStyle &style) {
        ensureRoom(y, canvas.wrappedHeight(s, style, width));
        y += canvas.drawTextBox(QRectF(Left, y, width, 0), s, style, Qt::AlignLeft | Qt::AlignTop);
    };

    qreal y = Top;
    canvas.drawTextBox(QRectF(Left, y, width, titleStyle().lineHeight), title(), titleStyle(),
                       Qt::AlignHCenter | Qt::AlignTop);
    y += titleStyle().lineHeight + 3.0;
    if (!m_case.caseNo.isEmpty()) {
        y += canvas.drawTextBox(QRectF(Left, y, width, 0), QStringLiteral("受理编号：") + m_case.caseNo, tableStyle(),
                                Qt::AlignRight | Qt::AlignTop);
    }
    y += 2.0;
    paragraph(y, m_case.applicant.name + QStringLiteral("同志："), text);

    QStringList items;
    for (ItemId id : m_case.items)
        items << itemInfo(id).name;
    const QDate applied = m_case.applicationDate.isValid() ? m_case.applicationDate : m_notice.date;
    paragraph(y,
              QStringLiteral("您于%1申请办理军人退役“一件事一次办”（%2）。经审查，您的申请尚需补齐以下材料"
                             "或补正以下内容。根据《中华人民共和国行政许可法》第三十二条的规定，现一次性告知如下：")
                  .arg(PrintFormat::date(applied), items.join(QStringLiteral("、"))),
              para);
    y += 2.0;

    int section = 0;
    static const QStringList numerals = {QStringLiteral("一"), QStringLiteral("二")};
    if (!m_notice.materials.isEmpty()) {
        paragraph(y, numerals.at(section++) + QStringLiteral("、需补齐的材料"), text);
        QList<QStringList> rows;
        int n = 0;
        for (const OneTimeNotice::MaterialEntry &e : m_notice.materials)
            rows << QStringList{QString::number(++n), e.name, e.reason, e.obtainFrom};
        const TextTable table({{QStringLiteral("序号"), 12, Qt::AlignHCenter},
                               {QStringLiteral("材料名称"), 52, Qt::AlignLeft},
                               {QStringLiteral("原因"), 48, Qt::AlignLeft},
                               {QStringLiteral("获取途径"), 48, Qt::AlignLeft}},
                              tableStyle(), tableStyle());
        ensureRoom(y, 25.0);
        y = table.paint(canvas, Left, y + 1.0, Bottom, Top, rows) + 4.0;
    }
    if (!m_notice.problems.isEmpty()) {
        paragraph(y, numerals.at(section++) + QStringLiteral("、需补正的登记表内容"), text);
        int n = 0;
        for (const OneTimeNotice::Problem &p : m_notice.problems)
            paragraph(y, QStringLiteral("%1. %2").arg(++n).arg(p.message), para);
        y += 2.0;
    }

    QString contact = QStringLiteral("请按本告知书一次性补齐（补正）后，到%1办理。").arg(m_context.hallName);
    if (!m_context.hallPhone.isEmpty())
        contact += QStringLiteral("如有疑问，请咨询：%1。").arg(m_context.hallPhone);
    paragraph(y, contact, para);

    // Authority and date at the right, the applicant's receipt at the left.
    ensureRoom(y, 40.0);
    y += 10.0;
    const QString date = PrintFormat::date(m_notice.date);
    const qreal authorityWidth = canvas.textWidth(m_context.issuingAuthority, text);
    const qreal dateWidth = canvas.textWidth(date, text);
    const qreal right = Right - 8.0;
    canvas.drawText(right - authorityWidth, canvas.baselineInLine(y, text), m_context.issuingAuthority, text);
    canvas.drawText(right - qMax(authorityWidth, dateWidth) / 2.0 - dateWidth / 2.0,
                    canvas.baselineInLine(y + text.lineHeight, text), date, text);
    y += 2 * text.lineHeight + 8.0;
    const QString receipt = QStringLiteral("申请人签收：");
    const qreal baseline = canvas.baselineInLine(y, text);
    canvas.drawText(Left, baseline, receipt, text);
    canvas.drawLine({Left + canvas.textWidth(receipt, text), baseline + 1.0}, {Left + 75.0, baseline + 1.0});
    canvas.drawText(Left + 80.0, baseline, QStringLiteral("签收日期：　　年　月　日"), text);
    y += text.lineHeight + 4.0;
    canvas.drawTextBox(QRectF(Left, y, width, 0), QStringLiteral("（本告知书一式两份，申请人与窗口各执一份）"),
                       tableStyle(), Qt::AlignLeft | Qt::AlignTop);
}

} // namespace vd
