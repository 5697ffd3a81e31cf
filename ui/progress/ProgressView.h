#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QSplitter;
class QTableView;
class QVBoxLayout;

namespace credfolio {

class Database;
class MicrocredentialDetailPane;
class MicrocredentialListModel;
class PlanCard;

// The learner's plan: progress toward each microcredential pursued, and below it the
// list of all microcredentials to choose from.
class ProgressView : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressView(Database& db, QWidget* parent = nullptr);

    // Reads the plan, progress and catalog again.
    void refresh();
    void addToPlan(const QString& microcredentialId);
    void removeFromPlan(const QString& microcredentialId);

    QSplitter* splitter() const { return m_splitter; }
    QList<PlanCard*> cards() const { return m_cards; }
    MicrocredentialListModel* model() const { return m_model; }
    QTableView* tableView() const { return m_table; }
    MicrocredentialDetailPane* detailPane() const { return m_details; }

signals:
    void courseActivated(const QString& courseId);
    void planChanged();
    void errorOccurred(const QString& message);

private:
    void rebuildCards();
    QWidget* createPlanArea();
    QWidget* createChooser();

    Database& m_db;
    QSplitter* m_splitter = nullptr;
    QLabel* m_emptyPlan = nullptr;
    QVBoxLayout* m_cardLayout = nullptr;
    QList<PlanCard*> m_cards;
    MicrocredentialListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    MicrocredentialDetailPane* m_details = nullptr;
};

} // namespace credfolio
