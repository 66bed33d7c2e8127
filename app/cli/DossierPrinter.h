#pragma once

#include "core/dossier/Dossier.h"
#include "core/storage/DossierQueries.h"
#include "core/workflow/DossierDetails.h"

#include <QJsonObject>
#include <QStringList>

namespace motcua::cli {

QString momentText(const QDateTime& moment); // "YYYY-MM-DD HH:MM"
QJsonObject dossierJson(const dossier::Dossier& dossier);
QJsonObject summaryJson(const storage::DossierSummary& row);
QString summaryText(const storage::DossierSummary& row);

// `show`: a dossier with its steps, pauses, extensions and history.
class DossierView {
public:
    static Result<DossierView> load(const workflow::WorkflowContext& context, const QString& code);
    QJsonObject toJson() const;
    QStringList toText() const;

private:
    workflow::DossierDetails m_details;
};

} // namespace motcua::cli
