// Correlation Matrix (issue 5 §14, METRICS.md §10): symbols' return correlation
// coloured by value, cross-exchange correlation, lead/lag.
#include "panels/panelbase.h"
#include "panels/panelmakers.h"

#include <QVBoxLayout>

namespace fd {

class CorrelationPanel : public PanelBase
{
    Q_OBJECT
public:
    explicit CorrelationPanel(QWidget *parent)
        : PanelBase(QStringLiteral("panel.correlation"), View::Risk, parent)
    {
        m_matrix = new CellGrid(this);
        m_matrix->setObjectName(QStringLiteral("matrix"));
        m_cross = new CellGrid(this);
        m_cross->setObjectName(QStringLiteral("cross"));
        m_lead = new CellGrid(this);
        m_lead->setObjectName(QStringLiteral("leadlag"));
        // Columns packed to the left: spread over a wide dock, a row's values were far apart.
        for (CellGrid *g : {m_matrix, m_cross, m_lead})
            g->grid()->setColumnStretch(kMaxColumns, 1);
        body()->addWidget(m_matrix);
        body()->addWidget(m_cross);
        body()->addWidget(m_lead);
        body()->addStretch(1);
        setHeading(title());
    }
    QString title() const override { return tr("Correlation Matrix"); }
    QString explanation() const override
    {
        const auto &st = metricSettings();
        return explainHtml(tr("How the symbols move together and who moves first."),
                           tr("Pearson correlation of log returns of the perp reference on time-aligned 5 s bars; cross-exchange: "
                              "mean pairwise Pearson of 1 s mid returns between venues (5 m); lead/lag: cross-correlation of 1 s "
                              "returns for lags −%1…+%1 s, reported only when the best correlation exceeds 2/√n.")
                               .arg(st.leadLagMaxSec),
                           tr("perp reference prices, L1 mids"), tr("30 minutes (minimum %1 bars)").arg(st.correlationMinBars),
                           tr("cell colour: blue for positive, pink for negative, deeper with |r|; none below 0.05"));
    }

protected:
    // Heat-map cells all as wide as the widest value ("−1.00"), so the fills line up
    // instead of hugging each number.
    static void heatCell(ValueLabel *l)
    {
        const int w = l->fontMetrics().horizontalAdvance(QStringLiteral("−1.00")) + 10;
        if (l->minimumWidth() != w || l->maximumWidth() != w) {
            l->setFixedToText(false);
            l->setFixedWidth(w);
        }
    }
    static constexpr int kMaxColumns = 24; // a trailing empty column takes the spare width
    void render(const ViewSnapshot &s) override
    {
        const Correlation &c = s.correlation;
        const int n = static_cast<int>(c.symbols.size());
        if (n == 0) {
            setStatus(s.view == View::Risk ? tr("waiting for data: no symbols yet") : tr("correlation is computed for the Risk view only"));
            m_matrix->setRowCount(0);
            m_cross->setRowCount(0);
            m_lead->setRowCount(0);
            return;
        }
        setStatus(tr("%1 bars of 5 s").arg(c.bars), Tone::Muted);
        m_matrix->label(0, 0)->set(QString());
        for (int i = 0; i < n; ++i) {
            const QString si = QString::fromStdString(c.symbols[static_cast<size_t>(i)]);
            m_matrix->label(0, i + 1)->set(si, Tone::Muted);
            m_matrix->label(i + 1, 0, Qt::AlignLeft | Qt::AlignVCenter)->set(si, Tone::Muted);
            for (int j = 0; j < n; ++j) {
                const Val &v = c.matrix[static_cast<size_t>(i * n + j)];
                ValueLabel *l = m_matrix->label(i + 1, j + 1, Qt::AlignCenter);
                heatCell(l);
                l->setObjectName(si + QLatin1Char('.') + QString::fromStdString(c.symbols[static_cast<size_t>(j)]));
                l->setVal(v, fmt::num(v.v, 2), i == j ? Tone::Muted : Tone::Normal);
                l->setFill(i == j || !v.ok() ? QColor() : correlationFill(v.v, this));
            }
        }
        m_matrix->setRowCount(n + 1);
        int row = 0;
        m_cross->label(row, 0, Qt::AlignLeft | Qt::AlignVCenter)->set(tr("Cross-exchange (1 s mids, 5 m)"), Tone::Muted);
        ++row;
        for (const auto &x : c.crossExchange) {
            m_cross->label(row, 0, Qt::AlignLeft | Qt::AlignVCenter)->set(QString::fromStdString(x.symbol));
            ValueLabel *l = m_cross->label(row, 1);
            l->setVal(x.corr, fmt::num(x.corr.v, 2), Tone::Normal);
            l->setFill(x.corr.ok() ? correlationFill(x.corr.v, this) : QColor());
            ++row;
        }
        m_cross->setRowCount(row);
        row = 0;
        m_lead->label(row, 0, Qt::AlignLeft | Qt::AlignVCenter)->set(tr("Lead / lag (1 s returns)"), Tone::Muted);
        ++row;
        for (const auto &l : c.leadLag) {
            m_lead->label(row, 0, Qt::AlignLeft | Qt::AlignVCenter)->set(QString::fromStdString(l.a + " / " + l.b));
            ValueLabel *t = m_lead->label(row, 1, Qt::AlignLeft | Qt::AlignVCenter);
            t->setObjectName(QString::fromStdString(l.a + "/" + l.b) + QStringLiteral(".lead"));
            if (!l.leader.empty())
                t->set(tr("%1 leads by %2 s (r %3)").arg(QString::fromStdString(l.leader)).arg(std::abs(l.lagSec)).arg(fmt::num(l.corr.v, 2)),
                       Tone::Arb);
            else if (l.corr.ok() || l.text.size())
                t->set(l.text.empty() ? tr("no lead") : fmt::label(l.text), Tone::Muted,
                       l.corr.ok() ? QString() : fmt::naReason(l.corr.na));
            else
                t->setNa(l.corr.na);
            ++row;
        }
        m_lead->setRowCount(row);
    }

private:
    CellGrid *m_matrix, *m_cross, *m_lead;
};

Panel *makeCorrelationPanel(QWidget *parent) { return new CorrelationPanel(parent); }

} // namespace fd

#include "correlationpanel.moc"
