#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QRectF>

#include <vector>

class QPainter;

namespace credfolio {

// A QR code made with libqrencode (kept behind this header), drawn as vector squares so it
// stays sharp at any zoom and in print.
class QrCode {
public:
    // Byte mode, error correction level M. Fails when the text is too long for a QR code.
    static Result<QrCode> encode(const QByteArray& text);

    int size() const { return m_size; } // modules per side, without the quiet zone
    bool dark(int x, int y) const { return m_modules[std::size_t(y * m_size + x)]; }

    // Quiet zone the standard asks for around the symbol, in modules.
    static constexpr int quietZone = 4;
    // Paints the symbol with its quiet zone (white) filling the square target.
    void paint(QPainter& painter, const QRectF& target) const;

private:
    int m_size = 0;
    std::vector<bool> m_modules;
};

} // namespace credfolio
