#pragma once

#include "core/common/Result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace motcua::forms {

using Row = QHash<QString, QString>;

// The values printed on one form: single fields and tables of rows (documents, hand-overs, register lines).
struct FormData {
    QHash<QString, QString> fields;
    QHash<QString, QList<Row>> tables;
};

// What a form's template may use and must show.
struct FormSchema {
    QSet<QString> fields;
    QHash<QString, QSet<QString>> tables; // table name → its columns
    QStringList requiredFields;           // a template without them is refused (the code, the due moment …)
    QStringList requiredImages;           // image sources it must show, e.g. "motcua:barcode"
};

// An HTML form template with mustache-like placeholders:
//   {{field}}             the value, HTML-escaped
//   {{#name}} … {{/name}} a table's rows (row columns and form fields inside), or the block when a field is set
//   {{^name}} … {{/name}} the block when the field is empty or the table has no row
//   {{! comment }}        dropped
// Parsing checks the text against the form's schema so that a broken template is refused with the line at
// fault instead of printing a wrong paper; its length and control characters are held to core/common/TextBounds
// (TextKind::Template).
class FormTemplate {
public:
    static constexpr qsizetype kMaxSize = 512 * 1024; // characters, as TextBounds::maxLength(TextKind::Template)

    static Result<FormTemplate> parse(const QString& text, const FormSchema& schema);

    QString render(const FormData& data) const;
    const QString& text() const { return m_text; }

    struct Node;

private:
    QString m_text;
    std::shared_ptr<const QList<Node>> m_nodes;
};

} // namespace motcua::forms
