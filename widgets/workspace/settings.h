#pragma once
// Typed facade over QSettings (INI): every key and default in one place
// (house style 3.4). Group/Key paths; validation with reasons for the dialog.
#include "core/metricsettings.h"

#include <QLocale>
#include <QSettings>
#include <QString>
#include <QUrl>
#include <array>
#include <memory>

namespace fd {

// A typed key with its default, read and written through one QSettings.
template <typename T>
class SettingValue
{
public:
    SettingValue(QSettings *store, const QString &key, T defaultValue)
        : m_store(store)
        , m_key(key)
        , m_default(std::move(defaultValue))
    {
    }
    T get() const { return m_store->value(m_key, QVariant::fromValue(m_default)).template value<T>(); }
    void set(const T &v) { m_store->setValue(m_key, QVariant::fromValue(v)); }
    void reset() { m_store->remove(m_key); }
    QString key() const { return m_key; }
    T defaultValue() const { return m_default; }

private:
    QSettings *m_store;
    QString m_key;
    T m_default;
};

// One MetricSettings number exposed to the settings file and dialog.
struct MetricField {
    const char *key;    // "Metrics/tierWhaleUsd"
    const char *label;  // untranslated, context "Settings"
    double MetricSettings::*real = nullptr;
    int MetricSettings::*integer = nullptr;
    double min = 0, max = 0;
    const char *unit = "";
};

class Settings
{
public:
    enum class Theme { Dark, Light };
    enum class DemoPreference { Ask, UseDemo, KeepRelay };

    // iniFile empty: the application's default INI file (QSettings::IniFormat set in main).
    explicit Settings(const QString &iniFile = {});
    ~Settings();

    QString fileName() const;
    void sync();

    QUrl relayUrl() const;
    void setRelayUrl(const QUrl &url);
    bool okxSizesInContracts() const;   // relay profile: OKX perp sizes in contracts (TMP/DEV relays)
    void setOkxSizesInContracts(bool on);
    QString extraCaFile() const;
    void setExtraCaFile(const QString &path);
    // Fallback only, when no keychain is available and the user agreed.
    QString plainTextToken() const;
    void setPlainTextToken(const QString &token);
    bool hasPlainTextToken() const;

    MetricSettings metrics() const;
    void setMetrics(const MetricSettings &m);
    static const QList<MetricField> &metricFields();

    std::array<int, 3> publishMs() const; // micro, flow, risk
    void setPublishMs(const std::array<int, 3> &ms);

    Theme theme() const;
    // "dark" or "light" (the settings file's and --theme's spelling); false for anything else.
    static bool parseTheme(const QString &name, Theme *theme);
    void setTheme(Theme t);
    QString language() const; // "" = system, "en", "de", "zh_CN"
    void setLanguage(const QString &lang);
    // The language chooser's entries: code ("" = system default) and name (each
    // in its own language; "System default" is translated by the caller).
    struct Language {
        QString code;
        QString name;
    };
    static QList<Language> languages();
    // The locale of a language code: "" = the system's; "C" becomes en_US so
    // numbers in labels keep their group separators.
    static QLocale localeFor(const QString &language);

    double demoSpeed() const;
    void setDemoSpeed(double x);
    qulonglong demoSeed() const;
    void setDemoSeed(qulonglong seed);
    double demoRate() const;
    void setDemoRate(double x);
    double replaySpeed() const; // 0 = as fast as possible
    void setReplaySpeed(double x);
    DemoPreference demoPreference() const;
    void setDemoPreference(DemoPreference p);

    QString globalSymbol() const;
    void setGlobalSymbol(const QString &s);

    // Validation (the dialog and the loader share it). Each returns an empty string when valid.
    static QString validateRelayUrl(const QString &text);
    static QString validatePublishMs(int ms);
    static QString validateSpeed(double x);
    // Range of each field plus cross-field ordering; one sentence per problem.
    static QStringList validateMetrics(const MetricSettings &m);

    QSettings *store() const { return m_store.get(); }

private:
    std::unique_ptr<QSettings> m_store;
};

} // namespace fd
