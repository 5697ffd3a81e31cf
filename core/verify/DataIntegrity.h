#pragma once

#include "verify/VerificationReport.h"
#include "verify/VerifyContext.h"

#include <QByteArray>
#include <QJsonObject>

namespace credfolio {

class JcsValue;

// Embedded proofs (W3C Data Integrity and older linked-data signatures): each proof in
// "proof" (one or a set) is handed to the suite the registry names for it.
class DataIntegrity {
public:
    explicit DataIntegrity(const VerifyContext& ctx) : m_ctx(ctx) { }
    // document, when given, is rawJson as StrictJsonParser has already parsed it.
    void verifyProofs(const QByteArray& rawJson, const QJsonObject& credential, VerificationReport& report,
        const JcsValue* document = nullptr) const;

private:
    const VerifyContext& m_ctx;
};

} // namespace credfolio
