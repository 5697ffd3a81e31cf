#include "export/PresentationExportDialog.h"

#include "export/ExportSelection.h"
#include "export/PresentationBuilder.h"
#include "identity/PassphraseDialog.h"
#include "portfolio/BadgeStore.h"
#include "portfolio/SigningIdentity.h"
#include "storage/Database.h"
#include "widgets/MessageWidget.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace credfolio {

PresentationExportDialog::PresentationExportDialog(Database& db, QList<qint64> selectedBadges, QWidget* parent)
    : QDialog(parent), m_db(db), m_selectedBadges(std::move(selectedBadges))
{
    setWindowTitle(tr("Export Signed Presentation"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A signed presentation carries your verifiable badges, unchanged, in one file signed with "
                                "your key, for an employer's verification software."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* what = new QGroupBox(tr("Badges"), this);
    auto* whatLayout = new QVBoxLayout(what);
    m_all = new QRadioButton(tr("&All badges"), what);
    m_all->setAccessibleName(tr("Export all badges"));
    m_inCollection = new QRadioButton(tr("A &collection:"), what);
    m_inCollection->setAccessibleName(tr("Export a collection"));
    m_collection = new QComboBox(what);
    m_collection->setAccessibleName(tr("Collection to export"));
    for (const Collection& c : BadgeStore(m_db.connection()).collections())
        m_collection->addItem(c.name);
    m_selected = new QRadioButton(tr("The %n badge(s) &selected in the Portfolio", nullptr, int(m_selectedBadges.size())), what);
    m_selected->setAccessibleName(tr("Export the selected badges"));
    m_selected->setEnabled(!m_selectedBadges.isEmpty());
    m_inCollection->setEnabled(m_collection->count() > 0);
    m_collection->setEnabled(false);
    connect(m_inCollection, &QRadioButton::toggled, m_collection, &QWidget::setEnabled);
    (m_selectedBadges.isEmpty() ? m_all : m_selected)->setChecked(true);
    whatLayout->addWidget(m_all);
    auto* collectionRow = new QHBoxLayout;
    collectionRow->addWidget(m_inCollection);
    collectionRow->addWidget(m_collection, 1);
    whatLayout->addLayout(collectionRow);
    whatLayout->addWidget(m_selected);
    layout->addWidget(what);

    auto* request = new QGroupBox(tr("Employer's request (optional)"), this);
    auto* form = new QFormLayout(request);
    auto* explain = new QLabel(tr("If the employer gave you a challenge and a domain, enter them: your signature then "
                                  "covers them, so the presentation cannot be reused for another request."),
        request);
    explain->setWordWrap(true);
    form->addRow(explain);
    m_challenge = new QLineEdit(request);
    m_challenge->setAccessibleName(tr("Challenge given by the employer"));
    m_challenge->setPlaceholderText(tr("for example, a code such as 5f1c-92ab"));
    form->addRow(tr("C&hallenge:"), m_challenge);
    m_domain = new QLineEdit(request);
    m_domain->setAccessibleName(tr("Domain given by the employer"));
    m_domain->setPlaceholderText(tr("for example, jobs.employer.example"));
    form->addRow(tr("&Domain:"), m_domain);
    layout->addWidget(request);

    m_message = new MessageWidget(this);
    m_message->setAccessibleName(tr("Export result"));
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* save = m_buttons->addButton(tr("&Save As…"), QDialogButtonBox::AcceptRole);
    save->setAccessibleName(tr("Save the signed presentation"));
    save->setDefault(true);
    m_buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(save, &QPushButton::clicked, this, &PresentationExportDialog::saveAs);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
}

void PresentationExportDialog::saveAs()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Signed Presentation"),
        folder + QLatin1String("/presentation.json"), tr("Verifiable presentation (*.json)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool PresentationExportDialog::exportTo(const QString& path)
{
    ExportSelection selection;
    if (m_inCollection->isChecked())
        selection.collection = m_collection->currentText();
    else if (m_selected->isChecked())
        selection.badgeIds = m_selectedBadges;
    const BadgeStore store(m_db.connection());
    const auto badges = resolveSelection(store, selection);
    if (!badges) {
        m_message->showMessage(badges.error(), MessageWidget::Type::Error);
        return false;
    }

    SigningIdentity identity(m_db.connection());
    LearnerKeys::Loaded key = identity.obtain();
    const bool keyInFile = identity.store() == LearnerKeys::Store::PassphraseFile;
    if (!key && (key.failure() == LearnerKeys::Failure::KeychainUnavailable || keyInFile)) {
        // No keychain: the key lives (or will live) in a file sealed with a passphrase.
        PassphraseDialog ask(keyInFile ? PassphraseDialog::Mode::Unlock : PassphraseDialog::Mode::Create, this);
        ask.setExplanation(keyInFile ? tr("Your signing key is kept in a file protected by your passphrase.") : key.error());
        ask.setCheck([&](const QString& passphrase) {
            key = identity.obtain(passphrase, LearnerKeys::Store::PassphraseFile);
            return key ? QString() : key.error();
        });
        if (ask.exec() != QDialog::Accepted)
            return false;
    }
    if (!key) {
        m_message->showMessage(key.error(), MessageWidget::Type::Error, key.detail());
        return false;
    }

    PresentationBuilder builder(key.value());
    if (Status s = builder.addAll(store, badges.value()); !s) {
        m_message->showMessage(s.error(), MessageWidget::Type::Error);
        return false;
    }
    PresentationOptions options;
    options.challenge = m_challenge->text().trimmed();
    options.domain = m_domain->text().trimmed();
    const auto presentation = builder.build(options);
    if (!presentation) {
        m_message->showMessage(presentation.error(), MessageWidget::Type::Error);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(presentation->json) != presentation->json.size() || !file.commit()) {
        m_message->showMessage(tr("The presentation could not be saved: %1").arg(file.errorString()), MessageWidget::Type::Error);
        return false;
    }
    QStringList leftOut;
    for (const PresentedBadge& b : presentation->badges) {
        if (b.form == PresentedBadge::Form::Skipped)
            leftOut.append(tr("%1: %2").arg(b.name, b.reason));
    }
    const QString text =
        tr("Saved a presentation of %n credential(s), signed as %1.", nullptr, presentation->carried()).arg(presentation->holder);
    if (leftOut.isEmpty())
        m_message->showMessage(text, MessageWidget::Type::Positive);
    else
        m_message->showMessage(text + QLatin1Char(' ') + tr("%n badge(s) left out (see details).", nullptr, int(leftOut.size())),
            MessageWidget::Type::Information, leftOut.join(QLatin1Char('\n')));
    return true;
}

} // namespace credfolio
