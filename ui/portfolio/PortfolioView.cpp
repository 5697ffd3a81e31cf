#include "portfolio/PortfolioView.h"

#include "identity/PassphraseDialog.h"
#include "net/NetworkResolver.h"
#include "portfolio/BadgeCardDelegate.h"
#include "portfolio/BadgeDetailPane.h"
#include "portfolio/BadgeImportJob.h"
#include "portfolio/BadgeListModel.h"
#include "portfolio/LearnerProfile.h"
#include "portfolio/PortfolioDialogs.h"
#include "portfolio/SampleBadges.h"
#include "portfolio/SigningIdentity.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"
#include "widgets/FlowLayout.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QThread>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace credfolio {

namespace {
const QString SaveDirKey = QStringLiteral("Portfolio/lastSaveDir");
} // namespace

PortfolioView::PortfolioView(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("portfolioView"));
    m_model = new BadgeListModel(m_db, this);

    m_grid = new QListView(this);
    m_grid->setObjectName(QStringLiteral("badgeGrid"));
    m_grid->setAccessibleName(tr("Badges"));
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setUniformItemSizes(true);
    m_grid->setGridSize(BadgeCardDelegate::cardSize());
    m_grid->setSpacing(0);
    m_grid->setWordWrap(true);
    m_grid->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_grid->setItemDelegate(new BadgeCardDelegate(m_grid));
    m_grid->setModel(m_model);
    m_grid->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this, &PortfolioView::showSelected);
    connect(m_grid, &QListView::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_grid->indexAt(pos);
        if (const BadgeRecord* r = m_model->recordAt(index.row())) {
            QMenu menu(this);
            menu.addAction(tr("Re-verify"), this, [this, id = r->id] { reverify(id); });
            menu.addAction(tr("Save Original…"), this, [this, id = r->id] { saveOriginal(id); });
            menu.addSeparator();
            menu.addAction(tr("Delete…"), this, [this, id = r->id] { deleteBadge(id); });
            menu.exec(m_grid->viewport()->mapToGlobal(pos));
        }
    });

    m_details = new BadgeDetailPane(this);
    connect(m_details, &BadgeDetailPane::reverifyRequested, this, &PortfolioView::reverify);
    connect(m_details, &BadgeDetailPane::saveRequested, this, &PortfolioView::saveOriginal);
    connect(m_details, &BadgeDetailPane::deleteRequested, this, [this](qint64 id) { deleteBadge(id); });
    connect(m_details, &BadgeDetailPane::collectionsMenuRequested, this, &PortfolioView::showCollectionsMenu);
    connect(m_details, &BadgeDetailPane::saveAttachmentRequested, this, [this](qint64 id, int index) {
        const auto detail = BadgeStore(m_db.connection()).detail(id);
        if (!detail || index < 0 || index >= detail->attachments.size())
            return;
        const BadgeAttachment& a = detail->attachments.at(index);
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Attachment"), a.fileName);
        if (path.isEmpty())
            return;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(a.bytes) < 0 || !file.commit())
            emit message(tr("%1 could not be saved: %2").arg(path, file.errorString()), true, {});
    });

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("portfolioSplitter"));
    m_splitter->addWidget(m_grid);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    m_emptyState = createEmptyState();
    m_samplesBanner = createSamplesBanner();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createFilterBar());
    layout->addWidget(createImportBar());
    layout->addWidget(m_samplesBanner);
    layout->addWidget(m_emptyState, 1);
    layout->addWidget(m_splitter, 1);

    m_verifyOptions = [this] {
        VerifyOptions options;
        if (onlineChecks()) {
            if (!m_network)
                m_network = std::make_unique<NetworkResolver>();
            options.resolver = m_network.get();
            options.online = true;
        }
        if (const auto profile = LearnerProfile::load(m_db.connection())) {
            options.recipientIdentities = profile->identities();
            options.recipientMismatchFails = false;
        }
        return options;
    };
    connect(AppSettings::instance(), &AppSettings::onlineChecksChanged, this, &PortfolioView::onlineChecksChanged);
    reloadFilterChoices();
    updatePlaceholders();
}

PortfolioView::~PortfolioView()
{
    if (m_reverifyThread) {
        m_reverifyThread->wait();
        delete m_reverifyThread;
    }
    if (m_imageThread) {
        m_stopImages.store(true);
        m_imageThread->wait();
    }
    if (m_job) {
        m_job->cancel();
        m_job->wait();
    }
}

