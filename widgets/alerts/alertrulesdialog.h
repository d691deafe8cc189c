#pragma once
// The alert rules editor: a list of rules (on/off, name, symbol, how it
// notifies, cool-down) and a form for the selected one. Every change is
// validated at once; the reason is shown under the form and OK stays disabled
// until every rule is valid.
#include "alerts/alertrule.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QToolButton;

namespace fd {

class AlertRulesDialog : public QDialog
{
    Q_OBJECT

public:
    // symbols: offered in the symbol filter besides "any" (BTC, ETH, SOL and what the relay sent).
    AlertRulesDialog(const std::vector<AlertRule> &rules, const QStringList &symbols, bool trayAvailable, QWidget *parent = nullptr);

    std::vector<AlertRule> rules() const { return m_rules; }
    // The first problem ("Rule 2 (Whale ≥ $1M): …"), empty when every rule is valid.
    QString problem() const { return m_problem; }

    // Parses "1.5M", "500k", "$2,000,000", "2e6" (USD) or a plain number; false when it is none.
    static bool parseAmount(const QString &text, double *value);

    // For tests and keyboard users: the widgets by role.
    QTableWidget *list() const { return m_list; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *thresholdEdit() const { return m_threshold; }
    QComboBox *symbolBox() const { return m_symbol; }
    QSpinBox *cooldownBox() const { return m_cooldown; }
    QCheckBox *enabledBox() const { return m_enabled; }
    QCheckBox *soundBox() const { return m_sound; }
    QCheckBox *desktopBox() const { return m_desktop; }
    QLabel *problemLabel() const { return m_problemLabel; }
    QPushButton *okButton() const;
    void addRule(AlertKind kind);
    void deleteSelected();
    void selectRow(int row);

private:
    void fillList();
    void fillRow(int row);
    void loadForm();
    void formEdited();
    void validateAll();
    QString thresholdText(const AlertRule &r) const;
    int current() const;

    std::vector<AlertRule> m_rules;
    QHash<QString, QString> m_thresholdErrors;  // rule id → why its threshold text is not a number
    QHash<QString, QString> m_badThresholdText; // rule id → that text, as typed
    QString m_problem;
    bool m_loading = false;

    QTableWidget *m_list;
    QToolButton *m_add;
    QPushButton *m_delete, *m_defaults;
    QComboBox *m_kind, *m_symbol;
    QLineEdit *m_name, *m_threshold;
    QLabel *m_thresholdLabel, *m_thresholdHint, *m_problemLabel;
    QSpinBox *m_cooldown;
    QCheckBox *m_enabled, *m_sound, *m_desktop;
    QDialogButtonBox *m_buttons;
};

} // namespace fd
