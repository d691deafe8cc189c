// Translations (issue 6 §2): the committed .ts files hold exactly the strings
// the sources mark (lupdate run afresh with the build's options), every entry is
// finished with the source's placeholders, and the built .qm files translate.
#include "settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct TsMessage {
    QString context, source, comment;
    bool numerus = false;
    QString type;              // "" (finished), "unfinished", "vanished", "obsolete"
    QStringList translations;  // one, or one per numerus form
};

struct TsFile {
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        out.error = QStringLiteral("cannot open %1").arg(path);
        return out;
    }
    QXmlStreamReader x(&f);
    QString context;
    TsMessage m;
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement())
            continue;
        const auto n = x.name();
        if (n == QLatin1String("TS")) {
            out.language = x.attributes().value(QLatin1String("language")).toString();
        } else if (n == QLatin1String("name")) {
            context = x.readElementText();
        } else if (n == QLatin1String("message")) {
            m = TsMessage{};
            m.context = context;
            m.numerus = x.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (!(x.isEndElement() && x.name() == QLatin1String("message")) && !x.atEnd()) {
                x.readNext();
                if (!x.isStartElement())
                    continue;
                if (x.name() == QLatin1String("source")) {
                    m.source = x.readElementText();
                } else if (x.name() == QLatin1String("comment")) {
                    m.comment = x.readElementText();
                } else if (x.name() == QLatin1String("translation")) {
                    m.type = x.attributes().value(QLatin1String("type")).toString();
                    if (!m.numerus)
                        m.translations << x.readElementText();
                } else if (x.name() == QLatin1String("numerusform")) {
                    m.translations << x.readElementText();
                }
            }
            out.messages << m;
        }
    }
    if (x.hasError())
        out.error = QStringLiteral("%1: %2 (line %3)").arg(path, x.errorString()).arg(x.lineNumber());
    return out;
}

QString key(const TsMessage &m)
{
    return m.context + QStringLiteral(" | ") + m.source + (m.comment.isEmpty() ? QString() : QStringLiteral(" | ") + m.comment)
           + (m.numerus ? QStringLiteral(" | numerus") : QString());
}

QSet<QString> keys(const TsFile &f)
{
    QSet<QString> out;
    for (const TsMessage &m : f.messages)
        out.insert(key(m));
    return out;
}

// %1 … %99 and %n (with QString::arg's optional L), as a sorted list with repeats removed.
QStringList placeholders(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << it.next().captured(1);
    out.removeDuplicates();
    out.sort();
    return out;
}

QStringList tsFiles() { return QString::fromUtf8(FLOWDESK_TS_FILES).split(QLatin1Char('|'), Qt::SkipEmptyParts); }

QString listed(const QStringList &items, int max = 40)
{
    QStringList shown = items.mid(0, max);
    if (items.size() > max)
        shown << QStringLiteral("… and %1 more").arg(items.size() - max);
    return QStringLiteral("\n  ") + shown.join(QStringLiteral("\n  "));
}

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void entriesFinished_data();
    void entriesFinished();
    void sourcesMatchTsFiles_data();
    void sourcesMatchTsFiles();
    void qmTranslates_data();
    void qmTranslates();
    void pluralForms();
    void englishLoadsNothing();
    void chooserLanguagesHaveFiles();
    void numbersFollowTheLocale();

private:
    QTemporaryDir m_tmp;
    TsFile m_fresh; // lupdate's view of the sources now
};

void TstTranslations::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QCOMPARE(tsFiles().size(), 2);
    // lupdate over app/, widgets/ and engine/ with the build's options, into a new file.
    const QString fresh = m_tmp.filePath(QStringLiteral("fresh_de.ts"));
    QStringList args{QStringLiteral("-project"), QStringLiteral(FLOWDESK_LUPDATE_PROJECT)};
    args << QString::fromUtf8(FLOWDESK_LUPDATE_OPTIONS).split(QLatin1Char('|'), Qt::SkipEmptyParts);
    args << QStringLiteral("-silent") << QStringLiteral("-ts") << fresh;
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(FLOWDESK_LUPDATE), args);
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish in 120 s");
    const QString log = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(log));
    m_fresh = readTs(fresh);
    QVERIFY2(m_fresh.error.isEmpty(), qPrintable(m_fresh.error));
    QVERIFY2(m_fresh.messages.size() > 500, qPrintable(QStringLiteral("lupdate found only %1 strings").arg(m_fresh.messages.size())));
}

void TstTranslations::entriesFinished_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &p : tsFiles())
        QTest::newRow(qPrintable(QFileInfo(p).fileName())) << p;
}

