// Settings facade persistence and validation, the settings dialog's reasons,
// and the keychain fallback path of the token store.
#include "settings.h"
#include "settingsdialog.h"
#include "tokenstore.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fd;

class TstSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("a.ini")));
        QCOMPARE(s.relayUrl(), QUrl(QStringLiteral("ws://127.0.0.1:9001")));
        QCOMPARE(s.theme(), Settings::Theme::Dark);
        QCOMPARE(s.publishMs(), (std::array<int, 3>{250, 1000, 5000}));
        QCOMPARE(s.metrics().tierWhaleUsd, 500'000.0);
        QCOMPARE(s.demoPreference(), Settings::DemoPreference::Ask);
        QVERIFY(s.okxSizesInContracts());
    }

    // --theme and the settings file accept exactly "dark" and "light".
    void themeNames()
    {
        Settings::Theme t = Settings::Theme::Dark;
        QVERIFY(Settings::parseTheme(QStringLiteral("light"), &t));
        QCOMPARE(t, Settings::Theme::Light);
        QVERIFY(Settings::parseTheme(QStringLiteral("dark"), &t));
        QCOMPARE(t, Settings::Theme::Dark);
        for (const char *bad : {"Light", "pink", ""})
            QVERIFY2(!Settings::parseTheme(QString::fromLatin1(bad), &t), bad);
        QCOMPARE(t, Settings::Theme::Dark); // unchanged by a rejected name
    }

    void persistence()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("b.ini"));
        {
            Settings s(ini);
            s.setRelayUrl(QUrl(QStringLiteral("wss://relay.example:9443/feed")));
            s.setOkxSizesInContracts(false);
            MetricSettings m;
            m.tierWhaleUsd = 750'000;
            m.correlationMinBars = 45;
            s.setMetrics(m);
            s.setPublishMs({200, 2000, 10000});
            s.setTheme(Settings::Theme::Light);
            s.setLanguage(QStringLiteral("de"));
            s.setDemoSpeed(60);
            s.setDemoSeed(42);
            s.setReplaySpeed(0);
            s.setDemoPreference(Settings::DemoPreference::UseDemo);
            s.sync();
        }
        Settings s(ini);
        QCOMPARE(s.relayUrl().toString(), QStringLiteral("wss://relay.example:9443/feed"));
        QVERIFY(!s.okxSizesInContracts());
        QCOMPARE(s.metrics().tierWhaleUsd, 750'000.0);
        QCOMPARE(s.metrics().correlationMinBars, 45);
        QCOMPARE(s.metrics().tierLargeUsd, 100'000.0); // untouched default
        QCOMPARE(s.publishMs(), (std::array<int, 3>{200, 2000, 10000}));
        QCOMPARE(s.theme(), Settings::Theme::Light);
        QCOMPARE(s.language(), QStringLiteral("de"));
        QCOMPARE(s.demoSpeed(), 60.0);
        QCOMPARE(s.demoSeed(), 42ull);
        QCOMPARE(s.replaySpeed(), 0.0);
        QCOMPARE(s.demoPreference(), Settings::DemoPreference::UseDemo);
        // Defaults stay out of the file.
        QVERIFY(!s.store()->contains(QStringLiteral("Metrics/tierLargeUsd")));
        QVERIFY(s.store()->contains(QStringLiteral("Metrics/tierWhaleUsd")));
    }

    void handEditedNonsenseKeepsDefaults()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("c.ini"));
        {
            QSettings raw(ini, QSettings::IniFormat);
            raw.setValue(QStringLiteral("Metrics/tierWhaleUsd"), QStringLiteral("lots"));
            raw.setValue(QStringLiteral("Metrics/microBuy"), 250); // outside 50–100
            raw.setValue(QStringLiteral("Metrics/cascadeMediumScore"), 60);
        }
        Settings s(ini);
        QCOMPARE(s.metrics().tierWhaleUsd, 500'000.0);
        QCOMPARE(s.metrics().microBuy, 55.0);
        QCOMPARE(s.metrics().cascadeMediumScore, 60.0);
    }

    void validation()
    {
        QVERIFY(Settings::validateRelayUrl(QStringLiteral("ws://127.0.0.1:9001")).isEmpty());
        QVERIFY(Settings::validateRelayUrl(QStringLiteral("wss://relay.example/x")).isEmpty());
        QVERIFY(Settings::validateRelayUrl(QStringLiteral("http://relay")).contains(QStringLiteral("ws://")));
        QVERIFY(Settings::validateRelayUrl(QString()).contains(QStringLiteral("enter")));
        QVERIFY(Settings::validateRelayUrl(QStringLiteral("ws://")).contains(QStringLiteral("host")));
        QVERIFY(!Settings::validatePublishMs(10).isEmpty());
        QVERIFY(Settings::validatePublishMs(250).isEmpty());
        QVERIFY(!Settings::validateSpeed(-1).isEmpty());
        MetricSettings m;
        QVERIFY(Settings::validateMetrics(m).isEmpty());
        m.tierWhaleUsd = 50'000; // below large
        m.liquidityThin = 80;    // above thick
        const QStringList p = Settings::validateMetrics(m);
        QCOMPARE(p.size(), 2);
        QVERIFY2(p.at(0).contains(QStringLiteral("Large order from")) && p.at(0).contains(QStringLiteral("Whale order from")), qPrintable(p.at(0)));
        QVERIFY(p.at(1).contains(QStringLiteral("Liquidity THIN")));
        m = {};
        m.microBuy = 120;
        QVERIFY(Settings::validateMetrics(m).constFirst().contains(QStringLiteral("outside")));
    }

    void dialogRejectsWithReasons()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("d.ini")));
        SettingsDialog dlg(&s, nullptr);
        QVERIFY(dlg.validate().isEmpty());
        dlg.field(QStringLiteral("Relay/url"))->setText(QStringLiteral("tcp://x"));
        dlg.field(QStringLiteral("Metrics/tierWhaleUsd"))->setText(QStringLiteral("abc"));
        dlg.field(QStringLiteral("Refresh/microMs"))->setText(QStringLiteral("5"));
        const QStringList p = dlg.validate();
        QCOMPARE(p.size(), 3);
        QVERIFY(p.join(QLatin1Char('\n')).contains(QStringLiteral("\"abc\" is not a number")));
        QVERIFY(!dlg.commit());
        QCOMPARE(s.relayUrl(), QUrl(QStringLiteral("ws://127.0.0.1:9001"))); // nothing written
        dlg.field(QStringLiteral("Relay/url"))->setText(QStringLiteral("ws://10.0.0.5:9001"));
        dlg.field(QStringLiteral("Metrics/tierWhaleUsd"))->setText(QStringLiteral("600000"));
        dlg.field(QStringLiteral("Refresh/microMs"))->setText(QStringLiteral("500"));
        QVERIFY(dlg.commit());
        QCOMPARE(s.relayUrl(), QUrl(QStringLiteral("ws://10.0.0.5:9001")));
        QCOMPARE(s.metrics().tierWhaleUsd, 600'000.0);
        QCOMPARE(s.publishMs()[0], 500);
    }

    void keychainFallbackAsksAndNamesTheFile()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("e.ini"));
        Settings s(ini);
        TokenStore store(&s);
        store.setKeychainEnabled(false); // as on a desktop without a Secret Service
        QSignalSpy stored(&store, &TokenStore::stored);
        QString askedAbout;
        store.store(QStringLiteral("secret-1"), [&](const QString &where) {
            askedAbout = where;
            return false;
        });
        QTRY_COMPARE(stored.size(), 1);
        QCOMPARE(stored.at(0).at(0).value<TokenStore::Location>(), TokenStore::Location::None);
        QCOMPARE(askedAbout, QDir::toNativeSeparators(ini));
        QVERIFY(!s.hasPlainTextToken());

        store.store(QStringLiteral("secret-2"), [](const QString &) { return true; });
        QTRY_COMPARE(stored.size(), 2);
        QCOMPARE(stored.at(1).at(0).value<TokenStore::Location>(), TokenStore::Location::SettingsFile);
        QVERIFY(stored.at(1).at(1).toString().contains(QDir::toNativeSeparators(ini)));
        QCOMPARE(QSettings(ini, QSettings::IniFormat).value(QStringLiteral("Relay/authTokenPlainText")).toString(), QStringLiteral("secret-2"));

        QSignalSpy loaded(&store, &TokenStore::loaded);
        store.load();
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).at(0).toString(), QStringLiteral("secret-2"));
        QCOMPARE(loaded.at(0).at(1).value<TokenStore::Location>(), TokenStore::Location::SettingsFile);
    }

    void realKeychainAnswersOrFallsBack()
    {
        // With whatever keychain this machine has (none under offscreen CI): one outcome, never a hang.
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("f.ini")));
        TokenStore store(&s);
        store.setKeychainEnabled(true);
        store.setTimeoutMs(3000);
        QSignalSpy stored(&store, &TokenStore::stored);
        bool asked = false;
        store.store(QStringLiteral("secret-3"), [&](const QString &) {
            asked = true;
            return true;
        });
        QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 5000);
        const auto where = stored.at(0).at(0).value<TokenStore::Location>();
        if (where == TokenStore::Location::Keychain) {
            QVERIFY(!asked);
            QVERIFY(!s.hasPlainTextToken());
            store.store(QString(), {}); // clean up the entry
            QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 2, 5000);
        } else {
            QCOMPARE(where, TokenStore::Location::SettingsFile);
            QVERIFY(asked);
            QCOMPARE(s.plainTextToken(), QStringLiteral("secret-3"));
        }
    }
};

QTEST_MAIN(TstSettings)
#include "tst_settings.moc"
