#include "catalog/CatalogFilterBar.h"

#include "catalog/CatalogStore.h"
#include "util/Format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>

namespace credfolio {

namespace {

// Puts the (label, value) pairs after the "any" entry at index 0, keeping the current value.
void refill(QComboBox* combo, const QList<std::pair<QString, QString>>& entries)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const auto& [label, value] : entries)
        combo->addItem(label, value);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

CatalogFilterBar::CatalogFilterBar(QWidget* parent) : QWidget(parent)
{
    m_provider = addCombo("providerFilter", tr("Provider"), tr("Show only courses from this provider"));
    m_provider->addItem(tr("All providers"), QString());

    m_skill = addCombo("skillFilter", tr("Skill"), tr("Show only courses that teach this skill. Type to find a skill."));
    m_skill->setEditable(true);
    m_skill->setInsertPolicy(QComboBox::NoInsert);
    m_skill->addItem(QString(), QString());
    m_skill->lineEdit()->setPlaceholderText(tr("Any skill"));
    m_skill->lineEdit()->setAccessibleName(m_skill->accessibleName());
    m_skill->lineEdit()->setClearButtonEnabled(true);
    m_skill->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_skill->completer()->setFilterMode(Qt::MatchContains);
    m_skill->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_skill->setMinimumContentsLength(16);
    // Typed text filters once the learner picks a completion, presses Enter or clears it.
    connect(m_skill->completer(), qOverload<const QString&>(&QCompleter::activated), this, &CatalogFilterBar::changed);
    connect(m_skill->lineEdit(), &QLineEdit::returnPressed, this, &CatalogFilterBar::changed);
    connect(m_skill->lineEdit(), &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty() && !m_reloading)
            emit changed();
    });

    m_level = addCombo("levelFilter", tr("Level"), tr("Show only courses at this level"));
    m_level->addItem(tr("Any level"), QString());
    for (const QString& level : catalog::levels())
        m_level->addItem(Format::levelName(level), level);

    m_language = addCombo("languageFilter", tr("Language"), tr("Show only courses taught in this language"));
    m_language->addItem(tr("Any language"), QString());

    m_delivery = addCombo("deliveryFilter", tr("Delivery"), tr("Show only courses delivered this way"));
    m_delivery->addItem(tr("Any delivery"), QString());
    for (const QString& delivery : catalog::deliveryModes())
        m_delivery->addItem(Format::deliveryName(delivery), delivery);

    m_maxHours = new QSpinBox(this);
    m_maxHours->setObjectName(QStringLiteral("maxHoursFilter"));
    m_maxHours->setRange(0, 1000);
    m_maxHours->setSingleStep(5);
    m_maxHours->setSpecialValueText(tr("Any length"));
    m_maxHours->setPrefix(tr("Up to "));
    m_maxHours->setSuffix(tr(" hours"));
    m_maxHours->setAccessibleName(tr("Longest course, in hours"));
    m_maxHours->setToolTip(tr("Show only courses that take at most this many hours"));
    connect(m_maxHours, &QSpinBox::valueChanged, this, &CatalogFilterBar::changed);

    m_maxCost = new QSpinBox(this);
    m_maxCost->setObjectName(QStringLiteral("maxCostFilter"));
    m_maxCost->setRange(0, 100000);
    m_maxCost->setSingleStep(25);
    m_maxCost->setSpecialValueText(tr("Any price"));
    m_maxCost->setPrefix(tr("Up to "));
    m_maxCost->setAccessibleName(tr("Highest price"));
    m_maxCost->setToolTip(tr("Show only courses that cost at most this much, in the course's own currency"));
    connect(m_maxCost, &QSpinBox::valueChanged, this, &CatalogFilterBar::changed);

    m_freeOnly = new QCheckBox(tr("&Free only"), this);
    m_freeOnly->setObjectName(QStringLiteral("freeOnlyFilter"));
    m_freeOnly->setAccessibleName(tr("Free courses only"));
    m_freeOnly->setToolTip(tr("Show only courses that cost nothing"));
    connect(m_freeOnly, &QCheckBox::toggled, this, &CatalogFilterBar::changed);

    m_sort = addCombo("sortOrder", tr("Sort by"), tr("The order of the courses in the list"));
    m_sort->addItem(tr("Best match"), int(CourseQuery::Sort::Relevance));
    m_sort->addItem(tr("Title (A to Z)"), int(CourseQuery::Sort::Title));
    m_sort->addItem(tr("Shortest first"), int(CourseQuery::Sort::Duration));
    m_sort->addItem(tr("Lowest price first"), int(CourseQuery::Sort::Cost));
    auto* sortLabel = new QLabel(tr("&Sort by:"), this);
    sortLabel->setBuddy(m_sort);

    m_clear = new QPushButton(tr("&Clear filters"), this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setAccessibleName(tr("Clear filters"));
    m_clear->setToolTip(tr("Show all courses again: remove every filter"));
    connect(m_clear, &QPushButton::clicked, this, &CatalogFilterBar::clearFilters);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(8);
    layout->addWidget(m_provider, 0, 0);
    layout->addWidget(m_skill, 0, 1);
    layout->addWidget(m_level, 0, 2);
    layout->addWidget(m_language, 0, 3);
    layout->addWidget(m_delivery, 0, 4);
    layout->addWidget(m_maxHours, 1, 0);
    layout->addWidget(m_maxCost, 1, 1);
    layout->addWidget(m_freeOnly, 1, 2);
    auto* sortRow = new QHBoxLayout;
    sortRow->addWidget(sortLabel);
    sortRow->addWidget(m_sort, 1);
    // Sorting and Clear share the last two columns, so "Best match" is not cut in a narrow window.
    sortRow->addWidget(m_clear);
    layout->addLayout(sortRow, 1, 3, 1, 2);
    for (int column = 0; column < 5; ++column)
        layout->setColumnStretch(column, 1);
}

