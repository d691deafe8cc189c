#include "settingsdialog.h"

#include "settings.h"
#include "tokenstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>
#include <cmath>

namespace fd {

namespace {
QString num(double v) { return QLocale().toString(v, 'g', 12); }
bool parse(const QLineEdit *e, double *out)
{
    bool ok = false;
    double v = QLocale().toDouble(e->text().trimmed(), &ok);
    if (!ok)
        v = e->text().trimmed().toDouble(&ok); // accept C-locale input too
    *out = v;
    return ok && std::isfinite(v);
}
} // namespace

SettingsDialog::SettingsDialog(Settings *settings, TokenStore *tokens, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_tokens(tokens)
{
    setObjectName(QStringLiteral("dialog.settings"));
    setWindowTitle(tr("Settings"));
    auto *tabs = new QTabWidget(this);

    auto *relay = new QWidget;
    auto *rf = new QFormLayout(relay);
    rf->addRow(tr("Relay URL"), addLine(QStringLiteral("Relay/url"), settings->relayUrl().toString()));
    m_token = new QLineEdit;
    m_token->setObjectName(QStringLiteral("field.token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("unchanged (stored in the OS keychain)"));
    connect(m_token, &QLineEdit::textEdited, this, [this] { m_tokenEdited = true; });
    rf->addRow(tr("Auth token"), m_token);
    m_okxContracts = new QCheckBox(tr("OKX perpetual sizes are in contracts (TMP/DEV relay profile)"));
    m_okxContracts->setChecked(settings->okxSizesInContracts());
    rf->addRow(tr("Relay profile"), m_okxContracts);
    rf->addRow(tr("Extra CA file (PEM)"), addLine(QStringLiteral("Relay/extraCaFile"), settings->extraCaFile()));
    tabs->addTab(relay, tr("Relay"));

    auto *metrics = new QWidget;
    auto *mf = new QFormLayout(metrics);
    const MetricSettings m = settings->metrics();
    for (const MetricField &f : Settings::metricFields()) {
        const double v = f.real ? m.*f.real : m.*f.integer;
        QLineEdit *e = addLine(QString::fromLatin1(f.key), num(v));
        e->setAlignment(Qt::AlignRight);
        const QString unit = QCoreApplication::translate("Settings", f.unit);
        mf->addRow(QCoreApplication::translate("Settings", f.label) + (unit.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(unit)), e);
    }
    auto *scroll = new QScrollArea;
    scroll->setWidget(metrics);
    scroll->setWidgetResizable(true);
    tabs->addTab(scroll, tr("Metrics"));

    auto *view = new QWidget;
    auto *vf = new QFormLayout(view);
    const auto ms = settings->publishMs();
    vf->addRow(tr("Market Microstructure refresh (ms)"), addLine(QStringLiteral("Refresh/microMs"), QString::number(ms[0])));
    vf->addRow(tr("Institutional Flow refresh (ms)"), addLine(QStringLiteral("Refresh/flowMs"), QString::number(ms[1])));
    vf->addRow(tr("Risk && Arbitrage refresh (ms)"), addLine(QStringLiteral("Refresh/riskMs"), QString::number(ms[2])));
    m_theme = new QComboBox;
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->setCurrentIndex(settings->theme() == Settings::Theme::Light ? 1 : 0);
    vf->addRow(tr("Theme"), m_theme);
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("field.Appearance/language"));
    for (const Settings::Language &l : Settings::languages())
        m_language->addItem(l.code.isEmpty() ? tr("System default") : l.name, l.code); // names in their own language
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings->language())));
    auto *languageNote = new QLabel(tr("Takes effect when FlowDesk is restarted. Numbers in panels follow the "
                                       "language's format; exported and saved files do not."));
    languageNote->setWordWrap(true);
    languageNote->setForegroundRole(QPalette::PlaceholderText);
    vf->addRow(tr("Language"), m_language);
    vf->addRow(QString(), languageNote);
    vf->addRow(tr("Demo speed (× wall time)"), addLine(QStringLiteral("Demo/speed"), num(settings->demoSpeed())));
    vf->addRow(tr("Demo seed"), addLine(QStringLiteral("Demo/seed"), QString::number(settings->demoSeed())));
    vf->addRow(tr("Demo rate multiplier"), addLine(QStringLiteral("Demo/rate"), num(settings->demoRate())));
    vf->addRow(tr("Replay speed (0 = max)"), addLine(QStringLiteral("Replay/speed"), num(settings->replaySpeed())));
    tabs->addTab(view, tr("Display && defaults"));

    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("settings.problems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #e05050"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *lay = new QVBoxLayout(this);
    lay->addWidget(tabs, 1);
    lay->addWidget(m_problems);
    lay->addWidget(buttons);
    resize(620, 640);
}

QLineEdit *SettingsDialog::addLine(const QString &key, const QString &value)
{
    auto *e = new QLineEdit(value);
    e->setObjectName(QStringLiteral("field.") + key);
    m_fields.insert(key, e);
    connect(e, &QLineEdit::textEdited, m_problems ? static_cast<QObject *>(m_problems) : this, [this] {
        if (m_problems)
            m_problems->setText(validate().join(QLatin1Char('\n')));
    });
    return e;
}

QStringList SettingsDialog::validate() const
{
    QStringList out;
    if (const QString e = Settings::validateRelayUrl(m_fields.value(QStringLiteral("Relay/url"))->text()); !e.isEmpty())
        out << e;
    const QString ca = m_fields.value(QStringLiteral("Relay/extraCaFile"))->text().trimmed();
    if (!ca.isEmpty() && !QFile::exists(ca))
        out << tr("Extra CA file: %1 does not exist.").arg(ca);
    MetricSettings m;
    bool numbersOk = true;
    for (const MetricField &f : Settings::metricFields()) {
        double v = 0;
        if (!parse(m_fields.value(QString::fromLatin1(f.key)), &v)) {
            out << tr("%1: \"%2\" is not a number.").arg(QCoreApplication::translate("Settings", f.label), m_fields.value(QString::fromLatin1(f.key))->text());
            numbersOk = false;
            continue;
        }
        if (f.real)
            m.*f.real = v;
        else if (v != std::floor(v)) {
            out << tr("%1: must be a whole number.").arg(QCoreApplication::translate("Settings", f.label));
            numbersOk = false;
        } else
            m.*f.integer = static_cast<int>(std::clamp(v, -2e9, 2e9));
    }
    if (numbersOk)
        out << Settings::validateMetrics(m);
    for (const char *k : {"Refresh/microMs", "Refresh/flowMs", "Refresh/riskMs"}) {
        double v = 0;
        if (!parse(m_fields.value(QString::fromLatin1(k)), &v) || v != std::floor(v))
            out << tr("%1: must be a whole number of milliseconds.").arg(QString::fromLatin1(k));
        else if (const QString e = Settings::validatePublishMs(static_cast<int>(std::clamp(v, -1e9, 1e9))); !e.isEmpty())
            out << e;
    }
    for (const char *k : {"Demo/speed", "Replay/speed"}) {
        double v = 0;
        if (!parse(m_fields.value(QString::fromLatin1(k)), &v))
            out << tr("%1: not a number.").arg(QString::fromLatin1(k));
        else if (const QString e = Settings::validateSpeed(v); !e.isEmpty())
            out << e;
    }
    double rate = 0;
    if (!parse(m_fields.value(QStringLiteral("Demo/rate")), &rate) || rate <= 0 || rate > 1000)
        out << tr("Demo rate multiplier: must be above 0 and at most 1000.");
    bool seedOk = false;
    m_fields.value(QStringLiteral("Demo/seed"))->text().trimmed().toULongLong(&seedOk);
    if (!seedOk)
        out << tr("Demo seed: must be a non-negative whole number.");
    return out;
}

bool SettingsDialog::commit()
{
    const QStringList problems = validate();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    if (!problems.isEmpty())
        return false;
    auto value = [this](const char *k) {
        double v = 0;
        parse(m_fields.value(QString::fromLatin1(k)), &v);
        return v;
    };
    m_settings->setRelayUrl(QUrl(m_fields.value(QStringLiteral("Relay/url"))->text().trimmed()));
    m_settings->setExtraCaFile(m_fields.value(QStringLiteral("Relay/extraCaFile"))->text().trimmed());
    m_settings->setOkxSizesInContracts(m_okxContracts->isChecked());
    MetricSettings m;
    for (const MetricField &f : Settings::metricFields()) {
        if (f.real)
            m.*f.real = value(f.key);
        else
            m.*f.integer = static_cast<int>(value(f.key));
    }
    m_settings->setMetrics(m);
    m_settings->setPublishMs({static_cast<int>(value("Refresh/microMs")), static_cast<int>(value("Refresh/flowMs")),
                              static_cast<int>(value("Refresh/riskMs"))});
    m_settings->setTheme(m_theme->currentData().toString() == QLatin1String("light") ? Settings::Theme::Light : Settings::Theme::Dark);
    m_settings->setLanguage(m_language->currentData().toString());
    m_settings->setDemoSpeed(value("Demo/speed"));
    m_settings->setDemoSeed(m_fields.value(QStringLiteral("Demo/seed"))->text().trimmed().toULongLong());
    m_settings->setDemoRate(value("Demo/rate"));
    m_settings->setReplaySpeed(value("Replay/speed"));
    m_settings->sync();
    if (m_tokenEdited && m_tokens) {
        QWidget *parentWindow = parentWidget();
        m_tokens->store(m_token->text(), [parentWindow](const QString &where) {
            return QMessageBox::question(parentWindow, tr("No keychain available"),
                                         tr("No OS keychain service is available, so the relay token cannot be stored securely.\n\n"
                                            "Store it in plain text in %1 (readable by anyone who can read your files)?\n"
                                            "If you say No, the token is used for this session only.")
                                             .arg(where))
                == QMessageBox::Yes;
        });
    }
    return true;
}

QString SettingsDialog::enteredToken() const { return m_token->text(); }

void SettingsDialog::accept()
{
    if (commit())
        QDialog::accept();
}

} // namespace fd
