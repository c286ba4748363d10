#include "ResultOut.h"

#include <QRegularExpression>

namespace vd {
namespace {

bool hasControl(const QString &s)
{
    for (const QChar c : s) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

Error invalid(const QString &message)
{
    return Error{QStringLiteral("result_out_invalid"), message};
}

} // namespace

QString ResultOut::methodKey(ResultOutMethod method)
{
    switch (method) {
    case ResultOutMethod::Mail:
        return QStringLiteral("mail");
    case ResultOutMethod::Pickup:
        return QStringLiteral("pickup");
    case ResultOutMethod::Sms:
        break;
    }
    return QStringLiteral("sms");
}

QString ResultOut::methodName(ResultOutMethod method)
{
    switch (method) {
    case ResultOutMethod::Mail:
        return QStringLiteral("邮寄");
    case ResultOutMethod::Pickup:
        return QStringLiteral("自取");
    case ResultOutMethod::Sms:
        break;
    }
    return QStringLiteral("短信通知");
}

bool ResultOut::methodFromKey(const QString &key, ResultOutMethod *out)
{
    for (ResultOutMethod m : {ResultOutMethod::Mail, ResultOutMethod::Pickup, ResultOutMethod::Sms}) {
        if (key == methodKey(m)) {
            *out = m;
            return true;
        }
    }
    return false;
}

Status ResultOut::check() const
{
    if (!outOn.isValid())
        return invalid(QStringLiteral("出件日期无效。"));
    if (hasControl(trackingNo) || hasControl(collectedBy))
        return invalid(QStringLiteral("出件信息含有控制字符。"));
    switch (method) {
    case ResultOutMethod::Mail: {
        static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9-]{1,40}$"));
        if (!pattern.match(trackingNo.trimmed()).hasMatch())
            return invalid(QStringLiteral("邮寄出件须填写快递单号（字母、数字或连字符，最多 40 位）。"));
        break;
    }
    case ResultOutMethod::Pickup:
        if (collectedBy.trimmed().isEmpty() || collectedBy.trimmed().size() > 30)
            return invalid(QStringLiteral("自取出件须填写领取人姓名（最多 30 个字）。"));
        if (!identityChecked)
            return invalid(QStringLiteral("自取出件须核验领取人身份证件后才能登记。"));
        break;
    case ResultOutMethod::Sms:
        break;
    }
    return Status::success();
}

QString ResultOut::prepareSms(const QString &caseNo, ItemId item, ItemState state, const QString &reason)
{
    QString text = QStringLiteral("【军人退役“一件事一次办”】您好，您的受理编号 %1 中“%2”").arg(caseNo, itemInfo(item).name);
    switch (state) {
    case ItemState::Completed:
        text += QStringLiteral("已办结。");
        break;
    case ItemState::Returned:
        text += QStringLiteral("被退回，原因：%1。请按要求补正后到综合窗口办理。").arg(reason.trimmed());
        break;
    case ItemState::Refused:
        text += QStringLiteral("不予办理，原因：%1。").arg(reason.trimmed());
        break;
    default:
        text += QStringLiteral("现为“%1”。").arg(stateName(state));
        break;
    }
    return text + QStringLiteral("如有疑问请咨询政务服务大厅综合窗口。");
}

} // namespace vd
