#include "crypto/Hash.h"

#include <botan/sha2_32.h>
#include <botan/sha2_64.h>

// Botan's SHA-2 (with its BMI2 and SHA-NI code paths) hashes the canonical documents of
// Data Integrity proofs several times faster than QCryptographicHash's portable code. For
// in-memory input it throws nothing but std::bad_alloc, as Qt would fail too.

namespace credfolio {
namespace {

template <typename Hash> QByteArray digest(QByteArrayView data)
{
    // One object per thread, kept: constructing one allocates its state from Botan's secure
    // allocator. Cleared first, so nothing an interrupted use left behind is hashed.
    thread_local Hash hash;
    hash.clear();
    hash.update(reinterpret_cast<const uint8_t*>(data.data()), static_cast<size_t>(data.size()));
    QByteArray out(static_cast<qsizetype>(hash.output_length()), Qt::Uninitialized);
    hash.final(reinterpret_cast<uint8_t*>(out.data()));
    return out;
}

} // namespace

QByteArray hash::sha256(QByteArrayView data)
{
    return digest<Botan::SHA_256>(data);
}

QByteArray hash::sha384(QByteArrayView data)
{
    return digest<Botan::SHA_384>(data);
}

QByteArray hash::sha512(QByteArrayView data)
{
    return digest<Botan::SHA_512>(data);
}

} // namespace credfolio