// No unfinished, vanished or obsolete entry; no empty translation; the same
// placeholders as the source (a lost %2 would drop a number from a label).
void TstTranslations::entriesFinished()
{
    QFETCH(QString, path);
    const TsFile ts = readTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY(!ts.messages.isEmpty());
    QStringList unfinished, stale, empty, badPlaceholders;
    for (const TsMessage &m : ts.messages) {
        if (m.type == QLatin1String("unfinished"))
            unfinished << key(m);
        else if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            stale << key(m);
        if (m.translations.isEmpty() || std::any_of(m.translations.cbegin(), m.translations.cend(), [](const QString &t) { return t.isEmpty(); }))
            empty << key(m);
        for (const QString &t : m.translations) {
            QStringList want = placeholders(m.source), got = placeholders(t);
            if (m.numerus && ts.language.startsWith(QLatin1String("zh"))) {
                // One form for every count: it must still show the number.
            } else if (m.numerus && !t.contains(QLatin1String("%n"))) {
                want.removeAll(QStringLiteral("n")); // "one order" may spell the number out
            }
            if (want != got)
                badPlaceholders << key(m) + QStringLiteral(" → ") + t;
        }
    }
    QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("%1 unfinished entries in %2:").arg(unfinished.size()).arg(path) + listed(unfinished)));
    QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("%1 vanished/obsolete entries in %2:").arg(stale.size()).arg(path) + listed(stale)));
    QVERIFY2(empty.isEmpty(), qPrintable(QStringLiteral("%1 empty translations in %2:").arg(empty.size()).arg(path) + listed(empty)));
    QVERIFY2(badPlaceholders.isEmpty(),
             qPrintable(QStringLiteral("%1 translations with other placeholders than their source in %2:").arg(badPlaceholders.size()).arg(path)
                        + listed(badPlaceholders)));
}

void TstTranslations::sourcesMatchTsFiles_data() { entriesFinished_data(); }

// The .ts file holds exactly the strings the sources mark now: a string added
// without running update_translations, or one left behind, fails here.
void TstTranslations::sourcesMatchTsFiles()
{
    QFETCH(QString, path);
    const TsFile ts = readTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    const QSet<QString> want = keys(m_fresh), have = keys(ts);
    QStringList missing = (want - have).values(), extra = (have - want).values();
    missing.sort();
    extra.sort();
    const QString fix = QStringLiteral("\nRun: cmake --build <build dir> --target update_translations, then translate the new entries.");
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 source strings missing from %2:").arg(missing.size()).arg(path) + listed(missing) + fix));
    QVERIFY2(extra.isEmpty(), qPrintable(QStringLiteral("%1 entries of %2 no longer in the sources:").arg(extra.size()).arg(path) + listed(extra) + fix));
}

void TstTranslations::qmTranslates_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *lang, const char *ctx, const char *src, const char *want) {
        QTest::addRow("%s %s: %s", lang, ctx, src) << QString::fromLatin1(lang) << QString::fromLatin1(ctx) << QString::fromUtf8(src)
                                                  << QString::fromUtf8(want);
    };
    row("zh_CN", "fd::SettingsDialog", "Settings", "设置");
    row("zh_CN", "fd::SettingsDialog", "System default", "跟随系统");
    row("zh_CN", "fd::PanelCatalog", "Whale Detector", "巨鲸监测");
    row("zh_CN", "fd::PanelDocks", "Market Microstructure", "市场微观结构");
    row("zh_CN", "Metrics", "LONGS PAY", "多头付费");
    row("zh_CN", "Metrics", "CONTANGO", "升水");
    row("zh_CN", "Panels", "n/a", "无数据");
    row("zh_CN", "main", "Relay auth token.", "中继服务器的认证令牌。");
    row("de", "fd::SettingsDialog", "Settings", "Einstellungen");
    row("de", "fd::SettingsDialog", "System default", "Systemstandard");
    row("de", "fd::PanelCatalog", "Whale Detector", "Whale-Detektor");
    row("de", "fd::PanelDocks", "Market Microstructure", "Marktmikrostruktur");
    row("de", "Metrics", "LONGS PAY", "LONGS ZAHLEN");
    row("de", "Metrics", "CONTANGO", "CONTANGO");
    row("de", "Panels", "n/a", "k. A.");
    row("de", "main", "Relay auth token.", "Auth-Token für das Relay.");
}

