#include "core/forms/RegisterTemplate.h"

#include "core/forms/FormKind.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace motcua::forms {

namespace {

Error problem(const QString& message)
{
    return Error::invalid(QStringLiteral("template"), message);
}

// The register's fields without what the whole template must show: each part is checked on its own.
const FormSchema& partSchema()
{
    static const FormSchema schema = [] {
        FormSchema part = formSchema(FormKind::Register);
        part.requiredFields.clear();
        part.requiredImages.clear();
        return part;
    }();
    return schema;
}

// An HTML tag of a table: <table>, <thead>, <tbody>, <tfoot>, <tr>, <td>, <th>, or their end.
struct Tag {
    qsizetype start = 0;
    qsizetype end = 0; // after its '>'
    bool closing = false;
    QString name; // lower case
    QString attributes;
};

QList<Tag> tableTags(const QString& text)
{
    static const QRegularExpression tag(QStringLiteral("<(/?)(table|thead|tbody|tfoot|tr|td|th)\\b([^>]*)>"),
                                        QRegularExpression::CaseInsensitiveOption);
    QList<Tag> tags;
    for (auto match = tag.globalMatch(text); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        tags.append({found.capturedStart(), found.capturedEnd(), !found.capturedView(1).isEmpty(),
                     found.captured(2).toLower(), found.captured(3)});
    }
    return tags;
}

// A cell's width="N%" or width="N" (pixels), or the same in its style.
std::pair<qreal, qreal> widthOf(const QString& attributes)
{
    static const QRegularExpression width(
        QStringLiteral("(?:\\bwidth\\s*=\\s*[\"']?|\\bwidth\\s*:\\s*)([0-9]+(?:\\.[0-9]+)?)\\s*(%|px)?"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch found = width.match(attributes);
    if (!found.hasMatch()) {
        return {0, 0};
    }
    const qreal value = found.captured(1).toDouble();
    return found.captured(2) == QLatin1String("%") ? std::pair{value, qreal(0)} : std::pair{qreal(0), value};
}

Qt::Alignment alignmentOf(const QString& attributes, Qt::Alignment fallback)
{
    static const QRegularExpression align(
        QStringLiteral("(?:\\balign\\s*=\\s*[\"']?|\\btext-align\\s*:\\s*)(left|center|right|justify)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString value = align.match(attributes).captured(1).toLower();
    if (value == QLatin1String("center")) {
        return Qt::AlignHCenter;
    }
    if (value == QLatin1String("right")) {
        return Qt::AlignRight;
    }
    if (value == QLatin1String("left")) {
        return Qt::AlignLeft;
    }
    if (value == QLatin1String("justify")) {
        return Qt::AlignJustify;
    }
    return fallback;
}

int spanOf(const QString& attributes, const char* name)
{
    const QRegularExpression span(QStringLiteral("\\b%1\\s*=\\s*[\"']?([0-9]+)").arg(QLatin1String(name)),
                                  QRegularExpression::CaseInsensitiveOption);
    const int value = span.match(attributes).captured(1).toInt();
    return std::clamp(value, 1, 100);
}

// A cell of a table row, as written: its tag and its content's place in the text.
struct Cell {
    Tag tag;
    qsizetype contentStart = 0;
    qsizetype contentEnd = 0;
};
struct TableRow {
    qsizetype start = 0;
    QList<Cell> cells;
};

// The rows of `tags` (a part of the table with no table inside): a cell ends at its end tag or where the next cell,
// row or part begins (HTML lets them be left out).
QList<TableRow> rowsOf(const QList<Tag>& tags, qsizetype end)
{
    QList<TableRow> rows;
    Cell* open = nullptr;
    const auto close = [&](qsizetype at) {
        if (open) {
            open->contentEnd = at;
            open = nullptr;
        }
    };
    for (const Tag& tag : tags) {
        if (tag.name == QLatin1String("td") || tag.name == QLatin1String("th")) {
            close(tag.start);
            if (!tag.closing) {
                if (rows.isEmpty()) {
                    rows.append(TableRow{tag.start, {}}); // a cell without its <tr>
                }
                rows.last().cells.append({tag, tag.end, end});
                open = &rows.last().cells.last();
            }
        } else {
            close(tag.start);
            if (tag.name == QLatin1String("tr") && !tag.closing) {
                rows.append(TableRow{tag.start, {}});
            }
        }
    }
    close(end);
    return rows;
}

int lineAt(const QString& text, qsizetype position)
{
    return int(QStringView(text).left(position).count(QLatin1Char('\n'))) + 1;
}

} // namespace

class RegisterTemplateParser {
public:
    explicit RegisterTemplateParser(const QString& text)
        : m_text(text)
    {}

    Result<RegisterTemplate> run()
    {
        if (auto whole = FormTemplate::parse(m_text, formSchema(FormKind::Register)); !whole) {
            return whole.error();
        }
        static const QRegularExpression rowsOpen(QStringLiteral("\\{\\{\\s*#\\s*rows\\s*\\}\\}"));
        static const QRegularExpression rowsClose(QStringLiteral("\\{\\{\\s*/\\s*rows\\s*\\}\\}"));
        static const QRegularExpression emptyOpen(QStringLiteral("\\{\\{\\s*\\^\\s*rows\\s*\\}\\}"));
        QList<QRegularExpressionMatch> opens;
        for (auto match = rowsOpen.globalMatch(m_text); match.hasNext();) {
            opens.append(match.next());
        }
        if (opens.isEmpty()) {
            return problem(QCoreApplication::translate(
                "motcua::forms", "the register's template has no table of its rows: one row of a table (<tr>) between "
                                 "{{#rows}} and {{/rows}} is printed for each dossier."));
        }
        if (opens.size() > 1) {
            return problem(QCoreApplication::translate(
                               "motcua::forms",
                               "line %1: the register's template has a second {{#rows}}; the register has one table "
                               "of rows.")
                               .arg(lineAt(m_text, opens.at(1).capturedStart())));
        }
        const qsizetype sectionStart = opens.first().capturedStart();
        const qsizetype sectionContent = opens.first().capturedEnd();
        const QRegularExpressionMatch sectionEnd = rowsClose.match(m_text, sectionContent);
        const int line = lineAt(m_text, sectionStart);

        // The table around {{#rows}}, and where it ends.
        const QList<Tag> tags = tableTags(m_text);
        QList<qsizetype> openTables; // indexes into tags
        qsizetype first = 0;
        for (; first < tags.size() && tags.at(first).start < sectionStart; ++first) {
            const Tag& tag = tags.at(first);
            if (tag.name == QLatin1String("table")) {
                if (!tag.closing) {
                    openTables.append(first);
                } else if (!openTables.isEmpty()) {
                    openTables.removeLast();
                }
            }
        }
        if (openTables.isEmpty()) {
            return problem(QCoreApplication::translate(
                               "motcua::forms",
                               "line %1: {{#rows}} is not inside a table (<table>): the register's rows are printed as "
                               "the rows of a table, with its head on every page.")
                               .arg(line));
        }
        const Tag table = tags.at(openTables.last());
        qsizetype tableEnd = -1;
        QList<Tag> inside;
        for (qsizetype at = openTables.last() + 1; at < tags.size(); ++at) {
            const Tag& tag = tags.at(at);
            if (tag.name == QLatin1String("table")) {
                if (tag.closing) {
                    tableEnd = at;
                    break;
                }
                return problem(QCoreApplication::translate(
                                   "motcua::forms",
                                   "line %1: the table of the register's rows holds another table; its cells can "
                                   "only hold text.")
                                   .arg(lineAt(m_text, tag.start)));
            }
            inside.append(tag);
        }
        if (tableEnd < 0) {
            return problem(
                QCoreApplication::translate("motcua::forms",
                                            "line %1: the table of the register's rows is never closed with </table>.")
                    .arg(lineAt(m_text, table.start)));
        }
        const qsizetype tableClose = tags.at(tableEnd).start;
        if (sectionEnd.capturedStart() > tableClose) {
            return problem(
                QCoreApplication::translate(
                    "motcua::forms", "line %1: {{/rows}} must close the rows inside their table, before its </table>.")
                    .arg(line));
        }

        // The line of an empty register: {{^rows}} … {{/rows}} inside the table.
        QList<std::pair<qsizetype, qsizetype>> skipped; // what of the table is not its head or its row
        for (auto match = emptyOpen.globalMatch(m_text, table.end); match.hasNext();) {
            const QRegularExpressionMatch found = match.next();
            if (found.capturedStart() >= tableClose) {
                break;
            }
            const QRegularExpressionMatch end = rowsClose.match(m_text, found.capturedEnd());
            if (Status read = readEmpty(inside, found.capturedEnd(), end.capturedStart()); !read) {
                return read.error();
            }
            skipped.append({found.capturedStart(), end.capturedEnd()});
        }
        const auto part = [&](qsizetype from, qsizetype to) {
            QList<Tag> result;
            for (const Tag& tag : inside) {
                const bool skip = std::any_of(skipped.cbegin(), skipped.cend(), [&](const auto& span) {
                    return tag.start >= span.first && tag.start < span.second;
                });
                if (tag.start >= from && tag.start < to && !skip) {
                    result.append(tag);
                }
            }
            return result;
        };

        if (Status head = readHead(rowsOf(part(table.end, sectionStart), sectionStart), line); !head) {
            return head.error();
        }
        const QList<TableRow> rows =
            rowsOf(part(sectionContent, sectionEnd.capturedStart()), sectionEnd.capturedStart());
        if (rows.size() != 1) {
            return problem(QCoreApplication::translate(
                               "motcua::forms",
                               "line %1: {{#rows}} … {{/rows}} must hold one row of the table (<tr>), printed for "
                               "each dossier; it holds %2.")
                               .arg(line)
                               .arg(rows.size()));
        }
        if (Status columns = readColumns(rows.first()); !columns) {
            return columns.error();
        }
        const QList<TableRow> after = rowsOf(part(sectionEnd.capturedEnd(), tableClose), tableClose);
        if (!after.isEmpty()) {
            return problem(QCoreApplication::translate(
                               "motcua::forms",
                               "line %1: the table of the register's rows has a row after {{/rows}}, which cannot be "
                               "printed after thousands of rows; put it below the table.")
                               .arg(lineAt(m_text, after.first().start)));
        }
        if (Status widths = checkWidths(); !widths) {
            return widths.error();
        }
        m_result.m_tablePercent = widthOf(table.attributes).first > 0 ? widthOf(table.attributes).first : 100;

        // The document's head, the part above the table and the part below it, each filled in on its own.
        static const QRegularExpression body(QStringLiteral("<body\\b[^>]*>"),
                                             QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch bodyOpen = body.match(m_text);
        const qsizetype headEnd =
            bodyOpen.hasMatch() && bodyOpen.capturedEnd() <= table.start ? bodyOpen.capturedEnd() : 0;
        auto documentHead = fragment(0, headEnd, QCoreApplication::translate("motcua::forms", "the template's head"));
        auto heading = fragment(headEnd, table.start,
                                QCoreApplication::translate("motcua::forms", "the part above the table of rows"));
        auto closing = fragment(tags.at(tableEnd).end, m_text.size(),
                                QCoreApplication::translate("motcua::forms", "the part below the table of rows"));
        if (!documentHead || !heading || !closing) {
            return !documentHead ? documentHead.error() : !heading ? heading.error() : closing.error();
        }
        m_result.m_documentHead = std::move(documentHead).value();
        m_result.m_heading = std::move(heading).value();
        m_result.m_closing = std::move(closing).value();
        return m_result;
    }

private:
    // The template's text from `from` to `to` as a template of its own, its lines numbered as in the whole.
    Result<FormTemplate> fragment(qsizetype from, qsizetype to, const QString& what, bool inRow = false) const
    {
        QString text(lineAt(m_text, from) - 1, QLatin1Char('\n'));
        const QString piece = m_text.mid(from, to - from);
        text += inRow ? QStringLiteral("{{#rows}}%1{{/rows}}").arg(piece) : piece;
        if (piece.trimmed().isEmpty() && !inRow) {
            text += QLatin1Char(' '); // an empty part is a template too
        }
        auto parsed = FormTemplate::parse(text, partSchema());
        if (!parsed) {
            return problem(QCoreApplication::translate(
                               "motcua::forms",
                               "%1 cannot be filled in on its own (the register is printed in parts: above its "
                               "table, its table, below it): %2")
                               .arg(what, parsed.error().message));
        }
        return parsed;
    }

    Status readHead(const QList<TableRow>& rows, int line)
    {
        if (rows.isEmpty()) {
            return problem(QCoreApplication::translate(
                               "motcua::forms",
                               "line %1: the table of the register's rows has no head: the row or rows of its titles "
                               "(<thead><tr><th>…) come before {{#rows}}.")
                               .arg(line));
        }
        QList<QList<bool>> taken; // the head's grid: row, column
        for (qsizetype r = 0; r < rows.size(); ++r) {
            taken.resize(std::max(taken.size(), r + 1));
            int column = 0;
            for (const Cell& cell : rows.at(r).cells) {
                while (column < taken.at(r).size() && taken.at(r).at(column)) {
                    ++column;
                }
                const int rowSpan = std::min(spanOf(cell.tag.attributes, "rowspan"), int(rows.size() - r));
                const int columnSpan = spanOf(cell.tag.attributes, "colspan");
                auto content =
                    fragment(cell.contentStart, cell.contentEnd,
                             QCoreApplication::translate("motcua::forms", "a title of the register's table"));
                if (!content) {
                    return content.error();
                }
                const bool header = cell.tag.name == QLatin1String("th");
                m_result.m_head.append({std::move(content).value(), int(r), column, rowSpan, columnSpan,
                                        alignmentOf(cell.tag.attributes, header ? Qt::AlignHCenter : Qt::AlignLeft),
                                        header});
                if (columnSpan == 1) {
                    m_titleWidths.append({column, cell.tag.attributes});
                }
                for (int inRow = int(r); inRow < r + rowSpan; ++inRow) {
                    taken.resize(std::max(taken.size(), qsizetype(inRow + 1)));
                    QList<bool>& grid = taken[inRow];
                    grid.resize(std::max(grid.size(), qsizetype(column + columnSpan)));
                    for (int c = column; c < column + columnSpan; ++c) {
                        grid[c] = true;
                    }
                }
                column += columnSpan;
            }
        }
        m_result.m_headRows = int(rows.size());
        m_headGrid = taken;
        return {};
    }

    Status readColumns(const TableRow& row)
    {
        for (const Cell& cell : row.cells) {
            if (spanOf(cell.tag.attributes, "colspan") > 1 || spanOf(cell.tag.attributes, "rowspan") > 1) {
                return problem(QCoreApplication::translate(
                                   "motcua::forms",
                                   "line %1: a cell of the row between {{#rows}} and {{/rows}} spans columns or "
                                   "rows; each cell of the row is one column.")
                                   .arg(lineAt(m_text, cell.tag.start)));
            }
            auto content =
                fragment(cell.contentStart, cell.contentEnd,
                         QCoreApplication::translate("motcua::forms", "a cell of the register's rows"), true);
            if (!content) {
                return content.error();
            }
            static const QRegularExpression onlyField(
                QStringLiteral("^\\s*\\{\\{\\s*([a-z][a-z0-9_]*)\\s*\\}\\}\\s*$"));
            const auto [percent, pixels] = widthOf(cell.tag.attributes);
            const bool header = cell.tag.name == QLatin1String("th");
            m_result.m_columns.append(
                {std::move(content).value(),
                 onlyField.match(QStringView(m_text).mid(cell.contentStart, cell.contentEnd - cell.contentStart))
                     .captured(1),
                 percent, pixels, alignmentOf(cell.tag.attributes, header ? Qt::AlignHCenter : Qt::AlignLeft)});
        }
        if (m_result.m_columns.isEmpty()) {
            return problem(QCoreApplication::translate("motcua::forms",
                                                       "the row between {{#rows}} and {{/rows}} has no cell (<td>)."));
        }
        return {};
    }

    // Every row of the head as wide as the row of cells.
    Status checkWidths()
    {
        const qsizetype columns = m_result.m_columns.size();
        for (qsizetype r = 0; r < m_headGrid.size(); ++r) {
            const qsizetype wide = std::count(m_headGrid.at(r).cbegin(), m_headGrid.at(r).cend(), true);
            if (wide != columns || m_headGrid.at(r).size() != columns) {
                return problem(QCoreApplication::translate(
                                   "motcua::forms",
                                   "row %1 of the head of the register's table is %2 columns wide, but the row "
                                   "between {{#rows}} and {{/rows}} has %3 cells; the head's titles stand over the "
                                   "row's columns.")
                                   .arg(r + 1)
                                   .arg(std::max(wide, m_headGrid.at(r).size()))
                                   .arg(columns));
            }
        }
        // A column without a width of its own takes that of a title standing over it alone (as the shipped one).
        for (const auto& [index, attributes] : std::as_const(m_titleWidths)) {
            RegisterTemplate::Column& column = m_result.m_columns[index];
            if (column.percent <= 0 && column.pixels <= 0) {
                std::tie(column.percent, column.pixels) = widthOf(attributes);
            }
        }
        return {};
    }

    Status readEmpty(const QList<Tag>& inside, qsizetype from, qsizetype to)
    {
        QList<Tag> tags;
        for (const Tag& tag : inside) {
            if (tag.start >= from && tag.start < to) {
                tags.append(tag);
            }
        }
        const QList<TableRow> rows = rowsOf(tags, to);
        if (rows.size() != 1 || rows.first().cells.size() != 1) {
            return problem(QCoreApplication::translate(
                               "motcua::forms",
                               "line %1: {{^rows}} … {{/rows}} in the table of the register's rows must hold one row "
                               "of one cell, the line printed when the period has no dossier.")
                               .arg(lineAt(m_text, from)));
        }
        const Cell& cell = rows.first().cells.first();
        auto content = fragment(cell.contentStart, cell.contentEnd,
                                QCoreApplication::translate("motcua::forms", "the line of an empty register"));
        if (!content) {
            return content.error();
        }
        m_result.m_empty = std::move(content).value();
        m_result.m_emptyAlignment = alignmentOf(cell.tag.attributes, Qt::AlignLeft);
        return {};
    }

    const QString& m_text;
    RegisterTemplate m_result;
    QList<QList<bool>> m_headGrid;
    QList<std::pair<int, QString>> m_titleWidths; // the titles over one column each: the column, their attributes
};

Result<RegisterTemplate> RegisterTemplate::parse(const QString& text)
{
    return RegisterTemplateParser(text).run();
}

namespace {

FormData withLines(const FormData& fields, qint64 lines)
{
    FormData data;
    data.fields = fields.fields;
    if (lines > 0) {
        data.tables.insert(QStringLiteral("rows"), {Row()}); // {{^rows}} outside the table: not shown
    }
    return data;
}

} // namespace

QString RegisterTemplate::heading(const FormData& fields, qint64 lines) const
{
    const FormData data = withLines(fields, lines);
    return m_documentHead.render(data) + m_heading.render(data);
}

QString RegisterTemplate::closing(const FormData& fields, qint64 lines) const
{
    const FormData data = withLines(fields, lines);
    return m_documentHead.render(data) + m_closing.render(data);
}

QString RegisterTemplate::document(const QString& body, const FormData& fields) const
{
    return m_documentHead.render(fields) + body;
}

QString RegisterTemplate::emptyLine(const FormData& fields) const
{
    return m_empty ? m_empty->render(fields) : QString();
}

QString RegisterTemplate::cellText(qsizetype column, const Row& row, const FormData& fields) const
{
    const Column& cell = m_columns.at(column);
    if (!cell.field.isEmpty()) {
        if (auto value = row.constFind(cell.field); value != row.cend()) {
            return *value;
        }
        return fields.fields.value(cell.field);
    }
    FormData data;
    data.fields = fields.fields;
    data.tables.insert(QStringLiteral("rows"), {row});
    return cellPlainText(cell.cell.render(data));
}

QString cellPlainText(const QString& html)
{
    if (!html.contains(QLatin1Char('<')) && !html.contains(QLatin1Char('&'))) {
        return html.simplified();
    }
    static const QRegularExpression lineBreak(QStringLiteral("<br\\b[^>]*>"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression entity(QStringLiteral("&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);"));
    QString text = html;
    text.replace(lineBreak, QString(QChar::LineSeparator)); // a new line in the HTML is a space
    text.remove(tag);
    QStringList lines = text.split(QChar::LineSeparator);
    for (QString& line : lines) {
        line = line.simplified();
        QString decoded;
        qsizetype at = 0;
        for (auto match = entity.globalMatch(line); match.hasNext();) {
            const QRegularExpressionMatch found = match.next();
            decoded += QStringView(line).mid(at, found.capturedStart() - at);
            const QString name = found.captured(1);
            if (name.startsWith(QLatin1String("#x"), Qt::CaseInsensitive)) {
                decoded += QChar(char16_t(name.mid(2).toUInt(nullptr, 16)));
            } else if (name.startsWith(QLatin1Char('#'))) {
                decoded += QChar(char16_t(name.mid(1).toUInt()));
            } else if (name == QLatin1String("amp")) {
                decoded += QLatin1Char('&');
            } else if (name == QLatin1String("lt")) {
                decoded += QLatin1Char('<');
            } else if (name == QLatin1String("gt")) {
                decoded += QLatin1Char('>');
            } else if (name == QLatin1String("quot")) {
                decoded += QLatin1Char('"');
            } else if (name == QLatin1String("nbsp")) {
                decoded += QChar(0xa0);
            } else {
                decoded += found.captured(0);
            }
            at = found.capturedEnd();
        }
        decoded += QStringView(line).mid(at);
        line = decoded;
    }
    return lines.join(QChar::LineSeparator);
}

} // namespace motcua::forms
