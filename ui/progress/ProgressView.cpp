#include "progress/ProgressView.h"

#include "catalog/CatalogStore.h"
#include "progress/MicrocredentialDetailPane.h"
#include "progress/MicrocredentialListModel.h"
#include "progress/PlanCard.h"
#include "progress/ProgressStore.h"
#include "storage/Database.h"
#include "util/Widgets.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace credfolio {

namespace {

QLabel* sectionHeading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    label->setFont(font);
    return label;
}

} // namespace

ProgressView::ProgressView(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("progressView"));
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("progressSplitter"));
    m_splitter->addWidget(createPlanArea());
    m_splitter->addWidget(createChooser());
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({460, 400});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);
    refresh();
}

QWidget* ProgressView::createPlanArea()
{
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(sectionHeading(tr("Your microcredentials"), content));
    m_emptyPlan = new QLabel(tr("You are not pursuing any microcredential yet. Choose one below."), content);
    m_emptyPlan->setObjectName(QStringLiteral("emptyPlan"));
    m_emptyPlan->setWordWrap(true);
    m_emptyPlan->setMargin(12);
    layout->addWidget(m_emptyPlan);
    m_cardLayout = new QVBoxLayout;
    m_cardLayout->setSpacing(10);
    layout->addLayout(m_cardLayout);
    layout->addStretch(1);

    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("planArea"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Your microcredentials"));
    return scroll;
}

QWidget* ProgressView::createChooser()
{
    auto* chooser = new QWidget;
    auto* layout = new QVBoxLayout(chooser);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sectionHeading(tr("Choose a microcredential to pursue"), chooser));

    m_model = new MicrocredentialListModel(m_db.connection(), this);
    m_table = Widgets::listTable(m_model, QStringLiteral("microcredentialTable"), tr("Microcredentials"),
                                 tr("Every microcredential in the catalog. Choose one to see what it asks for."), chooser);
    // A model reset forgets per-section resize modes, so they are set again after each one.
    const auto layoutColumns = [this] {
        QHeaderView* h = m_table->horizontalHeader();
        h->setSectionResizeMode(QHeaderView::Interactive);
        h->setSectionResizeMode(MicrocredentialListModel::Title, QHeaderView::Stretch);
        h->resizeSection(MicrocredentialListModel::Issuer, 200);
        h->resizeSection(MicrocredentialListModel::Field, 120);
        h->resizeSection(MicrocredentialListModel::Courses, 70);
        h->resizeSection(MicrocredentialListModel::Status, 100);
    };
    layoutColumns();
    connect(m_model, &QAbstractItemModel::modelReset, this, layoutColumns);

    m_details = new MicrocredentialDetailPane(m_db, chooser);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { m_details->showMicrocredential(m_model->idAt(current.row())); });
    connect(m_table, &QTableView::activated, this, [this] { m_details->planButton()->setFocus(Qt::OtherFocusReason); });
    connect(m_details, &MicrocredentialDetailPane::addRequested, this, &ProgressView::addToPlan);
    connect(m_details, &MicrocredentialDetailPane::removeRequested, this, &ProgressView::removeFromPlan);

    auto* split = new QSplitter(Qt::Horizontal, chooser);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setSizes({760, 400});
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);
    return chooser;
}

void ProgressView::refresh()
{
    rebuildCards();
    const QString selected = m_details->microcredentialId();
    m_model->reload();
    const int row = m_model->rowOf(selected);
    if (row >= 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_details->reload();
}

void ProgressView::rebuildCards()
{
    for (PlanCard* card : std::as_const(m_cards))
        card->deleteLater();
    m_cards.clear();

    const ProgressStore store(m_db.connection());
    const std::vector<MicrocredentialProgress> progress = store.progress();
    QStringList courseIds;
    for (const MicrocredentialProgress& item : progress)
        courseIds += item.remainingCourses;
    QHash<QString, QString> titles;
    const QHash<QString, Course> courses = CatalogStore(m_db.connection()).courses(courseIds);
    for (auto it = courses.cbegin(); it != courses.cend(); ++it)
        titles.insert(it.key(), it->title);

    const QHash<QString, CourseStatus> statuses = store.courseStatuses();
    for (const MicrocredentialProgress& item : progress) {
        auto* card = new PlanCard(item, titles, statuses, m_cardLayout->parentWidget());
        connect(card, &PlanCard::courseActivated, this, &ProgressView::courseActivated);
        connect(card, &PlanCard::removeRequested, this, &ProgressView::removeFromPlan);
        m_cardLayout->addWidget(card);
        m_cards.append(card);
    }
    m_emptyPlan->setVisible(m_cards.isEmpty());
    // Keyboard users reach each card's steps in reading order.
    QWidget* previous = nullptr;
    for (PlanCard* card : std::as_const(m_cards)) {
        if (previous)
            setTabOrder(previous, card);
        previous = card;
    }
}

void ProgressView::addToPlan(const QString& microcredentialId)
{
    if (Status status = ProgressStore(m_db.connection()).addToPlan(microcredentialId); !status) {
        emit errorOccurred(tr("This microcredential could not be added to your plan: %1").arg(status.error()));
        return;
    }
    refresh();
    emit planChanged();
}

void ProgressView::removeFromPlan(const QString& microcredentialId)
{
    if (Status status = ProgressStore(m_db.connection()).removeFromPlan(microcredentialId); !status) {
        emit errorOccurred(tr("This microcredential could not be removed from your plan: %1").arg(status.error()));
        return;
    }
    refresh();
    emit planChanged();
}

} // namespace credfolio