QComboBox* CatalogFilterBar::addCombo(const char* objectName, const QString& accessibleName, const QString& toolTip)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(QLatin1String(objectName));
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(toolTip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    connect(combo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_reloading)
            emit changed();
    });
    return combo;
}

void CatalogFilterBar::reload(const CatalogStore& store)
{
    m_reloading = true;
    QList<std::pair<QString, QString>> providers;
    for (const Provider& provider : store.providers())
        providers.append({provider.name, provider.id});
    refill(m_provider, providers);

    const QString skillText = m_skill->currentText();
    QList<std::pair<QString, QString>> skills;
    for (const Skill& skill : store.skills())
        skills.append({skill.label, skill.label});
    refill(m_skill, skills);
    {
        const QSignalBlocker blocker(m_skill);
        m_skill->setEditText(skillText);
    }

    QList<std::pair<QString, QString>> languages;
    for (const QString& code : store.languages())
        languages.append({Format::languageName(code), code});
    std::sort(
        languages.begin(), languages.end(), [](const auto& a, const auto& b) { return a.first.localeAwareCompare(b.first) < 0; });
    refill(m_language, languages);
    m_reloading = false;
}

void CatalogFilterBar::applyTo(CourseQuery& query) const
{
    query.provider = m_provider->currentData().toString();
    query.skill = m_skill->currentText().trimmed();
    query.level = m_level->currentData().toString();
    query.language = m_language->currentData().toString();
    query.delivery = m_delivery->currentData().toString();
    query.maxHours = m_maxHours->value() > 0 ? std::optional<double>(m_maxHours->value()) : std::nullopt;
    query.maxCost = m_maxCost->value() > 0 ? std::optional<double>(m_maxCost->value()) : std::nullopt;
    query.freeOnly = m_freeOnly->isChecked();
    query.sort = CourseQuery::Sort(m_sort->currentData().toInt());
}

bool CatalogFilterBar::hasFilters() const
{
    CourseQuery query;
    applyTo(query);
    return !query.provider.isEmpty() || !query.skill.isEmpty() || !query.level.isEmpty() || !query.language.isEmpty()
        || !query.delivery.isEmpty() || query.maxHours || query.maxCost || query.freeOnly;
}

void CatalogFilterBar::setSort(CourseQuery::Sort sort)
{
    m_sort->setCurrentIndex(m_sort->findData(int(sort)));
}

void CatalogFilterBar::clearFilters()
{
    {
        const QSignalBlocker b1(m_provider), b2(m_skill), b3(m_level), b4(m_language), b5(m_delivery);
        const QSignalBlocker b6(m_maxHours), b7(m_maxCost), b8(m_freeOnly);
        m_provider->setCurrentIndex(0);
        m_skill->setCurrentIndex(0);
        m_skill->setEditText(QString());
        m_level->setCurrentIndex(0);
        m_language->setCurrentIndex(0);
        m_delivery->setCurrentIndex(0);
        m_maxHours->setValue(0);
        m_maxCost->setValue(0);
        m_freeOnly->setChecked(false);
    }
    emit changed();
}

} // namespace credfolio
