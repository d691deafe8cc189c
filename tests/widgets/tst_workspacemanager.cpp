// Workspace round trip and fixtures (house style 3.5): float one panel, tabify two,
// save, rebuild the window, restore; old, corrupt, truncated, too-new and
// unknown-panel files handled as specified.
#include "feedhealthpanel.h"
#include "panel.h"
#include "panelcatalog.h"
#include "paneldocks.h"
#include "shellfixture.h"
#include "statusindicators.h"
#include "workspacemanager.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace fd;

namespace {
const QString kFixtures = QStringLiteral(FLOWDESK_FIXTURES_DIR "/workspaces");

using fd::test::Shell;
} // namespace

class TstWorkspaceManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void builtinsShowTheirPanels()
    {
        QTemporaryDir dir;
        Shell s(dir.path());
        const QStringList names = PanelDocks::builtinNames();
        QCOMPARE(names.size(), 4);
        for (int i = 0; i < names.size(); ++i) {
            s.manager->applyBuiltin(i);
            QCOMPARE(s.manager->current(), names.at(i));
            QVERIFY2(s.openIds().size() >= 6, qPrintable(names.at(i)));
        }
        // Everything: every panel is open (some in tabs).
        QCOMPARE(s.openIds().size(), s.docks->ids().size());
        QCOMPARE(s.docks->ids().size(), 19);
        QVERIFY(s.docks->tabGroup(QStringLiteral("panel.signals")).contains(QStringLiteral("panel.alerts")));
        for (const QString &id : s.docks->ids())
            QCOMPARE(s.docks->dock(id)->objectName(), id);
    }

    // '&' in a title reads as itself in the dock's tab, the View menu's toggle action and
    // the dock's title bar, for every built-in panel (a single '&' would be a mnemonic).
    void titlesShowLiteralAmpersand()
    {
        QTemporaryDir dir;
        Shell s(dir.path());
        s.manager->applyBuiltin(3); // Everything: Price & CVD shares a tab group
        QCoreApplication::processEvents();
        auto shown = [](const QString &text) { // what a menu or tab bar draws: mnemonics stripped
            QAction a;
            a.setText(text);
            return a.iconText();
        };
        for (const PanelInfo &info : PanelCatalog::all()) {
            QDockWidget *d = s.docks->dock(info.id);
            QCOMPARE(shown(d->toggleViewAction()->text()), info.title);
        }
        QDockWidget *pc = s.docks->dock(QStringLiteral("panel.pricecvd"));
        QCOMPARE(PanelCatalog::info(QStringLiteral("panel.pricecvd")).title, QStringLiteral("Price & CVD"));
        QCOMPARE(pc->toggleViewAction()->text(), QStringLiteral("Price && CVD"));
        QString tab;
        for (QTabBar *bar : s.window.findChildren<QTabBar *>())
            for (int i = 0; i < bar->count(); ++i)
                if (shown(bar->tabText(i)).startsWith(QLatin1String("Price")))
                    tab = bar->tabText(i);
        QCOMPARE(tab, QStringLiteral("Price && CVD"));
        QCOMPARE(shown(tab), QStringLiteral("Price & CVD"));
        // The built-in workspace names go into the Workspace menu the same way.
        QCOMPARE(shown(PanelDocks::mnemonicSafe(PanelDocks::builtinNames().at(2))), QStringLiteral("Risk & Arbitrage"));
        QCOMPARE(PanelDocks::mnemonicSafe(QStringLiteral("A & B && C")), QStringLiteral("A && B &&&& C"));
    }

    // One rule for the clock skew in Feed Health and the status bar: n/a with the reason
    // on a simulated or replayed clock (demo data gave "median −946,573.7 ms").
    void skewNotApplicableOnSimulatedClock()
    {
        auto h = std::make_shared<HealthSnapshot>();
        h->skewMedianMs = -946573.7;
        h->skewP95Ms = -940001.0;
        h->simulatedClock = true;
        FeedHealthPanel panel;
        QMainWindow window;
        StatusIndicators status(window.statusBar());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto summary = [&] { return panel.findChild<QLabel *>(QStringLiteral("feedhealth.summary"))->text(); };
        auto bar = [&] { return window.statusBar()->findChild<QLabel *>(QStringLiteral("status.skew"))->text(); };
        panel.applyHealth(h);
        status.applyHealth(h);
        QVERIFY2(summary().endsWith(QStringLiteral(" · skew n/a (simulated or replayed clock)")), qPrintable(summary()));
        QVERIFY(!summary().contains(QLatin1String("946")));
        QCOMPARE(bar(), QStringLiteral("skew n/a (simulated or replayed clock)"));
        // A relay's clock: the figures, the same in both places.
        auto relay = std::make_shared<HealthSnapshot>(*h);
        relay->simulatedClock = false;
        relay->skewMedianMs = 12.4;
        relay->skewP95Ms = 40.6;
        panel.applyHealth(relay);
        status.applyHealth(relay);
        QCOMPARE(bar(), QStringLiteral("skew 12 ms (p95 41 ms)"));
        QVERIFY2(summary().endsWith(QStringLiteral(" · skew 12 ms (p95 41 ms)")), qPrintable(summary()));
        relay->skewMedianMs = relay->skewP95Ms = kNaN; // no trades or L1 yet
        status.applyHealth(relay);
        QCOMPARE(bar(), QStringLiteral("skew n/a"));
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        {
            Shell s(dir.path());
            s.manager->applyBuiltin(3);
            QDockWidget *whales = s.docks->dock(QStringLiteral("panel.whales"));
            whales->setFloating(true);
            whales->setGeometry(100, 100, 500, 300);
            s.window.tabifyDockWidget(s.docks->dock(QStringLiteral("panel.basis")), s.docks->dock(QStringLiteral("panel.regime")));
            s.docks->dock(QStringLiteral("panel.alerts"))->close();
            s.docks->panel(QStringLiteral("panel.depth"))->setSymbolOverride(QStringLiteral("SOL"));
            s.docks->setGlobalSymbol(QStringLiteral("ETH"));
            auto *fh = qobject_cast<FeedHealthPanel *>(s.docks->panel(QStringLiteral("panel.feedhealth")));
            QVERIFY(fh);
            fh->streamTable()->sortByColumn(4, Qt::DescendingOrder);
            fh->setVenueFilter(QStringLiteral("BybitPerpetualsUsd"));
            QCoreApplication::processEvents();
            QString err;
            QVERIFY2(s.manager->save(QStringLiteral("My Desk"), &err), qPrintable(err));
        }
        // The file: versioned, stable keys, screens summary.
        QFile f(dir.filePath(QStringLiteral("My Desk.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(doc.value(QStringLiteral("schemaVersion")).toInt(), WorkspaceManager::kSchemaVersion);
        QCOMPARE(doc.value(QStringLiteral("name")).toString(), QStringLiteral("My Desk"));
        QVERIFY(!doc.value(QStringLiteral("dockState")).toString().isEmpty());
        QVERIFY(!doc.value(QStringLiteral("screens")).toArray().isEmpty());
        QCOMPARE(doc.value(QStringLiteral("panels")).toObject().value(QStringLiteral("panel.whales")).toObject().value(QStringLiteral("floating")).toBool(), true);

        Shell s(dir.path());
        s.manager->applyBuiltin(0); // something different first
        QVERIFY(!s.docks->dock(QStringLiteral("panel.whales"))->isFloating());
        const auto r = s.manager->load(QStringLiteral("My Desk"));
        QVERIFY2(r.ok && !r.fellBack, qPrintable(r.message));
        QCoreApplication::processEvents();
        QCOMPARE(s.manager->current(), QStringLiteral("My Desk"));
        QVERIFY(s.docks->dock(QStringLiteral("panel.whales"))->isFloating());
        QVERIFY(!s.docks->dock(QStringLiteral("panel.whales"))->isHidden());
        QVERIFY(s.docks->tabGroup(QStringLiteral("panel.basis")).contains(QStringLiteral("panel.regime")));
        QVERIFY(!s.docks->tabGroup(QStringLiteral("panel.basis")).contains(QStringLiteral("panel.depth")));
        QVERIFY(s.docks->dock(QStringLiteral("panel.alerts"))->isHidden());
        QVERIFY(!s.docks->dock(QStringLiteral("panel.orderflow"))->isHidden());
        QCOMPARE(s.docks->panel(QStringLiteral("panel.depth"))->symbolOverride(), QStringLiteral("SOL"));
        QCOMPARE(s.docks->panel(QStringLiteral("panel.depth"))->symbol(), QStringLiteral("SOL"));
        QCOMPARE(s.docks->globalSymbol(), QStringLiteral("ETH"));
        QCOMPARE(s.docks->panel(QStringLiteral("panel.orderflow"))->symbol(), QStringLiteral("ETH"));
        auto *fh = qobject_cast<FeedHealthPanel *>(s.docks->panel(QStringLiteral("panel.feedhealth")));
        QCOMPARE(fh->venueFilter(), QStringLiteral("BybitPerpetualsUsd"));
        QCOMPARE(fh->streamTable()->horizontalHeader()->sortIndicatorSection(), 4);
        QCOMPARE(fh->streamTable()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        // The last workspace is remembered.
        QCOMPARE(QSettings().value(QStringLiteral("Workspace/last")).toString(), QStringLiteral("My Desk"));
    }

    void manageFiles()
    {
        QTemporaryDir dir;
        Shell s(dir.path());
        s.manager->applyBuiltin(1);
        QString err;
        QVERIFY(s.manager->save(QStringLiteral("A"), &err));
        QVERIFY(s.manager->duplicate(QStringLiteral("A"), QStringLiteral("B"), &err));
        QVERIFY(!s.manager->duplicate(QStringLiteral("A"), QStringLiteral("B"), &err)); // taken
        QVERIFY(s.manager->rename(QStringLiteral("B"), QStringLiteral("C"), &err));
        QCOMPARE(s.manager->savedNames(), (QStringList{QStringLiteral("A"), QStringLiteral("C")}));
        const QString exported = dir.filePath(QStringLiteral("out/exported.json"));
        QVERIFY(s.manager->exportTo(exported, &err));
        QVERIFY(s.manager->remove(QStringLiteral("C"), &err));
        QCOMPARE(s.manager->savedNames(), QStringList{QStringLiteral("A")});
        const auto r = s.manager->importFrom(exported);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(s.manager->current(), QStringLiteral("A (2)")); // "A" exists: imported under a new name
        QCOMPARE(s.manager->savedNames().size(), 2);
        // Importing garbage leaves the file alone and says why.
        const auto bad = s.manager->importFrom(kFixtures + QStringLiteral("/corrupt.json"));
        QVERIFY(!bad.ok);
        QVERIFY(bad.message.contains(QStringLiteral("corrupt.json")));
        QVERIFY(QFile::exists(kFixtures + QStringLiteral("/corrupt.json")));
    }

    void floatingOnMissingScreenComesBack()
    {
        QTemporaryDir dir;
        {
            Shell s(dir.path());
            s.manager->applyBuiltin(3);
            QDockWidget *d = s.docks->dock(QStringLiteral("panel.cascade"));
            d->setFloating(true);
            d->show();
            d->setGeometry(25000, 18000, 400, 300); // a monitor that is not there
            QCoreApplication::processEvents();
            QVERIFY(s.manager->save(QStringLiteral("Far")));
        }
        Shell s(dir.path());
        QVERIFY(s.manager->load(QStringLiteral("Far")).ok);
        QCoreApplication::processEvents();
        QDockWidget *d = s.docks->dock(QStringLiteral("panel.cascade"));
        QVERIFY(d->isFloating());
        QVERIFY(QGuiApplication::screenAt(d->geometry().center()) != nullptr);
        QVERIFY(d->width() >= 100 && d->height() >= 80);
    }

    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("fellBack");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("valid old version") << "valid-v1" << false << QString();
        QTest::newRow("corrupt JSON") << "corrupt" << true << "not valid JSON";
        QTest::newRow("truncated") << "truncated" << true << "not valid JSON";
        QTest::newRow("too new") << "too-new" << true << "newer FlowDesk";
        QTest::newRow("unknown panel names") << "unknown-panels" << false << "panel.retired";
    }

    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(bool, fellBack);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        const QString path = dir.filePath(file + QStringLiteral(".json"));
        QVERIFY(QFile::copy(kFixtures + QLatin1Char('/') + file + QStringLiteral(".json"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        Shell s(dir.path());
        s.manager->applyBuiltin(1);
        const auto r = s.manager->load(file);
        QCOMPARE(r.fellBack, fellBack);
        if (!messagePart.isEmpty())
            QVERIFY2(r.message.contains(messagePart), qPrintable(r.message));
        if (fellBack) {
            QCOMPARE(s.manager->current(), WorkspaceManager::defaultName());
            QVERIFY2(r.message.contains(path), qPrintable(r.message)); // names the file
            QCOMPARE(r.badFile, dir.filePath(file + QStringLiteral(".bad")));
            QVERIFY(QFile::exists(r.badFile)); // never lost
            QVERIFY(!QFile::exists(path));
            QCOMPARE(s.openIds().size(), s.docks->ids().size()); // default: Everything
        } else {
            QVERIFY(r.ok);
        }
        if (file == QLatin1String("valid-v1")) {
            QCOMPARE(s.manager->current(), QStringLiteral("Old Desk"));
            QStringList open = s.openIds();
            open.sort();
            QCOMPARE(open, (QStringList{QStringLiteral("panel.cascade"), QStringLiteral("panel.feedhealth"), QStringLiteral("panel.regime")}));
            QCOMPARE(s.docks->globalSymbol(), QStringLiteral("ETH"));
            QCOMPARE(s.docks->panel(QStringLiteral("panel.regime"))->symbol(), QStringLiteral("SOL"));
            auto *fh = qobject_cast<FeedHealthPanel *>(s.docks->panel(QStringLiteral("panel.feedhealth")));
            QCOMPARE(fh->venueFilter(), QStringLiteral("BinanceSpot"));
        }
        if (file == QLatin1String("unknown-panels")) {
            QCOMPARE(r.unknownPanels, QStringList{QStringLiteral("panel.retired")});
            QVERIFY(!s.docks->dock(QStringLiteral("panel.orderflow"))->isHidden());
            QVERIFY(s.docks->dock(QStringLiteral("panel.depth"))->isHidden()); // not in the saved arrangement
            QCOMPARE(s.docks->panel(QStringLiteral("panel.basis"))->symbolOverride(), QStringLiteral("ETH"));
        }
    }

    void corruptDockStateFallsBack()
    {
        QTemporaryDir dir;
        Shell s(dir.path());
        s.manager->applyBuiltin(0);
        QJsonObject doc = s.manager->capture(QStringLiteral("X"));
        doc.insert(QStringLiteral("dockState"), QStringLiteral("bm90IGEgc3RhdGU=")); // "not a state"
        const auto r = s.manager->apply(doc, dir.filePath(QStringLiteral("X.json")));
        QVERIFY(r.fellBack);
        QCOMPARE(s.manager->current(), WorkspaceManager::defaultName());
    }

    // Not a test: regenerates tests/fixtures/workspaces/unknown-panels.json (FLOWDESK_REGEN_FIXTURES=1).
    void writeFixtures()
    {
        if (!qEnvironmentVariableIsSet("FLOWDESK_REGEN_FIXTURES"))
            QSKIP("set FLOWDESK_REGEN_FIXTURES=1 to regenerate the fixtures");
        QTemporaryDir dir;
        Shell s(dir.path());
        s.manager->applyBuiltin(0);
        auto *retired = new QDockWidget(QStringLiteral("Retired"), &s.window);
        retired->setObjectName(QStringLiteral("panel.retired"));
        retired->setWidget(new QWidget);
        s.window.splitDockWidget(s.docks->dock(QStringLiteral("panel.orderflow")), retired, Qt::Horizontal);
        retired->show();
        s.docks->panel(QStringLiteral("panel.basis"))->setSymbolOverride(QStringLiteral("ETH"));
        QCoreApplication::processEvents();
        QJsonObject doc = s.manager->capture(QStringLiteral("Unknown Panels"));
        QJsonObject panels = doc.value(QStringLiteral("panels")).toObject();
        panels.insert(QStringLiteral("panel.retired"), QJsonObject{{QStringLiteral("open"), true}, {QStringLiteral("settings"), QJsonObject{}}});
        doc.insert(QStringLiteral("panels"), panels);
        doc.insert(QStringLiteral("savedAt"), QStringLiteral("2025-12-12T10:00:00Z"));
        doc.insert(QStringLiteral("app"), QStringLiteral("0.1.0"));
        QString err;
        QVERIFY2(WorkspaceManager::writeFile(kFixtures + QStringLiteral("/unknown-panels.json"), doc, &err), qPrintable(err));
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TstWorkspaceManager)
#include "tst_workspacemanager.moc"
