#pragma once

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QTimer;
class QToolButton;

namespace credfolio {

// An inline message bar above the content (as KeePassXC's MessageWidget): the learner
// reads it and goes on working, nothing modal. Errors may carry details, for example
// every problem found in a catalog file, shown on request.
class MessageWidget : public QFrame
{
    Q_OBJECT

public:
    enum class Type { Information, Positive, Error };
    Q_ENUM(Type)

    explicit MessageWidget(QWidget* parent = nullptr);

    // autoHideMs < 0: stays until closed.
    void showMessage(const QString& text, Type type, const QString& details = QString(), int autoHideMs = -1);
    void hideMessage();

    QString text() const;
    QString details() const;
    Type type() const { return m_type; }
    bool detailsVisible() const;
    void setDetailsVisible(bool visible);

private:
    void applyStyle();

    Type m_type = Type::Information;
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QToolButton* m_detailsButton = nullptr;
    QToolButton* m_closeButton = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QTimer* m_autoHide = nullptr;
};

} // namespace credfolio
