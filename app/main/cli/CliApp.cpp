#include "CliApp.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include "AttachmentRepository.h"
#include "AuditLog.h"
#include "BuildInfo.h"
#include "CaseJson.h"
#include "CaseRepository.h"
#include "CliCommandLine.h"
#include "CliOutput.h"
#include "CliSetup.h"
#include "CliStore.h"
#include "CliWorkflow.h"
#include "Database.h"
#include "MaterialsAssessment.h"
#include "MaterialsChecklist.h"
#include "Normalizer.h"
#include "NoticeRepository.h"
#include "OneTimeNoticeDocument.h"
#include "PrintRecorder.h"
#include "PrintService.h"
#include "PrintSettings.h"
#include "SettingKeys.h"
#include "SettingRules.h"
#include "SettingsRepository.h"
#include "Validator.h"

namespace vd::cli {
namespace {

/// Reading stops here: the file cannot be a case (spec/case-format.md), so validating it further
/// would only add noise.
bool isUnreadableCase(const Findings &findings)
{
    static const QSet<QString> fatal = {QStringLiteral("invalid_json"), QStringLiteral("input_too_large"),
                                        QStringLiteral("invalid_format"), QStringLiteral("unsupported_version")};
    for (const Finding &f : findings) {
        if (fatal.contains(f.code))
            return true;
    }
    return false;
}

QJsonArray findingsToJson(const Findings &findings)
{
    QJsonArray a;
    for (const Finding &f : findings) {
        a.append(QJsonObject{{QStringLiteral("severity"), f.severityName()},
                             {QStringLiteral("field"), f.field},
                             {QStringLiteral("code"), f.code},
                             {QStringLiteral("message"), f.message}});
    }
    return a;
}

QByteArray jsonText(const QJsonDocument &doc)
{
    return doc.toJson(QJsonDocument::Indented);
}

} // namespace

CliApp::CliApp(CliOutput &out) : m_out(out) {}

QString CliApp::usage()
{
    QStringList documents;
    for (DocumentKind kind : {DocumentKind::RegistrationForm, DocumentKind::Checklist, DocumentKind::Receipt,
                              DocumentKind::Notice, DocumentKind::SettlementLetter, DocumentKind::PartyLetter})
        documents.append(QStringLiteral("  %1\t%2").arg(documentKey(kind), documentTitle(kind)));

    return QStringLiteral(
               "用法：veteran-desk-cli [--db 路径] [--json] 命令 [参数]\n"
               "\n"
               "军人退役“一件事一次办”综合窗口受理系统的命令行程序，与图形界面共用同一数据库。\n"
               "\n"
               "命令：\n"
               "  validate 文件                    规范化并校验案件文件，每个问题一行：严重程度、字段、代码、说明\n"
               "  normalize 文件                   输出规范化后的案件 JSON（即保存时的样子）\n"
               "  checklist 文件                   输出案件所需材料（附件4）：材料、要求、事项、名称\n"
               "  add 文件… [--allow-duplicate]    校验通过后逐个保存为已受理案件，每保存一件输出其受理编号；\n"
               "                                   同一身份证件号已有未办结案件时拒绝（除非 --allow-duplicate）\n"
               "  list [--search 文本]             列出已保存的案件（新的在前）；文本匹配姓名、受理编号或完整身份证件号\n"
               "  show 受理编号                    输出一个案件的 JSON\n"
               "  print 文书 受理编号 -o 文件.pdf  将案件的文书输出为 A4 PDF（登记在打印记录中；有文号的文书取号，再次输出为补打；notice 同时记入案件）\n"
               "  settings list                    列出设置：名称<TAB>值\n"
               "  settings get 名称                输出一项设置的值\n"
               "  settings set 名称 值             保存一项设置（值为空表示恢复默认）\n"
               "  attach 受理编号 材料 文件        把扫描件（PDF、JPEG、PNG，不超过 20 MB）附到案件的一项材料，输出 SM3 摘要\n"
               "  attachments 受理编号             列出案件的附件：编号、材料、类型、字节数、SM3、文件名\n"
               "%3"
               "\n"
               "文书：\n%1\n"
               "\n"
               "选项：\n"
               "  --db 路径      数据库文件（默认：%2）；首次使用时自动创建\n"
               "  --passphrase-file 文件  管理员口令文件（第一行）：数据密钥由管理员口令保护的库需要它；\n"
               "                 新库加此选项时，数据密钥由该口令保护而不存入系统钥匙串（见 docs/security.md）\n"
               "  --json         以 JSON 代替制表符分隔的行输出\n"
               "  -h, --help     显示本帮助\n"
               "  --version      显示版本\n"
               "\n"
               "退出码：0 成功；1 输入被拒绝（案件无效、受理编号不存在、文书不适用）；"
               "2 用法错误、文件无法读取或存储故障。\n"
               "错误信息写到标准错误，每行一条：代码<TAB>说明。\n")
        .arg(documents.join(QLatin1Char('\n')), QDir::toNativeSeparators(Database::defaultPath()),
             CliSetup::usage() + CliWorkflow::usage() + CliStore::usage());
}

int CliApp::run(const CliCommandLine &line)
{
    switch (line.action) {
    case CliCommandLine::Action::Help:
        m_out.text(usage().toUtf8());
        return ExitOk;
    case CliCommandLine::Action::Version:
        m_out.text(BuildInfo::versionText(QStringLiteral("veteran-desk-cli")).toUtf8());
        return ExitOk;
    case CliCommandLine::Action::UsageError:
        return fail(QStringLiteral("usage_error"), line.error + QStringLiteral("用 --help 查看用法。"), ExitFailure);
    case CliCommandLine::Action::Run:
        break;
    }

    m_dbPath = line.dbPath.isEmpty() ? Database::defaultPath() : line.dbPath;
    m_passphraseFile = line.values.value(QStringLiteral("--passphrase-file"));
    m_json = line.json;
    const QString &command = line.command;
    const QStringList &args = line.positional;
    int status = ExitFailure;
    if (command == QLatin1String("validate"))
        status = validate(args.at(0));
    else if (command == QLatin1String("normalize"))
        status = normalize(args.at(0));
    else if (command == QLatin1String("checklist"))
        status = checklist(args.at(0));
    else if (command == QLatin1String("add"))
        status = add(args, line.flags.contains(QStringLiteral("--allow-duplicate")));
    else if (command == QLatin1String("list"))
        status = list(line.search);
    else if (command == QLatin1String("show"))
        status = show(args.at(0));
    else if (command == QLatin1String("print"))
        status = print(args.at(0), args.at(1), line.output);
    else if (command == QLatin1String("setup"))
        status = CliSetup(m_out, m_json).run(args, m_dbPath);
    else if (command == QLatin1String("settings"))
        status = settings(args);
    else if (CliWorkflow::handles(command))
        // The working-day calendar needs no personal data: no keychain either.
        status = CliWorkflow(m_out, m_json, [this, command] {
                     return openStore(command != QLatin1String("workdays") && command != QLatin1String("calendar"));
                 }).run(line);
    else if (CliStore::handles(command))
        // Backups, the audit chain and accounts hold no personal data in clear: no key needed.
        status = CliStore(m_out, m_json, [this] { return openStore(false); }, m_dbPath).run(line);
    else if (command == QLatin1String("attach"))
        status = attach(args.at(0), args.at(1), args.at(2));
    else if (command == QLatin1String("attachments"))
        status = attachments(args.at(0));

    if (!m_out.ok()) {
        m_out.error(QStringLiteral("output_failed"), QStringLiteral("无法写出到标准输出。"));
        return ExitFailure;
    }
    return status;
}

int CliApp::fail(const QString &code, const QString &message, int exitCode)
{
    m_out.error(code, message);
    return exitCode;
}

std::optional<QByteArray> CliApp::readFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        fail(QStringLiteral("file_unreadable"), QStringLiteral("找不到文件“%1”。").arg(shown), ExitFailure);
        return std::nullopt;
    }
    if (info.isDir()) {
        fail(QStringLiteral("file_unreadable"), QStringLiteral("“%1”是文件夹，不是案件文件。").arg(shown), ExitFailure);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(QStringLiteral("file_unreadable"),
             QStringLiteral("无法读取文件“%1”（%2）。").arg(shown, file.errorString()), ExitFailure);
        return std::nullopt;
    }
    const QString tooLarge = QStringLiteral("文件“%1”过大（超过 %2 MiB），不是案件文件。")
                                 .arg(shown)
                                 .arg(CaseJson::MaxFileSize / (1024 * 1024));
    if (!file.isSequential() && file.size() > CaseJson::MaxFileSize) {
        fail(QStringLiteral("file_too_large"), tooLarge, ExitFailure);
        return std::nullopt;
    }
    // Read at most one byte past the limit: a device or pipe may never end.
    const QByteArray bytes = file.read(CaseJson::MaxFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        fail(QStringLiteral("file_unreadable"),
             QStringLiteral("无法读取文件“%1”（%2）。").arg(shown, file.errorString()), ExitFailure);
        return std::nullopt;
    }
    if (bytes.size() > CaseJson::MaxFileSize) {
        fail(QStringLiteral("file_too_large"), tooLarge, ExitFailure);
        return std::nullopt;
    }
    return bytes;
}

