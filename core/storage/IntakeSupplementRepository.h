#pragma once

#include "core/common/Result.h"
#include "core/storage/Database.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace motcua::storage {

// A supplement request made at the counter (Mẫu 02) for a dossier that was not received.
struct IntakeSupplementRecord {
    qint64 id = 0;
    int year = 0;
    int number = 0; // in the year's sequence: "Số: 12/2026"
    QDateTime at;
    qint64 procedureId = 0;
    QString procedureCode;
    QString procedureName;
    QString applicantName;
    QString address;
    QString phone;
    QStringList missing; // the documents to bring, by name
    QString guidance;    // what the clerk told the applicant
    qint64 clerkId = 0;
    QString clerkName;

    QString numberText() const { return QStringLiteral("%1/%2").arg(number).arg(year); }
};

// The counter's supplement requests: recorded with the next number of their year, listed newest first.
class IntakeSupplementRepository {
public:
    explicit IntakeSupplementRepository(Database& database)
        : m_database(database)
    {}

    // Stores `record` (its id, year and number are given here); inside the caller's transaction.
    Status record(IntakeSupplementRecord& record);
    Result<IntakeSupplementRecord> byId(qint64 id) const;
    // The newest first; `search` (accent- and case-insensitive) matches the applicant's name or phone.
    Result<QList<IntakeSupplementRecord>> list(const QString& search, int limit = 200) const;

private:
    Database& m_database;
};

} // namespace motcua::storage
