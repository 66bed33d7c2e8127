#pragma once

#include "core/online/OnlineQueueService.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace motcua::online {

// What became of one file.
struct FileOutcome {
    enum class Kind { Imported, Updated, Duplicate, Rejected };
    QString fileName;
    Kind kind = Kind::Imported;
    QString reason; // why it was set aside (Rejected), naming the field
    qint64 dossierId = 0;
    QStringList warnings; // the keys the format does not know, ignored, each by its path
};

// The folder the portal drops submissions in (agency setting "online.inbox"). The portal writes each file under
// another name and renames it to *.json once complete. Each *.json file is read, stored (or found to be known) in
// one transaction, and then moved: into imported/ once stored or known, into rejected/ with a FILE.reason.txt beside
// it otherwise. A file moved nowhere (the program stopped between the commit and the move) is read again and found
// known. Every file leaves a line in the import log.
class OnlineInbox {
    Q_DECLARE_TR_FUNCTIONS(motcua::online::OnlineInbox)

public:
    explicit OnlineInbox(workflow::WorkflowContext& context)
        : m_service(context)
    {}

    // Reads one file and stores it; the file stays where it is (motcua-cli submit). A file at fault is an outcome
    // (Rejected, with the reason); an error is a fault of the workstation: the actor may not import, or the
    // database failed.
    Result<FileOutcome> importFile(const QString& path);
    // Every *.json file of `folder`, in the order of their names; an unreadable folder is an error, and so is a
    // fault of the workstation, which stops the reading and leaves the file where it is.
    Result<QList<FileOutcome>> scan(const QString& folder);

private:
    Result<FileOutcome> read(const QString& path);

    OnlineQueueService m_service;
};

// "12 files: 9 imported, 1 already known, 2 set aside" for a status line.
QString summary(const QList<FileOutcome>& outcomes);

} // namespace motcua::online
