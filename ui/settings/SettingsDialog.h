#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace credfolio {

// Edit > Preferences: the language, whether online checks are allowed, the export
// dialogs' defaults and where the portfolio lives. OK and Apply write through
// AppSettings; Cancel leaves everything as it was.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    // The portfolio this window has open (--db may differ from the setting); shown when it does.
    void setCurrentPortfolio(const QString& path);
    // Writes the choices to the settings (OK and Apply).
    void apply();

    QComboBox* languageBox() const { return m_language; }
    QCheckBox* onlineChecksBox() const { return m_online; }
    QComboBox* layoutBox() const { return m_layout; }
    QComboBox* paperBox() const { return m_paper; }
    QCheckBox* pdfaBox() const { return m_pdfa; }
    QLineEdit* portfolioPathEdit() const { return m_path; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    QWidget* createGeneralGroup();
    QWidget* createExportGroup();
    QWidget* createPortfolioGroup();
    void load();
    void browsePortfolio();
    void updateEffectivePath();

    QComboBox* m_language = nullptr;
    QCheckBox* m_online = nullptr;
    QComboBox* m_layout = nullptr;
    QComboBox* m_paper = nullptr;
    QCheckBox* m_pdfa = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QPushButton* m_reset = nullptr;
    QLabel* m_effective = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QString m_current;
};

} // namespace credfolio
