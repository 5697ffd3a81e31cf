#pragma once

#include "portfolio/BadgeImporter.h"
#include "portfolio/LearnerProfile.h"

#include <QDialog>

#include <functional>

#include <vector>

class QDateEdit;
class QLabel;
class QPushButton;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTreeWidget;

namespace credfolio {

// The end of an import: how many were imported, already there, not badges, or failed
// verification, with the reason for each file. Offers to keep refused badges anyway.
class ImportSummaryDialog : public QDialog {
    Q_OBJECT

public:
    ImportSummaryDialog(const std::vector<ImportOutcome>& outcomes, bool cancelled, QWidget* parent = nullptr);
    // The files the learner chose to keep although they failed verification.
    QStringList keepAnyway() const { return m_keep; }
    QTreeWidget* table() const { return m_table; }
    static QString summaryText(const std::vector<ImportOutcome>& outcomes, bool cancelled);

private:
    QTreeWidget* m_table = nullptr;
    QStringList m_refused;
    QStringList m_keep;
};

// A certificate without verifiable data: name, issuer, date, link, description, files.
class SelfReportedDialog : public QDialog {
    Q_OBJECT

public:
    explicit SelfReportedDialog(QWidget* parent = nullptr);
    SelfReportedEntry entry() const;
    void accept() override;

private:
    void addFiles();
    QLineEdit* m_name = nullptr;
    QLineEdit* m_issuer = nullptr;
    QDateEdit* m_issued = nullptr;
    QLineEdit* m_url = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QListWidget* m_files = nullptr;
    QList<BadgeAttachment> m_attachments;
};

// The learner's name, headline, and the emails and URLs badges are issued to.
class ProfileDialog : public QDialog {
    Q_OBJECT

public:
    explicit ProfileDialog(const LearnerProfile& profile, QWidget* parent = nullptr);
    LearnerProfile profile() const;
    // The signing key row: its did:key (empty: none yet) and what "Create Signing Key" does
    // (returns the new did:key, or empty when it was not made).
    void setSigningKey(const QString& did, std::function<QString()> create);

private:
    QLabel* m_key = nullptr;
    QPushButton* m_createKey = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_headline = nullptr;
    QPlainTextEdit* m_emails = nullptr;
    QPlainTextEdit* m_urls = nullptr;
};

} // namespace credfolio
