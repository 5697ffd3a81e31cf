#include "portfolio/PortfolioDialogs.h"

#include "portfolio/BadgeRecord.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace credfolio {

namespace {

QString resultWord(const ImportOutcome& o)
{
    switch (o.result) {
    case ImportOutcome::Result::Imported:
        return QCoreApplication::translate("credfolio::ImportSummaryDialog", "Imported");
    case ImportOutcome::Result::Duplicate:
        return QCoreApplication::translate("credfolio::ImportSummaryDialog", "Already in the portfolio");
    case ImportOutcome::Result::Refused:
        return QCoreApplication::translate("credfolio::ImportSummaryDialog", "Failed verification");
    case ImportOutcome::Result::Error:
        return QCoreApplication::translate("credfolio::ImportSummaryDialog", "Not a badge");
    }
    return {};
}

} // namespace

QString ImportSummaryDialog::summaryText(const std::vector<ImportOutcome>& outcomes, bool cancelled)
{
    int counts[4] = {0, 0, 0, 0};
    for (const ImportOutcome& o : outcomes)
        ++counts[int(o.result)];
    QString text = tr("%n badge(s) imported", nullptr, counts[0]);
    if (counts[1])
        text += tr(", %n already in the portfolio", nullptr, counts[1]);
    if (counts[3])
        text += tr(", %n not a badge or unreadable", nullptr, counts[3]);
    if (counts[2])
        text += tr(", %n failed verification and not kept", nullptr, counts[2]);
    text += QLatin1Char('.');
    if (cancelled)
        text += QLatin1Char(' ') + tr("The import was cancelled; the files not reached were not imported.");
    return text;
}

ImportSummaryDialog::ImportSummaryDialog(const std::vector<ImportOutcome>& outcomes, bool cancelled, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import Finished"));
    setObjectName(QStringLiteral("importSummaryDialog"));
    auto* label = new QLabel(summaryText(outcomes, cancelled), this);
    label->setWordWrap(true);
    m_table = new QTreeWidget(this);
    m_table->setAccessibleName(tr("Imported files"));
    m_table->setRootIsDecorated(false);
    m_table->setHeaderLabels({tr("File"), tr("Result"), tr("Status"), tr("Why")});
    m_table->setWordWrap(true);
    for (const ImportOutcome& o : outcomes) {
        auto* item = new QTreeWidgetItem(m_table);
        item->setText(0, QFileInfo(o.file).fileName());
        item->setToolTip(0, o.file);
        item->setText(1, resultWord(o));
        item->setText(2, o.verdict.isEmpty() ? QString() : badgeStateLabel(o.state));
        item->setText(3, o.result == ImportOutcome::Result::Imported ? o.name : o.message);
        item->setToolTip(3, o.message);
        if (o.result == ImportOutcome::Result::Refused)
            m_refused.append(o.file);
    }
    m_table->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (!m_refused.isEmpty()) {
        QPushButton* keep = buttons->addButton(tr("&Keep Invalid Badges Anyway"), QDialogButtonBox::ActionRole);
        keep->setObjectName(QStringLiteral("keepInvalidButton"));
        keep->setToolTip(tr("Store the badges that failed verification; they stay marked invalid everywhere"));
        connect(keep, &QPushButton::clicked, this, [this] {
            m_keep = m_refused;
            accept();
        });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 420);
}

