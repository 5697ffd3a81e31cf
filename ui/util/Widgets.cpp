#include "util/Widgets.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace credfolio::Widgets {

QTableView* listTable(QAbstractItemModel* model, const QString& objectName, const QString& accessibleName,
                      const QString& toolTip, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setAccessibleName(accessibleName);
    table->setToolTip(toolTip);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Rows are chosen with the arrow keys; Tab leaves the table instead of walking its cells.
    table->setTabKeyNavigation(false);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QStackedWidget* hintOrContent(QWidget* owner, const QString& hintText, const QString& hintObjectName, QWidget* content)
{
    auto* hint = new QLabel(hintText, owner);
    hint->setObjectName(hintObjectName);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    hint->setMargin(24);
    hint->setEnabled(false);

    auto* scroll = new QScrollArea(owner);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* pages = new QStackedWidget(owner);
    pages->addWidget(hint);
    pages->addWidget(scroll);
    auto* outer = new QVBoxLayout(owner);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(pages);
    return pages;
}

} // namespace credfolio::Widgets
