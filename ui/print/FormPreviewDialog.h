#pragma once

#include "print/FormDocument.h"
#include "ui/common/Session.h"

#include <QDialog>

#include <functional>
#include <memory>

class QPrinter;
class QPrintPreviewWidget;

namespace motcua::ui {

class MessageBar;

// A printed form before it goes out: the pages as they will print, then "Print…" (the system's print dialog),
// "Save as PDF…" or close. Opened from the dossier window, right after intake and from the register menu.
class FormPreviewDialog : public QDialog {
    Q_OBJECT
public:
    explicit FormPreviewDialog(print::FormDocument document, QWidget* parent = nullptr);
    ~FormPreviewDialog() override;

    const print::FormDocument& document() const { return m_document; }
    int pageCount() const;

    // How a printer is chosen: the system's print dialog; a test answers without showing it.
    using PrinterChooser = std::function<bool(QPrinter& printer, QWidget* parent)>;
    static void setPrinterChooser(PrinterChooser chooser); // empty: the print dialog again
    // Asks for the printer through the chooser; false: cancelled. The register's dialog prints through it too.
    static bool choosePrinter(QPrinter& printer, QWidget* parent);

    // Shows the preview (window-modal, deleted on close) and returns at once.
    static FormPreviewDialog* showPreview(print::FormDocument document, QWidget* parent);
    // A form that forms::FormService prepared, built and previewed; an error is shown in a box.
    static void previewForm(const Result<forms::PrintableForm>& form, forms::FormKind kind, QWidget* parent);
    // The form of a dossier, built and previewed; an error is shown in a box.
    static void previewDossierForm(const Session& session, forms::FormKind kind, const QString& code, QWidget* parent);

public slots:
    void print();
    void saveAsPdf();

private:
    print::FormDocument m_document;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget* m_preview = nullptr;
    MessageBar* m_messageBar = nullptr;
};

} // namespace motcua::ui
