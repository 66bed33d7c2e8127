#pragma once

#include "core/common/Result.h"

#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;

namespace motcua::print {

// A report on paper: the HTML of core/reports (e.g. ii06aHtml) laid out on A4 landscape in Noto Serif, the one
// page layout of every printed report, for the print preview of the screen and the PDF of the command line.
class ReportDocument {
public:
    ReportDocument(QString title, QString html)
        : m_title(std::move(title))
        , m_html(std::move(html))
    {}

    static QPageLayout pageLayout();
    const QString& title() const { return m_title; }
    void print(QPagedPaintDevice* device) const;
    // The error names "pdf".
    Status writePdf(const QString& path) const;

private:
    QString m_title;
    QString m_html;
};

} // namespace motcua::print
