#pragma once

#include "verify/ProofSuite.h"

namespace credfolio {

// A proof type Credfolio recognizes but cannot check yet (RDF-canonicalized suites). It
// always reports "proof.suite" as not run, so such a badge is indeterminate, never valid.
class UnsupportedProofSuite : public ProofSuite {
public:
    UnsupportedProofSuite(QString type, QString cryptosuite) : m_type(std::move(type)), m_cryptosuite(std::move(cryptosuite)) { }

    QString name() const override { return m_cryptosuite.isEmpty() ? m_type : m_cryptosuite; }
    bool handles(const QJsonObject& proof) const override
    {
        return proof.value(QLatin1String("type")).toString() == m_type
            && (m_cryptosuite.isEmpty() || proof.value(QLatin1String("cryptosuite")).toString() == m_cryptosuite);
    }
    void verify(const VerifyContext&, const SecuredDocument&, VerificationReport& report) const override
    {
        report.skip(QStringLiteral("proof.suite"),
            QCoreApplication::translate("verify",
                "The proof uses %1, which this version of Credfolio cannot check yet, so nothing "
                "is claimed about it.")
                .arg(name()));
    }

private:
    QString m_type;
    QString m_cryptosuite;
};

} // namespace credfolio
