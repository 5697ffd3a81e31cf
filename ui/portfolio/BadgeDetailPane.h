#pragma once

#include "portfolio/BadgeRecord.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QToolButton;

namespace credfolio {

// Everything about one badge: what the credential says, the verification report as a
// checklist, the raw JSON, attachments; and what can be done with it.
class BadgeDetailPane : public QWidget {
    Q_OBJECT

public:
    explicit BadgeDetailPane(QWidget* parent = nullptr);

    void showBadge(const BadgeDetail& detail);
    // No badge chosen: the learner's skills (label, how many badges show it) are listed.
    void clear(const QList<QPair<QString, int>>& learnerSkills = {});
    qint64 badgeId() const { return m_id; }

    QListWidget* checkList() const { return m_checks; }
    QTextBrowser* overview() const { return m_overview; }
    QPlainTextEdit* rawJson() const { return m_raw; }
    QPushButton* reverifyButton() const { return m_reverify; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* deleteButton() const { return m_delete; }
    QToolButton* collectionsButton() const { return m_collections; }
    QLabel* statusLabel() const { return m_status; }

    // The overview's HTML for a badge (also used by tests).
    static QString overviewHtml(const BadgeDetail& detail);

signals:
    void reverifyRequested(qint64 id);
    void saveRequested(qint64 id);
    void deleteRequested(qint64 id);
    void saveAttachmentRequested(qint64 badgeId, int attachmentIndex);
    void collectionsMenuRequested(qint64 id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void styleStatus();
    qint64 m_id = 0;
    QLabel* m_image = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_issuer = nullptr;
    QLabel* m_status = nullptr;
    BadgeState m_state = BadgeState::NotVerified;
    QLabel* m_flag = nullptr;
    QLabel* m_checked = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTextBrowser* m_overview = nullptr;
    QListWidget* m_checks = nullptr;
    QPlainTextEdit* m_raw = nullptr;
    QListWidget* m_attachments = nullptr;
    QPushButton* m_reverify = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_delete = nullptr;
    QToolButton* m_collections = nullptr;
    QWidget* m_content = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace credfolio
