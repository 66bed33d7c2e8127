#pragma once

#include "core/forms/FormService.h"
#include "print/LaidOutForm.h"

#include <QHash>
#include <QImage>
#include <QPageLayout>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace motcua::print {

// One printable form as paper: the filled-in template (every copy), its images and its paper. Built from what
// forms::FormService prepared; printed to a printer, the preview or a PDF file, always at the form's own paper
// size. Never reads the database.
class FormDocument {
public:
    // The receipt is two copies on one print ("Liên 1: Lưu", "Liên 2: Giao người nộp"); a form with a code
    // (the receipt, the control slip) carries it as a Code 128 barcode and a QR code.
    static Result<FormDocument> build(forms::PrintableForm form);

    forms::FormKind kind() const { return m_form.kind; }
    const QString& title() const { return m_form.title; } // for the window and the PDF's metadata
    const QString& html() const { return m_html; }
    QPageLayout pageLayout() const;

    // Lays the form out on `device` (a QPrinter or a QPdfWriter), which takes the form's paper size.
    void print(QPagedPaintDevice* device) const;
    Status writePdf(const QString& path) const;

    // The laid-out form, as printed. Laid out once for a page layout: the preview, the printer and the PDF of one
    // form share it. May run in a worker thread (on a copy of the document): the document it makes then belongs to
    // the application's thread. (The register, Mẫu 07, is not laid out here but streamed: print/RegisterPainter.)
    std::shared_ptr<const LaidOutForm> layOut(const QPageLayout& layout) const;

private:
    FormDocument() = default;
    Status addCodes(const QString& code);
    std::shared_ptr<QTextDocument> newDocument(const QString& html) const;

    forms::PrintableForm m_form;
    QString m_html;
    QHash<QString, QImage> m_images; // by resource name, e.g. "motcua:barcode"
    // The last layout, and the page it was laid out for.
    mutable std::shared_ptr<const LaidOutForm> m_laidOut;
    mutable QPageLayout m_laidOutFor;
};

} // namespace motcua::print
