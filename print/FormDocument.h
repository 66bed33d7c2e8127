#pragma once

#include "core/forms/FormService.h"
#include "print/LaidOutForm.h"

#include <QHash>
#include <QImage>
#include <QPageLayout>

#include <functional>
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

    // Told the rows laid out so far of all; returns false to cancel.
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;
    static constexpr int kRowsPerPart = 100; // a register's rows laid out at a time: about 12 pages
    // The laid-out form, as printed. Laid out once for a page layout: the preview, the printer and the PDF of one
    // form share it. A register of more than `rowsPerPart` rows is laid out part by part, telling `progress`
    // after each; cancelled, it returns null. May run in a worker thread (on a copy of the document): the
    // documents it makes then belong to the application's thread.
    std::shared_ptr<const LaidOutForm> layOut(const QPageLayout& layout, const Progress& progress = {},
                                              int rowsPerPart = kRowsPerPart) const;

private:
    FormDocument() = default;
    Status addCodes(const QString& code);
    std::shared_ptr<QTextDocument> newDocument(const QString& html) const;
    QList<LaidOutForm::Part> layOutRegister(const QPageLayout& layout, const Progress& progress,
                                            int rowsPerPart) const; // empty: cancelled

    forms::PrintableForm m_form;
    QString m_html;
    QHash<QString, QImage> m_images; // by resource name, e.g. "motcua:barcode"
    // The last layout, and the page it was laid out for.
    mutable std::shared_ptr<const LaidOutForm> m_laidOut;
    mutable QPageLayout m_laidOutFor;
};

} // namespace motcua::print
