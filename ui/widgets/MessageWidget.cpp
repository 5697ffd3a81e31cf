#include "widgets/MessageWidget.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace credfolio {

MessageWidget::MessageWidget(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageWidget"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Message"));

    m_icon = new QLabel(this);
    m_icon->setFixedSize(20, 20);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_text->setOpenExternalLinks(true);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_detailsButton = new QToolButton(this);
    m_detailsButton->setObjectName(QStringLiteral("messageDetailsButton"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAutoRaise(true);
    m_detailsButton->setText(tr("Show details"));
    m_detailsButton->setAccessibleName(tr("Show details"));
    m_detailsButton->setToolTip(tr("Show every problem that was found"));
    connect(m_detailsButton, &QToolButton::toggled, this, &MessageWidget::setDetailsVisible);

    m_closeButton = new QToolButton(this);
    m_closeButton->setObjectName(QStringLiteral("messageCloseButton"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setText(QStringLiteral("✕"));
    m_closeButton->setAccessibleName(tr("Close message"));
    m_closeButton->setToolTip(tr("Close this message"));
    connect(m_closeButton, &QToolButton::clicked, this, &MessageWidget::hideMessage);

    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("messageDetails"));
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Message details"));
    m_details->setVisible(false);

    auto* row = new QHBoxLayout;
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addWidget(m_text, 1);
    row->addWidget(m_detailsButton, 0, Qt::AlignTop);
    row->addWidget(m_closeButton, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addLayout(row);
    layout->addWidget(m_details);

    m_autoHide = new QTimer(this);
    m_autoHide->setSingleShot(true);
    connect(m_autoHide, &QTimer::timeout, this, &MessageWidget::hideMessage);

    setVisible(false);
}

void MessageWidget::showMessage(const QString& text, Type type, const QString& details, int autoHideMs)
{
    m_type = type;
    m_text->setText(text);
    m_details->setPlainText(details);
    // Tall enough for the lines it holds, up to eight; beyond that it scrolls.
    const int lines = std::min(8, int(details.count(QLatin1Char('\n'))) + 1);
    m_details->setFixedHeight(lines * m_details->fontMetrics().lineSpacing() + 2 * int(m_details->document()->documentMargin())
                              + 2 * m_details->frameWidth() + 4);
    m_detailsButton->setVisible(!details.isEmpty());
    m_detailsButton->setChecked(false);
    m_details->setVisible(false);
    applyStyle();
    setVisible(true);
    if (autoHideMs >= 0)
        m_autoHide->start(autoHideMs);
    else
        m_autoHide->stop();
}

void MessageWidget::hideMessage()
{
    m_autoHide->stop();
    setVisible(false);
}

QString MessageWidget::text() const
{
    return m_text->text();
}

QString MessageWidget::details() const
{
    return m_details->toPlainText();
}

bool MessageWidget::detailsVisible() const
{
    return !m_details->isHidden();
}

void MessageWidget::setDetailsVisible(bool visible)
{
    if (m_detailsButton->isChecked() != visible) {
        m_detailsButton->setChecked(visible); // comes back here through toggled
        return;
    }
    m_details->setVisible(visible);
    m_detailsButton->setText(visible ? tr("Hide details") : tr("Show details"));
}

void MessageWidget::applyStyle()
{
    // Soft tints that read on light and dark palettes alike, with a stronger border.
    QColor tint;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (m_type) {
    case Type::Information:
        tint = QColor(0x3d, 0xae, 0xe9);
        break;
    case Type::Positive:
        tint = QColor(0x27, 0xae, 0x60);
        icon = QStyle::SP_DialogApplyButton;
        break;
    case Type::Error:
        tint = QColor(0xda, 0x44, 0x53);
        icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    QColor background = tint;
    background.setAlpha(40);
    setStyleSheet(QStringLiteral("#messageWidget { background: rgba(%1, %2, %3, %4); border: 1px solid %5; border-radius: 5px; }")
                      .arg(background.red())
                      .arg(background.green())
                      .arg(background.blue())
                      .arg(background.alpha())
                      .arg(tint.name()));
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(20, 20));
}

} // namespace credfolio
