#pragma once

#include "common/Result.h"

#include <QObject>
#include <QString>

#include <memory>

namespace credfolio {

class Database;
class MainWindow;

// Owns the open portfolio and the main window over it. A restore swaps both: the window is
// closed (saving its settings, stopping its jobs), the connection closed, the backup put in
// place, the portfolio reopened and a new window shown, without restarting the app.
class WindowSession : public QObject {
    Q_OBJECT

public:
    WindowSession();
    ~WindowSession() override;

    // Opens the portfolio (--db, CREDFOLIO_DB or the default) and shows the window.
    Status open(const QString& commandLinePath);
    MainWindow* window() const { return m_window.get(); }
    Database* database() const { return m_db.get(); }

    // Closes the window and the portfolio, restores backupPath over it (confirmed by the
    // learner already) and reopens. On failure the old portfolio is reopened, untouched,
    // and the message says why. Returns whether the restore happened.
    bool restore(const QString& backupPath);

private:
    Status reopen();

    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace credfolio
