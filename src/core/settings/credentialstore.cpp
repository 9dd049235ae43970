#include "core/settings/credentialstore.h"

#include "core/net/logging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QUrl>
#include <qt6keychain/keychain.h>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CredentialStore", text);
}

CredentialStore::Result resultOf(const QKeychain::Job& job)
{
    CredentialStore::Result r;
    switch (job.error()) {
    case QKeychain::NoError:
        r.status = CredentialStore::Status::Ok;
        return r;
    case QKeychain::EntryNotFound:
        r.status = CredentialStore::Status::NotFound;
        r.message = tr("No token is stored for this server. Sign in, or set %1.")
                        .arg(QLatin1String(CredentialStore::environmentVariable));
        return r;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.status = CredentialStore::Status::Unavailable;
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        r.status = CredentialStore::Status::Denied;
        break;
    default:
        // Without a Secret Service on the session bus, libsecret reports a plain "other" error.
        r.status = CredentialStore::Status::Unavailable;
        break;
    }
    const QString cause = job.errorString();
    if (r.status == CredentialStore::Status::Unavailable) {
        r.message = tr("The system keychain is not available (%1). Start a keychain service such as "
                       "gnome-keyring or KWallet, or set %2 for this session.")
                        .arg(cause, QLatin1String(CredentialStore::environmentVariable));
    } else {
        r.message = tr("The system keychain refused access (%1).").arg(cause);
    }
    return r;
}

} // namespace

CredentialStore::CredentialStore(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{ }

QString CredentialStore::tokenFromEnvironment()
{
    return qEnvironmentVariable(environmentVariable).trimmed();
}

QString CredentialStore::accountFor(const QUrl& serverUrl)
{
    return serverUrl.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments).toString(QUrl::FullyEncoded);
}

template <typename Job>
void CredentialStore::run(Job* job, Callback callback)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file behind the user's back
    connect(job, &QKeychain::Job::finished, this, [callback = std::move(callback)](QKeychain::Job* finished) {
        Result r = resultOf(*finished);
        if (r.ok()) {
            if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(finished))
                r.token = read->textData();
        }
        qCDebug(lcCredentials) << "keychain job finished with status" << int(r.status);
        if (callback)
            callback(r);
    });
    job->start();
}

void CredentialStore::readToken(const QString& account, Callback callback)
{
    const QString fromEnvironment = tokenFromEnvironment();
    if (!fromEnvironment.isEmpty()) {
        Result r;
        r.status = Status::Ok;
        r.token = fromEnvironment;
        r.fromEnvironment = true;
        QMetaObject::invokeMethod(
            this, [callback, r] { callback(r); }, Qt::QueuedConnection);
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(account);
    run(job, std::move(callback));
}

void CredentialStore::writeToken(const QString& account, const QString& token, Callback callback)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(account);
    job->setTextData(token.trimmed());
    run(job, std::move(callback));
}

void CredentialStore::deleteToken(const QString& account, Callback callback)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(account);
    run(job, std::move(callback));
}

namespace {

template <typename Start>
CredentialStore::Result waitFor(Start start)
{
    QEventLoop loop;
    CredentialStore::Result result;
    start([&](const CredentialStore::Result& r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace

CredentialStore::Result CredentialStore::readTokenBlocking(const QString& account)
{
    return waitFor([&](Callback cb) { readToken(account, std::move(cb)); });
}

CredentialStore::Result CredentialStore::writeTokenBlocking(const QString& account, const QString& token)
{
    return waitFor([&](Callback cb) { writeToken(account, token, std::move(cb)); });
}

CredentialStore::Result CredentialStore::deleteTokenBlocking(const QString& account)
{
    return waitFor([&](Callback cb) { deleteToken(account, std::move(cb)); });
}
