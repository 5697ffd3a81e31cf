#include "export/FilesExportDialog.h"

#include "export/FilesExport.h"
#include "portfolio/BadgeStore.h"
#include "storage/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace credfolio {

namespace {
const QString LastFolderKey = QStringLiteral("Export/lastFilesFolder");
}

FilesExportDialog::FilesExportDialog(Database& db, const QList<qint64>& selectedBadges, QWidget* parent)
    : QDialog(parent), m_db(db), m_selectedIds(selectedBadges)
{
    setObjectName(QStringLiteral("filesExportDialog"));
    setWindowTitle(tr("Export Badge Files"));

    auto* intro = new QLabel(tr("Writes each badge's original file, unchanged, and a manifest.json listing them with "
                                "their status and SHA-256, into a new or empty folder."),
        this);
    intro->setWordWrap(true);

    m_all = new QRadioButton(tr("&All badges (without the samples)"), this);
    m_all->setObjectName(QStringLiteral("exportAll"));
    m_all->setAccessibleName(tr("Export all badges"));
    m_byCollection = new QRadioButton(tr("A &collection:"), this);
    m_byCollection->setObjectName(QStringLiteral("exportCollection"));
    m_byCollection->setAccessibleName(tr("Export a collection"));
    m_collection = new QComboBox(this);
    m_collection->setObjectName(QStringLiteral("exportCollectionBox"));
    m_collection->setAccessibleName(tr("Collection to export"));
    for (const Collection& c : BadgeStore(m_db.connection()).collections())
        m_collection->addItem(tr("%1 (%n badge(s))", nullptr, c.badgeCount).arg(c.name), c.name);
    m_selected = new QRadioButton(tr("The %n badge(s) &selected in the Portfolio", nullptr, int(m_selectedIds.size())), this);
    m_selected->setObjectName(QStringLiteral("exportSelected"));
    m_selected->setAccessibleName(tr("Export the selected badges"));
    m_selected->setEnabled(!m_selectedIds.isEmpty());
    m_byCollection->setEnabled(m_collection->count() > 0);
    m_collection->setEnabled(false);
    (m_selectedIds.size() > 1 ? m_selected : m_all)->setChecked(true);

    auto* collectionRow = new QHBoxLayout;
    collectionRow->addWidget(m_byCollection);
    collectionRow->addWidget(m_collection, 1);

    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("exportFolder"));
    m_folder->setAccessibleName(tr("Folder to export into"));
    m_folder->setPlaceholderText(tr("A new or empty folder"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("exportBrowse"));
    m_browse->setAccessibleName(tr("Choose the folder"));
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto* folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("exportError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(bright-text); background: #c62828; padding: 6px; border-radius: 3px;"));
    m_error->setAccessibleName(tr("Export problem"));
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setAccessibleName(tr("Export the badge files"));
    exportButton->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel the export"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_all);
    layout->addLayout(collectionRow);
    layout->addWidget(m_selected);
    layout->addSpacing(8);
    layout->addWidget(folderLabel);
    layout->addLayout(folderRow);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &FilesExportDialog::chooseFolder);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FilesExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_byCollection, &QRadioButton::toggled, this, &FilesExportDialog::updateState);
    connect(m_folder, &QLineEdit::textChanged, this, &FilesExportDialog::updateState);
    updateState();
    resize(520, sizeHint().height());
}

ExportSelection FilesExportDialog::selection() const
{
    ExportSelection s;
    if (m_byCollection->isChecked())
        s.collection = m_collection->currentData().toString();
    else if (m_selected->isChecked())
        s.badgeIds = m_selectedIds;
    return s;
}

QString FilesExportDialog::folder() const
{
    return m_folder->text().trimmed();
}

void FilesExportDialog::setFolder(const QString& folder)
{
    m_folder->setText(folder);
}

void FilesExportDialog::updateState()
{
    m_collection->setEnabled(m_byCollection->isChecked());
    for (QAbstractButton* b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(!folder().isEmpty());
    }
}

void FilesExportDialog::chooseFolder()
{
    QSettings settings;
    const QString start = folder().isEmpty() ? settings.value(LastFolderKey, QDir::homePath()).toString() : folder();
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Folder for the Badge Files"), start);
    if (chosen.isEmpty())
        return;
    settings.setValue(LastFolderKey, chosen);
    m_folder->setText(chosen);
}

void FilesExportDialog::accept()
{
    m_error->hide();
    const BadgeStore store(m_db.connection());
    const auto badges = resolveSelection(store, selection());
    Status problem;
    if (!badges) {
        problem = Status::failure(badges.error());
    } else if (Status target = FilesExport::checkTarget(folder()); !target) {
        problem = target;
    } else {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const auto written = FilesExport::write(store, badges.value(), folder());
        QGuiApplication::restoreOverrideCursor();
        if (!written) {
            problem = Status::failure(written.error());
        } else {
            m_result = tr("Exported %n badge file(s) with manifest.json to %1.", nullptr, written->files)
                           .arg(QDir::toNativeSeparators(written->directory));
            if (written->listedWithoutFile > 0)
                m_result += QLatin1Char(' ')
                    + tr("%n self-reported credential(s) are listed in the manifest without a file.", nullptr,
                        written->listedWithoutFile);
            QDialog::accept();
            return;
        }
    }
    m_error->setText(problem.error());
    m_error->setAccessibleDescription(problem.error());
    m_error->show();
}

} // namespace credfolio
