#include "placeholderpanel.h"

#include "core/snapshotjson.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QLocale>
#include <QLabel>
#include <QTextStream>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fd {

namespace {

struct Keys {
    const char *id;
    QStringList symbol, view;
};

Keys keysFor(const QString &id)
{
    auto S = [](std::initializer_list<const char *> l) {
        QStringList out;
        for (const char *k : l)
            out << QString::fromLatin1(k);
        return out;
    };
    static const QList<Keys> table = {
        {"panel.orderflow", S({"orderflow", "volume"}), {}},
        {"panel.basis", S({"basis", "perp_reference", "spot_reference"}), {}},
        {"panel.liqclusters", S({"liquidation_clusters_15m", "liquidations"}), {}},
        {"panel.funding", S({"funding", "funding_summary"}), {}},
        {"panel.whales", S({"largest_taker_orders_5m"}), S({"whales"})},
        {"panel.cvddivergence", S({"cvd", "cvd_summary"}), {}},
        {"panel.smartmoney", S({"orderflow", "cvd", "taker_orders"}), {}},
        {"panel.dominance", S({"volume", "open_interest"}), {}},
        {"panel.depth", S({"top_of_book"}), S({"order_book_depth"})},
        {"panel.momentum", S({"orderflow", "size_trend_perp"}), {}},
        {"panel.cascade", S({"cascade", "risk", "liquidations"}), {}},
        {"panel.regime", S({"risk", "regime", "liquidity"}), {}},
        {"panel.arbitrage", S({"basis", "funding"}), {}},
        {"panel.correlation", {}, S({"correlation"})},
        {"panel.pricecvd", S({"perp_reference", "spot_reference", "cvd"}), {}},
        {"panel.volumeprofile", S({"volume"}), {}},
        {"panel.signals", {}, S({"signals"})},
        {"panel.alerts", {}, S({"signals"})},
    };
    for (const Keys &k : table)
        if (id == QLatin1String(k.id))
            return k;
    return {"", {}, {}};
}

// One JSON conversion per snapshot, shared by every placeholder (GUI thread only).
const QJsonObject &jsonOf(const ViewSnapshotPtr &s)
{
    static ViewSnapshotPtr cached;
    static QJsonObject json;
    if (cached != s) {
        cached = s;
        json = s ? snapshotToJson(*s) : QJsonObject{};
    }
    return json;
}

QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QCoreApplication::translate("Panels", "n/a");
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return QLocale().toString(d, 'g', std::abs(d) >= 1e6 ? 10 : 6);
    }
    case QJsonValue::String: return v.toString();
    case QJsonValue::Array: return QStringLiteral("[%1]").arg(v.toArray().size());
    case QJsonValue::Object: return QStringLiteral("{%1}").arg(v.toObject().size());
    default: return {};
    }
}

// The value as the CSV export writes it: C locale, untranslated (data file).
QString dataText(const QJsonValue &v)
{
    if (v.isNull())
        return QStringLiteral("n/a");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 10);
    return v.isBool() ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false")) : v.isString() ? v.toString() : QString();
}

QTreeWidgetItem *valueItem(QTreeWidgetItem *item, const QJsonValue &v)
{
    item->setData(1, Qt::UserRole, dataText(v));
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void fill(QTreeWidgetItem *parent, const QJsonValue &v, int depth)
{
    if (depth > 6)
        return;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            auto *item = valueItem(new QTreeWidgetItem(parent, {it.key(), scalarText(it.value())}), it.value());
            fill(item, it.value(), depth + 1);
        }
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        const int n = std::min<qsizetype>(a.size(), 25);
        for (int i = 0; i < n; ++i) {
            auto *item = valueItem(new QTreeWidgetItem(parent, {QString::number(i), scalarText(a.at(i))}), a.at(i));
            fill(item, a.at(i), depth + 1);
        }
    }
}

} // namespace

PlaceholderPanel::PlaceholderPanel(const QString &id, const QString &title, View view, QWidget *parent)
    : Panel(parent)
    , m_id(id)
    , m_title(title)
    , m_view(view)
{
    const Keys k = keysFor(id);
    m_symbolKeys = k.symbol;
    m_viewKeys = k.view;
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(4, 4, 4, 4);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("placeholder.header"));
    m_header->setTextFormat(Qt::PlainText);
    lay->addWidget(m_header);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("placeholder.tree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    lay->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem *i) {
        if (!i->parent() && !m_expanded.contains(i->text(0)))
            m_expanded << i->text(0);
    });
    connect(m_tree, &QTreeWidget::itemCollapsed, this, [this](QTreeWidgetItem *i) {
        if (!i->parent())
            m_expanded.removeAll(i->text(0));
    });
    render();
}

