#pragma once

#include <QByteArray>
#include <QByteArrayView>

// SHA-2 digests (raw bytes). These cannot fail for in-memory input.
namespace credfolio::hash {

QByteArray sha256(QByteArrayView data);
QByteArray sha384(QByteArrayView data);
QByteArray sha512(QByteArrayView data);

} // namespace credfolio::hash
