#include "export/PortfolioLayout.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <cmath>

namespace credfolio {

namespace {
constexpr double pt = PortfolioLayout::unitsPerInch / 72.0; // one point in layout units
} // namespace

PortfolioLayout::PortfolioLayout(
    std::shared_ptr<const PortfolioContent> content, PdfExportOptions::Layout layout, QPageSize::PageSizeId paper)
    : m_content(std::move(content)), m_layout(layout), m_pageSize(paper)
{
    m_page = m_pageSize.size(QPageSize::Point) * pt;
    m_left = 50 * pt;
    m_width = m_page.width() - 2 * m_left;
    m_top = 50 * pt;
    m_bottom = m_page.height() - 56 * pt;

    m_qr.reserve(m_content->credentials.size());
    for (const ExportCredential& credential : m_content->credentials) {
        std::optional<QrCode> qr;
        if (!credential.verifyUrl.isEmpty()) {
            auto encoded = QrCode::encode(credential.verifyUrl.toUtf8());
            if (encoded)
                qr = std::move(encoded).value();
        }
        m_qr.push_back(std::move(qr));
    }

    addTitleBlock();
    addSkillsSummary();
    if (m_layout == PdfExportOptions::Layout::Compact)
        addCompactRows();
    else
        addDetailedSections();
    paginate();
}

PortfolioLayout::~PortfolioLayout() = default;

QStringList PortfolioLayout::fontFamilies()
{
    return {QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic"), QStringLiteral("WenQuanYi Micro Hei"),
        QStringLiteral("DejaVu Sans")};
}

QFont PortfolioLayout::font(double points, bool bold, bool italic)
{
    QFont f;
    f.setFamilies(fontFamilies());
    f.setPixelSize(int(std::lround(points * pt)));
    f.setBold(bold);
    f.setItalic(italic);
    // Unhinted outlines measure the same on every device, so the preview and the PDF agree.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::PreferOutline);
    // Any letter spacing turns Latin ligatures off (Qt 6.4 has no font feature API): "fi"
    // stays two letters, so text copied or searched in the PDF is what was written. A
    // fiftieth of a unit is invisible.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    return f;
}

double PortfolioLayout::lineHeight(const QFont& font)
{
    return QFontMetricsF(font).lineSpacing() * 1.08;
}

QStringList PortfolioLayout::wrap(const QString& text, const QFont& font, double width)
{
    QStringList lines;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        const QString simplified = paragraph.simplified();
        if (simplified.isEmpty())
            continue;
        QTextLayout layout(simplified, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines.append(simplified.mid(line.textStart(), line.textLength()).trimmed());
        }
        layout.endLayout();
    }
    return lines;
}

void PortfolioLayout::add(Block block)
{
    m_blocks.push_back(std::move(block));
}

void PortfolioLayout::addParagraph(
    const QString& text, const QFont& font, const QColor& color, double indent, double spaceBefore, double hanging)
{
    const double height = lineHeight(font);
    const double ascent = QFontMetricsF(font).ascent();
    const QStringList lines = wrap(text, font, m_width - indent - hanging);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        Block block;
        block.height = height;
        block.spaceBefore = i == 0 ? spaceBefore : 0;
        const double x = m_left + indent + (i == 0 ? 0 : hanging);
        block.paint = [line = lines.at(i), font, color, x, ascent](QPainter& painter, double top) {
            painter.setFont(font);
            painter.setPen(color);
            painter.drawText(QPointF(x, top + ascent), line);
        };
        add(std::move(block));
    }
}

void PortfolioLayout::addHeading(const QString& text, double spaceBefore)
{
    const QFont f = font(11.5, true);
    const double ascent = QFontMetricsF(f).ascent();
    Block block;
    block.height = lineHeight(f) + 3 * pt;
    block.spaceBefore = spaceBefore;
    block.keepWithNext = true;
    block.paint = [this, text, f, ascent](QPainter& painter, double top) {
        painter.setFont(f);
        painter.setPen(QColor(0x1f, 0x3a, 0x5f));
        painter.drawText(QPointF(m_left, top + ascent), text);
        painter.setPen(QPen(QColor(0xc8, 0xd2, 0xdc), 0.6 * pt));
        const double rule = top + lineHeight(f) + 1 * pt;
        painter.drawLine(QPointF(m_left, rule), QPointF(m_left + m_width, rule));
    };
    add(std::move(block));
}

void PortfolioLayout::paginate()
{
    m_pages.clear();
    m_pages.emplace_back();
    double y = m_top;
    for (std::size_t i = 0; i < m_blocks.size(); ++i) {
        const Block& block = m_blocks[i];
        const bool empty = m_pages.back().empty();
        double needed = block.spaceBefore + block.height;
        // A heading stays with the first line that follows it.
        if (block.keepWithNext && i + 1 < m_blocks.size() && !m_blocks[i + 1].pageBreakBefore)
            needed += m_blocks[i + 1].spaceBefore + m_blocks[i + 1].height;
        if (!empty && (block.pageBreakBefore || y + needed > m_bottom)) {
            m_pages.emplace_back();
            y = m_top;
        }
        if (!m_pages.back().empty())
            y += block.spaceBefore;
        m_pages.back().push_back({i, y});
        y += block.height;
    }
}

void PortfolioLayout::paintPage(QPainter& painter, int page) const
{
    if (page < 0 || page >= pageCount())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    for (const Placed& placed : m_pages[std::size_t(page)])
        m_blocks[placed.block].paint(painter, placed.top);
    paintFooter(painter, page);
    painter.restore();
}

QImage PortfolioLayout::renderPage(int page, double dpi) const
{
    const double scale = dpi / unitsPerInch;
    QImage image(QSize(int(std::ceil(m_page.width() * scale)), int(std::ceil(m_page.height() * scale))), QImage::Format_RGB32);
    image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paintPage(painter, page);
    painter.end();
    return image;
}

} // namespace credfolio
