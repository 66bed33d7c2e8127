#pragma once

#include <QList>
#include <QString>
#include <QVariantList>

namespace motcua::storage {

// A statement as the application ran it: its text and bound values.
struct RecordedStatement {
    QString sql;
    QVariantList values;
};

// While one lives, every statement that storage::exec() runs on its thread is recorded in it. `motcua-cli bench`
// runs an operation once under a recorder, then the same statements through the engine's own C API: the plain SQL
// time beside the application's. Recorders nest (the inner one records).
class StatementRecorder {
public:
    StatementRecorder();
    ~StatementRecorder();
    StatementRecorder(const StatementRecorder&) = delete;
    StatementRecorder& operator=(const StatementRecorder&) = delete;

    const QList<RecordedStatement>& statements() const { return m_statements; }
    // Called by exec() for each statement: recorded when this thread has a recorder, otherwise nothing.
    static void note(const QString& sql, const QVariantList& values);

private:
    QList<RecordedStatement> m_statements;
    StatementRecorder* m_outer;
};

} // namespace motcua::storage
