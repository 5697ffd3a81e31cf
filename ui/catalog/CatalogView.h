#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace credfolio {

class CatalogFilterBar;
class CourseDetailPane;
class CourseTableModel;
class Database;

// Find courses: a search box with filters, the results table, and the chosen course's
// details beside it.
class CatalogView : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogView(Database& db, QWidget* parent = nullptr);

    // Re-reads filter menus and results, for example after a catalog import.
    void refresh();
    // Shows one course: searches for its title so the list holds it, then selects it.
    void showCourse(const QString& courseId);
    // Reloads the detail pane (after the plan changed elsewhere).
    void reloadDetails();
    void focusSearch();

    QSplitter* splitter() const { return m_splitter; }
    CourseTableModel* model() const { return m_model; }
    QLineEdit* searchEdit() const { return m_search; }
    QTableView* tableView() const { return m_table; }
    CourseDetailPane* detailPane() const { return m_details; }

signals:
    void progressChanged();
    void errorOccurred(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void runQuery();
    void updateCount();
    void selectRow(int row);

    Database& m_db;
    QLineEdit* m_search = nullptr;
    QTimer* m_debounce = nullptr;
    CatalogFilterBar* m_filters = nullptr;
    QLabel* m_count = nullptr;
    QStackedWidget* m_results = nullptr;
    QLabel* m_empty = nullptr;
    QTableView* m_table = nullptr;
    CourseTableModel* m_model = nullptr;
    CourseDetailPane* m_details = nullptr;
    QSplitter* m_splitter = nullptr;
};

} // namespace credfolio
