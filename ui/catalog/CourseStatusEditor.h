#pragma once

#include "progress/CourseStatus.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QPushButton;
class QSpinBox;

namespace credfolio {

// Where the learner stands with one course: a status, how far along, when finished.
// Emits every change the learner makes; the owner saves it.
class CourseStatusEditor : public QWidget
{
    Q_OBJECT

public:
    explicit CourseStatusEditor(QWidget* parent = nullptr);

    void setStatus(const CourseStatus& status);
    CourseStatus status() const;
    QComboBox* stateCombo() const { return m_state; }

signals:
    void statusEdited(const CourseStatus& status);

private:
    void updateEnabled();
    void emitEdited();

    QComboBox* m_state = nullptr;
    QSpinBox* m_percent = nullptr;
    QDateEdit* m_completedOn = nullptr;
    QPushButton* m_addToPlan = nullptr;
    bool m_updating = false;
};

} // namespace credfolio
