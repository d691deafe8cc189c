#include "feedhealthpanel.h"

#include "core/decoder.h"
#include "statusindicators.h"

#include <QCoreApplication>
#include <QLocale>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QTextStream>
#include <QVBoxLayout>
#include <cmath>

namespace fd {

namespace {

QTableWidgetItem *textItem(const QString &s)
{
    auto *i = new QTableWidgetItem(s);
    i->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return i;
}

QTableWidgetItem *numberItem(double v, int decimals)
{
    auto *i = new QTableWidgetItem;
    i->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    // Numeric EditRole sorts numerically; the display text keeps the precision.
    i->setData(Qt::EditRole, decimals == 0 ? QVariant(static_cast<qlonglong>(std::llround(v))) : QVariant(v));
    i->setData(Qt::DisplayRole, decimals == 0 ? QVariant(static_cast<qlonglong>(std::llround(v)))
                                              : QVariant(std::round(v * std::pow(10, decimals)) / std::pow(10, decimals)));
    i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

} // namespace

FeedHealthPanel::FeedHealthPanel(QWidget *parent)
    : Panel(parent)
{
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(4, 4, 4, 4);
    m_summary = new QLabel(tr("waiting for the first health snapshot"), this);
    m_summary->setObjectName(QStringLiteral("feedhealth.summary"));
    m_summary->setWordWrap(true);
    lay->addWidget(m_summary);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_streams = new QTableWidget(0, 8, split);
    m_streams->setObjectName(QStringLiteral("feedhealth.streams"));
    m_streams->setHorizontalHeaderLabels({tr("Venue"), tr("Symbol"), tr("Type"), tr("Kind"), tr("msgs/s"), tr("Age (s)"),
                                          tr("Stale"), tr("Messages")});
    m_rejects = new QTableWidget(0, 3, split);
    m_rejects->setObjectName(QStringLiteral("feedhealth.rejects"));
    m_rejects->setHorizontalHeaderLabels({tr("Reject reason"), tr("Count"), tr("Last rejected sample")});
    for (QTableWidget *t : {m_streams, m_rejects}) {
        t->setSortingEnabled(true);
        t->verticalHeader()->setVisible(false);
        t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 4);
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setAlternatingRowColors(true);
        t->horizontalHeader()->setStretchLastSection(true);
    }
    for (int c = 0; c < 7; ++c)
        m_streams->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_rejects->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_rejects->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_streams->sortByColumn(0, Qt::AscendingOrder);
    m_rejects->sortByColumn(1, Qt::DescendingOrder);
    m_sample = new QPlainTextEdit(split);
    m_sample->setObjectName(QStringLiteral("feedhealth.sample"));
    m_sample->setReadOnly(true);
    m_sample->setPlaceholderText(tr("Select a reject reason to see the last rejected frame."));
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 1);
    lay->addWidget(split, 1);
    connect(m_rejects, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && m_rejects->item(row, 2))
            m_sample->setPlainText(m_rejects->item(row, 2)->data(Qt::UserRole).toString());
    });
}

QString FeedHealthPanel::explanation() const
{
    return tr("Per stream (venue × symbol × type × kind) on the local receive clock: messages per second over the last "
              "10 s, seconds since the last message, and stale when trades/L1 are older than 10 s or OI/funding older "
              "than 30 s. Rejected frames are counted by reason with the last rejected frame. Clock skew is receive "
              "time minus exchange time (median and 95th percentile).");
}

void FeedHealthPanel::applyHealth(const HealthSnapshotPtr &health)
{
    m_latest = health;
    if (isVisibleToUser())
        render();
}

void FeedHealthPanel::showEvent(QShowEvent *event)
{
    Panel::showEvent(event);
    if (m_latest != m_rendered)
        render();
}

void FeedHealthPanel::setVenueFilter(const QString &venue)
{
    m_venueFilter = venue;
    m_rendered.reset();
    render();
}

