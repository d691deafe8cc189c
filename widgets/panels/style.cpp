#include "style.h"

#include "panel.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHelpEvent>
#include <QLocale>
#include <QMessageBox>
#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <functional>

namespace fd {

namespace {
MetricSettings &settingsStore()
{
    static MetricSettings s;
    return s;
}
QLocale &numLocale()
{
    static QLocale l(QLocale::English, QLocale::UnitedStates); // fmt::setLocale() at startup
    return l;
}
} // namespace

const MetricSettings &metricSettings() { return settingsStore(); }
void setMetricSettings(const MetricSettings &s) { settingsStore() = s; }

bool isDarkTheme(const QWidget *w)
{
    const QPalette p = w ? w->palette() : QPalette();
    return p.color(QPalette::Window).lightness() < 128;
}

QColor toneColor(Tone t, bool dark)
{
    // Light values are darker than the usual web greens/yellows: on Fusion's #efefef window
    // the brighter ones fell under 4.5:1 (a yellow "caution" was 3.9:1).
    switch (t) {
    case Tone::Buy: return dark ? QColor(0x3d, 0xdc, 0x84) : QColor(0x14, 0x70, 0x2f);
    case Tone::Sell: return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xb7, 0x1c, 0x1c);
    case Tone::Caution: return dark ? QColor(0xf5, 0xc5, 0x42) : QColor(0x7d, 0x5a, 0x00);
    case Tone::Whale: return dark ? QColor(0xc5, 0x8c, 0xff) : QColor(0x7b, 0x1f, 0xa2);
    case Tone::Arb: return dark ? QColor(0x33, 0xd6, 0xe6) : QColor(0x00, 0x65, 0x70);
    case Tone::Muted: return dark ? QColor(0x95, 0x9a, 0xa3) : QColor(0x5c, 0x61, 0x68);
    case Tone::Normal: break;
    }
    return dark ? QColor(0xe6, 0xe6, 0xe6) : QColor(0x1e, 0x1e, 0x1e);
}

QColor toneColor(Tone t, const QWidget *w)
{
    if (t == Tone::Normal && w)
        return w->palette().color(QPalette::WindowText);
    return toneColor(t, isDarkTheme(w));
}