CliApp::LoadedCase CliApp::load(const QByteArray &bytes, bool validate) const
{
    LoadedCase loaded;
    CaseJson::ReadResult read = CaseJson::read(bytes);
    loaded.findings = read.findings;
    if (isUnreadableCase(read.findings))
        return loaded;
    loaded.readable = true;
    loaded.value = std::move(read.value);
    loaded.findings += Normalizer::normalize(loaded.value);
    if (validate) {
        QSet<QString> structural;
        for (const Finding &f : std::as_const(read.findings))
            structural.insert(f.field);
        for (const Finding &f : Validator::validate(loaded.value)) {
            if (!structural.contains(f.field))
                loaded.findings.append(f);
        }
    }
    return loaded;
}

void CliApp::printFindings(const Findings &findings)
{
    if (m_json) {
        m_out.text(jsonText(QJsonDocument(QJsonObject{{QStringLiteral("findings"), findingsToJson(findings)}})));
        return;
    }
    for (const Finding &f : findings)
        m_out.row({f.severityName(), f.field, f.code, f.message});
}

void CliApp::reportFindings(const Findings &findings)
{
    for (const Finding &f : findings) {
        const QString where = f.field.isEmpty() ? QString() : f.field + QStringLiteral("：");
        const QString kind = f.isError() ? QString() : QStringLiteral("（警告）");
        m_out.error(f.code, kind + where + f.message);
    }
}

