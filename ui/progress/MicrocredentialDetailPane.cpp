#include "progress/MicrocredentialDetailPane.h"

#include "catalog/CatalogStore.h"
#include "progress/ProgressStore.h"
#include "storage/Database.h"
#include "util/Widgets.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace credfolio {

MicrocredentialDetailPane::MicrocredentialDetailPane(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("microcredentialDetailPane"));
    setAccessibleName(tr("Microcredential details"));

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    auto label = [&](const char* name) {
        auto* l = new QLabel(content);
        l->setObjectName(QLatin1String(name));
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(l);
        return l;
    };
    m_title = label("microcredentialTitle");
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_title->setFont(font);
    m_description = label("microcredentialDescription");
    m_planButton = new QPushButton(content);
    m_planButton->setObjectName(QStringLiteral("microcredentialPlanButton"));
    layout->addWidget(m_planButton, 0, Qt::AlignLeft);
    m_requirements = label("microcredentialRequirements");
    m_skills = label("microcredentialSkills");

    connect(m_planButton, &QPushButton::clicked, this, [this] {
        if (m_planned)
            emit removeRequested(m_id);
        else
            emit addRequested(m_id);
    });
    layout->addStretch(1);

    m_pages = Widgets::hintOrContent(this, tr("Choose a microcredential to see what it asks for."),
                                     QStringLiteral("microcredentialDetailHint"), content);
}

void MicrocredentialDetailPane::showMicrocredential(const QString& id)
{
    m_id = id;
    reload();
}

void MicrocredentialDetailPane::reload()
{
    const CatalogStore catalog(m_db.connection());
    const auto micro = m_id.isEmpty() ? std::nullopt : catalog.microcredential(m_id);
    if (!micro) {
        m_pages->setCurrentIndex(0);
        return;
    }
    m_pages->setCurrentIndex(1);
    const ProgressStore progress(m_db.connection());
    m_planned = progress.isPlanned(m_id);
    m_title->setText(micro->title);
    m_description->setText(tr("<p><i>Issued by %1.</i></p><p>%2</p>").arg(micro->issuer.toHtmlEscaped(), micro->description.toHtmlEscaped()));

    QStringList ids;
    for (const RequirementGroup& group : micro->requirements)
        ids += group.courseIds;
    const QHash<QString, Course> courses = catalog.courses(ids);
    const QHash<QString, CourseStatus> statuses = progress.courseStatuses();
    QString html = tr("<p><b>What you need</b></p>");
    for (const RequirementGroup& group : micro->requirements) {
        html += group.kind == RequirementGroup::Kind::All ? tr("All of:") : tr("%1 of:").arg(group.n);
        html += QStringLiteral("<ul style=\"margin-top: 2px;\">");
        for (const QString& id : group.courseIds) {
            const QString title = courses.contains(id) ? courses.value(id).title : id;
            const bool done = statuses.value(id).isCompleted();
            html += QStringLiteral("<li>") + title.toHtmlEscaped() + (done ? tr(" ✔ <i>completed</i>") : QString()) + QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }
    m_requirements->setText(html);

    const QHash<QString, QString> labels = catalog.skillLabels();
    QStringList skills;
    for (const QString& skill : micro->skillIds)
        skills.append(labels.value(skill, skill).toHtmlEscaped());
    m_skills->setText(tr("<p><b>Skills it certifies</b><br>%1</p>").arg(skills.join(QStringLiteral(", "))));

    m_planButton->setText(m_planned ? tr("&Remove from plan") : tr("&Add to plan"));
    m_planButton->setAccessibleName(m_planned ? tr("Remove %1 from plan").arg(micro->title) : tr("Add %1 to plan").arg(micro->title));
    m_planButton->setToolTip(m_planned ? tr("Stop pursuing this microcredential") : tr("Pursue this microcredential: it appears above with your progress"));
}

} // namespace credfolio
