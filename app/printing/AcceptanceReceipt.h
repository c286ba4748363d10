#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "Case.h"
#include "PrintDocument.h"
#include "PrintService.h"

namespace vd {

/// 受理回执 (acceptance receipt; 《行政许可法》第三十二条: a dated, sealed written proof of acceptance;
/// contents after domain-facts.md §9 受理通知书/回执): 受理编号, the applicant with the ID number masked
/// (CitizenIdNumber::masked), each chosen item with its department and 承诺办结时限, the materials
/// received (Case::materials), how results are delivered (Case::delivery), how to follow progress
/// (hall and phone), clerk, window, date and a seal area. A4 portrait, laid out in mm; a long
/// materials list continues on another page with the title repeated.
class AcceptanceReceipt : public PrintDocument {
public:
    AcceptanceReceipt(const Case &c, const PrintContext &ctx);

    /// 受理回执.
    QString title() const override;
    /// document_not_applicable when the case has no case number (not accepted yet).
    Status check() const override;
    void paint(PageCanvas &canvas) const override;

    /// The promised time limit of `item`: PrintContext::promisedDates when it has the item,
    /// otherwise the statutory limit (statutoryLimit).
    static QString promisedLimit(ItemId item, const PrintContext &ctx);
    /// The statutory time limit of `item` from :/printing/time-limits.json (赣退役军人字〔2023〕2号
    /// Attachment 1, 四(二)), e.g. 3个工作日; "按部门明确的时限办理" when the table has none.
    static QString statutoryLimit(ItemId item);

    static constexpr qreal MarginX = 20.0;      ///< mm
    static constexpr qreal MarginTop = 20.0;    ///< mm
    static constexpr qreal MarginBottom = 20.0; ///< mm

private:
    QString deliveryText() const;
    QString progressText() const;

    Case m_case;
    PrintContext m_context;
};

} // namespace vd
