#pragma once
// The relay auth token: kept in the OS keychain (QtKeychain: Secret Service,
// KWallet, Windows Credential Manager, macOS Keychain). When no keychain
// service answers, the token is written to the INI file only after the user
// agreed, and the question names that file.
#include <QObject>
#include <functional>

namespace fd {

class Settings;

class TokenStore : public QObject
{
    Q_OBJECT

public:
    enum class Location { None, Keychain, SettingsFile };
    Q_ENUM(Location)
    // Asked when the keychain is unavailable; `where` is the INI file path. Return true to store there.
    using Consent = std::function<bool(const QString &where)>;

    explicit TokenStore(Settings *settings, QObject *parent = nullptr);

    // Off: behave as if no keychain service exists (FLOWDESK_NO_KEYCHAIN=1 sets it too).
    void setKeychainEnabled(bool on) { m_keychain = on; }
    bool keychainEnabled() const { return m_keychain; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // Asynchronous; each emits exactly one finished signal.
    void store(const QString &token, const Consent &consent);
    void load();

    static QString service() { return QStringLiteral("io.flowdesk.FlowDesk"); }
    static QString account() { return QStringLiteral("relay-auth-token"); }

Q_SIGNALS:
    void stored(fd::TokenStore::Location where, const QString &detail);
    void loaded(const QString &token, fd::TokenStore::Location where);

private:
    void storeFallback(const QString &token, const Consent &consent, const QString &why);

    Settings *m_settings;
    bool m_keychain = true;
    int m_timeoutMs = 4000;
};

} // namespace fd
