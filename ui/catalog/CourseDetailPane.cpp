#include "catalog/CourseDetailPane.h"

#include "catalog/CatalogStore.h"
#include "catalog/CourseStatusEditor.h"
#include "progress/ProgressStore.h"
#include "storage/Database.h"
#include "util/Format.h"
#include "widgets/FlowLayout.h"
#include "util/Widgets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace credfolio {

namespace {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel* chip(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("skillChip"));
    label->setStyleSheet(QStringLiteral("#skillChip { background: palette(alternate-base); border: 1px solid palette(mid);"
                                        " border-radius: 9px; padding: 2px 8px; }"));
    return label;
}

} // namespace

CourseDetailPane::CourseDetailPane(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("courseDetailPane"));
    setAccessibleName(tr("Course details"));

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);

    m_title = addLabel(layout, "courseTitle");
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_provider = addLabel(layout, "courseProvider");

    m_facts = new QFormLayout;
    m_facts->setHorizontalSpacing(16);
    m_hours = new QLabel(content);
    m_cost = new QLabel(content);
    m_level = new QLabel(content);
    m_language = new QLabel(content);
    m_delivery = new QLabel(content);
    m_facts->addRow(tr("Time:"), m_hours);
    m_facts->addRow(tr("Price:"), m_cost);
    m_facts->addRow(tr("Level:"), m_level);
    m_facts->addRow(tr("Language:"), m_language);
    m_facts->addRow(tr("Delivery:"), m_delivery);
    layout->addLayout(m_facts);

    m_summary = addLabel(layout, "courseSummary");
    m_link = addLabel(layout, "courseLink");
    m_link->setOpenExternalLinks(true);
    m_link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_link->setAccessibleName(tr("Course page"));

    layout->addWidget(heading(tr("Skills you practise"), content));
    m_skillsBox = new QWidget(content);
    m_skills = new FlowLayout(m_skillsBox);
    layout->addWidget(m_skillsBox);

    layout->addWidget(heading(tr("Counts toward"), content));
    m_microcredentials = addLabel(layout, "courseMicrocredentials");

    auto* statusBox = new QGroupBox(tr("Your progress"), content);
    m_status = new CourseStatusEditor(statusBox);
    auto* statusLayout = new QVBoxLayout(statusBox);
    statusLayout->addWidget(m_status);
    layout->addWidget(statusBox);
    layout->addStretch(1);
    connect(m_status, &CourseStatusEditor::statusEdited, this, &CourseDetailPane::saveStatus);

    m_pages = Widgets::hintOrContent(this,
                                     tr("Choose a course in the list to see what it teaches, what it costs and "
                                        "which microcredentials it counts toward."),
                                     QStringLiteral("courseDetailHint"), content);
    setMinimumWidth(280);
}

QLabel* CourseDetailPane::addLabel(QLayout* layout, const char* objectName)
{
    auto* label = new QLabel(layout->parentWidget());
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(label);
    return label;
}

void CourseDetailPane::showCourse(const QString& courseId)
{
    m_courseId = courseId;
    reload();
}

void CourseDetailPane::reload()
{
    const CatalogStore catalog(m_db.connection());
    const std::optional<Course> course = m_courseId.isEmpty() ? std::nullopt : catalog.course(m_courseId);
    if (!course) {
        m_pages->setCurrentIndex(0);
        return;
    }
    m_pages->setCurrentIndex(1);
    m_title->setText(course->title);
    QString providerName = course->providerId;
    for (const Provider& provider : catalog.providers()) {
        if (provider.id == course->providerId)
            providerName = provider.name;
    }
    m_provider->setText(tr("by %1").arg(providerName));
    m_summary->setText(course->summary);
    m_hours->setText(Format::hours(course->hours));
    m_cost->setText(Format::cost(course->cost, course->currency));
    m_level->setText(Format::levelName(course->level));
    m_language->setText(Format::languageName(course->language));
    m_delivery->setText(Format::deliveryName(course->delivery));

    const QUrl url(course->url);
    m_link->setVisible(url.isValid() && !course->url.isEmpty());
    m_link->setText(QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), tr("Open the course page")));
    m_link->setToolTip(course->url);

    m_skills->clear();
    const QHash<QString, QString> labels = catalog.skillLabels();
    for (const QString& skill : course->skillIds)
        m_skills->addWidget(chip(labels.value(skill, skill), m_skillsBox));

    const ProgressStore progress(m_db.connection());
    QStringList titles;
    for (const QString& id : catalog.microcredentialsRequiring(m_courseId)) {
        if (const auto micro = catalog.microcredential(id)) {
            const QString title = micro->title.toHtmlEscaped();
            titles.append(progress.isPlanned(id) ? tr("%1 <i>(in your plan)</i>").arg(title) : title);
        }
    }
    m_microcredentials->setText(titles.isEmpty() ? tr("No microcredential needs this course yet.")
                                                 : QStringLiteral("• ") + titles.join(QStringLiteral("<br>• ")));
    m_status->setStatus(progress.courseStatus(m_courseId));
}

void CourseDetailPane::focusStatus()
{
    if (!m_courseId.isEmpty())
        m_status->stateCombo()->setFocus(Qt::OtherFocusReason);
}

void CourseDetailPane::saveStatus(const CourseStatus& status)
{
    if (m_courseId.isEmpty())
        return;
    ProgressStore progress(m_db.connection());
    if (Status saved = progress.setCourseStatus(m_courseId, status); !saved) {
        emit errorOccurred(tr("Your progress on this course could not be saved: %1").arg(saved.error()));
        m_status->setStatus(progress.courseStatus(m_courseId));
        return;
    }
    emit progressChanged(m_courseId);
}

} // namespace credfolio
