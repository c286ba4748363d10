#pragma once

#include <QDate>
#include <QString>

#include "ItemId.h"
#include "ItemState.h"
#include "Result.h"

namespace vd {

/// How an item's result goes out (出件, Attachment 1 四(三): 邮寄、自取或短信通知).
enum class ResultOutMethod {
    Mail,   ///< 邮寄: by post, with a tracking number
    Pickup, ///< 自取: collected at the hall; who collected it, when, identity checked
    Sms,    ///< 短信通知: a text prepared for the hall's SMS platform (sending is outside this program)
};

/// One item's result out.
struct ResultOut {
    ResultOutMethod method = ResultOutMethod::Mail;
    QDate outOn;             ///< the day it went out
    QString trackingNo;      ///< mail
    QString collectedBy;     ///< pickup
    bool identityChecked = false; ///< pickup: the collector's identity document was checked
    QString smsText;         ///< sms: filled by prepareSms() when stored

    /// The stable id: mail, pickup, sms.
    static QString methodKey(ResultOutMethod method);
    /// The Chinese name: 邮寄, 自取, 短信通知.
    static QString methodName(ResultOutMethod method);
    /// Parses a method id; false for an unknown id.
    static bool methodFromKey(const QString &key, ResultOutMethod *out);

    /// Checks what the method needs: mail a tracking number (letters, digits and '-', at most 40),
    /// pickup the collector's name (at most 30 characters) and a checked identity; no control
    /// characters anywhere. Errors: result_out_invalid with a Chinese message naming the field.
    Status check() const;

    /// The SMS notice prepared for the applicant (no name or ID number in it, so that nothing
    /// personal goes to the SMS platform beyond the phone number it is sent to): the case number,
    /// the item, its outcome and, for 退回 / 不予办理, the reason.
    static QString prepareSms(const QString &caseNo, ItemId item, ItemState state, const QString &reason);
};

} // namespace vd