// The .qm files the build embeds under :/i18n, loaded the way the app loads them.
void TstTranslations::qmTranslates()
{
    QFETCH(QString, language);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QTranslator t;
    QVERIFY2(t.load(fd::Settings::localeFor(language), QStringLiteral("flowdesk"), QStringLiteral("_"), QStringLiteral(FLOWDESK_QM_DIR)),
             qPrintable(QStringLiteral("no flowdesk_%1.qm in %2").arg(language, QStringLiteral(FLOWDESK_QM_DIR))));
    QCOMPARE(t.translate(context.toUtf8().constData(), source.toUtf8().constData()), expected);
    // Through the application, as tr() and QCoreApplication::translate see it.
    QVERIFY(QCoreApplication::installTranslator(&t));
    QCOMPARE(QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData()), expected);
    QVERIFY(QCoreApplication::removeTranslator(&t));
}

void TstTranslations::pluralForms()
{
    QTranslator de, zh;
    QVERIFY(de.load(QLocale(QStringLiteral("de")), QStringLiteral("flowdesk"), QStringLiteral("_"), QStringLiteral(FLOWDESK_QM_DIR)));
    QVERIFY(zh.load(QLocale(QStringLiteral("zh_CN")), QStringLiteral("flowdesk"), QStringLiteral("_"), QStringLiteral(FLOWDESK_QM_DIR)));
    const char *src = "%n whale orders";
    QCoreApplication::installTranslator(&de);
    QCOMPARE(QCoreApplication::translate("Alerts", src, nullptr, 1), QStringLiteral("1 Whale-Order"));
    QCOMPARE(QCoreApplication::translate("Alerts", src, nullptr, 3), QStringLiteral("3 Whale-Orders"));
    QCoreApplication::removeTranslator(&de);
    QCoreApplication::installTranslator(&zh);
    QCOMPARE(QCoreApplication::translate("Alerts", src, nullptr, 3), QStringLiteral("3 笔巨鲸订单"));
    QCoreApplication::removeTranslator(&zh);
}

// English is the source language: choosing it loads no file, whatever the system's language.
void TstTranslations::englishLoadsNothing()
{
    QTranslator t;
    QVERIFY(!t.load(fd::Settings::localeFor(QStringLiteral("en")), QStringLiteral("flowdesk"), QStringLiteral("_"),
                    QStringLiteral(FLOWDESK_QM_DIR)));
}

void TstTranslations::chooserLanguagesHaveFiles()
{
    const auto langs = fd::Settings::languages();
    QCOMPARE(langs.size(), 4);
    QVERIFY(langs.first().code.isEmpty()); // "System default"
    QStringList codes;
    for (const auto &l : langs) {
        codes << l.code;
        if (l.code.isEmpty() || l.code == QLatin1String("en"))
            continue;
        QVERIFY2(QFile::exists(QDir(QStringLiteral(FLOWDESK_QM_DIR)).filePath(QStringLiteral("flowdesk_%1.qm").arg(l.code))), qPrintable(l.code));
        QVERIFY(!l.name.isEmpty());
    }
    QCOMPARE(codes, (QStringList{QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN")}));
    for (const QString &p : tsFiles())
        QVERIFY2(codes.contains(QFileInfo(p).completeBaseName().mid(int(qstrlen("flowdesk_")))), qPrintable(p));
    // Qt's own strings (standard buttons) come from qtbase_<lang>.qm when the system has them.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFile::exists(QDir(qtDir).filePath(QStringLiteral("qtbase_de.qm"))))
        QSKIP("Qt's own translations are not installed (Debian: qt6-translations-l10n)");
    QTranslator qt;
    QVERIFY(qt.load(QLocale(QStringLiteral("de")), QStringLiteral("qtbase"), QStringLiteral("_"), qtDir));
    QCOMPARE(qt.translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
}

void TstTranslations::numbersFollowTheLocale()
{
    // Labels use the chosen language's format …
    QCOMPARE(fd::Settings::localeFor(QStringLiteral("de")).toString(89512.5, 'f', 1), QStringLiteral("89.512,5"));
    QCOMPARE(fd::Settings::localeFor(QStringLiteral("zh_CN")).toString(89512.5, 'f', 1), QStringLiteral("89,512.5"));
    QCOMPARE(fd::Settings::localeFor(QStringLiteral("en")).toString(89512.5, 'f', 1), QStringLiteral("89,512.5"));
    // … and "C" (a system without a locale) keeps the group separators.
    QCOMPARE(fd::Settings::localeFor(QStringLiteral("C")).toString(89512.5, 'f', 1), QStringLiteral("89,512.5"));
}

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
