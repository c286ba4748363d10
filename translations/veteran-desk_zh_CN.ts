<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Veteran Desk</source>
        <translation>关于本软件</translation>
    </message>
    <message>
        <source>Third-party components, fonts and data</source>
        <translation>第三方组件、字体和数据</translation>
    </message>
    <message>
        <source>Veteran Desk</source>
        <translation>军人退役“一件事一次办”综合窗口受理系统</translation>
    </message>
    <message>
        <source>Version %1, built %2</source>
        <translation>版本 %1，构建于 %2</translation>
    </message>
    <message>
        <source>Version %1, built %2 from commit %3</source>
        <translation>版本 %1，构建于 %2（提交 %3）</translation>
    </message>
</context>
<context>
    <name>ApplicantPage</name>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Native place</source>
        <translation>籍贯</translation>
    </message>
    <message>
        <source>e.g. Jiangxi, Jiujiang, Yongxiu</source>
        <translation>如：江西省九江市永修县</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Party (league) join date</source>
        <translation>入党(团)时间</translation>
    </message>
    <message>
        <source>For Party members, probationary members and League members</source>
        <translation>中共党员、中共预备党员、共青团员填写</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证件号</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Mobile, or landline with area code</source>
        <translation>手机号码，或带区号的固定电话</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Pre-enlistment household address</source>
        <translation>入伍前户籍地址</translation>
    </message>
    <message>
        <source>Pre-enlistment household county</source>
        <translation>入伍前户籍所在县(区)</translation>
    </message>
    <message>
        <source>Decides whether the placement is in another county (relocated placement)</source>
        <translation>据此判断是否易地安置</translation>
    </message>
    <message>
        <source>Household registration cancelled</source>
        <translation>入伍前户口是否注销</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>Not cancelled</source>
        <translation>未注销</translation>
    </message>
</context>
<context>
    <name>AttachmentsDialog</name>
    <message>
        <source>Scanned files</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>案件 %1 — %2</translation>
    </message>
    <message>
        <source>Attach scanned files</source>
        <translation>添加扫描件</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>扫描件 (*.pdf *.jpg *.jpeg *.png);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New scans in %1 are attached to this material.</source>
        <translation>扫描仪输出文件夹 %1 中新出现的扫描件将自动附到本材料。</translation>
    </message>
    <message>
        <source>No scanner folder is set: add the files by hand.</source>
        <translation>未设置扫描仪输出文件夹：请手动添加文件。</translation>
    </message>
    <message>
        <source>Some files were not attached</source>
        <translation>部分文件未能添加</translation>
    </message>
    <message>
        <source>SM3: %1</source>
        <translation>SM3 摘要：%1</translation>
    </message>
    <message>
        <source>The file is no longer in the store.</source>
        <translation>该文件已不在数据库中。</translation>
    </message>
    <message>
        <source>Cannot write a copy for the viewer: %1</source>
        <translation>无法为查看程序写出副本：%1</translation>
    </message>
    <message>
        <source>No program to show this file is installed.</source>
        <translation>没有安装可打开此文件的程序。</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>删除文件</translation>
    </message>
    <message>
        <source>Remove this scanned file from the case?</source>
        <translation>从案件中删除这个扫描件吗？</translation>
    </message>
</context>
<context>
    <name>CaseEditorDialog</name>
    <message>
        <source>New registration</source>
        <translation>新建登记</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Store the case as accepted and assign its case number</source>
        <translation>保存为已受理并生成受理编号（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Case %1 (read-only)</source>
        <translation>受理编号 %1（只读）</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) left, cannot accept</source>
        <translation>
            <numerusform>还有 %n 个错误，不能受理</numerusform>
        </translation>
    </message>
    <message>
        <source>Show at the fields</source>
        <translation>在表单中标出</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s), can be accepted</source>
        <translation>
            <numerusform>有 %n 个提示，可以受理</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to accept</source>
        <translation>可以受理</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cannot accept the case</source>
        <translation>无法受理</translation>
    </message>
    <message>
        <source>Case accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>The case has been accepted.
Case number: %1</source>
        <translation>已受理。
