#include "catalog/CourseStatusEditor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QPushButton>
#include <QSpinBox>

namespace credfolio {

CourseStatusEditor::CourseStatusEditor(QWidget* parent)
    : QWidget(parent)
{
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("courseState"));
    m_state->addItem(tr("Not started"), int(CourseStatus::State::None));
    m_state->addItem(tr("Planned"), int(CourseStatus::State::Planned));
    m_state->addItem(tr("In progress"), int(CourseStatus::State::InProgress));
    m_state->addItem(tr("Completed"), int(CourseStatus::State::Completed));
    m_state->setAccessibleName(tr("Course status"));
    m_state->setToolTip(tr("Where you stand with this course. Changes are saved at once."));

    m_percent = new QSpinBox(this);
    m_percent->setObjectName(QStringLiteral("coursePercent"));
    m_percent->setRange(0, 100);
    m_percent->setSingleStep(10);
    m_percent->setSuffix(QStringLiteral(" %"));
    m_percent->setKeyboardTracking(false);
    m_percent->setAccessibleName(tr("Percent done"));
    m_percent->setToolTip(tr("How much of the course you have done so far"));

    m_completedOn = new QDateEdit(this);
    m_completedOn->setObjectName(QStringLiteral("courseCompletedOn"));
    m_completedOn->setCalendarPopup(true);
    m_completedOn->setMaximumDate(QDate::currentDate());
    m_completedOn->setDate(QDate::currentDate());
    m_completedOn->setAccessibleName(tr("Completion date"));
    m_completedOn->setToolTip(tr("The day you finished the course"));

    m_addToPlan = new QPushButton(tr("&Add to plan"), this);
    m_addToPlan->setObjectName(QStringLiteral("courseAddToPlan"));
    m_addToPlan->setAccessibleName(tr("Add course to plan"));
    m_addToPlan->setToolTip(tr("Mark this course as one you plan to take"));

    auto* layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("S&tatus:"), m_state);
    layout->addRow(tr("&Done so far:"), m_percent);
    layout->addRow(tr("Finished &on:"), m_completedOn);
    layout->addRow(QString(), m_addToPlan);

    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        if (status().state == CourseStatus::State::Completed && !m_updating) {
            m_updating = true;
            m_completedOn->setDate(QDate::currentDate());
            m_updating = false;
        }
        emitEdited();
    });
    connect(m_percent, &QSpinBox::valueChanged, this, &CourseStatusEditor::emitEdited);
    connect(m_completedOn, &QDateEdit::dateChanged, this, &CourseStatusEditor::emitEdited);
    connect(m_addToPlan, &QPushButton::clicked, this, [this] {
        m_state->setCurrentIndex(m_state->findData(int(CourseStatus::State::Planned)));
    });
    updateEnabled();
}

void CourseStatusEditor::setStatus(const CourseStatus& status)
{
    m_updating = true;
    m_state->setCurrentIndex(std::max(0, m_state->findData(int(status.state))));
    m_percent->setValue(status.state == CourseStatus::State::Completed ? 100 : status.percent);
    m_completedOn->setDate(status.completedOn.isValid() ? status.completedOn : QDate::currentDate());
    m_updating = false;
    updateEnabled();
}

CourseStatus CourseStatusEditor::status() const
{
    CourseStatus status;
    status.state = CourseStatus::State(m_state->currentData().toInt());
    if (status.state == CourseStatus::State::InProgress)
        status.percent = m_percent->value();
    if (status.state == CourseStatus::State::Completed) {
        status.percent = 100;
        status.completedOn = m_completedOn->date();
    }
    return status;
}

void CourseStatusEditor::updateEnabled()
{
    const CourseStatus::State state = CourseStatus::State(m_state->currentData().toInt());
    m_percent->setEnabled(state == CourseStatus::State::InProgress);
    m_completedOn->setEnabled(state == CourseStatus::State::Completed);
    m_addToPlan->setEnabled(state == CourseStatus::State::None);
}

void CourseStatusEditor::emitEdited()
{
    updateEnabled();
    if (!m_updating)
        emit statusEdited(status());
}

} // namespace credfolio
