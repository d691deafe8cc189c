#include "alertrulesdialog.h"

#include "panels/style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace fd {

namespace {
enum Column { ColOn, ColRule, ColSymbol, ColNotify, ColCooldown, ColCount };

// What the rule is called when the user gives it no name.
QString autoName(AlertRule r)
{
    r.name.clear();
    return r.displayName();
}
} // namespace

AlertRulesDialog::AlertRulesDialog(const std::vector<AlertRule> &rules, const QStringList &symbols, bool trayAvailable, QWidget *parent)
    : QDialog(parent)
    , m_rules(rules)
{
    setObjectName(QStringLiteral("dialog.alertrules"));
    setWindowTitle(tr("Alert Rules"));
    resize(900, 480);

    m_list = new QTableWidget(0, ColCount, this);
    m_list->setObjectName(QStringLiteral("alertrules.list"));
    m_list->setHorizontalHeaderLabels({tr("On"), tr("Rule"), tr("Symbol"), tr("Notifies"), tr("Cool-down")});
    m_list->verticalHeader()->setVisible(false);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(ColRule, QHeaderView::Stretch);

    m_add = new QToolButton(this);
    m_add->setObjectName(QStringLiteral("alertrules.add"));
    m_add->setText(tr("Add"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    auto *addMenu = new QMenu(m_add);
    for (int k = 0; k < kAlertKindCount; ++k)
        addMenu->addAction(alertKindLabel(static_cast<AlertKind>(k)), this, [this, k] { addRule(static_cast<AlertKind>(k)); });
    m_add->setMenu(addMenu);
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setObjectName(QStringLiteral("alertrules.delete"));
    m_defaults = new QPushButton(tr("Restore Defaults"), this);
    m_defaults->setObjectName(QStringLiteral("alertrules.defaults"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_delete);
    listButtons->addStretch(1);
    listButtons->addWidget(m_defaults);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto *form = new QGroupBox(tr("Selected rule"), this);
    auto *fl = new QFormLayout(form);
    m_kind = new QComboBox(form);
    m_kind->setObjectName(QStringLiteral("alertrules.kind"));
    for (int k = 0; k < kAlertKindCount; ++k)
        m_kind->addItem(alertKindLabel(static_cast<AlertKind>(k)), k);
    fl->addRow(tr("&Condition:"), m_kind);
    m_name = new QLineEdit(form);
    m_name->setObjectName(QStringLiteral("alertrules.name"));
    m_name->setMaxLength(120); // validate() explains the 80-character limit instead of cutting silently
    fl->addRow(tr("&Name:"), m_name);
    m_threshold = new QLineEdit(form);
    m_threshold->setObjectName(QStringLiteral("alertrules.threshold"));
    m_thresholdLabel = new QLabel(form);
    m_thresholdLabel->setBuddy(m_threshold);
    m_thresholdHint = new QLabel(form);
    m_thresholdHint->setWordWrap(true);
    auto *thresholdBox = new QVBoxLayout;
    thresholdBox->setContentsMargins(0, 0, 0, 0);
    thresholdBox->addWidget(m_threshold);
    thresholdBox->addWidget(m_thresholdHint);
    fl->addRow(m_thresholdLabel, thresholdBox);
    m_symbol = new QComboBox(form);
    m_symbol->setObjectName(QStringLiteral("alertrules.symbol"));
    m_symbol->setEditable(true);
    m_symbol->setInsertPolicy(QComboBox::NoInsert);
    m_symbol->addItem(tr("Any symbol"));
    for (const QString &s : symbols)
        if (m_symbol->findText(s) < 0)
            m_symbol->addItem(s);
    fl->addRow(tr("&Symbol:"), m_symbol);
    m_cooldown = new QSpinBox(form);
    m_cooldown->setObjectName(QStringLiteral("alertrules.cooldown"));
    m_cooldown->setRange(0, AlertRule::kMaxCooldownSec);
    m_cooldown->setSuffix(tr(" s"));
    m_cooldown->setSpecialValueText(tr("none"));
    m_cooldown->setToolTip(tr("At most one notification per cool-down; alerts inside it are logged and counted in the next one."));
    fl->addRow(tr("&Cool-down:"), m_cooldown);
    m_enabled = new QCheckBox(tr("Rule is &on"), form);
    m_enabled->setObjectName(QStringLiteral("alertrules.enabled"));
    m_sound = new QCheckBox(tr("&Beep"), form);
    m_sound->setObjectName(QStringLiteral("alertrules.sound"));
    m_desktop = new QCheckBox(tr("&Desktop notification"), form);
    m_desktop->setObjectName(QStringLiteral("alertrules.desktop"));
    fl->addRow(QString(), m_enabled);
    fl->addRow(tr("When it fires:"), m_sound);
    fl->addRow(QString(), m_desktop);
    if (!trayAvailable) {
        auto *note = new QLabel(tr("No system tray here: desktop notifications appear in the status bar instead."), form);
        note->setWordWrap(true);
        note->setObjectName(QStringLiteral("alertrules.traynote"));
        QPalette p = note->palette();
        p.setColor(QPalette::WindowText, toneColor(Tone::Muted, this));
        note->setPalette(p);
        fl->addRow(QString(), note);
    }

    auto *top = new QHBoxLayout;
    top->addLayout(left, 3);
    top->addWidget(form, 2);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("alertrules.problem"));
    m_problemLabel->setWordWrap(true);
    QPalette pp = m_problemLabel->palette();
    pp.setColor(QPalette::WindowText, toneColor(Tone::Sell, this));
    m_problemLabel->setPalette(pp);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(top, 1);
    outer->addWidget(m_problemLabel);
    outer->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        validateAll();
        if (m_problem.isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_delete, &QPushButton::clicked, this, &AlertRulesDialog::deleteSelected);
    connect(m_defaults, &QPushButton::clicked, this, [this] {
        m_rules = defaultAlertRules();
        m_thresholdErrors.clear();
        fillList();
        selectRow(0);
    });
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &AlertRulesDialog::loadForm);
    connect(m_list, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *it) {
        if (m_loading || it->column() != ColOn)
            return;
        const int row = it->row();
        if (row < 0 || row >= static_cast<int>(m_rules.size()))
            return;
        m_rules[static_cast<size_t>(row)].enabled = it->checkState() == Qt::Checked;
        if (row == current())
            loadForm();
        validateAll();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading || current() < 0)
            return;
        AlertRule &r = m_rules[static_cast<size_t>(current())];
        const auto k = static_cast<AlertKind>(m_kind->currentData().toInt());
        if (k == r.kind)
            return;
        // A new condition starts from its own defaults for what the old one meant differently.
        r.kind = k;
        r.threshold = AlertRule::defaultThreshold(k);
        if (!alertKindUsesSymbol(k))
            r.symbol.clear();
        m_thresholdErrors.remove(r.id);
        fillRow(current());
        loadForm();
        validateAll();
    });
    connect(m_name, &QLineEdit::textEdited, this, &AlertRulesDialog::formEdited);
    connect(m_threshold, &QLineEdit::textEdited, this, &AlertRulesDialog::formEdited);
    connect(m_symbol, &QComboBox::currentTextChanged, this, &AlertRulesDialog::formEdited);
    connect(m_cooldown, &QSpinBox::valueChanged, this, &AlertRulesDialog::formEdited);
    for (QCheckBox *c : {m_enabled, m_sound, m_desktop})
        connect(c, &QCheckBox::toggled, this, &AlertRulesDialog::formEdited);

    fillList();
    selectRow(0);
}

