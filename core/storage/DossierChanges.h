#pragma once

#include "core/storage/Database.h"

#include <QObject>
#include <QSqlDriver>

namespace motcua::storage {

// Live updates between workstations on the office's server: every transaction that writes a dossier announces
// its id on the PostgreSQL channel motcua_dossier (NOTIFY, delivered at commit), and this object, listening on
// the given connection, emits dossierChanged for each change made by another connection. A change of the working
// calendar is announced on the channel motcua_calendar, in the transaction that stores it (CalendarChangeService),
// and emits calendarChanged. It needs the event loop of the connection's thread. On SQLite there is nothing to
// listen to: isListening() is false, nothing is emitted.
class DossierChanges : public QObject {
    Q_OBJECT

public:
    explicit DossierChanges(Database& database, QObject* parent = nullptr);
    ~DossierChanges() override;

    bool isListening() const { return m_listening; }

signals:
    void dossierChanged(qint64 dossierId);
    void calendarChanged();

private:
    void onNotification(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);

    Database& m_database;
    bool m_listening = false;
};

} // namespace motcua::storage