QWidget* PortfolioView::createFilterBar()
{
    auto* bar = new QWidget(this);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("badgeSearch"));
    m_search->setPlaceholderText(tr("Search badges: name, issuer, skill…"));
    m_search->setAccessibleName(tr("Search badges"));
    m_search->setClearButtonEnabled(true);
    const auto combo = [bar](const QString& name, const QString& accessible) {
        auto* c = new QComboBox(bar);
        c->setObjectName(name);
        c->setAccessibleName(accessible);
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        c->setMaximumWidth(220);
        return c;
    };
    m_state = combo(QStringLiteral("badgeStateFilter"), tr("Status"));
    m_state->addItem(tr("Any status"), -1);
    for (BadgeState s : {BadgeState::Verified, BadgeState::NotVerified, BadgeState::Invalid, BadgeState::Expired,
             BadgeState::Revoked, BadgeState::SelfReported})
        m_state->addItem(badgeStateLabel(s), int(s));
    m_issuer = combo(QStringLiteral("badgeIssuerFilter"), tr("Issuer"));
    m_skill = combo(QStringLiteral("badgeSkillFilter"), tr("Skill"));
    m_year = combo(QStringLiteral("badgeYearFilter"), tr("Year issued"));
    m_collection = combo(QStringLiteral("badgeCollectionFilter"), tr("Collection"));
    m_sort = combo(QStringLiteral("badgeSort"), tr("Sort by"));
    m_sort->addItem(tr("Newest first"), int(BadgeQuery::Sort::Newest));
    m_sort->addItem(tr("Oldest first"), int(BadgeQuery::Sort::Oldest));
    m_sort->addItem(tr("Name"), int(BadgeQuery::Sort::Name));
    m_sort->addItem(tr("Issuer"), int(BadgeQuery::Sort::Issuer));
    m_sort->addItem(tr("Status"), int(BadgeQuery::Sort::Status));
    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("badgeCount"));

    connect(m_search, &QLineEdit::textChanged, this, &PortfolioView::applyFilters);
    for (QComboBox* c : {m_state, m_issuer, m_skill, m_year, m_collection, m_sort})
        connect(c, &QComboBox::currentIndexChanged, this, &PortfolioView::applyFilters);

    // The search field on its own row, the filters below it wrapping onto a second line in a
    // narrow window (or at large scaling) rather than being squeezed until their text is cut.
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_count);
    auto* filters = new QWidget(bar);
    auto* flow = new FlowLayout(filters);
    flow->setContentsMargins(0, 0, 0, 0);
    for (QComboBox* c : {m_state, m_issuer, m_skill, m_year, m_collection, m_sort})
        flow->addWidget(c);
    auto* layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->addLayout(searchRow);
    layout->addWidget(filters);
    return bar;
}

QWidget* PortfolioView::createImportBar()
{
    m_importBar = new QWidget(this);
    m_importBar->setObjectName(QStringLiteral("importBar"));
    m_progressLabel = new QLabel(m_importBar);
    m_progress = new QProgressBar(m_importBar);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_cancel = new QPushButton(tr("Cancel"), m_importBar);
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancel->setToolTip(tr("Stop importing; badges already imported stay"));
    connect(m_cancel, &QPushButton::clicked, this, &PortfolioView::cancelImport);
    auto* layout = new QHBoxLayout(m_importBar);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_cancel);
    m_importBar->hide();
    return m_importBar;
}

QWidget* PortfolioView::createEmptyState()
{
    auto* box = new QWidget(this);
    box->setObjectName(QStringLiteral("portfolioEmptyState"));
    auto* title = new QLabel(tr("<h2>Your badges live here</h2>"), box);
    auto* text = new QLabel(tr("Drop badge files or whole folders anywhere on this window — baked PNG or SVG images, "
                               "JSON, or JWT files — or paste a badge with Ctrl+V. Credfolio checks each one's "
                               "signature, issuer, dates and revocation, and keeps the original safe."),
        box);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    auto* import = new QPushButton(tr("&Import Badges…"), box);
    import->setObjectName(QStringLiteral("emptyImportButton"));
    connect(import, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Import Badges"), QString(), tr("Badge files (*.png *.svg *.json *.jws *.jwt *.txt);;All files (*)"));
        if (!files.isEmpty())
            importPaths(files);
    });
    auto* samples = new QPushButton(tr("Explore with &Sample Badges"), box);
    samples->setObjectName(QStringLiteral("installSamplesButton"));
    samples->setToolTip(tr("Adds three sample badges from a fictional academy; remove them in one step later"));
    connect(samples, &QPushButton::clicked, this, &PortfolioView::installSamples);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(import);
    buttons->addWidget(samples);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(box);
    layout->addStretch();
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(text);
    layout->addLayout(buttons);
    layout->addStretch(2);
    return box;
}

