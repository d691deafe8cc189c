#include "panelbase.h"

#include <QHBoxLayout>
#include <QShowEvent>
#include <QVBoxLayout>

namespace fd {

PanelBase::PanelBase(const QString &id, View view, QWidget *parent)
    : Panel(parent)
    , m_id(id)
    , m_view(view)
{
    setObjectName(id);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 4, 6, 4);
    outer->setSpacing(4);
    m_header = new QHBoxLayout;
    m_header->setSpacing(8);
    m_heading = new ValueLabel(this, Qt::AlignLeft | Qt::AlignVCenter);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setBold(true);
    m_header->addWidget(m_heading);
    m_header->addStretch(1);
    m_header->addWidget(new HelpButton(this));
    outer->addLayout(m_header);
    m_status = new ValueLabel(this, Qt::AlignLeft | Qt::AlignVCenter);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->set(tr("waiting for data"), Tone::Muted);
    outer->addWidget(m_status);
    m_body = new QVBoxLayout;
    m_body->setSpacing(4);
    outer->addLayout(m_body, 1);
}

void PanelBase::applySnapshot(const ViewSnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    if (snapshot == m_latest) { // the shell re-feeds the newest one on show: ingest it once
        renderIfVisible();
        return;
    }
    m_latest = snapshot; // keep only the newest
    ingest(*snapshot);
    m_dirty = true;
    renderIfVisible();
}

void PanelBase::renderIfVisible()
{
    if (m_dirty && isVisibleToUser())
        renderNow();
}

void PanelBase::renderNow()
{
    m_dirty = false;
    if (!m_latest) {
        renderEmpty(tr("waiting for data"));
        return;
    }
    ++m_renders;
    render(*m_latest);
}

void PanelBase::showEvent(QShowEvent *e)
{
    Panel::showEvent(e);
    if (m_dirty)
        renderNow(); // a snapshot arrived while hidden or tabbed away
}

void PanelBase::symbolChanged()
{
    m_dirty = true;
    renderIfVisible();
}

void PanelBase::setStatus(const QString &text, Tone tone, const QString &tip)
{
    if (text.isEmpty()) {
        if (!m_status->isHidden())
            m_status->hide();
        m_status->set(QString());
        return;
    }
    m_status->set(text, tone, tip);
    if (m_status->isHidden())
        m_status->show();
}

void PanelBase::setHeading(const QString &text, Tone tone, const QString &tip) { m_heading->set(text, tone, tip); }

bool PanelBase::hasMarkets(const ViewSnapshot &s)
{
    setStatus(s.symbols.empty() ? tr("waiting for data: no market seen yet") : QString());
    return !s.symbols.empty();
}

const SymbolSnapshot *PanelBase::pickSymbol(const ViewSnapshot &s)
{
    const SymbolSnapshot *sym = s.find(symbol().toStdString());
    if (!sym) {
        setStatus(s.symbols.empty() ? tr("waiting for data: no market seen yet")
                                    : tr("no data for %1 yet (seen: %2)")
                                          .arg(symbol(), [&] {
                                              QStringList l;
                                              for (const auto &x : s.symbols)
                                                  l << QString::fromStdString(x.symbol);
                                              return l.join(QStringLiteral(", "));
                                          }()),
                  Tone::Caution);
    }
    return sym;
}

} // namespace fd
