#include "portfolio/BadgeCardDelegate.h"

#include "portfolio/BadgeListModel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace credfolio {

QSize BadgeCardDelegate::cardSize()
{
    const int line = QFontMetrics(QApplication::font()).height();
    // Margins, image, two lines of name, issuer, date, the chip row.
    return {196, 12 + 10 + 112 + 8 + line * 4 + 3 + 6 + line + 6 + 10};
}

QColor BadgeCardDelegate::stateColour(BadgeState state)
{
    switch (state) {
    case BadgeState::Verified:
        return QColor(0x2e, 0x7d, 0x32);
    case BadgeState::NotVerified:
        return QColor(0x8d, 0x6e, 0x00);
    case BadgeState::Invalid:
    case BadgeState::Revoked:
        return QColor(0xc6, 0x28, 0x28);
    case BadgeState::Expired:
        return QColor(0x6d, 0x4c, 0x41);
    case BadgeState::SelfReported:
        return QColor(0x45, 0x5a, 0x64);
    }
    return Qt::gray;
}

Colours::Chip BadgeCardDelegate::stateChip(BadgeState state, const QPalette& palette)
{
    return Colours::chip(stateColour(state), palette);
}

QSize BadgeCardDelegate::sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const
{
    return cardSize();
}

void BadgeCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect card = option.rect.adjusted(6, 6, -6, -6);
    const QPalette& pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    QPainterPath path;
    path.addRoundedRect(card, 8, 8);
    painter->fillPath(path, selected ? pal.color(QPalette::Highlight).lighter(selected ? 100 : 170) : pal.color(QPalette::Base));
    painter->setPen(QPen(focused ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), focused ? 2 : 1));
    painter->drawPath(path);

    const QPixmap image = index.data(BadgeListModel::ImageRole).value<QPixmap>();
    const QRect imageRect(card.center().x() - 56, card.top() + 10, 112, 112);
    if (!image.isNull())
        painter->drawPixmap(imageRect, image);

    const QColor text = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
    const int line = option.fontMetrics.height();
    QRect textRect(card.left() + 10, imageRect.bottom() + 8, card.width() - 20, line * 2);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    const QString name = index.data(Qt::DisplayRole).toString();
    const QString elided = QFontMetrics(bold).elidedText(name, Qt::ElideRight, textRect.width() * 2 - 20);
    painter->drawText(textRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, elided);

    painter->setFont(option.font);
    QColor secondary = text;
    secondary.setAlphaF(0.75f);
    painter->setPen(secondary);
    const QString issuer = index.data(BadgeListModel::IssuerRole).toString();
    const QDateTime issued = index.data(BadgeListModel::IssuedRole).toDateTime();
    QRect issuerRect(textRect.left(), textRect.bottom() + 2, textRect.width(), line);
    painter->drawText(issuerRect, Qt::AlignHCenter, option.fontMetrics.elidedText(issuer, Qt::ElideRight, issuerRect.width()));
    if (issued.isValid()) {
        QRect dateRect(textRect.left(), issuerRect.bottom() + 1, textRect.width(), line);
        painter->drawText(dateRect, Qt::AlignHCenter, QLocale().toString(issued.toLocalTime().date(), QLocale::ShortFormat));
    }

    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    small.setBold(true);
    painter->setFont(small);
    for (const ChipPlacement& chip : chips(option, index)) {
        QPainterPath chipPath;
        chipPath.addRoundedRect(chip.rect, chip.rect.height() / 2.0, chip.rect.height() / 2.0);
        painter->fillPath(chipPath, chip.colours.background);
        painter->setPen(chip.colours.text);
        painter->drawText(chip.rect, Qt::AlignCenter, chip.text);
    }
    painter->restore();
}

QList<BadgeCardDelegate::ChipPlacement> BadgeCardDelegate::chips(
    const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // Status chip, and a "Sample" chip beside it for the sample badges.
    const auto state = BadgeState(index.data(BadgeListModel::StateRole).toInt());
    QList<ChipPlacement> placed{{QRect(), badgeStateLabel(state), stateChip(state, option.palette)}};
    if (index.data(BadgeListModel::SampleRole).toBool())
        placed.append({QRect(), tr("Sample"), Colours::chip(QColor(0x5e, 0x35, 0xb1), option.palette)});
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    small.setBold(true);
    const QFontMetrics sm(small);
    int total = 0;
    for (const ChipPlacement& c : placed)
        total += sm.horizontalAdvance(c.text) + 16 + 6;
    // Below the image and the four lines of text, as paint() lays them out.
    const QRect card = option.rect.adjusted(6, 6, -6, -6);
    const QRect imageRect(card.center().x() - 56, card.top() + 10, 112, 112);
    const int line = option.fontMetrics.height();
    int x = card.center().x() - (total - 6) / 2;
    const int y = imageRect.bottom() + 8 + line * 4 + 8;
    for (ChipPlacement& c : placed) {
        c.rect = QRect(x, y, sm.horizontalAdvance(c.text) + 16, sm.height() + 6);
        x += c.rect.width() + 6;
    }
    return placed;
}

} // namespace credfolio
