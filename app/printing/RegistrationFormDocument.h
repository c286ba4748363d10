#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "Case.h"
#include "PrintDocument.h"
#include "PrintService.h"

namespace vd {

/// 军人退役“一件事一次办”登记表 (赣退役军人字〔2023〕2号 Attachment 3), filled from a case: the grid of
/// the attachment with its seven blocks (基本信息, 预备役登记信息, 需要办理事项 with ☑/☐, 户口登记,
/// 送达方式, 一次性经济补助发放, 承诺信息 with signature and date lines) and the 备注 under it; the
/// 受理编号 at the top right. Code values are printed by their Chinese names. Long values wrap inside
/// their cell and rows grow; normal data fits one A4 page; rows that do not fit go on another page
/// that repeats the title. The ID number is printed in full (the applicant signs the form).
class RegistrationFormDocument : public PrintDocument {
public:
    RegistrationFormDocument(const Case &c, const PrintContext &ctx);

    /// 军人退役“一件事一次办”登记表.
    QString title() const override;
    /// Always ok: every case has a registration form (an unaccepted one prints with no 受理编号).
    Status check() const override;
    void paint(PageCanvas &canvas) const override;

    /// Page geometry in mm (A4 portrait, GB/T 148): the table spans MarginX … 210 − MarginX.
    static constexpr qreal PageWidth = 210.0;
    static constexpr qreal PageHeight = 297.0;
    static constexpr qreal MarginX = 15.0;
    static constexpr qreal MarginTop = 12.0;
    static constexpr qreal MarginBottom = 12.0;

private:
    struct Cell {
        enum Kind { Label, Value, Flow };
        Kind kind = Value;
        qreal width = 0.0; ///< mm
        QString text;      ///< Label and Value
        QStringList atoms; ///< Flow: unbreakable pieces laid out left to right; "\n" breaks the line
    };
    struct Row {
        int section = 0;        ///< index into the block labels of the left column
        QList<Cell> cells;      ///< widths add up to the table width minus the block column
        qreal minHeight = 8.5;  ///< mm
    };

    QList<Row> buildRows() const;
    void addBasicRows(QList<Row> &rows) const;
    void addServiceRows(QList<Row> &rows) const;
    void addItemRows(QList<Row> &rows) const;
    void addHukouAndDeliveryRows(QList<Row> &rows) const;
    void addSubsidyAndPromiseRows(QList<Row> &rows) const;
    qreal rowHeight(const PageCanvas &canvas, const Row &row) const;
    QList<QStringList> flowLines(const PageCanvas &canvas, const QStringList &atoms, qreal width) const;
    qreal paintHeader(PageCanvas &canvas, int page, int pageCount) const;
    void paintRow(PageCanvas &canvas, const Row &row, qreal top, qreal height) const;
    void paintSection(PageCanvas &canvas, int section, qreal top, qreal height) const;

    Case m_case;
    PrintContext m_context;
};

} // namespace vd
