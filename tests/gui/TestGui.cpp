// Drives the real widgets of the main window: search, select, change a course status,
// follow progress, drop catalog files, and check every item model.

#include "MainWindow.h"
#include "catalog/CatalogImporter.h"
#include "catalog/CatalogStore.h"
#include "catalog/CatalogView.h"
#include "catalog/CourseDetailPane.h"
#include "catalog/CourseStatusEditor.h"
#include "catalog/CourseTableModel.h"
#include "progress/MicrocredentialDetailPane.h"
#include "progress/MicrocredentialListModel.h"
#include "progress/PlanCard.h"
#include "progress/ProgressStore.h"
#include "progress/ProgressView.h"
#include "session/Session.h"
#include "widgets/MessageWidget.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace credfolio;

class TestGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void searchSelectCompleteAndFollowProgress();
    void searchShowsEmptyStateAndEscapeClears();
    void courseTableModel();
    void microcredentialListModel();
    void dropGoodCatalogImports();
    void dropBadCatalogShowsErrorAndChangesNothing();
    void dragEnterAcceptsOnlyCatalogFiles();
    void settingsRestoreLastView();
    void searchIsFastOnLargeCatalog();

private:
    std::unique_ptr<MainWindow> showWindow();
    static QString dataFile(const QString& name);
    // Switches views the way a learner does, with the keyboard shortcut.
    static void pressViewShortcut(MainWindow& window, Qt::Key key);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("CredfolioTest"));
    QApplication::setApplicationName(QStringLiteral("credfolio-test-gui"));
}

