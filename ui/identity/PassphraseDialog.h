#pragma once

#include <QDialog>

#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace credfolio {

class MessageWidget;

// Asks for the passphrase of the learner's key file, used where no keychain answers.
// Create: the passphrase twice, at least LearnerKeys::minimumPassphraseLength characters.
// Unlock: once. Problems show inline and the dialog stays open; with a check set, the
// dialog only closes once the check accepts the passphrase (for example once the key file
// opened), so "The passphrase is wrong" appears where the learner types.
class PassphraseDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Create, Unlock };

    // Returns an empty string when the passphrase is accepted, else the message to show.
    using Check = std::function<QString(const QString& passphrase)>;

    explicit PassphraseDialog(Mode mode, QWidget* parent = nullptr);
    ~PassphraseDialog() override;

    Mode mode() const { return m_mode; }
    // Why a passphrase is needed (e.g. "No keychain service answered…"); empty hides it.
    void setExplanation(const QString& text);
    void setCheck(Check check) { m_check = std::move(check); }
    void showError(const QString& message);

    QString passphrase() const;

public slots:
    void accept() override;

private:
    QString problem() const;

    Mode m_mode;
    Check m_check;
    QLabel* m_explanation = nullptr;
    MessageWidget* m_message = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_repeat = nullptr;
    QCheckBox* m_show = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace credfolio
