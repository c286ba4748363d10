#include "AcceptanceReceipt.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "CitizenIdNumber.h"
#include "CodeTables.h"
#include "DocumentParts.h"
#include "MaterialsChecklist.h"
#include "PrintFormat.h"

namespace vd {
namespace {

constexpr qreal PageWidth = 210.0;
constexpr qreal PageHeight = 297.0;
constexpr qreal TableWidth = PageWidth - 2 * AcceptanceReceipt::MarginX;
constexpr qreal CellPadX = 1.5; ///< mm
constexpr qreal CellPadY = 1.2; ///< mm

TextStyle cellStyle()
{
    TextStyle s;
    s.pointSize = 12.0; // 小四
    s.lineHeight = 6.0;
    return s;
}

TextStyle labelStyle()
{
    TextStyle s = cellStyle();
    s.role = FontRole::Heading;
    return s;
}

TextStyle titleStyle()
{
    TextStyle s;
    s.role = FontRole::Title;
    s.pointSize = 22.0; // 2号小标宋
    s.lineHeight = 12.0;
    return s;
}

/// Lays out rows of a ruled table down the page, continuing on a new page (with the title) when a
/// row does not fit.
class TableFlow {
public:
    TableFlow(PageCanvas &canvas, qreal top, std::function<qreal(PageCanvas &)> newPageHeader)
        : m_canvas(canvas), m_y(top), m_header(std::move(newPageHeader))
    {
    }
    qreal y() const { return m_y; }
    void skip(qreal mm) { m_y += mm; }

