// Whale Detector (issue 5 §5, METRICS.md §1): taker orders ≥ a settable
// threshold (default $500K): time, symbol, side, $ value, price, venue, ⚠ for
// mega orders (≥ $5M), purple; filters by symbol, side and venue; CSV export.
#include "panels/panelbase.h"
#include "panels/panelmakers.h"

#include <QAbstractTableModel>
#include <QComboBox>
#include <QHBoxLayout>
#include <QEvent>
#include <QHeaderView>
#include <QJsonObject>
#include <QSpinBox>
#include <QTableView>
#include <QTextStream>
#include <QVBoxLayout>

#include <set>

namespace fd {

class WhaleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Col { Time, Symbol, Side, Usd, Price, Venue, Flag, ColCount };
    using QAbstractTableModel::QAbstractTableModel;
    int rowCount(const QModelIndex &p = {}) const override { return p.isValid() ? 0 : static_cast<int>(m_rows.size()); }
    int columnCount(const QModelIndex &p = {}) const override { return p.isValid() ? 0 : ColCount; }
    QVariant headerData(int s, Qt::Orientation o, int role) const override
    {
        if (o == Qt::Horizontal && role == Qt::TextAlignmentRole) // headers line up with their values
            return s == Usd || s == Price ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        if (o != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(s, o, role);
        static const char *const h[] = {QT_TR_NOOP("Time"), QT_TR_NOOP("Symbol"), QT_TR_NOOP("Side"), QT_TR_NOOP("Value"),
                                        QT_TR_NOOP("Price"), QT_TR_NOOP("Venue"), QT_TR_NOOP("")};
        return tr(h[s]);
    }
    QVariant data(const QModelIndex &i, int role) const override
    {
        const TakerOrder &o = m_rows[static_cast<size_t>(i.row())];
        const bool mega = o.usd >= metricSettings().tierMegaUsd;
        switch (role) {
        case Qt::DisplayRole: return text(o, i.column());
        case Qt::TextAlignmentRole:
            return i.column() == Usd || i.column() == Price ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        case Qt::ForegroundRole:
            if (i.column() == Side)
                return toneColor(o.side == Side::Buy ? Tone::Buy : Tone::Sell, m_dark);
            if (i.column() == Usd || i.column() == Flag)
                return toneColor(Tone::Whale, m_dark);
            return {};
        case Qt::FontRole:
            if (mega && (i.column() == Usd || i.column() == Flag)) {
                QFont f;
                f.setBold(true);
                return f;
            }
            return {};
        case Qt::ToolTipRole:
            return tr("%1 prints · %2 %3 · tier %4%5")
                .arg(o.prints)
                .arg(fmt::num(o.baseQty, 4), QString::fromStdString(o.symbol), fmt::label(o.tier),
                     o.outlier ? tr(" · size outlier (> mean + 3σ of log size, 15 m)") : QString());
        }
        return {};
    }
    QString text(const TakerOrder &o, int c) const
    {
        switch (c) {
        case Time: return fmt::time(o.timeNs, true);
        case Symbol: return QString::fromStdString(o.symbol) + (o.type == MarketType::Spot ? tr(" spot") : QString());
        case Side: return o.side == Side::Buy ? tr("BUY") : tr("SELL");
        case Usd: return fmt::usd(o.usd);
        case Price: return fmt::price(o.price);
        case Venue: return QString::fromStdString(o.venue) + (o.type == MarketType::Spot ? tr(" spot") : tr(" perp"));
        // "outlier" only where it tells something the tier does not: below the whale tier
        // (METRICS.md §1 "flagged even below the whale tier"); every whale is one anyway.
        case Flag: return o.usd >= metricSettings().tierMegaUsd ? QStringLiteral("⚠ MEGA")
                                                                : (o.outlier && o.usd < metricSettings().tierWhaleUsd ? tr("outlier") : QString());
        }
        return {};
    }
    // Newest first: a new order is inserted at the top and old ones fall off the bottom, so
    // the view keeps its selection and repaints only what moved; an unchanged list emits nothing.
    void setRows(std::vector<TakerOrder> rows, bool dark)
    {
        const bool themeChanged = dark != m_dark;
        m_dark = dark;
        const size_t oldN = m_rows.size(), newN = rows.size();
        size_t k = 0; // rows[k] is the old top row
        if (oldN) {
            while (k < newN && !same(rows[k], m_rows[0]))
                ++k;
        }
        const size_t overlap = k < newN ? std::min(newN - k, oldN) : 0;
        bool shifted = oldN == 0 || overlap > 0;
        for (size_t i = 0; shifted && i < overlap; ++i)
            shifted = same(rows[k + i], m_rows[i]);
        if (!shifted) {
            beginResetModel();
            m_rows = std::move(rows);
            endResetModel();
            return;
        }
        if (k > 0 && oldN > 0) {
            beginInsertRows({}, 0, static_cast<int>(k) - 1);
            m_rows.insert(m_rows.begin(), rows.begin(), rows.begin() + static_cast<long>(k));
            endInsertRows();
        }
        if (m_rows.size() > newN) {
            beginRemoveRows({}, static_cast<int>(newN), static_cast<int>(m_rows.size()) - 1);
            m_rows.resize(newN);
            endRemoveRows();
        } else if (m_rows.size() < newN) {
            const int first = static_cast<int>(m_rows.size());
            beginInsertRows({}, first, static_cast<int>(newN) - 1);
            m_rows.insert(m_rows.end(), rows.begin() + first, rows.end());
            endInsertRows();
        }
        m_rows = std::move(rows); // same rows; takes the newest copy (tier/outlier flags)
        if (themeChanged && !m_rows.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColCount - 1));
    }
    const std::vector<TakerOrder> &rows() const { return m_rows; }

private:
    static bool same(const TakerOrder &a, const TakerOrder &b)
    {
        return a.timeNs == b.timeNs && a.usd == b.usd && a.price == b.price && a.side == b.side && a.type == b.type
               && a.symbol == b.symbol && a.venue == b.venue;
    }
    std::vector<TakerOrder> m_rows;
    bool m_dark = false;
};

