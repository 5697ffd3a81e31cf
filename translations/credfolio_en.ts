<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Keychain</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>The keychain did not answer within %n second.</numerusform>
            <numerusform>The keychain did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearnerKeys</name>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Choose a passphrase of at least %n character.</numerusform>
            <numerusform>Choose a passphrase of at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseSeal</name>
    <message numerus="yes">
        <source>The key file is incomplete: it ends after %n byte(s).</source>
        <translation>
            <numerusform>The key file is incomplete: it ends after %n byte.</numerusform>
            <numerusform>The key file is incomplete: it ends after %n bytes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPortfolioWriter</name>
    <message numerus="yes">
        <source>%n digital credential(s) (Open Badges) with their verification status</source>
        <translation>
            <numerusform>%n digital credential (Open Badges) with their verification status</numerusform>
            <numerusform>%n digital credentials (Open Badges) with their verification status</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioLayout</name>
    <message numerus="yes">
        <source>Portfolio of %n credential(s), %1</source>
        <translation>
            <numerusform>Portfolio of %n credential, %1</numerusform>
            <numerusform>Portfolio of %n credentials, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The original credential files (%n) are attached to this PDF: open the attachments panel of your PDF reader to save them and check them with any Open Badges verifier.</source>
        <translation>
            <numerusform>The original credential file (%n) is attached to this PDF: open the attachments panel of your PDF reader to save it and check it with any Open Badges verifier.</numerusform>
            <numerusform>The original credential files (%n) are attached to this PDF: open the attachments panel of your PDF reader to save them and check them with any Open Badges verifier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>%1 was not imported: %n problem(s) found; nothing was changed.</source>
        <translation>
            <numerusform>%1 was not imported: %n problem found; nothing was changed.</numerusform>
            <numerusform>%1 was not imported: %n problems found; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n credential(s) signed by %2</source>
        <translation>
            <numerusform>Wrote %1: %n credential signed by %2</numerusform>
            <numerusform>Wrote %1: %n credentials signed by %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credfolio::FilesExportDialog</name>
    <message numerus="yes">
        <source>%1 (%n badge(s))</source>
        <translation>
            <numerusform>%1 (%n badge)</numerusform>
            <numerusform>%1 (%n badges)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n badge(s) &amp;selected in the Portfolio</source>
        <translation>
            <numerusform>The %n badge &amp;selected in the Portfolio</numerusform>
            <numerusform>The %n badges &amp;selected in the Portfolio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n badge file(s) with manifest.json to %1.</source>
        <translation>
            <numerusform>Exported %n badge file with manifest.json to %1.</numerusform>
            <numerusform>Exported %n badge files with manifest.json to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n self-reported credential(s) are listed in the manifest without a file.</source>
        <translation>
            <numerusform>%n self-reported credential is listed in the manifest without a file.</numerusform>
            <numerusform>%n self-reported credentials are listed in the manifest without a file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credfolio::ImportSummaryDialog</name>
    <message numerus="yes">
        <source>%n badge(s) imported</source>
        <translation>
            <numerusform>%n badge imported</numerusform>
            <numerusform>%n badges imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the portfolio</source>
        <translation>
            <numerusform>, %n already in the portfolio</numerusform>
            <numerusform>, %n already in the portfolio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not a badge or unreadable</source>
        <translation>
            <numerusform>, %n not a badge or unreadable</numerusform>
            <numerusform>, %n not a badge or unreadable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed verification and not kept</source>
        <translation>
            <numerusform>, %n failed verification and not kept</numerusform>
            <numerusform>, %n failed verification and not kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credfolio::MainWindow</name>
    <message numerus="yes">
        <source>%n badge file(s)</source>
        <translation>
            <numerusform>%n badge file</numerusform>
            <numerusform>%n badge files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) of badges</source>
        <translation>
            <numerusform>%n folder of badges</numerusform>
            <numerusform>%n folders of badges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge link(s)</source>
        <translation>
            <numerusform>%n badge link</numerusform>
            <numerusform>%n badge links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop to add %n catalog file(s) to the course catalog</source>
        <translation>
            <numerusform>Drop to add %n catalog file to the course catalog</numerusform>
            <numerusform>Drop to add %n catalog files to the course catalog</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credfolio::PassphraseDialog</name>
    <message numerus="yes">
        <source>Your signing key will be kept in a file protected by a passphrase. Choose one of at least %n characters; nobody can recover it for you.</source>
        <translation>
            <numerusform>Your signing key will be kept in a file protected by a passphrase. Choose one of at least %n character; nobody can recover it for you.</numerusform>
            <numerusform>Your signing key will be kept in a file protected by a passphrase. Choose one of at least %n characters; nobody can recover it for you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is too short: use at least %n characters.</source>
        <translation>
            <numerusform>The passphrase is too short: use at least %n character.</numerusform>
            <numerusform>The passphrase is too short: use at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credfolio::PdfExportDialog</name>
    <message numerus="yes">
        <source>Selected badges (%n)</source>
        <translation>
            <numerusform>Selected badges (%n)</numerusform>
            <numerusform>Selected badges (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Collection: %1 (%n badge(s))</source>
        <translation>
            <numerusform>Collection: %1 (%n badge)</numerusform>
            <numerusform>Collection: %1 (%n badges)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s); the preview shows the first %1.</source>
        <translation>
            <numerusform>%n page; the preview shows the first %1.</numerusform>
            <numerusform>%n pages; the preview shows the first %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credfolio::PortfolioFileActions</name>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n badge</numerusform>
            <numerusform>%n badges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your current portfolio (%1, %n collection(s)) will be replaced by the backup (%2). Anything added since the backup was made will be lost.</source>
        <translation>
            <numerusform>Your current portfolio (%1, %n collection) will be replaced by the backup (%2). Anything added since the backup was made will be lost.</numerusform>
            <numerusform>Your current portfolio (%1, %n collections) will be replaced by the backup (%2). Anything added since the backup was made will be lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credfolio::PortfolioView</name>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n badge</numerusform>
            <numerusform>%n badges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample badge(s) removed.</source>
        <translation>
            <numerusform>%n sample badge removed.</numerusform>
            <numerusform>%n sample badges removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n badge file(s)…</source>
        <translation>
            <numerusform>Importing %n badge file…</numerusform>
            <numerusform>Importing %n badge files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every badge was checked again; %n changed status.</source>
        <translation>
            <numerusform>Every badge was checked again; %n changed status.</numerusform>
            <numerusform>Every badge was checked again; %n changed status.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credfolio::PresentationExportDialog</name>
    <message numerus="yes">
        <source>The %n badge(s) &amp;selected in the Portfolio</source>
        <translation>
            <numerusform>The %n badge &amp;selected in the Portfolio</numerusform>
            <numerusform>The %n badges &amp;selected in the Portfolio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved a presentation of %n credential(s), signed as %1.</source>
        <translation>
            <numerusform>Saved a presentation of %n credential, signed as %1.</numerusform>
            <numerusform>Saved a presentation of %n credentials, signed as %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) left out (see details).</source>
        <translation>
            <numerusform>%n badge left out (see details).</numerusform>
            <numerusform>%n badges left out (see details).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credfolio::WindowSession</name>
    <message numerus="yes">
        <source>Restored your portfolio from %1: %n badge(s).</source>
        <translation>
            <numerusform>Restored your portfolio from %1: %n badge.</numerusform>
            <numerusform>Restored your portfolio from %1: %n badges.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>verify</name>
    <message numerus="yes">
        <source>%n of the credentials carried inside this one did not verify.</source>
        <translation>
            <numerusform>%n of the credentials carried inside this one did not verify.</numerusform>
            <numerusform>%n of the credentials carried inside this one did not verify.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the credentials carried inside this one could not be fully checked.</source>
        <translation>
            <numerusform>%n of the credentials carried inside this one could not be fully checked.</numerusform>
            <numerusform>%n of the credentials carried inside this one could not be fully checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n credentials carried inside this one verify.</source>
        <translation>
            <numerusform>The %n credential carried inside this one verifies.</numerusform>
            <numerusform>All %n credentials carried inside this one verify.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the credentials in the presentation did not verify: forged, changed or malformed.</source>
        <translation>
            <numerusform>%n of the credentials in the presentation did not verify: forged, changed or malformed.</numerusform>
            <numerusform>%n of the credentials in the presentation did not verify: forged, changed or malformed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the credentials in the presentation is expired or revoked.</source>
        <translation>
            <numerusform>%n of the credentials in the presentation is expired or revoked.</numerusform>
            <numerusform>%n of the credentials in the presentation are expired or revoked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the credentials in the presentation could not be fully checked.</source>
        <translation>
            <numerusform>%n of the credentials in the presentation could not be fully checked.</numerusform>
            <numerusform>%n of the credentials in the presentation could not be fully checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n credentials in the presentation verify.</source>
        <translation>
            <numerusform>The %n credential in the presentation verifies.</numerusform>
            <numerusform>All %n credentials in the presentation verify.</numerusform>
        </translation>
    </message>
</context>
</TS>
