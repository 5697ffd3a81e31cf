#include "catalog/CatalogView.h"

#include "catalog/CatalogFilterBar.h"
#include "catalog/CatalogStore.h"
#include "catalog/CourseDetailPane.h"
#include "catalog/CourseTableModel.h"
#include "storage/Database.h"
#include "util/Format.h"
#include "util/Widgets.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace credfolio {

namespace {
// Long enough to let a word be typed, short enough to feel instant.
constexpr int SearchDelayMs = 120;
}

CatalogView::CatalogView(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("catalogView"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("catalogSearch"));
    m_search->setPlaceholderText(tr("Search courses, skills, providers…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search courses"));
    m_search->setToolTip(tr("Type words from a course's title, skills, provider or summary (Ctrl+F). Escape clears."));
    m_search->installEventFilter(this);
    QFont searchFont = m_search->font();
    searchFont.setPointSizeF(searchFont.pointSizeF() * 1.15);
    m_search->setFont(searchFont);
    m_search->setMinimumHeight(32);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CatalogView::runQuery);
    connect(m_debounce, &QTimer::timeout, this, &CatalogView::runQuery);

    m_filters = new CatalogFilterBar(this);
    connect(m_filters, &CatalogFilterBar::changed, this, &CatalogView::runQuery);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("resultCount"));
    m_count->setAccessibleName(tr("Number of courses found"));

    m_model = new CourseTableModel(m_db.connection(), this);
    connect(m_model, &CourseTableModel::totalCountChanged, this, &CatalogView::updateCount);
    connect(m_model, &CourseTableModel::queryFailed, this, [this](const QString& message) {
        emit errorOccurred(tr("The search failed: %1").arg(message));
    });

    m_table = Widgets::listTable(m_model, QStringLiteral("courseTable"), tr("Courses"),
                                 tr("Courses that match your search. Press Enter to work with the chosen course."), this);
    QHeaderView* header = m_table->horizontalHeader();
    header->setMinimumSectionSize(60);
    // A model reset forgets per-section resize modes, so they are set again after each one.
    const auto layoutColumns = [this] {
        QHeaderView* h = m_table->horizontalHeader();
        h->setSectionResizeMode(QHeaderView::Interactive);
        h->setSectionResizeMode(CourseTableModel::Title, QHeaderView::Stretch);
        h->resizeSection(CourseTableModel::Provider, 160);
        h->resizeSection(CourseTableModel::Hours, 75);
        h->resizeSection(CourseTableModel::Cost, 80);
        h->resizeSection(CourseTableModel::Level, 95);
        h->resizeSection(CourseTableModel::Language, 115);
    };
    layoutColumns();
    connect(m_model, &QAbstractItemModel::modelReset, this, layoutColumns);
    header->setSectionsClickable(true);
    header->setToolTip(tr("Click Title, Hours or Cost to sort by it"));
    // A header click re-queries through the sort menu, so the two always agree.
    connect(header, &QHeaderView::sectionClicked, this, [this](int column) {
        m_filters->setSort(CourseTableModel::sortForColumn(column));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { m_details->showCourse(m_model->courseIdAt(current.row())); });
    connect(m_table, &QTableView::activated, this, [this] { m_details->focusStatus(); });

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(32);
    auto* emptyClear = new QPushButton(tr("Clear search and filters"), this);
    emptyClear->setAccessibleName(tr("Clear search and filters"));
    emptyClear->setToolTip(tr("Show every course again"));
    connect(emptyClear, &QPushButton::clicked, this, [this] {
        m_search->clear();
        m_filters->clearFilters();
    });
    auto* emptyPage = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_empty);
    emptyLayout->addWidget(emptyClear, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_results = new QStackedWidget(this);
    m_results->addWidget(m_table);
    m_results->addWidget(emptyPage);

    m_details = new CourseDetailPane(m_db, this);
    connect(m_details, &CourseDetailPane::progressChanged, this, &CatalogView::progressChanged);
    connect(m_details, &CourseDetailPane::errorOccurred, this, &CatalogView::errorOccurred);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_count);
    leftLayout->addWidget(m_results, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("catalogSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setSizes({960, 320});
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_filters);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_search, m_filters);
    setTabOrder(m_filters, m_table);
    setTabOrder(m_table, m_details);
    refresh();
}

void CatalogView::refresh()
{
    m_filters->reload(CatalogStore(m_db.connection()));
    runQuery();
    m_details->reload();
}

void CatalogView::runQuery()
{
    m_debounce->stop();
    const QString selected = m_details->courseId();
    CourseQuery query;
    query.text = m_search->text();
    m_filters->applyTo(query);
    m_model->setQuery(query);
    const int row = m_model->rowOfCourse(selected);
    if (row >= 0)
        selectRow(row);
}

void CatalogView::updateCount()
{
    const int total = m_model->totalCount();
    m_count->setText(Format::courseCount(total));
    if (total == 0) {
        const QString text = m_search->text().trimmed();
        m_empty->setText(text.isEmpty() ? tr("<b>No courses match these filters.</b><br>Try clearing some of the filters.")
                                        : tr("<b>No courses match “%1”.</b><br>Try fewer words or clear the filters.")
                                              .arg(text.toHtmlEscaped()));
    }
    m_results->setCurrentIndex(total == 0 ? 1 : 0);
}

void CatalogView::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, CourseTableModel::Title);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void CatalogView::showCourse(const QString& courseId)
{
    const auto course = CatalogStore(m_db.connection()).course(courseId);
    if (!course)
        return;
    m_details->showCourse(courseId);
    if (m_model->rowOfCourse(courseId) < 0) {
        const QSignalBlocker blocker(m_search);
        m_search->setText(course->title);
        m_filters->blockSignals(true);
        m_filters->clearFilters();
        m_filters->blockSignals(false);
        runQuery();
    } else {
        selectRow(m_model->rowOfCourse(courseId));
    }
}

void CatalogView::reloadDetails()
{
    m_details->reload();
}

void CatalogView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool CatalogView::eventFilter(QObject* watched, QEvent* event)
{
    // Escape clears the search; Down goes straight into the results.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_table->setFocus(Qt::TabFocusReason);
            if (!m_table->currentIndex().isValid())
                selectRow(0);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace credfolio
