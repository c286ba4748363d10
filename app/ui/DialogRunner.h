#pragma once

#include <functional>

class QDialog;

/// Runs the GUI's own modal dialogs (case editor, print preview, print dialog), so that tests can
/// drive them: with a hook set, the hook gets the dialog instead of QDialog::exec() and returns
/// its result code (QDialog::Accepted / Rejected).
class DialogRunner {
public:
    using Hook = std::function<int(QDialog *)>;

    /// exec()s `dialog`, or hands it to the test hook. Returns the dialog's result code.
    static int exec(QDialog *dialog);
    /// Test hook; an empty function restores exec().
    static void setTestHook(Hook hook);
};
