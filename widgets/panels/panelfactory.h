#pragma once
// Creates the FlowDesk panels by their stable id ("panel.orderflow", …).
#include <QString>
#include <QStringList>

class QWidget;

namespace fd {

class Panel;

// nullptr for ids this factory does not implement (panel.feedhealth and panel.alerts are the shell's).
Panel *createPanel(const QString &id, QWidget *parent = nullptr);
// Every id createPanel() implements, in the order of the views.
QStringList allPanelIds();

} // namespace fd