受理编号：%1</translation>
    </message>
    <message>
        <source>Scanned files</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>Scanned files are attached to a stored case: accept the case first, then open it from the case list.</source>
        <translation>扫描件附在已保存的案件上：请先受理案件，再从案件列表打开它添加扫描件。</translation>
    </message>
    <message>
        <source>Received materials not saved</source>
        <translation>材料接收情况未保存</translation>
    </message>
    <message>
        <source>Received materials saved</source>
        <translation>材料接收情况已保存</translation>
    </message>
    <message>
        <source>The received materials of case %1 have been saved.</source>
        <translation>案件 %1 的材料接收情况已保存。</translation>
    </message>
    <message>
        <source>New registration (draft)</source>
        <translation>新建登记（草稿）</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1 What has been typed stays in this window; do not close it until the draft is saved or the case accepted.</source>
        <translation>草稿未能保存：%1 已填写的内容仍在本窗口中；在草稿保存成功或案件受理之前请不要关闭本窗口。</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation>草稿已于 %1 保存。</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Open cases with this ID number: %1. Check that this is not the same application before accepting.</source>
        <translation>此身份证件号已有未办结的案件：%1。受理前请核实是否为同一申请。</translation>
    </message>
    <message>
        <source>Open case with the same ID number</source>
        <translation>同一身份证件号已有未办结案件</translation>
    </message>
    <message>
        <source>The applicant already has open cases (%1). Accept another case anyway?</source>
        <translation>该申请人已有未办结的案件（%1）。仍要再受理一件吗？</translation>
    </message>
    <message>
        <source>Close registration</source>
        <translation>关闭登记</translation>
    </message>
    <message>
        <source>This registration has not been accepted. Keep it as a draft to continue later, or discard what has been typed?</source>
        <translation>本次登记尚未受理。保存为草稿以后继续办理，还是放弃已填写的内容？</translation>
    </message>
    <message>
        <source>Discard registration</source>
        <translation>放弃登记</translation>
    </message>
    <message>
        <source>Discard what has been typed into this registration?</source>
        <translation>放弃本次登记已填写的内容吗？</translation>
    </message>
