<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BadgeImporter</name>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MiB; badge files over %2 MiB are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored because it failed verification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no badge %1 in the portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A self-reported credential needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a full link (like https://example.org/certificate/123).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment %1 is larger than %2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You entered this credential yourself; it carries no data anyone can verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This credential is already in the portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgeState</name>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgeStore</name>
    <message>
        <source>A collection needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a collection named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image Credfolio shows (PNG, JPEG, GIF, WebP or SVG up to 2 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no badge %1 in the portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge is already back in the portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkImport</name>
    <message>
        <source>This is a link; allow online checks to import badges from links, or download the badge and import the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundledContexts</name>
    <message>
        <source>The context %1 is not bundled with Credfolio and online checks are off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Canonicalizer</name>
    <message>
        <source>canonicalization stopped after %1 steps: the data&apos;s blank nodes are too symmetric to label in reasonable time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data holds a statement that is not RDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogFileImport</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated; microcredentials: %4 added, %5 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was not imported&lt;/b&gt; and your catalog was not changed. Fix the problems listed below and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogImporter</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 MiB; catalogs of more than %2 MiB are not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog holds no providers, skills, courses or microcredentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no provider has the id &quot;%1&quot;; list it under &quot;providers&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no skill has the id &quot;%1&quot;; list it under &quot;skills&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no course has the id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider id &quot;%1&quot; is already used at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the skill id &quot;%1&quot; is already used at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the course id &quot;%1&quot; is already used at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the microcredential id &quot;%1&quot; is already used at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogReader</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; a header row naming the columns is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; (known columns: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this required value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a course that costs money needs a currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; was named &quot;%2&quot; on an earlier row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has a header row but no courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object ({...})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a requirement needs at least one course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;n&quot; belongs only to &quot;n_of&quot; requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks for %1 courses but the list offers only %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;all&quot; or &quot;n_of&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a microcredential needs at least one requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the achievement&apos;s id, its name, or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a catalog must be a JSON object with &quot;format&quot;: &quot;credfolio-catalog&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Credfolio catalog (&quot;format&quot; must be &quot;credfolio-catalog&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog format version %1 is not supported by this version of Credfolio (it reads version 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote appears inside a field that does not start with one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text follows the closing quote of a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is never closed (it opens here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (allowed here: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list ([...])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogRules</name>
    <message>
        <source>the id is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; may only use lowercase letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, and must start with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter currency code such as USD or EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language tag such as en or pt-BR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (http or https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute URI (such as https://... or urn:...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours must be a number above 0 and at most 10000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost must be a number of 0 (free) or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Credfolio portfolio (it is not an SQLite database). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio is busy: another Credfolio window or command is writing to it. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio file is read-only, so nothing could be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so nothing could be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio file is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No portfolio file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read as a Credfolio portfolio. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Credfolio portfolio. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This portfolio was written by a newer version of Credfolio (format %1; this version reads up to %2). Update Credfolio to open it. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the portfolio&apos;s format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the portfolio to format %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: the connection is not an open SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DefaultCatalog</name>
    <message>
        <source>The built-in course catalog is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in course catalog could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportSelection</name>
    <message>
        <source>Choose either a collection or badges, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no badge %1 in the portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no collection named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection &quot;%1&quot; holds no badges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio holds no badges to export (sample badges are left out unless picked).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-paced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructor-led</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>India</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Austria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonLd</name>
    <message>
        <source>JSON-LD processing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 could not be written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key file already exists at %1; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 could not be put in place: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a Credfolio key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 could not be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>The keychain can only be used by a running application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier request to the keychain is still waiting for an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearnerKeys</name>
    <message>
        <source>There is no signing key in the keychain yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access to your signing key. It may be locked: unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service answered on this computer, so Credfolio cannot keep your signing key there. You can keep it in a key file protected by a passphrase instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio has no usable identifier, so its signing key cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This portfolio&apos;s signing key is kept in a key file protected by a passphrase (%1). Unlock it with its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry for your signing key is damaged: it does not hold a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not keep your new signing key; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file opened but does not hold a signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The key file %1 does not read back as written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerProfile</name>
    <message>
        <source>The profile cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a full URL (like https://example.org/me).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NQuads</name>
    <message>
        <source>expected &quot;.&quot; at the end of the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the end of the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subject must be an IRI or a blank node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the predicate must be an IRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the graph label must be an IRI or a blank node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete \%1 escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid hex digit in \%1 escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the escape does not name a Unicode character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated IRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only \u and \U escapes are allowed in an IRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character not allowed in an IRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IRI &lt;%1&gt; is relative; N-Quads needs absolute IRIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a blank node label starts with &quot;_:&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty blank node label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a blank node label cannot start with &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string literal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line break inside a string literal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown escape \%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed language tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a datatype must be an IRI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseSeal</name>
    <message>
        <source>The key file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Credfolio key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The key file is incomplete: it ends after %n byte(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The key file was made by a newer version of Credfolio (format %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is damaged: its format version is 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is damaged: its length field is impossible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is incomplete: %1 of %2 bytes are there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is damaged: it has %1 unexpected bytes at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is damaged: its checksum does not match its contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file uses a key derivation this version of Credfolio does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file asks for an Argon2id cost outside the accepted bounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sealed secret holds 1 to %1 bytes, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Argon2id cost is outside the accepted bounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be sealed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressStore</name>
    <message>
        <source>There is no microcredential with the id &quot;%1&quot; in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microcredential &quot;%1&quot; is not in your plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no course with the id &quot;%1&quot; in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress must be a percentage from 0 to 100, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The completion date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>there is no badge &quot;%1&quot; in the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store badges that fail verification too, marked invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge files, or folders to import recursively.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no badge file or folder given; usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folders given hold no files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported, %2 already in the portfolio, %3 refused, %4 not imported (errors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only badges matching these words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only badges in this collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no collection named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio holds no badges yet. Add some with: credfolio-cli import FILE|FOLDER...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [sample]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge&apos;s number, credential id or SHA-256 prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one badge: credfolio-cli badges show ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 (checked %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges to verify again (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write its original file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a badge and a file: credfolio-cli badges export ID OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the badges to delete: credfolio-cli badges delete ID...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line about you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address you receive badges at (repeatable; replaces the list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A URL you receive badges under (repeatable; replaces the list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URLs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, create NAME, add NAME ID..., remove NAME ID..., delete NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the collection: credfolio-cli collection %1 NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown collection action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the badges to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add or remove the sample badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say add or remove: credfolio-cli samples add|remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sample badges added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sample badges removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show (default) or create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where no keychain answers: keep the key in a file sealed with the passphrase read from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say show or create: credfolio-cli key [show | create]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the passphrase file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --passphrase-file FILE to keep the key in a passphrase-protected file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signing key yet. Create one with: credfolio-cli key create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created your signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a number of 0 or more, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only courses from this provider (id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only courses teaching this skill (id or label).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beginner, intermediate or advanced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only courses in this language (e.g. en, de).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-paced, instructor-led, blended or in-person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N hours long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costing at most N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only free courses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relevance, title, duration or cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most N courses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to search for (prefixes match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--level must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delivery must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sort must be relevance, title, duration or cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No course matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1, %2 courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A catalog file, JSON or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one catalog file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: %n problem(s) found; nothing was changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2 courses added, %3 updated; %4 microcredentials added, %5 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the course catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List microcredentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a JSON or CSV catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pursue a microcredential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop pursuing a microcredential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the microcredentials you pursue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a course&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show progress toward your microcredentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify badge files (Open Badges 2.0 and 3.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify badge files and keep them in the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the badges in the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a badge and its verification report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify stored badges again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a badge&apos;s original file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete badges from the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or set your name and the identities you receive badges under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List and edit collections of badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or create your signing key (kept in the OS keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or remove the sample badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: credfolio-cli COMMAND [OPTIONS] [--db PATH] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run credfolio-cli COMMAND --help for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the portfolio at PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON value on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the badges of the collection NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the badge with this id (repeat for more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--badge takes a badge id (a positive number), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--collection needs a collection name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --collection or --badge, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A microcredential id (see: credfolio-cli catalog credentials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one microcredential id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to your plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from your plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown plan command &quot;%1&quot; (try: plan add ID, plan remove ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan is empty. Add a microcredential with: credfolio-cli plan add ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned, in-progress, completed (or none to clear).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far through the course, 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion date, YYYY-MM-DD (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A course id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one course id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status is required (planned, in-progress or completed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be planned, in-progress or completed, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--percent must be a whole number from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--percent goes with --status in-progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date must be a date written YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date goes with --status completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown progress command &quot;%1&quot; (try: progress set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not pursuing any microcredential yet. Add one with: credfolio-cli plan add ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h left: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge validity at this time (ISO 8601; default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the document at URL from a local FILE (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow online checks: documents not given with --resolve are fetched over HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at needs an ISO 8601 date and time such as 2024-06-01T12:00:00Z, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resolve needs URL=FILE, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resolve %1: no such file &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge files to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no badge file given; usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credfolio::BadgeCardDelegate</name>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credfolio::BadgeDetailPane</name>
    <message>
        <source>Choose a badge to see what it says and why it can be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the credential says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veri&amp;fication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ra&amp;w JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the badge again now (online too, when online checks are allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Original…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the badge file exactly as it was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;llections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the badge in collections, such as one per job application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the badge from the portfolio (can be undone until you quit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 badges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your skills, as your badges show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a sample badge from a fictional academy, here so you can explore. It is not a real achievement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-reported: you entered this credential yourself; nothing about it can be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills and alignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-reported: nothing to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This badge failed verification and is kept only because you chose to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 KiB) — press Enter to save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credfolio::BadgeListModel</name>
    <message>
        <source>, issued by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (sample badge)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credfolio::CatalogFilterBar</name>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only courses from this provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only courses that teach this skill. Type to find a skill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only courses at this level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only courses taught in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only courses delivered this way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest course, in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only courses that take at most this many hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only courses that cost at most this much, in the course&apos;s own currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Free only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free courses only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only courses that cost nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order of the courses in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (A to Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest price first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all courses again: remove every filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credfolio::CatalogView</name>
    <message>
        <source>Search courses, skills, providers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words from a course&apos;s title, skills, provider or summary (Ctrl+F). Escape clears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of courses found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses that match your search. Press Enter to work with the chosen course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Title, Hours or Cost to sort by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every course again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No courses match these filters.&lt;/b&gt;&lt;br&gt;Try clearing some of the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No courses match “%1”.&lt;/b&gt;&lt;br&gt;Try fewer words or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credfolio::CourseDetailPane</name>
    <message>
        <source>Course details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills you practise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts toward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a course in the list to see what it teaches, what it costs and which microcredentials it counts toward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the course page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;i&gt;(in your plan)&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microcredential needs this course yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress on this course could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credfolio::CourseStatusEditor</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you stand with this course. Changes are saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the course you have done so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day you finished the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add course to plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this course as one you plan to take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done so far:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credfolio::CourseTableModel</name>
    <message>
        <source>%1
Skills: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credfolio::ImportSummaryDialog</name>
    <message numerus="yes">
        <source>%n badge(s) imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the portfolio</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not a badge or unreadable</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed verification and not kept</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; the files not reached were not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Invalid Badges Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the badges that failed verification; they stay marked invalid everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a badge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credfolio::MainWindow</name>
    <message>
        <source>Credfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between finding courses, following your progress and your badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find courses (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your microcredentials and progress (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your badges (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Badges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify badge files (PNG, SVG, JSON, JWT) and keep them in your portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Badge &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every badge in a folder and its subfolders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the courses and microcredentials of a catalog file (JSON or CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name and the email addresses and URLs you receive badges under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a badge copied as text (a JWT or JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ortfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Self-Reported Credential…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;Online Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch hosted badges, issuer keys and revocation lists over HTTPS when verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-verify All Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Sample &amp;Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Sample Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Credfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n badge file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) of badges</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge link(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Drop to import %1 into your portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Drop to add %n catalog file(s) to the course catalog</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no text to import as a badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge files (*.png *.svg *.json *.jws *.jwt *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Badge Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog files (*.json *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Credfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Credfolio %1&lt;/h3&gt;&lt;p&gt;Plan microcredentials, follow your progress and keep verified digital badges.&lt;/p&gt;&lt;p&gt;Your portfolio: &lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credfolio::MessageWidget</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every problem that was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credfolio::MicrocredentialDetailPane</name>
    <message>
        <source>Microcredential details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a microcredential to see what it asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Issued by %1.&lt;/i&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What you need&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ✔ &lt;i&gt;completed&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Skills it certifies&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop pursuing this microcredential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pursue this microcredential: it appears above with your progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credfolio::MicrocredentialListModel</name>
    <message>
        <source>In your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microcredential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credfolio::PassphraseDialog</name>
    <message>
        <source>Protect Your Signing Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock Your Signing Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your signing key will be kept in a file protected by a passphrase. Choose one of at least %n characters; nobody can recover it for you.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the passphrase that protects your signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is too short: use at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credfolio::PlanCard</name>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop pursuing this microcredential. Your course progress is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress toward %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Earned: its badge is in your portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ All requirements met: this microcredential is earned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to do: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest way to finish:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (in progress, %1% done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this course in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credfolio::PortfolioView</name>
    <message>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Original…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search badges: name, issuer, skill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop importing; badges already imported stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your badges live here&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop badge files or whole folders anywhere on this window — baked PNG or SVG images, JSON, or JWT files — or paste a badge with Ctrl+V. Credfolio checks each one&apos;s signature, issuer, dates and revocation, and keeps the original safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Badges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge files (*.png *.svg *.json *.jws *.jwt *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore with &amp;Sample Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds three sample badges from a fictional academy; remove them in one step later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are looking at sample badges from a fictional academy. They are not real achievements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online checks are on: verification may fetch hosted badges, keys and revocation lists over HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online checks are off: badges are verified with what they carry and what Credfolio bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge Failed Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Keep it anyway? It will stay marked invalid everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This badge is already in your portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted text is not a badge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from your portfolio? You can undo this with Edit &gt; Undo Delete until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Original Badge File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the original file to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile saved. Re-verify your badges to check their recipients against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (for example, the job you apply for):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample badges could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sample badge(s) removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running; wait for it to finish or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n badge file(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for badge files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge could not be verified again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; checked again: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every badge was checked again; %n changed status.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credfolio::ProfileDialog</name>
    <message>
        <source>Your Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email addresses, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URLs, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges are issued to an email address or a URL. Credfolio checks each badge&apos;s recipient against these and flags a badge issued to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;Signing Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the key that signs the portfolios you export; it is kept in your system&apos;s keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Emails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URLs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: it is made the first time you sign an export, or now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credfolio::ProgressView</name>
    <message>
        <source>Your microcredentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not pursuing any microcredential yet. Choose one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a microcredential to pursue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microcredentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every microcredential in the catalog. Choose one to see what it asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This microcredential could not be added to your plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This microcredential could not be removed from your plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credfolio::SelfReportedDialog</name>
    <message>
        <source>Add Self-Reported Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a certificate without verifiable data, such as a course platform&apos;s PDF. It will always be labelled self-reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach &amp;Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be attached: it is unreadable or larger than 16 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the credential a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link must be a full address, like https://example.org/certificate/123.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crypto</name>
    <message>
        <source>the data is not gzip-compressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gzip is not available in this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compressed data expands beyond %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gzip data is corrupt (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan microcredentials and keep verified digital badges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the portfolio at PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credfolio cannot open your portfolio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verify</name>
    <message>
        <source>the published key includes its private part, so it cannot be trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key document holds no public key Credfolio can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key document has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the did:web identifier %1 is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the did:web identifier %1 does not name a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DID method of %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the did:key identifier holds no usable key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the did:jwk identifier is not valid base64url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the did:jwk identifier does not hold a JSON key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the did:jwk key includes its private part, so it cannot be trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the did:jwk key is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DID document of %1 cannot be fetched here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DID document of %1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DID document fetched for %1 describes %2 instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s (timed out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 (too large); it was not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not reach %1 securely: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (a redirect) without saying where to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was served as %2, not as a JSON, JSON-LD, JWT or text document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address that can be fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an https:// address; online checks fetch documents only over HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carries a user name or password; it is not fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be fetched: online checks need a running application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be fetched: this installation has no TLS support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected to %2, which is not an https:// address; it was not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected to an address with a user name or password, or without a host; it was not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times; it was not followed further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not available (no local copy and no network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; in %2 is not a valid date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential is not valid yet: it becomes valid on %1 (%2), after the time checked, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential expired on %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential is within its validity period (until %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential has no expiry date and is valid from its issue date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential does not start with the W3C Verifiable Credentials context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential&apos;s type does not include VerifiableCredential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential does not name its issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential has no subject (credentialSubject).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential has no issuance date, which version 1.1 credentials require.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential has the shape of a W3C Verifiable Credential (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential names no recipient identity to compare with the one expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential names no recipient identity (email or URL) to compare with yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge was issued to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient identity is hashed with %1, which is not a known method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge was not issued to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This badge was issued to someone else: its recipient is none of your identities (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials carried inside this one are nested too deeply to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the credentials carried inside this one did not verify.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the credentials carried inside this one could not be fully checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n credentials carried inside this one verify.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the JSON is not a badge: it is neither an Open Badges assertion nor a verifiable credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential carries no signature or proof, so anyone could have written it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is neither a JSON credential nor a compact JWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential is not strict JSON, so its proof cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential&apos;s proof is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential&apos;s proof is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof uses &quot;%1&quot;, a kind of proof Credfolio does not know, so nothing is claimed about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof follows an earlier proof (previousProof) that the credential does not carry exactly once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proof has a @context but the document has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proof&apos;s @context does not match the document&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be a base58btc signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof uses the %1 cryptosuite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof&apos;s purpose is &quot;%1&quot;, not issuing a credential (assertionMethod).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof was made to issue a credential (assertionMethod).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof&apos;s created or expires date is not a valid date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof claims to have been made on %1, after the time checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof&apos;s dates are in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof&apos;s signature value is malformed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key %1 could not be fetched: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature could not be checked without the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key %1 was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2, but %3 is a %4 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof&apos;s signature value has the wrong length for a %1 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed content could not be prepared, so the signature was not checked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof does not fit the credential: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 signature matches the content and the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match: the badge was changed or signed with another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a P-256 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be base64url (multibase &apos;u&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a base proof, which only the holder uses; a verifier needs a derived proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an ecdsa-sd-2023 derived proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its CBOR content is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its blank node label map is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its mandatory statement list is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proof gives no label for blank node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proof names a mandatory statement the credential does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credential discloses %1 statements but the proof signs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proof&apos;s per-statement key is not a P-256 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature of a disclosed statement does not match: the credential was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Ed25519 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key is named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key reference %1 is neither a DID nor a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not say which of its keys signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key %1 is not allowed to issue credentials (it is not an assertion method)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key set at %1 has no key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key in %1 is not usable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key at %1 is not usable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key document at %1 describes %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists no key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential does not name its issuer, so the key cannot be tied to anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key is controlled by the issuer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key belongs to the issuer&apos;s DID (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check that the signing key belongs to the issuer: the issuer&apos;s profile is not available (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer profile fetched for %1 describes %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check that the signing key belongs to the issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s profile lists the signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key that signed this credential is not one the issuer (%1) lists as its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge description could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge description fetched from %1 describes a different badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assertion does not say which badge it awards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s profile could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer profile fetched from %1 describes a different issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge does not name its issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer is %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is unacceptable: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed assertion does not declare signed verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature could not be checked without the issuer&apos;s profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither the assertion nor the issuer names a key to check the signature with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature algorithm %1 may not be used with this key: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match: the badge was changed or signed with another key (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature could not be checked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key document fetched from %1 describes another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key belongs to &quot;%1&quot;, not to the issuer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s profile does not list the signing key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key is owned by the issuer and listed in its profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the issuer&apos;s keys verifies the signature (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer publishes no revocation list, so the badge cannot have been revoked through one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check whether the badge was revoked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer has revoked this badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer has revoked this badge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge is not on the issuer&apos;s revocation list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assertion is hosted where the issuer allows its badges to be hosted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assertion is hosted at %1, which the issuer does not allow for its badges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge says it is signed, but the file holds the assertion without its signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hosted assertion could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assertion fetched from %1 has a different id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assertion&apos;s verification type &quot;%1&quot; is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hosted assertion must have a web address as its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hosted copy of the assertion could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge differs from the copy the issuer hosts at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge is the same as the copy the issuer hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assertion was fetched from where the issuer hosts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check whether the badge was revoked without its hosted copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer has not revoked this badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check where the assertion may be hosted without the issuer&apos;s profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it uses terms its JSON-LD contexts do not define (%1), which the signature cannot cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a P-256 or P-384 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not available offline (no local copy was given for it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the local copy of %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local copy of %1 is larger than 4 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 schema could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 schema check could not run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential follows the %1 schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential does not follow the %1 schema: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential&apos;s status entry is incomplete (it needs statusPurpose, statusListIndex and statusListCredential).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list is nested too deeply to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check whether the credential was revoked: the status list %1 is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check whether the credential was revoked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list %1 does not verify, so it cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list %1 could not be fully verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list %1 was issued by someone other than the credential&apos;s issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document at %1 is not a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list %1 is not for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list&apos;s encoded list is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential&apos;s status index %1 lies outside its status list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer has not revoked this credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer has not suspended this credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential&apos;s %1 status is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer has revoked this credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer has suspended this credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential&apos;s %1 status is set; see the issuer&apos;s status messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation list %1 was published by someone other than the credential&apos;s issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer has revoked this credential: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential is not on the issuer&apos;s revocation list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential uses the status method &quot;%1&quot;, which Credfolio cannot check, so it may have been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof uses %1, which this version of Credfolio cannot check yet, so nothing is claimed about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed content is not a JSON credential: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key in the signature header includes its private part; such a badge cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key in the signature header is not usable: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key is given in the signature header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not say which key made it (no kid or jwk header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; differs from the credential&apos;s %3 &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) differs from the credential&apos;s %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token has no iss claim naming the issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s claims disagree with the credential: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is not valid yet (nbf %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token expired on %1 (exp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s claims agree with the credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be fetched: no documents were made available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