QPushButton *AlertRulesDialog::okButton() const { return m_buttons->button(QDialogButtonBox::Ok); }

int AlertRulesDialog::current() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < static_cast<int>(m_rules.size()) && !m_list->selectedItems().isEmpty() ? row : -1;
}

void AlertRulesDialog::selectRow(int row)
{
    if (row >= 0 && row < m_list->rowCount())
        m_list->setCurrentCell(row, ColRule, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else
        loadForm();
}

bool AlertRulesDialog::parseAmount(const QString &text, double *value)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char('$')).remove(QLatin1Char(',')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    if (t.isEmpty())
        return false;
    double mult = 1;
    const QChar last = t.back().toUpper();
    if (last == QLatin1Char('K') || last == QLatin1Char('M') || last == QLatin1Char('B')) {
        mult = last == QLatin1Char('K') ? 1e3 : last == QLatin1Char('M') ? 1e6 : 1e9;
        t.chop(1);
    }
    bool ok = false;
    const double v = t.toDouble(&ok) * mult;
    if (!ok || !std::isfinite(v))
        return false;
    *value = v;
    return true;
}

QString AlertRulesDialog::thresholdText(const AlertRule &r) const
{
    const double v = r.threshold;
    if (r.kind == AlertKind::Whale) {
        if (v >= 1e6 && std::fmod(v, 1e3) == 0)
            return QString::number(v / 1e6, 'g', 10) + QLatin1Char('M');
        if (v >= 1e3 && std::fmod(v, 1) == 0)
            return QString::number(v / 1e3, 'g', 10) + QLatin1Char('K');
    }
    return QString::number(v, 'g', 12);
}