class WhalesPanel : public PanelBase
{
    Q_OBJECT
public:
    explicit WhalesPanel(QWidget *parent)
        : PanelBase(QStringLiteral("panel.whales"), View::Microstructure, parent)
    {
        auto *filters = new QHBoxLayout;
        m_sym = new QComboBox(this);
        m_sym->setObjectName(QStringLiteral("filter.symbol"));
        m_side = new QComboBox(this);
        m_side->setObjectName(QStringLiteral("filter.side"));
        m_venue = new QComboBox(this);
        m_venue->setObjectName(QStringLiteral("filter.venue"));
        m_sym->addItem(tr("All symbols"), QString());
        m_side->addItem(tr("Both sides"), QString());
        m_side->addItem(tr("Buys"), QStringLiteral("BUY"));
        m_side->addItem(tr("Sells"), QStringLiteral("SELL"));
        m_venue->addItem(tr("All venues"), QString());
        m_threshold = new QSpinBox(this);
        m_threshold->setObjectName(QStringLiteral("threshold"));
        m_threshold->setRange(100, 100000); // the engine lists taker orders ≥ the large tier ($100K)
        m_threshold->setSingleStep(100);
        m_threshold->setPrefix(QStringLiteral("≥ $"));
        m_threshold->setSuffix(QStringLiteral("K"));
        m_threshold->setValue(500);
        m_threshold->setToolTip(tr("Minimum taker order value shown"));
        filters->addWidget(m_threshold);
        filters->addWidget(m_sym);
        filters->addWidget(m_side);
        filters->addWidget(m_venue);
        filters->addStretch(1);
        m_count = new ValueLabel(this);
        m_count->setObjectName(QStringLiteral("count"));
        filters->addWidget(m_count);
        m_model = new WhaleModel(this);
        m_view = new QTableView(this);
        m_view->setObjectName(QStringLiteral("table"));
        m_view->setModel(m_model);
        m_view->verticalHeader()->hide();
        m_view->setShowGrid(false);
        m_view->setAlternatingRowColors(true);
        m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_view->setItemDelegate(new CachedTextDelegate(m_view));
        m_view->setWordWrap(false);
        m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
        m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        m_view->horizontalHeader()->setStretchLastSection(true);
        m_view->horizontalHeader()->setHighlightSections(false);
        sizeColumns();
        body()->addLayout(filters);
        body()->addWidget(m_view, 1);
        setHeading(title());
        auto refilter = [this] {
            if (latest())
                renderNow();
        };
        connect(m_sym, &QComboBox::currentIndexChanged, this, refilter);
        connect(m_side, &QComboBox::currentIndexChanged, this, refilter);
        connect(m_venue, &QComboBox::currentIndexChanged, this, refilter);
        connect(m_threshold, &QSpinBox::valueChanged, this, refilter);
    }
    QString title() const override { return tr("Whale Detector"); }
    QString explanation() const override
    {
        const auto &st = metricSettings();
        return explainHtml(tr("Large aggressive orders, newest first (all symbols unless filtered)."),
                           tr("taker order = consecutive prints with the same market, side and exchange timestamp (ms); value = "
                              "Σ price · size in USD"),
                           tr("trades of every venue, perp and spot"), tr("the recent orders the engine keeps (up to 200)"),
                           tr("shown ≥ %1 (setting of this panel); whale tier %2; ⚠ MEGA ≥ %3; outlier &gt; mean + %4σ of log size "
                              "over 15 m")
                               .arg(fmt::usd(threshold()), fmt::usd(st.tierWhaleUsd), fmt::usd(st.tierMegaUsd))
                               .arg(st.outlierSigma));
    }
    double threshold() const { return m_threshold->value() * 1000.0; }
    void setThreshold(double usd) { m_threshold->setValue(static_cast<int>(usd / 1000)); }
    QJsonObject saveSettings() const override
    {
        return {{QStringLiteral("thresholdUsd"), threshold()},
                {QStringLiteral("symbol"), m_sym->currentData().toString()},
                {QStringLiteral("side"), m_side->currentData().toString()},
                {QStringLiteral("venue"), m_venue->currentData().toString()}};
    }
    void restoreSettings(const QJsonObject &o) override
    {
        if (o.contains(QStringLiteral("thresholdUsd")))
            setThreshold(o.value(QStringLiteral("thresholdUsd")).toDouble(500'000));
        selectData(m_side, o.value(QStringLiteral("side")).toString());
        m_pendingSym = o.value(QStringLiteral("symbol")).toString();
        m_pendingVenue = o.value(QStringLiteral("venue")).toString();
        selectData(m_sym, m_pendingSym, true);
        selectData(m_venue, m_pendingVenue, true);
    }
    bool exportCsv(QTextStream &out) const override
    {
        out << "time_utc,symbol,type,side,usd,price,base_qty,venue,prints,tier,mega\n";
        for (const TakerOrder &o : m_model->rows())
            out << fmt::time(o.timeNs, true) << ',' << QString::fromStdString(o.symbol) << ','
                << (o.type == MarketType::Spot ? "spot" : "perp") << ',' << (o.side == Side::Buy ? "buy" : "sell") << ','
                << QString::number(o.usd, 'f', 2) << ',' << QString::number(o.price, 'g', 10) << ',' << QString::number(o.baseQty, 'g', 10)
                << ',' << QString::fromStdString(o.venue) << ',' << o.prints << ',' << QString::fromStdString(o.tier) << ','
                << (o.usd >= metricSettings().tierMegaUsd ? "1" : "0") << '\n';
        return true;
    }
    WhaleModel *model() const { return m_model; }

protected:
    void render(const ViewSnapshot &s) override
    {
        // keep the filter choices up to date with what has been seen
        for (const TakerOrder &o : s.whales) {
            addChoice(m_sym, QString::fromStdString(o.symbol), m_pendingSym);
            addChoice(m_venue, QString::fromStdString(o.venue), m_pendingVenue);
        }
        const QString fs = m_sym->currentData().toString(), fside = m_side->currentData().toString(),
                      fv = m_venue->currentData().toString();
        const double min = threshold();
        std::vector<TakerOrder> rows;
        for (const TakerOrder &o : s.whales) {
            if (o.usd < min)
                continue;
            if (!fs.isEmpty() && QString::fromStdString(o.symbol) != fs)
                continue;
            if (!fside.isEmpty() && (fside == QLatin1String("BUY")) != (o.side == Side::Buy))
                continue;
            if (!fv.isEmpty() && QString::fromStdString(o.venue) != fv)
                continue;
            rows.push_back(o);
        }
        if (rows.empty())
            setStatus(s.whales.empty() ? tr("waiting for data: no taker order ≥ %1 yet").arg(fmt::usd(metricSettings().tierLargeUsd))
                                       : tr("no taker order ≥ %1 matches the filters").arg(fmt::usd(min)));
        else
            setStatus({});
        int megas = 0;
        for (const auto &o : rows)
            megas += o.usd >= metricSettings().tierMegaUsd;
        m_count->set(tr("%1 orders · %2 ⚠").arg(rows.size()).arg(megas), megas ? Tone::Whale : Tone::Muted);
        m_model->setRows(std::move(rows), isDarkTheme(this));
    }
    void changeEvent(QEvent *e) override
    {
        PanelBase::changeEvent(e);
        if (e->type() == QEvent::FontChange || e->type() == QEvent::StyleChange)
            sizeColumns();
    }

private:
    // Columns sized once for the widest value each can hold (not per tick from the rows, which
    // made them jump and left Value/Price too narrow for "$12.3M" before the first mega order).
    void sizeColumns()
    {
        const QFontMetrics fm(m_view->font());
        QFont bold = m_view->font();
        bold.setBold(true);
        const QFontMetrics fb(bold), fh(m_view->horizontalHeader()->font());
        const int pad = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1) + fm.horizontalAdvance(QLatin1Char(' '));
        const int headerPad = 2 * m_view->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, m_view->horizontalHeader()) + 2;
        const QStringList widest[WhaleModel::ColCount] = {
            {QStringLiteral("00:00:00.000")},
            {QStringLiteral("WWWW") + WhaleModel::tr(" spot")},
            {WhaleModel::tr("BUY"), WhaleModel::tr("SELL")},
            {QStringLiteral("$888.8M")},
            {QStringLiteral("188,888.8"), QStringLiteral("8,888.88")},
            {QStringLiteral("Binance") + WhaleModel::tr(" perp"), QStringLiteral("Binance") + WhaleModel::tr(" spot")},
            {QStringLiteral("⚠ MEGA"), WhaleModel::tr("outlier")}};
        for (int c = 0; c < WhaleModel::ColCount; ++c) {
            int w = fh.horizontalAdvance(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString()) + headerPad;
            for (const QString &t : widest[c])
                w = std::max(w, std::max(fm.horizontalAdvance(t), fb.horizontalAdvance(t)) + pad);
            m_view->horizontalHeader()->resizeSection(c, w);
        }
        m_view->verticalHeader()->setDefaultSectionSize(fm.height() + 4);
    }
    static void addChoice(QComboBox *c, const QString &v, const QString &pending)
    {
        if (c->findData(v) >= 0)
            return;
        c->addItem(v, v);
        if (v == pending)
            c->setCurrentIndex(c->count() - 1);
    }
    static void selectData(QComboBox *c, const QString &v, bool add = false)
    {
        int i = c->findData(v);
        if (i < 0 && add && !v.isEmpty()) {
            c->addItem(v, v);
            i = c->count() - 1;
        }
        if (i >= 0)
            c->setCurrentIndex(i);
    }
    QComboBox *m_sym, *m_side, *m_venue;
    QSpinBox *m_threshold;
    ValueLabel *m_count;
    WhaleModel *m_model;
    QTableView *m_view;
    QString m_pendingSym, m_pendingVenue;
};

Panel *makeWhalesPanel(QWidget *parent) { return new WhalesPanel(parent); }

} // namespace fd

#include "whalespanel.moc"
