#include "settings/SettingsDialog.h"

#include "settings/AppSettings.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace credfolio {

namespace {

QLabel* noteLabel(const QString& text, QWidget* parent)
{
    auto* note = new QLabel(text, parent);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    return note;
}

} // namespace

SettingsDialog::SettingsDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));

    // Created in reading order, so Tab follows the page from top to bottom and ends on the buttons.
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createGeneralGroup());
    layout->addWidget(createExportGroup());
    layout->addWidget(createPortfolioGroup());
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    layout->addWidget(m_buttons);

    load();
    setMinimumWidth(520);
}

QWidget* SettingsDialog::createGeneralGroup()
{
    auto* group = new QGroupBox(tr("General"), this);
    m_language = new QComboBox(group);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("System default"), QString());
    for (const QString& code : AppSettings::languages())
        m_language->addItem(AppSettings::nativeLanguageName(code), code);
    m_language->setAccessibleDescription(tr("The language Credfolio speaks. Applies the next time Credfolio starts."));

    m_online = new QCheckBox(tr("Allow &online checks"), group);
    m_online->setObjectName(QStringLiteral("onlineChecksBox"));
    m_online->setToolTip(tr("Fetch hosted badges, issuer keys, revocation lists and badge images over HTTPS"));
    m_online->setAccessibleDescription(m_online->toolTip());

    auto* form = new QFormLayout(group);
    auto* languageLabel = new QLabel(tr("&Language:"), group);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);
    form->addRow(QString(), noteLabel(tr("A new language applies the next time Credfolio starts."), group));
    form->addRow(m_online);
    form->addRow(QString(),
        noteLabel(
            tr("When off, badges are verified with what they carry and what Credfolio bundles; nothing is fetched."), group));
    return group;
}

QWidget* SettingsDialog::createExportGroup()
{
    auto* group = new QGroupBox(tr("Exports"), this);
    m_layout = new QComboBox(group);
    m_layout->setObjectName(QStringLiteral("exportLayoutBox"));
    m_layout->addItem(tr("Compact"), QStringLiteral("compact"));
    m_layout->addItem(tr("Detailed"), QStringLiteral("detailed"));
    m_layout->setAccessibleDescription(tr("The layout an export starts with"));

    m_paper = new QComboBox(group);
    m_paper->setObjectName(QStringLiteral("exportPaperBox"));
    m_paper->addItem(tr("From the system's region"), QString());
    m_paper->addItem(tr("A4"), QStringLiteral("a4"));
    m_paper->addItem(tr("US Letter"), QStringLiteral("letter"));

    m_pdfa = new QCheckBox(tr("Archi&val PDF (PDF/A)"), group);
    m_pdfa->setObjectName(QStringLiteral("exportPdfaBox"));
    m_pdfa->setAccessibleDescription(tr("Export PDFs in the PDF/A archival format by default"));

    auto* form = new QFormLayout(group);
    auto* layoutLabel = new QLabel(tr("La&yout:"), group);
    layoutLabel->setBuddy(m_layout);
    auto* paperLabel = new QLabel(tr("&Paper size:"), group);
    paperLabel->setBuddy(m_paper);
    form->addRow(layoutLabel, m_layout);
    form->addRow(paperLabel, m_paper);
    form->addRow(m_pdfa);
    form->addRow(QString(), noteLabel(tr("The defaults each export starts with; you can change them per export."), group));
    return group;
}

