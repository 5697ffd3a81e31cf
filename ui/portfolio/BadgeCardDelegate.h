#pragma once

#include "portfolio/BadgeRecord.h"
#include "util/Colours.h"

#include <QStyledItemDelegate>

namespace credfolio {

// Paints one badge of the wallet grid as a card: image, name, issuer and date, and the
// status chip (Verified, Not verified, Invalid, Expired, Revoked, Self-reported, Sample).
class BadgeCardDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QSize cardSize();
    // The hue that stands for a state; stateChip() makes it a readable chip on the palette.
    static QColor stateColour(BadgeState state);
    static Colours::Chip stateChip(BadgeState state, const QPalette& palette);

    // Where the chips of a card go and how they are coloured (paint() draws these; tests
    // sample the painted pixels inside them).
    struct ChipPlacement {
        QRect rect;
        QString text;
        Colours::Chip colours;
    };
    QList<ChipPlacement> chips(const QStyleOptionViewItem& option, const QModelIndex& index) const;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace credfolio
