#pragma once
// The panels' shared visual vocabulary: colours by meaning (METRICS.md §0),
// number formatting, the arrow notation, n/a rendering, and the small
// building blocks every panel reuses (value label, 10-cell share bar,
// opposed bars, sparkline, cell grid, "?" button).
#include "core/metricsettings.h"
#include "model/snapshot.h"

#include <QCoreApplication>
#include <QHash>
#include <QLabel>
#include <QStaticText>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QWidget>

#include <algorithm>
#include <vector>

class QGridLayout;

namespace fd {

class Panel;

// Meaning of a colour, not the colour: the palette resolves it per theme.
enum class Tone : uint8_t { Normal, Buy, Sell, Caution, Whale, Arb, Muted };

bool isDarkTheme(const QWidget *w = nullptr);
// Every tone reads at a contrast of at least 4.5:1 (WCAG AA) on the window, base
// and alternate-base colours of both app themes (tst_panels checks it).
QColor toneColor(Tone t, bool dark);
// Normal text follows the widget's palette; the other tones follow the theme.
QColor toneColor(Tone t, const QWidget *w);
// WCAG 2 contrast ratio of two colours (1 … 21).
double contrastRatio(const QColor &a, const QColor &b);
Tone toneForSign(double v, double deadband = 0); // > 0 Buy, < 0 Sell, else Caution
// Colours for series that carry no meaning of their own (venues, symbols): blue, pink and
// grey, none of the meaning colours (red/green/yellow/purple/cyan); with a dash pattern
// each so that lines stay apart where the colours are hard to tell.
QColor seriesColor(int i, bool dark);
Qt::PenStyle seriesDash(int i);
// A stable index per name: Binance…/BTC 0, Bybit…/ETH 1, OKX…/SOL 2, other names by hash
// (3 and up: a dash tells them from the first three).
int seriesIndex(const std::string &name);
// Heat-map cell fill for a correlation r in [−1, 1]: the window colour tinted toward
// blue (r > 0) or pink (r < 0) in proportion to |r| (none below 0.05), light enough that
// the palette's text keeps 4.5:1 on it (tst_panels checks both themes). Series colours,
// not green/red: a correlation is neither buying nor selling.
QColor correlationFill(double r, const QWidget *w);
Tone toneForArrow(Arrow a);
Tone toneForLabel(const std::string &label);     // BUY/SELL/BULLISH/DANGER/... → tone

// The thresholds in force (the shell calls setMetricSettings when the user changes them).
const MetricSettings &metricSettings();
void setMetricSettings(const MetricSettings &s);

namespace fmt {
QString usd(double v);            // $2.3M, $845K, $12.40; "−$1.2M" for negatives
QString usdSigned(double v);      // +$2.3M / −$2.3M
QString price(double v);          // 89,512.3 / 3,210.45 / 142.310 / 0.5123
QString pct(double v, int prec = 2);       // 0.04 %
QString pctSigned(double v, int prec = 2); // +0.04 %
QString bps(double v);            // 12 bps / 1.3 bps
QString bpsSigned(double v);      // +12 bps / −1.3 bps
QString num(double v, int prec = 2);
QString count(int64_t n);         // 12,345
QString arrow(Arrow a);
QString time(int64_t ns, bool ms = false); // HH:mm:ss[.zzz] UTC
QString na();                              // "n/a"
QString naReason(const NaReason &r);       // translated with %1/%2
QString minus();                           // the typographic minus used in signed numbers
// An engine label ("CONTANGO", "LONGS PAY", "THIN", …: QT_TRANSLATE_NOOP("Metrics")
// where the engine defines it) in the chosen language; "" stays "".
QString label(const std::string &engineLabel);
// The number format of the chosen language (default en_US; set once at startup).
void setLocale(const QLocale &locale);
} // namespace fmt

// A right-aligned value with a meaning-coloured text; n/a shows "n/a" with
// the translated reason in the tooltip (and as the "naReason" property).
class ValueLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ValueLabel(QWidget *parent = nullptr, Qt::Alignment a = Qt::AlignRight | Qt::AlignVCenter);
    void set(const QString &text, Tone tone = Tone::Normal, const QString &tip = {});
    void setNa(const NaReason &why, const QString &naText = {});
    void setVal(const Val &v, const QString &text, Tone tone = Tone::Normal, const QString &tip = {});
    Tone tone() const { return m_tone; }
    QColor toneColour() const;
    bool isNa() const { return m_na; }
    void setBold(bool b);
    // A cell background (heat maps); an invalid colour paints none.
    void setFill(const QColor &c);
    QColor fill() const { return m_fill; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // In a grid: hold a fixed size (the text's width, kept while numbers change by a digit)
    // so a new value repaints the label without invalidating and redoing the grid's layout;
    // only a wider (or much narrower) text resizes it. CellGrid turns this on for its labels.
    void setFixedToText(bool on);

protected:
    void changeEvent(QEvent *e) override;
    void paintEvent(QPaintEvent *e) override;

private:
    void applyTone();
    void applyFixedSize();
    // One line of plain text, no frame: painted from a cached QStaticText (shaped once per
    // text, not per paint) and sized without QLabel's three text layouts per change.
    bool fastPath() const;
    void ensureStatic() const;
    Tone m_tone = Tone::Normal;
    bool m_na = false;
    bool m_toneApplied = false;
    bool m_applying = false;
    mutable QStaticText m_static;
    mutable bool m_staticValid = false;
    mutable QSize m_textSize;
    mutable int m_stickyWidth = 0;
    bool m_fixedToText = false;
    QColor m_fill;
};

// Item delegate for tables that repaint many cells per tick: the text is drawn
// from a cache of shaped QStaticText instead of being laid out on every paint.
class CachedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    mutable QHash<QString, QStaticText> m_cache;
};