QString PlaceholderPanel::explanation() const
{
    return tr("%1 (%2 view). Placeholder: shows the snapshot fields %3 until the panel itself is available.")
        .arg(m_title, QString::fromLatin1(viewName(m_view)), (m_symbolKeys + m_viewKeys).join(QStringLiteral(", ")));
}

void PlaceholderPanel::applySnapshot(const ViewSnapshotPtr &snapshot)
{
    m_latest = snapshot;
    if (isVisibleToUser())
        render();
}

void PlaceholderPanel::showEvent(QShowEvent *event)
{
    Panel::showEvent(event);
    if (m_latest != m_rendered)
        render();
}

void PlaceholderPanel::symbolChanged()
{
    m_rendered.reset();
    render();
}

void PlaceholderPanel::render()
{
    const QString sym = symbol();
    m_header->setText(symbolOverride().isEmpty() ? tr("%1 · snapshot fields (placeholder)").arg(sym)
                                                 : tr("%1 (panel override) · snapshot fields (placeholder)").arg(sym));
    if (!m_latest) {
        m_tree->clear();
        new QTreeWidgetItem(m_tree, {tr("waiting for the first %1 snapshot").arg(QString::fromLatin1(viewName(m_view))), QString()});
        return;
    }
    m_rendered = m_latest;
    ++m_renders;
    const QJsonObject &all = jsonOf(m_latest);
    m_tree->setUpdatesEnabled(false);
    m_tree->clear();
    auto *when = new QTreeWidgetItem(m_tree, {QStringLiteral("as_of"), all.value(QStringLiteral("as_of")).toString()});
    when->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    const QJsonObject symObj = all.value(QStringLiteral("symbols")).toObject().value(sym).toObject();
    auto add = [this](const QString &key, const QJsonValue &v) {
        auto *item = valueItem(new QTreeWidgetItem(m_tree, {key, scalarText(v)}), v);
        fill(item, v, 0);
        item->setExpanded(m_expanded.contains(key));
    };
    for (const QString &k : m_symbolKeys)
        if (symObj.contains(k))
            add(k, symObj.value(k));
    for (const QString &k : m_viewKeys)
        if (all.contains(k))
            add(k, all.value(k));
    if (!m_symbolKeys.isEmpty() && symObj.isEmpty())
        new QTreeWidgetItem(m_tree, {tr("no data for %1 in this snapshot").arg(sym), QString()});
    m_tree->setUpdatesEnabled(true);
}

QJsonObject PlaceholderPanel::saveSettings() const
{
    QJsonObject o;
    o.insert(QStringLiteral("expanded"), QJsonArray::fromStringList(m_expanded));
    return o;
}

void PlaceholderPanel::restoreSettings(const QJsonObject &settings)
{
    m_expanded.clear();
    for (const QJsonValue &v : settings.value(QStringLiteral("expanded")).toArray())
        m_expanded << v.toString();
    m_rendered.reset();
    render();
}

bool PlaceholderPanel::exportCsv(QTextStream &out) const
{
    out << "field,value\n";
    std::function<void(const QTreeWidgetItem *, const QString &)> walk = [&](const QTreeWidgetItem *i, const QString &prefix) {
        const QString path = prefix.isEmpty() ? i->text(0) : prefix + QLatin1Char('.') + i->text(0);
        if (i->childCount() == 0) {
            const QVariant raw = i->data(1, Qt::UserRole); // C locale, untranslated
            QString v = raw.isValid() ? raw.toString() : i->text(1);
            if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')))
                v = QLatin1Char('"') + v.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"');
            out << path << ',' << v << '\n';
        }
        for (int c = 0; c < i->childCount(); ++c)
            walk(i->child(c), path);
    };
    for (int t = 0; t < m_tree->topLevelItemCount(); ++t)
        walk(m_tree->topLevelItem(t), QString());
    return m_tree->topLevelItemCount() > 0;
}

} // namespace fd
