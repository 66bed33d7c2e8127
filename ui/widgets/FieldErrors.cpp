#include "ui/widgets/FieldErrors.h"

#include "ui/widgets/ElidedLabel.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace motcua::ui {

ElidedLabel* fieldErrorLabel(const QString& objectName, QWidget* parent)
{
    auto* line = new ElidedLabel(parent);
    line->setObjectName(objectName);
    line->setFixedHeight(line->fontMetrics().height());
    line->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    QPalette palette = line->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    line->setPalette(palette);
    return line;
}

void showFieldError(QWidget* editor, ElidedLabel* line, const QString& message)
{
    line->setText(message);
    line->setToolTip(message);
    // A compound field (an amount and its unit) marks the part that takes the focus.
    if (editor && editor->focusProxy()) {
        editor = editor->focusProxy();
    }
    if (editor) {
        editor->setAccessibleDescription(message);
        // The red border marks the field as well as its message.
        editor->setStyleSheet(message.isEmpty() ? QString()
                                                : QStringLiteral("%1 { border: 1px solid #b01c1c; }")
                                                      .arg(QString::fromLatin1(editor->metaObject()->className())));
    }
}

void disconnectChildren(QWidget* editor)
{
    const QList<QWidget*> children = editor->findChildren<QWidget*>();
    for (QWidget* child : children) {
        child->disconnect(editor);
    }
}

void FieldErrors::addRow(QGridLayout* grid, int row, const QString& key, const QString& label, QWidget* editor)
{
    auto* caption = new QLabel(label);
    caption->setBuddy(editor);
    caption->setMinimumHeight(editor->sizeHint().height());
    caption->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    ElidedLabel* line = fieldErrorLabel(editor->objectName() + QStringLiteral("Error"));
    auto* cell = new QVBoxLayout;
    cell->setSpacing(1);
    cell->addWidget(editor);
    cell->addWidget(line);
    grid->addWidget(caption, row, 0, Qt::AlignTop);
    grid->addLayout(cell, row, 1);
    add(key, editor, line);
}

void FieldErrors::add(const QString& key, QWidget* editor, ElidedLabel* line)
{
    m_fields.insert(key, {editor, line});
    m_order << key;
}

QString FieldErrors::show(const QList<Error>& errors, bool all)
{
    QString first;
    for (const QString& key : std::as_const(m_order)) {
        const Field field = m_fields.value(key);
        QString message;
        for (const Error& error : errors) {
            if (error.field == key || error.field.startsWith(key + QLatin1Char('['))) {
                message = error.message;
                break;
            }
        }
        // An error already shown follows the typing; a new one waits until the field is left.
        const bool visible = all || m_touched.contains(key) || !field.line->text().isEmpty();
        showFieldError(field.editor, field.line, visible ? message : QString());
        if (all) {
            m_touched.insert(key);
        }
        if (visible && !message.isEmpty() && first.isEmpty()) {
            first = key;
        }
    }
    return first;
}

bool FieldErrors::save(const QList<Error>& errors, QLabel* message, const std::function<Status()>& apply)
{
    message->clear();
    const QString first = show(errors, true);
    if (!first.isEmpty()) {
        editor(first)->setFocus();
        return false;
    }
    const Status applied = apply ? apply() : Status();
    if (applied) {
        return true;
    }
    if (has(applied.error().field)) {
        show({applied.error()}, true);
        editor(applied.error().field)->setFocus();
    } else {
        message->setText(applied.error().message);
    }
    return false;
}

QString FieldErrors::shown(const QString& key) const
{
    const auto field = m_fields.constFind(key);
    return field == m_fields.cend() ? QString() : field->line->text();
}

QWidget* FieldErrors::editor(const QString& key) const
{
    return m_fields.value(key).editor;
}

} // namespace motcua::ui
