#pragma once

#include "print/RegisterPainter.h"
#include "ui/common/Session.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTimer>

#include <memory>

class QDateEdit;
class QPrinter;
class QProgressBar;
class QPushButton;

namespace motcua::ui {

class MessageBar;

// Mẫu 07 for a period: the clerk picks the first and last day (this month so far by default), then saves the
// register as PDF or prints it. It is painted page after page as its rows are read (print::RegisterPainter), under
// a progress bar with Cancel, so that a busy centre's month (tens of thousands of dossiers) neither freezes the
// window nor fills the memory: the PDF in a worker thread with its own connection, written under a temporary name
// and put in place when done; a printer from the event loop, a page at a time (a QPrinter stays on the GUI thread).
class RegisterDialog : public QDialog {
    Q_OBJECT
public:
    explicit RegisterDialog(const Session& session, QWidget* parent = nullptr);
    ~RegisterDialog() override;

    void setPeriod(const QDate& from, const QDate& to);
    bool isBusy() const { return m_pdf.isRunning() || m_printing != nullptr; }

public slots:
    // Asks where (FileDialog) and writes the register there in the background; a bad period is said in the dialog.
    void saveAsPdf();
    // Asks for the printer (FormPreviewDialog::choosePrinter) and prints the register on it, page by page.
    void print();
    // Stops the register under way: no PDF is left under the chosen name, the printer's job is aborted.
    void cancel();
    // Escape while a register is under way cancels it instead of closing the window.
    void reject() override;

private:
    std::optional<forms::RegisterHeading> heading();
    void pdfWritten();
    void showWritten(const Result<print::RegisterPrinted>& written);
    void printNextPage();
    void stopPrinting(const QString& message, bool error);
    void setBusy(bool busy, qint64 total);

    const Session& m_session;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    MessageBar* m_messageBar = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_pdfButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QFutureWatcher<Result<print::RegisterPrinted>> m_pdf;
    QString m_pdfPath;
    // Printing: the printer, the painter on it and the timer that paints its next page from the event loop.
    std::unique_ptr<QPrinter> m_printer;
    std::unique_ptr<print::RegisterPainter> m_printing;
    QTimer m_pageTimer;
    bool m_printCancelled = false;
};

} // namespace motcua::ui
