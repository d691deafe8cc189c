#pragma once
// Feed Health: every stream (venue × symbol × type × kind) with rate, age,
// stale flag and message count; rejected frames by reason with the last
// rejected sample; CVD resets; clock skew; connection state. Sortable.
#include "panel.h"

class QLabel;
class QTableWidget;
class QPlainTextEdit;

namespace fd {

class FeedHealthPanel : public Panel
{
    Q_OBJECT

public:
    explicit FeedHealthPanel(QWidget *parent = nullptr);

    QString panelId() const override { return QStringLiteral("panel.feedhealth"); }
    QString title() const override { return tr("Feed Health"); }
    View view() const override { return View::Microstructure; }
    QString explanation() const override;
    void applySnapshot(const ViewSnapshotPtr &) override {}
    void applyHealth(const HealthSnapshotPtr &health) override;
    QJsonObject saveSettings() const override;
    void restoreSettings(const QJsonObject &settings) override;
    bool exportCsv(QTextStream &out) const override;

    // Shows only the streams of one venue (empty: all); used when a status-bar dot is clicked.
    void setVenueFilter(const QString &venue);
    QString venueFilter() const { return m_venueFilter; }

    QTableWidget *streamTable() const { return m_streams; }
    QTableWidget *rejectTable() const { return m_rejects; }
    QLabel *summaryLabel() const { return m_summary; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void render();

    QLabel *m_summary = nullptr;
    QTableWidget *m_streams = nullptr;
    QTableWidget *m_rejects = nullptr;
    QPlainTextEdit *m_sample = nullptr;
    HealthSnapshotPtr m_latest, m_rendered;
    QString m_venueFilter;
};

} // namespace fd
