#pragma once

#include <QCommandLineParser>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace credfolio {

class Database;

namespace cli {

// Exit codes shared by every command (documented in docs/cli.md).
enum ExitCode { Success = 0, Failure = 1, BadInput = 2, Indeterminate = 3 };

// What a command needs: its arguments, an output and an error stream, and the portfolio.
class CliContext {
public:
    CliContext(QStringList arguments, QTextStream& out, QTextStream& err);
    ~CliContext();

    // Parses the command's own arguments (those after its name), adding --db, --json and
    // --help. Returns false after printing the reason when they are wrong.
    bool parse(QCommandLineParser& parser, const QString& usage);
    bool json() const { return m_json; }

    // Opens the portfolio named by --db (or CREDFOLIO_DB, or the default); prints the reason
    // and returns null when it cannot.
    Database* database();

    int fail(const QString& message, int code = BadInput);
    // The passphrase --passphrase-file names (first line, trimmed; empty when the option is
    // not given). Prints the reason and returns false when the file cannot be read.
    bool readPassphraseFile(const QCommandLineParser& parser, QString* passphrase);
    void printJson(const QJsonValue& value);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    const QStringList& arguments() const { return m_arguments; }
    bool helpShown() const { return m_helpShown; }

private:
    QStringList m_arguments;
    QTextStream& m_out;
    QTextStream& m_err;
    QString m_dbPath;
    bool m_json = false;
    bool m_helpShown = false;
    std::unique_ptr<Database> m_database;
};

// Runs credfolio-cli with arguments (without the program name).
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace cli
} // namespace credfolio