QWidget* SettingsDialog::createPortfolioGroup()
{
    auto* group = new QGroupBox(tr("Portfolio"), this);
    m_path = new QLineEdit(group);
    m_path->setObjectName(QStringLiteral("portfolioPathEdit"));
    m_path->setPlaceholderText(Database::defaultPath());
    m_path->setClearButtonEnabled(true);
    m_path->setAccessibleDescription(tr("The portfolio file Credfolio opens; empty for the default location"));
    connect(m_path, &QLineEdit::textChanged, this, &SettingsDialog::updateEffectivePath);

    m_browse = new QPushButton(tr("&Browse…"), group);
    m_browse->setObjectName(QStringLiteral("portfolioBrowseButton"));
    m_browse->setAccessibleDescription(tr("Choose the portfolio file"));
    connect(m_browse, &QPushButton::clicked, this, &SettingsDialog::browsePortfolio);
    m_reset = new QPushButton(tr("&Reset"), group);
    m_reset->setObjectName(QStringLiteral("portfolioResetButton"));
    m_reset->setAccessibleDescription(tr("Use the default location again"));
    connect(m_reset, &QPushButton::clicked, m_path, &QLineEdit::clear);

    auto* pathLabel = new QLabel(tr("Portfolio &file:"), group);
    pathLabel->setBuddy(m_path);
    auto* row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(m_browse);
    row->addWidget(m_reset);

    m_effective = noteLabel(QString(), group);
    m_effective->setObjectName(QStringLiteral("effectivePortfolioPath"));
    m_effective->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(group);
    layout->addWidget(pathLabel);
    layout->addLayout(row);
    layout->addWidget(m_effective);
    return group;
}

void SettingsDialog::load()
{
    m_language->setCurrentIndex(qMax(0, m_language->findData(AppSettings::language())));
    m_online->setChecked(AppSettings::onlineChecks());
    m_layout->setCurrentIndex(qMax(0, m_layout->findData(AppSettings::exportLayout())));
    m_paper->setCurrentIndex(qMax(0, m_paper->findData(AppSettings::exportPaper())));
    m_pdfa->setChecked(AppSettings::exportPdfa());
    m_path->setText(QDir::toNativeSeparators(AppSettings::portfolioPath()));
    updateEffectivePath();
}

void SettingsDialog::setCurrentPortfolio(const QString& path)
{
    m_current = path;
    updateEffectivePath();
}

void SettingsDialog::apply()
{
    AppSettings::setLanguage(m_language->currentData().toString());
    AppSettings::setOnlineChecks(m_online->isChecked());
    AppSettings::setExportLayout(m_layout->currentData().toString());
    AppSettings::setExportPaper(m_paper->currentData().toString());
    AppSettings::setExportPdfa(m_pdfa->isChecked());
    const QString path = m_path->text().trimmed();
    AppSettings::setPortfolioPath(path.isEmpty() ? QString() : QDir::fromNativeSeparators(path));
}

void SettingsDialog::browsePortfolio()
{
    const QString current = m_path->text().trimmed().isEmpty() ? Database::defaultPath() : m_path->text().trimmed();
    // An existing portfolio or the name of a new one: no overwrite question, nothing is overwritten.
    const QString path = QFileDialog::getSaveFileName(this, tr("Portfolio File"), current,
        tr("Credfolio portfolio (*.sqlite);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

void SettingsDialog::updateEffectivePath()
{
    const QString fromEnv = qEnvironmentVariable("CREDFOLIO_DB");
    const QString chosen = QDir::fromNativeSeparators(m_path->text().trimmed());
    const QString next = !fromEnv.isEmpty() ? fromEnv : chosen.isEmpty() ? Database::defaultPath() : chosen;
    QString text = !fromEnv.isEmpty()
        ? tr("The CREDFOLIO_DB environment variable chooses the portfolio for now: %1").arg(QDir::toNativeSeparators(fromEnv))
        : tr("Credfolio opens %1. A change applies the next time Credfolio starts.").arg(QDir::toNativeSeparators(next));
    // Started with --db, the window may have another portfolio open than the one named here.
    if (!m_current.isEmpty() && QFileInfo(m_current).absoluteFilePath() != QFileInfo(next).absoluteFilePath())
        text += QLatin1Char(' ') + tr("This window has %1 open.").arg(QDir::toNativeSeparators(m_current));
    m_effective->setText(text);
}

} // namespace credfolio
