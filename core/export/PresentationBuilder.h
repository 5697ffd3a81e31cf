#pragma once

#include "common/Result.h"
#include "crypto/Ed25519SigningKey.h"
#include "portfolio/BadgeRecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <vector>

namespace credfolio {

class BadgeStore;

// What the employer asked for, if anything: the challenge (a nonce) and domain they gave,
// which the presentation's proof repeats so it cannot be replayed elsewhere.
struct PresentationOptions {
    QString challenge;
    QString domain;
    QDateTime created; // the proof's creation time; invalid: now
};

// A badge as it went into the presentation, or why it did not.
struct PresentedBadge {
    enum class Form { Embedded, Enveloped, Skipped };
    qint64 id = 0;
    QString name;
    Form form = Form::Skipped;
    QString reason; // for Skipped

    static QString formName(Form form); // "embedded", "enveloped", "skipped"
};

struct Presentation {
    QByteArray json; // the signed presentation, UTF-8 JSON
    QString holder; // the learner's did:key
    QList<PresentedBadge> badges; // every badge asked for, in order
    int carried() const;
};

// A W3C Verifiable Presentation (VC Data Model 2.0) of the learner's credentials, signed by
// the learner's key with eddsa-rdfc-2022 (proofPurpose authentication). Credentials go in
// unchanged: a JSON-LD credential with an embedded proof as its original JSON text, a VC-JWT
// as an EnvelopedVerifiableCredential ("data:application/vc+jwt,<jwt>"). Open Badges 2.0
// assertions, self-reported badges and unsigned JSON are not verifiable credentials and are
// left out, each listed with its reason. docs/export.md, "Signed presentation".
class PresentationBuilder {
public:
    explicit PresentationBuilder(Ed25519SigningKey key) : m_key(std::move(key)) { }

    // Adds one badge from its stored original file (baked PNG/SVG, JSON or JWT text). Fails,
    // naming the context, for a JSON-LD credential whose @context is not bundled with
    // Credfolio: a presentation holding it could not be canonicalized offline.
    Status add(const BadgeRecord& record, const QByteArray& original);
    // Every badge of a resolved selection, from the store.
    Status addAll(const BadgeStore& store, const std::vector<BadgeRecord>& badges);

    // Signs the presentation. Fails when no badge could be carried.
    Result<Presentation> build(const PresentationOptions& options) const;

private:
    struct Entry {
        PresentedBadge badge;
        QByteArray text; // the credential JSON text (Embedded) or the compact JWT (Enveloped)
    };
    void skip(const BadgeRecord& record, const QString& reason);
    // The unsigned presentation's JSON text holding these entries.
    static Result<QByteArray> assemble(const QList<Entry>& entries, const QString& holder);

    Ed25519SigningKey m_key;
    QList<Entry> m_entries;
};

} // namespace credfolio
