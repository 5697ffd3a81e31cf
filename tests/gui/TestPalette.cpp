// Light, dark and high-contrast palettes: the colours Credfolio picks itself (status chips,
// the "earned" line of a plan card, the detail pane's status) come from the palette and
// reach a 4.5:1 contrast. The wallet's cards are painted under a dark palette and their
// chips sampled pixel by pixel.

#include "MainWindow.h"
#include "catalog/CatalogView.h"
#include "portfolio/BadgeCardDelegate.h"
#include "portfolio/BadgeDetailPane.h"
#include "portfolio/BadgeListModel.h"
#include "portfolio/BadgeStore.h"
#include "portfolio/PortfolioView.h"
#include "portfolio/SampleBadges.h"
#include "progress/PlanCard.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "util/Colours.h"

#include <QApplication>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPainter>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace credfolio;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xd9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xee));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xe8));
    // As dark themes do: disabled text dimmed, not black.
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

QPalette highContrastPalette(bool dark)
{
    const QColor back = dark ? Qt::black : Qt::white;
    const QColor fore = dark ? Qt::white : Qt::black;
    QPalette p(fore, back, fore, fore, fore, fore, fore, back, back);
    return p;
}

// The commonest colour in a rectangle of the image (a chip's fill), and the pixel that
// differs from it the most (the core of its letters).
struct Sample {
    QColor fill;
    QColor ink;
    int inkPixels = 0;
};

Sample sample(const QImage& image, const QRect& rect)
{
    QHash<QRgb, int> counts;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x)
            ++counts[image.pixel(x, y)];
    QRgb fill = 0;
    int best = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > best) {
            best = it.value();
            fill = it.key();
        }
    Sample s;
    s.fill = QColor(fill);
    double strongest = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const double ratio = Colours::contrastRatio(QColor(it.key()), s.fill);
        if (ratio > strongest) {
            strongest = ratio;
            s.ink = QColor(it.key());
        }
        if (ratio > 2)
            s.inkPixels += it.value();
    }
    return s;
}

} // namespace

class TestPalette : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void contrastRatioMatchesWcag();
    void chipsReadOnEveryPalette_data();
    void chipsReadOnEveryPalette();
    void colouredTextKeepsContrast();
    void cardsPaintedOnDarkPaletteAreReadable();
    void detailStatusFollowsPaletteChange();
    void earnedPlanLineReadsOnDarkCard();
    void mainWindowFollowsDarkPalette();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QPalette m_original;
};

void TestPalette::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_original = QApplication::palette();
}

