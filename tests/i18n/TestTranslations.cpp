// The shipped translations (translations/*.ts): complete, consistent with their sources, up to
// date with what lupdate finds in the code, and actually used at run time.

#include "MainWindow.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace credfolio;

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList forms; // one translation, or the numerus forms

    QString key() const { return context + QLatin1Char('\n') + source + QLatin1Char('\n') + comment; }
    QString label() const { return context + QStringLiteral(": \"") + source + QLatin1Char('"'); }
};

QList<Message> readTs(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{};
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.forms.append(xml.readElementText());
            } else {
                current.forms.append(xml.readElementText());
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?[1-9n]"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

QStringList tags(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("</?[a-zA-Z][a-zA-Z0-9]*"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured().toLower());
    found.sort();
    return found;
}

QString report(const QStringList& problems)
{
    return QStringLiteral("%1 problem(s):\n  ").arg(problems.size()) + problems.join(QStringLiteral("\n  "));
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void complete_data();
    void complete();
    void consistent_data();
    void consistent();
    void upToDate_data();
    void upToDate();
    void shippedLanguagesAreOffered();
    void germanAtRunTime();
    void cleanupTestCase();

private:
    void languageRows();

    QTemporaryDir m_dir;
    QStringList m_languages; // from translations/credfolio_XX.ts
    QHash<QString, QList<Message>> m_shipped;
    QHash<QString, QList<Message>> m_fresh; // what lupdate makes from the sources now
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QDir translations(QStringLiteral(CREDFOLIO_SOURCE_DIR "/translations"));
    const QStringList files = translations.entryList({QStringLiteral("credfolio_*.ts")}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        m_languages.append(file.mid(10, file.size() - 13));
    for (const char* required : {"de", "es", "fr"})
        QVERIFY2(m_languages.contains(QLatin1String(required)), required);

    // One lupdate run per kind of file: the translations take every string, English only plurals.
    const QString sourceDir = QStringLiteral(CREDFOLIO_SOURCE_DIR);
    const QStringList sources{
        sourceDir + QStringLiteral("/core"), sourceDir + QStringLiteral("/ui"), sourceDir + QStringLiteral("/app")};
    for (const bool english : {false, true}) {
        QStringList args{QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none")};
        if (english)
            args << QStringLiteral("-pluralonly") << QStringLiteral("-source-language") << QStringLiteral("en");
        args << sources << QStringLiteral("-ts");
        bool any = false;
        for (const QString& lang : std::as_const(m_languages)) {
            if ((lang == QLatin1String("en")) == english) {
                args << m_dir.filePath(QStringLiteral("credfolio_%1.ts").arg(lang));
                any = true;
            }
        }
        if (!any)
            continue;
        QProcess lupdate;
        lupdate.start(QStringLiteral(CREDFOLIO_LUPDATE), args);
        QVERIFY2(lupdate.waitForFinished(60000), qPrintable(lupdate.errorString()));
        const QByteArray warnings = lupdate.readAllStandardError();
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, warnings.constData());
        // Anything a silent lupdate says is a warning, such as a tr() in a class without
        // Q_OBJECT: the program would look that string up under another context than the
        // .ts files hold it under, so it would never be translated.
        QVERIFY2(warnings.trimmed().isEmpty(), warnings.constData());
    }
    for (const QString& lang : std::as_const(m_languages)) {
        QString error;
        m_shipped.insert(lang, readTs(translations.filePath(QStringLiteral("credfolio_%1.ts").arg(lang)), &error));
        QVERIFY2(error.isEmpty(), qPrintable(lang + QStringLiteral(": ") + error));
        m_fresh.insert(lang, readTs(m_dir.filePath(QStringLiteral("credfolio_%1.ts").arg(lang)), &error));
        QVERIFY2(error.isEmpty(), qPrintable(lang + QStringLiteral(" (lupdate): ") + error));
        QVERIFY2(!m_fresh.value(lang).isEmpty(), qPrintable(lang));
    }
}

void TestTranslations::languageRows()
{
    QTest::addColumn<QString>("lang");
    for (const QString& lang : std::as_const(m_languages))
        QTest::newRow(qPrintable(lang)) << lang;
}

void TestTranslations::complete_data()
{
    languageRows();
}

// Every message translated and still in use.
void TestTranslations::complete()
{
    QFETCH(QString, lang);
    QStringList problems;
    for (const Message& m : m_shipped.value(lang)) {
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            problems.append(QStringLiteral("%1 (%2: the sources no longer use it)").arg(m.label(), m.type));
        else if (m.type == QLatin1String("unfinished"))
            problems.append(m.label() + QStringLiteral(" (unfinished)"));
        else if (m.forms.isEmpty() || m.forms.contains(QString()))
            problems.append(m.label() + QStringLiteral(" (empty translation)"));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

void TestTranslations::consistent_data()
{
    languageRows();
}

// Placeholders, markup and plural forms match the source, so nothing is lost at run time.
void TestTranslations::consistent()
{
    QFETCH(QString, lang);
    // The number of plural forms the language has, as lupdate writes them for a new message.
    qsizetype pluralForms = 0;
    for (const Message& m : m_fresh.value(lang)) {
        if (m.numerus) {
            pluralForms = m.forms.size();
            break;
        }
    }
    QStringList problems;
    for (const Message& m : m_shipped.value(lang)) {
        if (m.type == QLatin1String("unfinished") || m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            continue; // complete() reports those
        if (m.numerus && pluralForms > 0 && m.forms.size() != pluralForms)
            problems.append(
                m.label() + QStringLiteral(" (%1 plural forms, %2 needs %3)").arg(m.forms.size()).arg(lang).arg(pluralForms));
        const QStringList wanted = placeholders(m.source);
        const QStringList markup = tags(m.source);
        for (const QString& form : m.forms) {
            QStringList got = placeholders(form);
            // A plural form may leave the number out ("one course" for %n = 1), nothing else.
            if (m.numerus && !got.contains(QLatin1String("%n")) && !got.contains(QLatin1String("%Ln")))
                got = placeholders(form + QStringLiteral(" %n"));
            if (got != wanted) {
                problems.append(m.label()
                    + QStringLiteral(" (placeholders %1 in \"%2\", source has %3)")
                          .arg(got.join(QLatin1Char(',')), form, wanted.join(QLatin1Char(','))));
            }
            if (tags(form) != markup)
                problems.append(m.label() + QStringLiteral(" (HTML tags differ in \"%1\")").arg(form));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

void TestTranslations::upToDate_data()
{
    languageRows();
}

// Every string the sources hold is in the shipped file (scripts/i18n-update adds them).
void TestTranslations::upToDate()
{
    QFETCH(QString, lang);
    QSet<QString> shipped;
    for (const Message& m : m_shipped.value(lang))
        shipped.insert(m.key());
    QStringList missing;
    for (const Message& m : m_fresh.value(lang)) {
        if (!shipped.contains(m.key()))
            missing.append(m.label());
    }
    QVERIFY2(missing.isEmpty(),
        qPrintable(QStringLiteral("run scripts/i18n-update; credfolio_%1.ts lacks ").arg(lang) + report(missing)));
}

// The list the Settings dialog offers matches the files shipped, and each is embedded.
void TestTranslations::shippedLanguagesAreOffered()
{
    QStringList offered;
    for (const i18n::Language& language : i18n::availableLanguages()) {
        QVERIFY(!language.nativeName.isEmpty());
        offered.append(language.code);
        if (language.code != QLatin1String("en"))
            QVERIFY2(m_languages.contains(language.code), qPrintable(language.code));
    }
    for (const QString& lang : std::as_const(m_languages)) {
        QVERIFY2(offered.contains(lang), qPrintable(lang));
        const QString qm = QStringLiteral(":/i18n/credfolio_%1.qm").arg(lang);
        QVERIFY2(QFile::exists(qm), qPrintable(qm + QStringLiteral(" is not embedded")));
    }
}

void TestTranslations::germanAtRunTime()
{
    QCOMPARE(i18n::installLanguage(qApp, QStringLiteral("de")), QStringLiteral("de"));
    // Credfolio's own catalog, looked up the way MainWindow does.
    QCOMPARE(MainWindow::tr("&File"), QStringLiteral("&Datei"));
    QCOMPARE(MainWindow::tr("%n badge file(s)", nullptr, 3), QStringLiteral("3 Badge-Dateien"));
    // Qt's own (qtbase_de.qm): standard buttons.
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    // Dates and numbers follow the language.
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));

    // English: plurals from credfolio_en.ts, no German left behind.
    QCOMPARE(i18n::installLanguage(qApp, QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(MainWindow::tr("&File"), QStringLiteral("&File"));
    QCOMPARE(MainWindow::tr("%n badge file(s)", nullptr, 1), QStringLiteral("1 badge file"));
    QCOMPARE(MainWindow::tr("%n badge file(s)", nullptr, 2), QStringLiteral("2 badge files"));
    QDialogButtonBox english(QDialogButtonBox::Cancel);
    QCOMPARE(english.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
}

void TestTranslations::cleanupTestCase()
{
    i18n::installLanguage(qApp, QStringLiteral("en"));
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
