#pragma once

// Internal to core/verify: what every format and proof suite needs while verifying one
// credential, and small JSON helpers.

#include "common/Result.h"
#include "verify/VerifyOptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace credfolio {

class JcsValue;
class Resolver;

struct VerifyContext {
    const VerifyOptions* options = nullptr;
    Resolver* resolver = nullptr;
    QDateTime at;
    // Credentials verified on behalf of another (a status list, a CLR's achievements) go one
    // level deeper; past maxDepth nothing more is fetched, so documents cannot loop.
    int depth = 0;
    static constexpr int maxDepth = 2;

    VerifyContext nested() const
    {
        VerifyContext inner = *this;
        ++inner.depth;
        return inner;
    }
};

namespace verifyutil {

// Parses signed JSON strictly (no duplicate members, depth limit, valid UTF-8) into an object.
// With strict, the strictly parsed value is kept there too (for proofs over the exact JSON).
// parsed, when given, is bytes as StrictJsonParser::parse has already read them: it is used
// rather than parsing again.
Result<QJsonObject> parseObject(const QByteArray& bytes, JcsValue* strict = nullptr, const JcsValue* parsed = nullptr);
// Fetches a document through the context's resolver and parses it as a JSON object.
Result<QJsonObject> fetchObject(const VerifyContext& ctx, const QString& url);
// A single value or an array of them, as JSON-LD allows, as a list.
QJsonArray asArray(const QJsonValue& value);
// The types of a node ("type" string or array, or OB 2.0 "@type").
QStringList typesOf(const QJsonObject& node);
// A node reference's id: the string itself, or the "id" of an embedded object.
QString idOf(const QJsonValue& value);
// "https://host:port" of an http(s) URL; empty for others.
QString originOf(const QString& url);

} // namespace verifyutil
} // namespace credfolio
