#pragma once

#include "progress/CourseStatus.h"
#include "progress/ProgressTypes.h"

#include <QFrame>
#include <QHash>

class QLabel;
class QProgressBar;

namespace credfolio {

// One microcredential the learner pursues: how far along, what is left, and the
// courses that finish it soonest.
class PlanCard : public QFrame {
    Q_OBJECT

public:
    // courseTitles: id -> title for the remaining courses; statuses: where the learner stands.
    PlanCard(const MicrocredentialProgress& progress, const QHash<QString, QString>& courseTitles,
        const QHash<QString, CourseStatus>& statuses, QWidget* parent = nullptr);

    QString microcredentialId() const { return m_id; }
    QProgressBar* progressBar() const { return m_bar; }

signals:
    void courseActivated(const QString& courseId);
    void removeRequested(const QString& microcredentialId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void styleEarned();

    QString m_id;
    QProgressBar* m_bar = nullptr;
    QLabel* m_earned = nullptr;
};

} // namespace credfolio