void AlertRulesDialog::fillRow(int row)
{
    const AlertRule &r = m_rules[static_cast<size_t>(row)];
    const bool wasLoading = m_loading;
    m_loading = true;
    auto set = [&](int col, const QString &text) {
        QTableWidgetItem *it = m_list->item(row, col);
        if (!it) {
            it = new QTableWidgetItem;
            it->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            m_list->setItem(row, col, it);
        }
        it->setText(text);
        return it;
    };
    QTableWidgetItem *on = set(ColOn, QString());
    on->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    on->setCheckState(r.enabled ? Qt::Checked : Qt::Unchecked);
    on->setToolTip(tr("Rule on or off"));
    QTableWidgetItem *name = set(ColRule, r.displayName());
    name->setToolTip(alertKindLabel(r.kind));
    set(ColSymbol, !alertKindUsesSymbol(r.kind) ? QStringLiteral("—") : r.symbol.isEmpty() ? tr("any") : r.symbol);
    QStringList how;
    if (r.sound)
        how << tr("beep");
    if (r.desktop)
        how << tr("desktop");
    set(ColNotify, how.isEmpty() ? tr("log only") : how.join(QStringLiteral(" + ")));
    set(ColCooldown, r.cooldownSec ? tr("%1 s").arg(r.cooldownSec) : tr("none"));
    m_loading = wasLoading;
}

void AlertRulesDialog::fillList()
{
    m_loading = true;
    m_list->setRowCount(static_cast<int>(m_rules.size()));
    for (int i = 0; i < static_cast<int>(m_rules.size()); ++i)
        fillRow(i);
    m_loading = false;
    validateAll();
}

