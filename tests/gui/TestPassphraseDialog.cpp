// The passphrase dialog (ui/identity) driven through its real widgets: creating asks twice
// and checks length and match, unlocking shows a wrong passphrase inline and stays open,
// against a real key file (core/identity).

#include "identity/LearnerKeys.h"
#include "identity/PassphraseDialog.h"
#include "widgets/MessageWidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace credfolio;

namespace {

QLineEdit* field(QDialog& dialog, const char* name)
{
    return dialog.findChild<QLineEdit*>(QString::fromLatin1(name));
}

void clickOk(QDialog& dialog)
{
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

QString shownError(QDialog& dialog)
{
    auto* message = dialog.findChild<MessageWidget*>(QStringLiteral("passphraseMessage"));
    return message && message->isVisible() && message->type() == MessageWidget::Type::Error ? message->text() : QString();
}

void typeInto(QLineEdit* edit, const QString& text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

class TestPassphraseDialog : public QObject {
    Q_OBJECT

private slots:
    void createChecksLengthAndMatch();
    void unlockShowsWrongPassphraseInline();
    void showPassphrase();
};

void TestPassphraseDialog::createChecksLengthAndMatch()
{
    PassphraseDialog dialog(PassphraseDialog::Mode::Create);
    dialog.setExplanation(QStringLiteral("No keychain service answered on this computer."));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QLineEdit* first = field(dialog, "passphrase");
    QLineEdit* repeat = field(dialog, "repeatPassphrase");
    QVERIFY(first && repeat);
    QCOMPARE(first->accessibleName(), QStringLiteral("Passphrase"));
    QCOMPARE(repeat->accessibleName(), QStringLiteral("Repeat passphrase"));
    QCOMPARE(first->echoMode(), QLineEdit::Password);

    clickOk(dialog);
    QVERIFY(dialog.isVisible());
    QCOMPARE(shownError(dialog), QStringLiteral("Enter a passphrase."));

    typeInto(first, QStringLiteral("short"));
    typeInto(repeat, QStringLiteral("short"));
    clickOk(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY2(shownError(dialog).contains(QStringLiteral("too short")), qPrintable(shownError(dialog)));

    typeInto(first, QStringLiteral("long enough words"));
    typeInto(repeat, QStringLiteral("long enough word"));
    clickOk(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY(shownError(dialog).contains(QStringLiteral("differ")));
    QCOMPARE(QApplication::focusWidget(), repeat);

    typeInto(repeat, QStringLiteral("long enough words"));
    clickOk(dialog);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.passphrase(), QStringLiteral("long enough words"));
}

void TestPassphraseDialog::unlockShowsWrongPassphraseInline()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LearnerKeys keys(QUuid::createUuid().toString(QUuid::WithoutBraces), dir.filePath(QStringLiteral("k.credfolio-key")));
    keys.setKdfParams(Argon2Params{8 * 1024, 1, 1});
    const auto created = keys.loadOrCreate(LearnerKeys::Store::PassphraseFile, QStringLiteral("the right words"));
    QVERIFY(created.ok());

    PassphraseDialog dialog(PassphraseDialog::Mode::Unlock);
    QVERIFY(!field(dialog, "repeatPassphrase"));
    std::optional<Ed25519SigningKey> unlocked;
    dialog.setCheck([&](const QString& words) {
        const auto loaded = keys.load(LearnerKeys::Store::PassphraseFile, words);
        if (!loaded)
            return loaded.error();
        unlocked = loaded.value();
        return QString();
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QLineEdit* words = field(dialog, "passphrase");
    typeInto(words, QStringLiteral("the wrong words"));
    clickOk(dialog);
    QVERIFY(dialog.isVisible());
    QCOMPARE(shownError(dialog), QStringLiteral("The passphrase is wrong."));
    QVERIFY(!unlocked);

    typeInto(words, QStringLiteral("the right words"));
    clickOk(dialog);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(unlocked);
    QVERIFY(unlocked->publicKey().sameKeyAs(created.value().publicKey()));
}

void TestPassphraseDialog::showPassphrase()
{
    PassphraseDialog dialog(PassphraseDialog::Mode::Create);
    dialog.show();
    auto* show = dialog.findChild<QCheckBox*>(QStringLiteral("showPassphrase"));
    QVERIFY(show);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(field(dialog, "passphrase")->echoMode(), QLineEdit::Normal);
    QCOMPARE(field(dialog, "repeatPassphrase")->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(field(dialog, "passphrase")->echoMode(), QLineEdit::Password);
}

QTEST_MAIN(TestPassphraseDialog)
#include "TestPassphraseDialog.moc"
