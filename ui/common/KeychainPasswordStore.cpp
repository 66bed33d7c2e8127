#include "ui/common/KeychainPasswordStore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QTimer>

namespace motcua::ui {

namespace {

const QString kService = QStringLiteral("MotCua");
constexpr int kTimeoutMs = 5000;

// Starts the job and waits for it (QtKeychain answers through the event loop); false when it did not finish in time.
bool runJob(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished) {
        loop.exec();
    }
    return finished;
}

// A keyring that is not there (no Secret Service on the session bus, no D-Bus at all) answers with one error or
// another depending on the platform; only a refusal by the user is the user's answer.
bool isMissingKeyring(const QKeychain::Job& job)
{
    return job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound &&
           job.error() != QKeychain::AccessDeniedByUser;
}

} // namespace

Result<QString> KeychainPasswordStore::read(const QString& key)
{
    if (!m_available) {
        return m_fallback.read(key);
    }
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(key);
    if (!runJob(job) || isMissingKeyring(job)) {
        m_available = false;
        return m_fallback.read(key);
    }
    if (job.error() == QKeychain::EntryNotFound) {
        return QString();
    }
    if (job.error() != QKeychain::NoError) {
        return Error::storage(tr("The keyring refused to give the password: %1").arg(job.errorString()));
    }
    return job.textData();
}

Status KeychainPasswordStore::write(const QString& key, const QString& password)
{
    if (!m_available) {
        return m_fallback.write(key, password);
    }
    QKeychain::WritePasswordJob job(kService);
    job.setKey(key);
    job.setTextData(password);
    if (!runJob(job) || isMissingKeyring(job)) {
        m_available = false;
        return m_fallback.write(key, password);
    }
    if (job.error() != QKeychain::NoError) {
        return Error::storage(tr("The keyring refused to keep the password: %1").arg(job.errorString()));
    }
    return {};
}

Status KeychainPasswordStore::remove(const QString& key)
{
    (void)m_fallback.remove(key);
    if (!m_available) {
        return {};
    }
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(key);
    if (!runJob(job) || isMissingKeyring(job)) {
        m_available = false;
        return {};
    }
    return job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound
               ? Status()
               : Status(Error::storage(tr("The keyring refused to forget the password: %1").arg(job.errorString())));
}

} // namespace motcua::ui
