<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Backup</name>
    <message>
        <source>The backup was cancelled; nothing was written.</source>
        <translation>Die Sicherung wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>There is no portfolio at %1 to back up.</source>
        <translation>Unter %1 gibt es kein Portfolio, das gesichert werden könnte.</translation>
    </message>
    <message>
        <source>Choose another file for the backup: %1 is %2.</source>
        <translation>Wählen Sie eine andere Datei für die Sicherung: %1 ist %2.</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>the portfolio itself</source>
        <translation>das Portfolio selbst</translation>
    </message>
    <message>
        <source>The backup failed its integrity check (%1); nothing was written.</source>
        <translation>Die Sicherung hat ihre Integritätsprüfung nicht bestanden (%1); nichts wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>BadgeImporter</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Dies ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The file is %1 MiB; badge files over %2 MiB are refused.</source>
        <translation>Die Datei ist %1 MiB groß; Badge-Dateien über %2 MiB werden abgelehnt.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Already in the portfolio.</source>
        <translation>Bereits im Portfolio.</translation>
    </message>
    <message>
        <source>Not stored because it failed verification: %1</source>
        <translation>Nicht gespeichert, weil die Verifizierung fehlschlug: %1</translation>
    </message>
    <message>
        <source>There is no badge %1 in the portfolio.</source>
        <translation>Im Portfolio gibt es kein Badge %1.</translation>
    </message>
    <message>
        <source>A self-reported credential needs a name.</source>
        <translation>Ein selbst angegebener Nachweis braucht einen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a full link (like https://example.org/certificate/123).</source>
        <translation>„%1“ ist kein vollständiger Link (etwa https://example.org/certificate/123).</translation>
    </message>
    <message>
        <source>The attachment %1 is larger than %2 MiB.</source>
        <translation>Der Anhang %1 ist größer als %2 MiB.</translation>
    </message>
    <message>
        <source>You entered this credential yourself; it carries no data anyone can verify.</source>
        <translation>Sie haben diesen Nachweis selbst eingetragen; er enthält keine Daten, die jemand verifizieren könnte.</translation>
    </message>
    <message>
        <source>This credential is already in the portfolio.</source>
        <translation>Dieser Nachweis ist bereits im Portfolio.</translation>
    </message>
    <message>
        <source>This is a signed presentation (credentials bundled for an employer), not a badge: import the badges it carries from their own files.</source>
        <translation>Dies ist eine signierte Präsentation (für einen Arbeitgeber gebündelte Nachweise), kein Badge: Importieren Sie die darin enthaltenen Badges aus ihren eigenen Dateien.</translation>
    </message>
</context>
<context>
    <name>BadgeState</name>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht verifiziert</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Self-reported</source>
        <translation>Selbst angegeben</translation>
    </message>
</context>
<context>
    <name>BadgeStore</name>
    <message>
        <source>A collection needs a name.</source>
        <translation>Eine Sammlung braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a collection named &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Sammlung namens „%1“.</translation>
    </message>
    <message>
        <source>%1 is not an image Credfolio shows (PNG, JPEG, GIF, WebP or SVG up to 2 MiB).</source>
        <translation>%1 ist kein Bild, das Credfolio anzeigt (PNG, JPEG, GIF, WebP oder SVG bis 2 MiB).</translation>
    </message>
    <message>
        <source>The badge could not be stored: %1</source>
        <translation>Das Badge konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>There is no badge %1 in the portfolio.</source>
        <translation>Im Portfolio gibt es kein Badge %1.</translation>
    </message>
    <message>
        <source>The badge is already back in the portfolio.</source>
        <translation>Das Badge ist bereits wieder im Portfolio.</translation>
    </message>
</context>
<context>
    <name>BulkImport</name>
    <message>
        <source>This is a link; allow online checks to import badges from links, or download the badge and import the file.</source>
        <translation>Dies ist ein Link; erlauben Sie Online-Prüfungen, um Badges über Links zu importieren, oder laden Sie das Badge herunter und importieren Sie die Datei.</translation>
    </message>
</context>
<context>
    <name>BundledContexts</name>
    <message>
        <source>The context %1 is not bundled with Credfolio and online checks are off</source>
        <translation>Der Kontext %1 ist nicht in Credfolio enthalten, und Online-Prüfungen sind ausgeschaltet</translation>
    </message>
</context>
<context>
    <name>Canonicalizer</name>
    <message>
        <source>canonicalization stopped after %1 steps: the data&apos;s blank nodes are too symmetric to label in reasonable time</source>
        <translation>Die Kanonisierung wurde nach %1 Schritten abgebrochen: Die leeren Knoten der Daten sind zu symmetrisch, um sie in vertretbarer Zeit zu benennen</translation>
    </message>
    <message>
        <source>the data holds a statement that is not RDF</source>
        <translation>die Daten enthalten eine Aussage, die kein RDF ist</translation>
    </message>
</context>
<context>
    <name>CatalogFileImport</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated; microcredentials: %4 added, %5 updated.</source>
        <translation>%1 importiert: %2 hinzugefügt, %3 aktualisiert; Micro-Credentials: %4 hinzugefügt, %5 aktualisiert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was not imported&lt;/b&gt; and your catalog was not changed. Fix the problems listed below and try again.</source>
        <translation>&lt;b&gt;%1 wurde nicht importiert&lt;/b&gt;, und Ihr Katalog blieb unverändert. Beheben Sie die unten aufgeführten Probleme und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>CatalogImporter</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file is %1 MiB; catalogs of more than %2 MiB are not accepted</source>
        <translation>die Datei ist %1 MiB groß; Kataloge über %2 MiB werden nicht angenommen</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>… und %1 weitere Probleme</translation>
    </message>
    <message>
        <source>the catalog holds no providers, skills, courses or microcredentials</source>
        <translation>der Katalog enthält keine Anbieter, Kompetenzen, Kurse oder Micro-Credentials</translation>
    </message>
    <message>
        <source>no provider has the id &quot;%1&quot;; list it under &quot;providers&quot;</source>
        <translation>kein Anbieter hat die ID „%1“; führen Sie ihn unter „providers“ auf</translation>
    </message>
    <message>
        <source>no skill has the id &quot;%1&quot;; list it under &quot;skills&quot;</source>
        <translation>keine Kompetenz hat die ID „%1“; führen Sie sie unter „skills“ auf</translation>
    </message>
    <message>
        <source>no course has the id &quot;%1&quot;</source>
        <translation>kein Kurs hat die ID „%1“</translation>
    </message>
    <message>
        <source>the provider id &quot;%1&quot; is already used at %2</source>
        <translation>die Anbieter-ID „%1“ wird bereits bei %2 verwendet</translation>
    </message>
    <message>
        <source>the skill id &quot;%1&quot; is already used at %2</source>
        <translation>die Kompetenz-ID „%1“ wird bereits bei %2 verwendet</translation>
    </message>
    <message>
        <source>the course id &quot;%1&quot; is already used at %2</source>
        <translation>die Kurs-ID „%1“ wird bereits bei %2 verwendet</translation>
    </message>
    <message>
        <source>the microcredential id &quot;%1&quot; is already used at %2</source>
        <translation>die Micro-Credential-ID „%1“ wird bereits bei %2 verwendet</translation>
    </message>
</context>
<context>
    <name>CatalogReader</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>the file is empty; a header row naming the columns is needed</source>
        <translation>die Datei ist leer; eine Kopfzeile mit den Spaltennamen ist nötig</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; (known columns: %2)</source>
        <translation>unbekannte Spalte „%1“ (bekannte Spalten: %2)</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation>die Spalte „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is missing</source>
        <translation>die erforderliche Spalte „%1“ fehlt</translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2</source>
        <translation>diese Zeile hat %1 Felder, die Kopfzeile aber %2</translation>
    </message>
    <message>
        <source>this required value is missing</source>
        <translation>dieser erforderliche Wert fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>a course that costs money needs a currency</source>
        <translation>ein kostenpflichtiger Kurs braucht eine Währung</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; was named &quot;%2&quot; on an earlier row</source>
        <translation>der Anbieter „%1“ hieß in einer früheren Zeile „%2“</translation>
    </message>
    <message>
        <source>the file has a header row but no courses</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Kurse</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>must be an object ({...})</source>
        <translation>muss ein Objekt sein ({...})</translation>
    </message>
    <message>
        <source>a requirement needs at least one course</source>
        <translation>eine Anforderung braucht mindestens einen Kurs</translation>
    </message>
    <message>
        <source>&quot;n&quot; belongs only to &quot;n_of&quot; requirements</source>
        <translation>„n“ gehört nur zu Anforderungen vom Typ „n_of“</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation>muss eine ganze Zahl von mindestens 1 sein</translation>
    </message>
    <message>
        <source>asks for %1 courses but the list offers only %2</source>
        <translation>verlangt %1 Kurse, die Liste bietet aber nur %2</translation>
    </message>
    <message>
        <source>must be &quot;all&quot; or &quot;n_of&quot;, not &quot;%1&quot;</source>
        <translation>muss „all“ oder „n_of“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>a microcredential needs at least one requirement</source>
        <translation>ein Micro-Credential braucht mindestens eine Anforderung</translation>
    </message>
    <message>
        <source>give the achievement&apos;s id, its name, or both</source>
        <translation>geben Sie die ID der Leistung an, ihren Namen oder beides</translation>
    </message>
    <message>
        <source>this is not valid JSON (%1)</source>
        <translation>dies ist kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>a catalog must be a JSON object with &quot;format&quot;: &quot;credfolio-catalog&quot;</source>
        <translation>ein Katalog muss ein JSON-Objekt mit &quot;format&quot;: &quot;credfolio-catalog&quot; sein</translation>
    </message>
    <message>
        <source>this is not a Credfolio catalog (&quot;format&quot; must be &quot;credfolio-catalog&quot;)</source>
        <translation>dies ist kein Credfolio-Katalog („format“ muss „credfolio-catalog“ sein)</translation>
    </message>
    <message>
        <source>catalog format version %1 is not supported by this version of Credfolio (it reads version 1)</source>
        <translation>die Katalogformat-Version %1 wird von dieser Credfolio-Version nicht unterstützt (sie liest Version 1)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>a quote appears inside a field that does not start with one</source>
        <translation>ein Anführungszeichen steht in einem Feld, das nicht mit einem beginnt</translation>
    </message>
    <message>
        <source>text follows the closing quote of a field</source>
        <translation>auf das schließende Anführungszeichen eines Feldes folgt Text</translation>
    </message>
    <message>
        <source>a quoted field is never closed (it opens here)</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen (es beginnt hier)</translation>
    </message>
    <message>
        <source>unknown field (allowed here: %1)</source>
        <translation>unbekanntes Feld (hier erlaubt: %1)</translation>
    </message>
    <message>
        <source>this required field is missing</source>
        <translation>dieses erforderliche Feld fehlt</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be a list ([...])</source>
        <translation>muss eine Liste sein ([...])</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
</context>
<context>
    <name>CatalogRules</name>
    <message>
        <source>the id is missing</source>
        <translation>die ID fehlt</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; may only use lowercase letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, and must start with a letter or digit</source>
        <translation>die ID „%1“ darf nur Kleinbuchstaben, Ziffern, „.“, „_“ und „-“ enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter currency code such as USD or EUR</source>
        <translation>„%1“ ist kein dreibuchstabiger Währungscode wie USD oder EUR</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language tag such as en or pt-BR</source>
        <translation>„%1“ ist kein Sprachcode wie en oder pt-BR</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (http or https)</source>
        <translation>„%1“ ist keine Webadresse (http oder https)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute URI (such as https://... or urn:...)</source>
        <translation>„%1“ ist keine absolute URI (etwa https://... oder urn:...)</translation>
    </message>
    <message>
        <source>hours must be a number above 0 and at most 10000</source>
        <translation>die Stunden müssen eine Zahl über 0 und höchstens 10000 sein</translation>
    </message>
    <message>
        <source>cost must be a number of 0 (free) or more</source>
        <translation>die Kosten müssen eine Zahl ab 0 (kostenlos) sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>„%1“ ist keiner dieser Werte: %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Credfolio portfolio (it is not an SQLite database). It was left untouched.</source>
        <translation>%1 ist kein Credfolio-Portfolio (es ist keine SQLite-Datenbank). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The portfolio is busy: another Credfolio window or command is writing to it. Try again in a moment.</source>
        <translation>Das Portfolio ist belegt: Ein anderes Credfolio-Fenster oder ein anderer Befehl schreibt gerade hinein. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The portfolio file is read-only, so nothing could be saved.</source>
        <translation>Die Portfolio-Datei ist schreibgeschützt, daher konnte nichts gespeichert werden.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing could be saved.</source>
        <translation>Der Datenträger ist voll, daher konnte nichts gespeichert werden.</translation>
    </message>
    <message>
        <source>The portfolio file is damaged (%1).</source>
        <translation>Die Portfolio-Datei ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
    <message>
        <source>No portfolio file was given.</source>
        <translation>Es wurde keine Portfolio-Datei angegeben.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1 could not be read as a Credfolio portfolio. It was left untouched.</source>
        <translation>%1 konnte nicht als Credfolio-Portfolio gelesen werden. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Credfolio portfolio. It was left untouched.</source>
        <translation>%1 ist die SQLite-Datenbank eines anderen Programms, kein Credfolio-Portfolio. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>This portfolio was written by a newer version of Credfolio (format %1; this version reads up to %2). Update Credfolio to open it. The file was left untouched.</source>
        <translation>Dieses Portfolio wurde von einer neueren Credfolio-Version geschrieben (Format %1; diese Version liest bis Format %2). Aktualisieren Sie Credfolio, um es zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot read the portfolio&apos;s format version.</source>
        <translation>Die Formatversion des Portfolios kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Updating the portfolio to format %1 failed: %2</source>
        <translation>Die Aktualisierung des Portfolios auf Format %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Database error: the connection is not an open SQLite database.</source>
        <translation>Datenbankfehler: Die Verbindung ist keine geöffnete SQLite-Datenbank.</translation>
    </message>
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
    <name>DefaultCatalog</name>
    <message>
        <source>The built-in course catalog is missing from this build.</source>
        <translation>Der eingebaute Kurskatalog fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>The built-in course catalog could not be loaded: %1</source>
        <translation>Der eingebaute Kurskatalog konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>ExportSelection</name>
    <message>
        <source>Choose either a collection or badges, not both.</source>
        <translation>Wählen Sie entweder eine Sammlung oder Badges, nicht beides.</translation>
    </message>
    <message>
        <source>There is no badge %1 in the portfolio.</source>
        <translation>Im Portfolio gibt es kein Badge %1.</translation>
    </message>
    <message>
        <source>There is no collection named &quot;%1&quot;.</source>
        <translation>Es gibt keine Sammlung namens „%1“.</translation>
    </message>
    <message>
        <source>The collection &quot;%1&quot; holds no badges.</source>
        <translation>Die Sammlung „%1“ enthält keine Badges.</translation>
    </message>
    <message>
        <source>The portfolio holds no badges to export (sample badges are left out unless picked).</source>
        <translation>Das Portfolio enthält keine Badges zum Exportieren (Beispiel-Badges werden nur exportiert, wenn Sie sie auswählen).</translation>
    </message>
</context>
<context>
    <name>FilesExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No folder was given for the export.</source>
        <translation>Für den Export wurde kein Ordner angegeben.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a new or empty folder for the export.</source>
        <translation>%1 ist eine Datei, kein Ordner. Wählen Sie einen neuen oder leeren Ordner für den Export.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose a new or empty folder, so no file is overwritten.</source>
        <translation>Der Ordner %1 ist nicht leer. Wählen Sie einen neuen oder leeren Ordner, damit keine Datei überschrieben wird.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Der Export wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The stored file of &quot;%1&quot; (#%2) does not match its recorded SHA-256: the portfolio is damaged. Nothing was exported.</source>
        <translation>Die gespeicherte Datei von „%1“ (#%2) passt nicht zu ihrem erfassten SHA-256-Wert: Das Portfolio ist beschädigt. Nichts wurde exportiert.</translation>
    </message>
    <message>
        <source>The folder %1 is no longer empty. Nothing was exported.</source>
        <translation>Der Ordner %1 ist nicht mehr leer. Nichts wurde exportiert.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation>Einsteiger</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Mittelstufe</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Fortgeschritten</translation>
    </message>
    <message>
        <source>Self-paced</source>
        <translation>Im eigenen Tempo</translation>
    </message>
    <message>
        <source>Instructor-led</source>
        <translation>Mit Lehrkraft</translation>
    </message>
    <message>
        <source>Blended</source>
        <translation>Blended Learning</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Präsenz</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Gesundheitswesen</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Wirtschaft</translation>
    </message>
    <message>
        <source>Professional skills</source>
        <translation>Berufliche Kompetenzen</translation>
    </message>
    <message>
        <source>1 course</source>
        <translation>1 Kurs</translation>
    </message>
    <message>
        <source>%1 courses</source>
        <translation>%1 Kurse</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinesisch</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanisch</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasilien</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Mexiko</translation>
    </message>
</context>
<context>
    <name>JsonLd</name>
    <message>
        <source>JSON-LD processing failed: %1</source>
        <translation>Die JSON-LD-Verarbeitung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The key file %1 could not be written: %2</source>
        <translation>Die Schlüsseldatei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The key file %1 could not be written to disk.</source>
        <translation>Die Schlüsseldatei %1 konnte nicht auf den Datenträger geschrieben werden.</translation>
    </message>
    <message>
        <source>A key file already exists at %1; it was left as it is.</source>
        <translation>Unter %1 gibt es bereits eine Schlüsseldatei; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The key file %1 could not be put in place: %2</source>
        <translation>Die Schlüsseldatei %1 konnte nicht an ihren Platz gebracht werden: %2</translation>
    </message>
    <message>
        <source>There is no key file at %1.</source>
        <translation>Unter %1 gibt es keine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>The key file %1 could not be read: %2</source>
        <translation>Die Schlüsseldatei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a Credfolio key file.</source>
        <translation>%1 ist zu groß für eine Credfolio-Schlüsseldatei.</translation>
    </message>
    <message>
        <source>The key file %1 could not be removed: %2</source>
        <translation>Die Schlüsseldatei %1 konnte nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>The keychain can only be used by a running application.</source>
        <translation>Der Schlüsselbund kann nur von einer laufenden Anwendung verwendet werden.</translation>
    </message>
    <message>
        <source>An earlier request to the keychain is still waiting for an answer.</source>
        <translation>Eine frühere Anfrage an den Schlüsselbund wartet noch auf Antwort.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearnerKeys</name>
    <message>
        <source>There is no signing key in the keychain yet.</source>
        <translation>Im Schlüsselbund gibt es noch keinen Signaturschlüssel.</translation>
    </message>
    <message>
        <source>The keychain refused access to your signing key. It may be locked: unlock it and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff auf Ihren Signaturschlüssel verweigert. Vielleicht ist er gesperrt: Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No keychain service answered on this computer, so Credfolio cannot keep your signing key there. You can keep it in a key file protected by a passphrase instead.</source>
        <translation>Auf diesem Computer hat kein Schlüsselbund-Dienst geantwortet, daher kann Credfolio Ihren Signaturschlüssel dort nicht aufbewahren. Sie können ihn stattdessen in einer passphrasegeschützten Schlüsseldatei aufbewahren.</translation>
    </message>
    <message>
        <source>The keychain could not be used: %1</source>
        <translation>Der Schlüsselbund konnte nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The portfolio has no usable identifier, so its signing key cannot be found.</source>
        <translation>Das Portfolio hat keine verwendbare Kennung, daher lässt sich sein Signaturschlüssel nicht finden.</translation>
    </message>
    <message>
        <source>This portfolio&apos;s signing key is kept in a key file protected by a passphrase (%1). Unlock it with its passphrase.</source>
        <translation>Der Signaturschlüssel dieses Portfolios liegt in einer passphrasegeschützten Schlüsseldatei (%1). Entsperren Sie ihn mit seiner Passphrase.</translation>
    </message>
    <message>
        <source>The keychain entry for your signing key is damaged: it does not hold a key.</source>
        <translation>Der Schlüsselbund-Eintrag für Ihren Signaturschlüssel ist beschädigt: Er enthält keinen Schlüssel.</translation>
    </message>
    <message>
        <source>The keychain did not keep your new signing key; nothing was saved.</source>
        <translation>Der Schlüsselbund hat Ihren neuen Signaturschlüssel nicht behalten; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>There is no key file at %1.</source>
        <translation>Unter %1 gibt es keine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>The key file opened but does not hold a signing key.</source>
        <translation>Die Schlüsseldatei ließ sich öffnen, enthält aber keinen Signaturschlüssel.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Wählen Sie eine Passphrase mit mindestens %n Zeichen.</numerusform>
            <numerusform>Wählen Sie eine Passphrase mit mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key file %1 does not read back as written.</source>
        <translation>Die Schlüsseldatei %1 liest sich nicht so zurück, wie sie geschrieben wurde.</translation>
    </message>
</context>
<context>
    <name>LearnerProfile</name>
    <message>
        <source>The profile cannot be read.</source>
        <translation>Das Profil kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a full URL (like https://example.org/me).</source>
        <translation>„%1“ ist keine vollständige URL (etwa https://example.org/me).</translation>
    </message>
</context>
<context>
    <name>NQuads</name>
    <message>
        <source>expected &quot;.&quot; at the end of the statement</source>
        <translation>am Ende der Aussage wird „.“ erwartet</translation>
    </message>
    <message>
        <source>unexpected text after the end of the statement</source>
        <translation>unerwarteter Text nach dem Ende der Aussage</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>expected a subject</source>
        <translation>ein Subjekt wird erwartet</translation>
    </message>
    <message>
        <source>the subject must be an IRI or a blank node</source>
        <translation>das Subjekt muss eine IRI oder ein leerer Knoten sein</translation>
    </message>
    <message>
        <source>the predicate must be an IRI</source>
        <translation>das Prädikat muss eine IRI sein</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ein Objekt wird erwartet</translation>
    </message>
    <message>
        <source>the graph label must be an IRI or a blank node</source>
        <translation>die Graph-Bezeichnung muss eine IRI oder ein leerer Knoten sein</translation>
    </message>
    <message>
        <source>incomplete \%1 escape</source>
        <translation>unvollständige \%1-Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid hex digit in \%1 escape</source>
        <translation>ungültige Hexadezimalziffer in der \%1-Escape-Sequenz</translation>
    </message>
    <message>
        <source>the escape does not name a Unicode character</source>
        <translation>die Escape-Sequenz bezeichnet kein Unicode-Zeichen</translation>
    </message>
    <message>
        <source>unterminated IRI</source>
        <translation>nicht abgeschlossene IRI</translation>
    </message>
    <message>
        <source>only \u and \U escapes are allowed in an IRI</source>
        <translation>in einer IRI sind nur die Escape-Sequenzen \u und \U erlaubt</translation>
    </message>
    <message>
        <source>character not allowed in an IRI</source>
        <translation>in einer IRI nicht erlaubtes Zeichen</translation>
    </message>
    <message>
        <source>the IRI &lt;%1&gt; is relative; N-Quads needs absolute IRIs</source>
        <translation>die IRI &lt;%1&gt; ist relativ; N-Quads verlangt absolute IRIs</translation>
    </message>
    <message>
        <source>a blank node label starts with &quot;_:&quot;</source>
        <translation>die Bezeichnung eines leeren Knotens beginnt mit „_:“</translation>
    </message>
    <message>
        <source>empty blank node label</source>
        <translation>leere Bezeichnung eines leeren Knotens</translation>
    </message>
    <message>
        <source>a blank node label cannot start with &quot;%1&quot;</source>
        <translation>die Bezeichnung eines leeren Knotens darf nicht mit „%1“ beginnen</translation>
    </message>
    <message>
        <source>unterminated string literal</source>
        <translation>nicht abgeschlossenes String-Literal</translation>
    </message>
    <message>
        <source>line break inside a string literal</source>
        <translation>Zeilenumbruch innerhalb eines String-Literals</translation>
    </message>
    <message>
        <source>incomplete escape</source>
        <translation>unvollständige Escape-Sequenz</translation>
    </message>
    <message>
        <source>unknown escape \%1</source>
        <translation>unbekannte Escape-Sequenz \%1</translation>
    </message>
    <message>
        <source>malformed language tag</source>
        <translation>fehlerhafter Sprachcode</translation>
    </message>
    <message>
        <source>a datatype must be an IRI</source>
        <translation>ein Datentyp muss eine IRI sein</translation>
    </message>
</context>
<context>
    <name>PassphraseSeal</name>
    <message>
        <source>The key file is empty.</source>
        <translation>Die Schlüsseldatei ist leer.</translation>
    </message>
    <message>
        <source>This is not a Credfolio key file.</source>
        <translation>Dies ist keine Credfolio-Schlüsseldatei.</translation>
    </message>
    <message numerus="yes">
        <source>The key file is incomplete: it ends after %n byte(s).</source>
        <translation>
            <numerusform>Die Schlüsseldatei ist unvollständig: Sie endet nach %n Byte.</numerusform>
            <numerusform>Die Schlüsseldatei ist unvollständig: Sie endet nach %n Bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key file was made by a newer version of Credfolio (format %1).</source>
        <translation>Die Schlüsseldatei wurde von einer neueren Credfolio-Version erstellt (Format %1).</translation>
    </message>
    <message>
        <source>The key file is damaged: its format version is 0.</source>
        <translation>Die Schlüsseldatei ist beschädigt: Ihre Formatversion ist 0.</translation>
    </message>
    <message>
        <source>The key file is damaged: its length field is impossible.</source>
        <translation>Die Schlüsseldatei ist beschädigt: Ihr Längenfeld ist unmöglich.</translation>
    </message>
    <message>
        <source>The key file is incomplete: %1 of %2 bytes are there.</source>
        <translation>Die Schlüsseldatei ist unvollständig: %1 von %2 Bytes sind vorhanden.</translation>
    </message>
    <message>
        <source>The key file is damaged: it has %1 unexpected bytes at the end.</source>
        <translation>Die Schlüsseldatei ist beschädigt: Sie hat am Ende %1 unerwartete Bytes.</translation>
    </message>
    <message>
        <source>The key file is damaged: its checksum does not match its contents.</source>
        <translation>Die Schlüsseldatei ist beschädigt: Ihre Prüfsumme passt nicht zum Inhalt.</translation>
    </message>
    <message>
        <source>The key file uses a key derivation this version of Credfolio does not know.</source>
        <translation>Die Schlüsseldatei verwendet eine Schlüsselableitung, die diese Credfolio-Version nicht kennt.</translation>
    </message>
    <message>
        <source>The key file asks for an Argon2id cost outside the accepted bounds.</source>
        <translation>Die Schlüsseldatei verlangt Argon2id-Kosten außerhalb der zulässigen Grenzen.</translation>
    </message>
    <message>
        <source>A sealed secret holds 1 to %1 bytes, not %2.</source>
        <translation>Ein versiegeltes Geheimnis umfasst 1 bis %1 Bytes, nicht %2.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Die Passphrase ist leer.</translation>
    </message>
    <message>
        <source>The Argon2id cost is outside the accepted bounds.</source>
        <translation>Die Argon2id-Kosten liegen außerhalb der zulässigen Grenzen.</translation>
    </message>
    <message>
        <source>The key could not be sealed: %1</source>
        <translation>Der Schlüssel konnte nicht versiegelt werden: %1</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>Die Passphrase ist falsch.</translation>
    </message>
    <message>
        <source>The key file could not be opened: %1</source>
        <translation>Die Schlüsseldatei konnte nicht geöffnet werden: %1</translation>
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
    <name>PdfPortfolioWriter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Credential portfolio</source>
        <translation>Nachweis-Portfolio</translation>
    </message>
    <message>
        <source>Credential portfolio of %1</source>
        <translation>Nachweis-Portfolio von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n digital credential(s) (Open Badges) with their verification status</source>
        <translation>
            <numerusform>%n digitaler Nachweis (Open Badges) mit seinem Verifizierungsstatus</numerusform>
            <numerusform>%n digitale Nachweise (Open Badges) mit ihrem Verifizierungsstatus</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawing a PDF needs the application&apos;s graphics libraries (QGuiApplication).</source>
        <translation>Zum Zeichnen eines PDFs braucht es die Grafikbibliotheken der Anwendung (QGuiApplication).</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Das PDF konnte nicht begonnen werden.</translation>
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
        <source>Attaching the original files</source>
        <translation>Die Originaldateien werden angehängt</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>PortfolioContent</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The badge %1 could not be read from the portfolio.</source>
        <translation>Das Badge %1 konnte nicht aus dem Portfolio gelesen werden.</translation>
    </message>
    <message>
        <source>Reading badges</source>
        <translation>Badges werden gelesen</translation>
    </message>
</context>
<context>
    <name>PortfolioFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Credfolio portfolio or backup (it is not an SQLite database).</source>
        <translation>%1 ist kein Credfolio-Portfolio und keine Sicherung (es ist keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2).</source>
        <translation>%1 ist beschädigt und kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged (the SQLite integrity check failed: %2).</source>
        <translation>%1 ist beschädigt (die SQLite-Integritätsprüfung ist fehlgeschlagen: %2).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Credfolio portfolio or backup.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Credfolio-Portfolio und keine Sicherung.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Credfolio (format %2; this version reads up to %3). Update Credfolio to use it.</source>
        <translation>%1 wurde von einer neueren Credfolio-Version geschrieben (Format %2; diese Version liest bis Format %3). Aktualisieren Sie Credfolio, um die Datei zu verwenden.</translation>
    </message>
</context>
<context>
    <name>PortfolioLayout</name>
    <message>
        <source>%1 (checked %2)</source>
        <translation>%1 (geprüft %2)</translation>
    </message>
    <message>
        <source>Credential portfolio</source>
        <translation>Nachweis-Portfolio</translation>
    </message>
    <message numerus="yes">
        <source>Portfolio of %n credential(s), %1</source>
        <translation>
            <numerusform>Portfolio mit %n Nachweis, %1</numerusform>
            <numerusform>Portfolio mit %n Nachweisen, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF/A-1b edition: the original credential files are not attached to this document. Ask the holder for them, or scan each QR code to check a credential where its issuer keeps it.</source>
        <translation>PDF/A-1b-Ausgabe: Die Original-Nachweisdateien sind diesem Dokument nicht angehängt. Fragen Sie die Inhaberin oder den Inhaber danach oder scannen Sie jeden QR-Code, um einen Nachweis dort zu prüfen, wo sein Aussteller ihn bereithält.</translation>
    </message>
    <message numerus="yes">
        <source>The original credential files (%n) are attached to this PDF: open the attachments panel of your PDF reader to save them and check them with any Open Badges verifier.</source>
        <translation>
            <numerusform>Die Original-Nachweisdatei (%n) ist diesem PDF angehängt: Öffnen Sie die Anhangsleiste Ihres PDF-Readers, um sie zu speichern und mit einem beliebigen Open-Badges-Verifizierer zu prüfen.</numerusform>
            <numerusform>Die Original-Nachweisdateien (%n) sind diesem PDF angehängt: Öffnen Sie die Anhangsleiste Ihres PDF-Readers, um sie zu speichern und mit einem beliebigen Open-Badges-Verifizierer zu prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>%1 — evidenced by: %2</source>
        <translation>%1 – belegt durch: %2</translation>
    </message>
    <message>
        <source>Evidenced by: %1</source>
        <translation>Belegt durch: %1</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Ausgestellt von %1</translation>
    </message>
    <message>
        <source>an unnamed issuer</source>
        <translation>ein unbenannter Aussteller</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Ausgestellt %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Läuft ab %1</translation>
    </message>
    <message>
        <source>Scan to verify</source>
        <translation>Zum Verifizieren scannen</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Criteria page: %1</source>
        <translation>Seite mit den Kriterien: %1</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Verify online: %1</source>
        <translation>Online verifizieren: %1</translation>
    </message>
    <message>
        <source>Checks passed:</source>
        <translation>Bestandene Prüfungen:</translation>
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
        <source>Original file: attached as %1 (%2).</source>
        <translation>Originaldatei: angehängt als %1 (%2).</translation>
    </message>
    <message>
        <source>%1 · made with Credfolio</source>
        <translation>%1 · erstellt mit Credfolio</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>PresentationBuilder</name>
    <message>
        <source>a self-reported badge has no credential an employer could verify</source>
        <translation>ein selbst angegebenes Badge hat keinen Nachweis, den ein Arbeitgeber verifizieren könnte</translation>
    </message>
    <message>
        <source>its file cannot be read: %1</source>
        <translation>seine Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>an Open Badges 2.0 hosted assertion is not a verifiable credential</source>
        <translation>eine gehostete Open-Badges-2.0-Assertion ist kein verifizierbarer Nachweis</translation>
    </message>
    <message>
        <source>its signed content cannot be read</source>
        <translation>sein signierter Inhalt kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>an Open Badges 2.0 signed assertion is not a verifiable credential</source>
        <translation>eine signierte Open-Badges-2.0-Assertion ist kein verifizierbarer Nachweis</translation>
    </message>
    <message>
        <source>its JSON cannot be read strictly</source>
        <translation>sein JSON kann nicht strikt gelesen werden</translation>
    </message>
    <message>
        <source>an Open Badges 2.0 assertion is not a verifiable credential</source>
        <translation>eine Open-Badges-2.0-Assertion ist kein verifizierbarer Nachweis</translation>
    </message>
    <message>
        <source>it is not a verifiable credential</source>
        <translation>es ist kein verifizierbarer Nachweis</translation>
    </message>
    <message>
        <source>it carries no proof, so no one could verify it</source>
        <translation>es trägt keinen Beweis, daher könnte es niemand verifizieren</translation>
    </message>
    <message>
        <source>its first JSON-LD context is not a W3C credentials context</source>
        <translation>sein erster JSON-LD-Kontext ist kein W3C-Credentials-Kontext</translation>
    </message>
    <message>
        <source>The badge &quot;%1&quot; uses the JSON-LD context %2, which Credfolio does not carry, so a presentation holding it could not be signed in a form anyone can verify. Leave this badge out of the presentation.</source>
        <translation>Das Badge „%1“ verwendet den JSON-LD-Kontext %2, den Credfolio nicht mitbringt; eine Präsentation, die es enthält, ließe sich daher nicht in einer für jeden verifizierbaren Form signieren. Lassen Sie dieses Badge in der Präsentation weg.</translation>
    </message>
    <message>
        <source>the presentation could not be assembled</source>
        <translation>die Präsentation konnte nicht zusammengestellt werden</translation>
    </message>
    <message>
        <source>None of the chosen badges is a verifiable credential that a presentation can carry.</source>
        <translation>Keines der ausgewählten Badges ist ein verifizierbarer Nachweis, den eine Präsentation enthalten kann.</translation>
    </message>
    <message>
        <source>the presentation could not be assembled: %1</source>
        <translation>die Präsentation konnte nicht zusammengestellt werden: %1</translation>
    </message>
    <message>
        <source>The badge &quot;%1&quot; cannot be carried in a signed presentation: %2. Leave it out of the presentation.</source>
        <translation>Das Badge „%1“ kann nicht in einer signierten Präsentation enthalten sein: %2. Lassen Sie es in der Präsentation weg.</translation>
    </message>
    <message>
        <source>the signed presentation could not be assembled</source>
        <translation>die signierte Präsentation konnte nicht zusammengestellt werden</translation>
    </message>
</context>
<context>
    <name>ProgressStore</name>
    <message>
        <source>There is no microcredential with the id &quot;%1&quot; in the catalog.</source>
        <translation>Im Katalog gibt es kein Micro-Credential mit der ID „%1“.</translation>
    </message>
    <message>
        <source>The microcredential &quot;%1&quot; is not in your plan.</source>
        <translation>Das Micro-Credential „%1“ ist nicht in Ihrem Plan.</translation>
    </message>
    <message>
        <source>There is no course with the id &quot;%1&quot; in the catalog.</source>
        <translation>Im Katalog gibt es keinen Kurs mit der ID „%1“.</translation>
    </message>
    <message>
        <source>Progress must be a percentage from 0 to 100, not %1.</source>
        <translation>Der Fortschritt muss ein Prozentwert von 0 bis 100 sein, nicht %1.</translation>
    </message>
    <message>
        <source>The completion date %1 is in the future.</source>
        <translation>Das Abschlussdatum %1 liegt in der Zukunft.</translation>
    </message>
</context>
<context>
    <name>ProofSigner</name>
    <message>
        <source>only a JSON object can be signed</source>
        <translation>nur ein JSON-Objekt kann signiert werden</translation>
    </message>
    <message>
        <source>the document already carries a proof</source>
        <translation>das Dokument enthält bereits einen Beweis</translation>
    </message>
    <message>
        <source>the document cannot be canonicalized for signing: %1</source>
        <translation>das Dokument kann nicht zum Signieren kanonisiert werden: %1</translation>
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
    <name>Restore</name>
    <message>
        <source>Cannot copy %1: %2</source>
        <translation>%1 kann nicht kopiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot open the current portfolio %1 to replace it. Nothing was changed.</source>
        <translation>Das aktuelle Portfolio %1 kann nicht zum Ersetzen geöffnet werden. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The portfolio is open in another Credfolio window or command. Close it and try again. Nothing was changed.</source>
        <translation>Das Portfolio ist in einem anderen Credfolio-Fenster oder -Befehl geöffnet. Schließen Sie es und versuchen Sie es erneut. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The portfolio&apos;s recent changes could not be settled, so it was not replaced. Close other Credfolio windows and try again. Nothing was changed.</source>
        <translation>Die letzten Änderungen am Portfolio konnten nicht abgeschlossen werden, daher wurde es nicht ersetzt. Schließen Sie andere Credfolio-Fenster und versuchen Sie es erneut. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The backup and the portfolio are the same file.</source>
        <translation>Die Sicherung und das Portfolio sind dieselbe Datei.</translation>
    </message>
    <message>
        <source>Your portfolio was not changed.</source>
        <translation>Ihr Portfolio wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The portfolio at %1 holds your badges and plans; restoring would replace them. Confirm to replace it. Nothing was changed.</source>
        <translation>Das Portfolio unter %1 enthält Ihre Badges und Pläne; eine Wiederherstellung würde sie ersetzen. Bestätigen Sie das Ersetzen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The backup could not be brought up to this version&apos;s format: %1 Your portfolio was not changed.</source>
        <translation>Die Sicherung konnte nicht auf das Format dieser Version gebracht werden: %1 Ihr Portfolio wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>StagingFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 to disk.</source>
        <translation>%1 kann nicht auf den Datenträger geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>%1 kann nicht ersetzt werden: %2</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>there is no badge &quot;%1&quot; in the portfolio</source>
        <translation>im Portfolio gibt es kein Badge „%1“</translation>
    </message>
    <message>
        <source>Store badges that fail verification too, marked invalid.</source>
        <translation>Auch Badges speichern, deren Verifizierung fehlschlägt, als ungültig markiert.</translation>
    </message>
    <message>
        <source>Badge files, or folders to import recursively.</source>
        <translation>Badge-Dateien oder Ordner, die rekursiv importiert werden.</translation>
    </message>
    <message>
        <source>no badge file or folder given; usage: %1</source>
        <translation>keine Badge-Datei und kein Ordner angegeben; Aufruf: %1</translation>
    </message>
    <message>
        <source>the folders given hold no files</source>
        <translation>die angegebenen Ordner enthalten keine Dateien</translation>
    </message>
    <message>
        <source>%1 imported, %2 already in the portfolio, %3 refused, %4 not imported (errors)</source>
        <translation>%1 importiert, %2 bereits im Portfolio, %3 abgelehnt, %4 nicht importiert (Fehler)</translation>
    </message>
    <message>
        <source>Only badges matching these words.</source>
        <translation>Nur Badges, die auf diese Wörter passen.</translation>
    </message>
    <message>
        <source>Only badges in this collection.</source>
        <translation>Nur Badges aus dieser Sammlung.</translation>
    </message>
    <message>
        <source>there is no collection named &quot;%1&quot;</source>
        <translation>es gibt keine Sammlung namens „%1“</translation>
    </message>
    <message>
        <source>The portfolio holds no badges yet. Add some with: credfolio-cli import FILE|FOLDER...</source>
        <translation>Das Portfolio enthält noch keine Badges. Fügen Sie welche hinzu mit: credfolio-cli import FILE|FOLDER...</translation>
    </message>
    <message>
        <source>  [sample]</source>
        <translation>  [Beispiel]</translation>
    </message>
    <message>
        <source>The badge&apos;s number, credential id or SHA-256 prefix.</source>
        <translation>Die Nummer des Badges, die Nachweis-ID oder ein Präfix des SHA-256-Werts.</translation>
    </message>
    <message>
        <source>give one badge: credfolio-cli badges show ID</source>
        <translation>geben Sie ein Badge an: credfolio-cli badges show ID</translation>
    </message>
    <message>
        <source>Status: %1 (checked %2)</source>
        <translation>Status: %1 (geprüft %2)</translation>
    </message>
    <message>
        <source>Issuer: %1 %2</source>
        <translation>Aussteller: %1 %2</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>Ausgestellt: %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Läuft ab: %1</translation>
    </message>
    <message>
        <source>Recipient: %1</source>
        <translation>Empfänger: %1</translation>
    </message>
    <message>
        <source>Criteria: %1</source>
        <translation>Kriterien: %1</translation>
    </message>
    <message>
        <source>Skills: %1</source>
        <translation>Kompetenzen: %1</translation>
    </message>
    <message>
        <source>Collections: %1</source>
        <translation>Sammlungen: %1</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>Prüfungen:</translation>
    </message>
    <message>
        <source>Badges to verify again (default: all).</source>
        <translation>Erneut zu verifizierende Badges (Standard: alle).</translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
    <message>
        <source>The badge.</source>
        <translation>Das Badge.</translation>
    </message>
    <message>
        <source>Where to write its original file.</source>
        <translation>Wohin die Originaldatei geschrieben wird.</translation>
    </message>
    <message>
        <source>give a badge and a file: credfolio-cli badges export ID OUT</source>
        <translation>geben Sie ein Badge und eine Datei an: credfolio-cli badges export ID OUT</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Badges to delete.</source>
        <translation>Zu löschende Badges.</translation>
    </message>
    <message>
        <source>give the badges to delete: credfolio-cli badges delete ID...</source>
        <translation>geben Sie die zu löschenden Badges an: credfolio-cli badges delete ID...</translation>
    </message>
    <message>
        <source>Your name.</source>
        <translation>Ihr Name.</translation>
    </message>
    <message>
        <source>One line about you.</source>
        <translation>Eine Zeile über Sie.</translation>
    </message>
    <message>
        <source>An email address you receive badges at (repeatable; replaces the list).</source>
        <translation>Eine E-Mail-Adresse, unter der Sie Badges erhalten (wiederholbar; ersetzt die Liste).</translation>
    </message>
    <message>
        <source>A URL you receive badges under (repeatable; replaces the list).</source>
        <translation>Eine URL, unter der Sie Badges erhalten (wiederholbar; ersetzt die Liste).</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Headline: %1</source>
        <translation>Kurzbeschreibung: %1</translation>
    </message>
    <message>
        <source>Emails: %1</source>
        <translation>E-Mail-Adressen: %1</translation>
    </message>
    <message>
        <source>URLs: %1</source>
        <translation>URLs: %1</translation>
    </message>
    <message>
        <source>list, create NAME, add NAME ID..., remove NAME ID..., delete NAME</source>
        <translation>list, create NAME, add NAME ID..., remove NAME ID..., delete NAME</translation>
    </message>
    <message>
        <source>name the collection: credfolio-cli collection %1 NAME</source>
        <translation>geben Sie den Namen der Sammlung an: credfolio-cli collection %1 NAME</translation>
    </message>
    <message>
        <source>unknown collection action &quot;%1&quot;</source>
        <translation>unbekannte Sammlungsaktion „%1“</translation>
    </message>
    <message>
        <source>name the badges to %1</source>
        <translation>geben Sie die Badges für %1 an</translation>
    </message>
    <message>
        <source>add or remove the sample badges</source>
        <translation>die Beispiel-Badges hinzufügen (add) oder entfernen (remove)</translation>
    </message>
    <message>
        <source>say add or remove: credfolio-cli samples add|remove</source>
        <translation>geben Sie add oder remove an: credfolio-cli samples add|remove</translation>
    </message>
    <message>
        <source>%1 sample badges added.</source>
        <translation>%1 Beispiel-Badges hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 sample badges removed.</source>
        <translation>%1 Beispiel-Badges entfernt.</translation>
    </message>
    <message>
        <source>show (default) or create</source>
        <translation>show (Standard) oder create</translation>
    </message>
    <message>
        <source>Where no keychain answers: keep the key in a file sealed with the passphrase read from FILE.</source>
        <translation>Wenn kein Schlüsselbund antwortet: den Schlüssel in einer Datei aufbewahren, versiegelt mit der Passphrase aus FILE.</translation>
    </message>
    <message>
        <source>say show or create: credfolio-cli key [show | create]</source>
        <translation>geben Sie show oder create an: credfolio-cli key [show | create]</translation>
    </message>
    <message>
        <source>cannot read the passphrase file: %1</source>
        <translation>die Passphrase-Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Give --passphrase-file FILE to keep the key in a passphrase-protected file instead.</source>
        <translation>Geben Sie --passphrase-file FILE an, um den Schlüssel stattdessen in einer passphrasegeschützten Datei aufzubewahren.</translation>
    </message>
    <message>
        <source>No signing key yet. Create one with: credfolio-cli key create</source>
        <translation>Noch kein Signaturschlüssel. Erstellen Sie einen mit: credfolio-cli key create</translation>
    </message>
    <message>
        <source>Created your signing key.</source>
        <translation>Ihr Signaturschlüssel wurde erstellt.</translation>
    </message>
    <message>
        <source>Signing key: %1</source>
        <translation>Signaturschlüssel: %1</translation>
    </message>
    <message>
        <source>Kept in: %1</source>
        <translation>Aufbewahrt in: %1</translation>
    </message>
    <message>
        <source>--%1 needs a number of 0 or more, not &quot;%2&quot;</source>
        <translation>--%1 braucht eine Zahl ab 0, nicht „%2“</translation>
    </message>
    <message>
        <source>Only courses from this provider (id or name).</source>
        <translation>Nur Kurse dieses Anbieters (ID oder Name).</translation>
    </message>
    <message>
        <source>Only courses teaching this skill (id or label).</source>
        <translation>Nur Kurse, die diese Kompetenz vermitteln (ID oder Bezeichnung).</translation>
    </message>
    <message>
        <source>beginner, intermediate or advanced.</source>
        <translation>beginner, intermediate oder advanced.</translation>
    </message>
    <message>
        <source>Only courses in this language (e.g. en, de).</source>
        <translation>Nur Kurse in dieser Sprache (z. B. en, de).</translation>
    </message>
    <message>
        <source>self-paced, instructor-led, blended or in-person.</source>
        <translation>self-paced, instructor-led, blended oder in-person.</translation>
    </message>
    <message>
        <source>At most N hours long.</source>
        <translation>Höchstens N Stunden lang.</translation>
    </message>
    <message>
        <source>Costing at most N.</source>
        <translation>Kostet höchstens N.</translation>
    </message>
    <message>
        <source>Only free courses.</source>
        <translation>Nur kostenlose Kurse.</translation>
    </message>
    <message>
        <source>relevance, title, duration or cost.</source>
        <translation>relevance, title, duration oder cost.</translation>
    </message>
    <message>
        <source>Show at most N courses.</source>
        <translation>Höchstens N Kurse anzeigen.</translation>
    </message>
    <message>
        <source>Words to search for (prefixes match).</source>
        <translation>Suchwörter (Wortanfänge passen).</translation>
    </message>
    <message>
        <source>--level must be one of: %1</source>
        <translation>--level muss einer dieser Werte sein: %1</translation>
    </message>
    <message>
        <source>--delivery must be one of: %1</source>
        <translation>--delivery muss einer dieser Werte sein: %1</translation>
    </message>
    <message>
        <source>--sort must be relevance, title, duration or cost</source>
        <translation>--sort muss relevance, title, duration oder cost sein</translation>
    </message>
    <message>
        <source>No course matches.</source>
        <translation>Kein Kurs passt.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source> — %1, %2 courses</source>
        <translation> – %1, %2 Kurse</translation>
    </message>
    <message>
        <source>A catalog file, JSON or CSV.</source>
        <translation>Eine Katalogdatei, JSON oder CSV.</translation>
    </message>
    <message>
        <source>give exactly one catalog file</source>
        <translation>geben Sie genau eine Katalogdatei an</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: %n problem(s) found; nothing was changed.</source>
        <translation>
            <numerusform>%1 wurde nicht importiert: %n Problem gefunden; nichts wurde geändert.</numerusform>
            <numerusform>%1 wurde nicht importiert: %n Probleme gefunden; nichts wurde geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2 courses added, %3 updated; %4 microcredentials added, %5 updated.</source>
        <translation>%1 importiert: %2 Kurse hinzugefügt, %3 aktualisiert; %4 Micro-Credentials hinzugefügt, %5 aktualisiert.</translation>
    </message>
    <message>
        <source>Search the course catalog</source>
        <translation>Den Kurskatalog durchsuchen</translation>
    </message>
    <message>
        <source>List microcredentials</source>
        <translation>Micro-Credentials auflisten</translation>
    </message>
    <message>
        <source>Import a JSON or CSV catalog</source>
        <translation>Einen JSON- oder CSV-Katalog importieren</translation>
    </message>
    <message>
        <source>Pursue a microcredential</source>
        <translation>Ein Micro-Credential verfolgen</translation>
    </message>
    <message>
        <source>Stop pursuing a microcredential</source>
        <translation>Ein Micro-Credential nicht mehr verfolgen</translation>
    </message>
    <message>
        <source>List the microcredentials you pursue</source>
        <translation>Die Micro-Credentials auflisten, die Sie verfolgen</translation>
    </message>
    <message>
        <source>Record a course&apos;s status</source>
        <translation>Den Status eines Kurses festhalten</translation>
    </message>
    <message>
        <source>Show progress toward your microcredentials</source>
        <translation>Den Fortschritt auf dem Weg zu Ihren Micro-Credentials anzeigen</translation>
    </message>
    <message>
        <source>Verify badge files (Open Badges 2.0 and 3.0)</source>
        <translation>Badge-Dateien verifizieren (Open Badges 2.0 und 3.0)</translation>
    </message>
    <message>
        <source>Verify badge files and keep them in the portfolio</source>
        <translation>Badge-Dateien verifizieren und im Portfolio aufbewahren</translation>
    </message>
    <message>
        <source>List the badges in the portfolio</source>
        <translation>Die Badges im Portfolio auflisten</translation>
    </message>
    <message>
        <source>Show a badge and its verification report</source>
        <translation>Ein Badge und seinen Verifizierungsbericht anzeigen</translation>
    </message>
    <message>
        <source>Verify stored badges again</source>
        <translation>Gespeicherte Badges erneut verifizieren</translation>
    </message>
    <message>
        <source>Write a badge&apos;s original file</source>
        <translation>Die Originaldatei eines Badges schreiben</translation>
    </message>
    <message>
        <source>Delete badges from the portfolio</source>
        <translation>Badges aus dem Portfolio löschen</translation>
    </message>
    <message>
        <source>Show or set your name and the identities you receive badges under</source>
        <translation>Ihren Namen und die Identitäten, unter denen Sie Badges erhalten, anzeigen oder festlegen</translation>
    </message>
    <message>
        <source>List and edit collections of badges</source>
        <translation>Sammlungen von Badges auflisten und bearbeiten</translation>
    </message>
    <message>
        <source>Show or create your signing key (kept in the OS keychain)</source>
        <translation>Ihren Signaturschlüssel anzeigen oder erstellen (im Schlüsselbund des Systems aufbewahrt)</translation>
    </message>
    <message>
        <source>Add or remove the sample badges</source>
        <translation>Die Beispiel-Badges hinzufügen oder entfernen</translation>
    </message>
    <message>
        <source>Usage: credfolio-cli COMMAND [OPTIONS] [--db PATH] [--json]</source>
        <translation>Aufruf: credfolio-cli COMMAND [OPTIONS] [--db PATH] [--json]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run credfolio-cli COMMAND --help for a command&apos;s options.</source>
        <translation>Mit credfolio-cli COMMAND --help sehen Sie die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Use the portfolio at PATH.</source>
        <translation>Das Portfolio unter PATH verwenden.</translation>
    </message>
    <message>
        <source>Print one JSON value on stdout.</source>
        <translation>Einen JSON-Wert auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Export the badges of the collection NAME.</source>
        <translation>Die Badges der Sammlung NAME exportieren.</translation>
    </message>
    <message>
        <source>Export the badge with this id (repeat for more).</source>
        <translation>Das Badge mit dieser ID exportieren (für weitere wiederholen).</translation>
    </message>
    <message>
        <source>--badge takes a badge id (a positive number), not &quot;%1&quot;.</source>
        <translation>--badge erwartet eine Badge-ID (eine positive Zahl), nicht „%1“.</translation>
    </message>
    <message>
        <source>--collection needs a collection name.</source>
        <translation>--collection braucht einen Sammlungsnamen.</translation>
    </message>
    <message>
        <source>Give either --collection or --badge, not both.</source>
        <translation>Geben Sie entweder --collection oder --badge an, nicht beides.</translation>
    </message>
    <message>
        <source>A microcredential id (see: credfolio-cli catalog credentials).</source>
        <translation>Eine Micro-Credential-ID (siehe: credfolio-cli catalog credentials).</translation>
    </message>
    <message>
        <source>give exactly one microcredential id</source>
        <translation>geben Sie genau eine Micro-Credential-ID an</translation>
    </message>
    <message>
        <source>Added %1 to your plan.</source>
        <translation>%1 wurde zu Ihrem Plan hinzugefügt.</translation>
    </message>
    <message>
        <source>Removed %1 from your plan.</source>
        <translation>%1 wurde aus Ihrem Plan entfernt.</translation>
    </message>
    <message>
        <source>unknown plan command &quot;%1&quot; (try: plan add ID, plan remove ID)</source>
        <translation>unbekannter Plan-Befehl „%1“ (versuchen Sie: plan add ID, plan remove ID)</translation>
    </message>
    <message>
        <source>Your plan is empty. Add a microcredential with: credfolio-cli plan add ID</source>
        <translation>Ihr Plan ist leer. Fügen Sie ein Micro-Credential hinzu mit: credfolio-cli plan add ID</translation>
    </message>
    <message>
        <source>planned, in-progress, completed (or none to clear).</source>
        <translation>planned, in-progress, completed (oder none zum Zurücksetzen).</translation>
    </message>
    <message>
        <source>How far through the course, 0 to 100.</source>
        <translation>Wie weit Sie im Kurs sind, 0 bis 100.</translation>
    </message>
    <message>
        <source>Completion date, YYYY-MM-DD (default today).</source>
        <translation>Abschlussdatum, JJJJ-MM-TT (Standard: heute).</translation>
    </message>
    <message>
        <source>A course id.</source>
        <translation>Eine Kurs-ID.</translation>
    </message>
    <message>
        <source>give exactly one course id</source>
        <translation>geben Sie genau eine Kurs-ID an</translation>
    </message>
    <message>
        <source>--status is required (planned, in-progress or completed)</source>
        <translation>--status ist erforderlich (planned, in-progress oder completed)</translation>
    </message>
    <message>
        <source>--status must be planned, in-progress or completed, not &quot;%1&quot;</source>
        <translation>--status muss planned, in-progress oder completed sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--percent must be a whole number from 0 to 100</source>
        <translation>--percent muss eine ganze Zahl von 0 bis 100 sein</translation>
    </message>
    <message>
        <source>--percent goes with --status in-progress</source>
        <translation>--percent gehört zu --status in-progress</translation>
    </message>
    <message>
        <source>--date must be a date written YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--date muss ein Datum im Format JJJJ-MM-TT sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--date goes with --status completed</source>
        <translation>--date gehört zu --status completed</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>zurückgesetzt</translation>
    </message>
    <message>
        <source>unknown progress command &quot;%1&quot; (try: progress set)</source>
        <translation>unbekannter Fortschrittsbefehl „%1“ (versuchen Sie: progress set)</translation>
    </message>
    <message>
        <source>You are not pursuing any microcredential yet. Add one with: credfolio-cli plan add ID</source>
        <translation>Sie verfolgen noch kein Micro-Credential. Fügen Sie eines hinzu mit: credfolio-cli plan add ID</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>%1 h left: %2</source>
        <translation>noch %1 Std.: %2</translation>
    </message>
    <message>
        <source>Judge validity at this time (ISO 8601; default: now).</source>
        <translation>Die Gültigkeit zu diesem Zeitpunkt beurteilen (ISO 8601; Standard: jetzt).</translation>
    </message>
    <message>
        <source>Serve the document at URL from a local FILE (repeatable).</source>
        <translation>Das Dokument unter URL aus einer lokalen Datei FILE bereitstellen (wiederholbar).</translation>
    </message>
    <message>
        <source>Allow online checks: documents not given with --resolve are fetched over HTTPS.</source>
        <translation>Online-Prüfungen erlauben: Dokumente, die nicht per --resolve angegeben sind, werden über HTTPS abgerufen.</translation>
    </message>
    <message>
        <source>--at needs an ISO 8601 date and time such as 2024-06-01T12:00:00Z, not &quot;%1&quot;</source>
        <translation>--at braucht Datum und Uhrzeit nach ISO 8601, etwa 2024-06-01T12:00:00Z, nicht „%1“</translation>
    </message>
    <message>
        <source>--resolve needs URL=FILE, not &quot;%1&quot;</source>
        <translation>--resolve braucht URL=FILE, nicht „%1“</translation>
    </message>
    <message>
        <source>--resolve %1: no such file &quot;%2&quot;</source>
        <translation>--resolve %1: Datei „%2“ nicht gefunden</translation>
    </message>
    <message>
        <source>Achievement: %1</source>
        <translation>Leistung: %1</translation>
    </message>
    <message>
        <source>Issuer: %1 (%2)</source>
        <translation>Aussteller: %1 (%2)</translation>
    </message>
    <message>
        <source>Badge files to verify.</source>
        <translation>Zu verifizierende Badge-Dateien.</translation>
    </message>
    <message>
        <source>no badge file given; usage: %1</source>
        <translation>keine Badge-Datei angegeben; Aufruf: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>any level</source>
        <translation>beliebiges Niveau</translation>
    </message>
    <message>
        <source>Write a signed presentation of your badges for an employer</source>
        <translation>Eine signierte Präsentation Ihrer Badges für einen Arbeitgeber schreiben</translation>
    </message>
    <message>
        <source>Write chosen badges&apos; original files and a manifest.json to a folder</source>
        <translation>Die Originaldateien ausgewählter Badges und eine manifest.json in einen Ordner schreiben</translation>
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
        <source>A new or empty folder for the files and manifest.json.</source>
        <translation>Ein neuer oder leerer Ordner für die Dateien und die manifest.json.</translation>
    </message>
    <message>
        <source>give one folder; usage: %1</source>
        <translation>geben Sie einen Ordner an; Aufruf: %1</translation>
    </message>
    <message>
        <source>Wrote %1 badge file(s) and manifest.json to %2</source>
        <translation>%1 Badge-Datei(en) und manifest.json nach %2 geschrieben</translation>
    </message>
    <message>
        <source>(%1 self-reported listed without a file)</source>
        <translation>(%1 selbst angegebene ohne Datei aufgeführt)</translation>
    </message>
    <message>
        <source>Where to write the PDF portfolio.</source>
        <translation>Wohin das PDF-Portfolio geschrieben wird.</translation>
    </message>
    <message>
        <source>compact (a one- or two-page summary) or detailed (a section per credential; the default).</source>
        <translation>compact (eine Zusammenfassung auf ein oder zwei Seiten) oder detailed (ein Abschnitt pro Nachweis; der Standard).</translation>
    </message>
    <message>
        <source>Write PDF/A-1b for archiving (the original files are not attached).</source>
        <translation>PDF/A-1b zur Archivierung schreiben (die Originaldateien werden nicht angehängt).</translation>
    </message>
    <message>
        <source>a4 or letter (default: from the locale).</source>
        <translation>a4 oder letter (Standard: aus dem Gebietsschema).</translation>
    </message>
    <message>
        <source>give one output file: %1</source>
        <translation>geben Sie eine Ausgabedatei an: %1</translation>
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
        <source>drawing a PDF needs a QGuiApplication</source>
        <translation>zum Zeichnen eines PDFs braucht es eine QGuiApplication</translation>
    </message>
    <message>
        <source>Wrote %1: %2 pages, %3 badges, %4 attached files</source>
        <translation>%1 geschrieben: %2 Seiten, %3 Badges, %4 angehängte Dateien</translation>
    </message>
    <message>
        <source>Where to write the presentation (JSON).</source>
        <translation>Wohin die Präsentation (JSON) geschrieben wird.</translation>
    </message>
    <message>
        <source>The challenge the employer gave you, repeated in the signature.</source>
        <translation>Die Challenge, die Ihnen der Arbeitgeber gegeben hat; sie wird in der Signatur wiederholt.</translation>
    </message>
    <message>
        <source>The domain the employer gave you, repeated in the signature.</source>
        <translation>Die Domain, die Ihnen der Arbeitgeber gegeben hat; sie wird in der Signatur wiederholt.</translation>
    </message>
    <message>
        <source>Where no keychain answers: your signing key&apos;s passphrase, read from FILE.</source>
        <translation>Wenn kein Schlüsselbund antwortet: die Passphrase Ihres Signaturschlüssels, gelesen aus FILE.</translation>
    </message>
    <message>
        <source>give one output file; usage: %1</source>
        <translation>geben Sie eine Ausgabedatei an; Aufruf: %1</translation>
    </message>
    <message>
        <source>Give --passphrase-file FILE with your signing key&apos;s passphrase.</source>
        <translation>Geben Sie --passphrase-file FILE mit der Passphrase Ihres Signaturschlüssels an.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n credential(s) signed by %2</source>
        <translation>
            <numerusform>%1 geschrieben: %n Nachweis, signiert von %2</numerusform>
            <numerusform>%1 geschrieben: %n Nachweise, signiert von %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out %1 (%2): %3</source>
        <translation>%1 (%2) weggelassen: %3</translation>
    </message>
    <message>
        <source>The backup file to write (replaced if it exists).</source>
        <translation>Die zu schreibende Sicherungsdatei (wird ersetzt, falls vorhanden).</translation>
    </message>
    <message>
        <source>give one backup file; usage: %1</source>
        <translation>geben Sie eine Sicherungsdatei an; Aufruf: %1</translation>
    </message>
    <message>
        <source>there is no portfolio at %1 to back up</source>
        <translation>unter %1 gibt es kein Portfolio, das gesichert werden könnte</translation>
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
        <source>The backup file to restore.</source>
        <translation>Die wiederherzustellende Sicherungsdatei.</translation>
    </message>
    <message>
        <source>The portfolio was not changed.</source>
        <translation>Das Portfolio wurde nicht verändert.</translation>
    </message>
    <message>
        <source>the portfolio at %1 holds badges, plans or a profile that the backup would replace; add --yes to replace it (nothing was changed)</source>
        <translation>das Portfolio unter %1 enthält Badges, Pläne oder ein Profil, die die Sicherung ersetzen würde; geben Sie --yes an, um es zu ersetzen (nichts wurde geändert)</translation>
    </message>
    <message>
        <source>Restored %1 badge(s) from %2 into %3</source>
        <translation>%1 Badge(s) aus %2 in %3 wiederhergestellt</translation>
    </message>
    <message>
        <source>(updated from format %1 to %2)</source>
        <translation>(von Format %1 auf %2 aktualisiert)</translation>
    </message>
    <message>
        <source>For a presentation: the challenge it must answer.</source>
        <translation>Für eine Präsentation: die Challenge, die sie beantworten muss.</translation>
    </message>
    <message>
        <source>For a presentation: the domain it must be made for.</source>
        <translation>Für eine Präsentation: die Domain, für die sie erstellt sein muss.</translation>
    </message>
</context>
<context>
    <name>credfolio::BadgeCardDelegate</name>
    <message>
        <source>Sample</source>
        <translation>Beispiel</translation>
    </message>
</context>
<context>
    <name>credfolio::BadgeDetailPane</name>
    <message>
        <source>Choose a badge to see what it says and why it can be trusted.</source>
        <translation>Wählen Sie ein Badge, um zu sehen, was es aussagt und warum man ihm vertrauen kann.</translation>
    </message>
    <message>
        <source>Badge image</source>
        <translation>Badge-Bild</translation>
    </message>
    <message>
        <source>What the credential says</source>
        <translation>Was der Nachweis aussagt</translation>
    </message>
    <message>
        <source>Verification checks</source>
        <translation>Verifizierungsprüfungen</translation>
    </message>
    <message>
        <source>The credential as JSON</source>
        <translation>Der Nachweis als JSON</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>Veri&amp;fication</source>
        <translation>Veri&amp;fizierung</translation>
    </message>
    <message>
        <source>Ra&amp;w JSON</source>
        <translation>&amp;Roh-JSON</translation>
    </message>
    <message>
        <source>&amp;Attachments</source>
        <translation>&amp;Anhänge</translation>
    </message>
    <message>
        <source>Re-&amp;verify</source>
        <translation>Erneut &amp;verifizieren</translation>
    </message>
    <message>
        <source>Check the badge again now (online too, when online checks are allowed)</source>
        <translation>Das Badge jetzt erneut prüfen (auch online, wenn Online-Prüfungen erlaubt sind)</translation>
    </message>
    <message>
        <source>&amp;Save Original…</source>
        <translation>Original &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the badge file exactly as it was imported</source>
        <translation>Die Badge-Datei genau so speichern, wie sie importiert wurde</translation>
    </message>
    <message>
        <source>Co&amp;llections</source>
        <translation>Sa&amp;mmlungen</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <source>Put the badge in collections, such as one per job application</source>
        <translation>Das Badge in Sammlungen aufnehmen, etwa eine pro Bewerbung</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Remove the badge from the portfolio (can be undone until you quit)</source>
        <translation>Das Badge aus dem Portfolio entfernen (bis zum Beenden rückgängig zu machen)</translation>
    </message>
    <message>
        <source>%1 (%2 badges)</source>
        <translation>%1 (%2 Badges)</translation>
    </message>
    <message>
        <source>Your skills, as your badges show them</source>
        <translation>Ihre Kompetenzen, wie Ihre Badges sie zeigen</translation>
    </message>
    <message>
        <source>This is a sample badge from a fictional academy, here so you can explore. It is not a real achievement.</source>
        <translation>Dies ist ein Beispiel-Badge einer fiktiven Akademie, damit Sie alles ausprobieren können. Es ist keine echte Leistung.</translation>
    </message>
    <message>
        <source>Self-reported: you entered this credential yourself; nothing about it can be verified.</source>
        <translation>Selbst angegeben: Sie haben diesen Nachweis selbst eingetragen; nichts daran lässt sich verifizieren.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Criteria page</source>
        <translation>Seite mit den Kriterien</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>skill</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>alignment</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Skills and alignments</source>
        <translation>Kompetenzen und Zuordnungen</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Credential id</source>
        <translation>Nachweis-ID</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>%1 (Beispiel)</translation>
    </message>
    <message>
        <source>Issuer unknown</source>
        <translation>Aussteller unbekannt</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Ausgestellt von %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Self-reported: nothing to verify.</source>
        <translation>Selbst angegeben: nichts zu verifizieren.</translation>
    </message>
    <message>
        <source>Last checked %1</source>
        <translation>Zuletzt geprüft: %1</translation>
    </message>
    <message>
        <source>⚠ This badge failed verification and is kept only because you chose to keep it.</source>
        <translation>⚠ Die Verifizierung dieses Badges ist fehlgeschlagen; es wird nur aufbewahrt, weil Sie das so gewählt haben.</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>%1 (%2 KiB) — press Enter to save</source>
        <translation>%1 (%2 KiB) – zum Speichern Eingabetaste drücken</translation>
    </message>
</context>
<context>
    <name>credfolio::BadgeListModel</name>
    <message>
        <source>, issued by %1</source>
        <translation>, ausgestellt von %1</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> am %1</translation>
    </message>
    <message>
        <source> (sample badge)</source>
        <translation> (Beispiel-Badge)</translation>
    </message>
</context>
<context>
    <name>credfolio::CatalogFilterBar</name>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Show only courses from this provider</source>
        <translation>Nur Kurse dieses Anbieters anzeigen</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>Show only courses that teach this skill. Type to find a skill.</source>
        <translation>Nur Kurse anzeigen, die diese Kompetenz vermitteln. Tippen Sie, um eine Kompetenz zu finden.</translation>
    </message>
    <message>
        <source>Any skill</source>
        <translation>Beliebige Kompetenz</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Show only courses at this level</source>
        <translation>Nur Kurse auf diesem Niveau anzeigen</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Beliebiges Niveau</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Show only courses taught in this language</source>
        <translation>Nur Kurse in dieser Sprache anzeigen</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Beliebige Sprache</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Durchführung</translation>
    </message>
    <message>
        <source>Show only courses delivered this way</source>
        <translation>Nur Kurse mit dieser Durchführungsart anzeigen</translation>
    </message>
    <message>
        <source>Any delivery</source>
        <translation>Beliebige Durchführung</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>Beliebige Dauer</translation>
    </message>
    <message>
        <source>Up to </source>
        <translation>Bis zu </translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>Longest course, in hours</source>
        <translation>Längster Kurs, in Stunden</translation>
    </message>
    <message>
        <source>Show only courses that take at most this many hours</source>
        <translation>Nur Kurse anzeigen, die höchstens so viele Stunden dauern</translation>
    </message>
    <message>
        <source>Any price</source>
        <translation>Beliebiger Preis</translation>
    </message>
    <message>
        <source>Highest price</source>
        <translation>Höchstpreis</translation>
    </message>
    <message>
        <source>Show only courses that cost at most this much, in the course&apos;s own currency</source>
        <translation>Nur Kurse anzeigen, die höchstens so viel kosten, in der Währung des jeweiligen Kurses</translation>
    </message>
    <message>
        <source>&amp;Free only</source>
        <translation>Nur &amp;kostenlose</translation>
    </message>
    <message>
        <source>Free courses only</source>
        <translation>Nur kostenlose Kurse</translation>
    </message>
    <message>
        <source>Show only courses that cost nothing</source>
        <translation>Nur Kurse anzeigen, die nichts kosten</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <source>The order of the courses in the list</source>
        <translation>Die Reihenfolge der Kurse in der Liste</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Beste Übereinstimmung</translation>
    </message>
    <message>
        <source>Title (A to Z)</source>
        <translation>Titel (A bis Z)</translation>
    </message>
    <message>
        <source>Shortest first</source>
        <translation>Kürzeste zuerst</translation>
    </message>
    <message>
        <source>Lowest price first</source>
        <translation>Niedrigster Preis zuerst</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>&amp;Sortieren nach:</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show all courses again: remove every filter</source>
        <translation>Wieder alle Kurse anzeigen: jeden Filter entfernen</translation>
    </message>
</context>
<context>
    <name>credfolio::CatalogView</name>
    <message>
        <source>Search courses, skills, providers…</source>
        <translation>Kurse, Kompetenzen, Anbieter suchen…</translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation>Kurse suchen</translation>
    </message>
    <message>
        <source>Type words from a course&apos;s title, skills, provider or summary (Ctrl+F). Escape clears.</source>
        <translation>Geben Sie Wörter aus Titel, Kompetenzen, Anbieter oder Zusammenfassung eines Kurses ein (Strg+F). Escape leert das Feld.</translation>
    </message>
    <message>
        <source>Number of courses found</source>
        <translation>Anzahl gefundener Kurse</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurse</translation>
    </message>
    <message>
        <source>Courses that match your search. Press Enter to work with the chosen course.</source>
        <translation>Kurse, die zu Ihrer Suche passen. Drücken Sie die Eingabetaste, um mit dem gewählten Kurs zu arbeiten.</translation>
    </message>
    <message>
        <source>Click Title, Hours or Cost to sort by it</source>
        <translation>Klicken Sie auf Titel, Stunden oder Kosten, um danach zu sortieren</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show every course again</source>
        <translation>Wieder alle Kurse anzeigen</translation>
    </message>
    <message>
        <source>&lt;b&gt;No courses match these filters.&lt;/b&gt;&lt;br&gt;Try clearing some of the filters.</source>
        <translation>&lt;b&gt;Keine Kurse passen zu diesen Filtern.&lt;/b&gt;&lt;br&gt;Setzen Sie einige Filter zurück.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No courses match “%1”.&lt;/b&gt;&lt;br&gt;Try fewer words or clear the filters.</source>
        <translation>&lt;b&gt;Keine Kurse passen zu „%1“.&lt;/b&gt;&lt;br&gt;Versuchen Sie weniger Wörter oder setzen Sie die Filter zurück.</translation>
    </message>
</context>
<context>
    <name>credfolio::CourseDetailPane</name>
    <message>
        <source>Course details</source>
        <translation>Kursdetails</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Preis:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Niveau:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Delivery:</source>
        <translation>Durchführung:</translation>
    </message>
    <message>
        <source>Course page</source>
        <translation>Kursseite</translation>
    </message>
    <message>
        <source>Skills you practise</source>
        <translation>Kompetenzen, die Sie üben</translation>
    </message>
    <message>
        <source>Counts toward</source>
        <translation>Zählt für</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Ihr Fortschritt</translation>
    </message>
    <message>
        <source>Choose a course in the list to see what it teaches, what it costs and which microcredentials it counts toward.</source>
        <translation>Wählen Sie einen Kurs in der Liste, um zu sehen, was er vermittelt, was er kostet und für welche Micro-Credentials er zählt.</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Open the course page</source>
        <translation>Kursseite öffnen</translation>
    </message>
    <message>
        <source>%1 &lt;i&gt;(in your plan)&lt;/i&gt;</source>
        <translation>%1 &lt;i&gt;(in Ihrem Plan)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>No microcredential needs this course yet.</source>
        <translation>Noch kein Micro-Credential benötigt diesen Kurs.</translation>
    </message>
    <message>
        <source>Your progress on this course could not be saved: %1</source>
        <translation>Ihr Fortschritt in diesem Kurs konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>credfolio::CourseStatusEditor</name>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Course status</source>
        <translation>Kursstatus</translation>
    </message>
    <message>
        <source>Where you stand with this course. Changes are saved at once.</source>
        <translation>Wo Sie bei diesem Kurs stehen. Änderungen werden sofort gespeichert.</translation>
    </message>
    <message>
        <source>Percent done</source>
        <translation>Erledigt in Prozent</translation>
    </message>
    <message>
        <source>How much of the course you have done so far</source>
        <translation>Wie viel des Kurses Sie bisher erledigt haben</translation>
    </message>
    <message>
        <source>Completion date</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message>
        <source>The day you finished the course</source>
        <translation>Der Tag, an dem Sie den Kurs abgeschlossen haben</translation>
    </message>
    <message>
        <source>&amp;Add to plan</source>
        <translation>Zum Plan &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add course to plan</source>
        <translation>Kurs zum Plan hinzufügen</translation>
    </message>
    <message>
        <source>Mark this course as one you plan to take</source>
        <translation>Diesen Kurs als einen markieren, den Sie belegen möchten</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Done so far:</source>
        <translation>&amp;Bisher erledigt:</translation>
    </message>
    <message>
        <source>Finished &amp;on:</source>
        <translation>Abgeschlossen &amp;am:</translation>
    </message>
</context>
<context>
    <name>credfolio::CourseTableModel</name>
    <message>
        <source>%1
Skills: %2</source>
        <translation>%1
Kompetenzen: %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>credfolio::FilesExportDialog</name>
    <message>
        <source>Export Badge Files</source>
        <translation>Badge-Dateien exportieren</translation>
    </message>
    <message>
        <source>Writes each badge&apos;s original file, unchanged, and a manifest.json listing them with their status and SHA-256, into a new or empty folder.</source>
        <translation>Schreibt die Originaldatei jedes Badges unverändert sowie eine manifest.json, die sie mit Status und SHA-256 auflistet, in einen neuen oder leeren Ordner.</translation>
    </message>
    <message>
        <source>&amp;All badges (without the samples)</source>
        <translation>&amp;Alle Badges (ohne die Beispiele)</translation>
    </message>
    <message>
        <source>Export all badges</source>
        <translation>Alle Badges exportieren</translation>
    </message>
    <message>
        <source>A &amp;collection:</source>
        <translation>Eine &amp;Sammlung:</translation>
    </message>
    <message>
        <source>Export a collection</source>
        <translation>Eine Sammlung exportieren</translation>
    </message>
    <message>
        <source>Collection to export</source>
        <translation>Zu exportierende Sammlung</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n badge(s))</source>
        <translation>
            <numerusform>%1 (%n Badge)</numerusform>
            <numerusform>%1 (%n Badges)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n badge(s) &amp;selected in the Portfolio</source>
        <translation>
            <numerusform>Das im Portfolio &amp;ausgewählte Badge (%n)</numerusform>
            <numerusform>Die %n im Portfolio &amp;ausgewählten Badges</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the selected badges</source>
        <translation>Die ausgewählten Badges exportieren</translation>
    </message>
    <message>
        <source>Folder to export into</source>
        <translation>Zielordner für den Export</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>Ein neuer oder leerer Ordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Den Ordner auswählen</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Export problem</source>
        <translation>Problem beim Export</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export the badge files</source>
        <translation>Die Badge-Dateien exportieren</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Den Export abbrechen</translation>
    </message>
    <message>
        <source>Folder for the Badge Files</source>
        <translation>Ordner für die Badge-Dateien</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n badge file(s) with manifest.json to %1.</source>
        <translation>
            <numerusform>%n Badge-Datei mit manifest.json nach %1 exportiert.</numerusform>
            <numerusform>%n Badge-Dateien mit manifest.json nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n self-reported credential(s) are listed in the manifest without a file.</source>
        <translation>
            <numerusform>%n selbst angegebener Nachweis ist im Manifest ohne Datei aufgeführt.</numerusform>
            <numerusform>%n selbst angegebene Nachweise sind im Manifest ohne Datei aufgeführt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credfolio::ImportSummaryDialog</name>
    <message numerus="yes">
        <source>%n badge(s) imported</source>
        <translation>
            <numerusform>%n Badge importiert</numerusform>
            <numerusform>%n Badges importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the portfolio</source>
        <translation>
            <numerusform>, %n bereits im Portfolio</numerusform>
            <numerusform>, %n bereits im Portfolio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not a badge or unreadable</source>
        <translation>
            <numerusform>, %n kein Badge oder nicht lesbar</numerusform>
            <numerusform>, %n keine Badges oder nicht lesbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed verification and not kept</source>
        <translation>
            <numerusform>, %n bei der Verifizierung durchgefallen und nicht behalten</numerusform>
            <numerusform>, %n bei der Verifizierung durchgefallen und nicht behalten</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; the files not reached were not imported.</source>
        <translation>Der Import wurde abgebrochen; die noch nicht erreichten Dateien wurden nicht importiert.</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Importierte Dateien</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Keep Invalid Badges Anyway</source>
        <translation>Ungültige Badges &amp;trotzdem behalten</translation>
    </message>
    <message>
        <source>Store the badges that failed verification; they stay marked invalid everywhere</source>
        <translation>Die Badges speichern, deren Verifizierung fehlschlug; sie bleiben überall als ungültig markiert</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Already in the portfolio</source>
        <translation>Bereits im Portfolio</translation>
    </message>
    <message>
        <source>Failed verification</source>
        <translation>Verifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not a badge</source>
        <translation>Kein Badge</translation>
    </message>
</context>
<context>
    <name>credfolio::MainWindow</name>
    <message>
        <source>Credfolio</source>
        <translation>Credfolio</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Switch between finding courses, following your progress and your badges</source>
        <translation>Zwischen Kurssuche, Ihrem Fortschritt und Ihren Badges wechseln</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Find courses (Ctrl+1)</source>
        <translation>Kurse finden (Strg+1)</translation>
    </message>
    <message>
        <source>Your microcredentials and progress (Ctrl+2)</source>
        <translation>Ihre Micro-Credentials und Ihr Fortschritt (Strg+2)</translation>
    </message>
    <message>
        <source>Your badges (Ctrl+3)</source>
        <translation>Ihre Badges (Strg+3)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Import &amp;Badges…</source>
        <translation>Badges &amp;importieren…</translation>
    </message>
    <message>
        <source>Verify badge files (PNG, SVG, JSON, JWT) and keep them in your portfolio</source>
        <translation>Badge-Dateien (PNG, SVG, JSON, JWT) verifizieren und in Ihrem Portfolio aufbewahren</translation>
    </message>
    <message>
        <source>Import Badge &amp;Folder…</source>
        <translation>Badge-&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Import every badge in a folder and its subfolders</source>
        <translation>Alle Badges in einem Ordner und seinen Unterordnern importieren</translation>
    </message>
    <message>
        <source>&amp;Import Catalog…</source>
        <translation>&amp;Katalog importieren…</translation>
    </message>
    <message>
        <source>Add the courses and microcredentials of a catalog file (JSON or CSV)</source>
        <translation>Die Kurse und Micro-Credentials einer Katalogdatei (JSON oder CSV) hinzufügen</translation>
    </message>
    <message>
        <source>Your &amp;Profile…</source>
        <translation>Ihr &amp;Profil…</translation>
    </message>
    <message>
        <source>Your name and the email addresses and URLs you receive badges under</source>
        <translation>Ihr Name sowie die E-Mail-Adressen und URLs, unter denen Sie Badges erhalten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Paste Badge</source>
        <translation>Badge &amp;einfügen</translation>
    </message>
    <message>
        <source>Import a badge copied as text (a JWT or JSON)</source>
        <translation>Ein als Text kopiertes Badge importieren (JWT oder JSON)</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>Löschen &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation>&amp;Katalog</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Fortschritt</translation>
    </message>
    <message>
        <source>P&amp;ortfolio</source>
        <translation>P&amp;ortfolio</translation>
    </message>
    <message>
        <source>&amp;Find Courses</source>
        <translation>Kurse &amp;suchen</translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation>Zum Suchfeld wechseln</translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation>&amp;Portfolio</translation>
    </message>
    <message>
        <source>&amp;Find Badges</source>
        <translation>Badges &amp;finden</translation>
    </message>
    <message>
        <source>Add &amp;Self-Reported Credential…</source>
        <translation>&amp;Selbst angegebenen Nachweis hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation>&amp;Neue Sammlung…</translation>
    </message>
    <message>
        <source>Allow &amp;Online Checks</source>
        <translation>&amp;Online-Prüfungen erlauben</translation>
    </message>
    <message>
        <source>Fetch hosted badges, issuer keys and revocation lists over HTTPS when verifying</source>
        <translation>Beim Verifizieren gehostete Badges, Ausstellerschlüssel und Widerrufslisten über HTTPS abrufen</translation>
    </message>
    <message>
        <source>&amp;Re-verify All Badges</source>
        <translation>Alle Badges e&amp;rneut verifizieren</translation>
    </message>
    <message>
        <source>Add Sample &amp;Badges</source>
        <translation>&amp;Beispiel-Badges hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Credfolio</source>
        <translation>&amp;Über Credfolio</translation>
    </message>
    <message numerus="yes">
        <source>%n badge file(s)</source>
        <translation>
            <numerusform>%n Badge-Datei</numerusform>
            <numerusform>%n Badge-Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) of badges</source>
        <translation>
            <numerusform>%n Ordner mit Badges</numerusform>
            <numerusform>%n Ordner mit Badges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge link(s)</source>
        <translation>
            <numerusform>%n Badge-Link</numerusform>
            <numerusform>%n Badge-Links</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop to import %1 into your portfolio</source>
        <translation>Ablegen, um %1 in Ihr Portfolio zu importieren</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message numerus="yes">
        <source>Drop to add %n catalog file(s) to the course catalog</source>
        <translation>
            <numerusform>Ablegen, um %n Katalogdatei zum Kurskatalog hinzuzufügen</numerusform>
            <numerusform>Ablegen, um %n Katalogdateien zum Kurskatalog hinzuzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no text to import as a badge.</source>
        <translation>Die Zwischenablage enthält keinen Text, der sich als Badge importieren ließe.</translation>
    </message>
    <message>
        <source>Pasted badge</source>
        <translation>Eingefügtes Badge</translation>
    </message>
    <message>
        <source>Import Badges</source>
        <translation>Badges importieren</translation>
    </message>
    <message>
        <source>Badge files (*.png *.svg *.json *.jws *.jwt *.txt);;All files (*)</source>
        <translation>Badge-Dateien (*.png *.svg *.json *.jws *.jwt *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Badge Folder</source>
        <translation>Badge-Ordner importieren</translation>
    </message>
    <message>
        <source>Import Catalog</source>
        <translation>Katalog importieren</translation>
    </message>
    <message>
        <source>Catalog files (*.json *.csv);;All files (*)</source>
        <translation>Katalogdateien (*.json *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>About Credfolio</source>
        <translation>Über Credfolio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Credfolio %1&lt;/h3&gt;&lt;p&gt;Plan microcredentials, follow your progress and keep verified digital badges.&lt;/p&gt;&lt;p&gt;Your portfolio: &lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Credfolio %1&lt;/h3&gt;&lt;p&gt;Micro-Credentials planen, den Fortschritt verfolgen und verifizierte digitale Badges aufbewahren.&lt;/p&gt;&lt;p&gt;Ihr Portfolio: &lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 in the catalog</source>
        <translation>%1 im Katalog</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;PDF Portfolio…</source>
        <translation>&amp;PDF-Portfolio…</translation>
    </message>
    <message>
        <source>A PDF of your badges to hand an employer, with their verification status and files</source>
        <translation>Ein PDF Ihrer Badges für einen Arbeitgeber, mit ihrem Verifizierungsstatus und ihren Dateien</translation>
    </message>
    <message>
        <source>Signed &amp;Presentation…</source>
        <translation>Signierte Prä&amp;sentation…</translation>
    </message>
    <message>
        <source>A Verifiable Presentation of your badges, signed with your key, that an employer can verify</source>
        <translation>Eine Verifiable Presentation Ihrer Badges, mit Ihrem Schlüssel signiert, die ein Arbeitgeber verifizieren kann</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Language, online checks, export defaults and where your portfolio lives</source>
        <translation>Sprache, Online-Prüfungen, Export-Standards und der Speicherort Ihres Portfolios</translation>
    </message>
    <message>
        <source>Re&amp;move Sample Badges</source>
        <translation>Beispiel-Badges ent&amp;fernen</translation>
    </message>
    <message>
        <source>Credfolio opens badges and course catalogs only, so it did not open %1.</source>
        <translation>Credfolio öffnet nur Badges und Kurskataloge und hat %1 daher nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>credfolio::MessageWidget</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <source>Show every problem that was found</source>
        <translation>Alle gefundenen Probleme anzeigen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Message details</source>
        <translation>Meldungsdetails</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
</context>
<context>
    <name>credfolio::MicrocredentialDetailPane</name>
    <message>
        <source>Microcredential details</source>
        <translation>Details zum Micro-Credential</translation>
    </message>
    <message>
        <source>Choose a microcredential to see what it asks for.</source>
        <translation>Wählen Sie ein Micro-Credential, um zu sehen, was es verlangt.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Issued by %1.&lt;/i&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Ausgestellt von %1.&lt;/i&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What you need&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Was Sie brauchen&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>All of:</source>
        <translation>Alle von:</translation>
    </message>
    <message>
        <source>%1 of:</source>
        <translation>%1 von:</translation>
    </message>
    <message>
        <source> ✔ &lt;i&gt;completed&lt;/i&gt;</source>
        <translation> ✔ &lt;i&gt;abgeschlossen&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Skills it certifies&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Bescheinigte Kompetenzen&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Remove from plan</source>
        <translation>Aus dem Plan &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Add to plan</source>
        <translation>Zum Plan &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1 from plan</source>
        <translation>%1 aus dem Plan entfernen</translation>
    </message>
    <message>
        <source>Add %1 to plan</source>
        <translation>%1 zum Plan hinzufügen</translation>
    </message>
    <message>
        <source>Stop pursuing this microcredential</source>
        <translation>Dieses Micro-Credential nicht mehr verfolgen</translation>
    </message>
    <message>
        <source>Pursue this microcredential: it appears above with your progress</source>
        <translation>Dieses Micro-Credential verfolgen: Es erscheint oben mit Ihrem Fortschritt</translation>
    </message>
</context>
<context>
    <name>credfolio::MicrocredentialListModel</name>
    <message>
        <source>In your plan</source>
        <translation>In Ihrem Plan</translation>
    </message>
    <message>
        <source>Microcredential</source>
        <translation>Micro-Credential</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>credfolio::PassphraseDialog</name>
    <message>
        <source>Protect Your Signing Key</source>
        <translation>Signaturschlüssel schützen</translation>
    </message>
    <message>
        <source>Unlock Your Signing Key</source>
        <translation>Signaturschlüssel entsperren</translation>
    </message>
    <message numerus="yes">
        <source>Your signing key will be kept in a file protected by a passphrase. Choose one of at least %n characters; nobody can recover it for you.</source>
        <translation>
            <numerusform>Ihr Signaturschlüssel wird in einer Datei aufbewahrt, die durch eine Passphrase geschützt ist. Wählen Sie eine mit mindestens %n Zeichen; niemand kann sie für Sie wiederherstellen.</numerusform>
            <numerusform>Ihr Signaturschlüssel wird in einer Datei aufbewahrt, die durch eine Passphrase geschützt ist. Wählen Sie eine mit mindestens %n Zeichen; niemand kann sie für Sie wiederherstellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the passphrase that protects your signing key.</source>
        <translation>Geben Sie die Passphrase ein, die Ihren Signaturschlüssel schützt.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Show passphrase</source>
        <translation>Passphrase an&amp;zeigen</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Passphrase anzeigen</translation>
    </message>
    <message>
        <source>Create Key</source>
        <translation>Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Geben Sie eine Passphrase ein.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is too short: use at least %n characters.</source>
        <translation>
            <numerusform>Die Passphrase ist zu kurz: Verwenden Sie mindestens %n Zeichen.</numerusform>
            <numerusform>Die Passphrase ist zu kurz: Verwenden Sie mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Die beiden Passphrasen unterscheiden sich. Geben Sie zweimal dieselbe ein.</translation>
    </message>
</context>
<context>
    <name>credfolio::PdfExportDialog</name>
    <message>
        <source>Export PDF Portfolio</source>
        <translation>PDF-Portfolio exportieren</translation>
    </message>
    <message>
        <source>Badges to export</source>
        <translation>Zu exportierende Badges</translation>
    </message>
    <message>
        <source>All badges</source>
        <translation>Alle Badges</translation>
    </message>
    <message numerus="yes">
        <source>Selected badges (%n)</source>
        <translation>
            <numerusform>Ausgewähltes Badge (%n)</numerusform>
            <numerusform>Ausgewählte Badges (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Collection: %1 (%n badge(s))</source>
        <translation>
            <numerusform>Sammlung: %1 (%n Badge)</numerusform>
            <numerusform>Sammlung: %1 (%n Badges)</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Detailed: a page per credential</source>
        <translation>Ausführlich: eine Seite pro Nachweis</translation>
    </message>
    <message>
        <source>Compact: a short summary</source>
        <translation>Kompakt: eine kurze Zusammenfassung</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>From your region (%1)</source>
        <translation>Aus Ihrer Region (%1)</translation>
    </message>
    <message>
        <source>PDF/A-1b for archiving (the original files are not attached)</source>
        <translation>PDF/A-1b zur Archivierung (die Originaldateien werden nicht angehängt)</translation>
    </message>
    <message>
        <source>PDF/A-1b for archiving</source>
        <translation>PDF/A-1b zur Archivierung</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Kurzbeschreibung</translation>
    </message>
    <message>
        <source>Show your headline</source>
        <translation>Ihre Kurzbeschreibung anzeigen</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Show your email addresses</source>
        <translation>Ihre E-Mail-Adressen anzeigen</translation>
    </message>
    <message>
        <source>Web addresses</source>
        <translation>Webadressen</translation>
    </message>
    <message>
        <source>Show your web addresses</source>
        <translation>Ihre Webadressen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Badges:</source>
        <translation>&amp;Badges:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Page count</source>
        <translation>Seitenanzahl</translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation>Vorschau der Seiten</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Export step</source>
        <translation>Exportschritt</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>Das PDF speichern unter</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Den Export abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Nothing to preview.</source>
        <translation>Keine Vorschau verfügbar.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s); the preview shows the first %1.</source>
        <translation>
            <numerusform>%n Seite; die Vorschau zeigt die ersten %1.</numerusform>
            <numerusform>%n Seiten; die Vorschau zeigt die ersten %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Save PDF Portfolio</source>
        <translation>PDF-Portfolio speichern</translation>
    </message>
    <message>
        <source>Credential portfolio.pdf</source>
        <translation>Nachweis-Portfolio.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 gespeichert (%n Seite).</numerusform>
            <numerusform>%1 gespeichert (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
</context>
<context>
    <name>credfolio::PlanCard</name>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Remove from plan</source>
        <translation>Aus dem Plan entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from plan</source>
        <translation>%1 aus dem Plan entfernen</translation>
    </message>
    <message>
        <source>Stop pursuing this microcredential. Your course progress is kept.</source>
        <translation>Dieses Micro-Credential nicht mehr verfolgen. Ihr Kursfortschritt bleibt erhalten.</translation>
    </message>
    <message>
        <source>%1 of %2 courses</source>
        <translation>%1 von %2 Kursen</translation>
    </message>
    <message>
        <source>Progress toward %1</source>
        <translation>Fortschritt auf dem Weg zu %1</translation>
    </message>
    <message>
        <source>%1% done</source>
        <translation>%1 % erledigt</translation>
    </message>
    <message>
        <source>✔ Earned: its badge is in your portfolio.</source>
        <translation>✔ Erworben: Das Badge ist in Ihrem Portfolio.</translation>
    </message>
    <message>
        <source>✔ All requirements met: this microcredential is earned.</source>
        <translation>✔ Alle Anforderungen erfüllt: Dieses Micro-Credential ist erworben.</translation>
    </message>
    <message>
        <source>Still to do: %1 · %2</source>
        <translation>Noch zu tun: %1 · %2</translation>
    </message>
    <message>
        <source>Shortest way to finish:</source>
        <translation>Kürzester Weg zum Abschluss:</translation>
    </message>
    <message>
        <source>  (in progress, %1% done)</source>
        <translation>  (in Bearbeitung, %1 % erledigt)</translation>
    </message>
    <message>
        <source>  (planned)</source>
        <translation>  (geplant)</translation>
    </message>
    <message>
        <source>Open %1 in the catalog</source>
        <translation>%1 im Katalog öffnen</translation>
    </message>
    <message>
        <source>Open this course in the catalog</source>
        <translation>Diesen Kurs im Katalog öffnen</translation>
    </message>
</context>
<context>
    <name>credfolio::PortfolioFileActions</name>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n Badge</numerusform>
            <numerusform>%n Badges</numerusform>
        </translation>
    </message>
    <message>
        <source>Badge &amp;Files…</source>
        <translation>Badge-&amp;Dateien…</translation>
    </message>
    <message>
        <source>Write the original badge files and a manifest.json into a folder</source>
        <translation>Die Original-Badge-Dateien und eine manifest.json in einen Ordner schreiben</translation>
    </message>
    <message>
        <source>&amp;Back Up Portfolio…</source>
        <translation>Portfolio &amp;sichern…</translation>
    </message>
    <message>
        <source>Save your whole portfolio in one file</source>
        <translation>Ihr gesamtes Portfolio in einer Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Restore Portfolio…</source>
        <translation>Portfolio &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Replace your portfolio with a backup</source>
        <translation>Ihr Portfolio durch eine Sicherung ersetzen</translation>
    </message>
    <message>
        <source>Credfolio backup %1.credfolio</source>
        <translation>Credfolio-Sicherung %1.credfolio</translation>
    </message>
    <message>
        <source>Back Up Portfolio</source>
        <translation>Portfolio sichern</translation>
    </message>
    <message>
        <source>Credfolio backups (*.credfolio);;All files (*)</source>
        <translation>Credfolio-Sicherungen (*.credfolio);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A backup is already running.</source>
        <translation>Es läuft bereits eine Sicherung.</translation>
    </message>
    <message>
        <source>Backing up your portfolio…</source>
        <translation>Ihr Portfolio wird gesichert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Sicherungsfortschritt</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>Die Sicherung abbrechen</translation>
    </message>
    <message>
        <source>The backup was not made: %1</source>
        <translation>Die Sicherung wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <source>it did not finish.</source>
        <translation>sie wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>%1 wurde nach %2 gesichert.</translation>
    </message>
    <message>
        <source>Restore Portfolio</source>
        <translation>Portfolio wiederherstellen</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1 Your portfolio was not changed.</source>
        <translation>Diese Sicherung kann nicht wiederhergestellt werden: %1 Ihr Portfolio wurde nicht verändert.</translation>
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
        <source>Replace your portfolio with this backup?</source>
        <translation>Ihr Portfolio durch diese Sicherung ersetzen?</translation>
    </message>
    <message>
        <source>&amp;Replace Portfolio</source>
        <translation>Portfolio &amp;ersetzen</translation>
    </message>
    <message>
        <source>Replace your portfolio with the backup</source>
        <translation>Ihr Portfolio durch die Sicherung ersetzen</translation>
    </message>
</context>
<context>
    <name>credfolio::PortfolioView</name>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Re-verify</source>
        <translation>Erneut verifizieren</translation>
    </message>
    <message>
        <source>Save Original…</source>
        <translation>Original speichern…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Search badges: name, issuer, skill…</source>
        <translation>Badges suchen: Name, Aussteller, Kompetenz…</translation>
    </message>
    <message>
        <source>Search badges</source>
        <translation>Badges suchen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>Year issued</source>
        <translation>Ausstellungsjahr</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop importing; badges already imported stay</source>
        <translation>Import beenden; bereits importierte Badges bleiben erhalten</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your badges live here&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Hier wohnen Ihre Badges&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Drop badge files or whole folders anywhere on this window — baked PNG or SVG images, JSON, or JWT files — or paste a badge with Ctrl+V. Credfolio checks each one&apos;s signature, issuer, dates and revocation, and keeps the original safe.</source>
        <translation>Ziehen Sie Badge-Dateien oder ganze Ordner an eine beliebige Stelle dieses Fensters – eingebettete PNG- oder SVG-Bilder, JSON- oder JWT-Dateien – oder fügen Sie ein Badge mit Strg+V ein. Credfolio prüft bei jedem Badge Signatur, Aussteller, Daten und Widerruf und bewahrt das Original sicher auf.</translation>
    </message>
    <message>
        <source>&amp;Import Badges…</source>
        <translation>Badges &amp;importieren…</translation>
    </message>
    <message>
        <source>Import Badges</source>
        <translation>Badges importieren</translation>
    </message>
    <message>
        <source>Badge files (*.png *.svg *.json *.jws *.jwt *.txt);;All files (*)</source>
        <translation>Badge-Dateien (*.png *.svg *.json *.jws *.jwt *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Explore with &amp;Sample Badges</source>
        <translation>Mit &amp;Beispiel-Badges erkunden</translation>
    </message>
    <message>
        <source>Adds three sample badges from a fictional academy; remove them in one step later</source>
        <translation>Fügt drei Beispiel-Badges einer fiktiven Akademie hinzu; später lassen sie sich in einem Schritt entfernen</translation>
    </message>
    <message>
        <source>You are looking at sample badges from a fictional academy. They are not real achievements.</source>
        <translation>Sie sehen Beispiel-Badges einer fiktiven Akademie. Es handelt sich nicht um echte Leistungen.</translation>
    </message>
    <message>
        <source>&amp;Remove Samples</source>
        <translation>Beispiele &amp;entfernen</translation>
    </message>
    <message>
        <source>Online checks are on: verification may fetch hosted badges, keys and revocation lists over HTTPS.</source>
        <translation>Online-Prüfungen sind eingeschaltet: Die Verifizierung kann gehostete Badges, Schlüssel und Widerrufslisten über HTTPS abrufen.</translation>
    </message>
    <message>
        <source>Online checks are off: badges are verified with what they carry and what Credfolio bundles.</source>
        <translation>Online-Prüfungen sind ausgeschaltet: Badges werden mit dem verifiziert, was sie selbst enthalten und was Credfolio mitbringt.</translation>
    </message>
    <message>
        <source>Any issuer</source>
        <translation>Beliebiger Aussteller</translation>
    </message>
    <message>
        <source>Any skill</source>
        <translation>Beliebige Kompetenz</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Beliebiges Jahr</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All badges</source>
        <translation>Alle Badges</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n Badge</numerusform>
            <numerusform>%n Badges</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Badge Failed Verification</source>
        <translation>Badge-Verifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1

Keep it anyway? It will stay marked invalid everywhere.</source>
        <translation>%1

Trotzdem behalten? Es bleibt überall als ungültig markiert.</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;: %2.</source>
        <translation>„%1“ importiert: %2.</translation>
    </message>
    <message>
        <source>This badge is already in your portfolio.</source>
        <translation>Dieses Badge ist bereits in Ihrem Portfolio.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>The pasted text is not a badge: %1</source>
        <translation>Der eingefügte Text ist kein Badge: %1</translation>
    </message>
    <message>
        <source>Delete Badge</source>
        <translation>Badge löschen</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from your portfolio? You can undo this with Edit &gt; Undo Delete until you quit.</source>
        <translation>„%1“ aus Ihrem Portfolio löschen? Bis zum Beenden lässt sich das über Bearbeiten &gt; Löschen rückgängig machen zurücknehmen.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;. Undo with Ctrl+Z.</source>
        <translation>„%1“ gelöscht. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Save Original Badge File</source>
        <translation>Original-Badge-Datei speichern</translation>
    </message>
    <message>
        <source>Saved the original file to %1.</source>
        <translation>Die Originaldatei wurde unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Profile saved. Re-verify your badges to check their recipients against it.</source>
        <translation>Profil gespeichert. Verifizieren Sie Ihre Badges erneut, um deren Empfänger damit abzugleichen.</translation>
    </message>
    <message>
        <source>Signing Key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation>Neue Sammlung</translation>
    </message>
    <message>
        <source>Name (for example, the job you apply for):</source>
        <translation>Name (zum Beispiel die Stelle, auf die Sie sich bewerben):</translation>
    </message>
    <message>
        <source>New Collection…</source>
        <translation>Neue Sammlung…</translation>
    </message>
    <message>
        <source>The sample badges could not be added: %1</source>
        <translation>Die Beispiel-Badges konnten nicht hinzugefügt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sample badge(s) removed.</source>
        <translation>
            <numerusform>%n Beispiel-Badge entfernt.</numerusform>
            <numerusform>%n Beispiel-Badges entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>An import is already running; wait for it to finish or cancel it.</source>
        <translation>Es läuft bereits ein Import; warten Sie, bis er fertig ist, oder brechen Sie ihn ab.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n badge file(s)…</source>
        <translation>
            <numerusform>%n Badge-Datei wird importiert…</numerusform>
            <numerusform>%n Badge-Dateien werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for badge files…</source>
        <translation>Badge-Dateien werden gesucht…</translation>
    </message>
    <message>
        <source>The badge could not be verified again: %1</source>
        <translation>Das Badge konnte nicht erneut verifiziert werden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; checked again: %2.</source>
        <translation>„%1“ erneut geprüft: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Every badge was checked again; %n changed status.</source>
        <translation>
            <numerusform>Alle Badges wurden erneut geprüft; bei %n hat sich der Status geändert.</numerusform>
            <numerusform>Alle Badges wurden erneut geprüft; bei %n hat sich der Status geändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credfolio::PresentationExportDialog</name>
    <message>
        <source>Export Signed Presentation</source>
        <translation>Signierte Präsentation exportieren</translation>
    </message>
    <message>
        <source>A signed presentation carries your verifiable badges, unchanged, in one file signed with your key, for an employer&apos;s verification software.</source>
        <translation>Eine signierte Präsentation enthält Ihre verifizierbaren Badges unverändert in einer einzigen, mit Ihrem Schlüssel signierten Datei – für die Verifizierungssoftware eines Arbeitgebers.</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>&amp;All badges</source>
        <translation>Al&amp;le Badges</translation>
    </message>
    <message>
        <source>Export all badges</source>
        <translation>Alle Badges exportieren</translation>
    </message>
    <message>
        <source>A &amp;collection:</source>
        <translation>Eine &amp;Sammlung:</translation>
    </message>
    <message>
        <source>Export a collection</source>
        <translation>Eine Sammlung exportieren</translation>
    </message>
    <message>
        <source>Collection to export</source>
        <translation>Zu exportierende Sammlung</translation>
    </message>
    <message numerus="yes">
        <source>The %n badge(s) &amp;selected in the Portfolio</source>
        <translation>
            <numerusform>Das im Portfolio &amp;ausgewählte Badge (%n)</numerusform>
            <numerusform>Die %n im Portfolio &amp;ausgewählten Badges</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the selected badges</source>
        <translation>Die ausgewählten Badges exportieren</translation>
    </message>
    <message>
        <source>Employer&apos;s request (optional)</source>
        <translation>Anfrage des Arbeitgebers (optional)</translation>
    </message>
    <message>
        <source>If the employer gave you a challenge and a domain, enter them: your signature then covers them, so the presentation cannot be reused for another request.</source>
        <translation>Wenn Ihnen der Arbeitgeber eine Challenge und eine Domain gegeben hat, geben Sie sie ein: Ihre Signatur deckt sie dann mit ab, sodass die Präsentation nicht für eine andere Anfrage wiederverwendet werden kann.</translation>
    </message>
    <message>
        <source>Challenge given by the employer</source>
        <translation>Vom Arbeitgeber gegebene Challenge</translation>
    </message>
    <message>
        <source>for example, a code such as 5f1c-92ab</source>
        <translation>zum Beispiel ein Code wie 5f1c-92ab</translation>
    </message>
    <message>
        <source>C&amp;hallenge:</source>
        <translation>C&amp;hallenge:</translation>
    </message>
    <message>
        <source>Domain given by the employer</source>
        <translation>Vom Arbeitgeber gegebene Domain</translation>
    </message>
    <message>
        <source>for example, jobs.employer.example</source>
        <translation>zum Beispiel jobs.employer.example</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Exportergebnis</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the signed presentation</source>
        <translation>Die signierte Präsentation speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save Signed Presentation</source>
        <translation>Signierte Präsentation speichern</translation>
    </message>
    <message>
        <source>Verifiable presentation (*.json)</source>
        <translation>Verifizierbare Präsentation (*.json)</translation>
    </message>
    <message>
        <source>Your signing key is kept in a file protected by your passphrase.</source>
        <translation>Ihr Signaturschlüssel wird in einer Datei aufbewahrt, die durch Ihre Passphrase geschützt ist.</translation>
    </message>
    <message>
        <source>The presentation could not be saved: %1</source>
        <translation>Die Präsentation konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved a presentation of %n credential(s), signed as %1.</source>
        <translation>
            <numerusform>Präsentation mit %n Nachweis gespeichert, signiert als %1.</numerusform>
            <numerusform>Präsentation mit %n Nachweisen gespeichert, signiert als %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) left out (see details).</source>
        <translation>
            <numerusform>%n Badge weggelassen (siehe Details).</numerusform>
            <numerusform>%n Badges weggelassen (siehe Details).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credfolio::ProfileDialog</name>
    <message>
        <source>Your Profile</source>
        <translation>Ihr Profil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Kurzbeschreibung</translation>
    </message>
    <message>
        <source>Email addresses, one per line</source>
        <translation>E-Mail-Adressen, eine pro Zeile</translation>
    </message>
    <message>
        <source>URLs, one per line</source>
        <translation>URLs, eine pro Zeile</translation>
    </message>
    <message>
        <source>Badges are issued to an email address or a URL. Credfolio checks each badge&apos;s recipient against these and flags a badge issued to someone else.</source>
        <translation>Badges werden an eine E-Mail-Adresse oder eine URL ausgestellt. Credfolio gleicht den Empfänger jedes Badges damit ab und markiert Badges, die an jemand anderen ausgestellt wurden.</translation>
    </message>
    <message>
        <source>Create &amp;Signing Key</source>
        <translation>&amp;Signaturschlüssel erstellen</translation>
    </message>
    <message>
        <source>Makes the key that signs the portfolios you export; it is kept in your system&apos;s keychain</source>
        <translation>Erstellt den Schlüssel, der Ihre exportierten Portfolios signiert; er wird im Schlüsselbund Ihres Systems aufbewahrt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Kurzbeschreibung:</translation>
    </message>
    <message>
        <source>&amp;Emails:</source>
        <translation>&amp;E-Mail-Adressen:</translation>
    </message>
    <message>
        <source>&amp;URLs:</source>
        <translation>&amp;URLs:</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Signaturschlüssel:</translation>
    </message>
    <message>
        <source>None yet: it is made the first time you sign an export, or now.</source>
        <translation>Noch keiner: Er wird beim ersten signierten Export erstellt – oder jetzt.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
</context>
<context>
    <name>credfolio::ProgressView</name>
    <message>
        <source>Your microcredentials</source>
        <translation>Ihre Micro-Credentials</translation>
    </message>
    <message>
        <source>You are not pursuing any microcredential yet. Choose one below.</source>
        <translation>Sie verfolgen noch kein Micro-Credential. Wählen Sie unten eines aus.</translation>
    </message>
    <message>
        <source>Choose a microcredential to pursue</source>
        <translation>Ein Micro-Credential zum Verfolgen auswählen</translation>
    </message>
    <message>
        <source>Microcredentials</source>
        <translation>Micro-Credentials</translation>
    </message>
    <message>
        <source>Every microcredential in the catalog. Choose one to see what it asks for.</source>
        <translation>Alle Micro-Credentials im Katalog. Wählen Sie eines, um zu sehen, was es verlangt.</translation>
    </message>
    <message>
        <source>This microcredential could not be added to your plan: %1</source>
        <translation>Dieses Micro-Credential konnte nicht zu Ihrem Plan hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>This microcredential could not be removed from your plan: %1</source>
        <translation>Dieses Micro-Credential konnte nicht aus Ihrem Plan entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>credfolio::SelfReportedDialog</name>
    <message>
        <source>Add Self-Reported Credential</source>
        <translation>Selbst angegebenen Nachweis hinzufügen</translation>
    </message>
    <message>
        <source>For a certificate without verifiable data, such as a course platform&apos;s PDF. It will always be labelled self-reported.</source>
        <translation>Für ein Zertifikat ohne verifizierbare Daten, etwa das PDF einer Kursplattform. Es wird immer als selbst angegeben gekennzeichnet.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>Ausstellungsdatum</translation>
    </message>
    <message>
        <source>Link to the certificate</source>
        <translation>Link zum Zertifikat</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Angehängte Dateien</translation>
    </message>
    <message>
        <source>Attach &amp;Files…</source>
        <translation>&amp;Dateien anhängen…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation>Ausgestellt &amp;von:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Da&amp;tum:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>%1 cannot be attached: it is unreadable or larger than 16 MiB.</source>
        <translation>%1 kann nicht angehängt werden: Die Datei ist nicht lesbar oder größer als 16 MiB.</translation>
    </message>
    <message>
        <source>Give the credential a name.</source>
        <translation>Geben Sie dem Nachweis einen Namen.</translation>
    </message>
    <message>
        <source>The link must be a full address, like https://example.org/certificate/123.</source>
        <translation>Der Link muss eine vollständige Adresse sein, etwa https://example.org/certificate/123.</translation>
    </message>
</context>
<context>
    <name>credfolio::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>The language Credfolio speaks. Applies the next time Credfolio starts.</source>
        <translation>Die Sprache, die Credfolio spricht. Gilt ab dem nächsten Start von Credfolio.</translation>
    </message>
    <message>
        <source>Allow &amp;online checks</source>
        <translation>&amp;Online-Prüfungen erlauben</translation>
    </message>
    <message>
        <source>Fetch hosted badges, issuer keys, revocation lists and badge images over HTTPS</source>
        <translation>Gehostete Badges, Ausstellerschlüssel, Widerrufslisten und Badge-Bilder über HTTPS abrufen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies the next time Credfolio starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Credfolio.</translation>
    </message>
    <message>
        <source>When off, badges are verified with what they carry and what Credfolio bundles; nothing is fetched.</source>
        <translation>Wenn ausgeschaltet, werden Badges mit dem verifiziert, was sie selbst enthalten und was Credfolio mitbringt; nichts wird abgerufen.</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exporte</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Kompakt</translation>
    </message>
    <message>
        <source>Detailed</source>
        <translation>Ausführlich</translation>
    </message>
    <message>
        <source>The layout an export starts with</source>
        <translation>Das Layout, mit dem ein Export beginnt</translation>
    </message>
    <message>
        <source>From the system&apos;s region</source>
        <translation>Aus der Region des Systems</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Archi&amp;val PDF (PDF/A)</source>
        <translation>&amp;Archiv-PDF (PDF/A)</translation>
    </message>
    <message>
        <source>Export PDFs in the PDF/A archival format by default</source>
        <translation>PDFs standardmäßig im Archivformat PDF/A exportieren</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>La&amp;yout:</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <source>The defaults each export starts with; you can change them per export.</source>
        <translation>Die Vorgaben, mit denen jeder Export beginnt; Sie können sie pro Export ändern.</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>The portfolio file Credfolio opens; empty for the default location</source>
        <translation>Die Portfolio-Datei, die Credfolio öffnet; leer für den Standardspeicherort</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the portfolio file</source>
        <translation>Die Portfolio-Datei auswählen</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Use the default location again</source>
        <translation>Wieder den Standardspeicherort verwenden</translation>
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
        <source>Credfolio portfolio (*.sqlite);;All files (*)</source>
        <translation>Credfolio-Portfolio (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The CREDFOLIO_DB environment variable chooses the portfolio for now: %1</source>
        <translation>Die Umgebungsvariable CREDFOLIO_DB bestimmt das Portfolio derzeit: %1</translation>
    </message>
    <message>
        <source>Credfolio opens %1. A change applies the next time Credfolio starts.</source>
        <translation>Credfolio öffnet %1. Eine Änderung gilt ab dem nächsten Start von Credfolio.</translation>
    </message>
    <message>
        <source>This window has %1 open.</source>
        <translation>In diesem Fenster ist %1 geöffnet.</translation>
    </message>
</context>
<context>
    <name>credfolio::WindowSession</name>
    <message>
        <source>Restoring your portfolio…</source>
        <translation>Ihr Portfolio wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Fortschritt der Wiederherstellung</translation>
    </message>
    <message>
        <source>Restore Portfolio</source>
        <translation>Portfolio wiederherstellen</translation>
    </message>
    <message>
        <source>Credfolio cannot open your portfolio</source>
        <translation>Credfolio kann Ihr Portfolio nicht öffnen</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>it did not finish.</source>
        <translation>sie wurde nicht abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>Restored your portfolio from %1: %n badge(s).</source>
        <translation>
            <numerusform>Ihr Portfolio wurde aus %1 wiederhergestellt: %n Badge.</numerusform>
            <numerusform>Ihr Portfolio wurde aus %1 wiederhergestellt: %n Badges.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was updated to this version&apos;s format.</source>
        <translation>Die Sicherung wurde auf das Format dieser Version aktualisiert.</translation>
    </message>
</context>
<context>
    <name>crypto</name>
    <message>
        <source>the data is not gzip-compressed</source>
        <translation>die Daten sind nicht gzip-komprimiert</translation>
    </message>
    <message>
        <source>gzip is not available in this build</source>
        <translation>gzip ist in diesem Build nicht verfügbar</translation>
    </message>
    <message>
        <source>the compressed data expands beyond %1 bytes</source>
        <translation>die komprimierten Daten werden größer als %1 Bytes</translation>
    </message>
    <message>
        <source>the gzip data is corrupt (%1)</source>
        <translation>die gzip-Daten sind beschädigt (%1)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan microcredentials and keep verified digital badges.</source>
        <translation>Micro-Credentials planen und verifizierte digitale Badges aufbewahren.</translation>
    </message>
    <message>
        <source>Use the portfolio at PATH.</source>
        <translation>Das Portfolio unter PATH verwenden.</translation>
    </message>
    <message>
        <source>Credfolio cannot open your portfolio</source>
        <translation>Credfolio kann Ihr Portfolio nicht öffnen</translation>
    </message>
    <message>
        <source>Badge files, folders of badges or catalog files to import.</source>
        <translation>Zu importierende Badge-Dateien, Badge-Ordner oder Katalogdateien.</translation>
    </message>
</context>
<context>
    <name>verify</name>
    <message>
        <source>the published key includes its private part, so it cannot be trusted</source>
        <translation>der veröffentlichte Schlüssel enthält seinen privaten Teil, daher kann ihm nicht vertraut werden</translation>
    </message>
    <message>
        <source>the key document holds no public key Credfolio can read</source>
        <translation>das Schlüsseldokument enthält keinen öffentlichen Schlüssel, den Credfolio lesen kann</translation>
    </message>
    <message>
        <source>the key document has no id</source>
        <translation>das Schlüsseldokument hat keine ID</translation>
    </message>
    <message>
        <source>the did:web identifier %1 is malformed</source>
        <translation>die did:web-Kennung %1 ist fehlerhaft</translation>
    </message>
    <message>
        <source>the did:web identifier %1 does not name a web address</source>
        <translation>die did:web-Kennung %1 bezeichnet keine Webadresse</translation>
    </message>
    <message>
        <source>the DID method of %1 is not supported</source>
        <translation>die DID-Methode von %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the did:key identifier holds no usable key: %1</source>
        <translation>die did:key-Kennung enthält keinen verwendbaren Schlüssel: %1</translation>
    </message>
    <message>
        <source>the did:jwk identifier is not valid base64url</source>
        <translation>die did:jwk-Kennung ist kein gültiges base64url</translation>
    </message>
    <message>
        <source>the did:jwk identifier does not hold a JSON key</source>
        <translation>die did:jwk-Kennung enthält keinen JSON-Schlüssel</translation>
    </message>
    <message>
        <source>the did:jwk key includes its private part, so it cannot be trusted</source>
        <translation>der did:jwk-Schlüssel enthält seinen privaten Teil, daher kann ihm nicht vertraut werden</translation>
    </message>
    <message>
        <source>the did:jwk key is not usable: %1</source>
        <translation>der did:jwk-Schlüssel ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>the DID document of %1 cannot be fetched here</source>
        <translation>das DID-Dokument von %1 kann hier nicht abgerufen werden</translation>
    </message>
    <message>
        <source>the DID document of %1 is not a JSON object</source>
        <translation>das DID-Dokument von %1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the DID document fetched for %1 describes %2 instead</source>
        <translation>das für %1 abgerufene DID-Dokument beschreibt stattdessen %2</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s (timed out)</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>%1 is larger than %2 (too large); it was not downloaded</source>
        <translation>%1 ist größer als %2 (zu groß); es wurde nicht heruntergeladen</translation>
    </message>
    <message>
        <source>could not reach %1 securely: %2</source>
        <translation>%1 konnte nicht sicher erreicht werden: %2</translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation>%1 konnte nicht erreicht werden: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (a redirect) without saying where to</source>
        <translation>%1 antwortete mit HTTP %2 (eine Weiterleitung), ohne ein Ziel anzugeben</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 antwortete mit HTTP %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (%3)</source>
        <translation>%1 antwortete mit HTTP %2 (%3)</translation>
    </message>
    <message>
        <source>%1 was served as %2, not as a JSON, JSON-LD, JWT or text document</source>
        <translation>%1 wurde als %2 ausgeliefert, nicht als JSON-, JSON-LD-, JWT- oder Textdokument</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address that can be fetched</source>
        <translation>„%1“ ist keine abrufbare Webadresse</translation>
    </message>
    <message>
        <source>%1 is not an https:// address; online checks fetch documents only over HTTPS</source>
        <translation>%1 ist keine https://-Adresse; Online-Prüfungen rufen Dokumente nur über HTTPS ab</translation>
    </message>
    <message>
        <source>%1 carries a user name or password; it is not fetched</source>
        <translation>%1 enthält einen Benutzernamen oder ein Passwort; es wird nicht abgerufen</translation>
    </message>
    <message>
        <source>%1 cannot be fetched: online checks need a running application</source>
        <translation>%1 kann nicht abgerufen werden: Online-Prüfungen brauchen eine laufende Anwendung</translation>
    </message>
    <message>
        <source>%1 cannot be fetched: this installation has no TLS support</source>
        <translation>%1 kann nicht abgerufen werden: Diese Installation hat keine TLS-Unterstützung</translation>
    </message>
    <message>
        <source>%1 redirected to %2, which is not an https:// address; it was not followed</source>
        <translation>%1 leitete auf %2 weiter, was keine https://-Adresse ist; der Weiterleitung wurde nicht gefolgt</translation>
    </message>
    <message>
        <source>%1 redirected to an address with a user name or password, or without a host; it was not followed</source>
        <translation>%1 leitete auf eine Adresse mit Benutzername oder Passwort oder ohne Host weiter; der Weiterleitung wurde nicht gefolgt</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times; it was not followed further</source>
        <translation>%1 leitete mehr als %2-mal weiter; weiteren Weiterleitungen wurde nicht gefolgt</translation>
    </message>
    <message>
        <source>%1 is not available (no local copy and no network)</source>
        <translation>%1 ist nicht verfügbar (keine lokale Kopie und kein Netzwerk)</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; in %2 is not a valid date and time.</source>
        <translation>Das Datum „%1“ in %2 ist kein gültiges Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <source>The credential is not valid yet: it becomes valid on %1 (%2), after the time checked, %3.</source>
        <translation>Der Nachweis ist noch nicht gültig: Er wird am %1 (%2) gültig, also nach dem geprüften Zeitpunkt %3.</translation>
    </message>
    <message>
        <source>The credential expired on %1 (%2).</source>
        <translation>Der Nachweis ist am %1 (%2) abgelaufen.</translation>
    </message>
    <message>
        <source>The credential is within its validity period (until %1).</source>
        <translation>Der Nachweis liegt innerhalb seines Gültigkeitszeitraums (bis %1).</translation>
    </message>
    <message>
        <source>The credential has no expiry date and is valid from its issue date.</source>
        <translation>Der Nachweis hat kein Ablaufdatum und ist ab seinem Ausstellungsdatum gültig.</translation>
    </message>
    <message>
        <source>The credential does not start with the W3C Verifiable Credentials context.</source>
        <translation>Der Nachweis beginnt nicht mit dem Kontext der W3C Verifiable Credentials.</translation>
    </message>
    <message>
        <source>The credential&apos;s type does not include VerifiableCredential.</source>
        <translation>Der Typ des Nachweises enthält nicht VerifiableCredential.</translation>
    </message>
    <message>
        <source>The credential does not name its issuer.</source>
        <translation>Der Nachweis nennt seinen Aussteller nicht.</translation>
    </message>
    <message>
        <source>The credential has no subject (credentialSubject).</source>
        <translation>Der Nachweis hat kein Subjekt (credentialSubject).</translation>
    </message>
    <message>
        <source>The credential has no issuance date, which version 1.1 credentials require.</source>
        <translation>Der Nachweis hat kein Ausstellungsdatum, das Nachweise der Version 1.1 verlangen.</translation>
    </message>
    <message>
        <source>The credential has the shape of a W3C Verifiable Credential (%1).</source>
        <translation>Der Nachweis hat die Form eines W3C Verifiable Credential (%1).</translation>
    </message>
    <message>
        <source>The credential names no recipient identity to compare with the one expected.</source>
        <translation>Der Nachweis nennt keine Empfängeridentität, die sich mit der erwarteten vergleichen ließe.</translation>
    </message>
    <message>
        <source>The credential names no recipient identity (email or URL) to compare with yours.</source>
        <translation>Der Nachweis nennt keine Empfängeridentität (E-Mail oder URL), die sich mit Ihrer vergleichen ließe.</translation>
    </message>
    <message>
        <source>The badge was issued to %1.</source>
        <translation>Das Badge wurde an %1 ausgestellt.</translation>
    </message>
    <message>
        <source>The recipient identity is hashed with %1, which is not a known method.</source>
        <translation>Die Empfängeridentität ist mit %1 gehasht, keinem bekannten Verfahren.</translation>
    </message>
    <message>
        <source>The badge was not issued to %1.</source>
        <translation>Das Badge wurde nicht an %1 ausgestellt.</translation>
    </message>
    <message>
        <source>This badge was issued to someone else: its recipient is none of your identities (%1).</source>
        <translation>Dieses Badge wurde an jemand anderen ausgestellt: Sein Empfänger ist keine Ihrer Identitäten (%1).</translation>
    </message>
    <message>
        <source>The credentials carried inside this one are nested too deeply to check.</source>
        <translation>Die in diesem Nachweis enthaltenen Nachweise sind zu tief verschachtelt, um sie zu prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the credentials carried inside this one did not verify.</source>
        <translation>
            <numerusform>%n der in diesem Nachweis enthaltenen Nachweise wurde nicht verifiziert.</numerusform>
            <numerusform>%n der in diesem Nachweis enthaltenen Nachweise wurden nicht verifiziert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the credentials carried inside this one could not be fully checked.</source>
        <translation>
            <numerusform>%n der in diesem Nachweis enthaltenen Nachweise konnte nicht vollständig geprüft werden.</numerusform>
            <numerusform>%n der in diesem Nachweis enthaltenen Nachweise konnten nicht vollständig geprüft werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n credentials carried inside this one verify.</source>
        <translation>
            <numerusform>Der %n in diesem Nachweis enthaltene Nachweis ist verifiziert.</numerusform>
            <numerusform>Alle %n in diesem Nachweis enthaltenen Nachweise sind verifiziert.</numerusform>
        </translation>
    </message>
    <message>
        <source>the JSON is not a badge: it is neither an Open Badges assertion nor a verifiable credential</source>
        <translation>das JSON ist kein Badge: Es ist weder eine Open-Badges-Assertion noch ein Verifiable Credential</translation>
    </message>
    <message>
        <source>The credential carries no signature or proof, so anyone could have written it.</source>
        <translation>Der Nachweis trägt weder Signatur noch Beweis, also könnte ihn jeder geschrieben haben.</translation>
    </message>
    <message>
        <source>the text is neither a JSON credential nor a compact JWS</source>
        <translation>der Text ist weder ein JSON-Nachweis noch ein kompaktes JWS</translation>
    </message>
    <message>
        <source>The credential is not strict JSON, so its proof cannot be checked.</source>
        <translation>Der Nachweis ist kein striktes JSON, daher kann sein Beweis nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The credential&apos;s proof is empty.</source>
        <translation>Der Beweis des Nachweises ist leer.</translation>
    </message>
    <message>
        <source>The credential&apos;s proof is not a JSON object.</source>
        <translation>Der Beweis des Nachweises ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The proof uses &quot;%1&quot;, a kind of proof Credfolio does not know, so nothing is claimed about it.</source>
        <translation>Der Beweis verwendet „%1“, eine Beweisart, die Credfolio nicht kennt; daher wird darüber nichts behauptet.</translation>
    </message>
    <message>
        <source>The proof follows an earlier proof (previousProof) that the credential does not carry exactly once.</source>
        <translation>Der Beweis folgt auf einen früheren Beweis (previousProof), den der Nachweis nicht genau einmal enthält.</translation>
    </message>
    <message>
        <source>the proof has a @context but the document has none</source>
        <translation>der Beweis hat einen @context, das Dokument aber keinen</translation>
    </message>
    <message>
        <source>the proof&apos;s @context does not match the document&apos;s</source>
        <translation>der @context des Beweises passt nicht zu dem des Dokuments</translation>
    </message>
    <message>
        <source>it must be a base58btc signature</source>
        <translation>es muss eine base58btc-Signatur sein</translation>
    </message>
    <message>
        <source>The proof uses the %1 cryptosuite.</source>
        <translation>Der Beweis verwendet die Cryptosuite %1.</translation>
    </message>
    <message>
        <source>The proof&apos;s purpose is &quot;%1&quot;, not issuing a credential (assertionMethod).</source>
        <translation>Der Zweck des Beweises ist „%1“, nicht das Ausstellen eines Nachweises (assertionMethod).</translation>
    </message>
    <message>
        <source>The proof was made to issue a credential (assertionMethod).</source>
        <translation>Der Beweis wurde zum Ausstellen eines Nachweises erstellt (assertionMethod).</translation>
    </message>
    <message>
        <source>The proof&apos;s created or expires date is not a valid date and time.</source>
        <translation>Das Erstellungs- oder Ablaufdatum des Beweises ist kein gültiges Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <source>The proof claims to have been made on %1, after the time checked.</source>
        <translation>Der Beweis gibt an, am %1 erstellt worden zu sein, also nach dem geprüften Zeitpunkt.</translation>
    </message>
    <message>
        <source>The proof expired on %1.</source>
        <translation>Der Beweis ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>The proof&apos;s dates are in order.</source>
        <translation>Die Daten des Beweises sind stimmig.</translation>
    </message>
    <message>
        <source>The proof&apos;s signature value is malformed: %1.</source>
        <translation>Der Signaturwert des Beweises ist fehlerhaft: %1.</translation>
    </message>
    <message>
        <source>The signing key %1 could not be fetched: %2</source>
        <translation>Der Signaturschlüssel %1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>The signature could not be checked without the key.</source>
        <translation>Ohne den Schlüssel konnte die Signatur nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The signing key %1 cannot be used: %2</source>
        <translation>Der Signaturschlüssel %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The signing key %1 was found.</source>
        <translation>Der Signaturschlüssel %1 wurde gefunden.</translation>
    </message>
    <message>
        <source>%1 needs %2, but %3 is a %4 key.</source>
        <translation>%1 braucht %2, aber %3 ist ein %4-Schlüssel.</translation>
    </message>
    <message>
        <source>The proof&apos;s signature value has the wrong length for a %1 key.</source>
        <translation>Der Signaturwert des Beweises hat die falsche Länge für einen %1-Schlüssel.</translation>
    </message>
    <message>
        <source>The signed content could not be prepared, so the signature was not checked: %1.</source>
        <translation>Der signierte Inhalt konnte nicht vorbereitet werden, daher wurde die Signatur nicht geprüft: %1.</translation>
    </message>
    <message>
        <source>The proof does not fit the credential: %1.</source>
        <translation>Der Beweis passt nicht zum Nachweis: %1.</translation>
    </message>
    <message>
        <source>The %1 signature matches the content and the key.</source>
        <translation>Die %1-Signatur passt zum Inhalt und zum Schlüssel.</translation>
    </message>
    <message>
        <source>The signature does not match: the badge was changed or signed with another key.</source>
        <translation>Die Signatur passt nicht: Das Badge wurde verändert oder mit einem anderen Schlüssel signiert.</translation>
    </message>
    <message>
        <source>The signature could not be checked: %1</source>
        <translation>Die Signatur konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>a P-256 key</source>
        <translation>einen P-256-Schlüssel</translation>
    </message>
    <message>
        <source>it must be base64url (multibase &apos;u&apos;)</source>
        <translation>es muss base64url sein (Multibase „u“)</translation>
    </message>
    <message>
        <source>it is a base proof, which only the holder uses; a verifier needs a derived proof</source>
        <translation>es ist ein Basis-Beweis, den nur der Inhaber verwendet; zum Verifizieren ist ein abgeleiteter Beweis nötig</translation>
    </message>
    <message>
        <source>it is not an ecdsa-sd-2023 derived proof</source>
        <translation>es ist kein abgeleiteter ecdsa-sd-2023-Beweis</translation>
    </message>
    <message>
        <source>its CBOR content is malformed</source>
        <translation>sein CBOR-Inhalt ist fehlerhaft</translation>
    </message>
    <message>
        <source>its blank node label map is malformed</source>
        <translation>seine Zuordnung der Bezeichnungen leerer Knoten ist fehlerhaft</translation>
    </message>
    <message>
        <source>its mandatory statement list is malformed</source>
        <translation>seine Liste verpflichtender Aussagen ist fehlerhaft</translation>
    </message>
    <message>
        <source>the proof gives no label for blank node %1</source>
        <translation>der Beweis gibt keine Bezeichnung für den leeren Knoten %1 an</translation>
    </message>
    <message>
        <source>the proof names a mandatory statement the credential does not have</source>
        <translation>der Beweis nennt eine verpflichtende Aussage, die der Nachweis nicht enthält</translation>
    </message>
    <message>
        <source>the credential discloses %1 statements but the proof signs %2</source>
        <translation>der Nachweis legt %1 Aussagen offen, der Beweis signiert aber %2</translation>
    </message>
    <message>
        <source>the proof&apos;s per-statement key is not a P-256 key</source>
        <translation>der aussagebezogene Schlüssel des Beweises ist kein P-256-Schlüssel</translation>
    </message>
    <message>
        <source>the signature of a disclosed statement does not match: the credential was changed</source>
        <translation>die Signatur einer offengelegten Aussage passt nicht: Der Nachweis wurde verändert</translation>
    </message>
    <message>
        <source>an Ed25519 key</source>
        <translation>einen Ed25519-Schlüssel</translation>
    </message>
    <message>
        <source>no key is named</source>
        <translation>es ist kein Schlüssel angegeben</translation>
    </message>
    <message>
        <source>the key reference %1 is neither a DID nor a web address</source>
        <translation>der Schlüsselverweis %1 ist weder eine DID noch eine Webadresse</translation>
    </message>
    <message>
        <source>%1 does not say which of its keys signed</source>
        <translation>%1 gibt nicht an, welcher seiner Schlüssel signiert hat</translation>
    </message>
    <message>
        <source>%1 has no key %2</source>
        <translation>%1 hat keinen Schlüssel %2</translation>
    </message>
    <message>
        <source>the key %1 is not allowed to issue credentials (it is not an assertion method)</source>
        <translation>der Schlüssel %1 darf keine Nachweise ausstellen (er ist keine assertionMethod)</translation>
    </message>
    <message>
        <source>the key set at %1 has no key %2</source>
        <translation>der Schlüsselsatz unter %1 hat keinen Schlüssel %2</translation>
    </message>
    <message>
        <source>the key in %1 is not usable: %2</source>
        <translation>der Schlüssel in %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>the key at %1 is not usable: %2</source>
        <translation>der Schlüssel unter %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>the key document at %1 describes %2, not %3</source>
        <translation>das Schlüsseldokument unter %1 beschreibt %2, nicht %3</translation>
    </message>
    <message>
        <source>%1 lists no key %2</source>
        <translation>%1 führt keinen Schlüssel %2</translation>
    </message>
    <message>
        <source>The credential does not name its issuer, so the key cannot be tied to anyone.</source>
        <translation>Der Nachweis nennt seinen Aussteller nicht, daher lässt sich der Schlüssel niemandem zuordnen.</translation>
    </message>
    <message>
        <source>The signing key is controlled by the issuer (%1).</source>
        <translation>Der Signaturschlüssel wird vom Aussteller kontrolliert (%1).</translation>
    </message>
    <message>
        <source>The signing key belongs to the issuer&apos;s DID (%1).</source>
        <translation>Der Signaturschlüssel gehört zur DID des Ausstellers (%1).</translation>
    </message>
    <message>
        <source>Could not check that the signing key belongs to the issuer: the issuer&apos;s profile is not available (%1).</source>
        <translation>Es ließ sich nicht prüfen, ob der Signaturschlüssel dem Aussteller gehört: Das Profil des Ausstellers ist nicht verfügbar (%1).</translation>
    </message>
    <message>
        <source>The issuer profile fetched for %1 describes %2 instead.</source>
        <translation>Das für %1 abgerufene Ausstellerprofil beschreibt stattdessen %2.</translation>
    </message>
    <message>
        <source>Could not check that the signing key belongs to the issuer: %1</source>
        <translation>Es ließ sich nicht prüfen, ob der Signaturschlüssel dem Aussteller gehört: %1</translation>
    </message>
    <message>
        <source>The issuer&apos;s profile lists the signing key.</source>
        <translation>Das Profil des Ausstellers führt den Signaturschlüssel auf.</translation>
    </message>
    <message>
        <source>The key that signed this credential is not one the issuer (%1) lists as its own.</source>
        <translation>Der Schlüssel, der diesen Nachweis signiert hat, gehört nicht zu denen, die der Aussteller (%1) als seine eigenen aufführt.</translation>
    </message>
    <message>
        <source>The badge description could not be fetched: %1</source>
        <translation>Die Badge-Beschreibung konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>The badge description fetched from %1 describes a different badge.</source>
        <translation>Die von %1 abgerufene Badge-Beschreibung beschreibt ein anderes Badge.</translation>
    </message>
    <message>
        <source>The assertion does not say which badge it awards.</source>
        <translation>Die Assertion gibt nicht an, welches Badge sie verleiht.</translation>
    </message>
    <message>
        <source>The issuer&apos;s profile could not be fetched: %1</source>
        <translation>Das Profil des Ausstellers konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>The issuer profile fetched from %1 describes a different issuer.</source>
        <translation>Das von %1 abgerufene Ausstellerprofil beschreibt einen anderen Aussteller.</translation>
    </message>
    <message>
        <source>The badge does not name its issuer.</source>
        <translation>Das Badge nennt seinen Aussteller nicht.</translation>
    </message>
    <message>
        <source>The issuer is %1 (%2).</source>
        <translation>Der Aussteller ist %1 (%2).</translation>
    </message>
    <message>
        <source>The signature is unacceptable: %1.</source>
        <translation>Die Signatur ist nicht annehmbar: %1.</translation>
    </message>
    <message>
        <source>The signed assertion does not declare signed verification.</source>
        <translation>Die signierte Assertion gibt keine signierte Verifizierung an.</translation>
    </message>
    <message>
        <source>The signature could not be checked without the issuer&apos;s profile.</source>
        <translation>Ohne das Profil des Ausstellers konnte die Signatur nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Neither the assertion nor the issuer names a key to check the signature with.</source>
        <translation>Weder die Assertion noch der Aussteller nennt einen Schlüssel, mit dem sich die Signatur prüfen ließe.</translation>
    </message>
    <message>
        <source>The signature algorithm %1 may not be used with this key: %2.</source>
        <translation>Der Signaturalgorithmus %1 darf mit diesem Schlüssel nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <source>The signature does not match: the badge was changed or signed with another key (%1).</source>
        <translation>Die Signatur passt nicht: Das Badge wurde verändert oder mit einem anderen Schlüssel signiert (%1).</translation>
    </message>
    <message>
        <source>The signature could not be checked: %1.</source>
        <translation>Die Signatur konnte nicht geprüft werden: %1.</translation>
    </message>
    <message>
        <source>The key document fetched from %1 describes another key.</source>
        <translation>Das von %1 abgerufene Schlüsseldokument beschreibt einen anderen Schlüssel.</translation>
    </message>
    <message>
        <source>The signing key belongs to &quot;%1&quot;, not to the issuer %2.</source>
        <translation>Der Signaturschlüssel gehört „%1“, nicht dem Aussteller %2.</translation>
    </message>
    <message>
        <source>The issuer&apos;s profile does not list the signing key %1.</source>
        <translation>Das Profil des Ausstellers führt den Signaturschlüssel %1 nicht auf.</translation>
    </message>
    <message>
        <source>The signing key is owned by the issuer and listed in its profile.</source>
        <translation>Der Signaturschlüssel gehört dem Aussteller und ist in dessen Profil aufgeführt.</translation>
    </message>
    <message>
        <source>The signing key could not be fetched: %1</source>
        <translation>Der Signaturschlüssel konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>None of the issuer&apos;s keys verifies the signature (%1).</source>
        <translation>Keiner der Schlüssel des Ausstellers verifiziert die Signatur (%1).</translation>
    </message>
    <message>
        <source>The issuer publishes no revocation list, so the badge cannot have been revoked through one.</source>
        <translation>Der Aussteller veröffentlicht keine Widerrufsliste, daher kann das Badge nicht über eine solche widerrufen worden sein.</translation>
    </message>
    <message>
        <source>Could not check whether the badge was revoked: %1</source>
        <translation>Es ließ sich nicht prüfen, ob das Badge widerrufen wurde: %1</translation>
    </message>
    <message>
        <source>The issuer has revoked this badge.</source>
        <translation>Der Aussteller hat dieses Badge widerrufen.</translation>
    </message>
    <message>
        <source>The issuer has revoked this badge: %1</source>
        <translation>Der Aussteller hat dieses Badge widerrufen: %1</translation>
    </message>
    <message>
        <source>The badge is not on the issuer&apos;s revocation list.</source>
        <translation>Das Badge steht nicht auf der Widerrufsliste des Ausstellers.</translation>
    </message>
    <message>
        <source>The assertion is hosted where the issuer allows its badges to be hosted.</source>
        <translation>Die Assertion wird dort gehostet, wo der Aussteller das Hosten seiner Badges erlaubt.</translation>
    </message>
    <message>
        <source>The assertion is hosted at %1, which the issuer does not allow for its badges.</source>
        <translation>Die Assertion wird unter %1 gehostet, was der Aussteller für seine Badges nicht erlaubt.</translation>
    </message>
    <message>
        <source>The badge says it is signed, but the file holds the assertion without its signature.</source>
        <translation>Das Badge gibt an, signiert zu sein, aber die Datei enthält die Assertion ohne ihre Signatur.</translation>
    </message>
    <message>
        <source>The hosted assertion could not be fetched: %1</source>
        <translation>Die gehostete Assertion konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>The assertion fetched from %1 has a different id.</source>
        <translation>Die von %1 abgerufene Assertion hat eine andere ID.</translation>
    </message>
    <message>
        <source>The assertion&apos;s verification type &quot;%1&quot; is unknown.</source>
        <translation>Der Verifizierungstyp „%1“ der Assertion ist unbekannt.</translation>
    </message>
    <message>
        <source>A hosted assertion must have a web address as its id.</source>
        <translation>Eine gehostete Assertion muss eine Webadresse als ID haben.</translation>
    </message>
    <message>
        <source>The hosted copy of the assertion could not be fetched: %1</source>
        <translation>Die gehostete Kopie der Assertion konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>The badge differs from the copy the issuer hosts at %1.</source>
        <translation>Das Badge weicht von der Kopie ab, die der Aussteller unter %1 hostet.</translation>
    </message>
    <message>
        <source>The badge is the same as the copy the issuer hosts.</source>
        <translation>Das Badge stimmt mit der Kopie überein, die der Aussteller hostet.</translation>
    </message>
    <message>
        <source>The assertion was fetched from where the issuer hosts it.</source>
        <translation>Die Assertion wurde von dort abgerufen, wo der Aussteller sie hostet.</translation>
    </message>
    <message>
        <source>Could not check whether the badge was revoked without its hosted copy.</source>
        <translation>Ohne die gehostete Kopie ließ sich nicht prüfen, ob das Badge widerrufen wurde.</translation>
    </message>
    <message>
        <source>The issuer has not revoked this badge.</source>
        <translation>Der Aussteller hat dieses Badge nicht widerrufen.</translation>
    </message>
    <message>
        <source>Could not check where the assertion may be hosted without the issuer&apos;s profile.</source>
        <translation>Ohne das Profil des Ausstellers ließ sich nicht prüfen, wo die Assertion gehostet werden darf.</translation>
    </message>
    <message>
        <source>it uses terms its JSON-LD contexts do not define (%1), which the signature cannot cover</source>
        <translation>es verwendet Begriffe, die seine JSON-LD-Kontexte nicht definieren (%1) und die die Signatur daher nicht abdecken kann</translation>
    </message>
    <message>
        <source>a P-256 or P-384 key</source>
        <translation>einen P-256- oder P-384-Schlüssel</translation>
    </message>
    <message>
        <source>%1 is not available offline (no local copy was given for it)</source>
        <translation>%1 ist offline nicht verfügbar (dafür wurde keine lokale Kopie angegeben)</translation>
    </message>
    <message>
        <source>cannot read the local copy of %1 (%2): %3</source>
        <translation>die lokale Kopie von %1 (%2) kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>the local copy of %1 is larger than 4 MiB</source>
        <translation>die lokale Kopie von %1 ist größer als 4 MiB</translation>
    </message>
    <message>
        <source>The %1 schema could not be loaded: %2</source>
        <translation>Das Schema %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>The %1 schema check could not run: %2</source>
        <translation>Die Prüfung gegen das Schema %1 konnte nicht laufen: %2</translation>
    </message>
    <message>
        <source>The credential follows the %1 schema.</source>
        <translation>Der Nachweis entspricht dem Schema %1.</translation>
    </message>
    <message>
        <source>The credential does not follow the %1 schema: %2</source>
        <translation>Der Nachweis entspricht nicht dem Schema %1: %2</translation>
    </message>
    <message>
        <source>The credential&apos;s status entry is incomplete (it needs statusPurpose, statusListIndex and statusListCredential).</source>
        <translation>Der Statuseintrag des Nachweises ist unvollständig (er braucht statusPurpose, statusListIndex und statusListCredential).</translation>
    </message>
    <message>
        <source>The status list is nested too deeply to check.</source>
        <translation>Die Statusliste ist zu tief verschachtelt, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>Could not check whether the credential was revoked: the status list %1 is not available.</source>
        <translation>Es ließ sich nicht prüfen, ob der Nachweis widerrufen wurde: Die Statusliste %1 ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Could not check whether the credential was revoked: %1</source>
        <translation>Es ließ sich nicht prüfen, ob der Nachweis widerrufen wurde: %1</translation>
    </message>
    <message>
        <source>The status list %1 does not verify, so it cannot be trusted.</source>
        <translation>Die Statusliste %1 lässt sich nicht verifizieren, daher kann ihr nicht vertraut werden.</translation>
    </message>
    <message>
        <source>The status list %1 could not be fully verified.</source>
        <translation>Die Statusliste %1 konnte nicht vollständig verifiziert werden.</translation>
    </message>
    <message>
        <source>The status list %1 was issued by someone other than the credential&apos;s issuer.</source>
        <translation>Die Statusliste %1 wurde von jemand anderem als dem Aussteller des Nachweises ausgestellt.</translation>
    </message>
    <message>
        <source>The document at %1 is not a %2.</source>
        <translation>Das Dokument unter %1 ist kein %2.</translation>
    </message>
    <message>
        <source>The status list %1 is not for %2.</source>
        <translation>Die Statusliste %1 ist nicht für %2 bestimmt.</translation>
    </message>
    <message>
        <source>The status list&apos;s encoded list is malformed: %1</source>
        <translation>Die kodierte Liste der Statusliste ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>The credential&apos;s status index %1 lies outside its status list.</source>
        <translation>Der Statusindex %1 des Nachweises liegt außerhalb seiner Statusliste.</translation>
    </message>
    <message>
        <source>The issuer has not revoked this credential.</source>
        <translation>Der Aussteller hat diesen Nachweis nicht widerrufen.</translation>
    </message>
    <message>
        <source>The issuer has not suspended this credential.</source>
        <translation>Der Aussteller hat diesen Nachweis nicht ausgesetzt.</translation>
    </message>
    <message>
        <source>The credential&apos;s %1 status is not set.</source>
        <translation>Der Status %1 des Nachweises ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>The issuer has revoked this credential.</source>
        <translation>Der Aussteller hat diesen Nachweis widerrufen.</translation>
    </message>
    <message>
        <source>The issuer has suspended this credential.</source>
        <translation>Der Aussteller hat diesen Nachweis ausgesetzt.</translation>
    </message>
    <message>
        <source>The credential&apos;s %1 status is set; see the issuer&apos;s status messages.</source>
        <translation>Der Status %1 des Nachweises ist gesetzt; siehe die Statusmeldungen des Ausstellers.</translation>
    </message>
    <message>
        <source>The revocation list %1 was published by someone other than the credential&apos;s issuer.</source>
        <translation>Die Widerrufsliste %1 wurde von jemand anderem als dem Aussteller des Nachweises veröffentlicht.</translation>
    </message>
    <message>
        <source>The issuer has revoked this credential: %1</source>
        <translation>Der Aussteller hat diesen Nachweis widerrufen: %1</translation>
    </message>
    <message>
        <source>The credential is not on the issuer&apos;s revocation list.</source>
        <translation>Der Nachweis steht nicht auf der Widerrufsliste des Ausstellers.</translation>
    </message>
    <message>
        <source>The credential uses the status method &quot;%1&quot;, which Credfolio cannot check, so it may have been revoked.</source>
        <translation>Der Nachweis verwendet die Statusmethode „%1“, die Credfolio nicht prüfen kann; er könnte also widerrufen worden sein.</translation>
    </message>
    <message>
        <source>The proof uses %1, which this version of Credfolio cannot check yet, so nothing is claimed about it.</source>
        <translation>Der Beweis verwendet %1, was diese Credfolio-Version noch nicht prüfen kann; daher wird darüber nichts behauptet.</translation>
    </message>
    <message>
        <source>The signed content is not a JSON credential: %1</source>
        <translation>Der signierte Inhalt ist kein JSON-Nachweis: %1</translation>
    </message>
    <message>
        <source>The key in the signature header includes its private part; such a badge cannot be trusted.</source>
        <translation>Der Schlüssel im Signatur-Header enthält seinen privaten Teil; einem solchen Badge kann nicht vertraut werden.</translation>
    </message>
    <message>
        <source>The key in the signature header is not usable: %1.</source>
        <translation>Der Schlüssel im Signatur-Header ist nicht verwendbar: %1.</translation>
    </message>
    <message>
        <source>The signing key is given in the signature header.</source>
        <translation>Der Signaturschlüssel ist im Signatur-Header angegeben.</translation>
    </message>
    <message>
        <source>The signature does not say which key made it (no kid or jwk header).</source>
        <translation>Die Signatur gibt nicht an, welcher Schlüssel sie erstellt hat (kein kid- oder jwk-Header).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; differs from the credential&apos;s %3 &quot;%4&quot;</source>
        <translation>%1 „%2“ weicht von %3 „%4“ des Nachweises ab</translation>
    </message>
    <message>
        <source>%1 is not a number of seconds</source>
        <translation>%1 ist keine Anzahl von Sekunden</translation>
    </message>
    <message>
        <source>%1 (%2) differs from the credential&apos;s %3 (%4)</source>
        <translation>%1 (%2) weicht von %3 (%4) des Nachweises ab</translation>
    </message>
    <message>
        <source>the token has no iss claim naming the issuer</source>
        <translation>das Token hat keinen iss-Claim, der den Aussteller nennt</translation>
    </message>
    <message>
        <source>The token&apos;s claims disagree with the credential: %1.</source>
        <translation>Die Claims des Tokens widersprechen dem Nachweis: %1.</translation>
    </message>
    <message>
        <source>The token is not valid yet (nbf %1).</source>
        <translation>Das Token ist noch nicht gültig (nbf %1).</translation>
    </message>
    <message>
        <source>The token expired on %1 (exp).</source>
        <translation>Das Token ist am %1 abgelaufen (exp).</translation>
    </message>
    <message>
        <source>The token&apos;s claims agree with the credential.</source>
        <translation>Die Claims des Tokens stimmen mit dem Nachweis überein.</translation>
    </message>
    <message>
        <source>the document is not valid JSON (%1)</source>
        <translation>das Dokument ist kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>the document is not a JSON object</source>
        <translation>das Dokument ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1 cannot be fetched: no documents were made available</source>
        <translation>%1 kann nicht abgerufen werden: Es wurden keine Dokumente bereitgestellt</translation>
    </message>
    <message>
        <source>%1 is not a valid address</source>
        <translation>%1 ist keine gültige Adresse</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a verifiable presentation can only be verified as a file of its own</source>
        <translation>eine verifizierbare Präsentation kann nur als eigene Datei verifiziert werden</translation>
    </message>
    <message>
        <source>The document is a W3C verifiable presentation.</source>
        <translation>Das Dokument ist eine W3C Verifiable Presentation.</translation>
    </message>
    <message>
        <source>The presentation&apos;s first @context is not the W3C credentials context, so verifiers cannot read it.</source>
        <translation>Der erste @context der Präsentation ist nicht der W3C-Credentials-Kontext, daher können Verifizierer sie nicht lesen.</translation>
    </message>
    <message>
        <source>The presentation carries no proof, so anyone could have put these credentials together.</source>
        <translation>Die Präsentation trägt keinen Beweis, also könnte jeder diese Nachweise zusammengestellt haben.</translation>
    </message>
    <message>
        <source>The presentation must carry exactly one proof object.</source>
        <translation>Die Präsentation muss genau ein Beweisobjekt tragen.</translation>
    </message>
    <message>
        <source>The presentation&apos;s proof uses &quot;%1&quot;, which Credfolio cannot check, so nothing is claimed about it.</source>
        <translation>Der Beweis der Präsentation verwendet „%1“, was Credfolio nicht prüfen kann; daher wird darüber nichts behauptet.</translation>
    </message>
    <message>
        <source>The presentation&apos;s proof uses the %1 cryptosuite.</source>
        <translation>Der Beweis der Präsentation verwendet die Cryptosuite %1.</translation>
    </message>
    <message>
        <source>The presentation&apos;s proof purpose is &quot;%1&quot;, not a holder presenting (authentication).</source>
        <translation>Der Zweck des Beweises der Präsentation ist „%1“, nicht das Vorlegen durch den Inhaber (authentication).</translation>
    </message>
    <message>
        <source>The proof was made by the holder to present (authentication).</source>
        <translation>Der Beweis wurde vom Inhaber zum Vorlegen erstellt (authentication).</translation>
    </message>
    <message>
        <source>The proof answers the challenge %1.</source>
        <translation>Der Beweis beantwortet die Challenge %1.</translation>
    </message>
    <message>
        <source>The proof answers no challenge, but %1 was expected.</source>
        <translation>Der Beweis beantwortet keine Challenge, erwartet wurde aber %1.</translation>
    </message>
    <message>
        <source>The proof answers the challenge %1, not %2: it was made for another request.</source>
        <translation>Der Beweis beantwortet die Challenge %1, nicht %2: Er wurde für eine andere Anfrage erstellt.</translation>
    </message>
    <message>
        <source>The proof answers the challenge %1; no expected challenge was given to compare it with.</source>
        <translation>Der Beweis beantwortet die Challenge %1; es wurde keine erwartete Challenge zum Vergleich angegeben.</translation>
    </message>
    <message>
        <source>The proof was made for the domain %1.</source>
        <translation>Der Beweis wurde für die Domain %1 erstellt.</translation>
    </message>
    <message>
        <source>The proof was made for %1, not for the domain %2.</source>
        <translation>Der Beweis wurde für %1 erstellt, nicht für die Domain %2.</translation>
    </message>
    <message>
        <source>no domain</source>
        <translation>keine Domain</translation>
    </message>
    <message>
        <source>The proof was made for the domain %1; no expected domain was given to compare it with.</source>
        <translation>Der Beweis wurde für die Domain %1 erstellt; es wurde keine erwartete Domain zum Vergleich angegeben.</translation>
    </message>
    <message>
        <source>The presentation names no holder, so nothing ties it to the person presenting.</source>
        <translation>Die Präsentation nennt keinen Inhaber, daher verbindet nichts sie mit der vorlegenden Person.</translation>
    </message>
    <message>
        <source>The presentation was signed with %1, which is not a key of its holder %2.</source>
        <translation>Die Präsentation wurde mit %1 signiert, das kein Schlüssel ihres Inhabers %2 ist.</translation>
    </message>
    <message>
        <source>The presentation was signed by its holder %1.</source>
        <translation>Die Präsentation wurde von ihrem Inhaber %1 signiert.</translation>
    </message>
    <message>
        <source>The holder&apos;s key %1 cannot be used: %2</source>
        <translation>Der Schlüssel %1 des Inhabers kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The holder&apos;s key %1 could not be fetched: %2</source>
        <translation>Der Schlüssel %1 des Inhabers konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>%1 has no key %2.</source>
        <translation>%1 hat keinen Schlüssel %2.</translation>
    </message>
    <message>
        <source>The key %1 is not allowed to authenticate as %2 (it is not an authentication method).</source>
        <translation>Der Schlüssel %1 darf sich nicht als %2 authentifizieren (er ist keine Authentifizierungsmethode).</translation>
    </message>
    <message>
        <source>The holder&apos;s key %1 was found.</source>
        <translation>Der Schlüssel %1 des Inhabers wurde gefunden.</translation>
    </message>
    <message>
        <source>The presentation&apos;s cryptosuite cannot be used with the %1 key %2.</source>
        <translation>Die Cryptosuite der Präsentation kann nicht mit dem %1-Schlüssel %2 verwendet werden.</translation>
    </message>
    <message>
        <source>The presentation&apos;s signature value is malformed.</source>
        <translation>Der Signaturwert der Präsentation ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The proof does not fit the presentation: %1.</source>
        <translation>Der Beweis passt nicht zur Präsentation: %1.</translation>
    </message>
    <message>
        <source>The presentation could not be prepared for checking, so its signature was not checked: %1.</source>
        <translation>Die Präsentation konnte nicht für die Prüfung vorbereitet werden, daher wurde ihre Signatur nicht geprüft: %1.</translation>
    </message>
    <message>
        <source>The holder&apos;s signature matches the presentation and everything in it.</source>
        <translation>Die Signatur des Inhabers passt zur Präsentation und zu allem, was sie enthält.</translation>
    </message>
    <message>
        <source>The holder&apos;s signature does not match: the presentation was changed after it was signed.</source>
        <translation>Die Signatur des Inhabers passt nicht: Die Präsentation wurde nach dem Signieren verändert.</translation>
    </message>
    <message>
        <source>The presentation carries no credentials.</source>
        <translation>Die Präsentation enthält keine Nachweise.</translation>
    </message>
    <message>
        <source>an entry of verifiableCredential is neither a credential nor a JWT</source>
        <translation>ein Eintrag von verifiableCredential ist weder ein Nachweis noch ein JWT</translation>
    </message>
    <message>
        <source>a presentation cannot carry another presentation</source>
        <translation>eine Präsentation kann keine andere Präsentation enthalten</translation>
    </message>
    <message>
        <source>the enveloped credential&apos;s id is not a data: URL</source>
        <translation>die id des umschlossenen Nachweises ist keine data:-URL</translation>
    </message>
    <message>
        <source>The enveloped credential is of media type %1, which Credfolio cannot check.</source>
        <translation>Der umschlossene Nachweis hat den Medientyp %1, den Credfolio nicht prüfen kann.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the credentials in the presentation did not verify: forged, changed or malformed.</source>
        <translation>
            <numerusform>%n der Nachweise in der Präsentation wurde nicht verifiziert: gefälscht, verändert oder fehlerhaft.</numerusform>
            <numerusform>%n der Nachweise in der Präsentation wurden nicht verifiziert: gefälscht, verändert oder fehlerhaft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the credentials in the presentation is expired or revoked.</source>
        <translation>
            <numerusform>%n der Nachweise in der Präsentation ist abgelaufen oder widerrufen.</numerusform>
            <numerusform>%n der Nachweise in der Präsentation sind abgelaufen oder widerrufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the credentials in the presentation could not be fully checked.</source>
        <translation>
            <numerusform>%n der Nachweise in der Präsentation konnte nicht vollständig geprüft werden.</numerusform>
            <numerusform>%n der Nachweise in der Präsentation konnten nicht vollständig geprüft werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n credentials in the presentation verify.</source>
        <translation>
            <numerusform>Der Nachweis in der Präsentation (%n) ist verifiziert.</numerusform>
            <numerusform>Alle %n Nachweise in der Präsentation sind verifiziert.</numerusform>
        </translation>
    </message>
</context>
</TS>