double contrastRatio(const QColor &a, const QColor &b)
{
    auto lum = [](const QColor &c) {
        auto lin = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
    };
    const double la = lum(a.toRgb()), lb = lum(b.toRgb());
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Tone toneForSign(double v, double deadband)
{
    if (std::isnan(v))
        return Tone::Muted;
    return v > deadband ? Tone::Buy : (v < -deadband ? Tone::Sell : Tone::Caution);
}

QColor seriesColor(int i, bool dark)
{
    static const QColor darkSet[] = {QColor(0x6a, 0xa6, 0xff), QColor(0xf2, 0x8c, 0xc2), QColor(0xaa, 0xb0, 0xb8)};
    static const QColor lightSet[] = {QColor(0x1f, 0x5f, 0xbf), QColor(0xa0, 0x30, 0x6e), QColor(0x5c, 0x61, 0x68)};
    const int k = ((i % 3) + 3) % 3;
    return dark ? darkSet[k] : lightSet[k];
}
int seriesIndex(const std::string &name)
{
    auto starts = [&](const char *p) { return name.rfind(p, 0) == 0; }; // "Binance perp" too
    if (starts("Binance") || name == "BTC")
        return 0;
    if (starts("Bybit") || name == "ETH")
        return 1;
    if (starts("OKX") || starts("Okx") || name == "SOL")
        return 2;
    return 3 + static_cast<int>(std::hash<std::string>{}(name) % 6);
}
Qt::PenStyle seriesDash(int i)
{
    // 0–2 dashed, 3–5 dotted, 6–8 dash-dotted: with the three colours, nine looks
    static const Qt::PenStyle dashes[] = {Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
    return dashes[(std::max(0, i) / 3) % 3];
}
QColor correlationFill(double r, const QWidget *w)
{
    if (std::isnan(r) || std::abs(r) < 0.05)
        return {};
    const QColor bg = w ? w->palette().color(QPalette::Window) : QColor();
    const QColor hue = seriesColor(r > 0 ? 0 : 1, isDarkTheme(w));
    const double k = 0.45 * std::min(1.0, std::abs(r));
    auto mix = [k](int a, int b) { return static_cast<int>(std::lround(a + (b - a) * k)); };
    return QColor(mix(bg.red(), hue.red()), mix(bg.green(), hue.green()), mix(bg.blue(), hue.blue()));
}

Tone toneForArrow(Arrow a)
{
    const int v = static_cast<int>(a);
    return v > 0 ? Tone::Buy : (v < 0 ? Tone::Sell : Tone::Caution);
}

Tone toneForLabel(const std::string &l)
{
    static const char *const buy[] = {"BUY", "BULLISH", "BUYERS DOMINANT", "STRONG BID", "LOW", "THICK", "SHORTS PAY",
                                      "ACCEL", "INCREASING", "Increasing", "TRENDING"};
    static const char *const sell[] = {"SELL", "BEARISH", "STRONG ASK", "ASK HEAVY", "HIGH", "DANGER", "THIN",
                                       "EXTREME", "LONGS PAY", "VOLATILE", "critical"};
    for (const char *s : buy)
        if (l == s)
            return Tone::Buy;
    for (const char *s : sell)
        if (l == s)
            return Tone::Sell;
    if (l.empty() || l == "n/a")
        return Tone::Muted;
    return Tone::Caution;
}

namespace fmt {

QString minus() { return QStringLiteral("\u2212"); }

static QString scaled(double a)
{
    if (a >= 1e9)
        return numLocale().toString(a / 1e9, 'f', 2) + QLatin1Char('B');
    if (a >= 1e6)
        return numLocale().toString(a / 1e6, 'f', a >= 1e8 ? 0 : (a >= 1e7 ? 1 : 2)) + QLatin1Char('M');
    if (a >= 1e3)
        return numLocale().toString(a / 1e3, 'f', a >= 1e5 ? 0 : 1) + QLatin1Char('K');
    return numLocale().toString(a, 'f', a >= 100 ? 0 : 2);
}

QString usd(double v)
{
    if (std::isnan(v))
        return na();
    const QString s = QLatin1Char('$') + scaled(std::abs(v));
    return v < 0 ? minus() + s : s;
}

namespace {
// What rounds to zero at the shown precision carries no sign: "0.0 bps", not "−0.0 bps".
bool roundsToZero(double v, int prec) { return std::abs(v) < 0.5 * std::pow(10.0, -prec); }
} // namespace

QString usdSigned(double v)
{
    if (std::isnan(v))
        return na();
    const QString s = QLatin1Char('$') + scaled(std::abs(v));
    if (roundsToZero(v, 2)) // shown as $0.00
        return s;
    return (v < 0 ? minus() : QStringLiteral("+")) + s;
}

QString price(double v)
{
    if (std::isnan(v))
        return na();
    const double a = std::abs(v);
    const int dec = a >= 10000 ? 1 : (a >= 100 ? 2 : (a >= 1 ? 3 : 5));
    const QString s = numLocale().toString(a, 'f', dec);
    return v < 0 ? minus() + s : s;
}

QString num(double v, int prec)
{
    if (std::isnan(v))
        return na();
    const QString s = numLocale().toString(std::abs(v), 'f', prec);
    return v < 0 && !roundsToZero(v, prec) ? minus() + s : s;
}

QString pct(double v, int prec)
{
    if (std::isnan(v))
        return na();
    return num(v, prec) + QStringLiteral(" %");
}

QString pctSigned(double v, int prec)
{
    if (std::isnan(v))
        return na();
    return (v > 0 && !roundsToZero(v, prec) ? QStringLiteral("+") : QString()) + pct(v, prec);
}

static int bpsDecimals(double v) { return std::abs(v) < 10 ? 1 : 0; }

QString bps(double v)
{
    if (std::isnan(v))
        return na();
    return num(v, bpsDecimals(v)) + QStringLiteral(" bps");
}

QString bpsSigned(double v)
{
    return (v > 0 && !roundsToZero(v, bpsDecimals(v)) ? QStringLiteral("+") : QString()) + bps(v);
}

QString count(int64_t n) { return numLocale().toString(static_cast<qlonglong>(n)); }

QString arrow(Arrow a) { return QString::fromUtf8(arrowText(a)); }

QString time(int64_t ns, bool ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::UTC);
    return t.toString(ms ? QStringLiteral("HH:mm:ss.zzz") : QStringLiteral("HH:mm:ss"));
}

QString na() { return QCoreApplication::translate("Panels", "n/a"); }

QString label(const std::string &engineLabel)
{
    if (engineLabel == "n/a")
        return na();
    return engineLabel.empty() ? QString() : QCoreApplication::translate("Metrics", engineLabel.c_str());
}

void setLocale(const QLocale &locale) { numLocale() = locale; }

QString naReason(const NaReason &r)
{
    if (!r.text)
        return QCoreApplication::translate("Panels", "waiting for data");
    QString s = QCoreApplication::translate("Metrics", r.text);
    if (s.contains(QLatin1String("%1")))
        s = s.arg(r.a);
    if (s.contains(QLatin1String("%1")) || s.contains(QLatin1String("%2")))
        s = s.arg(r.b);
    return s;
}

} // namespace fmt

// ---------------------------------------------------------------- ValueLabel

ValueLabel::ValueLabel(QWidget *parent, Qt::Alignment a)
    : QLabel(parent)
{
    setAlignment(a);
    setTextFormat(Qt::PlainText);
    setProperty("tone", 0);
}

void ValueLabel::set(const QString &text, Tone tone, const QString &tip)
{
    m_na = false;
    if (QLabel::text() != text) {
        setText(text);
        if (m_fixedToText)
            applyFixedSize();
    }
    if (toolTip() != tip)
        setToolTip(tip);
    if (tone != m_tone || !m_toneApplied) {
        m_tone = tone;
        applyTone();
    }
}

void ValueLabel::setNa(const NaReason &why, const QString &naText)
{
    set(naText.isEmpty() ? fmt::na() : naText, Tone::Muted, fmt::naReason(why));
    m_na = true;
    if (property("naReason").toString() != toolTip())
        setProperty("naReason", toolTip());
}

void ValueLabel::setVal(const Val &v, const QString &text, Tone tone, const QString &tip)
{
    if (v.ok())
        set(text, tone, tip);
    else
        setNa(v.na);
}

QColor ValueLabel::toneColour() const { return palette().color(QPalette::WindowText); }

void ValueLabel::setBold(bool b)
{
    QFont f = font();
    if (f.bold() != b) {
        f.setBold(b);
        setFont(f);
    }
}

void ValueLabel::applyTone()
{
    m_applying = true;
    QPalette p = palette();
    p.setColor(QPalette::WindowText, toneColor(m_tone, parentWidget() ? parentWidget() : this));
    setPalette(p);
    setProperty("tone", static_cast<int>(m_tone));
    m_toneApplied = true;
    m_applying = false;
}

void ValueLabel::changeEvent(QEvent *e)
{
    QLabel::changeEvent(e);
    if (e->type() == QEvent::FontChange || e->type() == QEvent::StyleChange) {
        m_staticValid = false;
        m_stickyWidth = 0;
        if (m_fixedToText)
            applyFixedSize();
    }
    if (e->type() == QEvent::PaletteChange && !m_applying && m_toneApplied) {
        // theme switched: re-resolve the meaning against the new window colour
        const QColor want = toneColor(m_tone, parentWidget() ? parentWidget() : this);
        if (palette().color(QPalette::WindowText) != want)
            applyTone();
    }
}

bool ValueLabel::fastPath() const
{
    return !wordWrap() && textFormat() == Qt::PlainText && frameWidth() == 0 && indent() <= 0 && pixmap().isNull()
           && !QLabel::text().contains(QLatin1Char('\n'));
}

void ValueLabel::ensureStatic() const
{
    const QString t = QLabel::text();
    if (m_staticValid && m_static.text() == t)
        return;
    m_static.setTextFormat(Qt::PlainText);
    m_static.setText(t);
    m_static.prepare(QTransform(), font());
    const QSizeF s = m_static.size();
    const int w = static_cast<int>(std::ceil(s.width())), h = std::max(static_cast<int>(std::ceil(s.height())), fontMetrics().height());
    m_textSize = QSize(w, h);
    // Numbers change width by a digit every tick: keep the widest recent width so the
    // column neither jitters nor relayouts; shrink only when the text got much shorter.
    if (w > m_stickyWidth || w * 10 < m_stickyWidth * 6)
        m_stickyWidth = w;
    m_staticValid = true;
}

QSize ValueLabel::sizeHint() const
{
    if (!fastPath())
        return QLabel::sizeHint();
    ensureStatic();
    const QMargins cm = contentsMargins();
    const int extra = 2 * margin();
    const QSize s(m_stickyWidth + extra + cm.left() + cm.right(), m_textSize.height() + extra + cm.top() + cm.bottom());
    return m_fixedToText ? s : s.expandedTo(minimumSize());
}

void ValueLabel::setFixedToText(bool on)
{
    m_fixedToText = on;
    if (on) {
        applyFixedSize();
    } else {
        setMinimumSize(0, 0);
        setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    }
}

void ValueLabel::applyFixedSize()
{
    if (!fastPath())
        return;
    const QSize want = sizeHint();
    if (minimumSize() != want || maximumSize() != want)
        setFixedSize(want);
}

QSize ValueLabel::minimumSizeHint() const
{
    if (!fastPath())
        return QLabel::minimumSizeHint();
    return sizeHint(); // one line, no wrapping: the text needs all of it
}

void ValueLabel::setFill(const QColor &c)
{
    if (c == m_fill)
        return;
    m_fill = c;
    update();
}

void ValueLabel::paintEvent(QPaintEvent *e)
{
    if (m_fill.isValid())
        QPainter(this).fillRect(rect(), m_fill);
    if (!fastPath()) {
        QLabel::paintEvent(e);
        return;
    }
    ensureStatic();
    if (m_static.text().isEmpty())
        return;
    QPainter p(this);
    const QRect cr = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
    const Qt::Alignment a = QStyle::visualAlignment(layoutDirection(), alignment());
    const QSize ts = m_textSize;
    int x = cr.left(), y = cr.top();
    if (a & Qt::AlignRight)
        x = cr.right() + 1 - ts.width();
    else if (a & Qt::AlignHCenter)
        x = cr.left() + (cr.width() - ts.width()) / 2;
    if (a & Qt::AlignBottom)
        y = cr.bottom() + 1 - ts.height();
    else if (a & Qt::AlignVCenter)
        y = cr.top() + (cr.height() - ts.height()) / 2;
    p.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, foregroundRole()));
    p.setFont(font());
    p.drawStaticText(QPoint(x, y), m_static);
}

