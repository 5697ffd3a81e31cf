#include "progress/PlanCard.h"

#include "util/Colours.h"
#include "util/Format.h"

#include <QEvent>

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace credfolio {

PlanCard::PlanCard(const MicrocredentialProgress& progress, const QHash<QString, QString>& courseTitles,
    const QHash<QString, CourseStatus>& statuses, QWidget* parent)
    : QFrame(parent), m_id(progress.id)
{
    setObjectName(QStringLiteral("planCard"));
    setAccessibleName(progress.title);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#planCard { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }"));

    auto* title = new QLabel(progress.title, this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);
    title->setWordWrap(true);
    auto* issuer = new QLabel(tr("from %1").arg(progress.issuer), this);
    issuer->setEnabled(false);

    auto* remove = new QPushButton(tr("Remove from plan"), this);
    remove->setObjectName(QStringLiteral("removeFromPlan"));
    remove->setAccessibleName(tr("Remove %1 from plan").arg(progress.title));
    remove->setToolTip(tr("Stop pursuing this microcredential. Your course progress is kept."));
    connect(remove, &QPushButton::clicked, this, [this] { emit removeRequested(m_id); });

    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("planProgress"));
    m_bar->setRange(0, 100);
    m_bar->setValue(progress.percent);
    m_bar->setFormat(tr("%1 of %2 courses").arg(progress.completedUnits).arg(progress.requiredUnits));
    m_bar->setAccessibleName(tr("Progress toward %1").arg(progress.title));
    m_bar->setToolTip(tr("%1% done").arg(progress.percent));

    auto* header = new QHBoxLayout;
    auto* names = new QVBoxLayout;
    names->setSpacing(0);
    names->addWidget(title);
    names->addWidget(issuer);
    header->addLayout(names, 1);
    header->addWidget(remove, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addLayout(header);
    layout->addWidget(m_bar);

    const bool earned = progress.earned || progress.isComplete();
    if (earned) {
        auto* done = new QLabel(progress.badgeId > 0 ? tr("✔ Earned: its badge is in your portfolio.")
                                                     : tr("✔ All requirements met: this microcredential is earned."),
            this);
        done->setObjectName(QStringLiteral("planEarned"));
        QFont bold = done->font();
        bold.setBold(true);
        done->setFont(bold);
        m_earned = done;
        styleEarned();
        layout->addWidget(done);
        return;
    }

    auto* left = new QLabel(
        tr("Still to do: %1 · %2").arg(Format::hours(progress.hoursRemaining), Format::costs(progress.costRemaining)), this);
    left->setObjectName(QStringLiteral("planRemaining"));
    layout->addWidget(left);

    if (!progress.remainingCourses.isEmpty()) {
        auto* next = new QLabel(tr("Shortest way to finish:"), this);
        layout->addWidget(next);
        for (const QString& courseId : progress.remainingCourses) {
            const QString courseTitle = courseTitles.value(courseId, courseId);
            auto* step = new QToolButton(this);
            step->setObjectName(QStringLiteral("planStep"));
            step->setProperty("courseId", courseId);
            const CourseStatus status = statuses.value(courseId);
            QString label = QStringLiteral("→  ") + courseTitle;
            if (status.state == CourseStatus::State::InProgress)
                label += tr("  (in progress, %1% done)").arg(status.percent);
            else if (status.state == CourseStatus::State::Planned)
                label += tr("  (planned)");
            step->setText(label);
            step->setAutoRaise(true);
            step->setCursor(Qt::PointingHandCursor);
            step->setAccessibleName(tr("Open %1 in the catalog").arg(courseTitle));
            step->setToolTip(tr("Open this course in the catalog"));
            connect(step, &QToolButton::clicked, this, [this, courseId] { emit courseActivated(courseId); });
            layout->addWidget(step, 0, Qt::AlignLeft);
        }
    }
}

void PlanCard::styleEarned()
{
    // Green that stays readable on the card's background, light or dark.
    QPalette p = m_earned->palette();
    p.setColor(QPalette::WindowText, Colours::withContrast(QColor(0x1e, 0x84, 0x49), palette().color(QPalette::Base)));
    m_earned->setPalette(p);
}

void PlanCard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange && m_earned)
        styleEarned();
    QFrame::changeEvent(event);
}

} // namespace credfolio
