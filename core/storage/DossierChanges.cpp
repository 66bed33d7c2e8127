#include "core/storage/DossierChanges.h"

#include "core/common/Logging.h"

namespace motcua::storage {

namespace {

// Several listeners may share one connection (the window rebuilt in another language is made before the old one
// goes): the channels are left when the last of them goes, counted on the driver.
constexpr char kListeners[] = "motcuaDossierListeners";

QStringList channels(const SqlDialect& dialect)
{
    return {dialect.dossierChannel(), dialect.calendarChannel()};
}

} // namespace

DossierChanges::DossierChanges(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
    QSqlDriver* driver = m_database.connection().driver();
    if (m_database.dialect().dossierChannel().isEmpty() || !driver) {
        return;
    }
    connect(driver, &QSqlDriver::notification, this, &DossierChanges::onNotification);
    m_listening = true;
    for (const QString& channel : channels(m_database.dialect())) {
        if (!driver->subscribedToNotifications().contains(channel) && !driver->subscribeToNotification(channel)) {
            qCWarning(lcStorage).noquote() << "Not listening to" << channel << ":" << driver->lastError().text();
            m_listening = false;
        }
    }
    if (!m_listening) {
        for (const QString& channel : channels(m_database.dialect())) {
            driver->unsubscribeFromNotification(channel);
        }
        return;
    }
    driver->setProperty(kListeners, driver->property(kListeners).toInt() + 1);
}

DossierChanges::~DossierChanges()
{
    if (QSqlDriver* driver = m_database.connection().driver(); m_listening && driver) {
        const int left = driver->property(kListeners).toInt() - 1;
        driver->setProperty(kListeners, left);
        if (left <= 0) {
            for (const QString& channel : channels(m_database.dialect())) {
                driver->unsubscribeFromNotification(channel);
            }
        }
    }
}

void DossierChanges::onNotification(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload)
{
    // The workstation's own changes are already on its screens.
    if (source == QSqlDriver::SelfSource) {
        return;
    }
    if (name == m_database.dialect().calendarChannel()) {
        emit calendarChanged();
        return;
    }
    if (name != m_database.dialect().dossierChannel()) {
        return;
    }
    bool ok = false;
    const qint64 id = payload.toString().toLongLong(&ok);
    if (ok) {
        emit dossierChanged(id);
    }
}

} // namespace motcua::storage
