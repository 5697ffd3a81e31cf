#pragma once

#include <QString>

class QAbstractItemModel;
class QStackedWidget;
class QTableView;
class QWidget;

namespace credfolio::Widgets {

// A read-only, row-selecting list table in Credfolio's look (no grid, alternating rows,
// compact rows), with the accessible name and tooltip every view needs.
QTableView* listTable(QAbstractItemModel* model, const QString& objectName, const QString& accessibleName,
                      const QString& toolTip, QWidget* parent);

// A detail pane's two pages: a greyed hint until something is chosen (page 0), then the
// content in a frameless scroll area (page 1). Lays itself out as owner's only child.
QStackedWidget* hintOrContent(QWidget* owner, const QString& hintText, const QString& hintObjectName, QWidget* content);

} // namespace credfolio::Widgets
