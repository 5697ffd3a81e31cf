#include "util/Screenshots.h"

#include "MainWindow.h"
#include "catalog/CatalogView.h"
#include "portfolio/PortfolioView.h"
#include "progress/ProgressView.h"
#include "settings/SettingsDialog.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QListView>
#include <QPixmap>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace credfolio::Screenshots {

namespace {

// Lets layouts settle, images load and the window paint before it is grabbed.
void settle(int ms = 400)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(QWidget* widget, const QString& path)
{
    const bool ok = widget->grab().save(path, "PNG");
    std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "wrote" : "could not write", qPrintable(QDir::toNativeSeparators(path)));
    return ok;
}

void selectFirst(QAbstractItemView* view)
{
    if (view->model() && view->model()->rowCount() > 0)
        view->setCurrentIndex(view->model()->index(0, 0));
}

} // namespace

QString requestedFolder()
{
    return qEnvironmentVariable("CREDFOLIO_SCREENSHOTS");
}

int take(MainWindow& window, const QString& folder)
{
    if (!QDir().mkpath(folder)) {
        std::fprintf(stderr, "could not create %s\n", qPrintable(folder));
        return 1;
    }
    const QDir dir(folder);
    // CREDFOLIO_SCREENSHOT_SIZE=800x600 checks a small window; the README's are 1280x800.
    QSize size(1280, 800);
    const QStringList wh = qEnvironmentVariable("CREDFOLIO_SCREENSHOT_SIZE").split(QLatin1Char('x'));
    if (wh.size() == 2 && wh.at(0).toInt() > 0 && wh.at(1).toInt() > 0)
        size = QSize(wh.at(0).toInt(), wh.at(1).toInt());
    window.resize(size);
    window.show();
    settle();
    bool ok = true;

    window.setCurrentView(MainWindow::View::Catalog);
    selectFirst(window.catalogView()->tableView());
    settle();
    ok &= save(&window, dir.filePath(QStringLiteral("catalog.png")));

    window.setCurrentView(MainWindow::View::Progress);
    selectFirst(window.progressView()->tableView());
    settle();
    ok &= save(&window, dir.filePath(QStringLiteral("progress.png")));

    window.setCurrentView(MainWindow::View::Portfolio);
    selectFirst(window.portfolioView()->grid());
    settle(800); // badge images render off the UI thread
    ok &= save(&window, dir.filePath(QStringLiteral("portfolio.png")));

    SettingsDialog settings(&window);
    settings.show();
    settle();
    ok &= save(&settings, dir.filePath(QStringLiteral("settings.png")));
    settings.close();
    return ok ? 0 : 1;
}

} // namespace credfolio::Screenshots
