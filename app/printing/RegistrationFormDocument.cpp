#include "RegistrationFormDocument.h"

#include "CodeTables.h"
#include "PrintFormat.h"

namespace vd {
namespace {

constexpr qreal SectionWidth = 18.0;  ///< mm, the left column with the block names
constexpr qreal PaddingX = 1.5;       ///< mm inside a cell, left and right
constexpr qreal PaddingY = 1.3;       ///< mm inside a cell, top and bottom
constexpr qreal FlowGap = 4.0;        ///< mm between the checkboxes of one line
constexpr qreal GridLine = 0.25;      ///< mm
constexpr qreal OuterLine = 0.5;      ///< mm
constexpr qreal TableLeft = RegistrationFormDocument::MarginX;
constexpr qreal TableRight = RegistrationFormDocument::PageWidth - RegistrationFormDocument::MarginX;

TextStyle cellStyle()
{
    TextStyle s;
    s.pointSize = 10.5; // 五号
    s.lineHeight = 4.9;
    return s;
}

/// Tallest a value cell may grow (mm): six such cells still fit the form on two pages.
constexpr qreal MaxValueHeight = 45.0;
constexpr qreal MinPointSize = 6.0; ///< smallest size a long value shrinks to (pt)

/// The cell style shrunk (down to MinPointSize) until `text` fits MaxValueHeight in `width` mm.
TextStyle fittedStyle(const PageCanvas &canvas, const QString &text, qreal width)
{
    TextStyle s = cellStyle();
    const qreal ratio = s.lineHeight / s.pointSize;
    while (s.pointSize > MinPointSize && canvas.wrappedHeight(text, s, width) > MaxValueHeight) {
        s.pointSize -= 0.5;
        s.lineHeight = s.pointSize * ratio;
    }
    return s;
}

TextStyle titleStyle()
{
    TextStyle s;
    s.role = FontRole::Title;
    s.pointSize = 18.0; // 小二
    s.lineHeight = 9.0;
    return s;
}

/// The block names of the left column, Attachment 3 (line breaks chosen for the 18 mm column).
const QStringList &sectionLabels()
{
    static const QStringList labels = {
        QStringLiteral("基本\n信息"),
        QStringLiteral("预备役\n登记信息\n(必填\n事项)"),
        QStringLiteral("需要\n办理\n事项"),
        QStringLiteral("户口\n登记"),
        QStringLiteral("户口簿、\n身份证\n送达方式"),
        QStringLiteral("一次性\n经济补助\n发放"),
        QStringLiteral("承诺\n信息"),
    };
    return labels;
}

QString hukouCancelledNote(const std::optional<bool> &cancelled)
{
    if (!cancelled.has_value())
        return QString();
    return *cancelled ? QStringLiteral("（已注销）") : QStringLiteral("（未注销）");
}

} // namespace

RegistrationFormDocument::RegistrationFormDocument(const Case &c, const PrintContext &ctx)
    : m_case(c), m_context(ctx)
{
}

QString RegistrationFormDocument::title() const
{
    return QStringLiteral("军人退役“一件事一次办”登记表");
}

Status RegistrationFormDocument::check() const
{
    return Status::success();
}

void RegistrationFormDocument::addBasicRows(QList<Row> &rows) const
{
    const Applicant &a = m_case.applicant;
    const CodeTables &t = CodeTables::instance();
    auto L = [](const QString &text, qreal w) { return Cell{Cell::Label, w, text, {}}; };
    auto V = [](const QString &text, qreal w) { return Cell{Cell::Value, w, text, {}}; };
    const int s = 0;
    rows << Row{s,
                {L(QStringLiteral("姓名"), 14), V(a.name, 24), L(QStringLiteral("性别"), 12),
                 V(PrintFormat::codeName(t.sexes(), a.sex), 10), L(QStringLiteral("出生日期"), 18),
                 V(PrintFormat::date(a.birthDate), 31), L(QStringLiteral("籍贯"), 12), V(a.nativePlace, 41)}};
    rows << Row{s,
                {L(QStringLiteral("文化程度"), 18), V(PrintFormat::codeName(t.educations(), a.education), 32),
                 L(QStringLiteral("政治面貌"), 18), V(PrintFormat::codeName(t.politicalStatuses(), a.politicalStatus), 24),
                 L(QStringLiteral("入党(团)时间"), 24), V(PrintFormat::date(a.partyJoinDate), 46)}};
    rows << Row{s,
                {L(QStringLiteral("民族"), 14), V(PrintFormat::codeName(t.ethnicities(), a.ethnicity), 24),
                 L(QStringLiteral("身份证件号"), 24), V(a.idNumber, 100)}};
    rows << Row{s, {L(QStringLiteral("家庭住址"), 18), V(a.homeAddress, 144)}};
    const QString hukouAddress = a.preEnlistmentHukouAddress + hukouCancelledNote(a.preEnlistmentHukouCancelled);
    rows << Row{s,
                {L(QStringLiteral("联系方式"), 18), V(a.phone, 26),
                 L(QStringLiteral("入伍前户籍地址\n(备注是否注销)"), 29), V(hukouAddress, 89)}};
}

void RegistrationFormDocument::addServiceRows(QList<Row> &rows) const
{
    const ServiceRecord &r = m_case.service;
    const CodeTables &t = CodeTables::instance();
    auto L = [](const QString &text, qreal w) { return Cell{Cell::Label, w, text, {}}; };
    auto V = [](const QString &text, qreal w) { return Cell{Cell::Value, w, text, {}}; };
    const int s = 1;
    rows << Row{s,
                {L(QStringLiteral("入伍时间"), 18), V(PrintFormat::date(r.enlistmentDate), 30),
                 L(QStringLiteral("入伍地"), 16), V(r.enlistmentPlace, 48), L(QStringLiteral("退役时间"), 18),
                 V(PrintFormat::date(r.dischargeDate), 32)}};
    rows << Row{s,
                {L(QStringLiteral("退役时军衔"), 22), V(r.rank, 24), L(QStringLiteral("入伍前户籍类别"), 30),
                 V(PrintFormat::codeName(t.hukouCategories(), r.preEnlistmentHukouCategory), 18),
                 L(QStringLiteral("部队代号"), 18), V(r.unitCode, 50)}};
    rows << Row{s, {L(QStringLiteral("立功受奖情况"), 34), V(r.awards, 128)}};
    rows << Row{s, {L(QStringLiteral("服现役大单位"), 34), V(r.majorUnit, 128)}};
    rows << Row{s, {L(QStringLiteral("服现役旅营级单位"), 34), V(r.battalionUnit, 128)}};
    rows << Row{s,
                {L(QStringLiteral("专业岗位"), 18), V(r.specialtyPost, 63), L(QStringLiteral("专业类别"), 18),
                 V(r.specialtyCategory, 63)}};
}

void RegistrationFormDocument::addItemRows(QList<Row> &rows) const
{
    const Case &c = m_case;
    auto box = [&](ItemId id, const QString &label) { return PrintFormat::checkbox(c.hasItem(id), label); };
    const bool social = c.hasItem(ItemId::SocialInsuranceRegistration);
    const bool medical = c.hasItem(ItemId::MedicalInsuranceRegistration);
    const QString br = QStringLiteral("\n");
    // The nine items with the wording of Attachment 3, in the plan's order; the scheme choices
    // follow their item and are ticked only with it.
    const QStringList atoms = {
        box(ItemId::DischargeReporting, QStringLiteral("退役报到")),
        box(ItemId::HukouRegistration, QStringLiteral("户口登记")),
        box(ItemId::IdCardIssuance, QStringLiteral("核发居民身份证")),
        box(ItemId::ReserveRegistration, QStringLiteral("预备役登记")),
        br,
        box(ItemId::SocialInsuranceRegistration, QStringLiteral("社会保险登记（")) + QStringLiteral(" ")
            + PrintFormat::checkbox(social && c.pensionScheme == QLatin1String("enterprise_employee"),
                                    QStringLiteral("企业职工养老保险"))
            + QStringLiteral("  ")
            + PrintFormat::checkbox(social && c.pensionScheme == QLatin1String("urban_rural_resident"),
                                    QStringLiteral("城乡居民养老保险"))
            + QStringLiteral("）"),
        box(ItemId::PensionTransfer, QStringLiteral("军地养老保险关系转移接续")),
        br,
        box(ItemId::MedicalInsuranceRegistration, QStringLiteral("基本医疗保险参保和变更登记（")) + QStringLiteral(" ")
            + PrintFormat::checkbox(medical && c.medicalScheme == QLatin1String("urban_employee"),
                                    QStringLiteral("城镇职工基本医疗保险"))
            + QStringLiteral("  ")
            + PrintFormat::checkbox(medical && c.medicalScheme == QLatin1String("urban_rural_resident"),
                                    QStringLiteral("城乡居民基本医疗保险"))
            + QStringLiteral("）"),
        br,
        box(ItemId::MedicalInsuranceTransfer, QStringLiteral("基本医疗保险关系转移接续")),
        box(ItemId::SubsidyPayment, QStringLiteral("退役士兵自主就业一次性经济补助金给付")),
    };
    rows << Row{2, {Cell{Cell::Flow, TableRight - TableLeft - SectionWidth, QString(), atoms}}};
}

void RegistrationFormDocument::addHukouAndDeliveryRows(QList<Row> &rows) const
{
    const HukouRegistration &h = m_case.hukou;
    const Delivery &d = m_case.delivery;
    const CodeTables &t = CodeTables::instance();
    auto L = [](const QString &text, qreal w) { return Cell{Cell::Label, w, text, {}}; };
    auto V = [](const QString &text, qreal w) { return Cell{Cell::Value, w, text, {}}; };
    rows << Row{3,
                {L(QStringLiteral("拟投靠户主姓名"), 30), V(h.householderName, 51), L(QStringLiteral("与户主关系"), 22),
                 V(PrintFormat::codeName(t.relations(), h.relationToHouseholder), 59)}};
    rows << Row{3,
                {L(QStringLiteral("户主联系方式"), 30), V(h.householderPhone, 51), L(QStringLiteral("落户地址"), 22),
                 V(h.settlementAddress, 59)}};
    auto methods = [](const QString &method) {
        return QStringList{PrintFormat::checkbox(method == QLatin1String("mail"), QStringLiteral("邮寄送达(到付)")),
                           PrintFormat::checkbox(method == QLatin1String("pickup"), QStringLiteral("自行领取"))};
    };
    rows << Row{4, {L(QStringLiteral("户口簿："), 24), Cell{Cell::Flow, 138, QString(), methods(d.hukouBook)}}};
    rows << Row{4, {L(QStringLiteral("身份证："), 24), Cell{Cell::Flow, 138, QString(), methods(d.idCard)}}};
    rows << Row{4, {L(QStringLiteral("邮寄地址："), 24), V(d.mailingAddress, 138)}};
    rows << Row{4,
                {L(QStringLiteral("联系人："), 24), V(d.contactName, 57), L(QStringLiteral("联系电话："), 22),
                 V(d.contactPhone, 59)}};
}

void RegistrationFormDocument::addSubsidyAndPromiseRows(QList<Row> &rows) const
{
    const SubsidyAccount &s = m_case.subsidyAccount;
    auto L = [](const QString &text, qreal w) { return Cell{Cell::Label, w, text, {}}; };
    auto V = [](const QString &text, qreal w) { return Cell{Cell::Value, w, text, {}}; };
    const QStringList kinds = {
        PrintFormat::checkbox(s.kind == QLatin1String("social_security_card"), QStringLiteral("本人社保卡")),
        PrintFormat::checkbox(s.kind == QLatin1String("bank_card"), QStringLiteral("本人银行卡")),
    };
    rows << Row{5,
                {Cell{Cell::Flow, 46, QString(), kinds}, L(QStringLiteral("户名："), 16), V(s.accountName, 36),
                 L(QStringLiteral("账号："), 16), V(s.accountNumber, 48)}};

    rows << Row{6, {V(QStringLiteral("本人承诺以上申报信息真实有效,如有虚假,愿承担一切法律责任。"), 162)}};
    rows << Row{6,
                {L(QStringLiteral("申请人签名"), 24), V(QString(), 57), L(QStringLiteral("落户方户主签名"), 30),
                 V(QString(), 51)},
                20.0};
    const QDate d = m_case.applicationDate;
    const QString date = d.isValid() ? QStringLiteral("申请日期：%1 年 %2 月 %3 日").arg(d.year()).arg(d.month()).arg(d.day())
                                     : QStringLiteral("申请日期：　　　　年　　月　　日");
    rows << Row{6, {V(date, 162)}};
}

QList<RegistrationFormDocument::Row> RegistrationFormDocument::buildRows() const
{
    QList<Row> rows;
    addBasicRows(rows);
    addServiceRows(rows);
    addItemRows(rows);
    addHukouAndDeliveryRows(rows);
    addSubsidyAndPromiseRows(rows);
    return rows;
}

QList<QStringList> RegistrationFormDocument::flowLines(const PageCanvas &canvas, const QStringList &atoms,
                                                       qreal width) const
{
    const TextStyle style = cellStyle();
    QList<QStringList> lines{QStringList()};
    qreal used = 0.0;
    for (const QString &atom : atoms) {
        if (atom == QLatin1String("\n")) {
            if (!lines.last().isEmpty())
                lines << QStringList();
            used = 0.0;
            continue;
        }
        const qreal w = canvas.textWidth(atom, style);
        const qreal needed = lines.last().isEmpty() ? w : used + FlowGap + w;
        if (needed > width && !lines.last().isEmpty()) {
            lines << QStringList{atom};
            used = w;
        } else {
            lines.last() << atom;
            used = needed;
        }
    }
    if (lines.last().isEmpty() && lines.size() > 1)
        lines.removeLast();
    return lines;
}

qreal RegistrationFormDocument::rowHeight(const PageCanvas &canvas, const Row &row) const
{
    const TextStyle style = cellStyle();
    qreal height = row.minHeight;
    for (const Cell &cell : row.cells) {
        const qreal inner = cell.width - 2 * PaddingX;
        const qreal text = cell.kind == Cell::Flow
                               ? flowLines(canvas, cell.atoms, inner).size() * style.lineHeight
                               : canvas.wrappedHeight(cell.text, fittedStyle(canvas, cell.text, inner), inner);
        height = qMax(height, text + 2 * PaddingY);
    }
    const qreal section = canvas.wrappedHeight(sectionLabels().at(row.section), style, SectionWidth - 2 * PaddingX);
    // A block of one row must still hold its own name.
    const bool alone = row.section == 2 || row.section == 5;
    return alone ? qMax(height, section + 2 * PaddingY) : height;
}

qreal RegistrationFormDocument::paintHeader(PageCanvas &canvas, int page, int pageCount) const
{
    const TextStyle tStyle = titleStyle();
    canvas.drawTextBox(QRectF(TableLeft, MarginTop, TableRight - TableLeft, tStyle.lineHeight), title(), tStyle,
                       Qt::AlignHCenter | Qt::AlignTop);
    TextStyle small = cellStyle();
    small.pointSize = 10.5;
    const qreal y = MarginTop + tStyle.lineHeight + 2.0;
    QString number = QStringLiteral("受理编号：") + m_case.caseNo;
    if (pageCount > 1)
        number += QStringLiteral("　第%1页／共%2页").arg(page + 1).arg(pageCount);
    canvas.drawTextBox(QRectF(TableLeft, y, TableRight - TableLeft, small.lineHeight), number, small,
                       Qt::AlignRight | Qt::AlignTop);
    return y + small.lineHeight + 1.5;
}

void RegistrationFormDocument::paintRow(PageCanvas &canvas, const Row &row, qreal top, qreal height) const
{
    const TextStyle style = cellStyle();
    qreal x = TableLeft + SectionWidth;
    for (const Cell &cell : row.cells) {
        const QRectF rect(x, top, cell.width, height);
        canvas.drawRect(rect, GridLine);
        const QRectF inner = rect.adjusted(PaddingX, PaddingY, -PaddingX, -PaddingY);
        if (cell.kind == Cell::Flow) {
            const QList<QStringList> lines = flowLines(canvas, cell.atoms, inner.width());
            qreal y = inner.top() + (inner.height() - lines.size() * style.lineHeight) / 2.0;
            for (const QStringList &line : lines) {
                qreal lx = inner.left();
                for (const QString &atom : line) {
                    canvas.drawText(lx, canvas.baselineInLine(y, style), atom, style);
                    lx += canvas.textWidth(atom, style) + FlowGap;
                }
                y += style.lineHeight;
            }
        } else {
            const Qt::Alignment align = cell.kind == Cell::Label ? Qt::AlignHCenter | Qt::AlignVCenter
                                                                 : Qt::AlignLeft | Qt::AlignVCenter;
            canvas.drawTextBox(inner, cell.text,
                               cell.kind == Cell::Value ? fittedStyle(canvas, cell.text, inner.width()) : style, align);
        }
        x += cell.width;
    }
}

void RegistrationFormDocument::paintSection(PageCanvas &canvas, int section, qreal top, qreal height) const
{
    const QRectF rect(TableLeft, top, SectionWidth, height);
    canvas.drawRect(rect, GridLine);
    canvas.drawTextBox(rect.adjusted(PaddingX, PaddingY, -PaddingX, -PaddingY), sectionLabels().at(section),
                       cellStyle(), Qt::AlignHCenter | Qt::AlignVCenter);
}

void RegistrationFormDocument::paint(PageCanvas &canvas) const
{
    const QList<Row> rows = buildRows();
    QList<qreal> heights;
    for (const Row &row : rows)
        heights << rowHeight(canvas, row);
    // A value too long even in the smallest size is refused (naming its field), never cut off.
    for (const Row &row : rows) {
        QString label;
        for (const Cell &cell : row.cells) {
            if (cell.kind == Cell::Label)
                label = cell.text;
            const qreal inner = cell.width - 2 * PaddingX;
            if (cell.kind == Cell::Value
                && canvas.wrappedHeight(cell.text, fittedStyle(canvas, cell.text, inner), inner) > MaxValueHeight) {
                canvas.reportError({QStringLiteral("value_too_long"),
                                    QStringLiteral("“%1”的内容过长（%2 字），登记表中无法完整打印，请精简后再打印。")
                                        .arg(label.left(20))
                                        .arg(cell.text.size())});
                return;
            }
        }
    }

    // Paginate: the header takes the same room on every page; the 备注 line is kept free below.
    const TextStyle remarkStyle = cellStyle();
    const qreal tableTop = MarginTop + titleStyle().lineHeight + 2.0 + cellStyle().lineHeight + 1.5;
    const qreal limit = PageHeight - MarginBottom - remarkStyle.lineHeight - 2.0;
    // A block that does not fit the rest of a page starts the next one whole, when it fits there.
    QList<QList<int>> pages{QList<int>()};
    qreal y = tableTop;
    for (int first = 0; first < rows.size();) {
        int end = first;
        qreal block = 0.0;
        while (end < rows.size() && rows.at(end).section == rows.at(first).section)
            block += heights.at(end++);
        if (y + block > limit && block <= limit - tableTop && !pages.last().isEmpty()) {
            pages << QList<int>();
            y = tableTop;
        }
        for (int i = first; i < end; ++i) {
            if (y + heights.at(i) > limit && !pages.last().isEmpty()) {
                pages << QList<int>();
                y = tableTop;
            }
            pages.last() << i;
            y += heights.at(i);
        }
        first = end;
    }

    for (int p = 0; p < pages.size(); ++p) {
        if (p > 0 && !canvas.newPage())
            return;
        y = paintHeader(canvas, p, int(pages.size()));
        const qreal top = y;
        int sectionStart = -1;
        qreal sectionTop = y;
        for (int i : pages.at(p)) {
            if (rows.at(i).section != sectionStart) {
                if (sectionStart >= 0)
                    paintSection(canvas, sectionStart, sectionTop, y - sectionTop);
                sectionStart = rows.at(i).section;
                sectionTop = y;
            }
            paintRow(canvas, rows.at(i), y, heights.at(i));
            y += heights.at(i);
        }
        if (sectionStart >= 0)
            paintSection(canvas, sectionStart, sectionTop, y - sectionTop);
        canvas.drawRect(QRectF(TableLeft, top, TableRight - TableLeft, y - top), OuterLine);
        if (p == pages.size() - 1) {
            canvas.drawTextBox(QRectF(TableLeft, y + 1.5, TableRight - TableLeft, remarkStyle.lineHeight),
                               QStringLiteral("备注:退役报到和预备役登记为必须办理"), remarkStyle,
                               Qt::AlignLeft | Qt::AlignTop);
        }
    }
}

} // namespace vd