// 10 cells, filled from the left by buy share (0–100); green cells for buys,
// red for sells; n/a draws empty cells.
class ShareBar : public QWidget
{
    Q_OBJECT
public:
    explicit ShareBar(QWidget *parent = nullptr);
    void setShare(const Val &buySharePct);
    int filledCells() const { return m_cells; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *) override;

private:
    int m_cells = -1; // -1: n/a
};

// Two bars growing from the centre: left (bid / long / buy, green) and right
// (ask / short / sell, red), scaled against a shared maximum.
class OpposedBars : public QWidget
{
    Q_OBJECT
public:
    explicit OpposedBars(QWidget *parent = nullptr);
    void setValues(double left, double right, double scaleMax, Tone leftTone = Tone::Buy, Tone rightTone = Tone::Sell);
    void setNa() { setValues(0, 0, 0); }
    QSize sizeHint() const override { return {160, 14}; }
    QSize minimumSizeHint() const override { return {60, 10}; }

protected:
    void paintEvent(QPaintEvent *) override;

private:
    double m_l = 0, m_r = 0, m_max = 0;
    Tone m_lt = Tone::Buy, m_rt = Tone::Sell;
};

// One horizontal bar (0..max) with a tone; used for buckets, shares, scores.
class HBar : public QWidget
{
    Q_OBJECT
public:
    explicit HBar(QWidget *parent = nullptr);
    void setValue(double v, double max, Tone tone);
    QSize sizeHint() const override { return {120, 14}; }
    QSize minimumSizeHint() const override { return {40, 10}; }

protected:
    void paintEvent(QPaintEvent *) override;

private:
    double m_v = 0, m_max = 0;
    Tone m_tone = Tone::Normal;
};

// A tiny line (with a zero line) for inline history; NaN points are gaps.
class Sparkline : public QWidget
{
    Q_OBJECT
public:
    explicit Sparkline(QWidget *parent = nullptr);
    void setData(const std::vector<double> &v, double symmetricRange = 0);
    const std::vector<double> &data() const { return m_data; }
    QSize sizeHint() const override { return {110, 18}; }
    QSize minimumSizeHint() const override { return {60, 14}; }

protected:
    void paintEvent(QPaintEvent *) override;

private:
    std::vector<double> m_data;
    double m_range = 0;
};

// A grid of cells created on first use and reused afterwards; rows beyond
// setRowCount() are hidden, so a panel updates in place without relayout churn.
class CellGrid : public QWidget
{
    Q_OBJECT
public:
    explicit CellGrid(QWidget *parent = nullptr);
    ValueLabel *label(int row, int col, Qt::Alignment a = Qt::AlignRight | Qt::AlignVCenter);
    template<class W>
    W *widget(int row, int col)
    {
        if (QWidget *w = at(row, col))
            return static_cast<W *>(w);
        W *w = new W(this);
        put(row, col, w);
        return w;
    }
    void setHeader(const QStringList &titles, int row = 0);
    // A header whose columns come and go (one per venue): set only when it changed, and
    // blank the cells of columns that went away. True when it changed.
    bool setColumns(const QStringList &titles);
    void setRowCount(int rows); // rows in use (header included)
    int rowCount() const { return m_rows; }
    QWidget *at(int row, int col) const;
    QGridLayout *grid() const { return m_grid; }

private:
    void put(int row, int col, QWidget *w);
    QGridLayout *m_grid;
    std::vector<std::vector<QWidget *>> m_cells;
    int m_rows = 0;
    QStringList m_columns;
};

// Venues in order of first appearance across the snapshot's symbols; listOf(sym)
// returns a range of records with a `venue` member.
template <class F>
std::vector<std::string> venuesSeen(const ViewSnapshot &s, F listOf)
{
    std::vector<std::string> venues;
    for (const SymbolSnapshot &sym : s.symbols)
        for (const auto &x : listOf(sym))
            if (std::find(venues.begin(), venues.end(), x.venue) == venues.end())
                venues.push_back(x.venue);
    return venues;
}

// "?": shows Panel::explanation() (tooltip on hover, a dialog on click).
class HelpButton : public QToolButton
{
    Q_OBJECT
public:
    explicit HelpButton(Panel *panel);

protected:
    bool event(QEvent *e) override;

private:
    void showExplanation();
    Panel *m_panel;
};

// Builds the "?" text: formula, inputs, window, thresholds in force.
QString explainHtml(const QString &what, const QString &formula, const QString &inputs, const QString &window,
                    const QString &thresholds);

} // namespace fd
