#pragma once

#include "export/PdfExportOptions.h"
#include "export/PortfolioContent.h"
#include "export/QrCode.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QPageSize>
#include <QSizeF>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QPainter;

namespace credfolio {

// Lays the portfolio out into pages and paints any page onto any QPainter: the PDF writer
// paints every page onto a QPdfWriter, the preview the same pages into QImages. Coordinates
// are in layout units of 1/720 inch; fonts are sized in those units (pixel sizes), so the
// layout does not depend on the device's resolution. A painter handed to paintPage() must
// map one unit to 1/720 inch (QPdfWriter at resolution 720, or a scaled QImage painter).
class PortfolioLayout {
public:
    static constexpr int unitsPerInch = 720;

    PortfolioLayout(
        std::shared_ptr<const PortfolioContent> content, PdfExportOptions::Layout layout, QPageSize::PageSizeId paper);
    ~PortfolioLayout();
    PortfolioLayout(const PortfolioLayout&) = delete;
    PortfolioLayout& operator=(const PortfolioLayout&) = delete;

    int pageCount() const { return int(m_pages.size()); }
    QPageSize pageSize() const { return m_pageSize; }
    QSizeF pageSizeUnits() const { return m_page; }
    const PortfolioContent& content() const { return *m_content; }

    // Paints page (zero-based) with the painter in layout units (see above).
    void paintPage(QPainter& painter, int page) const;
    // The page as an image at dpi, for the preview and the tests.
    QImage renderPage(int page, double dpi) const;

    // The font families tried in order, so every script a name may use finds glyphs: Noto
    // Sans (Latin, Greek, Cyrillic), Noto Sans Arabic, WenQuanYi Micro Hei (CJK), DejaVu Sans.
    static QStringList fontFamilies();

private:
    // A piece of a page: a fixed height and how to paint it at a given top.
    struct Block {
        double height = 0;
        double spaceBefore = 0;
        bool pageBreakBefore = false;
        bool keepWithNext = false;
        std::function<void(QPainter&, double top)> paint;
    };
    struct Placed {
        std::size_t block;
        double top;
    };

    // Fonts: size in points, turned into a pixel size in layout units.
    static QFont font(double points, bool bold = false, bool italic = false);
    // Breaks text into lines that fit width; empty text gives no lines.
    static QStringList wrap(const QString& text, const QFont& font, double width);
    static double lineHeight(const QFont& font);

    void add(Block block);
    // One block per line of text, so long descriptions flow on to the next page.
    // hanging: how much further lines after the first are indented (a bullet's width).
    void addParagraph(const QString& text, const QFont& font, const QColor& color, double indent = 0, double spaceBefore = 0,
        double hanging = 0);
    void addHeading(const QString& text, double spaceBefore);
    void paginate();

    // The content, in PortfolioSections.cpp.
    void addTitleBlock();
    void addSkillsSummary();
    void addCompactRows();
    void addDetailedSections();
    void addCredentialHeader(std::size_t index, double imageSide, double qrSide, bool pageBreak);
    void paintBadgeImage(QPainter& painter, std::size_t index, const QRectF& box) const;
    void paintFooter(QPainter& painter, int page) const;
    QString dateText(const QDateTime& when) const;
    QString stateText(const ExportCredential& credential) const;
    static QColor stateColor(BadgeState state);

    std::shared_ptr<const PortfolioContent> m_content;
    PdfExportOptions::Layout m_layout;
    QPageSize m_pageSize;
    QSizeF m_page; // in layout units
    double m_left = 0;
    double m_width = 0;
    double m_top = 0;
    double m_bottom = 0; // bottom of the text area
    std::vector<std::optional<QrCode>> m_qr; // per credential
    std::vector<Block> m_blocks;
    std::vector<std::vector<Placed>> m_pages;
};

} // namespace credfolio
