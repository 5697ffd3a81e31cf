#pragma once

#include "portfolio/BadgeRecord.h"

#include <QStyledItemDelegate>

namespace credfolio {

// Paints one badge of the wallet grid as a card: image, name, issuer and date, and the
// status chip (Verified, Not verified, Invalid, Expired, Revoked, Self-reported, Sample).
class BadgeCardDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QSize cardSize();
    // The chip's colours; readable on light and dark palettes.
    static QColor stateColour(BadgeState state);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace credfolio
