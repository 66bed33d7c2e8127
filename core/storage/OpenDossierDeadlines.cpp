#include "core/storage/OpenDossierDeadlines.h"

#include "core/storage/DossierRepository.h"
#include "core/storage/SqlQuery.h"

namespace motcua::storage {

Result<QList<dossier::Dossier>> OpenDossierDeadlines::openDossiers() const
{
    // The open dossiers are few (those in progress), so each is loaded whole: the same deadline request as
    // everywhere else (Dossier::deadlineRequest), with its terms, pauses, restarts and extensions.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (Status status = exec(query, QStringLiteral("SELECT code FROM dossier WHERE %1 ORDER BY id")
                                        .arg(statusIn(dossier::StatusGroup::Open, QStringLiteral("status"))));
        !status) {
        return status.error();
    }
    QStringList codes;
    while (query.next()) {
        codes << query.value(0).toString();
    }
    const DossierRepository dossiers(m_database);
    QList<dossier::Dossier> open;
    for (const QString& code : codes) {
        auto dossier = dossiers.byCode(code);
        if (!dossier) {
            return dossier.error();
        }
        open.append(std::move(dossier).value());
    }
    return open;
}

QDateTime OpenDossierDeadlines::comparisonMoment(const dossier::Dossier& dossier)
{
    return dossier.pauses.isEmpty() ? dossier.receivedAt : dossier.pauses.last().startedAt;
}

Result<QList<calendar::OpenDeadline>> OpenDossierDeadlines::openDeadlines() const
{
    auto dossiers = openDossiers();
    if (!dossiers) {
        return dossiers.error();
    }
    QList<calendar::OpenDeadline> open;
    for (const dossier::Dossier& dossier : *dossiers) {
        // A pause still running ends "now" for the comparison; both calendars see the same moment.
        open.append({dossier.code, dossier.deadlineRequest(comparisonMoment(dossier))});
    }
    return open;
}

} // namespace motcua::storage
