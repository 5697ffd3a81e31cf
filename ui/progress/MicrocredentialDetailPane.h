#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace credfolio {

class Database;

// What one microcredential asks for: its description, requirement groups and skills,
// with the button that adds it to (or removes it from) the plan.
class MicrocredentialDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit MicrocredentialDetailPane(Database& db, QWidget* parent = nullptr);

    void showMicrocredential(const QString& id);
    QString microcredentialId() const { return m_id; }
    void reload();
    QPushButton* planButton() const { return m_planButton; }

signals:
    void addRequested(const QString& id);
    void removeRequested(const QString& id);

private:
    Database& m_db;
    QString m_id;
    bool m_planned = false;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_requirements = nullptr;
    QLabel* m_skills = nullptr;
    QPushButton* m_planButton = nullptr;
};

} // namespace credfolio