void TestGui::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Session::openPortfolio(m_dir->filePath(QStringLiteral("portfolio.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_db = std::move(opened).value();
}

void TestGui::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QString TestGui::dataFile(const QString& name)
{
    return QStringLiteral(CREDFOLIO_TEST_DATA "/catalog/") + name;
}

std::unique_ptr<MainWindow> TestGui::showWindow()
{
    auto window = std::make_unique<MainWindow>(*m_db);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("window did not become active");
    return window;
}

void TestGui::pressViewShortcut(MainWindow& window, Qt::Key key)
{
    QTest::keyClick(&window, key, Qt::ControlModifier);
}

void TestGui::searchSelectCompleteAndFollowProgress()
{
    // A microcredential whose first group needs every course, and the first of those.
    const CatalogStore catalog(m_db->connection());
    Microcredential target;
    for (const Microcredential& micro : catalog.microcredentials()) {
        if (!micro.requirements.empty() && micro.requirements.front().kind == RequirementGroup::Kind::All) {
            target = micro;
            break;
        }
    }
    QVERIFY(!target.id.isEmpty());
    const QString courseId = target.requirements.front().courseIds.constFirst();
    const auto course = catalog.course(courseId);
    QVERIFY(course);

    auto window = showWindow();
    auto* progressView = window->progressView();
    auto* catalogView = window->catalogView();

    // Add the microcredential to the plan through the chooser in the Progress view.
    pressViewShortcut(*window, Qt::Key_2);
    QCOMPARE(window->currentView(), MainWindow::View::Progress);
    QVERIFY(progressView->findChild<QLabel*>(QStringLiteral("emptyPlan"))->isVisible());
    QTableView* microTable = progressView->tableView();
    const QModelIndex microIndex = progressView->model()->index(progressView->model()->rowOf(target.id), 0);
    QVERIFY(microIndex.isValid());
    microTable->scrollTo(microIndex);
    QTest::mouseClick(microTable->viewport(), Qt::LeftButton, {}, microTable->visualRect(microIndex).center());
    QCOMPARE(progressView->detailPane()->microcredentialId(), target.id);
    QTest::mouseClick(progressView->detailPane()->planButton(), Qt::LeftButton);
    QVERIFY(ProgressStore(m_db->connection()).isPlanned(target.id));
    QCOMPARE(progressView->cards().size(), 1);
    const int before = progressView->cards().constFirst()->progressBar()->value();

    // Find the course by typing into the search box.
    pressViewShortcut(*window, Qt::Key_1);
    QCOMPARE(window->currentView(), MainWindow::View::Catalog);
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit* search = catalogView->searchEdit();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, course->title);
    CourseTableModel* model = catalogView->model();
    QTRY_COMPARE(model->query().text, course->title);
    const int row = model->rowOfCourse(courseId);
    QVERIFY(row >= 0);

    // Pick it in the table, then press Enter to reach the status controls.
    QTableView* table = catalogView->tableView();
    const QModelIndex index = model->index(row, CourseTableModel::Title);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    CourseDetailPane* details = catalogView->detailPane();
    QCOMPARE(details->courseId(), courseId);
    QCOMPARE(details->findChild<QLabel*>(QStringLiteral("courseTitle"))->text(), course->title);
    QVERIFY(details->findChild<QLabel*>(QStringLiteral("courseMicrocredentials"))->text().contains(target.title.toHtmlEscaped()));
    QTest::keyClick(table, Qt::Key_Return);
    QComboBox* state = details->statusEditor()->stateCombo();
    QTRY_VERIFY(state->hasFocus());

    // Completed is the last status: End selects it, and it is saved at once.
    QTest::keyClick(state, Qt::Key_End);
    QCOMPARE(state->currentData().toInt(), int(CourseStatus::State::Completed));
    QVERIFY(ProgressStore(m_db->connection()).courseStatus(courseId).isCompleted());
    QVERIFY(!details->findChild<QSpinBox*>(QStringLiteral("coursePercent"))->isEnabled());
    QVERIFY(details->findChild<QDateEdit*>(QStringLiteral("courseCompletedOn"))->isEnabled());

    // The Progress view moved, and shows what the core computes.
    pressViewShortcut(*window, Qt::Key_2);
    QCOMPARE(window->currentView(), MainWindow::View::Progress);
    const auto progress = ProgressStore(m_db->connection()).progress();
    QCOMPARE(int(progress.size()), 1);
    QCOMPARE(progressView->cards().size(), 1);
    QProgressBar* bar = progressView->cards().constFirst()->progressBar();
    QVERIFY(bar->isVisible());
    QVERIFY(bar->value() > before);
    QCOMPARE(bar->value(), progress.front().percent);
    QCOMPARE(bar->text(), QStringLiteral("%1 of %2 courses").arg(progress.front().completedUnits).arg(progress.front().requiredUnits));

    // A remaining step opens its course in the catalog.
    const QString nextCourse = progress.front().remainingCourses.value(0);
    if (!nextCourse.isEmpty()) {
        auto* step = progressView->cards().constFirst()->findChild<QAbstractButton*>(QStringLiteral("planStep"));
        QVERIFY(step);
        QCOMPARE(step->property("courseId").toString(), nextCourse);
        QTest::mouseClick(step, Qt::LeftButton);
        QCOMPARE(window->currentView(), MainWindow::View::Catalog);
        QCOMPARE(details->courseId(), nextCourse);
        QTRY_VERIFY(model->rowOfCourse(nextCourse) >= 0);
        QCOMPARE(model->courseIdAt(table->currentIndex().row()), nextCourse);
    }
}

void TestGui::searchShowsEmptyStateAndEscapeClears()
{
    auto window = showWindow();
    CatalogView* view = window->catalogView();
    QLineEdit* search = view->searchEdit();
    const int all = view->model()->totalCount();
    QVERIFY(all > 0);
    QTest::keyClicks(search, QStringLiteral("zzqxnothing"));
    QTRY_COMPARE(view->model()->totalCount(), 0);
    auto* empty = view->findChild<QLabel*>(QStringLiteral("emptyState"));
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("Try fewer words")));
    QCOMPARE(view->findChild<QLabel*>(QStringLiteral("resultCount"))->text(), QStringLiteral("0 courses"));

    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QTRY_COMPARE(view->model()->totalCount(), all);
    QVERIFY(view->tableView()->isVisible());
}

