<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>No result.</source>
        <translation>Kein Ergebnis.</translation>
    </message>
</context>
<context>
    <name>PdfFinisher</name>
    <message>
        <source>A PDF/A-1b file cannot carry attachments.</source>
        <translation>Eine PDF/A-1b-Datei kann keine Anhänge enthalten.</translation>
    </message>
    <message>
        <source>The PDF could not be finished: %1</source>
        <translation>Das PDF konnte nicht fertiggestellt werden: %1</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>The link is too long for a QR code.</source>
        <translation>Der Link ist zu lang für einen QR-Code.</translation>
    </message>
</context>
<context>
    <name>StagingFile</name>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>%1 kann nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 to disk.</source>
        <translation>%1 kann nicht auf den Datenträger geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>(%1 self-reported listed without a file)</source>
        <translation>(%1 selbst angegebene ohne Datei aufgeführt)</translation>
    </message>
    <message>
        <source>A new or empty folder for the files and manifest.json.</source>
        <translation>Ein neuer oder leerer Ordner für die Dateien und die manifest.json.</translation>
    </message>
    <message>
        <source>Back up the whole portfolio to one file</source>
        <translation>Das gesamte Portfolio in einer Datei sichern</translation>
    </message>
    <message>
        <source>Replace the portfolio with a backup (--yes to replace your data)</source>
        <translation>Das Portfolio durch eine Sicherung ersetzen (--yes, um Ihre Daten zu ersetzen)</translation>
    </message>
    <message>
        <source>Write a PDF portfolio of your badges</source>
        <translation>Ein PDF-Portfolio Ihrer Badges schreiben</translation>
    </message>
    <message>
        <source>Write chosen badges&apos; original files and a manifest.json to a folder</source>
        <translation>Die Originaldateien ausgewählter Badges und eine manifest.json in einen Ordner schreiben</translation>
    </message>
    <message>
        <source>Wrote %1 badge file(s) and manifest.json to %2</source>
        <translation>%1 Badge-Datei(en) und manifest.json nach %2 geschrieben</translation>
    </message>
    <message>
        <source>give one folder; usage: %1</source>
        <translation>geben Sie einen Ordner an; Aufruf: %1</translation>
    </message>
</context>
<context>
    <name>credfolio</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Reading badges</source>
        <translation>Badges werden gelesen</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was written.</source>
        <translation>Die Sicherung wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The badge %1 could not be read from the portfolio.</source>
        <translation>Das Badge %1 konnte nicht aus dem Portfolio gelesen werden.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The portfolio is in use by another Credfolio window or command. Close it and try again. Nothing was changed.</source>
        <translation>Das Portfolio wird von einem anderen Credfolio-Fenster oder Befehl verwendet. Schließen Sie es und versuchen Sie es erneut. Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>credfolio::Backup</name>
    <message>
        <source>Choose another file for the backup: %1 is %2.</source>
        <translation>Wählen Sie eine andere Datei für die Sicherung: %1 ist %2.</translation>
    </message>
    <message>
        <source>The backup failed its integrity check (%1); nothing was written.</source>
        <translation>Die Sicherung hat ihre Integritätsprüfung nicht bestanden (%1); nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>There is no portfolio at %1 to back up.</source>
        <translation>Unter %1 gibt es kein Portfolio, das gesichert werden könnte.</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>the portfolio itself</source>
        <translation>das Portfolio selbst</translation>
    </message>
