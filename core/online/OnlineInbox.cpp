#include "core/online/OnlineInbox.h"

#include "core/common/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace motcua::online {

namespace {

QString reasonText(const Error& error)
{
    return error.field.isEmpty() ? error.message : QStringLiteral("%1: %2").arg(error.field, error.message);
}

// Moves `path` into `folder/sub`, under a free name.
bool moveInto(const QString& path, const QString& sub, QString* movedTo = nullptr)
{
    const QFileInfo info(path);
    QDir target(info.absolutePath());
    if (!target.mkpath(sub) || !target.cd(sub)) {
        return false;
    }
    QString name = info.fileName();
    for (int n = 2; QFileInfo::exists(target.filePath(name)); ++n) {
        name = QStringLiteral("%1-%2.%3").arg(info.completeBaseName()).arg(n).arg(info.suffix());
    }
    if (movedTo) {
        *movedTo = target.filePath(name);
    }
    return QFile::rename(path, target.filePath(name));
}

} // namespace

namespace {

// A fault of the file (its format, or what it holds for the procedure) sets it aside; a fault of the workstation
// (the database, the actor's role) leaves it where it is for the next reading.
bool isFileFault(const Error& error)
{
    return error.code == ErrorCode::InvalidInput || error.code == ErrorCode::IllegalState ||
           error.code == ErrorCode::NotFound;
}

} // namespace

Result<FileOutcome> OnlineInbox::read(const QString& path)
{
    const QString fileName = QFileInfo(path).fileName();
    FileOutcome outcome{fileName, FileOutcome::Kind::Rejected, {}, 0, {}};
    QFile file(path);
    QByteArray bytes;
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.reason = tr("The file cannot be read: %1").arg(file.errorString());
    } else {
        bytes = file.read(SubmissionFile::kMaxBytes + 1);
    }
    const QString digest = SubmissionFile::digest(bytes);
    if (outcome.reason.isEmpty()) {
        QList<Error> warnings;
        auto submission = SubmissionFile::parse(bytes, &warnings);
        for (const Error& warning : warnings) {
            outcome.warnings << warning.message;
        }
        if (!submission) {
            outcome.reason = reasonText(submission.error());
        } else {
            auto stored = m_service.submit(*submission, fileName, digest);
            if (!stored && !isFileFault(stored.error())) {
                return stored.error();
            }
            if (!stored) {
                outcome.reason = reasonText(stored.error());
            } else {
                outcome.dossierId = stored->dossierId;
                outcome.kind = stored->outcome == SubmitResult::Outcome::Created   ? FileOutcome::Kind::Imported
                               : stored->outcome == SubmitResult::Outcome::Updated ? FileOutcome::Kind::Updated
                                                                                   : FileOutcome::Kind::Duplicate;
                return outcome;
            }
        }
    }
    if (Status logged = m_service.rejectFile(fileName, digest, outcome.reason); !logged) {
        return logged.error();
    }
    return outcome;
}

Result<FileOutcome> OnlineInbox::importFile(const QString& path)
{
    if (Status allowed = m_service.mayImport(); !allowed) {
        return allowed.error();
    }
    return read(path);
}

Result<QList<FileOutcome>> OnlineInbox::scan(const QString& folder)
{
    const QDir dir(folder);
    if (folder.isEmpty() || !dir.exists()) {
        return Error::invalid(QStringLiteral("online.inbox"),
                              tr("The online inbox folder \"%1\" does not exist.").arg(QDir::toNativeSeparators(folder)));
    }
    if (!QFileInfo(folder).isReadable()) {
        return Error::invalid(QStringLiteral("online.inbox"),
                              tr("The online inbox folder \"%1\" cannot be read.").arg(QDir::toNativeSeparators(folder)));
    }
    if (Status allowed = m_service.mayImport(); !allowed) {
        return allowed.error();
    }
    QList<FileOutcome> outcomes;
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString& name : files) {
        const QString path = dir.filePath(name);
        auto read = this->read(path);
        if (!read) {
            return read.error();
        }
        FileOutcome outcome = std::move(read).value();
        QString movedTo;
        const bool rejected = outcome.kind == FileOutcome::Kind::Rejected;
        if (!moveInto(path, rejected ? QStringLiteral("rejected") : QStringLiteral("imported"), &movedTo)) {
            qCWarning(lcWorkflow).noquote() << "Cannot move the online submission file" << name;
        } else if (rejected) {
            QFile reason(movedTo + QStringLiteral(".reason.txt"));
            if (reason.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                reason.write(outcome.reason.toUtf8() + '\n');
            }
        }
        outcomes.append(outcome);
    }
    return outcomes;
}

QString summary(const QList<FileOutcome>& outcomes)
{
    int imported = 0;
    int known = 0;
    int rejected = 0;
    for (const FileOutcome& outcome : outcomes) {
        switch (outcome.kind) {
        case FileOutcome::Kind::Imported:
        case FileOutcome::Kind::Updated:
            ++imported;
            break;
        case FileOutcome::Kind::Duplicate:
            ++known;
            break;
        case FileOutcome::Kind::Rejected:
            ++rejected;
            break;
        }
    }
    return OnlineInbox::tr("%n file(s): %1 imported, %2 already known, %3 set aside", nullptr,
                           static_cast<int>(outcomes.size()))
        .arg(imported)
        .arg(known)
        .arg(rejected);
}

} // namespace motcua::online