QWidget* PortfolioView::createSamplesBanner()
{
    auto* banner = new QWidget(this);
    banner->setObjectName(QStringLiteral("samplesBanner"));
    auto* text =
        new QLabel(tr("You are looking at sample badges from a fictional academy. They are not real achievements."), banner);
    text->setWordWrap(true);
    auto* remove = new QPushButton(tr("&Remove Samples"), banner);
    remove->setObjectName(QStringLiteral("removeSamplesButton"));
    connect(remove, &QPushButton::clicked, this, &PortfolioView::removeSamples);
    auto* layout = new QHBoxLayout(banner);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(text, 1);
    layout->addWidget(remove);
    banner->setAutoFillBackground(true);
    banner->setStyleSheet(QStringLiteral("QWidget#samplesBanner { background: rgba(94, 53, 177, 40); border-radius: 4px; }"));
    return banner;
}

bool PortfolioView::onlineChecks() const
{
    return AppSettings::onlineChecks();
}

void PortfolioView::setOnlineChecks(bool allowed)
{
    // The view hears back through onlineChecksChanged, as the menu and the Settings dialog do.
    AppSettings::setOnlineChecks(allowed);
}

void PortfolioView::onlineChecksChanged(bool allowed)
{
    if (allowed)
        fetchMissingImages();
    emit message(allowed ? tr("Online checks are on: verification may fetch hosted badges, keys and revocation lists over HTTPS.")
                         : tr("Online checks are off: badges are verified with what they carry and what Credfolio bundles."),
        false, {});
}

VerifyOptions PortfolioView::verifyOptions() const
{
    return m_verifyOptions ? m_verifyOptions() : VerifyOptions{};
}

void PortfolioView::reloadFilterChoices()
{
    const BadgeStore store(m_db.connection());
    const auto refill = [](QComboBox* combo, const QString& any, const QList<QPair<QString, QVariant>>& items) {
        const QVariant current = combo->currentData();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(any, QVariant());
        for (const auto& [text, data] : items)
            combo->addItem(text, data);
        const int index = combo->findData(current);
        combo->setCurrentIndex(index >= 0 ? index : 0);
    };
    QList<QPair<QString, QVariant>> issuers;
    for (const QString& i : store.issuers())
        issuers.append({i, i});
    refill(m_issuer, tr("Any issuer"), issuers);
    QList<QPair<QString, QVariant>> skills;
    for (const QString& s : store.skillLabels())
        skills.append({s, s});
    refill(m_skill, tr("Any skill"), skills);
    QList<QPair<QString, QVariant>> years;
    for (int y : store.years())
        years.append({QString::number(y), y});
    refill(m_year, tr("Any year"), years);
    QList<QPair<QString, QVariant>> collections;
    for (const Collection& c : store.collections())
        collections.append({tr("%1 (%2)").arg(c.name).arg(c.badgeCount), c.id});
    refill(m_collection, tr("All badges"), collections);
}

void PortfolioView::applyFilters()
{
    BadgeQuery q;
    q.text = m_search->text();
    if (const int s = m_state->currentData().toInt(); s >= 0)
        q.state = BadgeState(s);
    q.issuer = m_issuer->currentData().toString();
    q.skill = m_skill->currentData().toString();
    q.year = m_year->currentData().toInt();
    q.collectionId = m_collection->currentData().toLongLong();
    q.sort = BadgeQuery::Sort(m_sort->currentData().toInt());
    const qint64 selected = selectedBadge();
    m_model->setQuery(q);
    if (selected)
        selectBadge(selected);
    updatePlaceholders();
}

void PortfolioView::refresh()
{
    reloadFilterChoices();
    applyFilters();
    fetchMissingImages();
    if (m_details->badgeId()) {
        if (const auto d = BadgeStore(m_db.connection()).detail(m_details->badgeId()))
            m_details->showBadge(*d);
        else
            m_details->clear(BadgeStore(m_db.connection()).learnerSkills());
    } else {
        m_details->clear(BadgeStore(m_db.connection()).learnerSkills());
    }
}

