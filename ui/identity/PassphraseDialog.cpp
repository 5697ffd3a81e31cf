#include "identity/PassphraseDialog.h"

#include "identity/LearnerKeys.h"
#include "widgets/MessageWidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace credfolio {

PassphraseDialog::PassphraseDialog(Mode mode, QWidget* parent) : QDialog(parent), m_mode(mode)
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(mode == Mode::Create ? tr("Protect Your Signing Key") : tr("Unlock Your Signing Key"));

    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("passphraseExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->hide();

    auto* intro =
        new QLabel(mode == Mode::Create ? tr("Your signing key will be kept in a file protected by a passphrase. Choose one "
                                             "of at least %n characters; nobody can recover it for you.",
                       nullptr, LearnerKeys::minimumPassphraseLength)
                                        : tr("Enter the passphrase that protects your signing key."),
            this);
    intro->setWordWrap(true);

    m_message = new MessageWidget(this);
    m_message->setObjectName(QStringLiteral("passphraseMessage"));

    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);
    if (mode == Mode::Create) {
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("repeatPassphrase"));
        m_repeat->setEchoMode(QLineEdit::Password);
        m_repeat->setAccessibleName(tr("Repeat passphrase"));
        form->addRow(tr("&Repeat:"), m_repeat);
    }
    m_show = new QCheckBox(tr("&Show passphrase"), this);
    m_show->setObjectName(QStringLiteral("showPassphrase"));
    m_show->setAccessibleName(tr("Show passphrase"));
    form->addRow(QString(), m_show);
    connect(m_show, &QCheckBox::toggled, this, [this](bool show) {
        const auto echo = show ? QLineEdit::Normal : QLineEdit::Password;
        m_passphrase->setEchoMode(echo);
        if (m_repeat)
            m_repeat->setEchoMode(echo);
    });

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Create ? tr("Create Key") : tr("Unlock"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PassphraseDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_passphrase->setFocus();
}

PassphraseDialog::~PassphraseDialog()
{
    m_passphrase->clear();
    if (m_repeat)
        m_repeat->clear();
}

void PassphraseDialog::setExplanation(const QString& text)
{
    m_explanation->setText(text);
    m_explanation->setVisible(!text.isEmpty());
}

void PassphraseDialog::showError(const QString& message)
{
    m_message->showMessage(message, MessageWidget::Type::Error);
}

QString PassphraseDialog::passphrase() const
{
    return m_passphrase->text();
}

QString PassphraseDialog::problem() const
{
    const QString text = m_passphrase->text();
    if (text.isEmpty())
        return tr("Enter a passphrase.");
    if (m_mode == Mode::Unlock)
        return {};
    if (text.toUcs4().size() < LearnerKeys::minimumPassphraseLength)
        return tr("The passphrase is too short: use at least %n characters.", nullptr, LearnerKeys::minimumPassphraseLength);
    if (m_repeat->text() != text)
        return tr("The two passphrases differ. Type the same one twice.");
    return {};
}

void PassphraseDialog::accept()
{
    QString message = problem();
    if (message.isEmpty() && m_check) {
        // Argon2id takes a moment on purpose.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        message = m_check(m_passphrase->text());
        QApplication::restoreOverrideCursor();
    }
    if (!message.isEmpty()) {
        showError(message);
        const bool onlyRepeatWrong = m_repeat && !m_repeat->text().isEmpty() && m_repeat->text() != m_passphrase->text()
            && m_passphrase->text().toUcs4().size() >= LearnerKeys::minimumPassphraseLength;
        QLineEdit* field = onlyRepeatWrong ? m_repeat : m_passphrase;
        field->selectAll();
        field->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace credfolio
