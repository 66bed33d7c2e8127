#include "app/cli/VerifyCommand.h"

#include "app/cli/CliContext.h"
#include "core/storage/Backup.h"
#include "core/storage/HistoryAudit.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>

#include <cstdio>
#include <functional>
#include <optional>

namespace motcua::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("motcua::cli", text);
}

// Progress on standard error, one line a part and at most one a second within it.
class ProgressLine {
public:
    void operator()(const QString& part, qint64 done, qint64 total)
    {
        if (part == m_part && m_shown.isValid() && m_shown.elapsed() < 1000 && done < total) {
            return;
        }
        m_part = part;
        m_shown.start();
        std::fprintf(stderr, "%s\n", tr("verify: %1 %2 / %3").arg(part).arg(done).arg(total).toUtf8().constData());
    }

private:
    QString m_part;
    QElapsedTimer m_shown;
};

} // namespace

int runVerify(CliContext& context)
{
    if (!context.arguments().positional().isEmpty()) {
        return context.fail(Error::invalid(QStringLiteral("arguments"),
                                           tr("Usage: motcua-cli verify [--db FILE|URL] [--backup FILE] [--json]")));
    }
    std::optional<storage::BackupSummary> backup;
    if (const QString file = context.arguments().value(QStringLiteral("backup")); !file.isEmpty()) {
        auto summary = storage::Backup::verify(file);
        if (!summary) {
            return context.fail(summary.error());
        }
        backup = *summary;
    }
    auto db = context.database();
    if (!db) {
        return context.fail(db.error());
    }
    const auto print = [&context](const storage::AuditFinding& finding) {
        if (context.json()) {
            context.printJson(finding.toJson());
        } else {
            context.print(finding.line());
        }
    };
    storage::HistoryAudit audit((*db)->connection(), (*db)->dialect());
    audit.checkDossiersAlongside((*db)->another(context.clock()));
    ProgressLine progress;
    auto outcome = audit.run(print, std::ref(progress));
    if (!outcome) {
        return context.fail(outcome.error());
    }
    qint64 findings = outcome->findings;
    if (backup) {
        auto held = audit.checkBackup(*backup, print);
        if (!held) {
            return context.fail(held.error());
        }
        findings += *held;
    }
    const double seconds = std::max<qint64>(outcome->elapsedMs, 1) / 1000.0;
    std::fprintf(stderr, "%s\n",
                 tr("verify: %1 history entries and %2 dossiers in %3 s (%4 entries/s, %5 dossiers/s)")
                     .arg(outcome->entries)
                     .arg(outcome->dossiers)
                     .arg(seconds, 0, 'f', 2)
                     .arg(qRound64(outcome->entries / seconds))
                     .arg(qRound64(outcome->dossiers / seconds))
                     .toUtf8()
                     .constData());
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("ok"), findings == 0},
                                      {QStringLiteral("findings"), findings},
                                      {QStringLiteral("entries"), outcome->entries},
                                      {QStringLiteral("dossiers"), outcome->dossiers},
                                      {QStringLiteral("elapsed_ms"), outcome->elapsedMs}});
    } else if (findings == 0) {
        context.print(tr("The histories and the %1 dossiers verify: nothing was changed behind the application's "
                         "back.")
                          .arg(outcome->dossiers));
    } else {
        context.print(tr("%1 findings: the database was changed outside MotCua.").arg(findings));
    }
    return findings == 0 ? Success : Tampered;
}

} // namespace motcua::cli