void PortfolioView::updatePlaceholders()
{
    const BadgeStore store(m_db.connection());
    const int total = store.count();
    m_emptyState->setVisible(total == 0);
    m_splitter->setVisible(total > 0);
    m_samplesBanner->setVisible(store.sampleCount() > 0);
    m_count->setText(
        m_model->rowCount() == total ? tr("%n badge(s)", nullptr, total) : tr("%1 of %2").arg(m_model->rowCount()).arg(total));
}

void PortfolioView::showSelected()
{
    const BadgeRecord* r = m_model->recordAt(m_grid->currentIndex().row());
    if (!r) {
        m_details->clear(BadgeStore(m_db.connection()).learnerSkills());
        return;
    }
    if (const auto d = BadgeStore(m_db.connection()).detail(r->id))
        m_details->showBadge(*d);
}

void PortfolioView::selectBadge(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row);
    m_grid->setCurrentIndex(index);
    m_grid->scrollTo(index);
    showSelected();
}

qint64 PortfolioView::selectedBadge() const
{
    const BadgeRecord* r = m_model->recordAt(m_grid->currentIndex().row());
    return r ? r->id : 0;
}

QList<qint64> PortfolioView::selectedBadges() const
{
    QList<qint64> ids;
    QModelIndexList indexes = m_grid->selectionModel()->selectedIndexes();
    std::sort(indexes.begin(), indexes.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : indexes) {
        if (const BadgeRecord* r = m_model->recordAt(index.row()))
            ids.append(r->id);
    }
    return ids;
}

void PortfolioView::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void PortfolioView::importBytes(const QByteArray& bytes, const QString& name)
{
    BadgeImporter importer(m_db.connection());
    const PreparedBadge prepared = BadgeImporter::prepare(bytes, name, verifyOptions());
    ImportOutcome outcome = importer.store(prepared, false);
    if (outcome.result == ImportOutcome::Result::Refused) {
        const auto answer = QMessageBox::question(this, tr("Badge Failed Verification"),
            tr("%1\n\nKeep it anyway? It will stay marked invalid everywhere.").arg(outcome.message),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes)
            outcome = importer.store(prepared, true);
    }
    m_lastOutcomes = {outcome};
    refresh();
    if (outcome.id)
        selectBadge(outcome.id);
    emit portfolioChanged();
    switch (outcome.result) {
    case ImportOutcome::Result::Imported:
        emit message(tr("Imported \"%1\": %2.").arg(outcome.name, badgeStateLabel(outcome.state)), false, {});
        break;
    case ImportOutcome::Result::Duplicate:
        emit message(tr("This badge is already in your portfolio."), false, {});
        break;
    case ImportOutcome::Result::Refused:
        emit message(tr("Not imported: %1").arg(outcome.message), true, {});
        break;
    case ImportOutcome::Result::Error:
        emit message(tr("The pasted text is not a badge: %1").arg(outcome.message), true, {});
        break;
    }
}