</context>
<context>
    <name>CaseFormBinder</name>
    <message>
        <source>Not a date: type it like 2024-09-15</source>
        <translation>日期无法识别，请按 2024-09-15 的格式填写</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证件号</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>CasePrinter</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>There is no case with number %1.</source>
        <translation>没有受理编号为 %1 的案件。</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>No document applies to this case.</source>
        <translation>该案件没有适用的文书。</translation>
    </message>
    <message>
        <source>Documents of case %1</source>
        <translation>案件 %1 的文书</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Materials checklist</source>
        <translation>材料清单</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Issued in process</source>
        <translation>流程内生成</translation>
    </message>
    <message>
        <source>Obtained from: %1</source>
        <translation>开具单位：%1</translation>
    </message>
    <message>
        <source>%1 to submit by the applicant, %2 issued within the joint process</source>
        <translation>申请人需提交 %1 项，流程内生成 %2 项</translation>
    </message>
    <message>
        <source>Received as</source>
        <translation>接收情况</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Supplement by</source>
        <translation>承诺补齐日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>Save received materials</source>
        <translation>保存材料接收情况</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation>扫描件（%1）</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>扫描件…</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>未接收</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复印件</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>免提交</translation>
    </message>
    <message>
        <source>For items: %1</source>
        <translation>对应事项：%1</translation>
    </message>
    <message>
        <source>Key material: cannot be accepted with deficiency</source>
        <translation>要件：不能容缺受理</translation>
    </message>
    <message>
        <source>Date by which the applicant promised to bring it (acceptance with deficiency)</source>
        <translation>申请人承诺补齐的日期（容缺受理）</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>e.g. 2024-09-15 or 20240915</source>
        <translation>如 2024-09-15 或 20240915</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Problems</source>
        <translation>问题列表</translation>
    </message>
    <message>
        <source>Double-click or press Enter to go to the field</source>
        <translation>双击或按回车键跳到该栏</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>没有发现问题。</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s)</source>
        <translation>%1 个错误，%2 个提示</translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <source>Placement</source>
        <translation>安置地</translation>
    </message>
    <message>
        <source>Placement region (county)</source>
        <translation>安置地（县级）</translation>
    </message>
    <message>
        <source>The county in Jiangxi where the soldier is placed</source>
        <translation>退役军人在江西省内的安置县(市、区)</translation>
    </message>
    <message>
        <source>Items to handle</source>
        <translation>需要办理事项</translation>
    </message>
    <message>
        <source>Discharge reporting</source>
        <translation>退役报到</translation>
    </message>
    <message>
        <source>Household registration (restoring hukou)</source>
        <translation>户口登记（退役军人恢复户口）</translation>
    </message>
    <message>
        <source>Resident ID card issuance</source>
        <translation>核发居民身份证</translation>
    </message>
    <message>
        <source>Reserve registration</source>
        <translation>预备役登记</translation>
    </message>
    <message>
        <source>Social insurance registration</source>
        <translation>社会保险登记</translation>
    </message>
    <message>
        <source>Pension insurance</source>
        <translation>养老保险</translation>
    </message>
    <message>
        <source>Transfer of military pension insurance</source>
        <translation>军地养老保险关系转移接续</translation>
    </message>
    <message>
        <source>Basic medical insurance enrolment or change</source>
        <translation>基本医疗保险参保和变更登记</translation>
    </message>
    <message>
        <source>Medical insurance</source>
        <translation>医疗保险</translation>
    </message>
    <message>
        <source>Transfer of basic medical insurance</source>
        <translation>基本医疗保险关系转移接续</translation>
    </message>
    <message>
        <source>One-time economic subsidy for self-employed discharged soldiers</source>
        <translation>退役士兵自主就业一次性经济补助金给付</translation>
    </message>
    <message>
        <source>Household registration</source>
        <translation>户口登记</translation>
    </message>
    <message>
        <source>Filled in when household registration is chosen</source>
        <translation>办理户口登记时填写</translation>
    </message>
    <message>
        <source>Householder&apos;s name</source>
        <translation>拟投靠户主姓名</translation>
    </message>
    <message>
        <source>Relation to householder</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Householder&apos;s phone</source>
        <translation>户主联系方式</translation>
    </message>
    <message>
        <source>Settlement address</source>
        <translation>落户地址</translation>
    </message>
    <message>
        <source>Delivery of household book and ID card</source>
        <translation>户口簿、身份证送达方式</translation>
    </message>
    <message>
        <source>Filled in when household registration or ID card issuance is chosen</source>
        <translation>办理户口登记或核发居民身份证时填写</translation>
    </message>
    <message>
        <source>Household book</source>
        <translation>户口簿</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>身份证</translation>
    </message>
    <message>
        <source>Mailing address</source>
        <translation>邮寄地址</translation>
    </message>
    <message>
        <source>Required when anything is mailed (cash on delivery)</source>
        <translation>选择邮寄送达（到付）时必填</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>One-time economic subsidy payment</source>
        <translation>一次性经济补助发放</translation>
    </message>
    <message>
        <source>Filled in when the one-time subsidy is chosen</source>
        <translation>办理一次性经济补助金给付时填写</translation>
    </message>
    <message>
        <source>Paid into</source>
        <translation>发放账户</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>户名</translation>
    </message>
    <message>
        <source>The applicant&apos;s own card</source>
        <translation>须为本人的卡</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>16 to 19 digits</source>
        <translation>16 至 19 位数字</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>承诺信息</translation>
    </message>
    <message>
        <source>The applicant declares that the information above is true and valid and bears all legal responsibility for any falsehood.</source>
        <translation>本人承诺以上申报信息真实有效，如有虚假，愿承担一切法律责任。</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>必须办理</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Veteran Desk: discharged soldiers&apos; joint service window</source>
        <translation>军人退役“一件事一次办”综合窗口</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Name, case number or full ID number</source>
        <translation>姓名、受理编号或完整身份证件号</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出PDF…</translation>
    </message>
    <message>
        <source>Tool bar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>New registration</source>
        <translation>新建登记</translation>
    </message>
    <message>
        <source>Register a discharged soldier (Ctrl+N)</source>
        <translation>登记一名退役军人（Ctrl+N）</translation>
    </message>
    <message>
        <source>View case</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Show the selected case, read-only (Enter)</source>
        <translation>只读查看选中的案件（回车）</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>存储位置：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no case with number %1.</source>
        <translation>没有受理编号为 %1 的案件。</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>About Veteran Desk</source>
        <translation>关于本软件</translation>
    </message>
    <message>
        <source>Print whole set…</source>
        <translation>打印全套文书…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Users…</source>
        <translation>用户管理…</translation>
    </message>
    <message>
        <source>Clerk: %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>Only an administrator can do this.</source>
        <translation>只有管理员可以进行此操作。</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>已备份：%1</translation>
    </message>
    <message>
        <source>The store has been backed up to
