#pragma once
// Settings dialog: relay (URL, token, profile, CA file), every METRICS.md
// threshold/window, refresh rates per view, theme, language, demo/replay
// defaults. OK is refused while any value is invalid; the reasons are listed.
#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace fd {

class Settings;
class TokenStore;

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Settings *settings, TokenStore *tokens, QWidget *parent = nullptr);

    // Every problem with the values as typed; empty when they can be saved.
    QStringList validate() const;
    // Writes valid values to the settings (and the token to the keychain); false with reasons shown otherwise.
    bool commit();
    // For tests: the editor of a field by its settings key ("Relay/url", "Metrics/tierWhaleUsd", "Refresh/microMs"…).
    QLineEdit *field(const QString &key) const { return m_fields.value(key); }

    void accept() override;
    bool tokenEdited() const { return m_tokenEdited; }
    QString enteredToken() const;

private:
    QLineEdit *addLine(const QString &key, const QString &value);

    Settings *m_settings;
    TokenStore *m_tokens;
    QHash<QString, QLineEdit *> m_fields;
    QLineEdit *m_token = nullptr;
    QCheckBox *m_okxContracts = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_problems = nullptr;
    bool m_tokenEdited = false;
};

} // namespace fd