void TestGui::courseTableModel()
{
    CourseTableModel model(m_db->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(CourseQuery{});
    const int total = CatalogStore(m_db->connection()).courseCount();
    QCOMPARE(model.totalCount(), total);
    QCOMPARE(model.rowCount(), std::min(total, int(CourseTableModel::PageSize)));
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), total);
    QVERIFY(!model.courseIdAt(0).isEmpty());
    QCOMPARE(model.data(model.index(0, 0), CourseTableModel::CourseIdRole).toString(), model.courseIdAt(0));

    // Sorting re-queries: cheapest first puts a free course on top.
    model.sort(CourseTableModel::Cost);
    QCOMPARE(model.query().sort, CourseQuery::Sort::Cost);
    QCOMPARE(model.data(model.index(0, CourseTableModel::Cost)).toString(), QStringLiteral("Free"));

    CourseQuery query;
    query.text = QStringLiteral("python");
    query.freeOnly = true;
    model.setQuery(query);
    QVERIFY(model.totalCount() > 0);
    QVERIFY(model.totalCount() < total);
}

void TestGui::microcredentialListModel()
{
    MicrocredentialListModel model(m_db->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto all = CatalogStore(m_db->connection()).microcredentials();
    QCOMPARE(model.rowCount(), int(all.size()));
    const QString id = model.idAt(0);
    QVERIFY(ProgressStore(m_db->connection()).addToPlan(id).ok());
    model.reload();
    QCOMPARE(model.data(model.index(model.rowOf(id), MicrocredentialListModel::Status)).toString(), QStringLiteral("In your plan"));
    QVERIFY(model.data(model.index(0, MicrocredentialListModel::Courses)).toInt() > 0);
}

void TestGui::dropGoodCatalogImports()
{
    const QString good = dataFile(QStringLiteral("good-small.json"));
    QVERIFY(QFile::exists(good));
    auto window = showWindow();
    const int before = CatalogStore(m_db->connection()).courseCount();

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(good)});
    // Dropped on the search box: a drop anywhere on the window imports.
    QWidget* target = window->catalogView()->searchEdit();
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());

    const CatalogStore catalog(m_db->connection());
    QVERIFY(catalog.courseIds().contains(QStringLiteral("al-python-intro")));
    const int after = catalog.courseCount();
    QVERIFY(after > before);
    MessageWidget* message = window->messageWidget();
    QVERIFY(message->isVisible());
    QCOMPARE(message->type(), MessageWidget::Type::Positive);
    QVERIFY(message->text().contains(QStringLiteral("good-small.json")));
    // Views refreshed: the list and the status bar count the new courses.
    QCOMPARE(window->catalogView()->model()->totalCount(), after);
    QVERIFY(window->findChild<QLabel*>(QStringLiteral("courseCountStatus"))->text().contains(QLocale().toString(after)));
    QVERIFY(window->progressView()->model()->rowOf(QStringLiteral("mc-data-basics")) >= 0);
}

void TestGui::dropBadCatalogShowsErrorAndChangesNothing()
{
    const QString bad = dataFile(QStringLiteral("bad-many-problems.json"));
    QVERIFY(QFile::exists(bad));
    auto window = showWindow();
    const int before = CatalogStore(m_db->connection()).courseCount();
    const int microBefore = window->progressView()->model()->rowCount();

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(bad)});
    const QPoint pos = window->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &drop);

    QCOMPARE(CatalogStore(m_db->connection()).courseCount(), before);
    QCOMPARE(window->progressView()->model()->rowCount(), microBefore);
    MessageWidget* message = window->messageWidget();
    QVERIFY(message->isVisible());
    QCOMPARE(message->type(), MessageWidget::Type::Error);
    QVERIFY(message->text().contains(QStringLiteral("bad-many-problems.json")));
    QVERIFY(message->detailsVisible());
    // Every problem is listed, with where it sits.
    const CatalogImportResult expected = CatalogImporter(*m_db).importFile(bad);
    QVERIFY(!expected.ok);
    QVERIFY(expected.problems.size() > 1);
    const QStringList lines = message->details().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), int(expected.problems.size()));
    for (const CatalogProblem& problem : expected.problems) {
        QVERIFY2(message->details().contains(problem.message), qPrintable(problem.message));
        QVERIFY2(message->details().contains(problem.location), qPrintable(problem.location));
    }
    QTest::mouseClick(message->findChild<QWidget*>(QStringLiteral("messageCloseButton")), Qt::LeftButton);
    QVERIFY(!message->isVisible());
}