void FeedHealthPanel::render()
{
    if (!m_latest)
        return;
    m_rendered = m_latest;
    const HealthSnapshot &h = *m_latest;
    const auto state = QCoreApplication::translate("Metrics", connectionStateName(h.connection.state));
    QString summary = tr("%1 · %2 msgs/s · %3 streams, %4 stale · %5 rejected · CVD resets %6 · %7")
                          .arg(state, QLocale().toString(h.msgsPerSec, 'f', 0), QLocale().toString(static_cast<qlonglong>(h.streams.size())),
                               QLocale().toString(static_cast<qlonglong>(h.staleStreams)), QLocale().toString(static_cast<qlonglong>(h.rejected)),
                               QLocale().toString(static_cast<qlonglong>(h.cvdResets)), StatusIndicators::skewText(h));
    if (!m_venueFilter.isEmpty())
        summary += tr(" · showing %1 only").arg(m_venueFilter);
    if (!h.connection.lastError.isEmpty())
        summary += tr(" · last error: %1").arg(h.connection.lastError);
    m_summary->setText(summary);

    m_streams->setSortingEnabled(false);
    int rows = 0;
    m_streams->setRowCount(static_cast<int>(h.streams.size()));
    for (const StreamHealth &s : h.streams) {
        const QString venue = QString::fromStdString(s.venue.empty() ? s.exchange : s.venue);
        if (!m_venueFilter.isEmpty() && venue != m_venueFilter && QString::fromStdString(s.exchange) != m_venueFilter)
            continue;
        m_streams->setItem(rows, 0, textItem(venue));
        m_streams->setItem(rows, 1, textItem(QString::fromStdString(s.symbol)));
        m_streams->setItem(rows, 2, textItem(QString::fromStdString(s.type)));
        m_streams->setItem(rows, 3, textItem(QString::fromStdString(s.kind)));
        m_streams->setItem(rows, 4, numberItem(s.ratePerSec, 1));
        m_streams->setItem(rows, 5, numberItem(s.ageSec, 1));
        auto *stale = textItem(s.stale ? tr("STALE") : tr("ok"));
        stale->setData(Qt::UserRole, s.stale ? QStringLiteral("STALE") : QStringLiteral("ok")); // the CSV's value
        stale->setForeground(s.stale ? QColor(0xe0, 0x40, 0x40) : QColor(0x40, 0xb0, 0x60));
        m_streams->setItem(rows, 6, stale);
        m_streams->setItem(rows, 7, numberItem(static_cast<double>(s.messages), 0));
        ++rows;
    }
    m_streams->setRowCount(rows);
    m_streams->setSortingEnabled(true);

    m_rejects->setSortingEnabled(false);
    m_rejects->setRowCount(static_cast<int>(RejectReason::Count));
    for (int r = 0; r < static_cast<int>(RejectReason::Count); ++r) {
        const char *reason = rejectReasonName(static_cast<RejectReason>(r)); // QT_TRANSLATE_NOOP("Metrics") in decoder.cpp
        m_rejects->setItem(r, 0, textItem(QCoreApplication::translate("Metrics", reason)));
        m_rejects->setItem(r, 1, numberItem(static_cast<double>(h.rejectedBy[static_cast<size_t>(r)]), 0));
        const QString sample = QString::fromStdString(h.lastRejectSample[static_cast<size_t>(r)]);
        auto *si = textItem(sample.left(200).simplified());
        si->setData(Qt::UserRole, sample);
        si->setToolTip(sample.left(2000));
        m_rejects->setItem(r, 2, si);
    }
    m_rejects->setSortingEnabled(true);
}

QJsonObject FeedHealthPanel::saveSettings() const
{
    QJsonObject o;
    o.insert(QStringLiteral("sortColumn"), m_streams->horizontalHeader()->sortIndicatorSection());
    o.insert(QStringLiteral("sortDescending"), m_streams->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);
    o.insert(QStringLiteral("venueFilter"), m_venueFilter);
    return o;
}

void FeedHealthPanel::restoreSettings(const QJsonObject &settings)
{
    const int col = settings.value(QStringLiteral("sortColumn")).toInt(0);
    m_streams->sortByColumn(std::clamp(col, 0, m_streams->columnCount() - 1),
                            settings.value(QStringLiteral("sortDescending")).toBool() ? Qt::DescendingOrder : Qt::AscendingOrder);
    setVenueFilter(settings.value(QStringLiteral("venueFilter")).toString());
}

bool FeedHealthPanel::exportCsv(QTextStream &out) const
{
    out << "venue,symbol,type,kind,msgs_per_s,age_s,stale,messages\n";
    for (int r = 0; r < m_streams->rowCount(); ++r) {
        for (int c = 0; c < m_streams->columnCount(); ++c) {
            const QTableWidgetItem *i = m_streams->item(r, c);
            // Data file: C-locale numbers and untranslated keys (UserRole where the cell is translated).
            const QVariant raw = i ? i->data(Qt::UserRole) : QVariant();
            out << (c ? "," : "") << (raw.isValid() ? raw.toString() : i ? i->data(Qt::EditRole).toString() : QString());
        }
        out << '\n';
    }
    return true;
}

} // namespace fd
