#include "ChecklistDocument.h"

#include "CitizenIdNumber.h"
#include "MaterialsAssessment.h"
#include "PrintFormat.h"
#include "TextTable.h"

namespace vd {
namespace {

TextStyle bodyStyle()
{
    TextStyle s;
    s.pointSize = 9.0; // 小五
    s.lineHeight = 4.3;
    return s;
}

TextStyle textStyle()
{
    TextStyle s;
    s.pointSize = 12.0; // 小四
    s.lineHeight = 7.0;
    return s;
}

TextStyle titleStyle()
{
    TextStyle s;
    s.role = FontRole::Title;
    s.pointSize = 18.0; // 小二
    s.lineHeight = 10.0;
    return s;
}

QString itemNames(const QList<ItemId> &items)
{
    QStringList names;
    for (ItemId id : items)
        names << itemInfo(id).name;
    return names.join(QStringLiteral("、"));
}

/// "签字：________  日期：____年__月__日" with lines to write on, at `baseline`.
void signatureLine(PageCanvas &canvas, qreal x, qreal baseline, const QString &who, qreal width)
{
    const TextStyle s = textStyle();
    canvas.drawText(x, baseline, who, s);
    const qreal lineStart = x + canvas.textWidth(who, s);
    const qreal dateLabelX = x + width - 48.0;
    canvas.drawLine({lineStart, baseline + 1.0}, {dateLabelX - 3.0, baseline + 1.0});
    canvas.drawText(dateLabelX, baseline, QStringLiteral("日期：　　年　月　日"), s);
}

} // namespace

ChecklistDocument::ChecklistDocument(const Case &c, const PrintContext &ctx) : m_case(c), m_context(ctx) {}

QString ChecklistDocument::title() const
{
    return QStringLiteral("材料接收凭证");
}

Status ChecklistDocument::check() const
{
    return Status::success();
}

void ChecklistDocument::paint(PageCanvas &canvas) const
{
    const TextStyle text = textStyle();
    const TextStyle title = titleStyle();
    const qreal width = Right - Left;
    qreal y = Top;
    canvas.drawTextBox(QRectF(Left, y, width, title.lineHeight),
                       QStringLiteral("军人退役“一件事一次办”材料清单（材料接收凭证）"), title, Qt::AlignHCenter | Qt::AlignTop);
    y += title.lineHeight + 4.0;

    const Applicant &a = m_case.applicant;
    const QStringList head = {
        QStringLiteral("受理编号：%1").arg(m_case.caseNo.isEmpty() ? QStringLiteral("（未受理）") : m_case.caseNo),
        QStringLiteral("申请人：%1　　公民身份号码：%2").arg(a.name, CitizenIdNumber::masked(a.idNumber)),
        QStringLiteral("办理事项：%1").arg(itemNames(m_case.items)),
    };
    for (const QString &line : head)
        y += canvas.drawTextBox(QRectF(Left, y, width, 0), line, text, Qt::AlignLeft | Qt::AlignTop);
    y += 2.0;

    const MaterialsAssessment assessment = MaterialsAssessment::assess(m_case, m_context.printDate);
    QList<QStringList> rows;
    int n = 0;
    for (const MaterialState &s : assessment.materials()) {
        const bool inProcess = s.material.requirement == RequiredMaterial::Requirement::InProcess;
        QString received = inProcess ? QStringLiteral("流程内生成") : MaterialsAssessment::statusLabel(s.receipt.status);
        QStringList notes;
        if (s.isOutstanding() && s.receipt.supplementBy.isValid())
            notes << QStringLiteral("容缺，承诺%1前补齐").arg(PrintFormat::date(s.receipt.supplementBy));
        else if (s.isOutstanding() && s.material.key)
            notes << QStringLiteral("要件");
        if (!s.receipt.note.isEmpty())
            notes << s.receipt.note;
        rows << QStringList{QString::number(++n),
                            s.material.name,
                            itemNames(s.material.items),
                            received,
                            s.receipt.pages > 0 ? QString::number(s.receipt.pages) : QString(),
                            notes.join(QStringLiteral("；"))};
    }
    const TextTable table({{QStringLiteral("序号"), 10, Qt::AlignHCenter},
                           {QStringLiteral("材料名称"), 56, Qt::AlignLeft},
                           {QStringLiteral("需要该材料的事项"), 50, Qt::AlignLeft},
                           {QStringLiteral("接收情况"), 18, Qt::AlignHCenter},
                           {QStringLiteral("页数"), 9, Qt::AlignHCenter},
                           {QStringLiteral("备注"), 27, Qt::AlignLeft}},
                          bodyStyle(), bodyStyle());
    y = table.paint(canvas, Left, y, Bottom - 40.0, Top, rows) + 4.0;

    QString outcome;
    const QList<MaterialState> outstanding = assessment.outstanding();
    switch (assessment.acceptance()) {
    case MaterialsAssessment::Acceptance::Complete:
        outcome = QStringLiteral("材料齐全，予以受理。");
        break;
    case MaterialsAssessment::Acceptance::WithDeficiency:
        outcome = QStringLiteral("容缺受理：以上标注“缺”的%1项非要件材料，申请人承诺在所注日期前补齐；"
                                 "逾期未补齐的，相关事项暂停办理。")
                      .arg(outstanding.size());
        break;
    case MaterialsAssessment::Acceptance::Refused:
        outcome = QStringLiteral("材料不全，暂不受理：须补齐的材料见《一次性告知书》。");
        break;
    }
    if (y + 40.0 > Bottom) {
        canvas.newPage();
        y = Top;
    }
    y += canvas.drawTextBox(QRectF(Left, y, width, 0), QStringLiteral("审核结果：") + outcome, text,
                            Qt::AlignLeft | Qt::AlignTop);
    y += canvas.drawTextBox(QRectF(Left, y, width, 0),
                            QStringLiteral("%1　咨询电话：%2").arg(m_context.hallName, m_context.hallPhone), text,
                            Qt::AlignLeft | Qt::AlignTop);
    y += 8.0;
    signatureLine(canvas, Left, canvas.baselineInLine(y, text), QStringLiteral("申请人（签字）："), width);
    y += 12.0;
    signatureLine(canvas, Left, canvas.baselineInLine(y, text), QStringLiteral("窗口经办人（签字）："), width);
    y += 10.0;
    canvas.drawTextBox(QRectF(Left, y, width, 0),
                       QStringLiteral("本凭证一式两份，申请人与窗口各执一份。打印日期：%1")
                           .arg(PrintFormat::date(m_context.printDate)),
                       bodyStyle(), Qt::AlignRight | Qt::AlignTop);
}

} // namespace vd