int CliApp::rejectCase(const Findings &findings)
{
    int errors = 0;
    for (const Finding &f : findings)
        errors += f.isError() ? 1 : 0;
    return fail(QStringLiteral("case_invalid"),
                QStringLiteral("案件文件未通过校验：%1 个错误（见标准输出）。").arg(errors), ExitRejected);
}

std::unique_ptr<Database> CliApp::openStore(bool withDataKey)
{
    KeyAccess access = Database::defaultKeyAccess();
    access.unlock = withDataKey;
    if (!m_passphraseFile.isEmpty()) {
        // The documented alternative to the keychain (docs/security.md): a new store opened with a
        // passphrase file keeps its key wrapped by that passphrase.
        const std::optional<QString> passphrase = CliStore::readSecretFile(m_out, m_passphraseFile);
        if (!passphrase)
            return nullptr;
        access.passphrase = *passphrase;
        access.createWithPassphrase = true;
    }
    Result<std::unique_ptr<Database>> db = Database::open(m_dbPath, access);
    if (!db) {
        fail(db.error().code, db.error().message, ExitFailure);
        return nullptr;
    }
    // The audit log names who acted: the command line runs as the operating-system account.
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    db.value()->setActor(QStringLiteral("cli:") + (user.isEmpty() ? QStringLiteral("?") : user.left(60)));
    for (const QString &warning : db.value()->warnings())
        m_out.error(QStringLiteral("storage_warning"), QStringLiteral("（警告）") + warning);
    return std::move(db).value();
}

