#pragma once
// The shell's list of dock panels: stable ids, translated titles, which view
// feeds them, and how a panel widget is made (the panel factory when it
// exists, a placeholder otherwise).
#include "model/snapshot.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>

namespace fd {

class Panel;

struct PanelInfo {
    QString id;      // "panel.orderflow": the dock's objectName
    QString title;   // translated
    View view = View::Microstructure;
};

class PanelCatalog
{
    Q_DECLARE_TR_FUNCTIONS(fd::PanelCatalog) // titles: context "fd::PanelCatalog", as lupdate files them

public:
    // Every panel the shell docks, in View-menu order.
    static QList<PanelInfo> all();
    static QStringList ids();
    static PanelInfo info(const QString &id); // empty id when unknown
    static bool contains(const QString &id);
    // The real panel from fd::createPanel() when the factory exists and knows
    // the id; the Feed Health panel; otherwise a PlaceholderPanel.
    static Panel *create(const QString &id);
};

} // namespace fd