    /// One row: `widths` in mm (sum = TableWidth), `texts`, `labels` marks cells set as labels.
    void row(const QList<qreal> &widths, const QStringList &texts, const QList<bool> &labels = {},
             Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
    {
        qreal height = 0.0;
        for (int i = 0; i < widths.size(); ++i) {
            const TextStyle s = labels.value(i) ? labelStyle() : cellStyle();
            height = qMax(height, m_canvas.wrappedHeight(texts.value(i), s, widths.at(i) - 2 * CellPadX));
        }
        height = qMax(height, cellStyle().lineHeight) + 2 * CellPadY;
        ensure(height);
        qreal x = AcceptanceReceipt::MarginX;
        for (int i = 0; i < widths.size(); ++i) {
            const QRectF cell(x, m_y, widths.at(i), height);
            m_canvas.drawRect(cell, 0.3);
            const bool label = labels.value(i);
            m_canvas.drawTextBox(cell.adjusted(CellPadX, CellPadY, -CellPadX, -CellPadY), texts.value(i),
                                 label ? labelStyle() : cellStyle(),
                                 label ? (Qt::AlignHCenter | Qt::AlignVCenter) : align);
            x += widths.at(i);
        }
        m_y += height;
    }
    /// A paragraph across the table width (no rules).
    void paragraph(const QString &text, const TextStyle &style)
    {
        const qreal height = m_canvas.wrappedHeight(text, style, TableWidth);
        ensure(height);
        m_canvas.drawTextBox(QRectF(AcceptanceReceipt::MarginX, m_y, TableWidth, height), text, style,
                             Qt::AlignLeft | Qt::AlignTop);
        m_y += height;
    }
    /// Starts a new page when `height` mm do not fit below the cursor.
    void ensure(qreal height)
    {
        if (m_y + height <= PageHeight - AcceptanceReceipt::MarginBottom)
            return;
        m_canvas.newPage();
        m_y = m_header(m_canvas);
    }

private:
    PageCanvas &m_canvas;
    qreal m_y;
    std::function<qreal(PageCanvas &)> m_header;
};

QString materialStatusName(const QString &status)
{
    if (status == QLatin1String("original"))
        return QStringLiteral("原件");
    if (status == QLatin1String("copy"))
        return QStringLiteral("复印件");
    if (status == QLatin1String("missing"))
        return QStringLiteral("未提交");
    if (status == QLatin1String("waived"))
        return QStringLiteral("免于提交");
    return status;
}

QDate acceptanceDate(const Case &c, const QDate &fallback)
{
    static const QRegularExpression caseNo(QStringLiteral("^\\d{6}-(\\d{8})-\\d{4}$"));
    const auto m = caseNo.match(c.caseNo);
    const QDate d = m.hasMatch() ? QDate::fromString(m.captured(1), QStringLiteral("yyyyMMdd")) : QDate();
    return d.isValid() ? d : fallback;
}

} // namespace

AcceptanceReceipt::AcceptanceReceipt(const Case &c, const PrintContext &ctx) : m_case(c), m_context(ctx) {}

QString AcceptanceReceipt::title() const
{
    return QStringLiteral("受理回执");
}

Status AcceptanceReceipt::check() const
{
    if (m_case.caseNo.isEmpty()) {
        return Error{QStringLiteral("document_not_applicable"),
                     QStringLiteral("案件尚未受理（没有受理编号），不能出具受理回执。")};
    }
    return Status::success();
}

QString AcceptanceReceipt::statutoryLimit(ItemId item)
{
    static const QJsonObject limits = [] {
        QFile file(QStringLiteral(":/printing/time-limits.json"));
        if (!file.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("limits")).toObject();
    }();
    const QString text = limits.value(itemKey(item)).toString();
    return text.isEmpty() ? QStringLiteral("按部门明确的时限办理") : text;
}

QString AcceptanceReceipt::promisedLimit(ItemId item, const PrintContext &ctx)
{
    const QString promised = ctx.promisedDates.value(item).trimmed();
    return promised.isEmpty() ? statutoryLimit(item) : promised;
}

QString AcceptanceReceipt::deliveryText() const
{
    const Delivery &d = m_case.delivery;
    auto how = [&](const QString &method) {
        if (method == QLatin1String("mail"))
            return QStringLiteral("邮寄");
        if (method == QLatin1String("pickup"))
            return QStringLiteral("自取（凭本回执及有效身份证件到受理窗口领取）");
        return QStringLiteral("未选择");
    };
    QStringList parts;
    if (m_case.hasItem(ItemId::HukouRegistration) || !d.hukouBook.isEmpty())
        parts << QStringLiteral("户口簿：") + how(d.hukouBook);
    if (m_case.hasItem(ItemId::IdCardIssuance) || !d.idCard.isEmpty())
        parts << QStringLiteral("居民身份证：") + how(d.idCard);
    QString text = parts.isEmpty() ? QStringLiteral("各事项办理结果由承办部门通知申请人。")
                                   : parts.join(QStringLiteral("；")) + QStringLiteral("。");
    if (d.anyMail()) {
        text += QStringLiteral("邮寄地址：%1").arg(d.mailingAddress);
        if (!d.contactName.isEmpty())
            text += QStringLiteral("，收件人：%1").arg(d.contactName);
        text += QStringLiteral("。");
    }
    return text + QStringLiteral("其他事项的办理结果由承办部门通过短信或电话通知。");
}

QString AcceptanceReceipt::progressText() const
{
    QString text = QStringLiteral("请妥善保管本回执。可凭受理编号到%1").arg(m_context.hallName);
    if (!m_context.windowNo.isEmpty())
        text += QStringLiteral("%1号窗口").arg(m_context.windowNo);
    text += QStringLiteral("查询办理进度");
    text += m_context.hallPhone.isEmpty() ? QStringLiteral("，或拨打咨询电话＿＿＿＿＿＿＿＿查询。")
                                         : QStringLiteral("，或拨打咨询电话%1查询。").arg(m_context.hallPhone);
    return text;
}

void AcceptanceReceipt::paint(PageCanvas &canvas) const
{
    const TextStyle title = titleStyle();
    const TextStyle cell = cellStyle();
    auto header = [this, title, cell](PageCanvas &c) {
        qreal y = MarginTop;
        if (m_context.reprint)
            DocumentParts::reprintMark(c, {PageWidth - MarginX, y - 8.0});
        c.drawTextBox(QRectF(MarginX, y, TableWidth, title.lineHeight), this->title(), title,
                      Qt::AlignHCenter | Qt::AlignTop);
        y += title.lineHeight + 3.0;
        const qreal base = c.baselineInLine(y, cell);
        c.drawText(MarginX, base, m_context.hallName, cell);
        const QString no = QStringLiteral("受理编号：") + m_case.caseNo;
        c.drawText(PageWidth - MarginX - c.textWidth(no, cell), base, no, cell);
        return y + cell.lineHeight + 2.0;
    };
    TableFlow flow(canvas, header(canvas), header);

    const Applicant &a = m_case.applicant;
    const QList<qreal> two{32.0, 53.0, 32.0, 53.0};
    const QList<bool> labels{true, false, true, false};
    flow.row(two,
             {QStringLiteral("申请人"), a.name, QStringLiteral("公民身份号码"), CitizenIdNumber::masked(a.idNumber)},
             labels);
    flow.row(two,
             {QStringLiteral("受理日期"), PrintFormat::date(acceptanceDate(m_case, m_context.printDate)),
              QStringLiteral("申请日期"), PrintFormat::date(m_case.applicationDate)},
             labels);

    // Items with department and promised time limit.
    const QList<qreal> items{14.0, 62.0, 46.0, 48.0};
    flow.row(items,
             {QStringLiteral("序号"), QStringLiteral("办理事项"), QStringLiteral("承办部门"),
              QStringLiteral("承诺办结时限")},
             {true, true, true, true});
    int n = 0;
    for (ItemId id : m_case.items) {
        const ItemInfo &info = itemInfo(id);
        flow.row(items, {QString::number(++n), info.name, info.department, promisedLimit(id, m_context)});
    }

    // Materials received.
    const QList<qreal> materials{14.0, 96.0, 24.0, 36.0};
    flow.row(materials,
             {QStringLiteral("序号"), QStringLiteral("已收材料"), QStringLiteral("形式"), QStringLiteral("备注")},
             {true, true, true, true});
    if (m_case.materials.isEmpty()) {
        flow.row({TableWidth}, {QStringLiteral("本次未登记收取材料（以材料清单为准）。")});
    }
    n = 0;
    for (const MaterialReceipt &m : m_case.materials) {
        const QString name = MaterialsChecklist::materialName(m.material);
        // 容缺受理: the promised supplement date stands on the receipt the applicant takes home.
        const bool deficient = m.status == QLatin1String("missing") && m.supplementBy.isValid();
        const QString form = deficient ? QStringLiteral("容缺") : materialStatusName(m.status);
        QString remark = m.note;
        if (deficient) {
            const QString promise = QStringLiteral("容缺受理，承诺%1前补齐").arg(m.supplementBy.toString(QStringLiteral("yyyy年M月d日")));
            remark = remark.isEmpty() ? promise : promise + QStringLiteral("；") + remark;
        }
        flow.row(materials, {QString::number(++n), name.isEmpty() ? m.material : name, form, remark});
    }

    const QList<qreal> wide{32.0, TableWidth - 32.0};
    flow.row(wide, {QStringLiteral("结果送达"), deliveryText()}, {true, false});
    flow.row(wide, {QStringLiteral("进度查询"), progressText()}, {true, false});

    // Clerk, window, date and the seal area.
    const qreal sealRadius = 20.0;
    flow.ensure(2 * sealRadius + 14.0);
    flow.skip(14.0);
    const qreal y = flow.y();
    const QString clerk = QStringLiteral("经办人：");
    const qreal base = canvas.baselineInLine(y, cell);
    canvas.drawText(MarginX, base, clerk + m_context.clerk, cell);
    if (m_context.clerk.isEmpty()) {
        const qreal x = MarginX + canvas.textWidth(clerk, cell);
        canvas.drawLine({x, base + 1.0}, {x + 30.0, base + 1.0}, 0.25);
    }
    canvas.drawText(MarginX, base + cell.lineHeight,
                    QStringLiteral("窗口：") + (m_context.windowNo.isEmpty() ? QStringLiteral("＿＿＿")
                                                                           : m_context.windowNo + QStringLiteral("号")),
                    cell);
    const QString date = PrintFormat::date(m_context.printDate);
    const QString issuer = m_context.hallName;
    const qreal right = PageWidth - MarginX - 8.0;
    canvas.drawText(right - canvas.textWidth(issuer, cell), base, issuer, cell);
    canvas.drawText(right - canvas.textWidth(date, cell), base + cell.lineHeight, date, cell);
    DocumentParts::sealArea(canvas, {right - qMax(canvas.textWidth(issuer, cell), 40.0) / 2.0, y + 8.0}, sealRadius,
                            m_context.sealText);
}

} // namespace vd
