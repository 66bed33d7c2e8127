#pragma once

#include "core/forms/FormTemplate.h"

#include <optional>

namespace motcua::forms {

// Mẫu 07's template (the agency's or the shipped one) taken apart so that the register can be painted page by page
// as its rows are read (print/RegisterPainter) and still print what the template says: the part above the table of
// rows (the heading) and the part below it (the signature block), each filled in once; the table's head rows, with
// their titles, spans and widths, repeated on every page; and for each column the cell of {{#rows}}'s one row. A
// template whose table of rows cannot be taken apart so is refused, the problem named.
class RegisterTemplate {
public:
    // A cell of the table's head: its HTML, where it sits in the head's grid.
    struct HeadCell {
        FormTemplate content; // the register's fields
        int row = 0;
        int column = 0;
        int rowSpan = 1;
        int columnSpan = 1;
        Qt::Alignment alignment = Qt::AlignHCenter;
        bool header = true; // a <th>: bold
    };
    // A column of the rows: what its cell shows and how wide it is.
    struct Column {
        FormTemplate cell; // inside {{#rows}}: the row's fields and the register's
        QString field;     // the cell is only {{field}}: its value, as is
        qreal percent = 0; // of the table's width, from the template's width="N%"; 0 when not given
        qreal pixels = 0;  // or width="N" (pixels at 96 an inch)
        Qt::Alignment alignment = Qt::AlignLeft;
    };

    // The template's text checked against Mẫu 07 (FormTemplate::parse) and taken apart; an error names the problem
    // (and the line where there is one).
    static Result<RegisterTemplate> parse(const QString& text);

    // HTML documents filled in with the register's fields: the document's head (its style sheet) and the part above
    // the table, or below it. `lines`: how many rows the register has (for {{^rows}} outside the table).
    QString heading(const FormData& fields, qint64 lines) const;
    QString closing(const FormData& fields, qint64 lines) const;
    // A piece of the template's HTML (a cell's content) as a document of its own, with the template's head.
    QString document(const QString& body, const FormData& fields) const;

    const QList<HeadCell>& head() const { return m_head; }
    int headRows() const { return m_headRows; }
    const QList<Column>& columns() const { return m_columns; }
    qreal tablePercent() const { return m_tablePercent; }
    // The line printed for a register with no rows ({{^rows}} in the table), filled in; empty: none.
    QString emptyLine(const FormData& fields) const;
    Qt::Alignment emptyAlignment() const { return m_emptyAlignment; }
    // The text of `column`'s cell for `row`: its HTML as plain text (a <br> a line break, other tags dropped).
    QString cellText(qsizetype column, const Row& row, const FormData& fields) const;

private:
    FormTemplate m_documentHead; // up to and with <body>
    FormTemplate m_heading;
    FormTemplate m_closing;
    QList<HeadCell> m_head;
    int m_headRows = 0;
    QList<Column> m_columns;
    qreal m_tablePercent = 100;
    std::optional<FormTemplate> m_empty;
    Qt::Alignment m_emptyAlignment = Qt::AlignHCenter;

    friend class RegisterTemplateParser;
};

// HTML as the plain text of a table cell: <br> a line break, tags dropped, entities read, white space collapsed.
QString cellPlainText(const QString& html);

} // namespace motcua::forms
