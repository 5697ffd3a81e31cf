// File > Export > Signed Presentation (ui/export/PresentationExportDialog): every control has
// an accessible name, the selection choices follow what is there, and an export with no
// keychain asks for the passphrase (PassphraseDialog, driven through a single-shot timer),
// writes the file and the file verifies.

#include "../TestSupport.h"
#include "../portfolio/BadgeFactory.h"

#include "export/PresentationExportDialog.h"
#include "identity/PassphraseDialog.h"
#include "portfolio/BadgeImporter.h"
#include "portfolio/BadgeStore.h"
#include "verify/Verifier.h"
#include "widgets/MessageWidget.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace credfolio;
using namespace credfolio::test;

class TestPresentationExportDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void accessibleNamesAndChoices();
    void exportAsksPassphraseAndVerifies();

private:
    QTemporaryDir m_home;
};

void TestPresentationExportDialog::initTestCase()
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + m_home.filePath(QStringLiteral("no-bus")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
}

void TestPresentationExportDialog::accessibleNamesAndChoices()
{
    QTemporaryDir dir;
    auto db = openFresh(dir);
    PresentationExportDialog none(*db, {});
    QVERIFY(!none.selectedButton()->isEnabled());
    QVERIFY(none.allButton()->isChecked());
    QVERIFY(!none.collectionButton()->isEnabled()); // no collections yet
    for (QWidget* w : none.findChildren<QWidget*>()) {
        if (qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w))
            QVERIFY2(
                !w->accessibleName().isEmpty(), qPrintable(w->metaObject()->className() + QStringLiteral(" ") + w->objectName()));
    }
    PresentationExportDialog some(*db, {1, 2});
    QVERIFY(some.selectedButton()->isEnabled());
    QVERIFY(some.selectedButton()->isChecked());
}

void TestPresentationExportDialog::exportAsksPassphraseAndVerifies()
{
    QTemporaryDir dir;
    auto db = openFresh(dir);
    BadgeImporter importer(db->connection());
    VerifyOptions options;
    options.at = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    QList<qint64> ids;
    for (int n = 0; n < 2; ++n) {
        const PreparedBadge prepared =
            BadgeImporter::prepare(BadgeFactory().make(n, n == 0 ? BadgeFactory::Kind::JwtText : BadgeFactory::Kind::DiJson),
                QStringLiteral("b"), options);
        QVERIFY2(!prepared.isError(), qPrintable(prepared.error));
        ids << importer.store(prepared, true).id;
    }
    PresentationExportDialog dialog(*db, ids);
    dialog.challengeField()->setText(QStringLiteral("nonce-9"));
    dialog.domainField()->setText(QStringLiteral("hr.example"));
    // The keychain probe runs an event loop of its own, so wait for the passphrase dialog to
    // be the modal widget rather than assume it is there on the first turn.
    bool asked = false;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto* ask = qobject_cast<PassphraseDialog*>(QApplication::activeModalWidget());
        if (!ask)
            return;
        poll.stop();
        asked = true;
        ask->findChild<QLineEdit*>(QStringLiteral("passphrase"))->setText(QStringLiteral("correct horse battery staple"));
        ask->findChild<QLineEdit*>(QStringLiteral("repeatPassphrase"))->setText(QStringLiteral("correct horse battery staple"));
        QTest::mouseClick(ask->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    poll.start();
    const QString path = dir.filePath(QStringLiteral("vp.json"));
    QVERIFY(dialog.exportTo(path));
    QVERIFY(asked);
    QCOMPARE(dialog.messageWidget()->type(), MessageWidget::Type::Positive);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    VerifyOptions check;
    check.challenge = QStringLiteral("nonce-9");
    check.domain = QStringLiteral("hr.example");
    const VerificationReport report = Verifier::verifyFile(file.readAll(), check);
    QCOMPARE(report.verdict(), Verdict::Valid);
    QCOMPARE(report.embedded.size(), 2);
}

QTEST_MAIN(TestPresentationExportDialog)
#include "TestPresentationExportDialog.moc"
