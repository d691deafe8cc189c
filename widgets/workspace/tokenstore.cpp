#include "tokenstore.h"

#include "settings.h"

#include <QDir>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace fd {

TokenStore::TokenStore(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_keychain(qEnvironmentVariableIntValue("FLOWDESK_NO_KEYCHAIN") == 0)
{
}

void TokenStore::storeFallback(const QString &token, const Consent &consent, const QString &why)
{
    const QString where = QDir::toNativeSeparators(m_settings->fileName());
    if (token.isEmpty()) {
        m_settings->setPlainTextToken({});
        m_settings->sync();
        Q_EMIT stored(Location::None, tr("token removed (%1)").arg(why));
        return;
    }
    if (consent && consent(where)) {
        m_settings->setPlainTextToken(token);
        m_settings->sync();
        Q_EMIT stored(Location::SettingsFile, tr("stored in plain text in %1 (%2)").arg(where, why));
    } else {
        Q_EMIT stored(Location::None, tr("not stored: no keychain (%1) and storing it in %2 was declined").arg(why, where));
    }
}

void TokenStore::store(const QString &token, const Consent &consent)
{
    if (!m_keychain) {
        storeFallback(token, consent, tr("no keychain service"));
        return;
    }
    // One outcome per call, whichever comes first: the job, or the timeout for a keychain that never answers.
    auto done = std::make_shared<bool>(false);
    QKeychain::Job *job = nullptr;
    if (token.isEmpty()) {
        auto *del = new QKeychain::DeletePasswordJob(service(), this);
        del->setKey(account());
        job = del;
    } else {
        auto *write = new QKeychain::WritePasswordJob(service(), this);
        write->setKey(account());
        write->setTextData(token);
        job = write;
    }
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, token, consent, done](QKeychain::Job *j) {
        if (*done)
            return;
        *done = true;
        const bool ok = j->error() == QKeychain::NoError || (token.isEmpty() && j->error() == QKeychain::EntryNotFound);
        if (ok) {
            m_settings->setPlainTextToken({}); // never leave a second copy in plain text
            m_settings->sync();
            Q_EMIT stored(token.isEmpty() ? Location::None : Location::Keychain, tr("OS keychain"));
        } else {
            storeFallback(token, consent, j->errorString());
        }
    });
    QTimer::singleShot(m_timeoutMs, this, [this, token, consent, done] {
        if (*done)
            return;
        *done = true;
        storeFallback(token, consent, tr("the keychain did not answer"));
    });
    job->start();
}

void TokenStore::load()
{
    const QString plain = m_settings->plainTextToken();
    if (!m_keychain) {
        QTimer::singleShot(0, this, [this, plain] { Q_EMIT loaded(plain, plain.isEmpty() ? Location::None : Location::SettingsFile); });
        return;
    }
    auto done = std::make_shared<bool>(false);
    auto *job = new QKeychain::ReadPasswordJob(service(), this);
    job->setKey(account());
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, plain, done](QKeychain::Job *j) {
        if (*done)
            return;
        *done = true;
        const QString t = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        if (j->error() == QKeychain::NoError && !t.isEmpty())
            Q_EMIT loaded(t, Location::Keychain);
        else
            Q_EMIT loaded(plain, plain.isEmpty() ? Location::None : Location::SettingsFile);
    });
    QTimer::singleShot(m_timeoutMs, this, [this, plain, done] {
        if (*done)
            return;
        *done = true;
        Q_EMIT loaded(plain, plain.isEmpty() ? Location::None : Location::SettingsFile);
    });
    job->start();
}

} // namespace fd
