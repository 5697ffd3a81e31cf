#include "badge/BadgeContainer.h"

#include "badge/PngBadge.h"
#include "badge/PngChunks.h"
#include "badge/SvgBadge.h"
#include "jcs/StrictJsonParser.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrl>

#include <array>

namespace credfolio {
namespace {

using R = Result<ExtractedCredential>;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

QByteArrayView trimmed(QByteArrayView text)
{
    if (text.startsWith(QByteArrayView("\xEF\xBB\xBF", 3))) // UTF-8 byte-order mark
        text = text.sliced(3);
    while (!text.isEmpty() && isSpace(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isSpace(text.back()))
        text.chop(1);
    return text;
}

// Counts open objects and arrays outside strings, so over-deep input is refused before
// any parser recurses into it.
bool withinDepth(QByteArrayView json, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > maxDepth)
                return false;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return true;
}

// The JSON payload, checked; whole, when it is the whole of the bytes it came from (no copy).
// Valid JSON comes with the value the strict parser read (ExtractedCredential::strictJson).
Result<std::pair<QByteArray, std::shared_ptr<const ExtractedCredential::StrictJson>>> checkJson(
    QByteArrayView json, const QByteArray& whole = {})
{
    using J = Result<std::pair<QByteArray, std::shared_ptr<const ExtractedCredential::StrictJson>>>;
    const auto bytes = [&] {
        return json.data() == whole.constData() && json.size() == whole.size() ? whole : json.toByteArray();
    };
    // What the strict parser accepts is within the depth limit (it counts levels as
    // withinDepth does) and is JSON to Qt's parser too, so it settles the common case, and
    // its value is kept for the verifier; otherwise the checks below decide, and word a
    // refusal, as before.
    if (auto strict = StrictJsonParser::parse(json, badgelimits::maxJsonDepth)) {
        const QByteArray text = bytes();
        return std::make_pair(text,
            std::make_shared<const ExtractedCredential::StrictJson>(
                ExtractedCredential::StrictJson{text, std::move(strict).value()}));
    }
    if (!withinDepth(json, badgelimits::maxJsonDepth))
        return J::failure(
            QStringLiteral("the JSON is nested deeper than %1 levels; Credfolio refuses it").arg(badgelimits::maxJsonDepth));
    // Syntax only (the callers have seen a '{', so valid JSON here is an object).
    QJsonParseError error;
    (void)QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return J::failure(QStringLiteral("the JSON is not valid: %1 at byte %2").arg(error.errorString()).arg(error.offset));
    return std::make_pair(bytes(), std::shared_ptr<const ExtractedCredential::StrictJson>());
}

bool isBase64UrlSegment(QByteArrayView segment)
{
    static constexpr auto alphabet = [] {
        std::array<bool, 256> table{};
        for (int c = 0; c < 256; ++c)
            table[size_t(c)] = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        return table;
    }();
    for (const char c : segment) {
        if (!alphabet[static_cast<unsigned char>(c)])
            return false;
    }
    return true;
}

// Shape only (three base64url segments, header and payload present): what the header says
// and whether the signature holds is the verifier's business, so that an "alg": "none"
// token is reported as a forgery rather than as "not a badge".
bool looksLikeCompactJws(QByteArrayView text)
{
    const qsizetype first = text.indexOf('.');
    if (first <= 0)
        return false;
    const qsizetype second = text.indexOf('.', first + 1);
    if (second < 0 || second == first + 1)
        return false;
    if (text.indexOf('.', second + 1) >= 0)
        return false;
    return isBase64UrlSegment(text.first(first)) && isBase64UrlSegment(text.sliced(first + 1, second - first - 1))
        && isBase64UrlSegment(text.sliced(second + 1));
}

bool looksLikeHostedUrl(QByteArrayView text)
{
    if (!text.startsWith("https://") && !text.startsWith("http://"))
        return false;
    for (const char c : text) {
        if (quint8(c) <= 0x20 || c == '"' || c == '<' || c == '>')
            return false;
    }
    const QUrl url(QString::fromUtf8(text), QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty();
}

// The text found inside an image: JSON, a compact JWS or (Open Badges 2.0 hosted) a URL.
R classifyEmbedded(QByteArrayView raw, ExtractedCredential::Container container, const QString& keyword)
{
    ExtractedCredential out;
    out.container = container;
    out.keyword = keyword;
    const QByteArrayView text = trimmed(raw);
    const QString where = container == ExtractedCredential::Container::Png ? QStringLiteral("PNG chunk \"%1\"").arg(keyword)
                                                                           : QStringLiteral("SVG element %1").arg(keyword);
    if (text.startsWith('{')) {
        auto json = checkJson(text);
        if (!json)
            return R::failure(QStringLiteral("the badge in the %1 cannot be read: %2").arg(where, json.error()));
        out.payload = ExtractedCredential::Payload::Json;
        out.bytes = json->first;
        out.strictJson = json->second;
    } else if (looksLikeCompactJws(text)) {
        out.payload = ExtractedCredential::Payload::CompactJws;
        out.bytes = text.toByteArray();
    } else if (looksLikeHostedUrl(text)) {
        out.payload = ExtractedCredential::Payload::Url;
        out.bytes = text.toByteArray();
    } else {
        return R::failure(QStringLiteral("the %1 holds neither JSON, a compact JWS nor a URL").arg(where));
    }
    return out;
}

R fromPng(QByteArrayView file)
{
    Result<PngBadgeText> badge = PngBadge::find(file);
    if (!badge)
        return R::failure(badge.error());
    return classifyEmbedded(badge->text, ExtractedCredential::Container::Png, badge->keyword);
}

R fromSvg(QByteArrayView file)
{
    Result<SvgBadgeText> badge = SvgBadge::find(file);
    if (!badge)
        return R::failure(badge.error());
    return classifyEmbedded(badge->text, ExtractedCredential::Container::Svg, badge->element);
}

} // namespace

Result<ExtractedCredential> BadgeContainer::extract(const QByteArray& fileBytes)
{
    if (fileBytes.size() > badgelimits::maxFileBytes)
        return R::failure(QStringLiteral("the file is larger than %1 MiB; Credfolio does not open badge files that large")
                              .arg(badgelimits::maxFileBytes / (1024 * 1024)));
    if (PngChunks::hasSignature(fileBytes))
        return fromPng(fileBytes);

    const QByteArrayView text = trimmed(fileBytes);
    if (text.isEmpty())
        return R::failure(QStringLiteral("not a badge: the file is empty"));
    if (text.front() == '<')
        return fromSvg(fileBytes);
    if (text.front() == '{') {
        auto json = checkJson(text, fileBytes);
        if (!json)
            return R::failure(json.error());
        ExtractedCredential out;
        out.container = ExtractedCredential::Container::Json;
        out.payload = ExtractedCredential::Payload::Json;
        out.bytes = json->first;
        out.strictJson = json->second;
        return out;
    }
    if (looksLikeCompactJws(text)) {
        ExtractedCredential out;
        out.container = ExtractedCredential::Container::Jws;
        out.payload = ExtractedCredential::Payload::CompactJws;
        out.bytes = text.toByteArray();
        return out;
    }
    return R::failure(QStringLiteral("not a badge: the file is neither a PNG or SVG image, JSON, nor a compact JWS"));
}

QString BadgeContainer::containerName(ExtractedCredential::Container container)
{
    switch (container) {
    case ExtractedCredential::Container::Png:
        return QStringLiteral("png");
    case ExtractedCredential::Container::Svg:
        return QStringLiteral("svg");
    case ExtractedCredential::Container::Json:
        return QStringLiteral("json");
    case ExtractedCredential::Container::Jws:
        return QStringLiteral("jws");
    }
    return {};
}

} // namespace credfolio