int CliApp::validate(const QString &file)
{
    const std::optional<QByteArray> bytes = readFile(file);
    if (!bytes)
        return ExitFailure;
    const LoadedCase loaded = load(*bytes, true);
    printFindings(loaded.findings);
    return hasErrors(loaded.findings) ? rejectCase(loaded.findings) : ExitOk;
}

std::optional<CliApp::LoadedCase> CliApp::loadNormalized(const QString &file, int *exitCode)
{
    const std::optional<QByteArray> bytes = readFile(file);
    if (!bytes) {
        *exitCode = ExitFailure;
        return std::nullopt;
    }
    LoadedCase loaded = load(*bytes, false);
    reportFindings(loaded.findings); // errors, or warnings only (e.g. a converted 15-digit ID number)
    if (!loaded.readable || hasErrors(loaded.findings)) {
        *exitCode = ExitRejected;
        return std::nullopt;
    }
    return loaded;
}

int CliApp::normalize(const QString &file)
{
    int exitCode = ExitOk;
    const std::optional<LoadedCase> loaded = loadNormalized(file, &exitCode);
    if (!loaded)
        return exitCode;
    m_out.text(CaseJson::write(loaded->value));
    return ExitOk;
}

int CliApp::checklist(const QString &file)
{
    int exitCode = ExitOk;
    const std::optional<LoadedCase> loaded = loadNormalized(file, &exitCode);
    if (!loaded)
        return exitCode;
    const QList<RequiredMaterial> materials = MaterialsChecklist::compute(loaded->value);
    QJsonArray json;
    for (const RequiredMaterial &m : materials) {
        QStringList items;
        for (ItemId id : m.items)
            items.append(itemKey(id));
        if (m_json) {
            json.append(QJsonObject{{QStringLiteral("material"), m.id},
                                    {QStringLiteral("requirement"), m.requirementName()},
                                    {QStringLiteral("items"), QJsonArray::fromStringList(items)},
                                    {QStringLiteral("name"), m.name}});
        } else {
            m_out.row({m.id, m.requirementName(), items.join(QLatin1Char(',')), m.name});
        }
    }
    if (m_json)
        m_out.text(jsonText(QJsonDocument(json)));
    return ExitOk;
}

int CliApp::add(const QStringList &files, bool allowDuplicate)
{
    std::unique_ptr<Database> db; // opened once the first file has passed its checks
    for (const QString &file : files) {
        if (const int status = addOne(db, file, allowDuplicate); status != ExitOk)
            return status;
    }
    return ExitOk;
}

