// The crash rounds: worker processes (tests/crash/CrashWorker.cpp) receive dossiers and move them on in one SQLite
// file while the test kills them with SIGKILL at random moments, round after round. Every action a worker
// acknowledged (its commit returned) must be in the database afterwards, no code given twice, the file intact.
// SQLite only: the embedded file is what a killed process can leave half written; a server keeps its own files.
// MOTCUA_CRASH_ROUNDS sets the rounds (scripts/crash-rounds runs many more than the suite's).
#include "core/storage/HistoryAudit.h"
#include "core/storage/SqlQuery.h"
#include "tests/support/Scalar.h"
#include "tests/support/WorkflowFixture.h"

#include "tests/support/CatchQt.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <memory>
#include <vector>

#include <csignal>
#include <sys/types.h>

using namespace motcua;
using test::scalar;

namespace {

struct Acknowledged {
    QMap<QString, QString> tokens;              // code → the token in its address
    QMap<QPair<QString, QString>, int> actions; // (code, action) → how many times
    QMap<QString, int> versions;                // code → the highest version acknowledged
    int lines = 0;
    int duplicateCodes = 0;
};

// Reads the workers' logs; a last line without its newline was cut by the kill and acknowledges nothing.
void readLog(const QString& path, Acknowledged& acknowledged)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return;
    }
    QByteArray all = file.readAll();
    all.truncate(all.lastIndexOf('\n') + 1);
    for (const QByteArray& raw : all.split('\n')) {
        const QStringList words = QString::fromUtf8(raw).split(QLatin1Char(' '));
        if (words.size() != 3) {
            continue;
        }
        ++acknowledged.lines;
        const QString& code = words.at(1);
        if (words.at(0) == QLatin1String("received")) {
            if (acknowledged.tokens.contains(code)) {
                ++acknowledged.duplicateCodes;
            }
            acknowledged.tokens.insert(code, words.at(2));
            acknowledged.actions[{code, QStringLiteral("receive")}] += 1;
        } else {
            acknowledged.actions[{code, words.at(0)}] += 1;
            acknowledged.versions[code] = std::max(acknowledged.versions.value(code), words.at(2).toInt());
        }
    }
}

int roundsWanted()
{
    const int rounds = qEnvironmentVariableIntValue("MOTCUA_CRASH_ROUNDS");
    return rounds > 0 ? rounds : 60;
}

} // namespace

TEST_CASE("Crash rounds: workers killed at random moments lose nothing they acknowledged", "[crash][sqlite-only]")
{
    const QTemporaryDir folder;
    test::WorkflowFixture f(folder.filePath(QStringLiteral("office.sqlite")));
    const QString database = f.db.path();
    constexpr int kWorkers = 3;
    const int rounds = roundsWanted();
    QRandomGenerator random(20261123);
    std::vector<std::unique_ptr<QProcess>> workers(kWorkers);
    int starts = 0;
    int kills = 0;
    for (int round = 1; round <= rounds; ++round) {
        for (int i = 0; i < kWorkers; ++i) {
            if (workers[i] && workers[i]->state() != QProcess::NotRunning) {
                continue;
            }
            workers[i] = std::make_unique<QProcess>();
            workers[i]->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            workers[i]->start(
                QStringLiteral(MOTCUA_CRASH_WORKER),
                {database, folder.filePath(QStringLiteral("worker%1.log").arg(i)), QString::number(random.generate())});
            REQUIRE(workers[i]->waitForStarted());
            ++starts;
        }
        // A moment anywhere in the work: while opening, inside a transaction, in a commit, in a checkpoint.
        QThread::msleep(30 + random.bounded(400));
        const int victims = 1 + static_cast<int>(random.bounded(kWorkers));
        for (int k = 0; k < victims; ++k) {
            QProcess& worker = *workers[random.bounded(kWorkers)];
            if (worker.state() == QProcess::Running) {
                ::kill(static_cast<pid_t>(worker.processId()), SIGKILL);
                REQUIRE(worker.waitForFinished());
                // Killed, not ended by itself (a worker that stops on its own has found something missing).
                CHECK(worker.exitStatus() == QProcess::CrashExit);
                ++kills;
            }
        }
    }
    for (auto& worker : workers) {
        if (worker->state() == QProcess::Running) {
            ::kill(static_cast<pid_t>(worker->processId()), SIGKILL);
            REQUIRE(worker->waitForFinished());
            ++kills;
        }
    }

    Acknowledged acknowledged;
    for (int i = 0; i < kWorkers; ++i) {
        readLog(folder.filePath(QStringLiteral("worker%1.log").arg(i)), acknowledged);
    }
    storage::Database& db = f.db.database();
    CHECK(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt() == 0);
    // No code given twice, in the database or in the acknowledgements (a code reused after a crash would be
    // acknowledged once more with another token).
    CHECK(scalar(db, QStringLiteral("SELECT count(*) - count(DISTINCT code) FROM dossier")).toInt() == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) - count(DISTINCT register_book || '/' || register_entry) "
                                    "FROM dossier"))
              .toInt() == 0);
    CHECK(acknowledged.duplicateCodes == 0);

    int missing = 0;
    QSqlQuery query(db.connection());
    for (auto it = acknowledged.tokens.cbegin(); it != acknowledged.tokens.cend(); ++it) {
        REQUIRE(storage::exec(query, QStringLiteral("SELECT address, version FROM dossier WHERE code = ?"), {it.key()})
                    .ok());
        if (!query.next() || !query.value(0).toString().contains(QStringLiteral("(%1)").arg(it.value())) ||
            query.value(1).toInt() < acknowledged.versions.value(it.key())) {
            INFO("acknowledged and not found as acknowledged: " << it.key().toStdString());
            CHECK(false);
            ++missing;
        }
    }
    for (auto it = acknowledged.actions.cbegin(); it != acknowledged.actions.cend(); ++it) {
        REQUIRE(storage::exec(query,
                              QStringLiteral("SELECT count(*) FROM dossier_event e JOIN dossier d ON d.id = "
                                             "e.dossier_id WHERE d.code = ? AND e.action = ?"),
                              {it.key().first, it.key().second})
                    .ok());
        REQUIRE(query.next());
        if (query.value(0).toInt() < it.value()) {
            INFO(it.key().second.toStdString() << " of " << it.key().first.toStdString() << " acknowledged "
                                               << it.value() << " times, in the history " << query.value(0).toInt());
            CHECK(false);
            ++missing;
        }
    }
    // The check of `motcua-cli verify`: every chain unbroken, every dossier's state following from its events.
    QStringList findings;
    const auto audited = storage::HistoryAudit(db.connection(), db.dialect())
                             .run([&findings](const storage::AuditFinding& finding) { findings << finding.line(); });
    REQUIRE(audited);
    INFO(findings.join(QLatin1Char('\n')).toStdString());
    CHECK(findings.isEmpty());
    std::printf("Crash rounds: %d rounds, %d worker starts, %d killed with SIGKILL; %d acknowledgements (%lld "
                "dossiers), %d lost; integrity ok: %s; verify: %lld findings\n",
                rounds, starts, kills, acknowledged.lines, static_cast<long long>(acknowledged.tokens.size()), missing,
                scalar(db, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok") ? "yes" : "no",
                static_cast<long long>(findings.size()));
    std::fflush(stdout);
    CHECK(kills >= rounds);
    CHECK(acknowledged.tokens.size() > rounds);
    CHECK(missing == 0);
}