SelfReportedDialog::SelfReportedDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Add Self-Reported Credential"));
    setObjectName(QStringLiteral("selfReportedDialog"));
    auto* intro = new QLabel(tr("For a certificate without verifiable data, such as a course platform's PDF. It will "
                                "always be labelled self-reported."),
        this);
    intro->setWordWrap(true);
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Name"));
    m_issuer = new QLineEdit(this);
    m_issuer->setAccessibleName(tr("Issued by"));
    m_issued = new QDateEdit(QDate::currentDate(), this);
    m_issued->setCalendarPopup(true);
    m_issued->setAccessibleName(tr("Date issued"));
    m_url = new QLineEdit(this);
    m_url->setAccessibleName(tr("Link to the certificate"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_description = new QPlainTextEdit(this);
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_files = new QListWidget(this);
    m_files->setAccessibleName(tr("Attached files"));
    auto* add = new QPushButton(tr("Attach &Files…"), this);
    connect(add, &QPushButton::clicked, this, &SelfReportedDialog::addFiles);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Issued &by:"), m_issuer);
    form->addRow(tr("&Date:"), m_issued);
    form->addRow(tr("&Link:"), m_url);
    form->addRow(tr("D&escription:"), m_description);
    form->addRow(tr("Files:"), m_files);
    form->addRow(QString(), add);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void SelfReportedDialog::addFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach Files"));
    for (const QString& path : paths) {
        QFile file(path);
        if (file.size() > 16LL * 1024 * 1024 || !file.open(QIODevice::ReadOnly)) {
            QMessageBox::warning(
                this, tr("Attach Files"), tr("%1 cannot be attached: it is unreadable or larger than 16 MiB.").arg(path));
            continue;
        }
        BadgeAttachment a;
        a.fileName = QFileInfo(path).fileName();
        a.mediaType = QMimeDatabase().mimeTypeForFile(path).name();
        a.bytes = file.readAll();
        m_attachments.append(a);
        m_files->addItem(a.fileName);
    }
}

SelfReportedEntry SelfReportedDialog::entry() const
{
    SelfReportedEntry e;
    e.name = m_name->text();
    e.issuerName = m_issuer->text();
    e.issued = m_issued->date();
    e.url = m_url->text().trimmed();
    e.description = m_description->toPlainText();
    e.attachments = m_attachments;
    return e;
}

void SelfReportedDialog::accept()
{
    if (m_name->text().trimmed().isEmpty()) {
        QMessageBox::information(this, windowTitle(), tr("Give the credential a name."));
        m_name->setFocus();
        return;
    }
    const QString url = m_url->text().trimmed();
    if (!url.isEmpty() && QUrl(url, QUrl::StrictMode).isRelative()) {
        QMessageBox::information(
            this, windowTitle(), tr("The link must be a full address, like https://example.org/certificate/123."));
        m_url->setFocus();
        return;
    }
    QDialog::accept();
}

ProfileDialog::ProfileDialog(const LearnerProfile& profile, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Your Profile"));
    setObjectName(QStringLiteral("profileDialog"));
    m_name = new QLineEdit(profile.name, this);
    m_name->setAccessibleName(tr("Name"));
    m_headline = new QLineEdit(profile.headline, this);
    m_headline->setAccessibleName(tr("Headline"));
    m_emails = new QPlainTextEdit(profile.emails.join(QLatin1Char('\n')), this);
    m_emails->setAccessibleName(tr("Email addresses, one per line"));
    m_emails->setTabChangesFocus(true);
    m_urls = new QPlainTextEdit(profile.urls.join(QLatin1Char('\n')), this);
    m_urls->setAccessibleName(tr("URLs, one per line"));
    m_urls->setTabChangesFocus(true);
    auto* hint = new QLabel(tr("Badges are issued to an email address or a URL. Credfolio checks each badge's recipient "
                               "against these and flags a badge issued to someone else."),
        this);
    hint->setWordWrap(true);
    m_key = new QLabel(this);
    m_key->setWordWrap(true);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_createKey = new QPushButton(tr("Create &Signing Key"), this);
    m_createKey->setObjectName(QStringLiteral("createSigningKeyButton"));
    m_createKey->setToolTip(tr("Makes the key that signs the portfolios you export; it is kept in your system's keychain"));
    m_createKey->hide();
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_createKey);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Headline:"), m_headline);
    form->addRow(tr("&Emails:"), m_emails);
    form->addRow(tr("&URLs:"), m_urls);
    form->addRow(tr("Signing key:"), keyRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
}

void ProfileDialog::setSigningKey(const QString& did, std::function<QString()> create)
{
    const auto show = [this](const QString& d) {
        m_key->setText(d.isEmpty() ? tr("None yet: it is made the first time you sign an export, or now.") : d);
        m_key->setAccessibleName(tr("Signing key"));
        m_createKey->setVisible(d.isEmpty());
    };
    show(did);
    disconnect(m_createKey, nullptr, this, nullptr);
    connect(m_createKey, &QPushButton::clicked, this, [show, create] {
        const QString made = create();
        if (!made.isEmpty())
            show(made);
    });
}

LearnerProfile ProfileDialog::profile() const
{
    LearnerProfile p;
    p.name = m_name->text();
    p.headline = m_headline->text();
    p.emails = m_emails->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    p.urls = m_urls->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString& e : p.emails)
        e = e.trimmed();
    for (QString& u : p.urls)
        u = u.trimmed();
    p.emails.removeAll(QString());
    p.urls.removeAll(QString());
    return p;
}

} // namespace credfolio