void TestPalette::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = Session::openPortfolio(m_dir->filePath(QStringLiteral("portfolio.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_db = std::move(opened).value();
    QVERIFY(SampleBadges::install(m_db->connection()).ok());
}

void TestPalette::cleanup()
{
    QApplication::setPalette(m_original);
    m_db.reset();
    m_dir.reset();
}

void TestPalette::contrastRatioMatchesWcag()
{
    QCOMPARE(Colours::contrastRatio(Qt::black, Qt::white), 21.0);
    QCOMPARE(Colours::contrastRatio(Qt::white, Qt::white), 1.0);
    // #767676 on white is the classic 4.54:1.
    QVERIFY(qAbs(Colours::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    QVERIFY(Colours::isDark(darkPalette()));
    QVERIFY(!Colours::isDark(highContrastPalette(false)));
}

void TestPalette::chipsReadOnEveryPalette_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << QPalette(Qt::black, QColor(0xef, 0xef, 0xef), Qt::white, Qt::darkGray, Qt::gray, Qt::black,
        Qt::black, Qt::white, QColor(0xef, 0xef, 0xef));
    QTest::newRow("dark") << darkPalette();
    QTest::newRow("high contrast dark") << highContrastPalette(true);
    QTest::newRow("high contrast light") << highContrastPalette(false);
}

void TestPalette::chipsReadOnEveryPalette()
{
    QFETCH(QPalette, palette);
    for (const auto state : {BadgeState::Verified, BadgeState::NotVerified, BadgeState::Invalid, BadgeState::Revoked,
             BadgeState::Expired, BadgeState::SelfReported}) {
        const Colours::Chip chip = BadgeCardDelegate::stateChip(state, palette);
        const double ratio = Colours::contrastRatio(chip.text, chip.background);
        QVERIFY2(ratio >= Colours::ReadableContrast,
            qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                           .arg(badgeStateLabel(state), chip.text.name(), chip.background.name())
                           .arg(ratio)));
    }
    // On a dark palette the chips are lighter than on a light one, so they do not sink into it.
    if (Colours::isDark(palette)) {
        const auto light = BadgeCardDelegate::stateChip(BadgeState::Verified, QPalette(Qt::black, Qt::white));
        const auto dark = BadgeCardDelegate::stateChip(BadgeState::Verified, palette);
        QVERIFY(Colours::luminance(dark.background) > Colours::luminance(light.background));
    }
}

void TestPalette::colouredTextKeepsContrast()
{
    for (const QColor background : {QColor(Qt::white), QColor(Qt::black), QColor(0x1e, 0x1e, 0x1e), QColor(0x80, 0x80, 0x80)})
        for (const QColor hue : {QColor(0x1e, 0x84, 0x49), QColor(0xc6, 0x28, 0x28), QColor(0xff, 0xff, 0x00)}) {
            const QColor text = Colours::withContrast(hue, background);
            QVERIFY2(Colours::contrastRatio(text, background) >= Colours::ReadableContrast,
                qPrintable(text.name() + QStringLiteral(" on ") + background.name()));
        }
}

void TestPalette::cardsPaintedOnDarkPaletteAreReadable()
{
    QApplication::setPalette(darkPalette());
    BadgeListModel model(*m_db);
    QVERIFY(model.rowCount() > 0);
    QListView view;
    view.setModel(&model);
    BadgeCardDelegate delegate;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.rect = QRect(QPoint(0, 0), BadgeCardDelegate::cardSize());
        option.palette = darkPalette();
        option.state = QStyle::State_Enabled;
        QImage image(option.rect.size(), QImage::Format_RGB32);
        image.fill(darkPalette().color(QPalette::Base));
        {
            QPainter painter(&image);
            delegate.paint(&painter, option, index);
        }
        // The card's body is the palette's base colour, not a light fill of its own.
        const QColor body = image.pixel(option.rect.left() + 12, option.rect.top() + 200);
        QCOMPARE(body, darkPalette().color(QPalette::Base));
        const auto chips = delegate.chips(option, index);
        QVERIFY(!chips.isEmpty());
        for (const auto& chip : chips) {
            // Inside the rounded ends: the middle of the chip.
            const QRect inner = chip.rect.adjusted(chip.rect.height() / 2, 1, -chip.rect.height() / 2, -1);
            QVERIFY(image.rect().contains(inner));
            const Sample s = sample(image, inner);
            QCOMPARE(s.fill.rgb(), chip.colours.background.rgb());
            QVERIFY2(s.inkPixels > 10, qPrintable(chip.text)); // letters were painted
            const double ratio = Colours::contrastRatio(s.ink, s.fill);
            QVERIFY2(ratio >= Colours::ReadableContrast,
                qPrintable(QStringLiteral("%1: %2:1 (%3 on %4)").arg(chip.text).arg(ratio).arg(s.ink.name(), s.fill.name())));
        }
    }
}

void TestPalette::detailStatusFollowsPaletteChange()
{
    const auto records = BadgeStore(m_db->connection()).list({});
    QVERIFY(!records.empty());
    BadgeDetailPane pane;
    pane.resize(500, 600);
    pane.show();
    const auto detail = BadgeStore(m_db->connection()).detail(records.front().id);
    QVERIFY(detail);
    pane.showBadge(*detail);
    QLabel* status = pane.statusLabel();
    QVERIFY(!status->text().isEmpty());
    for (const QPalette& palette : {darkPalette(), highContrastPalette(false)}) {
        QApplication::setPalette(palette);
        QApplication::processEvents();
        const QImage image = status->grab().toImage();
        const Sample s = sample(image, image.rect().adjusted(6, 2, -6, -2));
        const auto chip = BadgeCardDelegate::stateChip(records.front().state, pane.palette());
        QCOMPARE(s.fill.rgb(), chip.background.rgb());
        QVERIFY(s.inkPixels > 10);
        QVERIFY2(Colours::contrastRatio(s.ink, s.fill) >= Colours::ReadableContrast,
            qPrintable(s.ink.name() + QStringLiteral(" on ") + s.fill.name()));
    }
}

void TestPalette::earnedPlanLineReadsOnDarkCard()
{
    QApplication::setPalette(darkPalette());
    MicrocredentialProgress progress;
    progress.id = QStringLiteral("mc");
    progress.title = QStringLiteral("Data Basics");
    progress.issuer = QStringLiteral("Example Academy");
    progress.completedUnits = 3;
    progress.requiredUnits = 3;
    progress.percent = 100;
    PlanCard card(progress, {}, {});
    card.resize(400, 200);
    card.show();
    auto* earned = card.findChild<QLabel*>(QStringLiteral("planEarned"));
    QVERIFY(earned);
    const QColor text = earned->palette().color(QPalette::WindowText);
    const QColor base = card.palette().color(QPalette::Base);
    QCOMPARE(base, darkPalette().color(QPalette::Base));
    QVERIFY2(Colours::contrastRatio(text, base) >= Colours::ReadableContrast, qPrintable(text.name()));
    // Painted, the line's letters are that colour on the card.
    // Painted on the card (its style sheet fills it with the base colour), the line's letters
    // are that colour on the card.
    const QImage image = card.grab().toImage();
    const Sample s = sample(image, earned->geometry());
    QCOMPARE(s.fill.rgb(), base.rgb());
    QVERIFY(s.inkPixels > 10);
    QVERIFY2(Colours::contrastRatio(s.ink, s.fill) >= Colours::ReadableContrast, qPrintable(s.ink.name() + s.fill.name()));
}

void TestPalette::mainWindowFollowsDarkPalette()
{
    QApplication::setOrganizationName(QStringLiteral("CredfolioTest"));
    QApplication::setApplicationName(QStringLiteral("credfolio-test-palette"));
    QSettings().clear();
    QApplication::setPalette(darkPalette());
    MainWindow window(*m_db);
    window.portfolioView()->setShowSummary(false);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // CREDFOLIO_PALETTE_SHOTS=DIR saves each view on the dark palette, to look at.
    const QString shots = qEnvironmentVariable("CREDFOLIO_PALETTE_SHOTS");
    const QStringList names{QStringLiteral("catalog"), QStringLiteral("progress"), QStringLiteral("portfolio")};
    for (int view = 0; view < 3; ++view) {
        window.setCurrentView(MainWindow::View(view));
        if (view == 0)
            window.catalogView()->tableView()->setCurrentIndex(window.catalogView()->tableView()->model()->index(0, 0));
        if (view == 2)
            window.portfolioView()->grid()->setCurrentIndex(window.portfolioView()->model()->index(0, 0));
        QApplication::processEvents();
        const QImage image = window.grab().toImage();
        if (!shots.isEmpty())
            image.save(shots + QLatin1Char('/') + names.at(view) + QStringLiteral("-dark.png"));
        // Most of the window is dark: nothing paints a light panel of its own.
        int light = 0;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                light += Colours::luminance(QColor(image.pixel(x, y))) > 0.5 ? 1 : 0;
        const double share = light / double((image.height() / 4) * (image.width() / 4));
        QVERIFY2(share < 0.1, qPrintable(QStringLiteral("%1: %2% light pixels").arg(names.at(view)).arg(share * 100)));
    }
}

QTEST_MAIN(TestPalette)
#include "TestPalette.moc"
