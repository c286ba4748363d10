#include "FieldLabels.h"

#include <QHash>

namespace vd {

QString fieldLabel(const QString &path)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("applicant.name"), QStringLiteral("姓名")},
        {QStringLiteral("applicant.sex"), QStringLiteral("性别")},
        {QStringLiteral("applicant.birth_date"), QStringLiteral("出生日期")},
        {QStringLiteral("applicant.native_place"), QStringLiteral("籍贯")},
        {QStringLiteral("applicant.education"), QStringLiteral("文化程度")},
        {QStringLiteral("applicant.political_status"), QStringLiteral("政治面貌")},
        {QStringLiteral("applicant.party_join_date"), QStringLiteral("入党(团)时间")},
        {QStringLiteral("applicant.ethnicity"), QStringLiteral("民族")},
        {QStringLiteral("applicant.id_number"), QStringLiteral("身份证件号")},
        {QStringLiteral("applicant.home_address"), QStringLiteral("家庭住址")},
        {QStringLiteral("applicant.phone"), QStringLiteral("联系方式")},
        {QStringLiteral("applicant.pre_enlistment_hukou_address"), QStringLiteral("入伍前户籍地址")},
        {QStringLiteral("applicant.pre_enlistment_hukou_region"), QStringLiteral("入伍前户籍所在县（区）")},
        {QStringLiteral("applicant.pre_enlistment_hukou_cancelled"), QStringLiteral("入伍前户籍是否注销")},
        {QStringLiteral("service.enlistment_date"), QStringLiteral("入伍时间")},
        {QStringLiteral("service.enlistment_place"), QStringLiteral("入伍地")},
        {QStringLiteral("service.discharge_date"), QStringLiteral("退役时间")},
        {QStringLiteral("service.rank"), QStringLiteral("退役时军衔")},
        {QStringLiteral("service.pre_enlistment_hukou_category"), QStringLiteral("入伍前户籍类别")},
        {QStringLiteral("service.unit_code"), QStringLiteral("部队代号")},
        {QStringLiteral("service.awards"), QStringLiteral("立功受奖情况")},
        {QStringLiteral("service.major_unit"), QStringLiteral("服现役大单位")},
        {QStringLiteral("service.battalion_unit"), QStringLiteral("服现役旅营级单位")},
        {QStringLiteral("service.specialty_post"), QStringLiteral("专业岗位")},
        {QStringLiteral("service.specialty_category"), QStringLiteral("专业类别")},
        {QStringLiteral("placement_region"), QStringLiteral("安置地")},
        {QStringLiteral("items"), QStringLiteral("需要办理事项")},
        {QStringLiteral("pension_scheme"), QStringLiteral("养老保险险种")},
        {QStringLiteral("medical_scheme"), QStringLiteral("医疗保险险种")},
        {QStringLiteral("hukou.householder_name"), QStringLiteral("拟投靠户主姓名")},
        {QStringLiteral("hukou.relation_to_householder"), QStringLiteral("与户主关系")},
        {QStringLiteral("hukou.householder_phone"), QStringLiteral("户主联系方式")},
        {QStringLiteral("hukou.settlement_address"), QStringLiteral("落户地址")},
        {QStringLiteral("delivery.hukou_book"), QStringLiteral("户口簿送达方式")},
        {QStringLiteral("delivery.id_card"), QStringLiteral("身份证送达方式")},
        {QStringLiteral("delivery.mailing_address"), QStringLiteral("邮寄地址")},
        {QStringLiteral("delivery.contact_name"), QStringLiteral("联系人")},
        {QStringLiteral("delivery.contact_phone"), QStringLiteral("联系电话")},
        {QStringLiteral("subsidy_account.kind"), QStringLiteral("补助发放方式（本人社保卡/本人银行卡）")},
        {QStringLiteral("subsidy_account.account_name"), QStringLiteral("户名")},
        {QStringLiteral("subsidy_account.account_number"), QStringLiteral("账号")},
        {QStringLiteral("application_date"), QStringLiteral("申请日期")},
        {QStringLiteral("materials"), QStringLiteral("材料")},
    };
    return labels.value(path);
}

} // namespace vd
