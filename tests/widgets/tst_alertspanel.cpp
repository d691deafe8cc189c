// Alerts Log panel, rules editor and the rules' trip through a workspace (issue 6 §1):
// rows newest first with the expected texts and colours, the empty log says why,
// clear, CSV export content, the row cap; the editor rejects bad input with a
// reason; save → load in a fresh WorkspaceManager keeps the rules; old files keep
// the rules in force; a corrupt alerts entry gives the defaults and a message.
#include "alerts/alertrulesdialog.h"
#include "alerts/alertspanel.h"
#include "paneldocks.h"
#include "shellfixture.h"
#include "workspacemanager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace fd;

namespace {

const QString kFixtures = QStringLiteral(FLOWDESK_FIXTURES_DIR "/workspaces");

AlertRecord rec(int64_t sec, const QString &rule, const QString &symbol, AlertSeverity sev, const QString &msg,
                AlertKind kind = AlertKind::CascadeRisk, bool notified = true)
{
    AlertRecord r;
    r.timeNs = sec * 1'000'000'000LL;
    r.firedNs = r.timeNs + 2'500'000'000LL; // raised 2.5 s later (the log shows the first)
    r.ruleId = rule.toLower();
    r.ruleName = rule;
    r.kind = kind;
    r.symbol = symbol;
    r.severity = sev;
    r.message = msg;
    r.notified = notified;
    return r;
}

QString cell(const QTableWidget *t, int row, int col) { return t->item(row, col) ? t->item(row, col)->text() : QString(); }

using fd::test::Shell;

std::vector<AlertRule> customRules()
{
    AlertRule whale = AlertRule::make(AlertKind::Whale);
    whale.id = QStringLiteral("w1");
    whale.threshold = 2.5e6;
    whale.symbol = QStringLiteral("ETH");
    whale.sound = true;
    whale.desktop = false;
    whale.cooldownSec = 45;
    AlertRule relay = AlertRule::make(AlertKind::RelayDisconnected);
    relay.id = QStringLiteral("r1");
    relay.threshold = 90;
    relay.name = QStringLiteral("Relay down");
    AlertRule regime = AlertRule::make(AlertKind::RegimeChange);
    regime.id = QStringLiteral("g1");
    regime.enabled = false;
    return {whale, relay, regime};
}

} // namespace

class TstAlertsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void emptyLogSaysWhy()
    {
        AlertsPanel p;
        p.setRuleCounts(3, 3);
        QCOMPARE(p.statusLabel()->text(), QStringLiteral("No alerts yet — rules: 3 active"));
        p.setRuleCounts(3, 4);
        QCOMPARE(p.statusLabel()->text(), QStringLiteral("No alerts yet — rules: 3 active, 1 off"));
        p.setRuleCounts(0, 2);
        QCOMPARE(p.statusLabel()->text(), QStringLiteral("No alerts — no rule is active; add or enable one with \"Rules…\""));
        QVERIFY(!p.clearButton()->isEnabled());
    }

    void rowsNewestFirstWithColours()
    {
        AlertsPanel p;
        p.resize(900, 300);
        p.show();
        p.setRuleCounts(3, 3);
        p.addRecords({rec(36000, QStringLiteral("Cascade risk ≥ 70"), QStringLiteral("BTC"), AlertSeverity::Critical,
                          QStringLiteral("Cascade risk 75 (HIGH) ≥ 70")),
                      rec(36001, QStringLiteral("Funding EXTREME/ARB"), QStringLiteral("ETH"), AlertSeverity::Info,
                          QStringLiteral("Funding ARB: cross-venue differential +0.0150 %"), AlertKind::Funding)});
        p.addRecords({rec(36002, QStringLiteral("Mega whale"), QStringLiteral("SOL"), AlertSeverity::Warning,
                          QStringLiteral("$5.5M SOL sell on Bybit perp at 142.31"), AlertKind::MegaWhale, false),
                      rec(36003, QStringLiteral("Relay disconnected > 30 s"), QString(), AlertSeverity::Critical,
                          QStringLiteral("Relay disconnected for 30 s (Offline)"), AlertKind::RelayDisconnected)});
        const QTableWidget *t = p.table();
        QCOMPARE(t->rowCount(), 4);
        QCOMPARE(p.recordCount(), 4);
        const QStringList header{QStringLiteral("Time (UTC)"), QStringLiteral("Rule"), QStringLiteral("Symbol"), QStringLiteral("Severity"),
                                 QStringLiteral("Message")};
        for (int c = 0; c < header.size(); ++c)
            QCOMPARE(t->horizontalHeaderItem(c)->text(), header.at(c));
        // Newest first.
        QCOMPARE(cell(t, 0, 0), QStringLiteral("10:00:03"));
        QCOMPARE(cell(t, 0, 1), QStringLiteral("Relay disconnected > 30 s"));
        QCOMPARE(cell(t, 0, 2), QStringLiteral("—"));
        QCOMPARE(cell(t, 0, 3), QStringLiteral("critical"));
        QCOMPARE(cell(t, 0, 4), QStringLiteral("Relay disconnected for 30 s (Offline)"));
        QCOMPARE(cell(t, 1, 0), QStringLiteral("10:00:02"));
        QCOMPARE(cell(t, 1, 2), QStringLiteral("SOL"));
        QCOMPARE(cell(t, 1, 3), QStringLiteral("warning"));
        QCOMPARE(cell(t, 2, 0), QStringLiteral("10:00:01"));
        QCOMPARE(cell(t, 2, 3), QStringLiteral("info"));
        QCOMPARE(cell(t, 3, 0), QStringLiteral("10:00:00"));
        QCOMPARE(cell(t, 3, 1), QStringLiteral("Cascade risk ≥ 70"));
        QCOMPARE(cell(t, 3, 4), QStringLiteral("Cascade risk 75 (HIGH) ≥ 70"));
        // Severity colours by meaning: red critical, yellow warning, cyan info; whale messages purple.
        QCOMPARE(t->item(0, 3)->foreground().color(), toneColor(Tone::Sell, &p));
        QCOMPARE(t->item(1, 3)->foreground().color(), toneColor(Tone::Caution, &p));
        QCOMPARE(t->item(2, 3)->foreground().color(), toneColor(Tone::Arb, &p));
        QCOMPARE(t->item(3, 3)->foreground().color(), toneColor(Tone::Sell, &p));
        QCOMPARE(t->item(1, 4)->foreground().color(), toneColor(Tone::Whale, &p));
        QVERIFY(t->item(1, 4)->toolTip().contains(QStringLiteral("cool-down")));
        QCOMPARE(p.statusLabel()->text(), QStringLiteral("4 alerts · rules: 3 active"));
        QVERIFY(p.clearButton()->isEnabled());
    }

    void clearWorks()
    {
        AlertsPanel p;
        p.setRuleCounts(2, 2);
        p.addRecords({rec(1, QStringLiteral("A"), QStringLiteral("BTC"), AlertSeverity::Info, QStringLiteral("a"))});
        QCOMPARE(p.statusLabel()->text(), QStringLiteral("1 alert · rules: 2 active"));
        QTest::mouseClick(p.clearButton(), Qt::LeftButton);
        QCOMPARE(p.table()->rowCount(), 0);
        QCOMPARE(p.recordCount(), 0);
        QCOMPARE(p.statusLabel()->text(), QStringLiteral("No alerts yet — rules: 2 active"));
        QString csv;
        QTextStream ts(&csv);
        QVERIFY(p.exportCsv(ts));
        ts.flush();
        QCOMPARE(csv, QStringLiteral("time_utc,rule,symbol,severity,message,notified,raised_utc\n"));
    }

    void csvExport()
    {
        AlertsPanel p;
        p.addRecords({rec(36000, QStringLiteral("Whale ≥ $1M"), QStringLiteral("BTC"), AlertSeverity::Warning,
                          QStringLiteral("$2M BTC buy on Binance perp at 90,000"), AlertKind::Whale),
                      rec(36001, QStringLiteral("My \"loud\" rule"), QString(), AlertSeverity::Critical,
                          QStringLiteral("Relay disconnected for 31 s (Offline)"), AlertKind::RelayDisconnected, false)});
        QString csv;
        QTextStream ts(&csv);
        QVERIFY(p.exportCsv(ts));
        ts.flush();
        QCOMPARE(csv, QStringLiteral("time_utc,rule,symbol,severity,message,notified,raised_utc\n"
                                     "1970-01-01T10:00:01.000Z,\"My \"\"loud\"\" rule\",,critical,Relay disconnected for 31 s (Offline),no,"
                                     "1970-01-01T10:00:03.500Z\n"
                                     "1970-01-01T10:00:00.000Z,Whale ≥ $1M,BTC,warning,\"$2M BTC buy on Binance perp at 90,000\",yes,"
                                     "1970-01-01T10:00:02.500Z\n"));
    }

    void rowCap()
    {
        AlertsPanel p;
        std::vector<AlertRecord> many;
        for (int i = 0; i < AlertsPanel::kMaxRows + 5; ++i)
            many.push_back(rec(i, QStringLiteral("R"), QStringLiteral("BTC"), AlertSeverity::Info, QString::number(i)));
        p.addRecords(many);
        QCOMPARE(p.table()->rowCount(), AlertsPanel::kMaxRows);
        QCOMPARE(p.recordCount(), AlertsPanel::kMaxRows);
        QCOMPARE(cell(p.table(), 0, 4), QString::number(AlertsPanel::kMaxRows + 4));
        QCOMPARE(cell(p.table(), AlertsPanel::kMaxRows - 1, 4), QStringLiteral("5")); // the five oldest dropped
    }

    void buttonsAskTheShell()
    {
        AlertsPanel p;
        QSignalSpy rules(&p, &AlertsPanel::editRulesRequested), exp(&p, &AlertsPanel::exportRequested);
        QTest::mouseClick(p.rulesButton(), Qt::LeftButton);
        QTest::mouseClick(p.exportButton(), Qt::LeftButton);
        QCOMPARE(rules.count(), 1);
        QCOMPARE(exp.count(), 1);
    }

    void catalogMakesTheRealPanel()
    {
        QTemporaryDir dir;
        Shell s(dir.path());
        auto *p = qobject_cast<AlertsPanel *>(s.docks->panel(QStringLiteral("panel.alerts")));
        QVERIFY(p);
        QCOMPARE(p->panelId(), QStringLiteral("panel.alerts"));
        QCOMPARE(s.docks->dock(QStringLiteral("panel.alerts"))->windowTitle(), QStringLiteral("Alerts Log"));
    }

    // Save → load in a fresh WorkspaceManager keeps the rules.
    void workspaceRoundTrip()
    {
        QTemporaryDir dir;
        {
            Shell a(dir.path());
            QCOMPARE(a.manager->alertRules(), defaultAlertRules());
            a.manager->setAlertRules(customRules());
            QString err;
            QVERIFY2(a.manager->save(QStringLiteral("Desk"), &err), qPrintable(err));
        }
        QJsonObject doc;
        QString why;
        QVERIFY(WorkspaceManager::readFile(QDir(dir.path()).filePath(QStringLiteral("Desk.json")), &doc, &why));
        QCOMPARE(doc.value(QStringLiteral("schemaVersion")).toInt(), 2); // an optional key: older readers still load it
        QCOMPARE(doc.value(QStringLiteral("alerts")).toObject().value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(doc.value(QStringLiteral("alerts")).toObject().value(QStringLiteral("rules")).toArray().size(), 3);

        Shell b(dir.path());
        QCOMPARE(b.manager->alertRules(), defaultAlertRules());
        QSignalSpy changed(b.manager, &WorkspaceManager::alertRulesChanged);
        const auto r = b.manager->load(QStringLiteral("Desk"));
        QVERIFY(r.ok);
        QVERIFY(r.alertProblems.isEmpty());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(b.manager->alertRules(), customRules());
        QCOMPARE(b.manager->alertRules()[0].threshold, 2.5e6);
        QCOMPARE(b.manager->alertRules()[1].displayName(), QStringLiteral("Relay down"));
    }

    // Files from before alerts (fixtures) load as before and keep the rules in force.
    void oldFilesKeepRules_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("v1 fixture") << QStringLiteral("valid-v1.json");
        QTest::newRow("v2 without alerts") << QString(); // as written before alerts existed
    }
    void oldFilesKeepRules()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        if (file.isEmpty()) {
            file = QStringLiteral("Before Alerts.json");
            Shell a(dir.path());
            QJsonObject doc = a.manager->capture(QStringLiteral("Before Alerts"));
            doc.remove(QStringLiteral("alerts"));
            QVERIFY(WorkspaceManager::writeFile(QDir(dir.path()).filePath(file), doc, nullptr));
        } else {
            QVERIFY(QFile::copy(QDir(kFixtures).filePath(file), QDir(dir.path()).filePath(file)));
        }
        Shell s(dir.path());
        s.manager->setAlertRules(customRules());
        QSignalSpy changed(s.manager, &WorkspaceManager::alertRulesChanged);
        const auto r = s.manager->load(QFileInfo(file).completeBaseName());
        QVERIFY(r.ok);
        QVERIFY(!r.fellBack);
        QVERIFY(r.alertProblems.isEmpty());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(s.manager->alertRules(), customRules());
    }

    // A bad rule is skipped with its reason; an unreadable entry gives the defaults; the layout still loads.
    void corruptAlertsEntry_data()
    {
        QTest::addColumn<QByteArray>("alerts");
        QTest::addColumn<int>("rules");
        QTest::addColumn<QString>("problem");
        QTest::newRow("one bad rule") << QByteArray(R"({"version":1,"rules":[{"kind":"whale","id":"a","minUsd":-1},{"kind":"basis","id":"b"}]})")
                                      << 1 << QStringLiteral("alert rule 1 was skipped: the minimum order must be more than $0 and at most $100B, not -1");
        QTest::newRow("garbage") << QByteArray(R"("lots of alerts")") << 4
                                 << QStringLiteral("the alert rules are unreadable (not a JSON object); the default rules are used");
        QTest::newRow("too new") << QByteArray(R"({"version":7,"rules":[]})") << 4
                                 << QStringLiteral("the alert rules are unreadable (written by a newer FlowDesk: rules format 7, this version "
                                                   "reads 1); the default rules are used");
    }
    void corruptAlertsEntry()
    {
        QFETCH(QByteArray, alerts);
        QFETCH(int, rules);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("Broken.json"));
        {
            Shell a(dir.path());
            a.manager->setAlertRules(customRules());
            QJsonObject doc = a.manager->capture(QStringLiteral("Broken"));
            doc.insert(QStringLiteral("alerts"), QJsonDocument::fromJson("[" + alerts + "]").array().at(0));
            QVERIFY(WorkspaceManager::writeFile(path, doc, nullptr));
        }
        Shell b(dir.path());
        b.manager->setAlertRules(customRules());
        const auto r = b.manager->load(QStringLiteral("Broken"));
        QVERIFY(r.ok);
        QVERIFY(!r.fellBack);
        QCOMPARE(r.alertProblems, QStringList{problem});
        QVERIFY2(r.message.contains(QStringLiteral("Alert rules in ")) && r.message.contains(problem), qPrintable(r.message));
        QCOMPARE(int(b.manager->alertRules().size()), rules);
        if (rules == 4)
            QCOMPARE(b.manager->alertRules(), defaultAlertRules());
        else
            QCOMPARE(b.manager->alertRules()[0].kind, AlertKind::Basis);
        QCOMPARE(b.manager->current(), QStringLiteral("Broken"));
    }

    // The editor: every change is validated, the reason shown, OK disabled until valid.
    void rulesDialogValidates()
    {
        AlertRulesDialog dlg(defaultAlertRules(), {QStringLiteral("BTC"), QStringLiteral("ETH")}, false, nullptr);
        dlg.show();
        QCOMPARE(dlg.list()->rowCount(), 4);
        QVERIFY(dlg.okButton()->isEnabled());
        QVERIFY(dlg.problem().isEmpty());
        QVERIFY(dlg.findChild<QLabel *>(QStringLiteral("alertrules.traynote")));

        dlg.addRule(AlertKind::Whale);
        QCOMPARE(dlg.list()->rowCount(), 5);
        QCOMPARE(dlg.list()->currentRow(), 4);
        QCOMPARE(dlg.thresholdEdit()->text(), QStringLiteral("1M"));
        QVERIFY(dlg.thresholdEdit()->isVisibleTo(&dlg));

        dlg.thresholdEdit()->clear();
        QTest::keyClicks(dlg.thresholdEdit(), QStringLiteral("abc"));
        QCOMPARE(dlg.problem(), QStringLiteral("Rule 5 (Whale ≥ $1M): \"abc\" is not an amount (e.g. 500K, 1.5M or 2000000)"));
        QCOMPARE(dlg.problemLabel()->text(), dlg.problem());
        QVERIFY(!dlg.okButton()->isEnabled());

        dlg.thresholdEdit()->clear();
        QTest::keyClicks(dlg.thresholdEdit(), QStringLiteral("2.5M"));
        QVERIFY(dlg.problem().isEmpty());
        QVERIFY(dlg.okButton()->isEnabled());
        QCOMPARE(dlg.rules()[4].threshold, 2.5e6);
        QCOMPARE(dlg.list()->item(4, 1)->text(), QStringLiteral("Whale ≥ $2.5M"));

        dlg.thresholdEdit()->clear();
        QTest::keyClicks(dlg.thresholdEdit(), QStringLiteral("-3"));
        QCOMPARE(dlg.problem(), QStringLiteral("Rule 5 (Whale ≥ −$3): the minimum order must be more than $0 and at most $100B, not -3"));
        QVERIFY(!dlg.okButton()->isEnabled());
        dlg.thresholdEdit()->clear();
        QTest::keyClicks(dlg.thresholdEdit(), QStringLiteral("$750,000"));
        QCOMPARE(dlg.rules()[4].threshold, 750'000.0);

        dlg.symbolBox()->setCurrentText(QStringLiteral("bt c"));
        QCOMPARE(dlg.problem(), QStringLiteral("Rule 5 (Whale ≥ $750K): symbol \"BT C\" is not a base asset (1–15 capital letters or "
                                               "digits, e.g. BTC), or leave it empty for any symbol"));
        dlg.symbolBox()->setCurrentText(QStringLiteral("eth"));
        QVERIFY(dlg.problem().isEmpty());
        QCOMPARE(dlg.rules()[4].symbol, QStringLiteral("ETH"));

        dlg.cooldownBox()->setValue(90);
        dlg.soundBox()->setChecked(true);
        dlg.desktopBox()->setChecked(false);
        QCOMPARE(dlg.rules()[4].cooldownSec, 90);
        QVERIFY(dlg.rules()[4].sound);
        QVERIFY(!dlg.rules()[4].desktop);
        QCOMPARE(dlg.list()->item(4, 3)->text(), QStringLiteral("beep"));

        // Switching the condition brings that condition's default threshold.
        dlg.kindBox()->setCurrentIndex(dlg.kindBox()->findData(int(AlertKind::CascadeRisk)));
        QCOMPARE(dlg.rules()[4].kind, AlertKind::CascadeRisk);
        QCOMPARE(dlg.rules()[4].threshold, 70.0);
        QCOMPARE(dlg.thresholdEdit()->text(), QStringLiteral("70"));

        // The "On" column switches a rule off.
        dlg.list()->item(0, 0)->setCheckState(Qt::Unchecked);
        QVERIFY(!dlg.rules()[0].enabled);

        dlg.selectRow(1);
        dlg.deleteSelected();
        QCOMPARE(int(dlg.rules().size()), 4);
        QCOMPARE(dlg.rules()[1].kind, AlertKind::RelayDisconnected);
    }

    void parseAmounts()
    {
        double v = 0;
        QVERIFY(AlertRulesDialog::parseAmount(QStringLiteral("1.5M"), &v));
        QCOMPARE(v, 1.5e6);
        QVERIFY(AlertRulesDialog::parseAmount(QStringLiteral("500k"), &v));
        QCOMPARE(v, 5e5);
        QVERIFY(AlertRulesDialog::parseAmount(QStringLiteral(" $2,000,000 "), &v));
        QCOMPARE(v, 2e6);
        QVERIFY(AlertRulesDialog::parseAmount(QStringLiteral("1B"), &v));
        QCOMPARE(v, 1e9);
        QVERIFY(!AlertRulesDialog::parseAmount(QStringLiteral(""), &v));
        QVERIFY(!AlertRulesDialog::parseAmount(QStringLiteral("M"), &v));
        QVERIFY(!AlertRulesDialog::parseAmount(QStringLiteral("12 apples"), &v));
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TstAlertsPanel)
#include "tst_alertspanel.moc"
