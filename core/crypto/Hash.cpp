#include "crypto/Hash.h"

#include <QCryptographicHash>

// QCryptographicHash covers SHA-2 without exceptions; Botan stays for what Qt lacks.
namespace credfolio {

QByteArray hash::sha256(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QByteArray hash::sha384(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha384);
}

QByteArray hash::sha512(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha512);
}

} // namespace credfolio
