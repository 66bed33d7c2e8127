#pragma once

#include "core/common/Clock.h"
#include "core/storage/Database.h"

#include <QCommandLineOption>
#include <QElapsedTimer>
#include <QList>

#include <memory>
#include <optional>

class QCommandLineParser;
class QCoreApplication;

// What the benchmarks share: `motcua-cli bench` and the programs of bench/ (the window's list and dashboard, the
// printed register, the reports of every period). They print figures; no test asserts on time.
namespace motcua::bench {

inline double millis(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// The times of one operation's runs, in milliseconds.
class Timings {
public:
    void add(double ms) { m_ms.append(ms); }
    bool isEmpty() const { return m_ms.isEmpty(); }
    qsizetype size() const { return m_ms.size(); }
    double median() const { return percentile(50); }
    // Nearest rank: the smallest time that `percent` % of the runs do not exceed (the slowest for 100, and for 99
    // with fewer than 100 runs).
    double percentile(double percent) const;
    double slowest() const { return percentile(100); }

private:
    QList<double> m_ms;
};

// The database of a benchmark's --db; null, with the error printed, when it does not open.
std::unique_ptr<storage::Database> openDatabase(const QString& location, const Clock& clock);

// The options every benchmark program takes: --db FILE|URL (required) and --runs N (from 1), besides its own.
struct Options {
    QString database;
    int runs = 5;
};

// Parses the program's command line: --db, --runs (when `defaultRuns` is set) and `extra`, whose values the caller
// reads from `parser`. Prints `usage` and returns nothing when --db is missing or --runs is not a number from 1.
std::optional<Options> parseOptions(const QCoreApplication& app, QCommandLineParser& parser, const char* usage,
                                    const QList<QCommandLineOption>& extra = {},
                                    std::optional<int> defaultRuns = std::nullopt);

} // namespace motcua::bench
