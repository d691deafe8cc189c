// Signals feed (issue 5 §17, METRICS.md §11): newest first, severity colours.
#include "panels/panelbase.h"
#include "panels/panelmakers.h"

#include <QTextStream>
#include <QVBoxLayout>

namespace fd {

class SignalsPanel : public PanelBase
{
    Q_OBJECT
public:
    explicit SignalsPanel(QWidget *parent)
        : PanelBase(QStringLiteral("panel.signals"), View::Microstructure, parent)
    {
        m_grid = new CellGrid(this);
        m_grid->setObjectName(QStringLiteral("grid"));
        m_grid->grid()->setColumnStretch(3, 1);
        body()->addWidget(m_grid);
        body()->addStretch(1);
        setHeading(title());
    }
    QString title() const override { return tr("Signals"); }
    QString explanation() const override
    {
        return explainHtml(tr("Critical transitions across all symbols, newest first."),
                           tr("orderflow imbalance beyond ↑↑/↓↓, liquidation cluster DANGER, volume-profile node, basis STEEP or "
                              "arbitrage, funding EXTREME or ARB, net-flow leader change, cascade risk HIGH, regime change, "
                              "liquidity THIN, stream stale. A signal fires on a transition."),
                           tr("every metric of the snapshot"), tr("the last 200 signals"),
                           tr("each signal uses the thresholds of its metric (see that panel's ?)"));
    }
    bool exportCsv(QTextStream &out) const override
    {
        out << "time_utc,symbol,kind,severity,message\n";
        if (latest())
            for (const Signal &s : latest()->signalFeed)
                out << fmt::time(s.timeNs, true) << ',' << QString::fromStdString(s.symbol) << ',' << QString::fromStdString(s.kind)
                    << ',' << QString::fromStdString(s.severity) << ",\"" << QString::fromStdString(s.message) << "\"\n";
        return true;
    }

protected:
    // The signal in the chosen language: its template and arguments (engine labels translated too).
    static QString displayText(const Signal &sig)
    {
        if (!sig.text)
            return QString::fromStdString(sig.message);
        QString t = QCoreApplication::translate("Metrics", sig.text);
        for (const std::string &a : sig.args)
            t = t.arg(fmt::label(a));
        return t;
    }

    void render(const ViewSnapshot &s) override
    {
        int row = 0;
        for (const Signal &sig : s.signalFeed) {
            if (row >= 40)
                break;
            const Tone t = sig.severity == "critical" ? Tone::Sell : (sig.severity == "warning" ? Tone::Caution : Tone::Muted);
            m_grid->label(row, 0, Qt::AlignLeft | Qt::AlignVCenter)->set(fmt::time(sig.timeNs), Tone::Muted);
            m_grid->label(row, 1, Qt::AlignLeft | Qt::AlignVCenter)->set(QString::fromStdString(sig.symbol));
            m_grid->label(row, 2, Qt::AlignLeft | Qt::AlignVCenter)
                ->set(sig.severity == "critical" ? tr("critical") : sig.severity == "warning" ? tr("warning") : tr("info"), t);
            ValueLabel *m = m_grid->label(row, 3, Qt::AlignLeft | Qt::AlignVCenter);
            m->setObjectName(QStringLiteral("signal.%1").arg(row));
            m->set(displayText(sig), sig.kind == "basis" || sig.kind == "funding" ? (t == Tone::Muted ? Tone::Arb : t) : t,
                   QString::fromStdString(sig.kind));
            ++row;
        }
        m_grid->setRowCount(row);
        setStatus(row ? QString() : tr("waiting for data: no signal yet"));
    }

private:
    CellGrid *m_grid;
};

Panel *makeSignalsPanel(QWidget *parent) { return new SignalsPanel(parent); }

} // namespace fd

#include "signalspanel.moc"
