#include "core/forms/FormTemplate.h"

#include "core/common/TextBounds.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace motcua::forms {

struct FormTemplate::Node {
    enum class Kind { Text, Field, Section, Inverted };
    Kind kind = Kind::Text;
    QString text; // Text: the literal; otherwise the name
    bool table = false;
    QList<Node> children;
};

namespace {

using Node = FormTemplate::Node;

Error templateError(int line, const QString& message)
{
    return Error::invalid(
        QStringLiteral("template"),
        QCoreApplication::translate("motcua::forms", "line %1: %2").arg(QString::number(line), message));
}

class Parser {
public:
    Parser(const QString& text, const FormSchema& schema)
        : m_text(text)
        , m_schema(schema)
    {}

    Result<QList<Node>> run()
    {
        QList<Node> top;
        if (Status parsed = parseInto(top, {}, 0); !parsed) {
            return parsed.error();
        }
        for (const QString& field : m_schema.requiredFields) {
            if (!m_used.contains(field)) {
                return Error::invalid(
                    QStringLiteral("template"),
                    QCoreApplication::translate("motcua::forms",
                                                "the template does not show {{%1}}, which this form must carry.")
                        .arg(field));
            }
        }
        for (const QString& image : m_schema.requiredImages) {
            if (!m_text.contains(QStringLiteral("\"%1\"").arg(image))) {
                return Error::invalid(
                    QStringLiteral("template"),
                    QCoreApplication::translate(
                        "motcua::forms", "the template does not show the image \"%1\", which this form must carry.")
                        .arg(image));
            }
        }
        return top;
    }

private:
    int lineAt(qsizetype position) const
    {
        return int(QStringView(m_text).left(position).count(QLatin1Char('\n'))) + 1; // no copy of the text
    }

    bool knownField(const QString& name, const QStringList& tables) const
    {
        if (m_schema.fields.contains(name)) {
            return true;
        }
        return std::any_of(tables.cbegin(), tables.cend(),
                           [&](const QString& table) { return m_schema.tables.value(table).contains(name); });
    }

    // Parses until the closing tag of `open` (empty at top level); `openLine` is where it was opened.
    Status parseInto(QList<Node>& nodes, const QStringList& tables, int depth, const QString& open = {},
                     int openLine = 0)
    {
        static const QRegularExpression kName(QStringLiteral("^[a-z][a-z0-9_]*$"));
        while (m_position < m_text.size()) {
            const qsizetype start = m_text.indexOf(QLatin1String("{{"), m_position);
            if (start < 0) {
                nodes.append({Node::Kind::Text, m_text.mid(m_position), false, {}});
                m_position = m_text.size();
                break;
            }
            if (start > m_position) {
                nodes.append({Node::Kind::Text, m_text.mid(m_position, start - m_position), false, {}});
            }
            const int line = lineAt(start);
            const qsizetype end = m_text.indexOf(QLatin1String("}}"), start + 2);
            if (end < 0) {
                return templateError(
                    line, QCoreApplication::translate("motcua::forms", "a tag opened with {{ is not closed with }}."));
            }
            m_position = end + 2;
            const QString tag = m_text.mid(start + 2, end - start - 2).trimmed();
            if (tag.startsWith(QLatin1Char('!'))) {
                continue;
            }
            const QChar sigil = tag.isEmpty() ? QChar() : tag.front();
            const bool isOpen = sigil == QLatin1Char('#') || sigil == QLatin1Char('^');
            const QString name = (isOpen || sigil == QLatin1Char('/')) ? tag.mid(1).trimmed() : tag;
            if (!kName.match(name).hasMatch()) {
                return templateError(
                    line, QCoreApplication::translate(
                              "motcua::forms", "{{%1}} is not a valid tag: names are lower-case letters, digits and _.")
                              .arg(tag));
            }
            if (sigil == QLatin1Char('/')) {
                if (name != open) {
                    return open.isEmpty()
                               ? templateError(line, QCoreApplication::translate(
                                                         "motcua::forms", "{{/%1}} closes a section that is not open.")
                                                         .arg(name))
                               : templateError(line,
                                               QCoreApplication::translate(
                                                   "motcua::forms",
                                                   "{{/%1}} found where {{/%2}} (opened on line %3) was expected.")
                                                   .arg(name, open)
                                                   .arg(openLine));
                }
                return {};
            }
            const bool table = m_schema.tables.contains(name);
            if (!table && !knownField(name, tables)) {
                return templateError(
                    line,
                    QCoreApplication::translate("motcua::forms", "{{%1}} is not a field of this form.").arg(name));
            }
            m_used.insert(name);
            if (!isOpen) {
                nodes.append({Node::Kind::Field, name, false, {}});
                continue;
            }
            if (table && depth > 0 && sigil == QLatin1Char('#')) {
                return templateError(line, QCoreApplication::translate(
                                               "motcua::forms", "the table {{#%1}} cannot be inside another section.")
                                               .arg(name));
            }
            Node section{sigil == QLatin1Char('#') ? Node::Kind::Section : Node::Kind::Inverted, name, table, {}};
            QStringList inner = tables;
            if (table) {
                inner.append(name);
            }
            if (Status parsed = parseInto(section.children, inner, depth + 1, name, line); !parsed) {
                return parsed;
            }
            nodes.append(std::move(section));
        }
        if (!open.isEmpty()) {
            return templateError(
                openLine,
                QCoreApplication::translate("motcua::forms", "{{#%1}} is never closed with {{/%1}}.").arg(open));
        }
        return {};
    }

