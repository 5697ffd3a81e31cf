#pragma once

#include <QString>

namespace credfolio {

// The outcome of one signature check. Invalid means the check ran and the signature does
// not match (forgery, tampering, wrong key, malformed signature bytes); Error means the
// check could not run as asked (key type and algorithm do not fit, unusable key), which a
// verifier must never read as "valid".
class VerifyResult
{
public:
    enum class Status { Valid, Invalid, Error };

    static VerifyResult valid() { return VerifyResult(Status::Valid, {}); }
    static VerifyResult invalid(QString message) { return VerifyResult(Status::Invalid, std::move(message)); }
    static VerifyResult error(QString message) { return VerifyResult(Status::Error, std::move(message)); }

    Status status() const { return m_status; }
    bool isValid() const { return m_status == Status::Valid; }
    bool isInvalid() const { return m_status == Status::Invalid; }
    bool isError() const { return m_status == Status::Error; }
    const QString& message() const { return m_message; }

private:
    VerifyResult(Status status, QString message) : m_status(status), m_message(std::move(message)) {}
    Status m_status;
    QString m_message;
};

} // namespace credfolio
