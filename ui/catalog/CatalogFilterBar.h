#pragma once

#include "catalog/CourseQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QPushButton;
class QSpinBox;

namespace credfolio {

class CatalogStore;

// The filters and sort order under the search box. Fills its menus from the catalog
// and writes the learner's choices into a CourseQuery.
class CatalogFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogFilterBar(QWidget* parent = nullptr);

    // Refills providers, skills and languages, keeping what was chosen where still offered.
    void reload(const CatalogStore& store);
    void applyTo(CourseQuery& query) const;
    bool hasFilters() const;
    void setSort(CourseQuery::Sort sort);

public slots:
    void clearFilters();

signals:
    void changed();

private:
    QComboBox* addCombo(const char* objectName, const QString& accessibleName, const QString& toolTip);

    QComboBox* m_provider = nullptr;
    QComboBox* m_skill = nullptr;
    QComboBox* m_level = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_delivery = nullptr;
    QSpinBox* m_maxHours = nullptr;
    QSpinBox* m_maxCost = nullptr;
    QCheckBox* m_freeOnly = nullptr;
    QComboBox* m_sort = nullptr;
    QPushButton* m_clear = nullptr;
    bool m_reloading = false;
};

} // namespace credfolio
