#pragma once

#include "portfolio/BadgeImporter.h"
#include "portfolio/BadgeStore.h"

#include <QList>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QComboBox;
class QThread;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QSplitter;

namespace credfolio {

class BadgeDetailPane;
class BadgeImportJob;
class BadgeListModel;
class Database;
class Resolver;

// The wallet: the learner's badges as a grid of cards with search, filters, sort and
// collections, the selected badge's details beside it, and imports with progress.
class PortfolioView : public QWidget {
    Q_OBJECT

public:
    explicit PortfolioView(Database& db, QWidget* parent = nullptr);
    ~PortfolioView() override;

    // How badges are verified (import, re-verify). The window supplies the learner's
    // identities and the online setting; tests supply a resolver and a time.
    using VerifyOptionsProvider = std::function<VerifyOptions()>;
    void setVerifyOptionsProvider(VerifyOptionsProvider provider) { m_verifyOptions = std::move(provider); }
    VerifyOptions verifyOptions() const;
    // Whether verification may fetch documents over HTTPS (hosted badges, keys, status
    // lists, dropped links). Remembered in the settings; off by default.
    bool onlineChecks() const;
    void setOnlineChecks(bool allowed);

    // Imports files and folders off the UI thread, with progress and a summary at the end.
    void importPaths(const QStringList& paths, bool keepInvalid = false);
    // Imports pasted or downloaded bytes (a JWT or JSON from the clipboard).
    void importBytes(const QByteArray& bytes, const QString& name);
    bool isImporting() const;
    void cancelImport();
    // Blocks until a running import ended (tests, shutdown).
    void waitForImport();
    // The outcomes of the last finished import.
    const std::vector<ImportOutcome>& lastOutcomes() const { return m_lastOutcomes; }
    // Show a summary dialog after imports (tests switch it off).
    void setShowSummary(bool show) { m_showSummary = show; }

    void refresh();
    void selectBadge(qint64 id);
    qint64 selectedBadge() const;
    QList<qint64> selectedBadges() const; // every selected badge, in view order
    // Verify stored badges again, off the UI thread; the view refreshes when done.
    void reverify(qint64 id);
    void reverifyAll();
    bool isReverifying() const;
    // Blocks until a running re-verification ended and its result is shown (tests).
    void waitForReverify();
    // Deletes after asking (ask = false for tests); undoDelete() puts the last one back.
    void deleteBadge(qint64 id, bool ask = true);
    bool canUndoDelete() const { return !m_deleted.isEmpty(); }
    void undoDelete();
    void saveOriginal(qint64 id);
    void addSelfReported();
    void editProfile();
    // Makes the learner's signing key (keychain, or a passphrase file where none answers);
    // returns its did:key, or empty when it was not made.
    QString createSigningKey(QWidget* parent);
    void newCollection(const QList<qint64>& badgeIds = {});
    void installSamples();
    void removeSamples();
    void focusSearch();

    BadgeListModel* model() const { return m_model; }
    QListView* grid() const { return m_grid; }
    BadgeDetailPane* detailPane() const { return m_details; }
    QSplitter* splitter() const { return m_splitter; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* cancelButton() const { return m_cancel; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* stateFilter() const { return m_state; }
    QComboBox* collectionFilter() const { return m_collection; }
    QWidget* emptyState() const { return m_emptyState; }
    QWidget* samplesBanner() const { return m_samplesBanner; }

signals:
    // Badges were added, removed or re-verified (progress toward microcredentials may change).
    void portfolioChanged();
    void importFinished();
    void message(const QString& text, bool error, const QString& details);
    void undoAvailabilityChanged(bool available);

private:
    QWidget* createFilterBar();
    QWidget* createImportBar();
    QWidget* createEmptyState();
    QWidget* createSamplesBanner();
    void applyFilters();
    void reloadFilterChoices();
    void updatePlaceholders();
    void showSelected();
    void onImportFinished();
    void showCollectionsMenu(qint64 id);
    void onlineChecksChanged(bool allowed);
    // Online checks on: fetches achievement images given as https URLs, off the UI thread,
    // into the portfolio's image cache.
    void fetchMissingImages();
    void reverifyBadges(const QList<qint64>& ids);
    void onReverified(
        const QList<qint64>& ids, const QList<QPair<qint64, BadgeState>>& before, const QList<Result<BadgeRecord>>& results);

    Database& m_db;
    BadgeListModel* m_model = nullptr;
    QListView* m_grid = nullptr;
    BadgeDetailPane* m_details = nullptr;
    QSplitter* m_splitter = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_state = nullptr;
    QComboBox* m_issuer = nullptr;
    QComboBox* m_skill = nullptr;
    QComboBox* m_year = nullptr;
    QComboBox* m_collection = nullptr;
    QComboBox* m_sort = nullptr;
    QWidget* m_importBar = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressLabel = nullptr;
    QPushButton* m_cancel = nullptr;
    QWidget* m_emptyState = nullptr;
    QWidget* m_samplesBanner = nullptr;
    QLabel* m_count = nullptr;
    std::unique_ptr<BadgeImportJob> m_job;
    std::unique_ptr<Resolver> m_network;
    QThread* m_imageThread = nullptr;
    QThread* m_reverifyThread = nullptr;
    std::atomic_bool m_stopImages{false};
    std::vector<ImportOutcome> m_lastOutcomes;
    QList<DeletedBadge> m_deleted;
    VerifyOptionsProvider m_verifyOptions;
    bool m_showSummary = true;
    bool m_lastKeepInvalid = false;
};

} // namespace credfolio
