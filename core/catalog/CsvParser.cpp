#include "catalog/CsvParser.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace credfolio {

CsvParseResult parseCsv(const QByteArray& bytes)
{
    CsvParseResult result;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        result.error = QCoreApplication::translate("CatalogReader", "the file is not UTF-8 text");
        result.errorLine = 1;
        return result;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    CsvRecord record;
    QString field;
    int line = 1;
    record.line = 1;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int quoteLine = 0;
    bool recordHasContent = false;

    auto endField = [&] {
        record.fields.append(field);
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        if (recordHasContent || record.fields.size() > 1 || !record.fields.first().isEmpty())
            result.records.push_back(record);
        record = CsvRecord{};
        record.line = line;
        recordHasContent = false;
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                continue; // a CRLF inside quotes is one line break
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || fieldWasQuoted) {
                result.error = QCoreApplication::translate("CatalogReader",
                                                           "a quote appears inside a field that does not start with one");
                result.errorLine = line;
                return result;
            }
            inQuotes = true;
            fieldWasQuoted = true;
            recordHasContent = true;
            quoteLine = line;
        } else if (c == QLatin1Char(',')) {
            endField();
            recordHasContent = true;
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else if (fieldWasQuoted) {
            result.error = QCoreApplication::translate("CatalogReader", "text follows the closing quote of a field");
            result.errorLine = line;
            return result;
        } else {
            field += c;
        }
    }
    if (inQuotes) {
        result.error = QCoreApplication::translate("CatalogReader", "a quoted field is never closed (it opens here)");
        result.errorLine = quoteLine;
        return result;
    }
    endRecord();
    return result;
}

} // namespace credfolio
