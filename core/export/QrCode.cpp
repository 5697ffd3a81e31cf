#include "export/QrCode.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <qrencode.h>

#include <memory>

namespace credfolio {

Result<QrCode> QrCode::encode(const QByteArray& text)
{
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(text.size()), reinterpret_cast<const unsigned char*>(text.constData()), 0, QR_ECLEVEL_M),
        &QRcode_free);
    if (!code)
        return Result<QrCode>::failure(QCoreApplication::translate("QrCode", "The link is too long for a QR code."));
    QrCode qr;
    qr.m_size = code->width;
    qr.m_modules.resize(std::size_t(code->width) * std::size_t(code->width));
    for (std::size_t i = 0; i < qr.m_modules.size(); ++i)
        qr.m_modules[i] = (code->data[i] & 1) != 0; // bit 0: dark module
    return qr;
}

void QrCode::paint(QPainter& painter, const QRectF& target) const
{
    const double side = std::min(target.width(), target.height());
    const double module = side / (m_size + 2 * quietZone);
    const QPointF origin = target.topLeft() + QPointF(quietZone * module, quietZone * module);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.fillRect(QRectF(target.topLeft(), QSizeF(side, side)), Qt::white);
    // One path of the dark runs of each row: few, exact rectangles, no hairline gaps.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!dark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && dark(x, y))
                ++x;
            path.addRect(QRectF(origin.x() + start * module, origin.y() + y * module, (x - start) * module, module));
        }
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillPath(path, Qt::black);
    painter.restore();
}

} // namespace credfolio