%1</source>
        <translation>数据已备份到
%1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>There is no backup in %1.</source>
        <translation>%1 中没有备份。</translation>
    </message>
    <message>
        <source>%1 — %2 — %3 KB</source>
        <translation>%1 — %2 — %3 KB</translation>
    </message>
    <message>
        <source>Backups in %1, newest first:</source>
        <translation>%1 中的备份（最新的在前）：</translation>
    </message>
    <message>
        <source>Replace the store by the backup of %1? Cases accepted after it will have to be entered again. The current store is kept as a backup first; the program opens again on the restored store.</source>
        <translation>用 %1 的备份替换当前数据吗？此后受理的案件需要重新录入。当前数据会先另存为一份备份；恢复后程序将重新打开。</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>（尚未填写姓名）</translation>
    </message>
    <message>
        <source>Unfinished registration</source>
        <translation>未完成的登记</translation>
    </message>
    <message>
        <source>A registration for %1, last changed %2, was not accepted. Open it again?
Yes: continue it now. No: keep it for later. Discard: delete it.</source>
        <translation>有一份 %1 的登记（最后修改于 %2）尚未受理。要重新打开吗？
“是”：现在继续办理；“否”：留待以后；“放弃”：删除该草稿。</translation>
    </message>
    <message>
        <source>The draft is gone.</source>
        <translation>该草稿已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>First %n case(s) shown, more as you scroll</source>
        <translation>
            <numerusform>已显示最新 %n 件，向下滚动显示更多</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>Reserve registration information (required)</source>
        <translation>预备役登记信息（必填事项）</translation>
    </message>
    <message>
        <source>Enlistment date</source>
        <translation>入伍时间</translation>
    </message>
    <message>
        <source>Place of enlistment</source>
        <translation>入伍地</translation>
    </message>
    <message>
        <source>Discharge date</source>
        <translation>退役时间</translation>
    </message>
    <message>
        <source>Rank at discharge</source>
        <translation>退役时军衔</translation>
    </message>
    <message>
        <source>Pre-enlistment household category</source>
        <translation>入伍前户籍类别</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>部队代号</translation>
    </message>
    <message>
        <source>Five digits, e.g. 99999 unit</source>
        <translation>五位数字，如 99999部队</translation>
    </message>
    <message>
        <source>Awards and merits</source>
        <translation>立功受奖情况</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Major unit of service</source>
        <translation>服现役大单位</translation>
    </message>
    <message>
        <source>Down to army level, e.g. Rocket Force Base XX, Army Group XX</source>
        <translation>填写至军级单位，如“火箭军第XX基地”、“陆军第XX集团军”</translation>
    </message>
    <message>
        <source>Brigade and battalion of service</source>
        <translation>服现役旅营级单位</translation>
    </message>
    <message>
        <source>Down to battalion level, e.g. XXX Brigade XXX Battalion</source>
        <translation>填写至营级单位，如“XXX旅XXX营”</translation>
    </message>
    <message>
        <source>Specialty post</source>
        <translation>专业岗位</translation>
    </message>
    <message>
        <source>The post held in service</source>
        <translation>填写服役时所从事的专业岗位</translation>
    </message>
    <message>
        <source>Specialty category</source>
        <translation>专业类别</translation>
    </message>
    <message>
        <source>The category of that post</source>
        <translation>填写服役时所从事专业岗位的所属类别</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>First-run setup</source>
        <translation>首次使用设置</translation>
    </message>
    <message>
        <source>Hall and window</source>
        <translation>大厅和窗口</translation>
    </message>
    <message>
        <source>The hall this computer serves. Its region code numbers the cases and is the default placement region of new registrations.</source>
        <translation>本机所服务的政务服务大厅。其行政区划代码用于生成受理编号，并作为新登记的默认安置地。</translation>
    </message>
    <message>
        <source>Hall name</source>
        <translation>大厅名称</translation>
    </message>
    <message>
        <source>e.g. Donghu District Government Service Center</source>
        <translation>例如：某某区政务服务中心</translation>
    </message>
    <message>
        <source>County (GB/T 2260 code)</source>
        <translation>所在县（市、区）（GB/T 2260 代码）</translation>
    </message>
    <message>
        <source>Window number</source>
        <translation>窗口号</translation>
    </message>
    <message>
        <source>e.g. 3</source>
        <translation>例如：3</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>介绍信</translation>
    </message>
    <message>
        <source>The authority that issues letters, and the prefixes of their numbers. The program adds year and sequence: prefix〔2024〕第0007号.</source>
        <translation>出具介绍信的单位及文号前缀。年份和序号由程序生成：前缀〔2024〕第0007号。</translation>
    </message>
    <message>
        <source>Issuing authority</source>
        <translation>出具单位</translation>
    </message>
    <message>
        <source>e.g. Donghu District Veterans Affairs Bureau</source>
        <translation>例如：某某区退役军人事务局</translation>
    </message>
    <message>
        <source>Settlement letter number prefix</source>
        <translation>落户介绍信文号前缀</translation>
    </message>
    <message>
        <source>e.g. 赣退役落字</source>
        <translation>例如：赣退役落字</translation>
    </message>
    <message>
        <source>Party letter number prefix (optional)</source>
        <translation>党(团)员组织关系介绍信文号前缀（可选）</translation>
    </message>
    <message>
        <source>e.g. 赣退役党字</source>
        <translation>例如：赣退役党字</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>The first administrator account. It changes settings and, later, manages the clerks&apos; accounts.</source>
        <translation>第一个管理员账号，用于修改设置，以后还用于管理窗口人员的账号。</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>letters and digits, e.g. admin</source>
        <translation>字母和数字，例如 admin</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>At least 8 characters from at least three of: capital letters, small letters, digits, other characters; not containing the login name.</source>
        <translation>至少 8 个字符，包含大写字母、小写字母、数字、其他符号中的至少三类，且不含登录名。</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <source>The program keeps its keys in the system keychain. This check writes, reads back and deletes a test entry.</source>
        <translation>本程序的密钥保存在系统钥匙串中。此项检查会写入、读回并删除一条测试条目。</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The folder for automatic backups of the store. Prefer a second disk or a network folder.</source>
        <translation>数据库自动备份的文件夹。建议选择另一块磁盘或网络文件夹。</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Press Finish to save the settings and create the administrator.</source>
        <translation>按“完成”保存设置并创建管理员账号。</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>OK: </source>
        <translation>正常：</translation>
    </message>
    <message>
        <source>Problem: </source>
        <translation>有问题：</translation>
    </message>
    <message>
        <source>Checking the keychain… If the system asks for the keychain&apos;s password or for a new one, answer there.</source>
        <translation>正在检查系统钥匙串…如果系统弹出窗口要求输入钥匙串密码或设置新密码，请在该窗口中操作。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Veteran Desk</source>
        <translation>退役军人综合窗口</translation>
    </message>
    <message>
        <source>Registration window for discharged soldiers&apos; joint service.</source>
        <translation>军人退役“一件事一次办”综合窗口登记程序。</translation>
    </message>
    <message>
        <source>Use the store at PATH.</source>
        <translation>使用 PATH 处的数据存储。</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened.
