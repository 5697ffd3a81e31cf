// PortfolioLayout: what the pages say (title block, skills, credentials); the engine that
// wraps, paginates and paints is in PortfolioLayout.cpp.

#include "export/PortfolioLayout.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImageReader>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>

#include <cmath>

namespace credfolio {

namespace {

constexpr double pt = PortfolioLayout::unitsPerInch / 72.0;

// The largest badge picture side drawn as it is, in pixels.
constexpr int maxImageSide = 2048;

const QColor ink(0x1b, 0x1f, 0x24);
const QColor muted(0x55, 0x5e, 0x68);

// Fits size into box keeping its aspect ratio, centred.
QRectF fitted(const QSizeF& size, const QRectF& box)
{
    if (size.isEmpty())
        return box;
    const QSizeF scaled = size.scaled(box.size(), Qt::KeepAspectRatio);
    return QRectF(box.center() - QPointF(scaled.width() / 2, scaled.height() / 2), scaled);
}

} // namespace

QString PortfolioLayout::dateText(const QDateTime& when) const
{
    if (!when.isValid())
        return QStringLiteral("—");
    return m_content->locale.toString(when.toUTC().date(), QStringLiteral("d MMMM yyyy"));
}

QString PortfolioLayout::stateText(const ExportCredential& credential) const
{
    QString text = badgeStateLabel(credential.record.state);
    if (credential.checkedAt.isValid())
        text = QCoreApplication::translate("PortfolioLayout", "%1 (checked %2)").arg(text, dateText(credential.checkedAt));
    return text;
}

QColor PortfolioLayout::stateColor(BadgeState state)
{
    switch (state) {
    case BadgeState::Verified:
        return QColor(0x1e, 0x7b, 0x3c);
    case BadgeState::Invalid:
    case BadgeState::Revoked:
        return QColor(0xb0, 0x24, 0x24);
    case BadgeState::Expired:
        return QColor(0xa8, 0x5d, 0x00);
    case BadgeState::NotVerified:
    case BadgeState::SelfReported:
        break;
    }
    return QColor(0x5a, 0x5a, 0x5a);
}

void PortfolioLayout::addTitleBlock()
{
    const PortfolioContent& c = *m_content;
    const QString name = c.name.isEmpty() ? QCoreApplication::translate("PortfolioLayout", "Credential portfolio") : c.name;
    const QFont nameFont = font(22, true);
    addParagraph(name, nameFont, ink);
    if (!c.headline.isEmpty())
        addParagraph(c.headline, font(12.5), muted, 0, 2 * pt);
    QStringList contact = c.emails + c.urls;
    if (!contact.isEmpty())
        addParagraph(contact.join(QStringLiteral("  ·  ")), font(9.5), ink, 0, 4 * pt);
    const int count = int(c.credentials.size());
    addParagraph(QCoreApplication::translate("PortfolioLayout", "Portfolio of %n credential(s), %1", nullptr, count)
                     .arg(c.locale.toString(c.date, QStringLiteral("d MMMM yyyy"))),
        font(9.5), muted, 0, 4 * pt);

    int attached = 0;
    for (const ExportCredential& credential : c.credentials)
        attached += credential.attachmentName.isEmpty() ? 0 : 1;
    const QString note = c.pdfA
        ? QCoreApplication::translate("PortfolioLayout",
            "PDF/A-1b edition: the original credential files are not attached to this document. Ask the holder for "
            "them, or scan each QR code to check a credential where its issuer keeps it.")
        : QCoreApplication::translate("PortfolioLayout",
            "The original credential files (%n) are attached to this PDF: open the attachments panel of your PDF "
            "reader to save them and check them with any Open Badges verifier.",
            nullptr, attached);
    addParagraph(note, font(8.5, false, true), muted, 0, 6 * pt);
}

void PortfolioLayout::addSkillsSummary()
{
    const PortfolioContent& c = *m_content;
    if (c.skills.isEmpty())
        return;
    addHeading(QCoreApplication::translate("PortfolioLayout", "Skills"), 14 * pt);
    const QFont skillFont = font(9.5, true);
    const QFont evidenceFont = font(9);
    for (const auto& [skill, indexes] : c.skills) {
        QStringList names;
        for (const int i : indexes)
            names.append(c.credentials[std::size_t(i)].achievementName);
        if (m_layout == PdfExportOptions::Layout::Compact) {
            // One line a skill keeps the summary short.
            addParagraph(QCoreApplication::translate("PortfolioLayout", "%1 — evidenced by: %2")
                             .arg(skill, names.join(QStringLiteral("; "))),
                evidenceFont, ink, 0, 2 * pt);
            continue;
        }
        addParagraph(skill, skillFont, ink, 0, 4 * pt);
        addParagraph(QCoreApplication::translate("PortfolioLayout", "Evidenced by: %1").arg(names.join(QStringLiteral("; "))),
            evidenceFont, muted, 12 * pt);
    }
}

void PortfolioLayout::paintBadgeImage(QPainter& painter, std::size_t index, const QRectF& box) const
{
    const ExportCredential& credential = m_content->credentials[index];
    painter.save();
    bool drawn = false;
    if (credential.imageType == QLatin1String("image/svg+xml")) {
        QSvgRenderer svg(credential.image);
        if (svg.isValid()) {
            svg.render(&painter, fitted(svg.defaultSize(), box));
            drawn = true;
        }
    } else if (!credential.image.isEmpty()) {
        // Drawn from the decoded file at its own resolution: the PDF keeps every pixel. A
        // picture larger than any badge needs (a decompression bomb, say) is scaled down
        // while it is decoded, so it cannot exhaust memory.
        QBuffer buffer;
        buffer.setData(credential.image);
        QImageReader reader(&buffer);
        const QSize size = reader.size();
        if (size.isValid() && (size.width() > maxImageSide || size.height() > maxImageSide))
            reader.setScaledSize(size.scaled(maxImageSide, maxImageSide, Qt::KeepAspectRatio));
        const QImage image = reader.read();
        if (!image.isNull()) {
            painter.drawImage(fitted(image.size(), box), image);
            drawn = true;
        }
    }
    if (!drawn) {
        QPainterPath path;
        path.addRoundedRect(box, 8 * pt, 8 * pt);
        painter.fillPath(path, QColor(0xe6, 0xec, 0xf2));
        QFont initialFont = font(box.height() / pt * 0.4, true);
        painter.setFont(initialFont);
        painter.setPen(QColor(0x1f, 0x3a, 0x5f));
        painter.drawText(box, Qt::AlignCenter, credential.achievementName.left(1).toUpper());
    }
    painter.restore();
}

void PortfolioLayout::addCredentialHeader(std::size_t index, double imageSide, double qrSide, bool pageBreak)
{
    const ExportCredential& credential = m_content->credentials[index];
    const bool compact = m_layout == PdfExportOptions::Layout::Compact;
    const double gap = 10 * pt;
    const double textLeft = imageSide + gap;
    const double textWidth = m_width - textLeft - (m_qr[index] ? qrSide + gap : 0);
    const QFont nameFont = font(compact ? 10.5 : 15, true);
    const QFont bodyFont = font(compact ? 8.5 : 10);
    const QFont stateFont = font(compact ? 8.5 : 10, true);
    const QFont smallFont = font(6.5);

    const QStringList nameLines = wrap(credential.achievementName, nameFont, textWidth);
    QStringList lines; // (body lines after the name)
    lines.append(QCoreApplication::translate("PortfolioLayout", "Issued by %1")
                     .arg(credential.issuer.isEmpty() ? QCoreApplication::translate("PortfolioLayout", "an unnamed issuer")
                                                      : credential.issuer));
    QString dates = QCoreApplication::translate("PortfolioLayout", "Issued %1").arg(dateText(credential.record.issued));
    if (credential.record.expires.isValid())
        dates += QStringLiteral("  ·  ")
            + QCoreApplication::translate("PortfolioLayout", "Expires %1").arg(dateText(credential.record.expires));
    lines.append(dates);
    QStringList bodyLines;
    for (const QString& line : lines)
        bodyLines += wrap(line, bodyFont, textWidth);
    const QString state = stateText(credential);

    const double nameHeight = nameLines.size() * lineHeight(nameFont);
    const double textHeight = nameHeight + bodyLines.size() * lineHeight(bodyFont) + lineHeight(stateFont) + 2 * pt;
    const double qrBlock = m_qr[index] ? qrSide + lineHeight(smallFont) : 0;
    Block block;
    block.height = std::max({imageSide, textHeight, qrBlock});
    block.spaceBefore = compact ? 8 * pt : 0;
    block.pageBreakBefore = pageBreak;
    block.keepWithNext = !compact;
    block.paint = [=, this](QPainter& painter, double top) {
        paintBadgeImage(painter, index, QRectF(m_left, top, imageSide, imageSide));
        double y = top;
        const double x = m_left + textLeft;
        painter.setPen(ink);
        painter.setFont(nameFont);
        for (const QString& line : nameLines) {
            painter.drawText(QPointF(x, y + QFontMetricsF(nameFont).ascent()), line);
            y += lineHeight(nameFont);
        }
        y += 2 * pt;
        painter.setFont(bodyFont);
        painter.setPen(muted);
        for (const QString& line : bodyLines) {
            painter.drawText(QPointF(x, y + QFontMetricsF(bodyFont).ascent()), line);
            y += lineHeight(bodyFont);
        }
        const BadgeState badgeState = credential.record.state;
        painter.setBrush(stateColor(badgeState));
        painter.setPen(Qt::NoPen);
        const double dot = lineHeight(stateFont) * 0.45;
        painter.drawEllipse(QRectF(x, y + (lineHeight(stateFont) - dot) / 2, dot, dot));
        painter.setBrush(Qt::NoBrush);
        painter.setFont(stateFont);
        painter.setPen(stateColor(badgeState));
        painter.drawText(QPointF(x + dot * 1.8, y + QFontMetricsF(stateFont).ascent()), state);
        if (m_qr[index]) {
            const QRectF qrBox(m_left + m_width - qrSide, top, qrSide, qrSide);
            m_qr[index]->paint(painter, qrBox);
            painter.setFont(smallFont);
            painter.setPen(muted);
            painter.drawText(QRectF(qrBox.left(), qrBox.bottom(), qrSide, lineHeight(smallFont)), Qt::AlignHCenter | Qt::AlignTop,
                QCoreApplication::translate("PortfolioLayout", "Scan to verify"));
        }
    };
    add(std::move(block));
}

void PortfolioLayout::addCompactRows()
{
    addHeading(QCoreApplication::translate("PortfolioLayout", "Credentials"), 14 * pt);
    for (std::size_t i = 0; i < m_content->credentials.size(); ++i)
        addCredentialHeader(i, 40 * pt, 58 * pt, false);
}

void PortfolioLayout::addDetailedSections()
{
    const QFont body = font(10);
    const QFont small = font(9);
    for (std::size_t i = 0; i < m_content->credentials.size(); ++i) {
        const ExportCredential& credential = m_content->credentials[i];
        addCredentialHeader(i, 96 * pt, 92 * pt, true);
        if (!credential.description.isEmpty()) {
            addHeading(QCoreApplication::translate("PortfolioLayout", "Description"), 14 * pt);
            addParagraph(credential.description, body, ink, 0, 2 * pt);
        }
        if (!credential.criteria.isEmpty() || !credential.criteriaUrl.isEmpty()) {
            addHeading(QCoreApplication::translate("PortfolioLayout", "Criteria"), 12 * pt);
            addParagraph(credential.criteria, body, ink, 0, 2 * pt);
            if (!credential.criteriaUrl.isEmpty())
                addParagraph(QCoreApplication::translate("PortfolioLayout", "Criteria page: %1").arg(credential.criteriaUrl),
                    small, muted, 0, 2 * pt);
        }
        if (!credential.skills.isEmpty()) {
            addHeading(QCoreApplication::translate("PortfolioLayout", "Skills"), 12 * pt);
            addParagraph(credential.skills.join(QStringLiteral(" · ")), body, ink, 0, 2 * pt);
        }
        addHeading(QCoreApplication::translate("PortfolioLayout", "Verification"), 12 * pt);
        addParagraph(QCoreApplication::translate("PortfolioLayout", "Status: %1").arg(stateText(credential)), body,
            stateColor(credential.record.state), 0, 2 * pt);
        if (!credential.verifyUrl.isEmpty())
            addParagraph(QCoreApplication::translate("PortfolioLayout", "Verify online: %1").arg(credential.verifyUrl), small,
                muted, 0, 2 * pt);
        if (!credential.passedChecks.isEmpty()) {
            addParagraph(QCoreApplication::translate("PortfolioLayout", "Checks passed:"), small, muted, 0, 4 * pt);
            const QString bullet = QStringLiteral("✓ ");
            const double bulletWidth = QFontMetricsF(small).horizontalAdvance(bullet);
            for (const QString& check : credential.passedChecks)
                addParagraph(bullet + check, small, ink, 10 * pt, 0, bulletWidth);
        }
        const QString attachment = credential.attachmentName.isEmpty()
            ? (m_content->pdfA ? QCoreApplication::translate("PortfolioLayout", "Original file: not attached (PDF/A edition).")
                               : QCoreApplication::translate("PortfolioLayout", "Original file: not available."))
            : QCoreApplication::translate("PortfolioLayout", "Original file: attached as %1 (%2).")
                  .arg(credential.attachmentName, credential.attachmentType);
        addParagraph(attachment, small, muted, 0, 8 * pt);
    }
}

void PortfolioLayout::paintFooter(QPainter& painter, int page) const
{
    const QFont f = font(7.5);
    painter.setFont(f);
    painter.setPen(muted);
    const double y = m_page.height() - 34 * pt;
    painter.setPen(QPen(QColor(0xc8, 0xd2, 0xdc), 0.6 * pt));
    painter.drawLine(QPointF(m_left, y - 6 * pt), QPointF(m_left + m_width, y - 6 * pt));
    painter.setPen(muted);
    const QRectF line(m_left, y, m_width, lineHeight(f));
    const QString who =
        m_content->name.isEmpty() ? QCoreApplication::translate("PortfolioLayout", "Credential portfolio") : m_content->name;
    painter.drawText(
        line, Qt::AlignLeft | Qt::AlignTop, QCoreApplication::translate("PortfolioLayout", "%1 · made with Credfolio").arg(who));
    painter.drawText(line, Qt::AlignRight | Qt::AlignTop,
        QCoreApplication::translate("PortfolioLayout", "Page %1 of %2").arg(page + 1).arg(pageCount()));
}

} // namespace credfolio
