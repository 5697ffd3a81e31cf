#include "CliContext.h"

#include "session/Session.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace credfolio::cli {

CliContext::CliContext(QStringList arguments, QTextStream& out, QTextStream& err)
    : m_arguments(std::move(arguments)), m_out(out), m_err(err)
{
}

CliContext::~CliContext() = default;

bool CliContext::parse(QCommandLineParser& parser, const QString& usage)
{
    const QCommandLineOption db(
        QStringLiteral("db"), QCoreApplication::translate("cli", "Use the portfolio at PATH."), QStringLiteral("PATH"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print one JSON value on stdout."));
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("cli", "Show this help."));
    parser.addOption(db);
    parser.addOption(json);
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList withProgram = m_arguments;
    withProgram.prepend(QStringLiteral("credfolio-cli"));
    if (!parser.parse(withProgram)) {
        m_err << parser.errorText() << '\n' << QCoreApplication::translate("cli", "Usage: %1").arg(usage) << '\n';
        m_err.flush();
        return false;
    }
    if (parser.isSet(help)) {
        m_out << QCoreApplication::translate("cli", "Usage: %1").arg(usage) << "\n\n"
              << parser.helpText().section(QLatin1Char('\n'), 2);
        m_out.flush();
        m_helpShown = true;
        return false;
    }
    m_dbPath = parser.value(db);
    m_json = parser.isSet(json);
    return true;
}

Database* CliContext::database()
{
    if (m_database)
        return m_database.get();
    auto opened = Session::openPortfolio(m_dbPath);
    if (!opened) {
        fail(opened.error());
        return nullptr;
    }
    m_database = std::move(opened).value();
    return m_database.get();
}

bool CliContext::readPassphraseFile(const QCommandLineParser& parser, QString* passphrase)
{
    passphrase->clear();
    if (!parser.isSet(QStringLiteral("passphrase-file")))
        return true;
    QFile file(parser.value(QStringLiteral("passphrase-file")));
    if (!file.open(QIODevice::ReadOnly)) {
        fail(QCoreApplication::translate("cli", "cannot read the passphrase file: %1").arg(file.errorString()));
        return false;
    }
    *passphrase = QString::fromUtf8(file.readAll()).trimmed();
    return true;
}

int CliContext::fail(const QString& message, int code)
{
    // One line on stderr: tools read the reason from it.
    QString line = message;
    line.replace(QLatin1Char('\n'), QStringLiteral("; "));
    m_err << "credfolio-cli: " << line << '\n';
    m_err.flush();
    return code;
}

void CliContext::printJson(const QJsonValue& value)
{
    QJsonDocument document;
    if (value.isArray())
        document.setArray(value.toArray());
    else
        document.setObject(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Compact)) << '\n';
    m_out.flush();
}

} // namespace credfolio::cli