void AlertRulesDialog::loadForm()
{
    const int row = current();
    const bool have = row >= 0;
    for (QWidget *w : std::initializer_list<QWidget *>{m_kind, m_name, m_threshold, m_symbol, m_cooldown, m_enabled, m_sound, m_desktop})
        w->setEnabled(have);
    m_delete->setEnabled(have);
    if (!have)
        return;
    const AlertRule &r = m_rules[static_cast<size_t>(row)];
    m_loading = true;
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(r.kind)));
    m_name->setText(r.name);
    m_name->setPlaceholderText(autoName(r));
    const bool hasThreshold = alertKindHasThreshold(r.kind);
    m_thresholdLabel->setVisible(hasThreshold);
    m_threshold->setVisible(hasThreshold);
    m_thresholdHint->setVisible(hasThreshold);
    m_thresholdLabel->setText(alertThresholdLabel(r.kind) + QLatin1Char(':'));
    // A threshold the user is still typing (not a number yet) stays as typed.
    m_threshold->setText(!hasThreshold ? QString() : m_thresholdErrors.contains(r.id) ? m_badThresholdText.value(r.id) : thresholdText(r));
    switch (r.kind) {
    case AlertKind::Whale:
        m_thresholdHint->setText(tr("e.g. 500K, 1.5M, 2000000. Orders below the large tier (%1) are not tracked.")
                                     .arg(fmt::usd(metricSettings().tierLargeUsd)));
        break;
    case AlertKind::CascadeRisk:
        m_thresholdHint->setText(tr("0–100; HIGH from %1, MEDIUM from %2.")
                                     .arg(metricSettings().cascadeHighScore)
                                     .arg(metricSettings().cascadeMediumScore));
        break;
    case AlertKind::RelayDisconnected: m_thresholdHint->setText(tr("Seconds without a live relay connection (1–86400).")); break;
    default: m_thresholdHint->clear(); break;
    }
    m_symbol->setEnabled(alertKindUsesSymbol(r.kind));
    m_symbol->setCurrentText(r.symbol.isEmpty() ? m_symbol->itemText(0) : r.symbol);
    m_cooldown->setValue(r.cooldownSec);
    m_enabled->setChecked(r.enabled);
    m_sound->setChecked(r.sound);
    m_desktop->setChecked(r.desktop);
    m_loading = false;
}

void AlertRulesDialog::formEdited()
{
    const int row = current();
    if (m_loading || row < 0)
        return;
    AlertRule &r = m_rules[static_cast<size_t>(row)];
    r.name = m_name->text();
    if (alertKindHasThreshold(r.kind)) {
        double v = 0;
        if (parseAmount(m_threshold->text(), &v)) {
            r.threshold = v;
            m_thresholdErrors.remove(r.id);
            m_badThresholdText.remove(r.id);
        } else {
            m_badThresholdText.insert(r.id, m_threshold->text());
            m_thresholdErrors.insert(r.id, r.kind == AlertKind::Whale
                                               ? tr("\"%1\" is not an amount (e.g. 500K, 1.5M or 2000000)").arg(m_threshold->text())
                                               : tr("\"%1\" is not a number").arg(m_threshold->text()));
        }
    }
    const QString sym = m_symbol->currentText().trimmed();
    r.symbol = !alertKindUsesSymbol(r.kind) || sym.isEmpty() || sym == m_symbol->itemText(0) ? QString() : sym.toUpper();
    r.cooldownSec = m_cooldown->value();
    r.enabled = m_enabled->isChecked();
    r.sound = m_sound->isChecked();
    r.desktop = m_desktop->isChecked();
    m_name->setPlaceholderText(autoName(r));
    fillRow(row);
    validateAll();
}

void AlertRulesDialog::validateAll()
{
    m_problem.clear();
    for (int i = 0; i < static_cast<int>(m_rules.size()); ++i) {
        const AlertRule &r = m_rules[static_cast<size_t>(i)];
        QString why = m_thresholdErrors.value(r.id);
        if (why.isEmpty())
            why = r.validate();
        if (QTableWidgetItem *it = m_list->item(i, ColRule))
            it->setForeground(why.isEmpty() ? QBrush() : QBrush(toneColor(Tone::Sell, this)));
        if (!why.isEmpty() && m_problem.isEmpty())
            m_problem = tr("Rule %1 (%2): %3").arg(i + 1).arg(r.displayName(), why);
    }
    m_problemLabel->setText(m_problem);
    m_problemLabel->setVisible(!m_problem.isEmpty());
    okButton()->setEnabled(m_problem.isEmpty());
}

void AlertRulesDialog::addRule(AlertKind kind)
{
    m_rules.push_back(AlertRule::make(kind));
    fillList();
    selectRow(static_cast<int>(m_rules.size()) - 1);
}

void AlertRulesDialog::deleteSelected()
{
    const int row = current();
    if (row < 0)
        return;
    m_thresholdErrors.remove(m_rules[static_cast<size_t>(row)].id);
    m_rules.erase(m_rules.begin() + row);
    fillList();
    selectRow(std::min(row, static_cast<int>(m_rules.size()) - 1));
}

} // namespace fd
