#pragma once

#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;
class QStackedWidget;

namespace credfolio {

class CourseStatusEditor;
class Database;
class FlowLayout;
struct CourseStatus;

// Everything about one course, and where the learner stands with it. Status changes are
// saved at once through ProgressStore.
class CourseDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit CourseDetailPane(Database& db, QWidget* parent = nullptr);

    // An empty id shows the "choose a course" hint.
    void showCourse(const QString& courseId);
    QString courseId() const { return m_courseId; }
    // Reads the course and its status again (after an import or a plan change).
    void reload();
    // Puts the keyboard on the status controls.
    void focusStatus();
    CourseStatusEditor* statusEditor() const { return m_status; }

signals:
    void progressChanged(const QString& courseId);
    void errorOccurred(const QString& message);

private:
    void saveStatus(const CourseStatus& status);
    QLabel* addLabel(QLayout* layout, const char* objectName);

    Database& m_db;
    QString m_courseId;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_provider = nullptr;
    QLabel* m_summary = nullptr;
    QFormLayout* m_facts = nullptr;
    QLabel* m_hours = nullptr;
    QLabel* m_cost = nullptr;
    QLabel* m_level = nullptr;
    QLabel* m_language = nullptr;
    QLabel* m_delivery = nullptr;
    QLabel* m_link = nullptr;
    QWidget* m_skillsBox = nullptr;
    FlowLayout* m_skills = nullptr;
    QLabel* m_microcredentials = nullptr;
    CourseStatusEditor* m_status = nullptr;
};

} // namespace credfolio
