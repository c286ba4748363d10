#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

#include "Case.h"
#include "Finding.h"
#include "PrintService.h"

namespace vd {
class Database;
}

namespace vd::cli {

class CliCommandLine;
class CliOutput;

/// The commands of veteran-desk-cli (spec/cli.md), on the same domain, storage and printing
/// code as the GUI. Each command returns the process exit status:
/// 0 success, 1 input rejected (invalid case, unknown case number, document not applicable),
/// 2 usage error, unreadable file or storage/printing failure — never 0 after a failure.
class CliApp {
public:
    enum ExitCode { ExitOk = 0, ExitRejected = 1, ExitFailure = 2 };

    explicit CliApp(CliOutput &out);
    /// Runs a parsed command line (help, version and usage errors included); returns the exit status.
    int run(const CliCommandLine &commandLine);
    /// The usage text (Chinese) printed by --help.
    static QString usage();

private:
    /// A case file after reading and normalisation (and validation, if asked).
    struct LoadedCase {
        Case value;
        Findings findings;     ///< structural, normalisation and (if validated) validation findings
        bool readable = false; ///< false when the file is not a case at all (no JSON object, wrong format)
    };

    int validate(const QString &file);
    int normalize(const QString &file);
    int checklist(const QString &file);
    /// add FILE [FILE…]: each file validated, checked and stored in its own transaction, its case
    /// number printed as soon as it is committed (so a kill never loses an acknowledged case); stops
    /// at the first file refused. `allowDuplicate`: store even when an open case has the same ID number.
    int add(const QStringList &files, bool allowDuplicate);
    /// One file of add; opens `store` on first use (after the file passed its checks).
    int addOne(std::unique_ptr<Database> &store, const QString &file, bool allowDuplicate);
    int list(const QString &search);
    int show(const QString &caseNo);
    int print(const QString &document, const QString &caseNo, const QString &outputPath);
    /// settings list | get NAME | set NAME VALUE (SettingRules checks names and values).
    int settings(const QStringList &args);
    // Additions (issue 4, materials):
    int attach(const QString &caseNo, const QString &materialId, const QString &file);
    int attachments(const QString &caseNo);
    /// The acceptance rule (MaterialsAssessment) for `add`: ExitOk, or findings printed and ExitRejected.
    int checkAcceptance(const LoadedCase &loaded);

    /// The bytes of a case file, or std::nullopt after an error line (file_unreadable, file_too_large).
    std::optional<QByteArray> readFile(const QString &path);
    /// Reads, normalises and (if `validate`) validates; validation findings on a field that already
    /// has a structural error are dropped, so that one mistake is reported once.
    LoadedCase load(const QByteArray &bytes, bool validate) const;
    /// Reads, parses and normalises a case file (no validation) for normalize and checklist; reports its
    /// findings on standard error. std::nullopt with `*exitCode` set when unreadable or structurally wrong.
    std::optional<LoadedCase> loadNormalized(const QString &file, int *exitCode);
    /// Opens and migrates the store, or prints the error and returns nullptr.
    /// `withDataKey` false: for commands that never touch personal data (KeyAccess::unlock), so that
    /// they work without a keychain.
    std::unique_ptr<Database> openStore(bool withDataKey = true);
    /// Prints findings on standard output (`SEVERITY FIELD CODE MESSAGE` lines, or JSON with --json).
    void printFindings(const Findings &findings);
    /// Prints findings on standard error as `code<TAB>field：message` lines (for commands whose
    /// standard output is a document, e.g. normalize).
    void reportFindings(const Findings &findings);
    /// Prints the summary error line of a rejected case and returns ExitRejected.
    int rejectCase(const Findings &findings);
    /// Prints `error` and returns `exitCode`.
    int fail(const QString &code, const QString &message, int exitCode);

    CliOutput &m_out;
    QString m_dbPath;
    QString m_passphraseFile; ///< --passphrase-file: the administrator passphrase of the store's data key
    bool m_json = false;
};

} // namespace vd::cli
