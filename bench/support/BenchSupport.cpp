#include "bench/support/BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace motcua::bench {

double Timings::percentile(double percent) const
{
    if (m_ms.isEmpty()) {
        return 0.0;
    }
    QList<double> sorted = m_ms;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = static_cast<qsizetype>(std::ceil(percent / 100.0 * static_cast<double>(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

std::unique_ptr<storage::Database> openDatabase(const QString& location, const Clock& clock)
{
    auto database = storage::Database::open(location, clock);
    if (!database) {
        std::fprintf(stderr, "%s\n", database.error().message.toUtf8().constData());
        return nullptr;
    }
    return std::move(database).value();
}

std::optional<Options> parseOptions(const QCoreApplication& app, QCommandLineParser& parser, const char* usage,
                                    const QList<QCommandLineOption>& extra, std::optional<int> defaultRuns)
{
    const QCommandLineOption databaseOption(QStringLiteral("db"), QStringLiteral("Database file or server URL."),
                                            QStringLiteral("FILE|URL"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Repetitions."), QStringLiteral("N"),
                                        QString::number(defaultRuns.value_or(1)));
    parser.addOption(databaseOption);
    if (defaultRuns) {
        parser.addOption(runsOption);
    }
    parser.addOptions(extra);
    parser.process(app);
    Options options;
    options.database = parser.value(databaseOption);
    bool ok = true;
    if (defaultRuns) {
        options.runs = parser.value(runsOption).toInt(&ok);
    }
    if (options.database.isEmpty() || !ok || options.runs < 1) {
        std::fprintf(stderr, "usage: %s\n", usage);
        return std::nullopt;
    }
    return options;
}

} // namespace motcua::bench