int CliApp::addOne(std::unique_ptr<Database> &store, const QString &file, bool allowDuplicate)
{
    const std::optional<QByteArray> bytes = readFile(file);
    if (!bytes)
        return ExitFailure;
    const LoadedCase loaded = load(*bytes, true);
    if (!loaded.readable || hasErrors(loaded.findings)) {
        printFindings(loaded.findings);
        return rejectCase(loaded.findings);
    }
    if (const int refused = checkAcceptance(loaded); refused != ExitOk)
        return refused;
    if (!store) {
        store = openStore();
        if (!store)
            return ExitFailure;
    }
    Database &db = *store;

    if (!allowDuplicate) {
        // An open case for the same person (blind index of the ID number) is shown, not doubled.
        const auto open = db.cases().openCasesWithIdNumber(loaded.value.applicant.idNumber);
        if (!open)
            return fail(open.error().code, open.error().message, ExitFailure);
        if (!open.value().isEmpty()) {
            QStringList numbers;
            for (const CaseSummary &c : open.value())
                numbers << c.caseNo;
            return fail(QStringLiteral("duplicate_case"),
                        QStringLiteral("同一身份证件号已有未办结的案件：%1。确需再建时加 --allow-duplicate。")
                            .arg(numbers.join(QStringLiteral("、"))),
                        ExitRejected);
        }
    }
    const Result<QString> hallRegion = db.settings().hallRegionFor(loaded.value);
    if (!hallRegion)
        return fail(hallRegion.error().code, hallRegion.error().message, ExitFailure);

    const Result<QString> caseNo = db.cases().add(loaded.value, hallRegion.value());
    if (!caseNo)
        return fail(caseNo.error().code, caseNo.error().message, ExitFailure);

    reportFindings(loaded.findings); // warnings: they did not block acceptance
    if (!loaded.value.materials.isEmpty())
        reportFindings(MaterialsAssessment::assess(loaded.value).findings()); // 容缺受理: what was promised
    if (m_json)
        m_out.text(jsonText(QJsonDocument(QJsonObject{{QStringLiteral("case_no"), caseNo.value()}})));
    else
        m_out.row({caseNo.value()});
    return ExitOk;
}

int CliApp::list(const QString &search)
{
    const std::unique_ptr<Database> db = openStore();
    if (!db)
        return ExitFailure;
    const Result<QList<CaseSummary>> cases = db->cases().list(search);
    if (!cases)
        return fail(cases.error().code, cases.error().message, ExitFailure);

    QJsonArray json;
    for (const CaseSummary &s : cases.value()) {
        const QString date = s.applicationDate.toString(Qt::ISODate);
        if (m_json) {
            json.append(QJsonObject{{QStringLiteral("case_no"), s.caseNo},
                                    {QStringLiteral("name"), s.name},
                                    {QStringLiteral("masked_id_number"), s.maskedIdNumber},
                                    {QStringLiteral("status"), s.status},
                                    {QStringLiteral("application_date"), date}});
        } else {
            m_out.row({s.caseNo, s.name, s.maskedIdNumber, s.status, date});
        }
    }
    if (m_json)
        m_out.text(jsonText(QJsonDocument(json)));
    return ExitOk;
}

int CliApp::show(const QString &caseNo)
{
    const std::unique_ptr<Database> db = openStore();
    if (!db)
        return ExitFailure;
    const Result<std::optional<Case>> found = db->cases().find(caseNo);
    if (!found)
        return fail(found.error().code, found.error().message, ExitFailure);
    if (!found.value()) {
        return fail(QStringLiteral("case_not_found"),
                    QStringLiteral("没有受理编号为“%1”的案件。").arg(caseNo.left(60)), ExitRejected);
    }
    // The full case (ID number, phones, account) leaves the store: recorded as an export.
    if (Status s = db->audit().record({QStringLiteral("export"), found.value()->caseNo, {}, QStringLiteral("show")}); !s)
        return fail(s.error().code, s.error().message, ExitFailure);
    m_out.text(CaseJson::write(*found.value()));
    return ExitOk;
}

