#pragma once

#include <QDialog>
#include <QList>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QRadioButton;

namespace credfolio {

class Database;
class MessageWidget;

// File > Export > Signed Presentation: the badges to present (all, a collection, or those
// selected in the Portfolio view), the challenge and domain an employer may have given,
// then Save As. The learner's key signs it; where no keychain answers, the passphrase of
// the key file is asked for. What was left out (badges that are not verifiable
// credentials) is said inline.
class PresentationExportDialog : public QDialog {
    Q_OBJECT

public:
    PresentationExportDialog(Database& db, QList<qint64> selectedBadges, QWidget* parent = nullptr);

    QRadioButton* allButton() const { return m_all; }
    QRadioButton* collectionButton() const { return m_inCollection; }
    QRadioButton* selectedButton() const { return m_selected; }
    QComboBox* collectionBox() const { return m_collection; }
    QLineEdit* challengeField() const { return m_challenge; }
    QLineEdit* domainField() const { return m_domain; }
    MessageWidget* messageWidget() const { return m_message; }

    // Signs and writes the presentation to path; shows the outcome inline. Returns true when
    // it was written. (Save As asks for the path, then calls this.)
    bool exportTo(const QString& path);

private:
    void saveAs();

    Database& m_db;
    QList<qint64> m_selectedBadges;
    QRadioButton* m_all = nullptr;
    QRadioButton* m_inCollection = nullptr;
    QRadioButton* m_selected = nullptr;
    QComboBox* m_collection = nullptr;
    QLineEdit* m_challenge = nullptr;
    QLineEdit* m_domain = nullptr;
    MessageWidget* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace credfolio
