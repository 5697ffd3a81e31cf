#include "portfolio/BadgeListModel.h"

#include "storage/Database.h"
#include "util/Colours.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>

namespace credfolio {

namespace {
constexpr int thumbnailSize = 112;
}

BadgeListModel::BadgeListModel(Database& db, QObject* parent) : QAbstractListModel(parent), m_db(db)
{
    reload();
}

void BadgeListModel::setQuery(const BadgeQuery& query)
{
    m_query = query;
    reload();
}

void BadgeListModel::reload()
{
    beginResetModel();
    m_records = BadgeStore(m_db.connection()).list(m_query);
    m_images.clear();
    endResetModel();
}

void BadgeListModel::refreshImages()
{
    m_images.clear();
    if (!m_records.empty())
        emit dataChanged(index(0), index(int(m_records.size()) - 1), {Qt::DecorationRole, ImageRole});
}

int BadgeListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

const BadgeRecord* BadgeListModel::recordAt(int row) const
{
    return row >= 0 && row < int(m_records.size()) ? &m_records[size_t(row)] : nullptr;
}

int BadgeListModel::rowOf(qint64 id) const
{
    for (size_t i = 0; i < m_records.size(); ++i) {
        if (m_records[i].id == id)
            return int(i);
    }
    return -1;
}

QPixmap BadgeListModel::renderImage(const QByteArray& bytes, const QString& mediaType, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    if (bytes.isEmpty())
        return {};
    if (mediaType == QLatin1String("image/svg+xml")) {
        QSvgRenderer renderer(bytes);
        if (!renderer.isValid())
            return {};
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        QSizeF s = renderer.defaultSize();
        if (s.isEmpty())
            s = QSizeF(size, size);
        s.scale(size, size, Qt::KeepAspectRatio);
        renderer.render(&painter, QRectF((size - s.width()) / 2, (size - s.height()) / 2, s.width(), s.height()));
        return pixmap;
    }
    QImage image;
    if (!image.loadFromData(bytes))
        return {};
    const QImage scaled = image.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QPainter painter(&pixmap);
    painter.drawImage((size - scaled.width()) / 2, (size - scaled.height()) / 2, scaled);
    return pixmap;
}

QPixmap BadgeListModel::placeholder(const BadgeRecord& record, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    // A colour of its own per issuer, so a wallet of image-less badges is still easy to scan.
    const int hue = int(qHash(record.issuerName.isEmpty() ? record.name : record.issuerName) % 360);
    const QColor colour = QColor::fromHsv(hue, 110, 170);
    QPainterPath shield;
    const qreal m = size * 0.08;
    shield.addEllipse(QRectF(m, m, size - 2 * m, size - 2 * m));
    painter.fillPath(shield, colour);
    painter.setPen(Colours::textOn(colour));
    QFont font = painter.font();
    font.setPixelSize(size / 3);
    font.setBold(true);
    painter.setFont(font);
    QString initials;
    for (const QString& word : record.name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.at(0).isLetterOrNumber())
            initials += word.at(0).toUpper();
        if (initials.size() == 2)
            break;
    }
    painter.drawText(pixmap.rect(), Qt::AlignCenter, initials.isEmpty() ? QStringLiteral("?") : initials);
    return pixmap;
}

QVariant BadgeListModel::data(const QModelIndex& index, int role) const
{
    const BadgeRecord* r = recordAt(index.row());
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return r->name;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QString text = QStringLiteral("%1, %2").arg(r->name, badgeStateLabel(r->state));
        if (!r->issuerName.isEmpty())
            text += tr(", issued by %1").arg(r->issuerName);
        if (r->issued.isValid())
            text += tr(" on %1").arg(QLocale().toString(r->issued.date(), QLocale::ShortFormat));
        if (r->sample)
            text += tr(" (sample badge)");
        return text;
    }
    case IdRole:
        return r->id;
    case IssuerRole:
        return r->issuerName;
    case IssuedRole:
        return r->issued;
    case StateRole:
        return int(r->state);
    case SampleRole:
        return r->sample;
    case ImageRole:
    case Qt::DecorationRole: {
        if (QPixmap* cached = m_images.object(r->id))
            return *cached;
        QString mediaType;
        const QByteArray bytes = BadgeStore(m_db.connection()).image(r->id, &mediaType);
        QPixmap pixmap = renderImage(bytes, mediaType, thumbnailSize);
        if (pixmap.isNull())
            pixmap = placeholder(*r, thumbnailSize);
        m_images.insert(r->id, new QPixmap(pixmap));
        return pixmap;
    }
    default:
        return {};
    }
}

} // namespace credfolio