int CliApp::print(const QString &document, const QString &caseNo, const QString &outputPath)
{
    DocumentKind kind;
    if (!documentFromKey(document, &kind)) {
        return fail(QStringLiteral("usage_error"),
                    QStringLiteral("未知文书“%1”。用 --help 查看可用的文书。").arg(document.left(60)), ExitFailure);
    }
    const std::unique_ptr<Database> db = openStore();
    if (!db)
        return ExitFailure;
    const Result<std::optional<Case>> found = db->cases().find(caseNo);
    if (!found)
        return fail(found.error().code, found.error().message, ExitFailure);
    if (!found.value()) {
        return fail(QStringLiteral("case_not_found"),
                    QStringLiteral("没有受理编号为“%1”的案件。").arg(caseNo.left(60)), ExitRejected);
    }

    const Case &c = *found.value();
    const Result<PrintContext> ctx = PrintSettings::context(*db, kind, c);
    if (!ctx)
        return fail(ctx.error().code, ctx.error().message, ExitFailure);
    PrintRecorder recorder(*db, PrintSettings::currentClerk());
    const Result<PrintLogEntry> written = recorder.writePdf(kind, c, ctx.value(), outputPath);
    if (!written) {
        const QString &code = written.error().code;
        const int exitCode = code == QLatin1String("document_not_applicable") || code == QLatin1String("missing_glyph")
                                 ? ExitRejected
                                 : ExitFailure;
        return fail(code, written.error().message, exitCode);
    }
    if (kind == DocumentKind::Notice) {
        // "Printed from the case and recorded with it": what the notice listed, kept with the case.
        const OneTimeNoticeDocument notice(c, ctx.value());
        const Result<QString> recorded = NoticeRepository(*db).record(found.value()->caseNo, notice.notice().toJson());
        if (!recorded)
            return fail(recorded.error().code, recorded.error().message, ExitFailure);
    }
    const PrintLogEntry &e = written.value();
    if (m_json) {
        m_out.text(jsonText(QJsonDocument(QJsonObject{{QStringLiteral("document"), e.documentKey},
                                                      {QStringLiteral("case_no"), e.caseNo},
                                                      {QStringLiteral("number"), e.letterNumber},
                                                      {QStringLiteral("reprint"), e.reprint}})));
    } // without --json nothing on standard output (spec/cli.md)
    return ExitOk;
}

int CliApp::settings(const QStringList &args)
{
    const QString sub = args.at(0);
    if (sub != QLatin1String("list") && !SettingRules::isKnown(args.value(1))) {
        return fail(QStringLiteral("setting_unknown"),
                    QStringLiteral("没有名为“%1”的设置。用 settings list 查看可用的设置。").arg(args.value(1).left(60)),
                    ExitRejected);
    }
    if (sub == QLatin1String("set")) {
        if (Status s = SettingRules::check(args.at(1), args.at(2)); !s)
            return fail(s.error().code, s.error().message, ExitRejected);
    }
    const std::unique_ptr<Database> db = openStore();
    if (!db)
        return ExitFailure;
    SettingsRepository repo = db->settings();
    if (sub == QLatin1String("set")) {
        // Administrators only: the role check goes here when clerk accounts exist (accounts issue).
        if (Status s = repo.setValue(args.at(1), args.at(2)); !s)
            return fail(s.error().code, s.error().message, ExitFailure);
        return ExitOk;
    }
    if (sub == QLatin1String("get")) {
        const auto v = repo.value(args.at(1));
        if (!v)
            return fail(v.error().code, v.error().message, ExitFailure);
        if (m_json) {
            m_out.text(jsonText(QJsonDocument(QJsonObject{
                {QStringLiteral("name"), args.at(1)},
                {QStringLiteral("value"), v.value() ? QJsonValue(*v.value()) : QJsonValue(QJsonValue::Null)}})));
        } else {
            m_out.row({v.value().value_or(QString())});
        }
        return ExitOk;
    }
    // list: every fixed name (set or not), then every other stored setting.
    const auto stored = repo.all();
    if (!stored)
        return fail(stored.error().code, stored.error().message, ExitFailure);
    QList<QPair<QString, QString>> rows;
    for (const QString &name : SettingRules::fixedNames()) {
        QString value;
        for (const auto &kv : stored.value()) {
            if (kv.first == name)
                value = kv.second;
        }
        rows.append({name, value});
    }
    for (const auto &kv : stored.value()) {
        if (!SettingRules::fixedNames().contains(kv.first))
            rows.append(kv);
    }
    QJsonArray json;
    for (const auto &kv : rows) {
        if (m_json)
            json.append(QJsonObject{{QStringLiteral("name"), kv.first}, {QStringLiteral("value"), kv.second}});
        else
            m_out.row({kv.first, kv.second});
    }
    if (m_json)
        m_out.text(jsonText(QJsonDocument(json)));
    return ExitOk;
}

