#include "portfolio/LearnerProfile.h"

#include "storage/SqlUtil.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

namespace credfolio {

Result<LearnerProfile> LearnerProfile::load(const QSqlDatabase& db)
{
    LearnerProfile p;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name, headline FROM learner_profile WHERE id = 1")))
        return Result<LearnerProfile>::failure(QCoreApplication::translate("LearnerProfile", "The profile cannot be read."));
    if (q.next()) {
        p.name = q.value(0).toString();
        p.headline = q.value(1).toString();
    }
    if (q.exec(QStringLiteral("SELECT identity, kind FROM learner_identities ORDER BY kind, rowid"))) {
        while (q.next()) {
            if (q.value(1).toString() == QLatin1String("email"))
                p.emails.append(q.value(0).toString());
            else
                p.urls.append(q.value(0).toString());
        }
    }
    return p;
}

Status LearnerProfile::save(const QSqlDatabase& db) const
{
    for (const QString& email : emails) {
        const QString e = email.trimmed();
        if (e.isEmpty() || !e.contains(QLatin1Char('@')) || e.startsWith(QLatin1Char('@')) || e.endsWith(QLatin1Char('@'))
            || e.contains(QLatin1Char(' ')))
            return Status::failure(QCoreApplication::translate("LearnerProfile", "\"%1\" is not an email address.").arg(email));
    }
    for (const QString& url : urls) {
        const QUrl u(url.trimmed(), QUrl::StrictMode);
        if (!u.isValid() || u.isRelative() || u.scheme().isEmpty())
            return Status::failure(
                QCoreApplication::translate("LearnerProfile", "\"%1\" is not a full URL (like https://example.org/me).")
                    .arg(url));
    }
    Transaction transaction(db);
    if (Status s = transaction.begin(); !s)
        return s;
    QSqlQuery q(db);
    if (Status s = sql::prepare(q,
            QStringLiteral("INSERT INTO learner_profile (id, name, headline) VALUES (1, ?, ?)"
                           " ON CONFLICT(id) DO UPDATE SET name = excluded.name, headline = excluded.headline"));
        !s)
        return s;
    q.addBindValue(name.trimmed().isNull() ? QStringLiteral("") : name.trimmed());
    q.addBindValue(headline.trimmed().isNull() ? QStringLiteral("") : headline.trimmed());
    if (Status s = sql::exec(q); !s)
        return s;
    if (Status s = sql::run(db, QStringLiteral("DELETE FROM learner_identities")); !s)
        return s;
    QSqlQuery add(db);
    if (Status s = sql::prepare(add, QStringLiteral("INSERT OR IGNORE INTO learner_identities (identity, kind) VALUES (?, ?)"));
        !s)
        return s;
    const auto insert = [&](const QString& identity, const char* kind) {
        add.addBindValue(identity.trimmed());
        add.addBindValue(QLatin1String(kind));
        return sql::exec(add);
    };
    for (const QString& e : emails) {
        if (Status s = insert(e, "email"); !s)
            return s;
    }
    for (const QString& u : urls) {
        if (Status s = insert(u, "url"); !s)
            return s;
    }
    return transaction.commit();
}

} // namespace credfolio
