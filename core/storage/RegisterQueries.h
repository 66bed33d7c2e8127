#pragma once

#include "core/dossier/Dossier.h"
#include "core/storage/Database.h"

#include <QDate>
#include <QList>

namespace motcua::storage {

// One line of the dossier register (Mẫu 07).
struct RegisterLine {
    QString code;
    QString procedure;
    QString applicant;
    QString address;
    QString phone;
    QString department; // the unit handling the procedure
    QDateTime receivedAt;
    QDateTime dueAt;
    QDateTime returnedAt;
    dossier::Delivery delivery = dossier::Delivery::Counter;
    dossier::DossierStatus status = dossier::DossierStatus::Accepted;
};

// The dossiers received from `from` to `to` (both included), in the order received (by receipt moment, then row),
// read a page at a time: a month of a busy centre (tens of thousands of lines) is never held whole. Keyset paging
// on dossier_by_received, so that every page costs the same however far into the period. Any period length.
class RegisterReader {
public:
    static constexpr int kPageLines = 500;

    // A period upside down is said by count() and next() (an error naming "to").
    RegisterReader(Database& database, const QDate& from, const QDate& to, int pageLines = kPageLines);

    // How many dossiers the period has.
    Result<qint64> count() const;
    // The next lines (at most the page size); none once the period is read.
    Result<QList<RegisterLine>> next();

private:
    Status checkPeriod() const;

    Database& m_database;
    QDate m_from;
    QDate m_to;
    int m_pageLines;
    bool m_started = false;
    bool m_finished = false;
    QString m_lastReceived; // the stored receipt moment and row of the last line read
    qint64 m_lastId = 0;
};

} // namespace motcua::storage