%2</source>
        <translation>无法打开数据存储 %1。
%2</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>显示版本信息。</translation>
    </message>
    <message>
        <source>The store has been restored from %1.
The store as it was before is kept as %2.</source>
        <translation>已从 %1 恢复数据。
恢复前的数据已另存为 %2。</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Issuing authority</source>
        <translation>出具单位</translation>
    </message>
    <message>
        <source>Party organisation</source>
        <translation>党组织名称</translation>
    </message>
    <message>
        <source>Hall name</source>
        <translation>大厅名称</translation>
    </message>
    <message>
        <source>Hall phone</source>
        <translation>咨询电话</translation>
    </message>
    <message>
        <source>Window number</source>
        <translation>窗口号</translation>
    </message>
    <message>
        <source>Seal text</source>
        <translation>印章文字</translation>
    </message>
    <message>
        <source>Settlement letter number prefix</source>
        <translation>落户介绍信文号前缀</translation>
    </message>
    <message>
        <source>Party letter number prefix</source>
        <translation>组织关系介绍信文号前缀</translation>
    </message>
    <message>
        <source>Settlement letter validity (days)</source>
        <translation>落户介绍信有效期（天）</translation>
    </message>
    <message>
        <source>Party letter validity (days)</source>
        <translation>组织关系介绍信有效期（天）</translation>
    </message>
    <message>
        <source>Police stations receiving settlement letters, per county</source>
        <translation>各县（市、区）接收落户介绍信的派出所</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>派出所</translation>
    </message>
