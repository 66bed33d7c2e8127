#pragma once

#include "core/common/Clock.h"
#include "core/storage/Database.h"

#include <QElapsedTimer>

#include <cstdio>
#include <memory>

namespace motcua::bench {

inline double millis(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// The database of a benchmark's --db; null, with the error printed, when it does not open.
inline std::unique_ptr<storage::Database> openDatabase(const QString& path, const Clock& clock)
{
    auto database = storage::Database::open(path, clock);
    if (!database) {
        std::fprintf(stderr, "%s\n", database.error().message.toUtf8().constData());
        return nullptr;
    }
    return std::move(database).value();
}

} // namespace motcua::bench
