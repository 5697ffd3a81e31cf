#pragma once

// The keys and tokens of tests/data/gen/crypto/jws-fixtures.json (made by
// make-jws-fixtures.mjs with Node's crypto), shared by the crypto tests.

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace credfolio::test {

inline QJsonObject jwsFixtures()
{
    QFile file(QStringLiteral(CREDFOLIO_TEST_DATA "/gen/crypto/jws-fixtures.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// One entry of "keys": {"jwk": {...}, "pem": "..."}.
inline QJsonObject jwsFixtureKey(const QString& name)
{
    return jwsFixtures().value(QLatin1String("keys")).toObject().value(name).toObject();
}

} // namespace credfolio::test
