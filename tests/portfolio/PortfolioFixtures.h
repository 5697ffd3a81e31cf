#pragma once

// The verification core's fixtures (tests/data/verify/fixtures.json) as the portfolio tests
// use them: each file with its expected verdict, and the options that verify them offline.

#include "verify/Resolver.h"
#include "verify/VerifyOptions.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <vector>

namespace credfolio::test {

struct BadgeFixture {
    QString name;
    QString path;
    QString expect; // "valid", "invalid", "indeterminate", "error"
};

class BadgeFixtures {
public:
    BadgeFixtures()
    {
        const QString root = QStringLiteral(CREDFOLIO_TEST_DATA "/verify/");
        QFile file(root + QStringLiteral("fixtures.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read fixtures.json");
        const QJsonObject manifest = QJsonDocument::fromJson(file.readAll()).object();
        m_at = QDateTime::fromString(manifest.value(QLatin1String("at")).toString(), Qt::ISODate);
        const QJsonObject resolve = manifest.value(QLatin1String("resolve")).toObject();
        for (auto it = resolve.begin(); it != resolve.end(); ++it)
            m_resolver->addFile(it.key(), root + it.value().toString());
        for (const QJsonValue& v : manifest.value(QLatin1String("fixtures")).toArray()) {
            const QJsonObject f = v.toObject();
            m_fixtures.push_back({f.value(QLatin1String("name")).toString(), root + f.value(QLatin1String("file")).toString(),
                f.value(QLatin1String("expect")).toString()});
        }
    }

    const std::vector<BadgeFixture>& all() const { return m_fixtures; }
    const BadgeFixture& named(const QString& name) const
    {
        for (const BadgeFixture& f : m_fixtures) {
            if (f.name == name)
                return f;
        }
        qFatal("no fixture %s", qPrintable(name));
    }
    VerifyOptions options() const
    {
        VerifyOptions o;
        o.resolver = m_resolver.get();
        o.at = m_at;
        return o;
    }

private:
    std::shared_ptr<OfflineResolver> m_resolver = std::make_shared<OfflineResolver>();
    std::vector<BadgeFixture> m_fixtures;
    QDateTime m_at;
};

} // namespace credfolio::test