    const QString& m_text;
    const FormSchema& m_schema;
    qsizetype m_position = 0;
    QSet<QString> m_used;
};

QString lookup(const QString& name, const QList<const Row*>& rows, const FormData& data)
{
    for (auto row = rows.crbegin(); row != rows.crend(); ++row) {
        if (auto value = (*row)->constFind(name); value != (*row)->cend()) {
            return *value;
        }
    }
    return data.fields.value(name);
}

void renderNodes(const QList<Node>& nodes, const FormData& data, QList<const Row*>& rows, QString& out)
{
    for (const Node& node : nodes) {
        switch (node.kind) {
        case Node::Kind::Text:
            out += node.text;
            break;
        case Node::Kind::Field:
            out += lookup(node.text, rows, data).toHtmlEscaped();
            break;
        case Node::Kind::Section:
            if (node.table) {
                for (const Row& row : data.tables.value(node.text)) {
                    rows.append(&row);
                    renderNodes(node.children, data, rows, out);
                    rows.removeLast();
                }
            } else if (!lookup(node.text, rows, data).isEmpty()) {
                renderNodes(node.children, data, rows, out);
            }
            break;
        case Node::Kind::Inverted:
            if (node.table ? data.tables.value(node.text).isEmpty() : lookup(node.text, rows, data).isEmpty()) {
                renderNodes(node.children, data, rows, out);
            }
            break;
        }
    }
}

} // namespace

Result<FormTemplate> FormTemplate::parse(const QString& text, const FormSchema& schema)
{
    if (text.trimmed().isEmpty()) {
        return Error::invalid(QStringLiteral("template"),
                              QCoreApplication::translate("motcua::forms", "the template is empty."));
    }
    if (Status bounded = TextBounds::check(text, TextKind::Template, QStringLiteral("template")); !bounded) {
        const qsizetype at = TextBounds::controlCharacter(text, true);
        if (at < 0) {
            return Error::invalid(QStringLiteral("template"),
                                  QCoreApplication::translate("motcua::forms", "the template is larger than %1 KB.")
                                      .arg(kMaxSize / 1024));
        }
        return templateError(int(QStringView(text).left(at).count(QLatin1Char('\n'))) + 1, bounded.error().message);
    }
    FormTemplate result;
    result.m_text = text;
    auto nodes = Parser(result.m_text, schema).run();
    if (!nodes) {
        return nodes.error();
    }
    result.m_nodes = std::make_shared<const QList<Node>>(std::move(nodes).value());
    return result;
}

QString FormTemplate::render(const FormData& data) const
{
    QString out;
    out.reserve(m_text.size() * 2);
    QList<const Row*> rows;
    if (m_nodes) {
        renderNodes(*m_nodes, data, rows, out);
    }
    return out;
}

} // namespace motcua::forms