// ---------------------------------------------------------------- CachedTextDelegate

void CachedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem o(option);
    initStyleOption(&o, index);
    if (!(o.features & QStyleOptionViewItem::HasDisplay) || o.text.isEmpty() || o.text.contains(QLatin1Char('\n'))
        || (o.features & QStyleOptionViewItem::HasDecoration)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *w = o.widget;
    QStyle *style = w ? w->style() : QApplication::style();
    const QString text = o.text;
    // The selection background and focus frame from the style (the view has drawn the row);
    // the whole CE_ItemViewItem would lay the text out again only to skip drawing it.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &o, painter, w);
    if (o.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect f;
        f.QStyleOption::operator=(o);
        f.backgroundColor = o.palette.color(QPalette::Base);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &f, painter, w);
    }
    const int m = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, w) + 1;
    const QRect r = o.rect.adjusted(m, 0, -m, 0);
    const QString key = o.font.bold() ? QLatin1Char('\x01') + text : text;
    auto it = m_cache.find(key);
    if (it == m_cache.end()) {
        if (m_cache.size() > 4000)
            m_cache.clear(); // bounded: a table shows at most a few hundred distinct strings
        QStaticText st(text);
        st.setTextFormat(Qt::PlainText);
        st.prepare(QTransform(), o.font);
        it = m_cache.insert(key, st);
    }
    const QSizeF ts = it->size();
    const QPalette::ColorGroup cg = !(o.state & QStyle::State_Enabled) ? QPalette::Disabled
                                    : (o.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    painter->save();
    painter->setFont(o.font);
    painter->setPen(o.palette.color(cg, (o.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    if (ts.width() > r.width()) { // too narrow: elide like the default delegate
        painter->drawText(r, static_cast<int>(o.displayAlignment), QFontMetrics(o.font).elidedText(text, o.textElideMode, r.width()));
    } else {
        const Qt::Alignment a = QStyle::visualAlignment(o.direction, o.displayAlignment);
        const int x = (a & Qt::AlignRight) ? r.right() + 1 - static_cast<int>(std::ceil(ts.width()))
                      : (a & Qt::AlignHCenter) ? r.left() + (r.width() - static_cast<int>(ts.width())) / 2 : r.left();
        const int y = r.top() + (r.height() - static_cast<int>(std::ceil(ts.height()))) / 2;
        painter->drawStaticText(QPoint(x, y), *it);
    }
    painter->restore();
}

// ---------------------------------------------------------------- ShareBar

ShareBar::ShareBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void ShareBar::setShare(const Val &s)
{
    const int cells = s.ok() ? std::clamp(static_cast<int>(std::lround(s.v / 10.0)), 0, 10) : -1;
    if (cells != m_cells) {
        m_cells = cells;
        update();
    }
}

QSize ShareBar::sizeHint() const
{
    const int h = std::max(10, fontMetrics().height() - 4);
    return {10 * (h * 3 / 5 + 2), h};
}

void ShareBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const bool dark = isDarkTheme(this);
    const int n = 10, gap = 2;
    const double w = (width() - gap * (n - 1)) / double(n);
    const QColor buy = toneColor(Tone::Buy, dark), sell = toneColor(Tone::Sell, dark);
    QColor empty = toneColor(Tone::Muted, dark);
    empty.setAlpha(70);
    for (int i = 0; i < n; ++i) {
        const QRectF r(i * (w + gap), 1, w, height() - 2);
        QColor c = m_cells < 0 ? empty : (i < m_cells ? buy : sell);
        if (m_cells >= 0 && i >= m_cells)
            c.setAlpha(150);
        p.fillRect(r, c);
    }
}

// ---------------------------------------------------------------- OpposedBars

OpposedBars::OpposedBars(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void OpposedBars::setValues(double l, double r, double mx, Tone lt, Tone rt)
{
    if (l == m_l && r == m_r && mx == m_max && lt == m_lt && rt == m_rt)
        return;
    m_l = l, m_r = r, m_max = mx, m_lt = lt, m_rt = rt;
    update();
}

void OpposedBars::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const bool dark = isDarkTheme(this);
    const double half = width() / 2.0;
    QColor axis = toneColor(Tone::Muted, dark);
    p.fillRect(QRectF(half - 0.5, 0, 1, height()), axis);
    if (m_max <= 0)
        return;
    const double lw = std::clamp(m_l / m_max, 0.0, 1.0) * (half - 1), rw = std::clamp(m_r / m_max, 0.0, 1.0) * (half - 1);
    p.fillRect(QRectF(half - 1 - lw, 2, lw, height() - 4), toneColor(m_lt, dark));
    p.fillRect(QRectF(half + 1, 2, rw, height() - 4), toneColor(m_rt, dark));
}

// ---------------------------------------------------------------- HBar

HBar::HBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void HBar::setValue(double v, double max, Tone tone)
{
    if (v == m_v && max == m_max && tone == m_tone)
        return;
    m_v = v, m_max = max, m_tone = tone;
    update();
}

void HBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const bool dark = isDarkTheme(this);
    QColor bg = toneColor(Tone::Muted, dark);
    bg.setAlpha(40);
    p.fillRect(rect().adjusted(0, 2, 0, -2), bg);
    if (m_max <= 0 || !(m_v > 0))
        return;
    const double w = std::clamp(m_v / m_max, 0.0, 1.0) * width();
    p.fillRect(QRectF(0, 2, w, height() - 4), toneColor(m_tone, dark));
}

// ---------------------------------------------------------------- Sparkline

Sparkline::Sparkline(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::setData(const std::vector<double> &v, double range)
{
    if (v.size() == m_data.size() && range == m_range
        && std::equal(v.begin(), v.end(), m_data.begin(), [](double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }))
        return;
    m_data = v;
    m_range = range;
    update();
}

void Sparkline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const bool dark = isDarkTheme(this);
    double lo = -m_range, hi = m_range;
    if (m_range <= 0) {
        lo = INFINITY, hi = -INFINITY;
        for (double d : m_data)
            if (!std::isnan(d))
                lo = std::min(lo, d), hi = std::max(hi, d);
        if (!(hi > lo))
            lo -= 1, hi += 1;
    }
    auto y = [&](double v) { return 1 + (height() - 2) * (1 - (v - lo) / (hi - lo)); };
    QPen zero(toneColor(Tone::Muted, dark), 0, Qt::DotLine);
    zero.setCosmetic(true);
    p.setPen(zero);
    if (lo < 0 && hi > 0)
        p.drawLine(QPointF(0, y(0)), QPointF(width(), y(0)));
    if (m_data.size() < 2)
        return;
    p.setRenderHint(QPainter::Antialiasing);
    const double dx = (width() - 2) / double(m_data.size() - 1);
    QPointF prev;
    bool have = false;
    for (size_t i = 0; i < m_data.size(); ++i) {
        const double v = m_data[i];
        if (std::isnan(v)) {
            have = false;
            continue;
        }
        const QPointF pt(1 + i * dx, y(v));
        if (have) {
            QPen pen(toneColor(toneForSign(v), dark), 1.4);
            pen.setCosmetic(true);
            p.setPen(pen);
            p.drawLine(prev, pt);
        }
        prev = pt;
        have = true;
    }
    if (have) {
        p.setPen(Qt::NoPen);
        p.setBrush(toneColor(toneForSign(m_data.back()), dark));
        p.drawEllipse(prev, 2, 2);
    }
}

// ---------------------------------------------------------------- CellGrid

CellGrid::CellGrid(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(10);
    m_grid->setVerticalSpacing(2);
}

QWidget *CellGrid::at(int row, int col) const
{
    if (row < 0 || static_cast<size_t>(row) >= m_cells.size())
        return nullptr;
    const auto &r = m_cells[static_cast<size_t>(row)];
    return static_cast<size_t>(col) < r.size() ? r[static_cast<size_t>(col)] : nullptr;
}

void CellGrid::put(int row, int col, QWidget *w)
{
    if (m_cells.size() <= static_cast<size_t>(row))
        m_cells.resize(static_cast<size_t>(row) + 1);
    auto &r = m_cells[static_cast<size_t>(row)];
    if (r.size() <= static_cast<size_t>(col))
        r.resize(static_cast<size_t>(col) + 1, nullptr);
    r[static_cast<size_t>(col)] = w;
    if (auto *l = qobject_cast<ValueLabel *>(w)) // fixed-size labels sit at their text's side of the cell
        m_grid->addWidget(w, row, col, l->alignment() & Qt::AlignHorizontal_Mask);
    else
        m_grid->addWidget(w, row, col);
    if (row >= m_rows)
        m_rows = row + 1; // a cell created now is in use: its row is shown
    w->setVisible(true);
}

ValueLabel *CellGrid::label(int row, int col, Qt::Alignment a)
{
    if (QWidget *w = at(row, col))
        return static_cast<ValueLabel *>(w);
    auto *l = new ValueLabel(this, a);
    l->setFixedToText(true);
    put(row, col, l);
    return l;
}

void CellGrid::setHeader(const QStringList &titles, int row)
{
    for (int c = 0; c < titles.size(); ++c) {
        ValueLabel *l = label(row, c, c == 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
        l->set(titles.at(c), Tone::Muted);
    }
}

bool CellGrid::setColumns(const QStringList &titles)
{
    if (titles == m_columns)
        return false;
    for (int r = 0; r < static_cast<int>(m_cells.size()); ++r)
        for (int c = static_cast<int>(titles.size()); c < static_cast<int>(m_columns.size()); ++c)
            if (auto *l = qobject_cast<ValueLabel *>(at(r, c)))
                l->set(QString());
    setHeader(titles);
    m_columns = titles;
    return true;
}

void CellGrid::setRowCount(int rows)
{
    if (rows == m_rows)
        return;
    m_rows = rows;
    for (size_t r = 0; r < m_cells.size(); ++r)
        for (QWidget *w : m_cells[r])
            if (w && w->isHidden() == (static_cast<int>(r) < rows))
                w->setVisible(static_cast<int>(r) < rows);
}

// ---------------------------------------------------------------- HelpButton

HelpButton::HelpButton(Panel *panel)
    : QToolButton(panel)
    , m_panel(panel)
{
    setText(QStringLiteral("?"));
    setObjectName(QStringLiteral("help"));
    setAutoRaise(true);
    setToolTip(QCoreApplication::translate("Panels", "How this is computed"));
    connect(this, &QToolButton::clicked, this, &HelpButton::showExplanation);
}

bool HelpButton::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        QToolTip::showText(static_cast<QHelpEvent *>(e)->globalPos(), m_panel->explanation(), this);
        return true;
    }
    return QToolButton::event(e);
}

void HelpButton::showExplanation()
{
    auto *box = new QMessageBox(QMessageBox::NoIcon, m_panel->title(), m_panel->explanation(), QMessageBox::Close, this);
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

QString explainHtml(const QString &what, const QString &formula, const QString &inputs, const QString &window,
                    const QString &thresholds)
{
    auto row = [](const char *h, const QString &t) {
        return t.isEmpty() ? QString()
                           : QStringLiteral("<p><b>") + QCoreApplication::translate("Panels", h) + QStringLiteral("</b><br>") + t
                                 + QStringLiteral("</p>");
    };
    return QStringLiteral("<p>") + what + QStringLiteral("</p>") + row(QT_TRANSLATE_NOOP("Panels", "Formula"), formula)
           + row(QT_TRANSLATE_NOOP("Panels", "Inputs"), inputs) + row(QT_TRANSLATE_NOOP("Panels", "Window"), window)
           + row(QT_TRANSLATE_NOOP("Panels", "Thresholds in force"), thresholds);
}

} // namespace fd