void TestGui::dragEnterAcceptsOnlyCatalogFiles()
{
    QCOMPARE(MainWindow::catalogFilesIn({QUrl::fromLocalFile(QStringLiteral("/tmp/a.JSON")), QUrl::fromLocalFile(QStringLiteral("/tmp/b.csv"))}).size(), 2);
    QVERIFY(MainWindow::catalogFilesIn({QUrl::fromLocalFile(QStringLiteral("/tmp/a.txt"))}).isEmpty());
    QVERIFY(MainWindow::catalogFilesIn({QUrl(QStringLiteral("https://example.org/a.json"))}).isEmpty());

    auto window = showWindow();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/notes.pdf"))});
    QDragEnterEvent enter(window->rect().center(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QApplication::sendEvent(window.get(), &enter);
    QVERIFY(!enter.isAccepted());
}

void TestGui::settingsRestoreLastView()
{
    {
        auto window = showWindow();
        QCOMPARE(window->currentView(), MainWindow::View::Catalog);
        window->resize(1100, 700);
        pressViewShortcut(*window, Qt::Key_2);
        QCOMPARE(window->currentView(), MainWindow::View::Progress);
        window->close();
    }
    auto window = showWindow();
    QCOMPARE(window->currentView(), MainWindow::View::Progress);
    QCOMPARE(window->size(), QSize(1100, 700));
    QVERIFY(window->progressView()->isVisible());
}

void TestGui::searchIsFastOnLargeCatalog()
{
    // 10,000 extra courses from one generated CSV-free JSON file.
    QByteArray json = R"({"format":"credfolio-catalog","version":1,"name":"Large","providers":[{"id":"bulk","name":"Bulk Academy"}],"courses":[)";
    const char* words[] = {"Data", "Python", "Care", "Leadership", "Cloud", "Design", "Finance", "Safety"};
    for (int i = 0; i < 10000; ++i) {
        if (i > 0)
            json += ',';
        json += QStringLiteral(R"({"id":"bulk-%1","title":"%2 Course %1","provider":"bulk","summary":"Practice %3 with %2.","hours":%4})")
                    .arg(i)
                    .arg(QLatin1String(words[i % 8]), QLatin1String(words[(i / 8) % 8]))
                    .arg(1 + i % 40)
                    .toUtf8();
    }
    json += "]}";
    const CatalogImportResult imported = CatalogImporter(*m_db).importBytes(json, QStringLiteral("large.json"));
    QVERIFY2(imported.ok, qPrintable(imported.errorText()));

    auto window = showWindow();
    CatalogView* view = window->catalogView();
    QVERIFY(view->model()->totalCount() > 10000);
    QElapsedTimer timer;
    timer.start();
    QTest::keyClicks(view->searchEdit(), QStringLiteral("python"));
    QTRY_COMPARE(view->model()->query().text, QStringLiteral("python"));
    QVERIFY(view->model()->totalCount() > 1000);
    QCOMPARE(view->model()->rowCount(), int(CourseTableModel::PageSize));
    // Typing plus the debounce delay plus the query; generous for slow CI machines.
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    timer.restart();
    view->model()->refresh();
    qInfo("one search over %d courses: %lld ms", view->model()->totalCount(), timer.elapsed());
    QVERIFY(timer.elapsed() < 250);
}

QTEST_MAIN(TestGui)
#include "TestGui.moc"
