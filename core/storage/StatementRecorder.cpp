#include "core/storage/StatementRecorder.h"

namespace motcua::storage {

namespace {

thread_local StatementRecorder* t_recorder = nullptr;

} // namespace

StatementRecorder::StatementRecorder()
    : m_outer(t_recorder)
{
    t_recorder = this;
}

StatementRecorder::~StatementRecorder()
{
    t_recorder = m_outer;
}

void StatementRecorder::note(const QString& sql, const QVariantList& values)
{
    if (t_recorder != nullptr) {
        t_recorder->m_statements.append({sql, values});
    }
}

} // namespace motcua::storage
