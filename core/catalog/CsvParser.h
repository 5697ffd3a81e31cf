#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace credfolio {

// RFC 4180 CSV: comma-separated, double-quoted fields may hold commas, quotes ("")
// and line breaks. Each record remembers the line it starts on, for messages.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

struct CsvParseResult
{
    std::vector<CsvRecord> records;
    QString error; // set when the text is not well-formed CSV
    int errorLine = 0;
};

CsvParseResult parseCsv(const QByteArray& bytes);

} // namespace credfolio
