#include "crypto/SignatureAlgorithm.h"

#include <array>
#include <utility>

namespace credfolio {
namespace {

constexpr std::array<std::pair<SignatureAlgorithm, const char*>, 9> kNames{{
    {SignatureAlgorithm::EdDSA, "EdDSA"},
    {SignatureAlgorithm::ES256, "ES256"},
    {SignatureAlgorithm::ES384, "ES384"},
    {SignatureAlgorithm::RS256, "RS256"},
    {SignatureAlgorithm::RS384, "RS384"},
    {SignatureAlgorithm::RS512, "RS512"},
    {SignatureAlgorithm::PS256, "PS256"},
    {SignatureAlgorithm::PS384, "PS384"},
    {SignatureAlgorithm::PS512, "PS512"},
}};

} // namespace

QString algorithmName(SignatureAlgorithm alg)
{
    for (const auto& [value, name] : kNames) {
        if (value == alg)
            return QLatin1String(name);
    }
    return {};
}

std::optional<SignatureAlgorithm> algorithmFromName(const QString& name)
{
    for (const auto& [value, text] : kNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

} // namespace credfolio
