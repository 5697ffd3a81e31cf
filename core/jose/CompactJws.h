#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

namespace credfolio {

// A compact-serialized JWS (RFC 7515 section 7.1) split and decoded, not yet verified.
// parse() is strict: exactly three parts, each canonical unpadded base64url; the header
// is a JSON object without duplicate members; "alg" is a string and neither "none" nor an
// HMAC algorithm; "b64": false (RFC 7797) and "crit" entries it does not understand are
// refused, as RFC 7515 section 4.1.11 requires.
class CompactJws
{
public:
    // Largest token accepted (the badge container limit).
    static constexpr qsizetype maxTokenBytes = 16 * 1024 * 1024;

    static Result<CompactJws> parse(QByteArrayView token);

    const QJsonObject& header() const { return m_header; }
    // The decoded protected header bytes (JSON text, as signed).
    const QByteArray& headerBytes() const { return m_headerBytes; }
    const QByteArray& payload() const { return m_payload; }
    const QByteArray& signature() const { return m_signature; }
    // ASCII(BASE64URL(header) || '.' || BASE64URL(payload)): the bytes the signature covers.
    const QByteArray& signingInput() const { return m_signingInput; }
    QString algorithm() const { return m_header.value(QLatin1String("alg")).toString(); }
    QString keyId() const { return m_header.value(QLatin1String("kid")).toString(); }

private:
    CompactJws() = default;
    QJsonObject m_header;
    QByteArray m_headerBytes;
    QByteArray m_payload;
    QByteArray m_signature;
    QByteArray m_signingInput;
};

} // namespace credfolio