</context>
<context>
    <name>ItemResultDialog</name>
    <message>
        <source>Record item result</source>
        <translation>登记办理结果</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>办理进度</translation>
    </message>
    <message>
        <source>New state</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Document numbers</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>e.g. ID card application number, social insurance number</source>
        <translation>如身份证受理回执号、社会保障号码</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Required when returned or refused</source>
        <translation>退回或不予办理时必填</translation>
    </message>
    <message>
        <source>Result out</source>
        <translation>出件</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>出件方式</translation>
    </message>
    <message>
        <source>Date out</source>
        <translation>出件日期</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>快递单号</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>领取人</translation>
    </message>
    <message>
        <source>Identity document of the collector checked</source>
        <translation>已核验领取人身份证件</translation>
    </message>
    <message>
        <source>Case %1: %2 (%3)
State: %4. Time limit: %5</source>
        <translation>案件 %1：%2（%3）
状态：%4。办理时限：%5</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>（不变）</translation>
    </message>
    <message>
        <source>Record &quot;%1&quot; on the date above</source>
        <translation>按上面的日期记录“%1”</translation>
    </message>
    <message>
        <source>Choose a new state, the event or a result out to record.</source>
        <translation>请选择新状态、办理节点或出件后再保存。</translation>
    </message>
    <message>
        <source>The date is not a valid date.</source>
        <translation>日期无效。</translation>
    </message>
    <message>
        <source>SMS text for the hall&apos;s SMS platform:
%1</source>
        <translation>供大厅短信平台发送的短信内容：
%1</translation>
    </message>
    <message>
        <source>Case %1 is closed: every item has ended and its result is out.</source>
        <translation>案件 %1 已办结关闭：全部事项已办结或终结，结果均已出件。</translation>
    </message>
</context>
<context>
    <name>ItemStatusPanel</name>
    <message>
        <source>No case selected</source>
        <translation>未选择案件</translation>
    </message>
    <message>
        <source>Record result…</source>
        <translation>登记办理结果…</translation>
    </message>
    <message>
        <source>Record the selected item&apos;s progress, result and result out (double-click a row)</source>
        <translation>登记所选事项的办理进度、结果和出件（也可双击该行）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>办理部门</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Result out</source>
        <translation>出件</translation>
    </message>
    <message>
        <source>Items of case %1</source>
        <translation>案件 %1 的事项</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation>（逾期）</translation>
    </message>
    <message>
        <source> (holiday arrangement unknown)</source>
        <translation>（节假日安排未知）</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
</context>
<context>
    <name>WorkflowDashboard</name>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Open items past their due date (double-click to show the case)</source>
        <translation>已过截止日期仍未办结的事项（双击显示该案件）</translation>
    </message>
    <message>
        <source>Due within one working day</source>
        <translation>一个工作日内到期</translation>
    </message>
    <message>
        <source>Open items due today or on the next working day (double-click to show the case)</source>
        <translation>今天或下一个工作日到期的未办结事项（双击显示该案件）</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Waiting for result out</source>
        <translation>待出件</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>逾期（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due within one working day (%n)</source>
        <translation>
            <numerusform>一个工作日内到期（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…… 另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>As of %1 (counting…)</source>
        <translation>截至 %1（正在统计…）</translation>
    </message>
