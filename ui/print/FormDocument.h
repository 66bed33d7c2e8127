#pragma once

#include "core/forms/DossierForms.h"
#include "core/forms/FormTemplates.h"

#include <QHash>
#include <QImage>
#include <QPageLayout>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace motcua::ui {

// One printable form: the filled-in template (every copy), its images and its paper. Built by one builder per
// form below; printed to a printer, the preview or a PDF file, always at the form's own paper size.
class FormDocument {
public:
    // Mẫu 01–06 for a dossier. The receipt is two copies on one print ("Liên 1: Lưu", "Liên 2: Giao người nộp");
    // the receipt and the control slip carry the code as a Code 128 barcode and a QR code.
    static Result<FormDocument> forDossier(forms::FormKind kind, const workflow::DossierDetails& details,
                                           const forms::FormTemplates& templates);
    // Mẫu 02 at the counter, for an incomplete dossier that was not received.
    static Result<FormDocument> forIntakeSupplement(const forms::IntakeSupplement& request,
                                                    const forms::FormTemplates& templates);
    // Mẫu 07 for a period (A4 landscape), from the agency and the dossiers received in it.
    static Result<FormDocument> forRegister(storage::Database& database, const QDate& from, const QDate& to,
                                            const QDateTime& printedAt, const forms::FormTemplates& templates);
    // The same from lines already read.
    static Result<FormDocument> forRegister(const catalogue::Agency& agency, const QList<storage::RegisterLine>& lines,
                                            const QDate& from, const QDate& to, const QDateTime& printedAt,
                                            const forms::FormTemplates& templates);

    forms::FormKind kind() const { return m_kind; }
    const QString& title() const { return m_title; } // for the window and the PDF's metadata
    const QString& html() const { return m_html; }
    QPageLayout pageLayout() const;

    // Lays the form out on `device` (a QPrinter or a QPdfWriter), which takes the form's paper size.
    void print(QPagedPaintDevice* device) const;
    Status writePdf(const QString& path) const;
    // The laid-out document, as printed (for tests: its page count). Laid out once for a page layout: the
    // preview, the printer and the PDF of one form share it (a long register takes seconds to lay out).
    std::shared_ptr<QTextDocument> layOut(const QPageLayout& layout) const;

private:
    FormDocument() = default;
    static Result<FormDocument> build(forms::FormKind kind, const forms::FormData& data,
                                      const forms::FormTemplates& templates, const QString& title);
    Status addCodes(const QString& code);

    forms::FormKind m_kind = forms::FormKind::Receipt;
    QString m_title;
    QString m_html;
    QHash<QString, QImage> m_images; // by resource name, e.g. "motcua:barcode"
    // The last layout, and the page it was laid out for.
    mutable std::shared_ptr<QTextDocument> m_laidOut;
    mutable QPageLayout m_laidOutFor;
};

} // namespace motcua::ui
