#pragma once

#include "export/ExportSelection.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace credfolio {

class Database;

// File > Export > Badge Files…: which badges (all, a collection, the ones selected in the
// Portfolio view) and the folder, then writes the files and manifest.json. Problems (an
// occupied folder, an empty collection) are shown inside the dialog, which stays open.
class FilesExportDialog : public QDialog {
    Q_OBJECT

public:
    FilesExportDialog(Database& db, const QList<qint64>& selectedBadges, QWidget* parent = nullptr);

    ExportSelection selection() const;
    QString folder() const;
    void setFolder(const QString& folder);
    // After a successful export: what to tell the learner.
    QString resultMessage() const { return m_result; }

    QRadioButton* allButton() const { return m_all; }
    QRadioButton* collectionButton() const { return m_byCollection; }
    QRadioButton* selectedButton() const { return m_selected; }
    QComboBox* collectionBox() const { return m_collection; }
    QLabel* errorLabel() const { return m_error; }

public slots:
    void accept() override;

private:
    void chooseFolder();
    void updateState();

    Database& m_db;
    QList<qint64> m_selectedIds;
    QRadioButton* m_all = nullptr;
    QRadioButton* m_byCollection = nullptr;
    QRadioButton* m_selected = nullptr;
    QComboBox* m_collection = nullptr;
    QLineEdit* m_folder = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QString m_result;
};

} // namespace credfolio
