#pragma once

#include "core/common/Result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

class QGridLayout;
class QLabel;
class QWidget;

namespace motcua::ui {

class ElidedLabel;

// The error line under a field: one line whose room is always kept, so that nothing moves while typing (a longer
// message ends with "…" and shows whole in the tooltip).
ElidedLabel* fieldErrorLabel(const QString& objectName, QWidget* parent = nullptr);
// Shows `message` (empty: none) on the line and marks the editor with a red border.
void showFieldError(QWidget* editor, ElidedLabel* line, const QString& message);

// For an editor's destructor: closing it moves the focus out of a field, which would check the fields after
// the members are gone; its children's connections to it are dropped first.
void disconnectChildren(QWidget* editor);

// The fields of an editor keyed by the field names of the core's errors ("code", "limit" …; a key "documents"
// also takes the errors of "documents[2].name" …). A field's error shows once the field has been left, or on
// save, and then follows the typing until the value is right, as on the intake form.
class FieldErrors {
public:
    // The label, the editor with its error line under it, in `row` of `grid` (columns 0 and 1).
    void addRow(QGridLayout* grid, int row, const QString& key, const QString& label, QWidget* editor);
    // A field whose editor the caller lays out itself, with its own error line.
    void add(const QString& key, QWidget* editor, ElidedLabel* line);
    // The field was left: its error may show from now on.
    void touch(const QString& key) { m_touched.insert(key); }
    // Shows the errors of the fields touched (every field when `all`), clears the others; returns the first
    // field with an error shown.
    QString show(const QList<Error>& errors, bool all);
    // Save of an editor: every error of `errors` shown and the first field focused (false); else `apply` runs, and
    // its refusal is shown beside its field, or in `message` when it names none here (false). True when applied.
    bool save(const QList<Error>& errors, QLabel* message, const std::function<Status()>& apply);
    // The error shown beside `key`, or "".
    QString shown(const QString& key) const;
    QWidget* editor(const QString& key) const;
    bool has(const QString& key) const { return m_fields.contains(key); }

private:
    struct Field {
        QWidget* editor = nullptr;
        ElidedLabel* line = nullptr;
    };
    QHash<QString, Field> m_fields;
    QList<QString> m_order;
    QSet<QString> m_touched;
};

} // namespace motcua::ui
