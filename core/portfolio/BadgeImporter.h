#pragma once

#include "portfolio/BadgeStore.h"
#include "verify/VerificationReport.h"
#include "verify/VerifyOptions.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>

namespace credfolio {

// One file read and verified, ready to be stored. Made on any thread (no database).
struct PreparedBadge {
    QString file; // the path or name the learner knows it by
    QByteArray original;
    QString sha256;
    VerificationReport report;
    QDateTime verifiedAt;
    QString error; // unreadable, or not a badge; the report is then empty
    qint64 knownId = 0; // the bytes were already in the portfolio when prepared (set by the caller)

    bool isError() const { return !error.isEmpty(); }
};

// What happened to one file; the words of `result` are the CLI's ("imported", ...).
struct ImportOutcome {
    enum class Result { Imported, Duplicate, Refused, Error };
    QString file;
    Result result = Result::Error;
    QString verdict; // "valid", "invalid", "indeterminate"; empty for errors
    BadgeState state = BadgeState::NotVerified;
    qint64 id = 0; // the stored badge (imported or the one already there)
    QString name;
    QString message; // why it was refused or failed, in plain words

    static QString resultName(Result result);
};

// A certificate without verifiable data (a course platform's PDF and its link), entered
// by the learner. Always labelled self-reported.
struct SelfReportedEntry {
    QString name;
    QString issuerName;
    QString description;
    QString url;
    QDate issued;
    QList<BadgeAttachment> attachments;
};

// Reads, verifies and stores badge files: the one way a badge enters the portfolio.
class BadgeImporter {
public:
    struct Options {
        VerifyOptions verify;
        // Store badges that failed verification (forged, tampered, revoked), marked invalid.
        bool keepInvalid = false;
    };

    // A badge file's bytes; files over the badge size limit are refused before reading.
    static Result<QByteArray> readFile(const QString& path);
    // Reads and verifies a file. Thread-safe.
    static PreparedBadge prepareFile(const QString& path, const VerifyOptions& options);
    // Verifies bytes already in memory (pasted text, a dropped link's download). Thread-safe.
    static PreparedBadge prepare(const QByteArray& bytes, const QString& name, const VerifyOptions& options);

    explicit BadgeImporter(QSqlDatabase db);
    // Stores a prepared badge in one transaction, or says why not.
    ImportOutcome store(const PreparedBadge& prepared, bool keepInvalid);
    // Verifies a stored badge's original bytes again and stores the new report.
    // Self-reported entries have nothing to verify and come back unchanged.
    Result<BadgeRecord> reverify(qint64 id, const VerifyOptions& options);
    // Stores a self-reported credential with its attachments (each up to 16 MiB).
    Result<qint64> addSelfReported(const SelfReportedEntry& entry);

    // prepareFile + store.
    ImportOutcome importFile(const QString& path, const Options& options);

    // The row a verified file becomes (exposed for the sample badges and re-verify).
    static NewBadge newBadgeFrom(const PreparedBadge& prepared);

private:
    BadgeStore m_store;
};

// Files under the given paths: folders are walked recursively (hidden files and symlinked
// folders skipped), files are taken as they are. Sorted within each folder.
QStringList expandImportPaths(const QStringList& paths);

} // namespace credfolio
