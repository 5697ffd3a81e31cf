// credentialStatus: W3C Bitstring Status List, StatusList2021 and 1EdTech Revocation List.

#include "verify/CredentialChecks.h"

#include "crypto/Gzip.h"
#include "encoding/Base64.h"
#include "encoding/Multibase.h"
#include "verify/CredentialDispatch.h"
#include "verify/Resolver.h"

#include <QCoreApplication>
#include <QUrl>

namespace credfolio::checks {

using namespace verifyutil;

namespace {

// Largest expanded status list accepted (the limit for decompressed text).
constexpr qsizetype maxStatusListBytes = 4 * 1024 * 1024;

void bitstringEntry(
    const VerifyContext& ctx, const QJsonObject& credential, const QJsonObject& entry, bool v2021, VerificationReport& report)
{
    const QString id = QStringLiteral("status");
    const QString purpose = entry.value(QLatin1String("statusPurpose")).toString();
    const QString listUrl = entry.value(QLatin1String("statusListCredential")).toString();
    const QJsonValue indexValue = entry.value(QLatin1String("statusListIndex"));
    // The specifications ask for a string; some issuers write a number, which means the same.
    bool indexOk = false;
    qint64 index = -1;
    if (indexValue.isString()) {
        index = indexValue.toString().toLongLong(&indexOk);
    } else if (indexValue.isDouble() && indexValue.toDouble() >= 0 && indexValue.toDouble() < 1e15) {
        index = qint64(indexValue.toDouble());
        indexOk = double(index) == indexValue.toDouble();
    }
    if (!indexOk || index < 0 || listUrl.isEmpty() || purpose.isEmpty()) {
        report.fail(id,
            QCoreApplication::translate("verify",
                "The credential's status entry is incomplete (it needs statusPurpose, statusListIndex and "
                "statusListCredential)."));
        return;
    }
    if (ctx.depth >= VerifyContext::maxDepth) {
        report.skip(id, QCoreApplication::translate("verify", "The status list is nested too deeply to check."));
        return;
    }
    if (!ctx.resolver) {
        report.skip(id,
            QCoreApplication::translate(
                "verify", "Could not check whether the credential was revoked: the status list %1 is not available.")
                .arg(listUrl));
        return;
    }
    const auto bytes = ctx.resolver->fetch(QUrl(listUrl, QUrl::StrictMode));
    if (!bytes) {
        report.skip(id,
            QCoreApplication::translate("verify", "Could not check whether the credential was revoked: %1").arg(bytes.error()));
        return;
    }
    const VerifiedCredential list = verifyText(bytes.value(), ctx.nested());
    if (list.report.isError() || list.report.verdict() == Verdict::Invalid) {
        report.fail(id,
            QCoreApplication::translate("verify", "The status list %1 does not verify, so it cannot be trusted.").arg(listUrl));
        return;
    }
    if (list.report.verdict() == Verdict::Indeterminate) {
        report.skip(id, QCoreApplication::translate("verify", "The status list %1 could not be fully verified.").arg(listUrl));
        return;
    }
    const QString issuer = idOf(credential.value(QLatin1String("issuer")));
    if (idOf(list.credential.value(QLatin1String("issuer"))) != issuer) {
        report.fail(id,
            QCoreApplication::translate("verify", "The status list %1 was issued by someone other than the credential's issuer.")
                .arg(listUrl));
        return;
    }
    const QJsonObject subject = list.credential.value(QLatin1String("credentialSubject")).toObject();
    const QString listType = v2021 ? QStringLiteral("StatusList2021") : QStringLiteral("BitstringStatusList");
    if (!typesOf(subject).contains(listType)) {
        report.fail(id, QCoreApplication::translate("verify", "The document at %1 is not a %2.").arg(listUrl, listType));
        return;
    }
    QStringList listPurposes;
    for (const QJsonValue& p : asArray(subject.value(QLatin1String("statusPurpose"))))
        listPurposes.append(p.toString());
    if (!listPurposes.contains(purpose)) {
        report.fail(id, QCoreApplication::translate("verify", "The status list %1 is not for %2.").arg(listUrl, purpose));
        return;
    }
    const QByteArray encoded = subject.value(QLatin1String("encodedList")).toString().toUtf8();
    // Bitstring Status List: multibase base64url ("u…"); StatusList2021: plain base64url.
    Result<QByteArray> compressed = v2021 ? base64url::decode(encoded) : multibase::decode(encoded);
    if (v2021 && !compressed && encoded.startsWith('u'))
        compressed = multibase::decode(encoded);
    if (!compressed) {
        report.fail(
            id, QCoreApplication::translate("verify", "The status list's encoded list is malformed: %1").arg(compressed.error()));
        return;
    }
    const auto bits = gzip::decompress(compressed.value(), maxStatusListBytes);
    if (!bits) {
        report.fail(
            id, QCoreApplication::translate("verify", "The status list's encoded list is malformed: %1").arg(bits.error()));
        return;
    }
    if (index / 8 >= bits->size()) {
        report.fail(id,
            QCoreApplication::translate("verify", "The credential's status index %1 lies outside its status list.").arg(index));
        return;
    }
    // The first index is the left-most (most significant) bit of the first byte.
    const bool set = (quint8(bits->at(index / 8)) >> (7 - index % 8)) & 1;
    if (!set) {
        report.pass(id,
            purpose == QLatin1String("revocation")
                ? QCoreApplication::translate("verify", "The issuer has not revoked this credential.")
                : purpose == QLatin1String("suspension")
                ? QCoreApplication::translate("verify", "The issuer has not suspended this credential.")
                : QCoreApplication::translate("verify", "The credential's %1 status is not set.").arg(purpose));
        return;
    }
    if (purpose == QLatin1String("revocation"))
        report.fail(id, QCoreApplication::translate("verify", "The issuer has revoked this credential."));
    else if (purpose == QLatin1String("suspension"))
        report.fail(id, QCoreApplication::translate("verify", "The issuer has suspended this credential."));
    else
        report.warn(id,
            QCoreApplication::translate("verify", "The credential's %1 status is set; see the issuer's status messages.")
                .arg(purpose));
}

void revocationListEntry(
    const VerifyContext& ctx, const QJsonObject& credential, const QJsonObject& entry, VerificationReport& report)
{
    const QString id = QStringLiteral("status");
    const QString listUrl = entry.value(QLatin1String("id")).toString();
    auto list = fetchObject(ctx, listUrl);
    if (!list) {
        report.skip(id,
            QCoreApplication::translate("verify", "Could not check whether the credential was revoked: %1").arg(list.error()));
        return;
    }
    const QString issuer = idOf(credential.value(QLatin1String("issuer")));
    const QString listIssuer = idOf(list->value(QLatin1String("issuer")));
    if (!listIssuer.isEmpty() && listIssuer != issuer) {
        report.fail(id,
            QCoreApplication::translate(
                "verify", "The revocation list %1 was published by someone other than the credential's issuer.")
                .arg(listUrl));
        return;
    }
    const QString credentialId = credential.value(QLatin1String("id")).toString();
    for (const QJsonValue& revoked : asArray(list->value(QLatin1String("revokedCredentials")))) {
        if (!credentialId.isEmpty() && idOf(revoked) == credentialId) {
            const QString reason = revoked.toObject().value(QLatin1String("revocationReason")).toString();
            report.fail(id,
                reason.isEmpty()
                    ? QCoreApplication::translate("verify", "The issuer has revoked this credential.")
                    : QCoreApplication::translate("verify", "The issuer has revoked this credential: %1").arg(reason));
            return;
        }
    }
    report.pass(id, QCoreApplication::translate("verify", "The credential is not on the issuer's revocation list."));
}

} // namespace

void vcStatus(const VerifyContext& ctx, const QJsonObject& credential, VerificationReport& report)
{
    const QJsonArray entries = asArray(credential.value(QLatin1String("credentialStatus")));
    for (const QJsonValue& value : entries) {
        const QJsonObject entry = value.toObject();
        const QString type = entry.value(QLatin1String("type")).toString();
        if (type == QLatin1String("BitstringStatusListEntry"))
            bitstringEntry(ctx, credential, entry, false, report);
        else if (type == QLatin1String("StatusList2021Entry"))
            bitstringEntry(ctx, credential, entry, true, report);
        else if (type == QLatin1String("1EdTechRevocationList"))
            revocationListEntry(ctx, credential, entry, report);
        else
            report.skip(QStringLiteral("status"),
                QCoreApplication::translate("verify",
                    "The credential uses the status method \"%1\", which Credfolio cannot check, so it may have been "
                    "revoked.")
                    .arg(type));
    }
}

} // namespace credfolio::checks
