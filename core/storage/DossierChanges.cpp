#include "core/storage/DossierChanges.h"

#include "core/common/Logging.h"

namespace motcua::storage {

namespace {

// Several listeners may share one connection (the window rebuilt in another language is made before the old one
// goes): the channel is left when the last of them goes, counted on the driver.
constexpr char kListeners[] = "motcuaDossierListeners";

} // namespace

DossierChanges::DossierChanges(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
    const QString channel = m_database.dialect().dossierChannel();
    QSqlDriver* driver = m_database.connection().driver();
    if (channel.isEmpty() || !driver) {
        return;
    }
    connect(driver, &QSqlDriver::notification, this, &DossierChanges::onNotification);
    m_listening = driver->subscribedToNotifications().contains(channel) || driver->subscribeToNotification(channel);
    if (!m_listening) {
        qCWarning(lcStorage).noquote() << "Not listening to" << channel << ":" << driver->lastError().text();
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
            driver->unsubscribeFromNotification(m_database.dialect().dossierChannel());
        }
    }
}

void DossierChanges::onNotification(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload)
{
    // The workstation's own changes are already on its screens.
    if (name != m_database.dialect().dossierChannel() || source == QSqlDriver::SelfSource) {
        return;
    }
    bool ok = false;
    const qint64 id = payload.toString().toLongLong(&ok);
    if (ok) {
        emit dossierChanged(id);
    }
}

} // namespace motcua::storage