</context>
<context>
    <name>WorkflowDocks</name>
    <message>
        <source>Item progress</source>
        <translation>事项办理进度</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>办理看板</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Log in with your clerk account.</source>
        <translation>请使用您的工作人员账号登录。</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>The program was locked after a time without input. Enter the password of %1 to continue; what was typed is kept.</source>
        <translation>长时间无操作，程序已锁定。请输入 %1 的密码继续；已填写的内容均已保留。</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出程序</translation>
    </message>
    <message>
        <source>Enter your login and password.</source>
        <translation>请输入登录名和密码。</translation>
    </message>
    <message>
        <source>End the program? Drafts of open registrations have been saved.</source>
        <translation>要退出程序吗？未完成的登记已保存为草稿。</translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <source>Locked — enter the password to continue.</source>
        <translation>已锁定——请输入密码继续。</translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <source>Administrator passphrase</source>
        <translation>管理员口令</translation>
    </message>
    <message>
        <source>The store %1 is damaged: %2
There is no backup in %3. Ask the administrator to restore one (veteran-desk-cli restore FILE).</source>
        <translation>数据文件 %1 已损坏：%2
%3 中没有备份。请联系管理员恢复备份（veteran-desk-cli restore 文件）。</translation>
    </message>
    <message>
        <source>New administrator passphrase (at least %1 characters). It is needed at every start; keep it in the hall&apos;s safe: without it the personal data cannot be read.</source>
        <translation>新的管理员口令（至少 %1 个字符）。每次启动都需要输入；请将其存放在大厅保险柜中：遗失后个人信息将无法读取。</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>口令至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>Enter the passphrase again.</source>
        <translation>请再次输入口令。</translation>
    </message>
    <message>
        <source>The two passphrases differ. Please enter them again.</source>
        <translation>两次输入的口令不一致，请重新输入。</translation>
    </message>
    <message>
        <source>%1

The personal data of cases is encrypted with a data key that is normally kept in the system keychain. Without a keychain the administrator can protect the key with a passphrase instead; it is then asked for at every start. Protect the data key with an administrator passphrase?</source>
        <translation>%1

案件中的个人信息用数据密钥加密，该密钥通常保存在系统钥匙串中。没有钥匙串时，可由管理员改用口令保护数据密钥，此后每次启动都需要输入该口令。要用管理员口令保护数据密钥吗？</translation>
    </message>
    <message>
        <source>The data key of this store is protected by the administrator passphrase. Enter it:</source>
        <translation>本库的数据密钥由管理员口令保护。请输入管理员口令：</translation>
    </message>
    <message>
        <source>Wrong passphrase (%1 of %2 tries). Enter the administrator passphrase:</source>
        <translation>口令错误（第 %1 次，共 %2 次机会）。请输入管理员口令：</translation>
    </message>
    <message>
        <source>The passphrase was wrong %1 times. The program ends.</source>
        <translation>口令已连续 %1 次错误，程序将退出。</translation>
    </message>
    <message>
        <source>Daily backup made: %1</source>
        <translation>已完成每日备份：%1</translation>
    </message>
    <message numerus="yes">
        <source> (%n older backup(s) deleted)</source>
        <translation>
            <numerusform>（已删除 %n 份过期备份）</numerusform>
        </translation>
    </message>
    <message>
        <source>The store %1 is damaged: %2
Restore the latest backup of %3 (%4)? Cases accepted after that backup will have to be entered again; the damaged file is kept beside the store.</source>
        <translation>数据文件 %1 已损坏：%2
要恢复 %3 的最新备份（%4）吗？该备份之后受理的案件需要重新录入；损坏的文件会保留在数据文件旁边。</translation>
    </message>
    <message>
        <source>The damaged store %1 cannot be moved aside; nothing was restored.</source>
        <translation>无法移开已损坏的数据文件 %1，未进行恢复。</translation>
    </message>
    <message>
        <source>The store has been restored from %1. The damaged file is kept as %2.</source>
        <translation>已从 %1 恢复数据。损坏的文件已另存为 %2。</translation>
    </message>
</context>
<context>
    <name>UserManagementDialog</name>
    <message>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>确认密码(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Create user</source>
        <translation>新建用户(&amp;C)</translation>
    </message>
    <message>
        <source>Window clerk</source>
        <translation>窗口人员</translation>
    </message>
    <message>
        <source>Department handler</source>
        <translation>部门经办人</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>User %1 (%2) created.</source>
        <translation>已新建用户 %1（%2）。</translation>
    </message>
</context>
</TS>