</context>
<context>
    <name>credfolio::FilesExport</name>
    <message>
        <source>%1 is a file, not a folder. Choose a new or empty folder for the export.</source>
        <translation>%1 ist eine Datei, kein Ordner. Wählen Sie einen neuen oder leeren Ordner für den Export.</translation>
    </message>
    <message>
        <source>No folder was given for the export.</source>
        <translation>Für den Export wurde kein Ordner angegeben.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Der Export wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The folder %1 is no longer empty. Nothing was exported.</source>
        <translation>Der Ordner %1 ist nicht mehr leer. Nichts wurde exportiert.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose a new or empty folder, so no file is overwritten.</source>
        <translation>Der Ordner %1 ist nicht leer. Wählen Sie einen neuen oder leeren Ordner, damit keine Datei überschrieben wird.</translation>
    </message>
    <message>
        <source>The stored file of &quot;%1&quot; (#%2) does not match its recorded SHA-256: the portfolio is damaged. Nothing was exported.</source>
        <translation>Die gespeicherte Datei von „%1“ (#%2) passt nicht zu ihrem erfassten SHA-256-Wert: Das Portfolio ist beschädigt. Nichts wurde exportiert.</translation>
    </message>
</context>
<context>
    <name>credfolio::FilesExportDialog</name>
    <message numerus="yes">
        <source>%1 (%n badge(s))</source>
        <translation>
            <numerusform>%1 (%n Badge)</numerusform>
            <numerusform>%1 (%n Badges)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n self-reported credential(s) are listed in the manifest without a file.</source>
        <translation>
            <numerusform>%n selbst angegebener Nachweis ist im Manifest ohne Datei aufgeführt.</numerusform>
            <numerusform>%n selbst angegebene Nachweise sind im Manifest ohne Datei aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;All badges (without the samples)</source>
        <translation>&amp;Alle Badges (ohne die Beispiele)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>A &amp;collection:</source>
        <translation>Eine &amp;Sammlung:</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>Ein neuer oder leerer Ordner</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Den Export abbrechen</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Den Ordner auswählen</translation>
    </message>
    <message>
        <source>Collection to export</source>
        <translation>Zu exportierende Sammlung</translation>
    </message>
    <message>
        <source>Export Badge Files</source>
        <translation>Badge-Dateien exportieren</translation>
    </message>
    <message>
        <source>Export a collection</source>
        <translation>Eine Sammlung exportieren</translation>
    </message>
    <message>
        <source>Export all badges</source>
        <translation>Alle Badges exportieren</translation>
    </message>
    <message>
        <source>Export problem</source>
        <translation>Problem beim Export</translation>
    </message>
    <message>
        <source>Export the badge files</source>
        <translation>Die Badge-Dateien exportieren</translation>
    </message>
    <message>
        <source>Export the selected badges</source>
        <translation>Die ausgewählten Badges exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n badge file(s) with manifest.json to %1.</source>
        <translation>
            <numerusform>%n Badge-Datei mit manifest.json nach %1 exportiert.</numerusform>
            <numerusform>%n Badge-Dateien mit manifest.json nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the Badge Files</source>
        <translation>Ordner für die Badge-Dateien</translation>
    </message>
    <message>
        <source>Folder to export into</source>
        <translation>Zielordner für den Export</translation>
    </message>
    <message numerus="yes">
        <source>The %n badge(s) &amp;selected in the Portfolio</source>
        <translation>
            <numerusform>Das im Portfolio &amp;ausgewählte Badge (%n)</numerusform>
            <numerusform>Die %n im Portfolio &amp;ausgewählten Badges</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes each badge&apos;s original file, unchanged, and a manifest.json listing them with their status and SHA-256, into a new or empty folder.</source>
        <translation>Schreibt die Originaldatei jedes Badges unverändert sowie eine manifest.json, die sie mit Status und SHA-256 auflistet, in einen neuen oder leeren Ordner.</translation>
    </message>
</context>
<context>
    <name>credfolio::Format</name>
    <message>
        <source>%1 courses</source>
        <translation>%1 Kurse</translation>
    </message>
    <message>
        <source>1 course</source>
        <translation>1 Kurs</translation>
    </message>
</context>
<context>
    <name>credfolio::Keychain</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credfolio::MainWindow</name>
    <message>
        <source>Credfolio opens badges and course catalogs only, so it did not open %1.</source>
        <translation>Credfolio öffnet nur Badges und Kurskataloge und hat %1 daher nicht geöffnet.</translation>
    </message>
    <message>
        <source>Language, online checks, export defaults and where your portfolio lives</source>
        <translation>Sprache, Online-Prüfungen, Export-Standards und der Speicherort Ihres Portfolios</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Re&amp;move Sample Badges</source>
        <translation>Beispiel-Badges ent&amp;fernen</translation>
    </message>
</context>
<context>
    <name>credfolio::PdfPortfolioWriter</name>
    <message numerus="yes">
        <source>%n digital credential(s) (Open Badges) with their verification status</source>
        <translation>
            <numerusform>%n digitaler Nachweis (Open Badges) mit seinem Verifizierungsstatus</numerusform>
            <numerusform>%n digitale Nachweise (Open Badges) mit ihrem Verifizierungsstatus</numerusform>
        </translation>
    </message>
    <message>
        <source>Attaching the original files</source>
        <translation>Die Originaldateien werden angehängt</translation>
    </message>
    <message>
        <source>Credential portfolio</source>
        <translation>Nachweis-Portfolio</translation>
    </message>
    <message>
        <source>Credential portfolio of %1</source>
        <translation>Nachweis-Portfolio von %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Drawing a PDF needs the application&apos;s graphics libraries (QGuiApplication).</source>
        <translation>Zum Zeichnen eines PDFs braucht es die Grafikbibliotheken der Anwendung (QGuiApplication).</translation>
    </message>
    <message>
        <source>Drawing pages</source>
        <translation>Seiten werden gezeichnet</translation>
    </message>
    <message>
        <source>Original credential: %1, issued by %2</source>
        <translation>Originalnachweis: %1, ausgestellt von %2</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Das PDF konnte nicht begonnen werden.</translation>
    </message>
</context>
<context>
    <name>credfolio::PortfolioFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Credfolio portfolio or backup.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Credfolio-Portfolio und keine Sicherung.</translation>
    </message>
    <message>
        <source>%1 is damaged (the SQLite integrity check failed: %2).</source>
        <translation>%1 ist beschädigt (die SQLite-Integritätsprüfung ist fehlgeschlagen: %2).</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2).</source>
        <translation>%1 ist beschädigt und kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1 is not a Credfolio portfolio or backup (it is not an SQLite database).</source>
        <translation>%1 ist kein Credfolio-Portfolio und keine Sicherung (es ist keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Credfolio (format %2; this version reads up to %3). Update Credfolio to use it.</source>
        <translation>%1 wurde von einer neueren Credfolio-Version geschrieben (Format %2; diese Version liest bis Format %3). Aktualisieren Sie Credfolio, um die Datei zu verwenden.</translation>
    </message>
</context>
<context>
    <name>credfolio::PortfolioFileActions</name>
    <message>
        <source>&amp;Back Up Portfolio…</source>
        <translation>Portfolio &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Replace Portfolio</source>
        <translation>Portfolio &amp;ersetzen</translation>
    </message>
    <message>
        <source>&amp;Restore Portfolio…</source>
        <translation>Portfolio &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>A backup is already running.</source>
        <translation>Es läuft bereits eine Sicherung.</translation>
    </message>
    <message>
        <source>Back Up Portfolio</source>
        <translation>Portfolio sichern</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>%1 wurde nach %2 gesichert.</translation>
    </message>
    <message>
        <source>Backing up your portfolio…</source>
        <translation>Ihr Portfolio wird gesichert…</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Sicherungsfortschritt</translation>
    </message>
    <message>
        <source>Badge &amp;Files…</source>
        <translation>Badge-&amp;Dateien…</translation>
    </message>
    <message>
        <source>Credfolio backup %1.credfolio</source>
        <translation>Credfolio-Sicherung %1.credfolio</translation>
    </message>
    <message>
        <source>Credfolio backups (*.credfolio);;All files (*)</source>
        <translation>Credfolio-Sicherungen (*.credfolio);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Replace your portfolio with a backup</source>
        <translation>Ihr Portfolio durch eine Sicherung ersetzen</translation>
    </message>
    <message>
        <source>Replace your portfolio with the backup</source>
        <translation>Ihr Portfolio durch die Sicherung ersetzen</translation>
    </message>
    <message>
        <source>Replace your portfolio with this backup?</source>
        <translation>Ihr Portfolio durch diese Sicherung ersetzen?</translation>
    </message>
    <message>
        <source>Restore Portfolio</source>
        <translation>Portfolio wiederherstellen</translation>
    </message>
    <message>
        <source>Save your whole portfolio in one file</source>
        <translation>Ihr gesamtes Portfolio in einer Datei speichern</translation>
    </message>
    <message>
        <source>The backup was not made: %1</source>
        <translation>Die Sicherung wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1 Your portfolio was not changed.</source>
        <translation>Diese Sicherung kann nicht wiederhergestellt werden: %1 Ihr Portfolio wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Write the original badge files and a manifest.json into a folder</source>
        <translation>Die Original-Badge-Dateien und eine manifest.json in einen Ordner schreiben</translation>
    </message>
    <message numerus="yes">
        <source>Your current portfolio (%1, %n collection(s)) will be replaced by the backup (%2). Anything added since the backup was made will be lost.</source>
        <translation>
            <numerusform>Ihr aktuelles Portfolio (%1, %n Sammlung) wird durch die Sicherung (%2) ersetzt. Alles, was seit der Sicherung hinzugekommen ist, geht verloren.</numerusform>
            <numerusform>Ihr aktuelles Portfolio (%1, %n Sammlungen) wird durch die Sicherung (%2) ersetzt. Alles, was seit der Sicherung hinzugekommen ist, geht verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your current portfolio will be replaced by the backup (%1).</source>
        <translation>Ihr aktuelles Portfolio wird durch die Sicherung (%1) ersetzt.</translation>
    </message>
    <message>
        <source>it did not finish.</source>
        <translation>sie wurde nicht abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>credfolio::PortfolioLayout</name>
    <message>
        <source>%1 (checked %2)</source>
        <translation>%1 (geprüft %2)</translation>
    </message>
    <message>
        <source>%1 · made with Credfolio</source>
        <translation>%1 · erstellt mit Credfolio</translation>
    </message>
    <message>
        <source>Checks passed:</source>
        <translation>Bestandene Prüfungen:</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Criteria page: %1</source>
        <translation>Seite mit den Kriterien: %1</translation>
    </message>
    <message>
        <source>Evidenced by: %1</source>
        <translation>Belegt durch: %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Läuft ab %1</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Ausgestellt %1</translation>
    </message>
    <message>
        <source>Original file: attached as %1 (%2).</source>
        <translation>Originaldatei: angehängt als %1 (%2).</translation>
    </message>
    <message>
        <source>Original file: not attached (PDF/A edition).</source>
        <translation>Originaldatei: nicht angehängt (PDF/A-Ausgabe).</translation>
    </message>
    <message>
        <source>Original file: not available.</source>
        <translation>Originaldatei: nicht verfügbar.</translation>
    </message>
    <message>
        <source>PDF/A-1b edition: the original credential files are not attached to this document. Ask the holder for them, or scan each QR code to check a credential where its issuer keeps it.</source>
        <translation>PDF/A-1b-Ausgabe: Die Original-Nachweisdateien sind diesem Dokument nicht angehängt. Fragen Sie die Inhaberin oder den Inhaber danach oder scannen Sie jeden QR-Code, um einen Nachweis dort zu prüfen, wo sein Aussteller ihn bereithält.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>Portfolio of %n credential(s), %1</source>
        <translation>
            <numerusform>Portfolio mit %n Nachweis, %1</numerusform>
            <numerusform>Portfolio mit %n Nachweisen, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan to verify</source>
        <translation>Zum Verifizieren scannen</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kompetenzen</translation>
    </message>
    <message numerus="yes">
        <source>The original credential files (%n) are attached to this PDF: open the attachments panel of your PDF reader to save them and check them with any Open Badges verifier.</source>
        <translation>
            <numerusform>Die Original-Nachweisdatei (%n) ist diesem PDF angehängt: Öffnen Sie die Anhangsleiste Ihres PDF-Readers, um sie zu speichern und mit einem beliebigen Open-Badges-Verifizierer zu prüfen.</numerusform>
            <numerusform>Die Original-Nachweisdateien (%n) sind diesem PDF angehängt: Öffnen Sie die Anhangsleiste Ihres PDF-Readers, um sie zu speichern und mit einem beliebigen Open-Badges-Verifizierer zu prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <source>Verify online: %1</source>
        <translation>Online verifizieren: %1</translation>
    </message>
    <message>
        <source>an unnamed issuer</source>
        <translation>ein unbenannter Aussteller</translation>
    </message>
</context>
<context>
    <name>credfolio::Restore</name>
    <message>
        <source>The backup and the portfolio are the same file.</source>
        <translation>Die Sicherung und das Portfolio sind dieselbe Datei.</translation>
    </message>
    <message>
        <source>The backup could not be brought up to this version&apos;s format: %1 Your portfolio was not changed.</source>
        <translation>Die Sicherung konnte nicht auf das Format dieser Version gebracht werden: %1 Ihr Portfolio wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The portfolio at %1 holds your badges and plans; restoring would replace them. Confirm to replace it. Nothing was changed.</source>
        <translation>Das Portfolio unter %1 enthält Ihre Badges und Pläne; eine Wiederherstellung würde sie ersetzen. Bestätigen Sie das Ersetzen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Your portfolio was not changed.</source>
        <translation>Ihr Portfolio wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>credfolio::SettingsDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>&amp;Standard</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <source>A new language applies the next time Credfolio starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Credfolio.</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Allow &amp;online checks</source>
        <translation>&amp;Online-Prüfungen erlauben</translation>
    </message>
    <message>
        <source>Archival PDF (PDF/&amp;A)</source>
        <translation>Archiv-PDF (PDF/&amp;A)</translation>
    </message>
    <message>
        <source>Choose the portfolio file</source>
        <translation>Die Portfolio-Datei auswählen</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Kompakt</translation>
    </message>
    <message>
        <source>Credfolio opens %1. A change applies the next time Credfolio starts.</source>
        <translation>Credfolio öffnet %1. Eine Änderung gilt ab dem nächsten Start von Credfolio.</translation>
    </message>
    <message>
        <source>Credfolio portfolio (*.sqlite);;All files (*)</source>
        <translation>Credfolio-Portfolio (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Detailed</source>
        <translation>Ausführlich</translation>
    </message>
    <message>
        <source>Export PDFs in the PDF/A archival format by default</source>
        <translation>PDFs standardmäßig im Archivformat PDF/A exportieren</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exporte</translation>
    </message>
    <message>
        <source>Fetch hosted badges, issuer keys, revocation lists and badge images over HTTPS</source>
        <translation>Gehostete Badges, Ausstellerschlüssel, Widerrufslisten und Badge-Bilder über HTTPS abrufen</translation>
    </message>
    <message>
        <source>From the system&apos;s region</source>
        <translation>Aus der Region des Systems</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>La&amp;yout:</translation>
    </message>
    <message>
        <source>Portfolio &amp;file:</source>
        <translation>Portfolio-&amp;Datei:</translation>
    </message>
    <message>
        <source>Portfolio File</source>
        <translation>Portfolio-Datei</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>The CREDFOLIO_DB environment variable chooses the portfolio for now: %1</source>
        <translation>Die Umgebungsvariable CREDFOLIO_DB bestimmt das Portfolio derzeit: %1</translation>
    </message>
    <message>
        <source>The defaults each export starts with; you can change them per export.</source>
        <translation>Die Vorgaben, mit denen jeder Export beginnt; Sie können sie pro Export ändern.</translation>
    </message>
    <message>
        <source>The language Credfolio speaks. Applies the next time Credfolio starts.</source>
        <translation>Die Sprache, die Credfolio spricht. Gilt ab dem nächsten Start von Credfolio.</translation>
    </message>
    <message>
        <source>The layout an export starts with</source>
        <translation>Das Layout, mit dem ein Export beginnt</translation>
    </message>
    <message>
        <source>The portfolio file Credfolio opens; empty for the default location</source>
        <translation>Die Portfolio-Datei, die Credfolio öffnet; leer für den Standardspeicherort</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Use the default location again</source>
        <translation>Wieder den Standardspeicherort verwenden</translation>
    </message>
    <message>
        <source>When off, badges are verified with what they carry and what Credfolio bundles; nothing is fetched.</source>
        <translation>Wenn ausgeschaltet, werden Badges mit dem verifiziert, was sie selbst enthalten und was Credfolio mitbringt; nichts wird abgerufen.</translation>
    </message>
</context>
<context>
    <name>credfolio::WindowSession</name>
    <message numerus="yes">
        <source>Restored your portfolio from %1: %n badge(s).</source>
        <translation>
            <numerusform>Ihr Portfolio wurde aus %1 wiederhergestellt: %n Badge.</numerusform>
            <numerusform>Ihr Portfolio wurde aus %1 wiederhergestellt: %n Badges.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>The backup was updated to this version&apos;s format.</source>
        <translation>Die Sicherung wurde auf das Format dieser Version aktualisiert.</translation>
    </message>
</context>
<context>
    <name>credfolio::cli</name>
    <message>
        <source>(updated from format %1 to %2)</source>
        <translation>(von Format %1 auf %2 aktualisiert)</translation>
    </message>
    <message>
        <source>--layout takes compact or detailed, not &quot;%1&quot;</source>
        <translation>--layout erwartet compact oder detailed, nicht „%1“</translation>
    </message>
    <message>
        <source>--paper takes a4 or letter, not &quot;%1&quot;</source>
        <translation>--paper erwartet a4 oder letter, nicht „%1“</translation>
    </message>
    <message>
        <source>Backed up %1 badge(s) to %2 (%3 bytes)</source>
        <translation>%1 Badge(s) nach %2 gesichert (%3 Bytes)</translation>
    </message>
    <message>
        <source>Replace a portfolio that holds badges, plans or a profile.</source>
        <translation>Ein Portfolio ersetzen, das Badges, Pläne oder ein Profil enthält.</translation>
    </message>
    <message>
        <source>Restored %1 badge(s) from %2 into %3</source>
        <translation>%1 Badge(s) aus %2 in %3 wiederhergestellt</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>Die wiederherzustellende Sicherungsdatei.</translation>
    </message>
    <message>
        <source>The backup file to write (replaced if it exists).</source>
        <translation>Die zu schreibende Sicherungsdatei (wird ersetzt, falls vorhanden).</translation>
    </message>
    <message>
        <source>The portfolio was not changed.</source>
        <translation>Das Portfolio wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Where to write the PDF portfolio.</source>
        <translation>Wohin das PDF-Portfolio geschrieben wird.</translation>
    </message>
    <message>
        <source>Write PDF/A-1b for archiving (the original files are not attached).</source>
        <translation>PDF/A-1b zur Archivierung schreiben (die Originaldateien werden nicht angehängt).</translation>
    </message>
    <message>
        <source>Wrote %1: %2 pages, %3 badges, %4 attached files</source>
        <translation>%1 geschrieben: %2 Seiten, %3 Badges, %4 angehängte Dateien</translation>
    </message>
    <message>
        <source>a4 or letter (default: from the locale).</source>
        <translation>a4 oder letter (Standard: aus dem Gebietsschema).</translation>
    </message>
    <message>
        <source>compact (a one- or two-page summary) or detailed (a section per credential; the default).</source>
        <translation>compact (eine Zusammenfassung auf ein oder zwei Seiten) oder detailed (ein Abschnitt pro Nachweis; der Standard).</translation>
    </message>
    <message>
        <source>drawing a PDF needs a QGuiApplication</source>
        <translation>zum Zeichnen eines PDFs braucht es eine QGuiApplication</translation>
    </message>
    <message>
        <source>give one backup file; usage: %1</source>
        <translation>geben Sie eine Sicherungsdatei an; Aufruf: %1</translation>
    </message>
    <message>
        <source>give one output file: %1</source>
        <translation>geben Sie eine Ausgabedatei an: %1</translation>
    </message>
    <message>
        <source>the portfolio at %1 holds badges, plans or a profile that the backup would replace; add --yes to replace it (nothing was changed)</source>
        <translation>das Portfolio unter %1 enthält Badges, Pläne oder ein Profil, die die Sicherung ersetzen würde; geben Sie --yes an, um es zu ersetzen (nichts wurde geändert)</translation>
    </message>
    <message>
        <source>there is no portfolio at %1 to back up</source>
        <translation>unter %1 gibt es kein Portfolio, das gesichert werden könnte</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Badge files, folders of badges or catalog files to import.</source>
        <translation>Zu importierende Badge-Dateien, Badge-Ordner oder Katalogdateien.</translation>
    </message>
</context>
</TS>