void PortfolioView::deleteBadge(qint64 id, bool ask)
{
    BadgeStore store(m_db.connection());
    const auto record = store.record(id);
    if (!record)
        return;
    if (ask
        && QMessageBox::question(this, tr("Delete Badge"),
               tr("Delete \"%1\" from your portfolio? You can undo this with Edit > Undo Delete until you quit.")
                   .arg(record->name),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return;
    Result<DeletedBadge> deleted = store.remove(id);
    if (!deleted) {
        emit message(deleted.error(), true, {});
        return;
    }
    m_deleted.append(std::move(deleted).value());
    m_details->clear();
    refresh();
    emit portfolioChanged();
    emit undoAvailabilityChanged(true);
    emit message(tr("Deleted \"%1\". Undo with Ctrl+Z.").arg(record->name), false, {});
}

void PortfolioView::undoDelete()
{
    if (m_deleted.isEmpty())
        return;
    const DeletedBadge last = m_deleted.takeLast();
    if (Status s = BadgeStore(m_db.connection()).restore(last); !s)
        emit message(s.error(), true, {});
    refresh();
    selectBadge(last.detail.record.id);
    emit portfolioChanged();
    emit undoAvailabilityChanged(!m_deleted.isEmpty());
}

void PortfolioView::saveOriginal(qint64 id)
{
    const BadgeStore store(m_db.connection());
    const auto record = store.record(id);
    if (!record)
        return;
    QSettings settings;
    const QString suggested = QDir(settings.value(SaveDirKey).toString()).filePath(record->fileName);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Original Badge File"), suggested);
    if (path.isEmpty())
        return;
    settings.setValue(SaveDirKey, QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(store.original(id)) < 0 || !file.commit()) {
        emit message(tr("%1 could not be saved: %2").arg(path, file.errorString()), true, {});
        return;
    }
    emit message(tr("Saved the original file to %1.").arg(path), false, {});
}

void PortfolioView::addSelfReported()
{
    SelfReportedDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    BadgeImporter importer(m_db.connection());
    const Result<qint64> id = importer.addSelfReported(dialog.entry());
    if (!id) {
        emit message(id.error(), true, {});
        return;
    }
    refresh();
    selectBadge(id.value());
    emit portfolioChanged();
}

void PortfolioView::editProfile()
{
    const auto loaded = LearnerProfile::load(m_db.connection());
    ProfileDialog dialog(loaded ? loaded.value() : LearnerProfile{}, this);
    dialog.setSigningKey(SigningIdentity(m_db.connection()).did(), [this, &dialog] { return createSigningKey(&dialog); });
    while (dialog.exec() == QDialog::Accepted) {
        const Status s = dialog.profile().save(m_db.connection());
        if (s) {
            emit message(tr("Profile saved. Re-verify your badges to check their recipients against it."), false, {});
            return;
        }
        QMessageBox::warning(this, dialog.windowTitle(), s.error());
    }
}

QString PortfolioView::createSigningKey(QWidget* parent)
{
    SigningIdentity identity(m_db.connection());
    LearnerKeys::Loaded loaded = identity.obtain();
    if (!loaded && loaded.failure() == LearnerKeys::Failure::KeychainUnavailable) {
        // No keychain service answered: say so plainly and offer the passphrase file.
        PassphraseDialog ask(PassphraseDialog::Mode::Create, parent);
        ask.setExplanation(loaded.error());
        ask.setCheck([&](const QString& passphrase) {
            loaded = identity.obtain(passphrase, LearnerKeys::Store::PassphraseFile);
            return loaded ? QString() : loaded.error();
        });
        if (ask.exec() != QDialog::Accepted)
            return {};
    }
    if (!loaded) {
        QMessageBox::warning(parent, tr("Signing Key"), loaded.error());
        return {};
    }
    return identity.did();
}

void PortfolioView::newCollection(const QList<qint64>& badgeIds)
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("New Collection"), tr("Name (for example, the job you apply for):"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    BadgeStore store(m_db.connection());
    const Result<qint64> id = store.createCollection(name);
    if (!id) {
        emit message(id.error(), true, {});
        return;
    }
    if (!badgeIds.isEmpty())
        store.addToCollection(id.value(), badgeIds);
    refresh();
}

void PortfolioView::showCollectionsMenu(qint64 id)
{
    BadgeStore store(m_db.connection());
    const auto detail = store.detail(id);
    if (!detail)
        return;
    QMenu menu(this);
    for (const Collection& c : store.collections()) {
        QAction* action = menu.addAction(c.name);
        action->setCheckable(true);
        action->setChecked(detail->collections.contains(c.name));
        connect(action, &QAction::toggled, this, [this, cid = c.id, id](bool on) {
            BadgeStore s(m_db.connection());
            const Status st = on ? s.addToCollection(cid, {id}) : s.removeFromCollection(cid, {id});
            if (!st)
                emit message(st.error(), true, {});
        });
    }
    if (!menu.isEmpty())
        menu.addSeparator();
    QList<qint64> selection;
    for (const QModelIndex& index : m_grid->selectionModel()->selectedIndexes()) {
        if (const BadgeRecord* r = m_model->recordAt(index.row()))
            selection.append(r->id);
    }
    if (!selection.contains(id))
        selection = {id};
    menu.addAction(tr("New Collection…"), this, [this, selection] { newCollection(selection); });
    menu.exec(m_details->collectionsButton()->mapToGlobal(QPoint(0, m_details->collectionsButton()->height())));
    m_details->collectionsButton()->setDown(false);
    refresh();
}

void PortfolioView::installSamples()
{
    const Result<int> added = SampleBadges::install(m_db.connection());
    if (!added) {
        emit message(tr("The sample badges could not be added: %1").arg(added.error()), true, {});
        return;
    }
    refresh();
    if (m_model->rowCount() > 0)
        selectBadge(m_model->recordAt(0)->id);
    emit portfolioChanged();
}

void PortfolioView::removeSamples()
{
    const Result<int> removed = SampleBadges::remove(m_db.connection());
    if (!removed) {
        emit message(removed.error(), true, {});
        return;
    }
    m_details->clear();
    refresh();
    emit portfolioChanged();
    emit message(tr("%n sample badge(s) removed.", nullptr, removed.value()), false, {});
}

} // namespace credfolio
