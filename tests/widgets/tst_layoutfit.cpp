// Layout fit (issue 5 quality bar): every built-in workspace, with the panels
// showing real data (the golden scenario), fits a 1920×1080 screen: the main
// window does not grow beyond it and every visible dock is at least 200×120.
#include "core/pipeline.h"
#include "panel.h"
#include "paneldocks.h"
#include "util/linereader.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QScrollArea>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace fd;

class TstLayoutFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        Pipeline pipe;
        forEachLine(FLOWDESK_SHARED_DIR "/testdata/golden/scenario.jsonl.gz", [&](std::string_view l) { pipe.feed(l); });
        for (View v : {View::Microstructure, View::Flow, View::Risk})
            m_snaps.push_back(pipe.builder().build(v));
    }

    void builtinsFit1920x1080_data()
    {
        QTest::addColumn<int>("index");
        const QStringList names = PanelDocks::builtinNames();
        for (int i = 0; i < names.size(); ++i)
            QTest::newRow(qPrintable(names.at(i))) << i;
    }

    void builtinsFit1920x1080()
    {
        QFETCH(int, index);
        QMainWindow window;
        window.resize(1920, 1080);
        auto *docks = new PanelDocks(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The frame (window decorations) must fit the screen too.
        const QSize frame = window.frameGeometry().size() - window.size();
        window.resize(1920 - frame.width(), 1080 - frame.height());
        QCoreApplication::processEvents();
        docks->applyBuiltin(index);
        for (size_t v = 0; v < m_snaps.size(); ++v)
            docks->deliver(static_cast<View>(v), m_snaps[v]);
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
        const QSize min = window.minimumSizeHint();
        if (qEnvironmentVariableIsSet("FLOWDESK_LAYOUT_DEBUG")) {
            for (QDockWidget *d : docks->docks())
                if (d->isVisible())
                    qInfo("%-22s %4dx%-4d panel needs %4dx%d", qPrintable(d->objectName()), d->width(), d->height(),
                          d->widget()->findChild<Panel *>()->minimumSizeHint().width(),
                          d->widget()->findChild<Panel *>()->minimumSizeHint().height());
            qInfo("window %dx%d min %dx%d", window.width(), window.height(), min.width(), min.height());
        }
        QVERIFY2(min.width() <= 1920 && min.height() <= 1080,
                 qPrintable(QStringLiteral("minimum size %1x%2").arg(min.width()).arg(min.height())));
        QVERIFY2(window.frameGeometry().width() <= 1920 && window.frameGeometry().height() <= 1080,
                 qPrintable(QStringLiteral("window %1x%2").arg(window.frameGeometry().width()).arg(window.frameGeometry().height())));
        int visible = 0;
        for (QDockWidget *d : docks->docks()) {
            if (!d->isVisible() || d->visibleRegion().isEmpty())
                continue;
            ++visible;
            QVERIFY2(d->width() >= 200 && d->height() >= 120,
                     qPrintable(QStringLiteral("%1 is %2x%3").arg(d->objectName()).arg(d->width()).arg(d->height())));
            // squeezed below what its content needs, a panel is clipped (text cut at the right
            // edge, grid cells drawn over each other)
            // (each panel sits in a scroll area, so this would show as a horizontal scroll bar)
            auto *scroll = qobject_cast<QScrollArea *>(d->widget());
            QVERIFY(scroll && scroll->widget());
            const int need = scroll->widget()->minimumSizeHint().width();
            QVERIFY2(scroll->viewport()->width() >= need,
                     qPrintable(QStringLiteral("%1 is %2 wide, its panel needs %3").arg(d->objectName()).arg(scroll->viewport()->width()).arg(need)));
        }
        QVERIFY(visible >= 4);
    }

private:
    QTemporaryDir m_settingsDir;
    std::vector<ViewSnapshotPtr> m_snaps;
};

QTEST_MAIN(TstLayoutFit)
#include "tst_layoutfit.moc"
