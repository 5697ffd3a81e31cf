#include "encoding/Multibase.h"

#include "encoding/Base58.h"
#include "encoding/Base64.h"

namespace credfolio {

QByteArray multibase::encode(Base base, QByteArrayView data)
{
    if (base == Base::Base58Btc)
        return 'z' + base58btc::encode(data);
    return 'u' + base64url::encode(data);
}

Result<QByteArray> multibase::decode(QByteArrayView text)
{
    if (text.isEmpty())
        return Result<QByteArray>::failure(QStringLiteral("multibase text is empty"));
    const QByteArrayView body = text.sliced(1);
    switch (text[0]) {
    case 'z':
        return base58btc::decode(body);
    case 'u':
        return base64url::decode(body);
    default:
        return Result<QByteArray>::failure(
            QStringLiteral("unsupported multibase prefix '%1' (only 'z' and 'u' are accepted)")
                .arg(QString::fromLatin1(text.first(1))));
    }
}

} // namespace credfolio