int CliApp::checkAcceptance(const LoadedCase &loaded)
{
    // A case file that records no receiving at all (no `materials`, e.g. the spec's examples or a
    // roster import) is stored with a warning: the window records what it received later, in the
    // editor or with a file that lists `materials`. A file that records receiving gets the whole rule.
    if (loaded.value.materials.isEmpty()) {
        m_out.error(QStringLiteral("materials_not_recorded"),
                    QStringLiteral("（警告）案件文件没有记录材料接收情况（materials）：请在窗口登记收到的材料。"));
        return ExitOk;
    }
    const MaterialsAssessment assessment = MaterialsAssessment::assess(loaded.value);
    if (assessment.canAccept())
        return ExitOk;
    Findings refused;
    for (const Finding &f : assessment.findings()) {
        if (f.isError())
            refused.append(f);
    }
    printFindings(refused);
    return fail(QStringLiteral("materials_incomplete"),
                QStringLiteral("材料不全，不能受理：%1 项材料缺少或未约定补齐日期（见标准输出），案件未保存。")
                    .arg(refused.size()),
                ExitRejected);
}

int CliApp::attach(const QString &caseNo, const QString &materialId, const QString &file)
{
    const std::unique_ptr<Database> db = openStore();
    if (!db)
        return ExitFailure;
    const Result<AttachmentInfo> added = AttachmentRepository(*db).addFile(caseNo, materialId, file);
    if (!added) {
        static const QSet<QString> rejected = {QStringLiteral("case_not_found"), QStringLiteral("unknown_material"),
                                               QStringLiteral("attachment_type_refused"),
                                               QStringLiteral("attachment_empty")};
        return fail(added.error().code, added.error().message,
                    rejected.contains(added.error().code) ? ExitRejected : ExitFailure);
    }
    const AttachmentInfo &a = added.value();
    if (m_json) {
        m_out.text(jsonText(QJsonDocument(QJsonObject{{QStringLiteral("id"), a.id},
                                                      {QStringLiteral("sm3"), a.sm3Hex},
                                                      {QStringLiteral("media_type"), a.mediaType},
                                                      {QStringLiteral("size"), a.size}})));
    } else {
        m_out.row({a.sm3Hex});
    }
    return ExitOk;
}

int CliApp::attachments(const QString &caseNo)
{
    const std::unique_ptr<Database> db = openStore();
    if (!db)
        return ExitFailure;
    const Result<std::optional<CaseRepository::CaseKey>> key = db->cases().keyOf(caseNo);
    if (!key)
        return fail(key.error().code, key.error().message, ExitFailure);
    if (!key.value()) {
        return fail(QStringLiteral("case_not_found"),
                    QStringLiteral("没有受理编号为“%1”的案件。").arg(caseNo.left(60)), ExitRejected);
    }
    const Result<QList<AttachmentInfo>> listed = AttachmentRepository(*db).list(caseNo);
    if (!listed)
        return fail(listed.error().code, listed.error().message, ExitFailure);
    QJsonArray json;
    for (const AttachmentInfo &a : listed.value()) {
        if (m_json) {
            json.append(QJsonObject{{QStringLiteral("id"), a.id},
                                    {QStringLiteral("material"), a.materialId},
                                    {QStringLiteral("media_type"), a.mediaType},
                                    {QStringLiteral("size"), a.size},
                                    {QStringLiteral("sm3"), a.sm3Hex},
                                    {QStringLiteral("file_name"), a.fileName},
                                    {QStringLiteral("added_at"), a.addedAt}});
        } else {
            m_out.row({a.id, a.materialId, a.mediaType, QString::number(a.size), a.sm3Hex, a.fileName});
        }
    }
    if (m_json)
        m_out.text(jsonText(QJsonDocument(json)));
    return ExitOk;
}

} // namespace vd::cli
