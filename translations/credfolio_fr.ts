<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Backup</name>
    <message>
        <source>The backup was cancelled; nothing was written.</source>
        <translation>La sauvegarde a été annulée ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>There is no portfolio at %1 to back up.</source>
        <translation>Il n’y a pas de portfolio à l’emplacement %1 à sauvegarder.</translation>
    </message>
    <message>
        <source>Choose another file for the backup: %1 is %2.</source>
        <translation>Choisissez un autre fichier pour la sauvegarde : %1 est %2.</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>the portfolio itself</source>
        <translation>le portfolio lui-même</translation>
    </message>
    <message>
        <source>The backup failed its integrity check (%1); nothing was written.</source>
        <translation>La sauvegarde n’a pas passé son contrôle d’intégrité (%1) ; rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>BadgeImporter</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Le fichier n’existe pas.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Ceci est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>The file is %1 MiB; badge files over %2 MiB are refused.</source>
        <translation>Le fichier fait %1 Mio ; les fichiers de badge de plus de %2 Mio sont refusés.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>This is a signed presentation (credentials bundled for an employer), not a badge: import the badges it carries from their own files.</source>
        <translation>Ceci est une présentation signée (des attestations regroupées pour un employeur), pas un badge : importez les badges qu’elle contient à partir de leurs propres fichiers.</translation>
    </message>
    <message>
        <source>Already in the portfolio.</source>
        <translation>Déjà dans le portfolio.</translation>
    </message>
    <message>
        <source>Not stored because it failed verification: %1</source>
        <translation>Non enregistré, car la vérification a échoué : %1</translation>
    </message>
    <message>
        <source>There is no badge %1 in the portfolio.</source>
        <translation>Il n’y a pas de badge %1 dans le portfolio.</translation>
    </message>
    <message>
        <source>A self-reported credential needs a name.</source>
        <translation>Une attestation autodéclarée doit avoir un nom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a full link (like https://example.org/certificate/123).</source>
        <translation>« %1 » n’est pas un lien complet (comme https://example.org/certificate/123).</translation>
    </message>
    <message>
        <source>The attachment %1 is larger than %2 MiB.</source>
        <translation>La pièce jointe %1 dépasse %2 Mio.</translation>
    </message>
    <message>
        <source>You entered this credential yourself; it carries no data anyone can verify.</source>
        <translation>Vous avez saisi cette attestation vous-même ; elle ne contient aucune donnée vérifiable par quiconque.</translation>
    </message>
    <message>
        <source>This credential is already in the portfolio.</source>
        <translation>Cette attestation est déjà dans le portfolio.</translation>
    </message>
</context>
<context>
    <name>BadgeState</name>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalide</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Self-reported</source>
        <translation>Autodéclaré</translation>
    </message>
</context>
<context>
    <name>BadgeStore</name>
    <message>
        <source>A collection needs a name.</source>
        <translation>Une collection doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a collection named &quot;%1&quot;.</source>
        <translation>Il existe déjà une collection nommée « %1 ».</translation>
    </message>
    <message>
        <source>%1 is not an image Credfolio shows (PNG, JPEG, GIF, WebP or SVG up to 2 MiB).</source>
        <translation>%1 n’est pas une image que Credfolio affiche (PNG, JPEG, GIF, WebP ou SVG jusqu’à 2 Mio).</translation>
    </message>
    <message>
        <source>The badge could not be stored: %1</source>
        <translation>Le badge n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>There is no badge %1 in the portfolio.</source>
        <translation>Il n’y a pas de badge %1 dans le portfolio.</translation>
    </message>
    <message>
        <source>The badge is already back in the portfolio.</source>
        <translation>Le badge est déjà de retour dans le portfolio.</translation>
    </message>
</context>
<context>
    <name>BulkImport</name>
    <message>
        <source>This is a link; allow online checks to import badges from links, or download the badge and import the file.</source>
        <translation>Ceci est un lien ; autorisez les vérifications en ligne pour importer des badges à partir de liens, ou téléchargez le badge et importez le fichier.</translation>
    </message>
</context>
<context>
    <name>BundledContexts</name>
    <message>
        <source>The context %1 is not bundled with Credfolio and online checks are off</source>
        <translation>Le contexte %1 n’est pas fourni avec Credfolio et les vérifications en ligne sont désactivées</translation>
    </message>
</context>
<context>
    <name>Canonicalizer</name>
    <message>
        <source>canonicalization stopped after %1 steps: the data&apos;s blank nodes are too symmetric to label in reasonable time</source>
        <translation>canonicalisation interrompue après %1 étapes : les nœuds anonymes des données sont trop symétriques pour être étiquetés en un temps raisonnable</translation>
    </message>
    <message>
        <source>the data holds a statement that is not RDF</source>
        <translation>les données contiennent un énoncé qui n’est pas du RDF</translation>
    </message>
</context>
<context>
    <name>CatalogFileImport</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated; microcredentials: %4 added, %5 updated.</source>
        <translation>Import de %1 : %2 ajoutés, %3 mis à jour ; microcertifications : %4 ajoutées, %5 mises à jour.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was not imported&lt;/b&gt; and your catalog was not changed. Fix the problems listed below and try again.</source>
        <translation>&lt;b&gt;%1 n’a pas été importé&lt;/b&gt; et votre catalogue n’a pas été modifié. Corrigez les problèmes indiqués ci-dessous, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>CatalogImporter</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d’ouvrir le fichier : %1</translation>
    </message>
    <message>
        <source>the file is %1 MiB; catalogs of more than %2 MiB are not accepted</source>
        <translation>le fichier fait %1 Mio ; les catalogues de plus de %2 Mio ne sont pas acceptés</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>… et %1 autres problèmes</translation>
    </message>
    <message>
        <source>the catalog holds no providers, skills, courses or microcredentials</source>
        <translation>le catalogue ne contient aucun organisme, aucune compétence, aucun cours ni aucune microcertification</translation>
    </message>
    <message>
        <source>the provider id &quot;%1&quot; is already used at %2</source>
        <translation>l’identifiant d’organisme « %1 » est déjà utilisé (%2)</translation>
    </message>
    <message>
        <source>the skill id &quot;%1&quot; is already used at %2</source>
        <translation>l’identifiant de compétence « %1 » est déjà utilisé (%2)</translation>
    </message>
    <message>
        <source>the course id &quot;%1&quot; is already used at %2</source>
        <translation>l’identifiant de cours « %1 » est déjà utilisé (%2)</translation>
    </message>
    <message>
        <source>the microcredential id &quot;%1&quot; is already used at %2</source>
        <translation>l’identifiant de microcertification « %1 » est déjà utilisé (%2)</translation>
    </message>
    <message>
        <source>no provider has the id &quot;%1&quot;; list it under &quot;providers&quot;</source>
        <translation>aucun organisme n’a l’identifiant « %1 » ; ajoutez-le sous &quot;providers&quot;</translation>
    </message>
    <message>
        <source>no skill has the id &quot;%1&quot;; list it under &quot;skills&quot;</source>
        <translation>aucune compétence n’a l’identifiant « %1 » ; ajoutez-la sous &quot;skills&quot;</translation>
    </message>
    <message>
        <source>no course has the id &quot;%1&quot;</source>
        <translation>aucun cours n’a l’identifiant « %1 »</translation>
    </message>
</context>
<context>
    <name>CatalogReader</name>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>le fichier n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>a quote appears inside a field that does not start with one</source>
        <translation>un guillemet apparaît dans un champ qui ne commence pas par un guillemet</translation>
    </message>
    <message>
        <source>text follows the closing quote of a field</source>
        <translation>du texte suit le guillemet fermant d’un champ</translation>
    </message>
    <message>
        <source>a quoted field is never closed (it opens here)</source>
        <translation>un champ entre guillemets n’est jamais fermé (il s’ouvre ici)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>the file is empty; a header row naming the columns is needed</source>
        <translation>le fichier est vide ; une ligne d’en-tête nommant les colonnes est nécessaire</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; (known columns: %2)</source>
        <translation>colonne inconnue « %1 » (colonnes connues : %2)</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation>la colonne « %1 » apparaît deux fois</translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is missing</source>
        <translation>la colonne obligatoire « %1 » est absente</translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2</source>
        <translation>cette ligne a %1 champs, mais l’en-tête en a %2</translation>
    </message>
    <message>
        <source>this required value is missing</source>
        <translation>cette valeur obligatoire est absente</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>« %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>a course that costs money needs a currency</source>
        <translation>un cours payant doit indiquer une devise</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; was named &quot;%2&quot; on an earlier row</source>
        <translation>l’organisme « %1 » portait le nom « %2 » sur une ligne précédente</translation>
    </message>
    <message>
        <source>the file has a header row but no courses</source>
        <translation>le fichier a une ligne d’en-tête mais aucun cours</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>must be an object ({...})</source>
        <translation>doit être un objet ({...})</translation>
    </message>
    <message>
        <source>a requirement needs at least one course</source>
        <translation>une exigence doit comprendre au moins un cours</translation>
    </message>
    <message>
        <source>&quot;n&quot; belongs only to &quot;n_of&quot; requirements</source>
        <translation>&quot;n&quot; ne s’applique qu’aux exigences &quot;n_of&quot;</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation>doit être un nombre entier supérieur ou égal à 1</translation>
    </message>
    <message>
        <source>asks for %1 courses but the list offers only %2</source>
        <translation>demande %1 cours, mais la liste n’en propose que %2</translation>
    </message>
    <message>
        <source>must be &quot;all&quot; or &quot;n_of&quot;, not &quot;%1&quot;</source>
        <translation>doit valoir &quot;all&quot; ou &quot;n_of&quot;, pas « %1 »</translation>
    </message>
    <message>
        <source>a microcredential needs at least one requirement</source>
        <translation>une microcertification doit comporter au moins une exigence</translation>
    </message>
    <message>
        <source>give the achievement&apos;s id, its name, or both</source>
        <translation>indiquez l’identifiant de l’accomplissement, son nom, ou les deux</translation>
    </message>
    <message>
        <source>this is not valid JSON (%1)</source>
        <translation>ce n’est pas du JSON valide (%1)</translation>
    </message>
    <message>
        <source>a catalog must be a JSON object with &quot;format&quot;: &quot;credfolio-catalog&quot;</source>
        <translation>un catalogue doit être un objet JSON avec &quot;format&quot;: &quot;credfolio-catalog&quot;</translation>
    </message>
    <message>
        <source>this is not a Credfolio catalog (&quot;format&quot; must be &quot;credfolio-catalog&quot;)</source>
        <translation>ce n’est pas un catalogue Credfolio (&quot;format&quot; doit valoir &quot;credfolio-catalog&quot;)</translation>
    </message>
    <message>
        <source>catalog format version %1 is not supported by this version of Credfolio (it reads version 1)</source>
        <translation>la version %1 du format de catalogue n’est pas prise en charge par cette version de Credfolio (elle lit la version 1)</translation>
    </message>
    <message>
        <source>unknown field (allowed here: %1)</source>
        <translation>champ inconnu (champs autorisés ici : %1)</translation>
    </message>
    <message>
        <source>this required field is missing</source>
        <translation>ce champ obligatoire est absent</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be a list ([...])</source>
        <translation>doit être une liste ([...])</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>doit être un texte non vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>« %1 » figure deux fois</translation>
    </message>
</context>
<context>
    <name>CatalogRules</name>
    <message>
        <source>the id is missing</source>
        <translation>l’identifiant est absent</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; may only use lowercase letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, and must start with a letter or digit</source>
        <translation>l’identifiant « %1 » ne peut contenir que des lettres minuscules, des chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;, et doit commencer par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter currency code such as USD or EUR</source>
        <translation>« %1 » n’est pas un code de devise à trois lettres comme USD ou EUR</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language tag such as en or pt-BR</source>
        <translation>« %1 » n’est pas une étiquette de langue comme en ou pt-BR</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (http or https)</source>
        <translation>« %1 » n’est pas une adresse web (http ou https)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute URI (such as https://... or urn:...)</source>
        <translation>« %1 » n’est pas un URI absolu (comme https://... ou urn:...)</translation>
    </message>
    <message>
        <source>hours must be a number above 0 and at most 10000</source>
        <translation>la durée en heures doit être un nombre supérieur à 0 et au plus égal à 10000</translation>
    </message>
    <message>
        <source>cost must be a number of 0 (free) or more</source>
        <translation>le coût doit être un nombre supérieur ou égal à 0 (gratuit)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>« %1 » ne fait pas partie de : %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Credfolio portfolio (it is not an SQLite database). It was left untouched.</source>
        <translation>%1 n’est pas un portfolio Credfolio (ce n’est pas une base de données SQLite). Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The portfolio is busy: another Credfolio window or command is writing to it. Try again in a moment.</source>
        <translation>Le portfolio est occupé : une autre fenêtre ou commande Credfolio est en train d’y écrire. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The portfolio file is read-only, so nothing could be saved.</source>
        <translation>Le fichier du portfolio est en lecture seule, rien n’a donc pu être enregistré.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing could be saved.</source>
        <translation>Le disque est plein, rien n’a donc pu être enregistré.</translation>
    </message>
    <message>
        <source>The portfolio file is damaged (%1).</source>
        <translation>Le fichier du portfolio est endommagé (%1).</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Erreur de base de données : %1</translation>
    </message>
    <message>
        <source>No portfolio file was given.</source>
        <translation>Aucun fichier de portfolio n’a été indiqué.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 could not be read as a Credfolio portfolio. It was left untouched.</source>
        <translation>%1 n’a pas pu être lu comme un portfolio Credfolio. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Credfolio portfolio. It was left untouched.</source>
        <translation>%1 est une base de données SQLite d’un autre programme, pas un portfolio Credfolio. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>This portfolio was written by a newer version of Credfolio (format %1; this version reads up to %2). Update Credfolio to open it. The file was left untouched.</source>
        <translation>Ce portfolio a été écrit par une version plus récente de Credfolio (format %1 ; cette version lit jusqu’au format %2). Mettez Credfolio à jour pour l’ouvrir. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot read the portfolio&apos;s format version.</source>
        <translation>Impossible de lire la version du format du portfolio.</translation>
    </message>
    <message>
        <source>Updating the portfolio to format %1 failed: %2</source>
        <translation>La mise à jour du portfolio vers le format %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Database error: the connection is not an open SQLite database.</source>
        <translation>Erreur de base de données : la connexion n’est pas une base de données SQLite ouverte.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>No result.</source>
        <translation>Aucun résultat.</translation>
    </message>
</context>
<context>
    <name>DefaultCatalog</name>
    <message>
        <source>The built-in course catalog is missing from this build.</source>
        <translation>Le catalogue de cours intégré est absent de cette version du programme.</translation>
    </message>
    <message>
        <source>The built-in course catalog could not be loaded: %1</source>
        <translation>Le catalogue de cours intégré n’a pas pu être chargé : %1</translation>
    </message>
</context>
<context>
    <name>ExportSelection</name>
    <message>
        <source>Choose either a collection or badges, not both.</source>
        <translation>Choisissez soit une collection, soit des badges, pas les deux.</translation>
    </message>
    <message>
        <source>There is no badge %1 in the portfolio.</source>
        <translation>Il n’y a pas de badge %1 dans le portfolio.</translation>
    </message>
    <message>
        <source>There is no collection named &quot;%1&quot;.</source>
        <translation>Il n’y a pas de collection nommée « %1 ».</translation>
    </message>
    <message>
        <source>The collection &quot;%1&quot; holds no badges.</source>
        <translation>La collection « %1 » ne contient aucun badge.</translation>
    </message>
    <message>
        <source>The portfolio holds no badges to export (sample badges are left out unless picked).</source>
        <translation>Le portfolio ne contient aucun badge à exporter (les badges d’exemple sont exclus sauf s’ils sont choisis).</translation>
    </message>
</context>
<context>
    <name>FilesExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>No folder was given for the export.</source>
        <translation>Aucun dossier n’a été indiqué pour l’export.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a new or empty folder for the export.</source>
        <translation>%1 est un fichier, pas un dossier. Choisissez un dossier nouveau ou vide pour l’export.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose a new or empty folder, so no file is overwritten.</source>
        <translation>Le dossier %1 n’est pas vide. Choisissez un dossier nouveau ou vide, afin qu’aucun fichier ne soit écrasé.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>Impossible d’écrire dans %1 : %2</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>L’export a été annulé ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The stored file of &quot;%1&quot; (#%2) does not match its recorded SHA-256: the portfolio is damaged. Nothing was exported.</source>
        <translation>Le fichier enregistré de « %1 » (n° %2) ne correspond pas à son empreinte SHA-256 enregistrée : le portfolio est endommagé. Rien n’a été exporté.</translation>
    </message>
    <message>
        <source>The folder %1 is no longer empty. Nothing was exported.</source>
        <translation>Le dossier %1 n’est plus vide. Rien n’a été exporté.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <source>1 course</source>
        <translation>1 cours</translation>
    </message>
    <message>
        <source>%1 courses</source>
        <translation>%1 cours</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polonais</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinois</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonais</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australie</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Inde</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brésil</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Autriche</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Mexique</translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation>Débutant</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermédiaire</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Self-paced</source>
        <translation>À votre rythme</translation>
    </message>
    <message>
        <source>Instructor-led</source>
        <translation>Avec formateur</translation>
    </message>
    <message>
        <source>Blended</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Commerce</translation>
    </message>
    <message>
        <source>Professional skills</source>
        <translation>Compétences professionnelles</translation>
    </message>
</context>
<context>
    <name>JsonLd</name>
    <message>
        <source>JSON-LD processing failed: %1</source>
        <translation>Le traitement JSON-LD a échoué : %1</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Le dossier %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>The key file %1 could not be written: %2</source>
        <translation>Le fichier de clé %1 n’a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>The key file %1 could not be written to disk.</source>
        <translation>Le fichier de clé %1 n’a pas pu être écrit sur le disque.</translation>
    </message>
    <message>
        <source>A key file already exists at %1; it was left as it is.</source>
        <translation>Un fichier de clé existe déjà à l’emplacement %1 ; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The key file %1 could not be put in place: %2</source>
        <translation>Le fichier de clé %1 n’a pas pu être mis en place : %2</translation>
    </message>
    <message>
        <source>There is no key file at %1.</source>
        <translation>Il n’y a pas de fichier de clé à l’emplacement %1.</translation>
    </message>
    <message>
        <source>The key file %1 could not be read: %2</source>
        <translation>Le fichier de clé %1 n’a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a Credfolio key file.</source>
        <translation>%1 est trop volumineux pour être un fichier de clé Credfolio.</translation>
    </message>
    <message>
        <source>The key file %1 could not be removed: %2</source>
        <translation>Le fichier de clé %1 n’a pas pu être supprimé : %2</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>The keychain can only be used by a running application.</source>
        <translation>Le trousseau ne peut être utilisé que par une application en cours d’exécution.</translation>
    </message>
    <message>
        <source>An earlier request to the keychain is still waiting for an answer.</source>
        <translation>Une demande précédente adressée au trousseau attend toujours une réponse.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>Le trousseau n’a pas répondu dans un délai de %n seconde.</numerusform>
            <numerusform>Le trousseau n’a pas répondu dans un délai de %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearnerKeys</name>
    <message>
        <source>There is no signing key in the keychain yet.</source>
        <translation>Il n’y a pas encore de clé de signature dans le trousseau.</translation>
    </message>
    <message>
        <source>The keychain refused access to your signing key. It may be locked: unlock it and try again.</source>
        <translation>Le trousseau a refusé l’accès à votre clé de signature. Il est peut-être verrouillé : déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>No keychain service answered on this computer, so Credfolio cannot keep your signing key there. You can keep it in a key file protected by a passphrase instead.</source>
        <translation>Aucun service de trousseau n’a répondu sur cet ordinateur, Credfolio ne peut donc pas y conserver votre clé de signature. Vous pouvez la conserver à la place dans un fichier de clé protégé par une phrase secrète.</translation>
    </message>
    <message>
        <source>The keychain could not be used: %1</source>
        <translation>Le trousseau n’a pas pu être utilisé : %1</translation>
    </message>
    <message>
        <source>The portfolio has no usable identifier, so its signing key cannot be found.</source>
        <translation>Le portfolio n’a pas d’identifiant utilisable, sa clé de signature est donc introuvable.</translation>
    </message>
    <message>
        <source>This portfolio&apos;s signing key is kept in a key file protected by a passphrase (%1). Unlock it with its passphrase.</source>
        <translation>La clé de signature de ce portfolio est conservée dans un fichier de clé protégé par une phrase secrète (%1). Déverrouillez-la avec sa phrase secrète.</translation>
    </message>
    <message>
        <source>The keychain entry for your signing key is damaged: it does not hold a key.</source>
        <translation>L’entrée du trousseau pour votre clé de signature est endommagée : elle ne contient pas de clé.</translation>
    </message>
    <message>
        <source>The keychain did not keep your new signing key; nothing was saved.</source>
        <translation>Le trousseau n’a pas conservé votre nouvelle clé de signature ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>There is no key file at %1.</source>
        <translation>Il n’y a pas de fichier de clé à l’emplacement %1.</translation>
    </message>
    <message>
        <source>The key file opened but does not hold a signing key.</source>
        <translation>Le fichier de clé s’est ouvert mais ne contient pas de clé de signature.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Choisissez une phrase secrète d’au moins %n caractère.</numerusform>
            <numerusform>Choisissez une phrase secrète d’au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key file %1 does not read back as written.</source>
        <translation>Le fichier de clé %1 ne se relit pas tel qu’il a été écrit.</translation>
    </message>
</context>
<context>
    <name>LearnerProfile</name>
    <message>
        <source>The profile cannot be read.</source>
        <translation>Le profil ne peut pas être lu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>« %1 » n’est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a full URL (like https://example.org/me).</source>
        <translation>« %1 » n’est pas une URL complète (comme https://example.org/me).</translation>
    </message>
</context>
<context>
    <name>NQuads</name>
    <message>
        <source>expected &quot;.&quot; at the end of the statement</source>
        <translation>« . » attendu à la fin de l’énoncé</translation>
    </message>
    <message>
        <source>unexpected text after the end of the statement</source>
        <translation>texte inattendu après la fin de l’énoncé</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>expected a subject</source>
        <translation>sujet attendu</translation>
    </message>
    <message>
        <source>the subject must be an IRI or a blank node</source>
        <translation>le sujet doit être un IRI ou un nœud anonyme</translation>
    </message>
    <message>
        <source>the predicate must be an IRI</source>
        <translation>le prédicat doit être un IRI</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>the graph label must be an IRI or a blank node</source>
        <translation>l’étiquette de graphe doit être un IRI ou un nœud anonyme</translation>
    </message>
    <message>
        <source>incomplete \%1 escape</source>
        <translation>séquence d’échappement \%1 incomplète</translation>
    </message>
    <message>
        <source>invalid hex digit in \%1 escape</source>
        <translation>chiffre hexadécimal invalide dans la séquence d’échappement \%1</translation>
    </message>
    <message>
        <source>the escape does not name a Unicode character</source>
        <translation>la séquence d’échappement ne désigne pas un caractère Unicode</translation>
    </message>
    <message>
        <source>unterminated IRI</source>
        <translation>IRI non terminé</translation>
    </message>
    <message>
        <source>only \u and \U escapes are allowed in an IRI</source>
        <translation>seules les séquences d’échappement \u et \U sont autorisées dans un IRI</translation>
    </message>
    <message>
        <source>character not allowed in an IRI</source>
        <translation>caractère non autorisé dans un IRI</translation>
    </message>
    <message>
        <source>the IRI &lt;%1&gt; is relative; N-Quads needs absolute IRIs</source>
        <translation>l’IRI &lt;%1&gt; est relatif ; N-Quads exige des IRI absolus</translation>
    </message>
    <message>
        <source>a blank node label starts with &quot;_:&quot;</source>
        <translation>une étiquette de nœud anonyme commence par « _: »</translation>
    </message>
    <message>
        <source>empty blank node label</source>
        <translation>étiquette de nœud anonyme vide</translation>
    </message>
    <message>
        <source>a blank node label cannot start with &quot;%1&quot;</source>
        <translation>une étiquette de nœud anonyme ne peut pas commencer par « %1 »</translation>
    </message>
    <message>
        <source>unterminated string literal</source>
        <translation>littéral de chaîne non terminé</translation>
    </message>
    <message>
        <source>line break inside a string literal</source>
        <translation>saut de ligne dans un littéral de chaîne</translation>
    </message>
    <message>
        <source>incomplete escape</source>
        <translation>séquence d’échappement incomplète</translation>
    </message>
    <message>
        <source>unknown escape \%1</source>
        <translation>séquence d’échappement inconnue \%1</translation>
    </message>
    <message>
        <source>malformed language tag</source>
        <translation>étiquette de langue mal formée</translation>
    </message>
    <message>
        <source>a datatype must be an IRI</source>
        <translation>un type de données doit être un IRI</translation>
    </message>
</context>
<context>
    <name>PassphraseSeal</name>
    <message>
        <source>The key file is empty.</source>
        <translation>Le fichier de clé est vide.</translation>
    </message>
    <message>
        <source>This is not a Credfolio key file.</source>
        <translation>Ce n’est pas un fichier de clé Credfolio.</translation>
    </message>
    <message numerus="yes">
        <source>The key file is incomplete: it ends after %n byte(s).</source>
        <translation>
            <numerusform>Le fichier de clé est incomplet : il s’arrête après %n octet.</numerusform>
            <numerusform>Le fichier de clé est incomplet : il s’arrête après %n octets.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key file was made by a newer version of Credfolio (format %1).</source>
        <translation>Le fichier de clé a été créé par une version plus récente de Credfolio (format %1).</translation>
    </message>
    <message>
        <source>The key file is damaged: its format version is 0.</source>
        <translation>Le fichier de clé est endommagé : la version de son format est 0.</translation>
    </message>
    <message>
        <source>The key file is damaged: its length field is impossible.</source>
        <translation>Le fichier de clé est endommagé : son champ de longueur est impossible.</translation>
    </message>
    <message>
        <source>The key file is incomplete: %1 of %2 bytes are there.</source>
        <translation>Le fichier de clé est incomplet : %1 octets sur %2 sont présents.</translation>
    </message>
    <message>
        <source>The key file is damaged: it has %1 unexpected bytes at the end.</source>
        <translation>Le fichier de clé est endommagé : il contient %1 octets inattendus à la fin.</translation>
    </message>
    <message>
        <source>The key file is damaged: its checksum does not match its contents.</source>
        <translation>Le fichier de clé est endommagé : sa somme de contrôle ne correspond pas à son contenu.</translation>
    </message>
    <message>
        <source>The key file uses a key derivation this version of Credfolio does not know.</source>
        <translation>Le fichier de clé utilise une dérivation de clé que cette version de Credfolio ne connaît pas.</translation>
    </message>
    <message>
        <source>The key file asks for an Argon2id cost outside the accepted bounds.</source>
        <translation>Le fichier de clé demande un coût Argon2id hors des limites acceptées.</translation>
    </message>
    <message>
        <source>A sealed secret holds 1 to %1 bytes, not %2.</source>
        <translation>Un secret scellé contient de 1 à %1 octets, et non %2.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La phrase secrète est vide.</translation>
    </message>
    <message>
        <source>The Argon2id cost is outside the accepted bounds.</source>
        <translation>Le coût Argon2id est hors des limites acceptées.</translation>
    </message>
    <message>
        <source>The key could not be sealed: %1</source>
        <translation>La clé n’a pas pu être scellée : %1</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>La phrase secrète est incorrecte.</translation>
    </message>
    <message>
        <source>The key file could not be opened: %1</source>
        <translation>Le fichier de clé n’a pas pu être ouvert : %1</translation>
    </message>
</context>
<context>
    <name>PdfFinisher</name>
    <message>
        <source>A PDF/A-1b file cannot carry attachments.</source>
        <translation>Un fichier PDF/A-1b ne peut pas contenir de pièces jointes.</translation>
    </message>
    <message>
        <source>The PDF could not be finished: %1</source>
        <translation>Le PDF n’a pas pu être finalisé : %1</translation>
    </message>
</context>
<context>
    <name>PdfPortfolioWriter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’export a été annulé.</translation>
    </message>
    <message>
        <source>Credential portfolio</source>
        <translation>Portfolio d’attestations</translation>
    </message>
    <message>
        <source>Credential portfolio of %1</source>
        <translation>Portfolio d’attestations de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n digital credential(s) (Open Badges) with their verification status</source>
        <translation>
            <numerusform>%n attestation numérique (Open Badges) avec son état de vérification</numerusform>
            <numerusform>%n attestations numériques (Open Badges) avec leur état de vérification</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawing a PDF needs the application&apos;s graphics libraries (QGuiApplication).</source>
        <translation>Dessiner un PDF nécessite les bibliothèques graphiques de l’application (QGuiApplication).</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Le PDF n’a pas pu être commencé.</translation>
    </message>
    <message>
        <source>Drawing pages</source>
        <translation>Dessin des pages</translation>
    </message>
    <message>
        <source>Original credential: %1, issued by %2</source>
        <translation>Attestation d’origine : %1, émise par %2</translation>
    </message>
    <message>
        <source>Attaching the original files</source>
        <translation>Ajout des fichiers d’origine en pièces jointes</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>PortfolioContent</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’export a été annulé.</translation>
    </message>
    <message>
        <source>The badge %1 could not be read from the portfolio.</source>
        <translation>Le badge %1 n’a pas pu être lu dans le portfolio.</translation>
    </message>
    <message>
        <source>Reading badges</source>
        <translation>Lecture des badges</translation>
    </message>
</context>
<context>
    <name>PortfolioFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Credfolio portfolio or backup (it is not an SQLite database).</source>
        <translation>%1 n’est ni un portfolio ni une sauvegarde Credfolio (ce n’est pas une base de données SQLite).</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2).</source>
        <translation>%1 est endommagé et ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged (the SQLite integrity check failed: %2).</source>
        <translation>%1 est endommagé (le contrôle d’intégrité SQLite a échoué : %2).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Credfolio portfolio or backup.</source>
        <translation>%1 est une base de données SQLite, mais ni un portfolio ni une sauvegarde Credfolio.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Credfolio (format %2; this version reads up to %3). Update Credfolio to use it.</source>
        <translation>%1 a été écrit par une version plus récente de Credfolio (format %2 ; cette version lit jusqu’au format %3). Mettez Credfolio à jour pour l’utiliser.</translation>
    </message>
</context>
<context>
    <name>PortfolioLayout</name>
    <message>
        <source>%1 (checked %2)</source>
        <translation>%1 (vérifié le %2)</translation>
    </message>
    <message>
        <source>Credential portfolio</source>
        <translation>Portfolio d’attestations</translation>
    </message>
    <message numerus="yes">
        <source>Portfolio of %n credential(s), %1</source>
        <translation>
            <numerusform>Portfolio de %n attestation, %1</numerusform>
            <numerusform>Portfolio de %n attestations, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF/A-1b edition: the original credential files are not attached to this document. Ask the holder for them, or scan each QR code to check a credential where its issuer keeps it.</source>
        <translation>Édition PDF/A-1b : les fichiers d’origine des attestations ne sont pas joints à ce document. Demandez-les au détenteur, ou scannez chaque code QR pour vérifier une attestation là où son émetteur la conserve.</translation>
    </message>
    <message numerus="yes">
        <source>The original credential files (%n) are attached to this PDF: open the attachments panel of your PDF reader to save them and check them with any Open Badges verifier.</source>
        <translation>
            <numerusform>Le fichier d’origine de l’attestation (%n) est joint à ce PDF : ouvrez le panneau des pièces jointes de votre lecteur PDF pour l’enregistrer et le vérifier avec n’importe quel vérificateur Open Badges.</numerusform>
            <numerusform>Les fichiers d’origine des attestations (%n) sont joints à ce PDF : ouvrez le panneau des pièces jointes de votre lecteur PDF pour les enregistrer et les vérifier avec n’importe quel vérificateur Open Badges.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>%1 — evidenced by: %2</source>
        <translation>%1 — démontrée par : %2</translation>
    </message>
    <message>
        <source>Evidenced by: %1</source>
        <translation>Démontrée par : %1</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Émis par %1</translation>
    </message>
    <message>
        <source>an unnamed issuer</source>
        <translation>un émetteur sans nom</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Émis le %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Expire le %1</translation>
    </message>
    <message>
        <source>Scan to verify</source>
        <translation>Scanner pour vérifier</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Attestations</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Criteria page: %1</source>
        <translation>Page des critères : %1</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Verify online: %1</source>
        <translation>Vérifier en ligne : %1</translation>
    </message>
    <message>
        <source>Checks passed:</source>
        <translation>Vérifications réussies :</translation>
    </message>
    <message>
        <source>Original file: not attached (PDF/A edition).</source>
        <translation>Fichier d’origine : non joint (édition PDF/A).</translation>
    </message>
    <message>
        <source>Original file: not available.</source>
        <translation>Fichier d’origine : non disponible.</translation>
    </message>
    <message>
        <source>Original file: attached as %1 (%2).</source>
        <translation>Fichier d’origine : joint sous le nom %1 (%2).</translation>
    </message>
    <message>
        <source>%1 · made with Credfolio</source>
        <translation>%1 · réalisé avec Credfolio</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>PresentationBuilder</name>
    <message>
        <source>a self-reported badge has no credential an employer could verify</source>
        <translation>un badge autodéclaré n’a aucune attestation qu’un employeur pourrait vérifier</translation>
    </message>
    <message>
        <source>its file cannot be read: %1</source>
        <translation>son fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>an Open Badges 2.0 hosted assertion is not a verifiable credential</source>
        <translation>une assertion hébergée Open Badges 2.0 n’est pas une attestation vérifiable</translation>
    </message>
    <message>
        <source>its signed content cannot be read</source>
        <translation>son contenu signé ne peut pas être lu</translation>
    </message>
    <message>
        <source>an Open Badges 2.0 signed assertion is not a verifiable credential</source>
        <translation>une assertion signée Open Badges 2.0 n’est pas une attestation vérifiable</translation>
    </message>
    <message>
        <source>its JSON cannot be read strictly</source>
        <translation>son JSON ne peut pas être lu de façon stricte</translation>
    </message>
    <message>
        <source>an Open Badges 2.0 assertion is not a verifiable credential</source>
        <translation>une assertion Open Badges 2.0 n’est pas une attestation vérifiable</translation>
    </message>
    <message>
        <source>it is not a verifiable credential</source>
        <translation>ce n’est pas une attestation vérifiable</translation>
    </message>
    <message>
        <source>it carries no proof, so no one could verify it</source>
        <translation>elle ne porte aucune preuve, personne ne pourrait donc la vérifier</translation>
    </message>
    <message>
        <source>its first JSON-LD context is not a W3C credentials context</source>
        <translation>son premier contexte JSON-LD n’est pas un contexte d’attestations du W3C</translation>
    </message>
    <message>
        <source>The badge &quot;%1&quot; uses the JSON-LD context %2, which Credfolio does not carry, so a presentation holding it could not be signed in a form anyone can verify. Leave this badge out of the presentation.</source>
        <translation>Le badge « %1 » utilise le contexte JSON-LD %2, que Credfolio ne fournit pas ; une présentation le contenant ne pourrait donc pas être signée sous une forme vérifiable par tous. Laissez ce badge en dehors de la présentation.</translation>
    </message>
    <message>
        <source>the presentation could not be assembled</source>
        <translation>la présentation n’a pas pu être assemblée</translation>
    </message>
    <message>
        <source>None of the chosen badges is a verifiable credential that a presentation can carry.</source>
        <translation>Aucun des badges choisis n’est une attestation vérifiable qu’une présentation peut contenir.</translation>
    </message>
    <message>
        <source>the presentation could not be assembled: %1</source>
        <translation>la présentation n’a pas pu être assemblée : %1</translation>
    </message>
    <message>
        <source>The badge &quot;%1&quot; cannot be carried in a signed presentation: %2. Leave it out of the presentation.</source>
        <translation>Le badge « %1 » ne peut pas figurer dans une présentation signée : %2. Laissez-le en dehors de la présentation.</translation>
    </message>
    <message>
        <source>the signed presentation could not be assembled</source>
        <translation>la présentation signée n’a pas pu être assemblée</translation>
    </message>
</context>
<context>
    <name>ProgressStore</name>
    <message>
        <source>There is no microcredential with the id &quot;%1&quot; in the catalog.</source>
        <translation>Il n’y a pas de microcertification ayant l’identifiant « %1 » dans le catalogue.</translation>
    </message>
    <message>
        <source>The microcredential &quot;%1&quot; is not in your plan.</source>
        <translation>La microcertification « %1 » n’est pas dans votre plan.</translation>
    </message>
    <message>
        <source>There is no course with the id &quot;%1&quot; in the catalog.</source>
        <translation>Il n’y a pas de cours ayant l’identifiant « %1 » dans le catalogue.</translation>
    </message>
    <message>
        <source>Progress must be a percentage from 0 to 100, not %1.</source>
        <translation>La progression doit être un pourcentage de 0 à 100, et non %1.</translation>
    </message>
    <message>
        <source>The completion date %1 is in the future.</source>
        <translation>La date d’achèvement %1 est dans le futur.</translation>
    </message>
</context>
<context>
    <name>ProofSigner</name>
    <message>
        <source>only a JSON object can be signed</source>
        <translation>seul un objet JSON peut être signé</translation>
    </message>
    <message>
        <source>the document already carries a proof</source>
        <translation>le document porte déjà une preuve</translation>
    </message>
    <message>
        <source>the document cannot be canonicalized for signing: %1</source>
        <translation>le document ne peut pas être canonicalisé pour la signature : %1</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>The link is too long for a QR code.</source>
        <translation>Le lien est trop long pour un code QR.</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>Cannot copy %1: %2</source>
        <translation>Impossible de copier %1 : %2</translation>
    </message>
    <message>
        <source>Cannot open the current portfolio %1 to replace it. Nothing was changed.</source>
        <translation>Impossible d’ouvrir le portfolio actuel %1 pour le remplacer. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The portfolio is open in another Credfolio window or command. Close it and try again. Nothing was changed.</source>
        <translation>Le portfolio est ouvert dans une autre fenêtre ou commande Credfolio. Fermez-la et réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The portfolio&apos;s recent changes could not be settled, so it was not replaced. Close other Credfolio windows and try again. Nothing was changed.</source>
        <translation>Les modifications récentes du portfolio n’ont pas pu être finalisées, il n’a donc pas été remplacé. Fermez les autres fenêtres Credfolio et réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The backup and the portfolio are the same file.</source>
        <translation>La sauvegarde et le portfolio sont le même fichier.</translation>
    </message>
    <message>
        <source>Your portfolio was not changed.</source>
        <translation>Votre portfolio n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The portfolio at %1 holds your badges and plans; restoring would replace them. Confirm to replace it. Nothing was changed.</source>
        <translation>Le portfolio situé à %1 contient vos badges et vos plans ; la restauration les remplacerait. Confirmez pour le remplacer. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The backup could not be brought up to this version&apos;s format: %1 Your portfolio was not changed.</source>
        <translation>La sauvegarde n’a pas pu être mise au format de cette version : %1 Votre portfolio n’a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>StagingFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>Impossible d’écrire dans %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1 to disk.</source>
        <translation>Impossible d’écrire %1 sur le disque.</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>Impossible de remplacer %1 : %2</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>%1 was not imported: %n problem(s) found; nothing was changed.</source>
        <translation>
            <numerusform>%1 n’a pas été importé : %n problème détecté ; rien n’a été modifié.</numerusform>
            <numerusform>%1 n’a pas été importé : %n problèmes détectés ; rien n’a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the course catalog</source>
        <translation>Rechercher dans le catalogue de cours</translation>
    </message>
    <message>
        <source>List microcredentials</source>
        <translation>Lister les microcertifications</translation>
    </message>
    <message>
        <source>Import a JSON or CSV catalog</source>
        <translation>Importer un catalogue JSON ou CSV</translation>
    </message>
    <message>
        <source>Pursue a microcredential</source>
        <translation>Viser une microcertification</translation>
    </message>
    <message>
        <source>Stop pursuing a microcredential</source>
        <translation>Ne plus viser une microcertification</translation>
    </message>
    <message>
        <source>List the microcredentials you pursue</source>
        <translation>Lister les microcertifications que vous visez</translation>
    </message>
    <message>
        <source>Record a course&apos;s status</source>
        <translation>Enregistrer l’état d’un cours</translation>
    </message>
    <message>
        <source>Show progress toward your microcredentials</source>
        <translation>Afficher la progression vers vos microcertifications</translation>
    </message>
    <message>
        <source>Verify badge files (Open Badges 2.0 and 3.0)</source>
        <translation>Vérifier des fichiers de badge (Open Badges 2.0 et 3.0)</translation>
    </message>
    <message>
        <source>Verify badge files and keep them in the portfolio</source>
        <translation>Vérifier des fichiers de badge et les conserver dans le portfolio</translation>
    </message>
    <message>
        <source>List the badges in the portfolio</source>
        <translation>Lister les badges du portfolio</translation>
    </message>
    <message>
        <source>Show a badge and its verification report</source>
        <translation>Afficher un badge et son rapport de vérification</translation>
    </message>
    <message>
        <source>Verify stored badges again</source>
        <translation>Vérifier à nouveau les badges enregistrés</translation>
    </message>
    <message>
        <source>Write a badge&apos;s original file</source>
        <translation>Écrire le fichier original d’un badge</translation>
    </message>
    <message>
        <source>Delete badges from the portfolio</source>
        <translation>Supprimer des badges du portfolio</translation>
    </message>
    <message>
        <source>Show or set your name and the identities you receive badges under</source>
        <translation>Afficher ou définir votre nom et les identités sous lesquelles vous recevez des badges</translation>
    </message>
    <message>
        <source>List and edit collections of badges</source>
        <translation>Lister et modifier les collections de badges</translation>
    </message>
    <message>
        <source>Show or create your signing key (kept in the OS keychain)</source>
        <translation>Afficher ou créer votre clé de signature (conservée dans le trousseau du système)</translation>
    </message>
    <message>
        <source>Add or remove the sample badges</source>
        <translation>Ajouter ou retirer les badges d’exemple</translation>
    </message>
    <message>
        <source>Usage: credfolio-cli COMMAND [OPTIONS] [--db PATH] [--json]</source>
        <translation>Utilisation : credfolio-cli COMMAND [OPTIONS] [--db PATH] [--json]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Run credfolio-cli COMMAND --help for a command&apos;s options.</source>
        <translation>Lancez credfolio-cli COMMAND --help pour connaître les options d’une commande.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>Use the portfolio at PATH.</source>
        <translation>Utiliser le portfolio situé à PATH.</translation>
    </message>
    <message>
        <source>Print one JSON value on stdout.</source>
        <translation>Écrire une seule valeur JSON sur la sortie standard.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation : %1</translation>
    </message>
    <message>
        <source>Export the badges of the collection NAME.</source>
        <translation>Exporter les badges de la collection NAME.</translation>
    </message>
    <message>
        <source>Export the badge with this id (repeat for more).</source>
        <translation>Exporter le badge portant cet identifiant (à répéter pour en exporter plusieurs).</translation>
    </message>
    <message>
        <source>--badge takes a badge id (a positive number), not &quot;%1&quot;.</source>
        <translation>--badge attend un identifiant de badge (un nombre positif), pas « %1 ».</translation>
    </message>
    <message>
        <source>--collection needs a collection name.</source>
        <translation>--collection attend un nom de collection.</translation>
    </message>
    <message>
        <source>Give either --collection or --badge, not both.</source>
        <translation>Indiquez soit --collection, soit --badge, pas les deux.</translation>
    </message>
    <message>
        <source>there is no badge &quot;%1&quot; in the portfolio</source>
        <translation>il n’y a pas de badge « %1 » dans le portfolio</translation>
    </message>
    <message>
        <source>Store badges that fail verification too, marked invalid.</source>
        <translation>Enregistrer aussi les badges qui échouent à la vérification, marqués comme invalides.</translation>
    </message>
    <message>
        <source>Badge files, or folders to import recursively.</source>
        <translation>Fichiers de badge, ou dossiers à importer récursivement.</translation>
    </message>
    <message>
        <source>no badge file or folder given; usage: %1</source>
        <translation>aucun fichier ni dossier de badge indiqué ; utilisation : %1</translation>
    </message>
    <message>
        <source>the folders given hold no files</source>
        <translation>les dossiers indiqués ne contiennent aucun fichier</translation>
    </message>
    <message>
        <source>%1 imported, %2 already in the portfolio, %3 refused, %4 not imported (errors)</source>
        <translation>%1 importé(s), %2 déjà dans le portfolio, %3 refusé(s), %4 non importé(s) (erreurs)</translation>
    </message>
    <message>
        <source>Only badges matching these words.</source>
        <translation>Uniquement les badges correspondant à ces mots.</translation>
    </message>
    <message>
        <source>Only badges in this collection.</source>
        <translation>Uniquement les badges de cette collection.</translation>
    </message>
    <message>
        <source>there is no collection named &quot;%1&quot;</source>
        <translation>il n’y a pas de collection nommée « %1 »</translation>
    </message>
    <message>
        <source>The portfolio holds no badges yet. Add some with: credfolio-cli import FILE|FOLDER...</source>
        <translation>Le portfolio ne contient encore aucun badge. Ajoutez-en avec : credfolio-cli import FILE|FOLDER...</translation>
    </message>
    <message>
        <source>  [sample]</source>
        <translation>  [exemple]</translation>
    </message>
    <message>
        <source>The badge&apos;s number, credential id or SHA-256 prefix.</source>
        <translation>Le numéro du badge, l’identifiant de l’attestation ou un préfixe de son SHA-256.</translation>
    </message>
    <message>
        <source>give one badge: credfolio-cli badges show ID</source>
        <translation>indiquez un seul badge : credfolio-cli badges show ID</translation>
    </message>
    <message>
        <source>Status: %1 (checked %2)</source>
        <translation>État : %1 (vérifié le %2)</translation>
    </message>
    <message>
        <source>Issuer: %1 %2</source>
        <translation>Émetteur : %1 %2</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>Émis le : %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Expire le : %1</translation>
    </message>
    <message>
        <source>Recipient: %1</source>
        <translation>Destinataire : %1</translation>
    </message>
    <message>
        <source>Criteria: %1</source>
        <translation>Critères : %1</translation>
    </message>
    <message>
        <source>Skills: %1</source>
        <translation>Compétences : %1</translation>
    </message>
    <message>
        <source>Collections: %1</source>
        <translation>Collections : %1</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>Contrôles :</translation>
    </message>
    <message>
        <source>Badges to verify again (default: all).</source>
        <translation>Badges à vérifier à nouveau (par défaut : tous).</translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1 : %2</translation>
    </message>
    <message>
        <source>The badge.</source>
        <translation>Le badge.</translation>
    </message>
    <message>
        <source>Where to write its original file.</source>
        <translation>Où écrire son fichier original.</translation>
    </message>
    <message>
        <source>give a badge and a file: credfolio-cli badges export ID OUT</source>
        <translation>indiquez un badge et un fichier : credfolio-cli badges export ID OUT</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Badges to delete.</source>
        <translation>Badges à supprimer.</translation>
    </message>
    <message>
        <source>give the badges to delete: credfolio-cli badges delete ID...</source>
        <translation>indiquez les badges à supprimer : credfolio-cli badges delete ID...</translation>
    </message>
    <message>
        <source>Your name.</source>
        <translation>Votre nom.</translation>
    </message>
    <message>
        <source>One line about you.</source>
        <translation>Une ligne à votre sujet.</translation>
    </message>
    <message>
        <source>An email address you receive badges at (repeatable; replaces the list).</source>
        <translation>Une adresse électronique à laquelle vous recevez des badges (répétable ; remplace la liste).</translation>
    </message>
    <message>
        <source>A URL you receive badges under (repeatable; replaces the list).</source>
        <translation>Une URL sous laquelle vous recevez des badges (répétable ; remplace la liste).</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nom : %1</translation>
    </message>
    <message>
        <source>Headline: %1</source>
        <translation>Titre professionnel : %1</translation>
    </message>
    <message>
        <source>Emails: %1</source>
        <translation>Adresses électroniques : %1</translation>
    </message>
    <message>
        <source>URLs: %1</source>
        <translation>URL : %1</translation>
    </message>
    <message>
        <source>list, create NAME, add NAME ID..., remove NAME ID..., delete NAME</source>
        <translation>list, create NAME, add NAME ID..., remove NAME ID..., delete NAME</translation>
    </message>
    <message>
        <source>name the collection: credfolio-cli collection %1 NAME</source>
        <translation>nommez la collection : credfolio-cli collection %1 NAME</translation>
    </message>
    <message>
        <source>unknown collection action &quot;%1&quot;</source>
        <translation>action de collection inconnue « %1 »</translation>
    </message>
    <message>
        <source>name the badges to %1</source>
        <translation>indiquez les badges pour l’action %1</translation>
    </message>
    <message>
        <source>add or remove the sample badges</source>
        <translation>ajouter (add) ou retirer (remove) les badges d’exemple</translation>
    </message>
    <message>
        <source>say add or remove: credfolio-cli samples add|remove</source>
        <translation>indiquez add ou remove : credfolio-cli samples add|remove</translation>
    </message>
    <message>
        <source>%1 sample badges added.</source>
        <translation>%1 badges d’exemple ajoutés.</translation>
    </message>
    <message>
        <source>%1 sample badges removed.</source>
        <translation>%1 badges d’exemple retirés.</translation>
    </message>
    <message>
        <source>show (default) or create</source>
        <translation>show (par défaut) ou create</translation>
    </message>
    <message>
        <source>Where no keychain answers: keep the key in a file sealed with the passphrase read from FILE.</source>
        <translation>Si aucun trousseau ne répond : conserver la clé dans un fichier scellé avec la phrase secrète lue dans FILE.</translation>
    </message>
    <message>
        <source>say show or create: credfolio-cli key [show | create]</source>
        <translation>indiquez show ou create : credfolio-cli key [show | create]</translation>
    </message>
    <message>
        <source>cannot read the passphrase file: %1</source>
        <translation>impossible de lire le fichier de la phrase secrète : %1</translation>
    </message>
    <message>
        <source>Give --passphrase-file FILE to keep the key in a passphrase-protected file instead.</source>
        <translation>Indiquez --passphrase-file FILE pour conserver plutôt la clé dans un fichier protégé par une phrase secrète.</translation>
    </message>
    <message>
        <source>No signing key yet. Create one with: credfolio-cli key create</source>
        <translation>Aucune clé de signature pour l’instant. Créez-en une avec : credfolio-cli key create</translation>
    </message>
    <message>
        <source>Created your signing key.</source>
        <translation>Votre clé de signature a été créée.</translation>
    </message>
    <message>
        <source>Signing key: %1</source>
        <translation>Clé de signature : %1</translation>
    </message>
    <message>
        <source>Kept in: %1</source>
        <translation>Conservée dans : %1</translation>
    </message>
    <message>
        <source>--%1 needs a number of 0 or more, not &quot;%2&quot;</source>
        <translation>--%1 attend un nombre supérieur ou égal à 0, pas « %2 »</translation>
    </message>
    <message>
        <source>Only courses from this provider (id or name).</source>
        <translation>Uniquement les cours de cet organisme (identifiant ou nom).</translation>
    </message>
    <message>
        <source>Only courses teaching this skill (id or label).</source>
        <translation>Uniquement les cours qui enseignent cette compétence (identifiant ou libellé).</translation>
    </message>
    <message>
        <source>beginner, intermediate or advanced.</source>
        <translation>beginner, intermediate ou advanced.</translation>
    </message>
    <message>
        <source>Only courses in this language (e.g. en, de).</source>
        <translation>Uniquement les cours dans cette langue (par ex. en, de).</translation>
    </message>
    <message>
        <source>self-paced, instructor-led, blended or in-person.</source>
        <translation>self-paced, instructor-led, blended ou in-person.</translation>
    </message>
    <message>
        <source>At most N hours long.</source>
        <translation>Durée maximale de N heures.</translation>
    </message>
    <message>
        <source>Costing at most N.</source>
        <translation>Coût maximal de N.</translation>
    </message>
    <message>
        <source>Only free courses.</source>
        <translation>Uniquement les cours gratuits.</translation>
    </message>
    <message>
        <source>relevance, title, duration or cost.</source>
        <translation>relevance, title, duration ou cost.</translation>
    </message>
    <message>
        <source>Show at most N courses.</source>
        <translation>Afficher au plus N cours.</translation>
    </message>
    <message>
        <source>Words to search for (prefixes match).</source>
        <translation>Mots à rechercher (les préfixes correspondent).</translation>
    </message>
    <message>
        <source>--level must be one of: %1</source>
        <translation>--level doit valoir l’une de ces valeurs : %1</translation>
    </message>
    <message>
        <source>--delivery must be one of: %1</source>
        <translation>--delivery doit valoir l’une de ces valeurs : %1</translation>
    </message>
    <message>
        <source>--sort must be relevance, title, duration or cost</source>
        <translation>--sort doit valoir relevance, title, duration ou cost</translation>
    </message>
    <message>
        <source>No course matches.</source>
        <translation>Aucun cours ne correspond.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source> — %1, %2 courses</source>
        <translation> — %1, %2 cours</translation>
    </message>
    <message>
        <source>A catalog file, JSON or CSV.</source>
        <translation>Un fichier de catalogue, JSON ou CSV.</translation>
    </message>
    <message>
        <source>give exactly one catalog file</source>
        <translation>indiquez exactement un fichier de catalogue</translation>
    </message>
    <message>
        <source>Imported %1: %2 courses added, %3 updated; %4 microcredentials added, %5 updated.</source>
        <translation>Import de %1 : %2 cours ajoutés, %3 mis à jour ; %4 microcertifications ajoutées, %5 mises à jour.</translation>
    </message>
    <message>
        <source>Write a signed presentation of your badges for an employer</source>
        <translation>Écrire une présentation signée de vos badges pour un employeur</translation>
    </message>
    <message>
        <source>Write chosen badges&apos; original files and a manifest.json to a folder</source>
        <translation>Écrire les fichiers d’origine des badges choisis et un manifest.json dans un dossier</translation>
    </message>
    <message>
        <source>Back up the whole portfolio to one file</source>
        <translation>Sauvegarder l’ensemble du portfolio dans un seul fichier</translation>
    </message>
    <message>
        <source>Replace the portfolio with a backup (--yes to replace your data)</source>
        <translation>Remplacer le portfolio par une sauvegarde (--yes pour remplacer vos données)</translation>
    </message>
    <message>
        <source>Write a PDF portfolio of your badges</source>
        <translation>Écrire un portfolio PDF de vos badges</translation>
    </message>
    <message>
        <source>A new or empty folder for the files and manifest.json.</source>
        <translation>Un dossier nouveau ou vide pour les fichiers et le manifest.json.</translation>
    </message>
    <message>
        <source>give one folder; usage: %1</source>
        <translation>indiquez un seul dossier ; utilisation : %1</translation>
    </message>
    <message>
        <source>Wrote %1 badge file(s) and manifest.json to %2</source>
        <translation>%1 fichier(s) de badge et manifest.json écrits dans %2</translation>
    </message>
    <message>
        <source>(%1 self-reported listed without a file)</source>
        <translation>(%1 autodéclaré(s) listé(s) sans fichier)</translation>
    </message>
    <message>
        <source>Where to write the PDF portfolio.</source>
        <translation>Où écrire le portfolio PDF.</translation>
    </message>
    <message>
        <source>compact (a one- or two-page summary) or detailed (a section per credential; the default).</source>
        <translation>compact (un résumé d’une ou deux pages) ou detailed (une section par attestation ; par défaut).</translation>
    </message>
    <message>
        <source>Write PDF/A-1b for archiving (the original files are not attached).</source>
        <translation>Écrire un PDF/A-1b pour l’archivage (les fichiers d’origine ne sont pas joints).</translation>
    </message>
    <message>
        <source>a4 or letter (default: from the locale).</source>
        <translation>a4 ou letter (par défaut : selon les paramètres régionaux).</translation>
    </message>
    <message>
        <source>give one output file: %1</source>
        <translation>indiquez un seul fichier de sortie : %1</translation>
    </message>
    <message>
        <source>--layout takes compact or detailed, not &quot;%1&quot;</source>
        <translation>--layout accepte compact ou detailed, pas « %1 »</translation>
    </message>
    <message>
        <source>--paper takes a4 or letter, not &quot;%1&quot;</source>
        <translation>--paper accepte a4 ou letter, pas « %1 »</translation>
    </message>
    <message>
        <source>drawing a PDF needs a QGuiApplication</source>
        <translation>dessiner un PDF nécessite une QGuiApplication</translation>
    </message>
    <message>
        <source>Wrote %1: %2 pages, %3 badges, %4 attached files</source>
        <translation>%1 écrit : %2 pages, %3 badges, %4 fichiers joints</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <source>any level</source>
        <translation>tous niveaux</translation>
    </message>
    <message>
        <source>Where to write the presentation (JSON).</source>
        <translation>Où écrire la présentation (JSON).</translation>
    </message>
    <message>
        <source>The challenge the employer gave you, repeated in the signature.</source>
        <translation>Le défi (challenge) que l’employeur vous a donné, repris dans la signature.</translation>
    </message>
    <message>
        <source>The domain the employer gave you, repeated in the signature.</source>
        <translation>Le domaine que l’employeur vous a donné, repris dans la signature.</translation>
    </message>
    <message>
        <source>Where no keychain answers: your signing key&apos;s passphrase, read from FILE.</source>
        <translation>Si aucun trousseau ne répond : la phrase secrète de votre clé de signature, lue dans FILE.</translation>
    </message>
    <message>
        <source>give one output file; usage: %1</source>
        <translation>indiquez un seul fichier de sortie ; utilisation : %1</translation>
    </message>
    <message>
        <source>Give --passphrase-file FILE with your signing key&apos;s passphrase.</source>
        <translation>Indiquez --passphrase-file FILE avec la phrase secrète de votre clé de signature.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n credential(s) signed by %2</source>
        <translation>
            <numerusform>%1 écrit : %n attestation signée par %2</numerusform>
            <numerusform>%1 écrit : %n attestations signées par %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out %1 (%2): %3</source>
        <translation>Laissé de côté %1 (%2) : %3</translation>
    </message>
    <message>
        <source>A microcredential id (see: credfolio-cli catalog credentials).</source>
        <translation>Un identifiant de microcertification (voir : credfolio-cli catalog credentials).</translation>
    </message>
    <message>
        <source>give exactly one microcredential id</source>
        <translation>indiquez exactement un identifiant de microcertification</translation>
    </message>
    <message>
        <source>Added %1 to your plan.</source>
        <translation>%1 ajoutée à votre plan.</translation>
    </message>
    <message>
        <source>Removed %1 from your plan.</source>
        <translation>%1 retirée de votre plan.</translation>
    </message>
    <message>
        <source>unknown plan command &quot;%1&quot; (try: plan add ID, plan remove ID)</source>
        <translation>commande de plan inconnue « %1 » (essayez : plan add ID, plan remove ID)</translation>
    </message>
    <message>
        <source>Your plan is empty. Add a microcredential with: credfolio-cli plan add ID</source>
        <translation>Votre plan est vide. Ajoutez une microcertification avec : credfolio-cli plan add ID</translation>
    </message>
    <message>
        <source>planned, in-progress, completed (or none to clear).</source>
        <translation>planned, in-progress, completed (ou none pour effacer).</translation>
    </message>
    <message>
        <source>How far through the course, 0 to 100.</source>
        <translation>Avancement dans le cours, de 0 à 100.</translation>
    </message>
    <message>
        <source>Completion date, YYYY-MM-DD (default today).</source>
        <translation>Date d’achèvement, AAAA-MM-JJ (par défaut : aujourd’hui).</translation>
    </message>
    <message>
        <source>A course id.</source>
        <translation>Un identifiant de cours.</translation>
    </message>
    <message>
        <source>give exactly one course id</source>
        <translation>indiquez exactement un identifiant de cours</translation>
    </message>
    <message>
        <source>--status is required (planned, in-progress or completed)</source>
        <translation>--status est obligatoire (planned, in-progress ou completed)</translation>
    </message>
    <message>
        <source>--status must be planned, in-progress or completed, not &quot;%1&quot;</source>
        <translation>--status doit valoir planned, in-progress ou completed, pas « %1 »</translation>
    </message>
    <message>
        <source>--percent must be a whole number from 0 to 100</source>
        <translation>--percent doit être un nombre entier de 0 à 100</translation>
    </message>
    <message>
        <source>--percent goes with --status in-progress</source>
        <translation>--percent va avec --status in-progress</translation>
    </message>
    <message>
        <source>--date must be a date written YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--date doit être une date au format AAAA-MM-JJ, pas « %1 »</translation>
    </message>
    <message>
        <source>--date goes with --status completed</source>
        <translation>--date va avec --status completed</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 est désormais : %2.</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>effacé</translation>
    </message>
    <message>
        <source>unknown progress command &quot;%1&quot; (try: progress set)</source>
        <translation>commande de progression inconnue « %1 » (essayez : progress set)</translation>
    </message>
    <message>
        <source>You are not pursuing any microcredential yet. Add one with: credfolio-cli plan add ID</source>
        <translation>Vous ne visez encore aucune microcertification. Ajoutez-en une avec : credfolio-cli plan add ID</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>%1 h left: %2</source>
        <translation>reste %1 h : %2</translation>
    </message>
    <message>
        <source>The backup file to write (replaced if it exists).</source>
        <translation>Le fichier de sauvegarde à écrire (remplacé s’il existe).</translation>
    </message>
    <message>
        <source>give one backup file; usage: %1</source>
        <translation>indiquez un seul fichier de sauvegarde ; utilisation : %1</translation>
    </message>
    <message>
        <source>there is no portfolio at %1 to back up</source>
        <translation>il n’y a pas de portfolio à l’emplacement %1 à sauvegarder</translation>
    </message>
    <message>
        <source>Backed up %1 badge(s) to %2 (%3 bytes)</source>
        <translation>%1 badge(s) sauvegardé(s) dans %2 (%3 octets)</translation>
    </message>
    <message>
        <source>Replace a portfolio that holds badges, plans or a profile.</source>
        <translation>Remplacer un portfolio qui contient des badges, des plans ou un profil.</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>Le fichier de sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>The portfolio was not changed.</source>
        <translation>Le portfolio n’a pas été modifié.</translation>
    </message>
    <message>
        <source>the portfolio at %1 holds badges, plans or a profile that the backup would replace; add --yes to replace it (nothing was changed)</source>
        <translation>le portfolio situé à %1 contient des badges, des plans ou un profil que la sauvegarde remplacerait ; ajoutez --yes pour le remplacer (rien n’a été modifié)</translation>
    </message>
    <message>
        <source>Restored %1 badge(s) from %2 into %3</source>
        <translation>%1 badge(s) restauré(s) depuis %2 dans %3</translation>
    </message>
    <message>
        <source>(updated from format %1 to %2)</source>
        <translation>(mis à jour du format %1 au format %2)</translation>
    </message>
    <message>
        <source>Judge validity at this time (ISO 8601; default: now).</source>
        <translation>Juger la validité à cette date (ISO 8601 ; par défaut : maintenant).</translation>
    </message>
    <message>
        <source>Serve the document at URL from a local FILE (repeatable).</source>
        <translation>Servir le document situé à URL à partir d’un fichier local FILE (répétable).</translation>
    </message>
    <message>
        <source>Allow online checks: documents not given with --resolve are fetched over HTTPS.</source>
        <translation>Autoriser les vérifications en ligne : les documents non fournis avec --resolve sont récupérés par HTTPS.</translation>
    </message>
    <message>
        <source>--at needs an ISO 8601 date and time such as 2024-06-01T12:00:00Z, not &quot;%1&quot;</source>
        <translation>--at attend une date et une heure ISO 8601, comme 2024-06-01T12:00:00Z, pas « %1 »</translation>
    </message>
    <message>
        <source>--resolve needs URL=FILE, not &quot;%1&quot;</source>
        <translation>--resolve attend URL=FILE, pas « %1 »</translation>
    </message>
    <message>
        <source>--resolve %1: no such file &quot;%2&quot;</source>
        <translation>--resolve %1 : fichier « %2 » introuvable</translation>
    </message>
    <message>
        <source>Achievement: %1</source>
        <translation>Accomplissement : %1</translation>
    </message>
    <message>
        <source>Issuer: %1 (%2)</source>
        <translation>Émetteur : %1 (%2)</translation>
    </message>
    <message>
        <source>For a presentation: the challenge it must answer.</source>
        <translation>Pour une présentation : le défi (challenge) auquel elle doit répondre.</translation>
    </message>
    <message>
        <source>For a presentation: the domain it must be made for.</source>
        <translation>Pour une présentation : le domaine pour lequel elle doit avoir été faite.</translation>
    </message>
    <message>
        <source>Badge files to verify.</source>
        <translation>Fichiers de badge à vérifier.</translation>
    </message>
    <message>
        <source>no badge file given; usage: %1</source>
        <translation>aucun fichier de badge indiqué ; utilisation : %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>credfolio::BadgeCardDelegate</name>
    <message>
        <source>Sample</source>
        <translation>Exemple</translation>
    </message>
</context>
<context>
    <name>credfolio::BadgeDetailPane</name>
    <message>
        <source>Choose a badge to see what it says and why it can be trusted.</source>
        <translation>Choisissez un badge pour voir ce qu’il atteste et pourquoi on peut lui faire confiance.</translation>
    </message>
    <message>
        <source>Badge image</source>
        <translation>Image du badge</translation>
    </message>
    <message>
        <source>What the credential says</source>
        <translation>Ce que dit l’attestation</translation>
    </message>
    <message>
        <source>Verification checks</source>
        <translation>Contrôles de vérification</translation>
    </message>
    <message>
        <source>The credential as JSON</source>
        <translation>L’attestation au format JSON</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Veri&amp;fication</source>
        <translation>&amp;Vérification</translation>
    </message>
    <message>
        <source>Ra&amp;w JSON</source>
        <translation>JSON &amp;brut</translation>
    </message>
    <message>
        <source>&amp;Attachments</source>
        <translation>Pièces &amp;jointes</translation>
    </message>
    <message>
        <source>Re-&amp;verify</source>
        <translation>&amp;Revérifier</translation>
    </message>
    <message>
        <source>Check the badge again now (online too, when online checks are allowed)</source>
        <translation>Vérifier à nouveau le badge maintenant (en ligne aussi, si les vérifications en ligne sont autorisées)</translation>
    </message>
    <message>
        <source>&amp;Save Original…</source>
        <translation>Enregistrer l’&amp;original…</translation>
    </message>
    <message>
        <source>Save the badge file exactly as it was imported</source>
        <translation>Enregistrer le fichier du badge exactement tel qu’il a été importé</translation>
    </message>
    <message>
        <source>Co&amp;llections</source>
        <translation>Co&amp;llections</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>Put the badge in collections, such as one per job application</source>
        <translation>Ranger le badge dans des collections, par exemple une par candidature</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Remove the badge from the portfolio (can be undone until you quit)</source>
        <translation>Retirer le badge du portfolio (annulable jusqu’à ce que vous quittiez)</translation>
    </message>
    <message>
        <source>%1 (%2 badges)</source>
        <translation>%1 (%2 badges)</translation>
    </message>
    <message>
        <source>Your skills, as your badges show them</source>
        <translation>Vos compétences, telles que vos badges les attestent</translation>
    </message>
    <message>
        <source>This is a sample badge from a fictional academy, here so you can explore. It is not a real achievement.</source>
        <translation>Ceci est un badge d’exemple émis par une académie fictive, présent pour que vous puissiez explorer l’application. Il ne correspond à aucune réussite réelle.</translation>
    </message>
    <message>
        <source>Self-reported: you entered this credential yourself; nothing about it can be verified.</source>
        <translation>Autodéclarée : vous avez saisi cette attestation vous-même ; rien ne peut en être vérifié.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Criteria page</source>
        <translation>Page des critères</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>skill</source>
        <translation>compétence</translation>
    </message>
    <message>
        <source>alignment</source>
        <translation>alignement</translation>
    </message>
    <message>
        <source>Skills and alignments</source>
        <translation>Compétences et alignements</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Justificatifs</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis le</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Credential id</source>
        <translation>Identifiant de l’attestation</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>exemple</translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>%1 (exemple)</translation>
    </message>
    <message>
        <source>Issuer unknown</source>
        <translation>Émetteur inconnu</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Émis par %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Self-reported: nothing to verify.</source>
        <translation>Autodéclarée : rien à vérifier.</translation>
    </message>
    <message>
        <source>Last checked %1</source>
        <translation>Dernière vérification : %1</translation>
    </message>
    <message>
        <source>⚠ This badge failed verification and is kept only because you chose to keep it.</source>
        <translation>⚠ Ce badge a échoué à la vérification et n’est conservé que parce que vous avez choisi de le garder.</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>%1 (%2 KiB) — press Enter to save</source>
        <translation>%1 (%2 Kio) — appuyez sur Entrée pour enregistrer</translation>
    </message>
</context>
<context>
    <name>credfolio::BadgeListModel</name>
    <message>
        <source>, issued by %1</source>
        <translation>, émis par %1</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> le %1</translation>
    </message>
    <message>
        <source> (sample badge)</source>
        <translation> (badge d’exemple)</translation>
    </message>
</context>
<context>
    <name>credfolio::CatalogFilterBar</name>
    <message>
        <source>Provider</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Show only courses from this provider</source>
        <translation>N’afficher que les cours de cet organisme</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Tous les organismes</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Show only courses that teach this skill. Type to find a skill.</source>
        <translation>N’afficher que les cours qui enseignent cette compétence. Tapez pour rechercher une compétence.</translation>
    </message>
    <message>
        <source>Any skill</source>
        <translation>Toute compétence</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Show only courses at this level</source>
        <translation>N’afficher que les cours de ce niveau</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Tout niveau</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Show only courses taught in this language</source>
        <translation>N’afficher que les cours donnés dans cette langue</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Toute langue</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Show only courses delivered this way</source>
        <translation>N’afficher que les cours proposés selon cette modalité</translation>
    </message>
    <message>
        <source>Any delivery</source>
        <translation>Toute modalité</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>Toute durée</translation>
    </message>
    <message>
        <source>Up to </source>
        <translation>Jusqu’à </translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>Longest course, in hours</source>
        <translation>Cours le plus long, en heures</translation>
    </message>
    <message>
        <source>Show only courses that take at most this many hours</source>
        <translation>N’afficher que les cours qui durent au plus ce nombre d’heures</translation>
    </message>
    <message>
        <source>Any price</source>
        <translation>Tout prix</translation>
    </message>
    <message>
        <source>Highest price</source>
        <translation>Prix maximal</translation>
    </message>
    <message>
        <source>Show only courses that cost at most this much, in the course&apos;s own currency</source>
        <translation>N’afficher que les cours qui coûtent au plus ce montant, dans la devise du cours</translation>
    </message>
    <message>
        <source>&amp;Free only</source>
        <translation>&amp;Gratuits uniquement</translation>
    </message>
    <message>
        <source>Free courses only</source>
        <translation>Cours gratuits uniquement</translation>
    </message>
    <message>
        <source>Show only courses that cost nothing</source>
        <translation>N’afficher que les cours gratuits</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Trier par</translation>
    </message>
    <message>
        <source>The order of the courses in the list</source>
        <translation>L’ordre des cours dans la liste</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Pertinence</translation>
    </message>
    <message>
        <source>Title (A to Z)</source>
        <translation>Titre (de A à Z)</translation>
    </message>
    <message>
        <source>Shortest first</source>
        <translation>Les plus courts d’abord</translation>
    </message>
    <message>
        <source>Lowest price first</source>
        <translation>Les moins chers d’abord</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>&amp;Trier par :</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Show all courses again: remove every filter</source>
        <translation>Afficher de nouveau tous les cours : retirer tous les filtres</translation>
    </message>
</context>
<context>
    <name>credfolio::CatalogView</name>
    <message>
        <source>Search courses, skills, providers…</source>
        <translation>Rechercher des cours, compétences, organismes…</translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation>Rechercher des cours</translation>
    </message>
    <message>
        <source>Type words from a course&apos;s title, skills, provider or summary (Ctrl+F). Escape clears.</source>
        <translation>Tapez des mots du titre, des compétences, de l’organisme ou du résumé d’un cours (Ctrl+F). Échap efface la recherche.</translation>
    </message>
    <message>
        <source>Number of courses found</source>
        <translation>Nombre de cours trouvés</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Courses that match your search. Press Enter to work with the chosen course.</source>
        <translation>Les cours qui correspondent à votre recherche. Appuyez sur Entrée pour travailler sur le cours choisi.</translation>
    </message>
    <message>
        <source>Click Title, Hours or Cost to sort by it</source>
        <translation>Cliquez sur Titre, Heures ou Coût pour trier selon cette colonne</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <source>Show every course again</source>
        <translation>Afficher de nouveau tous les cours</translation>
    </message>
    <message>
        <source>&lt;b&gt;No courses match these filters.&lt;/b&gt;&lt;br&gt;Try clearing some of the filters.</source>
        <translation>&lt;b&gt;Aucun cours ne correspond à ces filtres.&lt;/b&gt;&lt;br&gt;Essayez d’en retirer quelques-uns.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No courses match “%1”.&lt;/b&gt;&lt;br&gt;Try fewer words or clear the filters.</source>
        <translation>&lt;b&gt;Aucun cours ne correspond à « %1 ».&lt;/b&gt;&lt;br&gt;Essayez avec moins de mots ou effacez les filtres.</translation>
    </message>
</context>
<context>
    <name>credfolio::CourseDetailPane</name>
    <message>
        <source>Course details</source>
        <translation>Détails du cours</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Prix :</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Niveau :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Delivery:</source>
        <translation>Modalité :</translation>
    </message>
    <message>
        <source>Course page</source>
        <translation>Page du cours</translation>
    </message>
    <message>
        <source>Skills you practise</source>
        <translation>Compétences travaillées</translation>
    </message>
    <message>
        <source>Counts toward</source>
        <translation>Compte pour</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Votre progression</translation>
    </message>
    <message>
        <source>Choose a course in the list to see what it teaches, what it costs and which microcredentials it counts toward.</source>
        <translation>Choisissez un cours dans la liste pour voir ce qu’il enseigne, ce qu’il coûte et pour quelles microcertifications il compte.</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>Open the course page</source>
        <translation>Ouvrir la page du cours</translation>
    </message>
    <message>
        <source>%1 &lt;i&gt;(in your plan)&lt;/i&gt;</source>
        <translation>%1 &lt;i&gt;(dans votre plan)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>No microcredential needs this course yet.</source>
        <translation>Aucune microcertification ne requiert encore ce cours.</translation>
    </message>
    <message>
        <source>Your progress on this course could not be saved: %1</source>
        <translation>Votre progression dans ce cours n’a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>credfolio::CourseStatusEditor</name>
    <message>
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Course status</source>
        <translation>État du cours</translation>
    </message>
    <message>
        <source>Where you stand with this course. Changes are saved at once.</source>
        <translation>Où vous en êtes dans ce cours. Les modifications sont enregistrées immédiatement.</translation>
    </message>
    <message>
        <source>Percent done</source>
        <translation>Pourcentage accompli</translation>
    </message>
    <message>
        <source>How much of the course you have done so far</source>
        <translation>La part du cours que vous avez accomplie jusqu’ici</translation>
    </message>
    <message>
        <source>Completion date</source>
        <translation>Date d’achèvement</translation>
    </message>
    <message>
        <source>The day you finished the course</source>
        <translation>Le jour où vous avez terminé le cours</translation>
    </message>
    <message>
        <source>&amp;Add to plan</source>
        <translation>&amp;Ajouter au plan</translation>
    </message>
    <message>
        <source>Add course to plan</source>
        <translation>Ajouter le cours au plan</translation>
    </message>
    <message>
        <source>Mark this course as one you plan to take</source>
        <translation>Indiquer que vous prévoyez de suivre ce cours</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>&amp;Done so far:</source>
        <translation>&amp;Progression :</translation>
    </message>
    <message>
        <source>Finished &amp;on:</source>
        <translation>Terminé &amp;le :</translation>
    </message>
</context>
<context>
    <name>credfolio::CourseTableModel</name>
    <message>
        <source>%1
Skills: %2</source>
        <translation>%1
Compétences : %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>credfolio::FilesExportDialog</name>
    <message>
        <source>Export Badge Files</source>
        <translation>Exporter les fichiers de badge</translation>
    </message>
    <message>
        <source>Writes each badge&apos;s original file, unchanged, and a manifest.json listing them with their status and SHA-256, into a new or empty folder.</source>
        <translation>Écrit le fichier d’origine de chaque badge, sans modification, ainsi qu’un manifest.json qui les répertorie avec leur état et leur empreinte SHA-256, dans un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <source>&amp;All badges (without the samples)</source>
        <translation>&amp;Tous les badges (sans les exemples)</translation>
    </message>
    <message>
        <source>Export all badges</source>
        <translation>Exporter tous les badges</translation>
    </message>
    <message>
        <source>A &amp;collection:</source>
        <translation>Une &amp;collection :</translation>
    </message>
    <message>
        <source>Export a collection</source>
        <translation>Exporter une collection</translation>
    </message>
    <message>
        <source>Collection to export</source>
        <translation>Collection à exporter</translation>
    </message>
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
            <numerusform>Badge &amp;sélectionné dans le Portfolio (%n)</numerusform>
            <numerusform>Badges &amp;sélectionnés dans le Portfolio (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the selected badges</source>
        <translation>Exporter les badges sélectionnés</translation>
    </message>
    <message>
        <source>Folder to export into</source>
        <translation>Dossier d’export</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>Un dossier nouveau ou vide</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Choisir le dossier</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>Export problem</source>
        <translation>Problème d’export</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export the badge files</source>
        <translation>Exporter les fichiers de badge</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Annuler l’export</translation>
    </message>
    <message>
        <source>Folder for the Badge Files</source>
        <translation>Dossier pour les fichiers de badge</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n badge file(s) with manifest.json to %1.</source>
        <translation>
            <numerusform>%n fichier de badge exporté avec manifest.json dans %1.</numerusform>
            <numerusform>%n fichiers de badge exportés avec manifest.json dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n self-reported credential(s) are listed in the manifest without a file.</source>
        <translation>
            <numerusform>%n attestation autodéclarée est listée dans le manifeste sans fichier.</numerusform>
            <numerusform>%n attestations autodéclarées sont listées dans le manifeste sans fichier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credfolio::ImportSummaryDialog</name>
    <message numerus="yes">
        <source>%n badge(s) imported</source>
        <translation>
            <numerusform>%n badge importé</numerusform>
            <numerusform>%n badges importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the portfolio</source>
        <translation>
            <numerusform>, %n déjà dans le portfolio</numerusform>
            <numerusform>, %n déjà dans le portfolio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not a badge or unreadable</source>
        <translation>
            <numerusform>, %n n’est pas un badge ou est illisible</numerusform>
            <numerusform>, %n ne sont pas des badges ou sont illisibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed verification and not kept</source>
        <translation>
            <numerusform>, %n a échoué à la vérification et n’a pas été conservé</numerusform>
            <numerusform>, %n ont échoué à la vérification et n’ont pas été conservés</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; the files not reached were not imported.</source>
        <translation>L’import a été annulé ; les fichiers qui n’avaient pas encore été traités n’ont pas été importés.</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Fichiers importés</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>&amp;Keep Invalid Badges Anyway</source>
        <translation>&amp;Conserver quand même les badges invalides</translation>
    </message>
    <message>
        <source>Store the badges that failed verification; they stay marked invalid everywhere</source>
        <translation>Enregistrer les badges qui ont échoué à la vérification ; ils restent marqués comme invalides partout</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Already in the portfolio</source>
        <translation>Déjà dans le portfolio</translation>
    </message>
    <message>
        <source>Failed verification</source>
        <translation>Échec de la vérification</translation>
    </message>
    <message>
        <source>Not a badge</source>
        <translation>Pas un badge</translation>
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
        <translation>Sections</translation>
    </message>
    <message>
        <source>Switch between finding courses, following your progress and your badges</source>
        <translation>Passer de la recherche de cours au suivi de votre progression et à vos badges</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Find courses (Ctrl+1)</source>
        <translation>Trouver des cours (Ctrl+1)</translation>
    </message>
    <message>
        <source>Your microcredentials and progress (Ctrl+2)</source>
        <translation>Vos microcertifications et votre progression (Ctrl+2)</translation>
    </message>
    <message>
        <source>Your badges (Ctrl+3)</source>
        <translation>Vos badges (Ctrl+3)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Import &amp;Badges…</source>
        <translation>Importer des &amp;badges…</translation>
    </message>
    <message>
        <source>Verify badge files (PNG, SVG, JSON, JWT) and keep them in your portfolio</source>
        <translation>Vérifier des fichiers de badge (PNG, SVG, JSON, JWT) et les conserver dans votre portfolio</translation>
    </message>
    <message>
        <source>Import Badge &amp;Folder…</source>
        <translation>Importer un &amp;dossier de badges…</translation>
    </message>
    <message>
        <source>Import every badge in a folder and its subfolders</source>
        <translation>Importer tous les badges d’un dossier et de ses sous-dossiers</translation>
    </message>
    <message>
        <source>&amp;Import Catalog…</source>
        <translation>&amp;Importer un catalogue…</translation>
    </message>
    <message>
        <source>Add the courses and microcredentials of a catalog file (JSON or CSV)</source>
        <translation>Ajouter les cours et les microcertifications d’un fichier de catalogue (JSON ou CSV)</translation>
    </message>
    <message>
        <source>Your &amp;Profile…</source>
        <translation>Votre &amp;profil…</translation>
    </message>
    <message>
        <source>Your name and the email addresses and URLs you receive badges under</source>
        <translation>Votre nom, ainsi que les adresses électroniques et les URL sous lesquelles vous recevez des badges</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Paste Badge</source>
        <translation>&amp;Coller un badge</translation>
    </message>
    <message>
        <source>Import a badge copied as text (a JWT or JSON)</source>
        <translation>Importer un badge copié sous forme de texte (JWT ou JSON)</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>&amp;Annuler la suppression</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation>&amp;Catalogue</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Progression</translation>
    </message>
    <message>
        <source>P&amp;ortfolio</source>
        <translation>P&amp;ortfolio</translation>
    </message>
    <message>
        <source>&amp;Find Courses</source>
        <translation>&amp;Trouver des cours</translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation>Aller au champ de recherche</translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation>&amp;Portfolio</translation>
    </message>
    <message>
        <source>&amp;Find Badges</source>
        <translation>&amp;Trouver des badges</translation>
    </message>
    <message>
        <source>Add &amp;Self-Reported Credential…</source>
        <translation>Ajouter une attestation &amp;autodéclarée…</translation>
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation>&amp;Nouvelle collection…</translation>
    </message>
    <message>
        <source>Allow &amp;Online Checks</source>
        <translation>Autoriser les vérifications en &amp;ligne</translation>
    </message>
    <message>
        <source>Fetch hosted badges, issuer keys and revocation lists over HTTPS when verifying</source>
        <translation>Récupérer par HTTPS les badges hébergés, les clés des émetteurs et les listes de révocation lors de la vérification</translation>
    </message>
    <message>
        <source>&amp;Re-verify All Badges</source>
        <translation>&amp;Revérifier tous les badges</translation>
    </message>
    <message>
        <source>Add Sample &amp;Badges</source>
        <translation>Ajouter des &amp;badges d’exemple</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Credfolio</source>
        <translation>À &amp;propos de Credfolio</translation>
    </message>
    <message numerus="yes">
        <source>%n badge file(s)</source>
        <translation>
            <numerusform>%n fichier de badge</numerusform>
            <numerusform>%n fichiers de badge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) of badges</source>
        <translation>
            <numerusform>%n dossier de badges</numerusform>
            <numerusform>%n dossiers de badges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge link(s)</source>
        <translation>
            <numerusform>%n lien de badge</numerusform>
            <numerusform>%n liens de badge</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop to import %1 into your portfolio</source>
        <translation>Déposez pour importer %1 dans votre portfolio</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message numerus="yes">
        <source>Drop to add %n catalog file(s) to the course catalog</source>
        <translation>
            <numerusform>Déposez pour ajouter %n fichier de catalogue au catalogue de cours</numerusform>
            <numerusform>Déposez pour ajouter %n fichiers de catalogue au catalogue de cours</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no text to import as a badge.</source>
        <translation>Le presse-papiers ne contient aucun texte à importer comme badge.</translation>
    </message>
    <message>
        <source>Pasted badge</source>
        <translation>Badge collé</translation>
    </message>
    <message>
        <source>Import Badges</source>
        <translation>Importer des badges</translation>
    </message>
    <message>
        <source>Badge files (*.png *.svg *.json *.jws *.jwt *.txt);;All files (*)</source>
        <translation>Fichiers de badge (*.png *.svg *.json *.jws *.jwt *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import Badge Folder</source>
        <translation>Importer un dossier de badges</translation>
    </message>
    <message>
        <source>Import Catalog</source>
        <translation>Importer un catalogue</translation>
    </message>
    <message>
        <source>Catalog files (*.json *.csv);;All files (*)</source>
        <translation>Fichiers de catalogue (*.json *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>About Credfolio</source>
        <translation>À propos de Credfolio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Credfolio %1&lt;/h3&gt;&lt;p&gt;Plan microcredentials, follow your progress and keep verified digital badges.&lt;/p&gt;&lt;p&gt;Your portfolio: &lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Credfolio %1&lt;/h3&gt;&lt;p&gt;Planifiez des microcertifications, suivez votre progression et conservez des badges numériques vérifiés.&lt;/p&gt;&lt;p&gt;Votre portfolio : &lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 in the catalog</source>
        <translation>%1 dans le catalogue</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;PDF Portfolio…</source>
        <translation>Portfolio &amp;PDF…</translation>
    </message>
    <message>
        <source>A PDF of your badges to hand an employer, with their verification status and files</source>
        <translation>Un PDF de vos badges à remettre à un employeur, avec leur état de vérification et leurs fichiers</translation>
    </message>
    <message>
        <source>Signed &amp;Presentation…</source>
        <translation>Présentation &amp;signée…</translation>
    </message>
    <message>
        <source>A Verifiable Presentation of your badges, signed with your key, that an employer can verify</source>
        <translation>Une présentation vérifiable (Verifiable Presentation) de vos badges, signée avec votre clé, qu’un employeur peut vérifier</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Language, online checks, export defaults and where your portfolio lives</source>
        <translation>Langue, vérifications en ligne, paramètres d’export par défaut et emplacement de votre portfolio</translation>
    </message>
    <message>
        <source>Re&amp;move Sample Badges</source>
        <translation>&amp;Supprimer les badges d’exemple</translation>
    </message>
    <message>
        <source>Credfolio opens badges and course catalogs only, so it did not open %1.</source>
        <translation>Credfolio n’ouvre que des badges et des catalogues de cours ; %1 n’a donc pas été ouvert.</translation>
    </message>
</context>
<context>
    <name>credfolio::MessageWidget</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <source>Show every problem that was found</source>
        <translation>Afficher tous les problèmes détectés</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Message details</source>
        <translation>Détails du message</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
    </message>
</context>
<context>
    <name>credfolio::MicrocredentialDetailPane</name>
    <message>
        <source>Microcredential details</source>
        <translation>Détails de la microcertification</translation>
    </message>
    <message>
        <source>Choose a microcredential to see what it asks for.</source>
        <translation>Choisissez une microcertification pour voir ce qu’elle exige.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Issued by %1.&lt;/i&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Émise par %1.&lt;/i&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What you need&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ce qu’il vous faut&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>All of:</source>
        <translation>Tous ces cours :</translation>
    </message>
    <message>
        <source>%1 of:</source>
        <translation>%1 parmi :</translation>
    </message>
    <message>
        <source> ✔ &lt;i&gt;completed&lt;/i&gt;</source>
        <translation> ✔ &lt;i&gt;terminé&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Skills it certifies&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Compétences qu’elle certifie&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Remove from plan</source>
        <translation>&amp;Retirer du plan</translation>
    </message>
    <message>
        <source>&amp;Add to plan</source>
        <translation>&amp;Ajouter au plan</translation>
    </message>
    <message>
        <source>Remove %1 from plan</source>
        <translation>Retirer %1 du plan</translation>
    </message>
    <message>
        <source>Add %1 to plan</source>
        <translation>Ajouter %1 au plan</translation>
    </message>
    <message>
        <source>Stop pursuing this microcredential</source>
        <translation>Ne plus viser cette microcertification</translation>
    </message>
    <message>
        <source>Pursue this microcredential: it appears above with your progress</source>
        <translation>Viser cette microcertification : elle apparaît ci-dessus avec votre progression</translation>
    </message>
</context>
<context>
    <name>credfolio::MicrocredentialListModel</name>
    <message>
        <source>In your plan</source>
        <translation>Dans votre plan</translation>
    </message>
    <message>
        <source>Microcredential</source>
        <translation>Microcertification</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Émise par</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>credfolio::PassphraseDialog</name>
    <message>
        <source>Protect Your Signing Key</source>
        <translation>Protéger votre clé de signature</translation>
    </message>
    <message>
        <source>Unlock Your Signing Key</source>
        <translation>Déverrouiller votre clé de signature</translation>
    </message>
    <message numerus="yes">
        <source>Your signing key will be kept in a file protected by a passphrase. Choose one of at least %n characters; nobody can recover it for you.</source>
        <translation>
            <numerusform>Votre clé de signature sera conservée dans un fichier protégé par une phrase secrète. Choisissez-en une d’au moins %n caractère ; personne ne pourra la récupérer pour vous.</numerusform>
            <numerusform>Votre clé de signature sera conservée dans un fichier protégé par une phrase secrète. Choisissez-en une d’au moins %n caractères ; personne ne pourra la récupérer pour vous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the passphrase that protects your signing key.</source>
        <translation>Saisissez la phrase secrète qui protège votre clé de signature.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Répéter la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <source>&amp;Show passphrase</source>
        <translation>&amp;Afficher la phrase secrète</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
    <message>
        <source>Create Key</source>
        <translation>Créer la clé</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Saisissez une phrase secrète.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is too short: use at least %n characters.</source>
        <translation>
            <numerusform>La phrase secrète est trop courte : utilisez au moins %n caractère.</numerusform>
            <numerusform>La phrase secrète est trop courte : utilisez au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Les deux phrases secrètes diffèrent. Tapez deux fois la même.</translation>
    </message>
</context>
<context>
    <name>credfolio::PdfExportDialog</name>
    <message>
        <source>Export PDF Portfolio</source>
        <translation>Exporter un portfolio PDF</translation>
    </message>
    <message>
        <source>Badges to export</source>
        <translation>Badges à exporter</translation>
    </message>
    <message>
        <source>All badges</source>
        <translation>Tous les badges</translation>
    </message>
    <message numerus="yes">
        <source>Selected badges (%n)</source>
        <translation>
            <numerusform>Badge sélectionné (%n)</numerusform>
            <numerusform>Badges sélectionnés (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Collection: %1 (%n badge(s))</source>
        <translation>
            <numerusform>Collection : %1 (%n badge)</numerusform>
            <numerusform>Collection : %1 (%n badges)</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <source>Detailed: a page per credential</source>
        <translation>Détaillée : une page par attestation</translation>
    </message>
    <message>
        <source>Compact: a short summary</source>
        <translation>Compacte : un court résumé</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
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
        <translation>Selon votre région (%1)</translation>
    </message>
    <message>
        <source>PDF/A-1b for archiving (the original files are not attached)</source>
        <translation>PDF/A-1b pour l’archivage (les fichiers d’origine ne sont pas joints)</translation>
    </message>
    <message>
        <source>PDF/A-1b for archiving</source>
        <translation>PDF/A-1b pour l’archivage</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre professionnel</translation>
    </message>
    <message>
        <source>Show your headline</source>
        <translation>Afficher votre titre professionnel</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>Adresses e-mail</translation>
    </message>
    <message>
        <source>Show your email addresses</source>
        <translation>Afficher vos adresses e-mail</translation>
    </message>
    <message>
        <source>Web addresses</source>
        <translation>Adresses web</translation>
    </message>
    <message>
        <source>Show your web addresses</source>
        <translation>Afficher vos adresses web</translation>
    </message>
    <message>
        <source>&amp;Badges:</source>
        <translation>&amp;Badges :</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Mise en page :</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Page count</source>
        <translation>Nombre de pages</translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation>Aperçu des pages</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’export</translation>
    </message>
    <message>
        <source>Export step</source>
        <translation>Étape de l’export</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>Enregistrer le PDF sous</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Annuler l’export</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Annuler l’export</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Nothing to preview.</source>
        <translation>Rien à prévisualiser.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s); the preview shows the first %1.</source>
        <translation>
            <numerusform>%n page ; l’aperçu montre les %1 premières.</numerusform>
            <numerusform>%n pages ; l’aperçu montre les %1 premières.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Save PDF Portfolio</source>
        <translation>Enregistrer le portfolio PDF</translation>
    </message>
    <message>
        <source>Credential portfolio.pdf</source>
        <translation>Portfolio d’attestations.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 enregistré (%n page).</numerusform>
            <numerusform>%1 enregistré (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
</context>
<context>
    <name>credfolio::PlanCard</name>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>Remove from plan</source>
        <translation>Retirer du plan</translation>
    </message>
    <message>
        <source>Remove %1 from plan</source>
        <translation>Retirer %1 du plan</translation>
    </message>
    <message>
        <source>Stop pursuing this microcredential. Your course progress is kept.</source>
        <translation>Ne plus viser cette microcertification. Votre progression dans les cours est conservée.</translation>
    </message>
    <message>
        <source>%1 of %2 courses</source>
        <translation>%1 cours sur %2</translation>
    </message>
    <message>
        <source>Progress toward %1</source>
        <translation>Progression vers %1</translation>
    </message>
    <message>
        <source>%1% done</source>
        <translation>%1 % accompli</translation>
    </message>
    <message>
        <source>✔ Earned: its badge is in your portfolio.</source>
        <translation>✔ Obtenue : son badge est dans votre portfolio.</translation>
    </message>
    <message>
        <source>✔ All requirements met: this microcredential is earned.</source>
        <translation>✔ Toutes les exigences sont remplies : cette microcertification est obtenue.</translation>
    </message>
    <message>
        <source>Still to do: %1 · %2</source>
        <translation>Reste à faire : %1 · %2</translation>
    </message>
    <message>
        <source>Shortest way to finish:</source>
        <translation>Le chemin le plus court pour terminer :</translation>
    </message>
    <message>
        <source>  (in progress, %1% done)</source>
        <translation>  (en cours, %1 % accompli)</translation>
    </message>
    <message>
        <source>  (planned)</source>
        <translation>  (prévu)</translation>
    </message>
    <message>
        <source>Open %1 in the catalog</source>
        <translation>Ouvrir %1 dans le catalogue</translation>
    </message>
    <message>
        <source>Open this course in the catalog</source>
        <translation>Ouvrir ce cours dans le catalogue</translation>
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
    <message>
        <source>Badge &amp;Files…</source>
        <translation>&amp;Fichiers de badge…</translation>
    </message>
    <message>
        <source>Write the original badge files and a manifest.json into a folder</source>
        <translation>Écrire les fichiers d’origine des badges et un manifest.json dans un dossier</translation>
    </message>
    <message>
        <source>&amp;Back Up Portfolio…</source>
        <translation>&amp;Sauvegarder le portfolio…</translation>
    </message>
    <message>
        <source>Save your whole portfolio in one file</source>
        <translation>Enregistrer l’ensemble de votre portfolio dans un seul fichier</translation>
    </message>
    <message>
        <source>&amp;Restore Portfolio…</source>
        <translation>&amp;Restaurer le portfolio…</translation>
    </message>
    <message>
        <source>Replace your portfolio with a backup</source>
        <translation>Remplacer votre portfolio par une sauvegarde</translation>
    </message>
    <message>
        <source>Credfolio backup %1.credfolio</source>
        <translation>Sauvegarde Credfolio %1.credfolio</translation>
    </message>
    <message>
        <source>Back Up Portfolio</source>
        <translation>Sauvegarder le portfolio</translation>
    </message>
    <message>
        <source>Credfolio backups (*.credfolio);;All files (*)</source>
        <translation>Sauvegardes Credfolio (*.credfolio);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>A backup is already running.</source>
        <translation>Une sauvegarde est déjà en cours.</translation>
    </message>
    <message>
        <source>Backing up your portfolio…</source>
        <translation>Sauvegarde de votre portfolio…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Progression de la sauvegarde</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>Annuler la sauvegarde</translation>
    </message>
    <message>
        <source>The backup was not made: %1</source>
        <translation>La sauvegarde n’a pas été effectuée : %1</translation>
    </message>
    <message>
        <source>it did not finish.</source>
        <translation>elle ne s’est pas terminée.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>Sauvegarde effectuée : %1 dans %2.</translation>
    </message>
    <message>
        <source>Restore Portfolio</source>
        <translation>Restaurer le portfolio</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1 Your portfolio was not changed.</source>
        <translation>Cette sauvegarde ne peut pas être restaurée : %1 Votre portfolio n’a pas été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>Your current portfolio (%1, %n collection(s)) will be replaced by the backup (%2). Anything added since the backup was made will be lost.</source>
        <translation>
            <numerusform>Votre portfolio actuel (%1, %n collection) sera remplacé par la sauvegarde (%2). Tout ce qui a été ajouté depuis la sauvegarde sera perdu.</numerusform>
            <numerusform>Votre portfolio actuel (%1, %n collections) sera remplacé par la sauvegarde (%2). Tout ce qui a été ajouté depuis la sauvegarde sera perdu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your current portfolio will be replaced by the backup (%1).</source>
        <translation>Votre portfolio actuel sera remplacé par la sauvegarde (%1).</translation>
    </message>
    <message>
        <source>Replace your portfolio with this backup?</source>
        <translation>Remplacer votre portfolio par cette sauvegarde ?</translation>
    </message>
    <message>
        <source>&amp;Replace Portfolio</source>
        <translation>&amp;Remplacer le portfolio</translation>
    </message>
    <message>
        <source>Replace your portfolio with the backup</source>
        <translation>Remplacer votre portfolio par la sauvegarde</translation>
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
        <translation>Revérifier</translation>
    </message>
    <message>
        <source>Save Original…</source>
        <translation>Enregistrer l’original…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 n’a pas pu être enregistré : %2</translation>
    </message>
    <message>
        <source>Search badges: name, issuer, skill…</source>
        <translation>Rechercher des badges : nom, émetteur, compétence…</translation>
    </message>
    <message>
        <source>Search badges</source>
        <translation>Rechercher des badges</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Year issued</source>
        <translation>Année d’émission</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Trier par</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Les plus récents d’abord</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Les plus anciens d’abord</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l’import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop importing; badges already imported stay</source>
        <translation>Arrêter l’import ; les badges déjà importés sont conservés</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your badges live here&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Vos badges se rangent ici&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Drop badge files or whole folders anywhere on this window — baked PNG or SVG images, JSON, or JWT files — or paste a badge with Ctrl+V. Credfolio checks each one&apos;s signature, issuer, dates and revocation, and keeps the original safe.</source>
        <translation>Déposez des fichiers de badge ou des dossiers entiers n’importe où dans cette fenêtre — images PNG ou SVG contenant un badge, fichiers JSON ou JWT — ou collez un badge avec Ctrl+V. Credfolio vérifie la signature, l’émetteur, les dates et la révocation de chacun, et conserve l’original en lieu sûr.</translation>
    </message>
    <message>
        <source>&amp;Import Badges…</source>
        <translation>&amp;Importer des badges…</translation>
    </message>
    <message>
        <source>Import Badges</source>
        <translation>Importer des badges</translation>
    </message>
    <message>
        <source>Badge files (*.png *.svg *.json *.jws *.jwt *.txt);;All files (*)</source>
        <translation>Fichiers de badge (*.png *.svg *.json *.jws *.jwt *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Explore with &amp;Sample Badges</source>
        <translation>Explorer avec des badges d’&amp;exemple</translation>
    </message>
    <message>
        <source>Adds three sample badges from a fictional academy; remove them in one step later</source>
        <translation>Ajoute trois badges d’exemple émis par une académie fictive ; vous pourrez les retirer en une seule fois plus tard</translation>
    </message>
    <message>
        <source>You are looking at sample badges from a fictional academy. They are not real achievements.</source>
        <translation>Vous consultez des badges d’exemple émis par une académie fictive. Ils ne correspondent à aucune réussite réelle.</translation>
    </message>
    <message>
        <source>&amp;Remove Samples</source>
        <translation>&amp;Retirer les exemples</translation>
    </message>
    <message>
        <source>Online checks are on: verification may fetch hosted badges, keys and revocation lists over HTTPS.</source>
        <translation>Les vérifications en ligne sont activées : la vérification peut récupérer par HTTPS des badges hébergés, des clés et des listes de révocation.</translation>
    </message>
    <message>
        <source>Online checks are off: badges are verified with what they carry and what Credfolio bundles.</source>
        <translation>Les vérifications en ligne sont désactivées : les badges sont vérifiés avec ce qu’ils contiennent et ce que fournit Credfolio.</translation>
    </message>
    <message>
        <source>Any issuer</source>
        <translation>Tout émetteur</translation>
    </message>
    <message>
        <source>Any skill</source>
        <translation>Toute compétence</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Toute année</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All badges</source>
        <translation>Tous les badges</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n badge</numerusform>
            <numerusform>%n badges</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Badge Failed Verification</source>
        <translation>Échec de la vérification du badge</translation>
    </message>
    <message>
        <source>%1

Keep it anyway? It will stay marked invalid everywhere.</source>
        <translation>%1

Le conserver quand même ? Il restera marqué comme invalide partout.</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;: %2.</source>
        <translation>« %1 » importé : %2.</translation>
    </message>
    <message>
        <source>This badge is already in your portfolio.</source>
        <translation>Ce badge est déjà dans votre portfolio.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé : %1</translation>
    </message>
    <message>
        <source>The pasted text is not a badge: %1</source>
        <translation>Le texte collé n’est pas un badge : %1</translation>
    </message>
    <message>
        <source>Delete Badge</source>
        <translation>Supprimer le badge</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from your portfolio? You can undo this with Edit &gt; Undo Delete until you quit.</source>
        <translation>Supprimer « %1 » de votre portfolio ? Vous pourrez annuler avec Édition &gt; Annuler la suppression jusqu’à ce que vous quittiez.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;. Undo with Ctrl+Z.</source>
        <translation>« %1 » supprimé. Annulez avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Save Original Badge File</source>
        <translation>Enregistrer le fichier original du badge</translation>
    </message>
    <message>
        <source>Saved the original file to %1.</source>
        <translation>Fichier original enregistré dans %1.</translation>
    </message>
    <message>
        <source>Profile saved. Re-verify your badges to check their recipients against it.</source>
        <translation>Profil enregistré. Revérifiez vos badges pour contrôler leurs destinataires par rapport à ce profil.</translation>
    </message>
    <message>
        <source>Signing Key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation>Nouvelle collection</translation>
    </message>
    <message>
        <source>Name (for example, the job you apply for):</source>
        <translation>Nom (par exemple, le poste auquel vous postulez) :</translation>
    </message>
    <message>
        <source>New Collection…</source>
        <translation>Nouvelle collection…</translation>
    </message>
    <message>
        <source>The sample badges could not be added: %1</source>
        <translation>Les badges d’exemple n’ont pas pu être ajoutés : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sample badge(s) removed.</source>
        <translation>
            <numerusform>%n badge d’exemple retiré.</numerusform>
            <numerusform>%n badges d’exemple retirés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>An import is already running; wait for it to finish or cancel it.</source>
        <translation>Un import est déjà en cours ; attendez qu’il se termine ou annulez-le.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n badge file(s)…</source>
        <translation>
            <numerusform>Import de %n fichier de badge…</numerusform>
            <numerusform>Import de %n fichiers de badge…</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for badge files…</source>
        <translation>Recherche des fichiers de badge…</translation>
    </message>
    <message>
        <source>The badge could not be verified again: %1</source>
        <translation>Le badge n’a pas pu être revérifié : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; checked again: %2.</source>
        <translation>« %1 » vérifié à nouveau : %2.</translation>
    </message>
    <message numerus="yes">
        <source>Every badge was checked again; %n changed status.</source>
        <translation>
            <numerusform>Tous les badges ont été revérifiés ; %n a changé d’état.</numerusform>
            <numerusform>Tous les badges ont été revérifiés ; %n ont changé d’état.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credfolio::PresentationExportDialog</name>
    <message>
        <source>Export Signed Presentation</source>
        <translation>Exporter une présentation signée</translation>
    </message>
    <message>
        <source>A signed presentation carries your verifiable badges, unchanged, in one file signed with your key, for an employer&apos;s verification software.</source>
        <translation>Une présentation signée contient vos badges vérifiables, sans modification, dans un seul fichier signé avec votre clé, destiné au logiciel de vérification d’un employeur.</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>&amp;All badges</source>
        <translation>&amp;Tous les badges</translation>
    </message>
    <message>
        <source>Export all badges</source>
        <translation>Exporter tous les badges</translation>
    </message>
    <message>
        <source>A &amp;collection:</source>
        <translation>Une &amp;collection :</translation>
    </message>
    <message>
        <source>Export a collection</source>
        <translation>Exporter une collection</translation>
    </message>
    <message>
        <source>Collection to export</source>
        <translation>Collection à exporter</translation>
    </message>
    <message numerus="yes">
        <source>The %n badge(s) &amp;selected in the Portfolio</source>
        <translation>
            <numerusform>Badge &amp;sélectionné dans le Portfolio (%n)</numerusform>
            <numerusform>Badges &amp;sélectionnés dans le Portfolio (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the selected badges</source>
        <translation>Exporter les badges sélectionnés</translation>
    </message>
    <message>
        <source>Employer&apos;s request (optional)</source>
        <translation>Demande de l’employeur (facultatif)</translation>
    </message>
    <message>
        <source>If the employer gave you a challenge and a domain, enter them: your signature then covers them, so the presentation cannot be reused for another request.</source>
        <translation>Si l’employeur vous a donné un défi (challenge) et un domaine, saisissez-les : votre signature les couvre alors, et la présentation ne peut pas être réutilisée pour une autre demande.</translation>
    </message>
    <message>
        <source>Challenge given by the employer</source>
        <translation>Défi donné par l’employeur</translation>
    </message>
    <message>
        <source>for example, a code such as 5f1c-92ab</source>
        <translation>par exemple, un code tel que 5f1c-92ab</translation>
    </message>
    <message>
        <source>C&amp;hallenge:</source>
        <translation>&amp;Défi :</translation>
    </message>
    <message>
        <source>Domain given by the employer</source>
        <translation>Domaine donné par l’employeur</translation>
    </message>
    <message>
        <source>for example, jobs.employer.example</source>
        <translation>par exemple, jobs.employer.example</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>D&amp;omaine :</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Résultat de l’export</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>Save the signed presentation</source>
        <translation>Enregistrer la présentation signée</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save Signed Presentation</source>
        <translation>Enregistrer la présentation signée</translation>
    </message>
    <message>
        <source>Verifiable presentation (*.json)</source>
        <translation>Présentation vérifiable (*.json)</translation>
    </message>
    <message>
        <source>Your signing key is kept in a file protected by your passphrase.</source>
        <translation>Votre clé de signature est conservée dans un fichier protégé par votre phrase secrète.</translation>
    </message>
    <message>
        <source>The presentation could not be saved: %1</source>
        <translation>La présentation n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved a presentation of %n credential(s), signed as %1.</source>
        <translation>
            <numerusform>Présentation de %n attestation enregistrée, signée en tant que %1.</numerusform>
            <numerusform>Présentation de %n attestations enregistrée, signée en tant que %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) left out (see details).</source>
        <translation>
            <numerusform>%n badge laissé de côté (voir les détails).</numerusform>
            <numerusform>%n badges laissés de côté (voir les détails).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credfolio::ProfileDialog</name>
    <message>
        <source>Your Profile</source>
        <translation>Votre profil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre professionnel</translation>
    </message>
    <message>
        <source>Email addresses, one per line</source>
        <translation>Adresses électroniques, une par ligne</translation>
    </message>
    <message>
        <source>URLs, one per line</source>
        <translation>URL, une par ligne</translation>
    </message>
    <message>
        <source>Badges are issued to an email address or a URL. Credfolio checks each badge&apos;s recipient against these and flags a badge issued to someone else.</source>
        <translation>Les badges sont émis pour une adresse électronique ou une URL. Credfolio compare le destinataire de chaque badge à ces données et signale un badge émis pour quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>Create &amp;Signing Key</source>
        <translation>Créer une clé de &amp;signature</translation>
    </message>
    <message>
        <source>Makes the key that signs the portfolios you export; it is kept in your system&apos;s keychain</source>
        <translation>Crée la clé qui signe les portfolios que vous exportez ; elle est conservée dans le trousseau de votre système</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Emails:</source>
        <translation>&amp;Adresses :</translation>
    </message>
    <message>
        <source>&amp;URLs:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Clé de signature :</translation>
    </message>
    <message>
        <source>None yet: it is made the first time you sign an export, or now.</source>
        <translation>Aucune pour l’instant : elle est créée la première fois que vous signez un export, ou dès maintenant.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
</context>
<context>
    <name>credfolio::ProgressView</name>
    <message>
        <source>Your microcredentials</source>
        <translation>Vos microcertifications</translation>
    </message>
    <message>
        <source>You are not pursuing any microcredential yet. Choose one below.</source>
        <translation>Vous ne visez encore aucune microcertification. Choisissez-en une ci-dessous.</translation>
    </message>
    <message>
        <source>Choose a microcredential to pursue</source>
        <translation>Choisissez une microcertification à viser</translation>
    </message>
    <message>
        <source>Microcredentials</source>
        <translation>Microcertifications</translation>
    </message>
    <message>
        <source>Every microcredential in the catalog. Choose one to see what it asks for.</source>
        <translation>Toutes les microcertifications du catalogue. Choisissez-en une pour voir ce qu’elle exige.</translation>
    </message>
    <message>
        <source>This microcredential could not be added to your plan: %1</source>
        <translation>Cette microcertification n’a pas pu être ajoutée à votre plan : %1</translation>
    </message>
    <message>
        <source>This microcredential could not be removed from your plan: %1</source>
        <translation>Cette microcertification n’a pas pu être retirée de votre plan : %1</translation>
    </message>
</context>
<context>
    <name>credfolio::SelfReportedDialog</name>
    <message>
        <source>Add Self-Reported Credential</source>
        <translation>Ajouter une attestation autodéclarée</translation>
    </message>
    <message>
        <source>For a certificate without verifiable data, such as a course platform&apos;s PDF. It will always be labelled self-reported.</source>
        <translation>Pour un certificat sans données vérifiables, comme le PDF d’une plateforme de cours. Il sera toujours signalé comme autodéclaré.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Émise par</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>Date d’émission</translation>
    </message>
    <message>
        <source>Link to the certificate</source>
        <translation>Lien vers le certificat</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>Attach &amp;Files…</source>
        <translation>Joindre des &amp;fichiers…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation>Émise &amp;par :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Lien :</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Fichiers :</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>%1 cannot be attached: it is unreadable or larger than 16 MiB.</source>
        <translation>Impossible de joindre %1 : le fichier est illisible ou dépasse 16 Mio.</translation>
    </message>
    <message>
        <source>Give the credential a name.</source>
        <translation>Donnez un nom à l’attestation.</translation>
    </message>
    <message>
        <source>The link must be a full address, like https://example.org/certificate/123.</source>
        <translation>Le lien doit être une adresse complète, comme https://example.org/certificate/123.</translation>
    </message>
</context>
<context>
    <name>credfolio::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The language Credfolio speaks. Applies the next time Credfolio starts.</source>
        <translation>La langue dans laquelle Credfolio s’affiche. S’applique au prochain démarrage de Credfolio.</translation>
    </message>
    <message>
        <source>Allow &amp;online checks</source>
        <translation>Autoriser les vérifications en &amp;ligne</translation>
    </message>
    <message>
        <source>Fetch hosted badges, issuer keys, revocation lists and badge images over HTTPS</source>
        <translation>Récupérer par HTTPS les badges hébergés, les clés des émetteurs, les listes de révocation et les images des badges</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Lan&amp;gue :</translation>
    </message>
    <message>
        <source>A new language applies the next time Credfolio starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de Credfolio.</translation>
    </message>
    <message>
        <source>When off, badges are verified with what they carry and what Credfolio bundles; nothing is fetched.</source>
        <translation>Lorsqu’elles sont désactivées, les badges sont vérifiés avec ce qu’ils contiennent et ce que fournit Credfolio ; rien n’est récupéré.</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compacte</translation>
    </message>
    <message>
        <source>Detailed</source>
        <translation>Détaillée</translation>
    </message>
    <message>
        <source>The layout an export starts with</source>
        <translation>La mise en page par défaut d’un export</translation>
    </message>
    <message>
        <source>From the system&apos;s region</source>
        <translation>Selon la région du système</translation>
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
        <translation>PDF d’archi&amp;vage (PDF/A)</translation>
    </message>
    <message>
        <source>Export PDFs in the PDF/A archival format by default</source>
        <translation>Exporter par défaut les PDF au format d’archivage PDF/A</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>&amp;Mise en page :</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>Format du &amp;papier :</translation>
    </message>
    <message>
        <source>The defaults each export starts with; you can change them per export.</source>
        <translation>Les paramètres par défaut de chaque export ; vous pouvez les modifier à chaque export.</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>The portfolio file Credfolio opens; empty for the default location</source>
        <translation>Le fichier de portfolio qu’ouvre Credfolio ; vide pour l’emplacement par défaut</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Choose the portfolio file</source>
        <translation>Choisir le fichier de portfolio</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>Ré&amp;initialiser</translation>
    </message>
    <message>
        <source>Use the default location again</source>
        <translation>Utiliser à nouveau l’emplacement par défaut</translation>
    </message>
    <message>
        <source>Portfolio &amp;file:</source>
        <translation>&amp;Fichier du portfolio :</translation>
    </message>
    <message>
        <source>Portfolio File</source>
        <translation>Fichier du portfolio</translation>
    </message>
    <message>
        <source>Credfolio portfolio (*.sqlite);;All files (*)</source>
        <translation>Portfolio Credfolio (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The CREDFOLIO_DB environment variable chooses the portfolio for now: %1</source>
        <translation>La variable d’environnement CREDFOLIO_DB choisit le portfolio pour l’instant : %1</translation>
    </message>
    <message>
        <source>Credfolio opens %1. A change applies the next time Credfolio starts.</source>
        <translation>Credfolio ouvre %1. Une modification s’applique au prochain démarrage de Credfolio.</translation>
    </message>
    <message>
        <source>This window has %1 open.</source>
        <translation>Cette fenêtre utilise actuellement %1.</translation>
    </message>
</context>
<context>
    <name>credfolio::WindowSession</name>
    <message>
        <source>Restoring your portfolio…</source>
        <translation>Restauration de votre portfolio…</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Progression de la restauration</translation>
    </message>
    <message>
        <source>Restore Portfolio</source>
        <translation>Restaurer le portfolio</translation>
    </message>
    <message>
        <source>Credfolio cannot open your portfolio</source>
        <translation>Credfolio ne peut pas ouvrir votre portfolio</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>La sauvegarde n’a pas été restaurée : %1</translation>
    </message>
    <message>
        <source>it did not finish.</source>
        <translation>elle ne s’est pas terminée.</translation>
    </message>
    <message numerus="yes">
        <source>Restored your portfolio from %1: %n badge(s).</source>
        <translation>
            <numerusform>Votre portfolio a été restauré depuis %1 : %n badge.</numerusform>
            <numerusform>Votre portfolio a été restauré depuis %1 : %n badges.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was updated to this version&apos;s format.</source>
        <translation>La sauvegarde a été mise à jour au format de cette version.</translation>
    </message>
</context>
<context>
    <name>crypto</name>
    <message>
        <source>the data is not gzip-compressed</source>
        <translation>les données ne sont pas compressées avec gzip</translation>
    </message>
    <message>
        <source>gzip is not available in this build</source>
        <translation>gzip n’est pas disponible dans cette version du programme</translation>
    </message>
    <message>
        <source>the compressed data expands beyond %1 bytes</source>
        <translation>les données compressées dépassent %1 octets une fois décompressées</translation>
    </message>
    <message>
        <source>the gzip data is corrupt (%1)</source>
        <translation>les données gzip sont corrompues (%1)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan microcredentials and keep verified digital badges.</source>
        <translation>Planifiez des microcertifications et conservez des badges numériques vérifiés.</translation>
    </message>
    <message>
        <source>Use the portfolio at PATH.</source>
        <translation>Utiliser le portfolio situé à PATH.</translation>
    </message>
    <message>
        <source>Credfolio cannot open your portfolio</source>
        <translation>Credfolio ne peut pas ouvrir votre portfolio</translation>
    </message>
    <message>
        <source>Badge files, folders of badges or catalog files to import.</source>
        <translation>Fichiers de badge, dossiers de badges ou fichiers de catalogue à importer.</translation>
    </message>
</context>
<context>
    <name>verify</name>
    <message>
        <source>%1 is not available (no local copy and no network)</source>
        <translation>%1 n’est pas disponible (aucune copie locale et pas de réseau)</translation>
    </message>
    <message>
        <source>%1 is not available offline (no local copy was given for it)</source>
        <translation>%1 n’est pas disponible hors ligne (aucune copie locale n’a été fournie)</translation>
    </message>
    <message>
        <source>cannot read the local copy of %1 (%2): %3</source>
        <translation>impossible de lire la copie locale de %1 (%2) : %3</translation>
    </message>
    <message>
        <source>the local copy of %1 is larger than 4 MiB</source>
        <translation>la copie locale de %1 dépasse 4 Mio</translation>
    </message>
    <message>
        <source>the published key includes its private part, so it cannot be trusted</source>
        <translation>la clé publiée contient sa partie privée, on ne peut donc pas lui faire confiance</translation>
    </message>
    <message>
        <source>the key document holds no public key Credfolio can read</source>
        <translation>le document de clé ne contient aucune clé publique que Credfolio sache lire</translation>
    </message>
    <message>
        <source>the key document has no id</source>
        <translation>le document de clé n’a pas d’identifiant (id)</translation>
    </message>
    <message>
        <source>the did:web identifier %1 is malformed</source>
        <translation>l’identifiant did:web %1 est mal formé</translation>
    </message>
    <message>
        <source>the did:web identifier %1 does not name a web address</source>
        <translation>l’identifiant did:web %1 ne désigne pas une adresse web</translation>
    </message>
    <message>
        <source>the DID method of %1 is not supported</source>
        <translation>la méthode DID de %1 n’est pas prise en charge</translation>
    </message>
    <message>
        <source>the did:key identifier holds no usable key: %1</source>
        <translation>l’identifiant did:key ne contient aucune clé utilisable : %1</translation>
    </message>
    <message>
        <source>the did:jwk identifier is not valid base64url</source>
        <translation>l’identifiant did:jwk n’est pas du base64url valide</translation>
    </message>
    <message>
        <source>the did:jwk identifier does not hold a JSON key</source>
        <translation>l’identifiant did:jwk ne contient pas de clé JSON</translation>
    </message>
    <message>
        <source>the did:jwk key includes its private part, so it cannot be trusted</source>
        <translation>la clé did:jwk contient sa partie privée, on ne peut donc pas lui faire confiance</translation>
    </message>
    <message>
        <source>the did:jwk key is not usable: %1</source>
        <translation>la clé did:jwk n’est pas utilisable : %1</translation>
    </message>
    <message>
        <source>the DID document of %1 cannot be fetched here</source>
        <translation>le document DID de %1 ne peut pas être récupéré ici</translation>
    </message>
    <message>
        <source>the DID document of %1 is not a JSON object</source>
        <translation>le document DID de %1 n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>the DID document fetched for %1 describes %2 instead</source>
        <translation>le document DID récupéré pour %1 décrit %2 à la place</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s (timed out)</source>
        <translation>%1 n’a pas répondu dans les %2 s (délai dépassé)</translation>
    </message>
    <message>
        <source>%1 is larger than %2 (too large); it was not downloaded</source>
        <translation>%1 dépasse %2 (trop volumineux) ; il n’a pas été téléchargé</translation>
    </message>
    <message>
        <source>could not reach %1 securely: %2</source>
        <translation>impossible de joindre %1 de manière sécurisée : %2</translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation>impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (a redirect) without saying where to</source>
        <translation>%1 a répondu HTTP %2 (une redirection) sans indiquer vers où</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 a répondu HTTP %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (%3)</source>
        <translation>%1 a répondu HTTP %2 (%3)</translation>
    </message>
    <message>
        <source>%1 was served as %2, not as a JSON, JSON-LD, JWT or text document</source>
        <translation>%1 a été servi en tant que %2, et non comme un document JSON, JSON-LD, JWT ou texte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address that can be fetched</source>
        <translation>« %1 » n’est pas une adresse web qui peut être récupérée</translation>
    </message>
    <message>
        <source>%1 is not an https:// address; online checks fetch documents only over HTTPS</source>
        <translation>%1 n’est pas une adresse https:// ; les vérifications en ligne ne récupèrent des documents que par HTTPS</translation>
    </message>
    <message>
        <source>%1 carries a user name or password; it is not fetched</source>
        <translation>%1 contient un nom d’utilisateur ou un mot de passe ; il n’est pas récupéré</translation>
    </message>
    <message>
        <source>%1 cannot be fetched: online checks need a running application</source>
        <translation>%1 ne peut pas être récupéré : les vérifications en ligne nécessitent une application en cours d’exécution</translation>
    </message>
    <message>
        <source>%1 cannot be fetched: this installation has no TLS support</source>
        <translation>%1 ne peut pas être récupéré : cette installation ne prend pas en charge TLS</translation>
    </message>
    <message>
        <source>%1 redirected to %2, which is not an https:// address; it was not followed</source>
        <translation>%1 redirige vers %2, qui n’est pas une adresse https:// ; la redirection n’a pas été suivie</translation>
    </message>
    <message>
        <source>%1 redirected to an address with a user name or password, or without a host; it was not followed</source>
        <translation>%1 redirige vers une adresse comportant un nom d’utilisateur ou un mot de passe, ou sans hôte ; la redirection n’a pas été suivie</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times; it was not followed further</source>
        <translation>%1 a redirigé plus de %2 fois ; les redirections suivantes n’ont pas été suivies</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; in %2 is not a valid date and time.</source>
        <translation>La date « %1 » dans %2 n’est pas une date et une heure valides.</translation>
    </message>
    <message>
        <source>The credential is not valid yet: it becomes valid on %1 (%2), after the time checked, %3.</source>
        <translation>L’attestation n’est pas encore valide : elle le devient le %1 (%2), après la date vérifiée, %3.</translation>
    </message>
    <message>
        <source>The credential expired on %1 (%2).</source>
        <translation>L’attestation a expiré le %1 (%2).</translation>
    </message>
    <message>
        <source>The credential is within its validity period (until %1).</source>
        <translation>L’attestation est dans sa période de validité (jusqu’au %1).</translation>
    </message>
    <message>
        <source>The credential has no expiry date and is valid from its issue date.</source>
        <translation>L’attestation n’a pas de date d’expiration et est valide à partir de sa date d’émission.</translation>
    </message>
    <message>
        <source>The credential does not start with the W3C Verifiable Credentials context.</source>
        <translation>L’attestation ne commence pas par le contexte W3C Verifiable Credentials.</translation>
    </message>
    <message>
        <source>The credential&apos;s type does not include VerifiableCredential.</source>
        <translation>Le type de l’attestation n’inclut pas VerifiableCredential.</translation>
    </message>
    <message>
        <source>The credential does not name its issuer.</source>
        <translation>L’attestation ne nomme pas son émetteur.</translation>
    </message>
    <message>
        <source>The credential has no subject (credentialSubject).</source>
        <translation>L’attestation n’a pas de sujet (credentialSubject).</translation>
    </message>
    <message>
        <source>The credential has no issuance date, which version 1.1 credentials require.</source>
        <translation>L’attestation n’a pas de date d’émission, ce qu’exigent les attestations de version 1.1.</translation>
    </message>
    <message>
        <source>The credential has the shape of a W3C Verifiable Credential (%1).</source>
        <translation>L’attestation a la forme d’une attestation vérifiable W3C (%1).</translation>
    </message>
    <message>
        <source>The credential names no recipient identity to compare with the one expected.</source>
        <translation>L’attestation ne nomme aucune identité de destinataire à comparer avec celle attendue.</translation>
    </message>
    <message>
        <source>The credential names no recipient identity (email or URL) to compare with yours.</source>
        <translation>L’attestation ne nomme aucune identité de destinataire (adresse électronique ou URL) à comparer avec les vôtres.</translation>
    </message>
    <message>
        <source>The badge was issued to %1.</source>
        <translation>Le badge a été émis pour %1.</translation>
    </message>
    <message>
        <source>The recipient identity is hashed with %1, which is not a known method.</source>
        <translation>L’identité du destinataire est hachée avec %1, qui n’est pas une méthode connue.</translation>
    </message>
    <message>
        <source>The badge was not issued to %1.</source>
        <translation>Le badge n’a pas été émis pour %1.</translation>
    </message>
    <message>
        <source>This badge was issued to someone else: its recipient is none of your identities (%1).</source>
        <translation>Ce badge a été émis pour quelqu’un d’autre : son destinataire ne correspond à aucune de vos identités (%1).</translation>
    </message>
    <message>
        <source>The credentials carried inside this one are nested too deeply to check.</source>
        <translation>Les attestations contenues dans celle-ci sont imbriquées trop profondément pour être vérifiées.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the credentials carried inside this one did not verify.</source>
        <translation>
            <numerusform>%n des attestations contenues dans celle-ci n’a pas été vérifiée avec succès.</numerusform>
            <numerusform>%n des attestations contenues dans celle-ci n’ont pas été vérifiées avec succès.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the credentials carried inside this one could not be fully checked.</source>
        <translation>
            <numerusform>%n des attestations contenues dans celle-ci n’a pas pu être entièrement vérifiée.</numerusform>
            <numerusform>%n des attestations contenues dans celle-ci n’ont pas pu être entièrement vérifiées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n credentials carried inside this one verify.</source>
        <translation>
            <numerusform>L’attestation contenue dans celle-ci (%n) est vérifiée.</numerusform>
            <numerusform>Les %n attestations contenues dans celle-ci sont toutes vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>a verifiable presentation can only be verified as a file of its own</source>
        <translation>une présentation vérifiable ne peut être vérifiée que sous forme de fichier distinct</translation>
    </message>
    <message>
        <source>the JSON is not a badge: it is neither an Open Badges assertion nor a verifiable credential</source>
        <translation>le JSON n’est pas un badge : ce n’est ni une assertion Open Badges ni une attestation vérifiable</translation>
    </message>
    <message>
        <source>The credential carries no signature or proof, so anyone could have written it.</source>
        <translation>L’attestation ne porte ni signature ni preuve : n’importe qui aurait pu l’écrire.</translation>
    </message>
    <message>
        <source>the text is neither a JSON credential nor a compact JWS</source>
        <translation>le texte n’est ni une attestation JSON ni un JWS compact</translation>
    </message>
    <message>
        <source>The credential is not strict JSON, so its proof cannot be checked.</source>
        <translation>L’attestation n’est pas du JSON strict, sa preuve ne peut donc pas être vérifiée.</translation>
    </message>
    <message>
        <source>The credential&apos;s proof is empty.</source>
        <translation>La preuve de l’attestation est vide.</translation>
    </message>
    <message>
        <source>The credential&apos;s proof is not a JSON object.</source>
        <translation>La preuve de l’attestation n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The proof uses &quot;%1&quot;, a kind of proof Credfolio does not know, so nothing is claimed about it.</source>
        <translation>La preuve utilise « %1 », un type de preuve que Credfolio ne connaît pas ; rien n’est donc affirmé à son sujet.</translation>
    </message>
    <message>
        <source>The proof follows an earlier proof (previousProof) that the credential does not carry exactly once.</source>
        <translation>La preuve fait suite à une preuve antérieure (previousProof) que l’attestation ne contient pas exactement une fois.</translation>
    </message>
    <message>
        <source>the proof has a @context but the document has none</source>
        <translation>la preuve a un @context mais le document n’en a pas</translation>
    </message>
    <message>
        <source>the proof&apos;s @context does not match the document&apos;s</source>
        <translation>le @context de la preuve ne correspond pas à celui du document</translation>
    </message>
    <message>
        <source>it must be a base58btc signature</source>
        <translation>elle doit être une signature base58btc</translation>
    </message>
    <message>
        <source>The proof uses the %1 cryptosuite.</source>
        <translation>La preuve utilise la suite cryptographique %1.</translation>
    </message>
    <message>
        <source>The proof&apos;s purpose is &quot;%1&quot;, not issuing a credential (assertionMethod).</source>
        <translation>La finalité de la preuve est « %1 », et non l’émission d’une attestation (assertionMethod).</translation>
    </message>
    <message>
        <source>The proof was made to issue a credential (assertionMethod).</source>
        <translation>La preuve a été faite pour émettre une attestation (assertionMethod).</translation>
    </message>
    <message>
        <source>The proof&apos;s created or expires date is not a valid date and time.</source>
        <translation>La date de création ou d’expiration de la preuve n’est pas une date et une heure valides.</translation>
    </message>
    <message>
        <source>The proof claims to have been made on %1, after the time checked.</source>
        <translation>La preuve prétend avoir été faite le %1, après la date vérifiée.</translation>
    </message>
    <message>
        <source>The proof expired on %1.</source>
        <translation>La preuve a expiré le %1.</translation>
    </message>
    <message>
        <source>The proof&apos;s dates are in order.</source>
        <translation>Les dates de la preuve sont cohérentes.</translation>
    </message>
    <message>
        <source>The proof&apos;s signature value is malformed: %1.</source>
        <translation>La valeur de signature de la preuve est mal formée : %1.</translation>
    </message>
    <message>
        <source>The signing key %1 could not be fetched: %2</source>
        <translation>La clé de signature %1 n’a pas pu être récupérée : %2</translation>
    </message>
    <message>
        <source>The signature could not be checked without the key.</source>
        <translation>La signature n’a pas pu être vérifiée sans la clé.</translation>
    </message>
    <message>
        <source>The signing key %1 cannot be used: %2</source>
        <translation>La clé de signature %1 ne peut pas être utilisée : %2</translation>
    </message>
    <message>
        <source>The signing key %1 was found.</source>
        <translation>La clé de signature %1 a été trouvée.</translation>
    </message>
    <message>
        <source>%1 needs %2, but %3 is a %4 key.</source>
        <translation>%1 requiert %2, mais %3 est une clé %4.</translation>
    </message>
    <message>
        <source>The proof&apos;s signature value has the wrong length for a %1 key.</source>
        <translation>La valeur de signature de la preuve n’a pas la bonne longueur pour une clé %1.</translation>
    </message>
    <message>
        <source>The signed content could not be prepared, so the signature was not checked: %1.</source>
        <translation>Le contenu signé n’a pas pu être préparé, la signature n’a donc pas été vérifiée : %1.</translation>
    </message>
    <message>
        <source>The proof does not fit the credential: %1.</source>
        <translation>La preuve ne correspond pas à l’attestation : %1.</translation>
    </message>
    <message>
        <source>The %1 signature matches the content and the key.</source>
        <translation>La signature %1 correspond au contenu et à la clé.</translation>
    </message>
    <message>
        <source>The signature does not match: the badge was changed or signed with another key.</source>
        <translation>La signature ne correspond pas : le badge a été modifié ou signé avec une autre clé.</translation>
    </message>
    <message>
        <source>The signature could not be checked: %1</source>
        <translation>La signature n’a pas pu être vérifiée : %1</translation>
    </message>
    <message>
        <source>a P-256 key</source>
        <translation>une clé P-256</translation>
    </message>
    <message>
        <source>it must be base64url (multibase &apos;u&apos;)</source>
        <translation>elle doit être en base64url (multibase &apos;u&apos;)</translation>
    </message>
    <message>
        <source>it is a base proof, which only the holder uses; a verifier needs a derived proof</source>
        <translation>il s’agit d’une preuve de base, que seul le détenteur utilise ; un vérificateur a besoin d’une preuve dérivée</translation>
    </message>
    <message>
        <source>it is not an ecdsa-sd-2023 derived proof</source>
        <translation>il ne s’agit pas d’une preuve dérivée ecdsa-sd-2023</translation>
    </message>
    <message>
        <source>its CBOR content is malformed</source>
        <translation>son contenu CBOR est mal formé</translation>
    </message>
    <message>
        <source>its blank node label map is malformed</source>
        <translation>sa table des étiquettes de nœuds anonymes est mal formée</translation>
    </message>
    <message>
        <source>its mandatory statement list is malformed</source>
        <translation>sa liste d’énoncés obligatoires est mal formée</translation>
    </message>
    <message>
        <source>the proof gives no label for blank node %1</source>
        <translation>la preuve ne donne aucune étiquette pour le nœud anonyme %1</translation>
    </message>
    <message>
        <source>the proof names a mandatory statement the credential does not have</source>
        <translation>la preuve désigne un énoncé obligatoire que l’attestation ne contient pas</translation>
    </message>
    <message>
        <source>the credential discloses %1 statements but the proof signs %2</source>
        <translation>l’attestation divulgue %1 énoncés, mais la preuve en signe %2</translation>
    </message>
    <message>
        <source>the proof&apos;s per-statement key is not a P-256 key</source>
        <translation>la clé par énoncé de la preuve n’est pas une clé P-256</translation>
    </message>
    <message>
        <source>the signature of a disclosed statement does not match: the credential was changed</source>
        <translation>la signature d’un énoncé divulgué ne correspond pas : l’attestation a été modifiée</translation>
    </message>
    <message>
        <source>an Ed25519 key</source>
        <translation>une clé Ed25519</translation>
    </message>
    <message>
        <source>no key is named</source>
        <translation>aucune clé n’est désignée</translation>
    </message>
    <message>
        <source>the key reference %1 is neither a DID nor a web address</source>
        <translation>la référence de clé %1 n’est ni un DID ni une adresse web</translation>
    </message>
    <message>
        <source>%1 does not say which of its keys signed</source>
        <translation>%1 n’indique pas laquelle de ses clés a signé</translation>
    </message>
    <message>
        <source>%1 has no key %2</source>
        <translation>%1 n’a pas de clé %2</translation>
    </message>
    <message>
        <source>the key %1 is not allowed to issue credentials (it is not an assertion method)</source>
        <translation>la clé %1 n’est pas autorisée à émettre des attestations (ce n’est pas une assertionMethod)</translation>
    </message>
    <message>
        <source>the key set at %1 has no key %2</source>
        <translation>le jeu de clés situé à %1 n’a pas de clé %2</translation>
    </message>
    <message>
        <source>the key in %1 is not usable: %2</source>
        <translation>la clé contenue dans %1 n’est pas utilisable : %2</translation>
    </message>
    <message>
        <source>the key at %1 is not usable: %2</source>
        <translation>la clé située à %1 n’est pas utilisable : %2</translation>
    </message>
    <message>
        <source>the key document at %1 describes %2, not %3</source>
        <translation>le document de clé situé à %1 décrit %2, et non %3</translation>
    </message>
    <message>
        <source>%1 lists no key %2</source>
        <translation>%1 ne répertorie aucune clé %2</translation>
    </message>
    <message>
        <source>The credential does not name its issuer, so the key cannot be tied to anyone.</source>
        <translation>L’attestation ne nomme pas son émetteur, la clé ne peut donc être rattachée à personne.</translation>
    </message>
    <message>
        <source>The signing key is controlled by the issuer (%1).</source>
        <translation>La clé de signature est contrôlée par l’émetteur (%1).</translation>
    </message>
    <message>
        <source>The signing key belongs to the issuer&apos;s DID (%1).</source>
        <translation>La clé de signature appartient au DID de l’émetteur (%1).</translation>
    </message>
    <message>
        <source>Could not check that the signing key belongs to the issuer: the issuer&apos;s profile is not available (%1).</source>
        <translation>Impossible de vérifier que la clé de signature appartient à l’émetteur : le profil de l’émetteur n’est pas disponible (%1).</translation>
    </message>
    <message>
        <source>The issuer profile fetched for %1 describes %2 instead.</source>
        <translation>Le profil d’émetteur récupéré pour %1 décrit %2 à la place.</translation>
    </message>
    <message>
        <source>Could not check that the signing key belongs to the issuer: %1</source>
        <translation>Impossible de vérifier que la clé de signature appartient à l’émetteur : %1</translation>
    </message>
    <message>
        <source>The issuer&apos;s profile lists the signing key.</source>
        <translation>Le profil de l’émetteur répertorie la clé de signature.</translation>
    </message>
    <message>
        <source>The key that signed this credential is not one the issuer (%1) lists as its own.</source>
        <translation>La clé qui a signé cette attestation ne fait pas partie de celles que l’émetteur (%1) déclare comme siennes.</translation>
    </message>
    <message>
        <source>The badge description could not be fetched: %1</source>
        <translation>La description du badge n’a pas pu être récupérée : %1</translation>
    </message>
    <message>
        <source>The badge description fetched from %1 describes a different badge.</source>
        <translation>La description de badge récupérée depuis %1 décrit un autre badge.</translation>
    </message>
    <message>
        <source>The assertion does not say which badge it awards.</source>
        <translation>L’assertion n’indique pas quel badge elle décerne.</translation>
    </message>
    <message>
        <source>The issuer&apos;s profile could not be fetched: %1</source>
        <translation>Le profil de l’émetteur n’a pas pu être récupéré : %1</translation>
    </message>
    <message>
        <source>The issuer profile fetched from %1 describes a different issuer.</source>
        <translation>Le profil d’émetteur récupéré depuis %1 décrit un autre émetteur.</translation>
    </message>
    <message>
        <source>The badge does not name its issuer.</source>
        <translation>Le badge ne nomme pas son émetteur.</translation>
    </message>
    <message>
        <source>The issuer is %1 (%2).</source>
        <translation>L’émetteur est %1 (%2).</translation>
    </message>
    <message>
        <source>The signature is unacceptable: %1.</source>
        <translation>La signature est inacceptable : %1.</translation>
    </message>
    <message>
        <source>The signed assertion does not declare signed verification.</source>
        <translation>L’assertion signée ne déclare pas une vérification par signature (signed).</translation>
    </message>
    <message>
        <source>The signature could not be checked without the issuer&apos;s profile.</source>
        <translation>La signature n’a pas pu être vérifiée sans le profil de l’émetteur.</translation>
    </message>
    <message>
        <source>Neither the assertion nor the issuer names a key to check the signature with.</source>
        <translation>Ni l’assertion ni l’émetteur ne désignent de clé avec laquelle vérifier la signature.</translation>
    </message>
    <message>
        <source>The signature algorithm %1 may not be used with this key: %2.</source>
        <translation>L’algorithme de signature %1 ne peut pas être utilisé avec cette clé : %2.</translation>
    </message>
    <message>
        <source>The signature does not match: the badge was changed or signed with another key (%1).</source>
        <translation>La signature ne correspond pas : le badge a été modifié ou signé avec une autre clé (%1).</translation>
    </message>
    <message>
        <source>The signature could not be checked: %1.</source>
        <translation>La signature n’a pas pu être vérifiée : %1.</translation>
    </message>
    <message>
        <source>The key document fetched from %1 describes another key.</source>
        <translation>Le document de clé récupéré depuis %1 décrit une autre clé.</translation>
    </message>
    <message>
        <source>The signing key belongs to &quot;%1&quot;, not to the issuer %2.</source>
        <translation>La clé de signature appartient à « %1 », et non à l’émetteur %2.</translation>
    </message>
    <message>
        <source>The issuer&apos;s profile does not list the signing key %1.</source>
        <translation>Le profil de l’émetteur ne répertorie pas la clé de signature %1.</translation>
    </message>
    <message>
        <source>The signing key is owned by the issuer and listed in its profile.</source>
        <translation>La clé de signature appartient à l’émetteur et figure dans son profil.</translation>
    </message>
    <message>
        <source>The signing key could not be fetched: %1</source>
        <translation>La clé de signature n’a pas pu être récupérée : %1</translation>
    </message>
    <message>
        <source>None of the issuer&apos;s keys verifies the signature (%1).</source>
        <translation>Aucune des clés de l’émetteur ne valide la signature (%1).</translation>
    </message>
    <message>
        <source>The issuer publishes no revocation list, so the badge cannot have been revoked through one.</source>
        <translation>L’émetteur ne publie aucune liste de révocation ; le badge ne peut donc pas avoir été révoqué par ce moyen.</translation>
    </message>
    <message>
        <source>Could not check whether the badge was revoked: %1</source>
        <translation>Impossible de vérifier si le badge a été révoqué : %1</translation>
    </message>
    <message>
        <source>The issuer has revoked this badge.</source>
        <translation>L’émetteur a révoqué ce badge.</translation>
    </message>
    <message>
        <source>The issuer has revoked this badge: %1</source>
        <translation>L’émetteur a révoqué ce badge : %1</translation>
    </message>
    <message>
        <source>The badge is not on the issuer&apos;s revocation list.</source>
        <translation>Le badge ne figure pas sur la liste de révocation de l’émetteur.</translation>
    </message>
    <message>
        <source>The assertion is hosted where the issuer allows its badges to be hosted.</source>
        <translation>L’assertion est hébergée à un emplacement où l’émetteur autorise l’hébergement de ses badges.</translation>
    </message>
    <message>
        <source>The assertion is hosted at %1, which the issuer does not allow for its badges.</source>
        <translation>L’assertion est hébergée à l’adresse %1, que l’émetteur n’autorise pas pour ses badges.</translation>
    </message>
    <message>
        <source>The badge says it is signed, but the file holds the assertion without its signature.</source>
        <translation>Le badge se dit signé, mais le fichier contient l’assertion sans sa signature.</translation>
    </message>
    <message>
        <source>The hosted assertion could not be fetched: %1</source>
        <translation>L’assertion hébergée n’a pas pu être récupérée : %1</translation>
    </message>
    <message>
        <source>The assertion fetched from %1 has a different id.</source>
        <translation>L’assertion récupérée depuis %1 a un identifiant différent.</translation>
    </message>
    <message>
        <source>The assertion&apos;s verification type &quot;%1&quot; is unknown.</source>
        <translation>Le type de vérification « %1 » de l’assertion est inconnu.</translation>
    </message>
    <message>
        <source>A hosted assertion must have a web address as its id.</source>
        <translation>Une assertion hébergée doit avoir une adresse web comme identifiant.</translation>
    </message>
    <message>
        <source>The hosted copy of the assertion could not be fetched: %1</source>
        <translation>La copie hébergée de l’assertion n’a pas pu être récupérée : %1</translation>
    </message>
    <message>
        <source>The badge differs from the copy the issuer hosts at %1.</source>
        <translation>Le badge diffère de la copie que l’émetteur héberge à l’adresse %1.</translation>
    </message>
    <message>
        <source>The badge is the same as the copy the issuer hosts.</source>
        <translation>Le badge est identique à la copie hébergée par l’émetteur.</translation>
    </message>
    <message>
        <source>The assertion was fetched from where the issuer hosts it.</source>
        <translation>L’assertion a été récupérée à l’emplacement où l’émetteur l’héberge.</translation>
    </message>
    <message>
        <source>Could not check whether the badge was revoked without its hosted copy.</source>
        <translation>Impossible de vérifier si le badge a été révoqué sans sa copie hébergée.</translation>
    </message>
    <message>
        <source>The issuer has not revoked this badge.</source>
        <translation>L’émetteur n’a pas révoqué ce badge.</translation>
    </message>
    <message>
        <source>Could not check where the assertion may be hosted without the issuer&apos;s profile.</source>
        <translation>Impossible de vérifier où l’assertion peut être hébergée sans le profil de l’émetteur.</translation>
    </message>
    <message>
        <source>The document is a W3C verifiable presentation.</source>
        <translation>Le document est une présentation vérifiable du W3C.</translation>
    </message>
    <message>
        <source>The presentation&apos;s first @context is not the W3C credentials context, so verifiers cannot read it.</source>
        <translation>Le premier @context de la présentation n’est pas le contexte d’attestations du W3C ; les vérificateurs ne peuvent donc pas la lire.</translation>
    </message>
    <message>
        <source>The presentation carries no proof, so anyone could have put these credentials together.</source>
        <translation>La présentation ne porte aucune preuve : n’importe qui aurait pu assembler ces attestations.</translation>
    </message>
    <message>
        <source>The presentation must carry exactly one proof object.</source>
        <translation>La présentation doit porter exactement un objet de preuve.</translation>
    </message>
    <message>
        <source>The presentation&apos;s proof uses &quot;%1&quot;, which Credfolio cannot check, so nothing is claimed about it.</source>
        <translation>La preuve de la présentation utilise « %1 », que Credfolio ne sait pas vérifier ; rien n’est donc affirmé à son sujet.</translation>
    </message>
    <message>
        <source>The presentation&apos;s proof uses the %1 cryptosuite.</source>
        <translation>La preuve de la présentation utilise la suite cryptographique %1.</translation>
    </message>
    <message>
        <source>The presentation&apos;s proof purpose is &quot;%1&quot;, not a holder presenting (authentication).</source>
        <translation>La finalité de la preuve de la présentation est « %1 », et non la présentation par un détenteur (authentication).</translation>
    </message>
    <message>
        <source>The proof was made by the holder to present (authentication).</source>
        <translation>La preuve a été faite par le détenteur pour présenter (authentication).</translation>
    </message>
    <message>
        <source>The proof answers the challenge %1.</source>
        <translation>La preuve répond au défi %1.</translation>
    </message>
    <message>
        <source>The proof answers no challenge, but %1 was expected.</source>
        <translation>La preuve ne répond à aucun défi, alors que %1 était attendu.</translation>
    </message>
    <message>
        <source>The proof answers the challenge %1, not %2: it was made for another request.</source>
        <translation>La preuve répond au défi %1, et non %2 : elle a été faite pour une autre demande.</translation>
    </message>
    <message>
        <source>The proof answers the challenge %1; no expected challenge was given to compare it with.</source>
        <translation>La preuve répond au défi %1 ; aucun défi attendu n’a été indiqué pour le comparer.</translation>
    </message>
    <message>
        <source>The proof was made for the domain %1.</source>
        <translation>La preuve a été faite pour le domaine %1.</translation>
    </message>
    <message>
        <source>The proof was made for %1, not for the domain %2.</source>
        <translation>La preuve a été faite pour %1, et non pour le domaine %2.</translation>
    </message>
    <message>
        <source>no domain</source>
        <translation>aucun domaine</translation>
    </message>
    <message>
        <source>The proof was made for the domain %1; no expected domain was given to compare it with.</source>
        <translation>La preuve a été faite pour le domaine %1 ; aucun domaine attendu n’a été indiqué pour le comparer.</translation>
    </message>
    <message>
        <source>The presentation names no holder, so nothing ties it to the person presenting.</source>
        <translation>La présentation ne nomme aucun détenteur ; rien ne la relie donc à la personne qui la présente.</translation>
    </message>
    <message>
        <source>The presentation was signed with %1, which is not a key of its holder %2.</source>
        <translation>La présentation a été signée avec %1, qui n’est pas une clé de son détenteur %2.</translation>
    </message>
    <message>
        <source>The presentation was signed by its holder %1.</source>
        <translation>La présentation a été signée par son détenteur %1.</translation>
    </message>
    <message>
        <source>The holder&apos;s key %1 cannot be used: %2</source>
        <translation>La clé du détenteur %1 ne peut pas être utilisée : %2</translation>
    </message>
    <message>
        <source>The holder&apos;s key %1 could not be fetched: %2</source>
        <translation>La clé du détenteur %1 n’a pas pu être récupérée : %2</translation>
    </message>
    <message>
        <source>%1 has no key %2.</source>
        <translation>%1 n’a pas de clé %2.</translation>
    </message>
    <message>
        <source>The key %1 is not allowed to authenticate as %2 (it is not an authentication method).</source>
        <translation>La clé %1 n’est pas autorisée à s’authentifier en tant que %2 (ce n’est pas une méthode d’authentification).</translation>
    </message>
    <message>
        <source>The holder&apos;s key %1 was found.</source>
        <translation>La clé du détenteur %1 a été trouvée.</translation>
    </message>
    <message>
        <source>The presentation&apos;s cryptosuite cannot be used with the %1 key %2.</source>
        <translation>La suite cryptographique de la présentation ne peut pas être utilisée avec la clé %1 %2.</translation>
    </message>
    <message>
        <source>The presentation&apos;s signature value is malformed.</source>
        <translation>La valeur de signature de la présentation est mal formée.</translation>
    </message>
    <message>
        <source>The proof does not fit the presentation: %1.</source>
        <translation>La preuve ne correspond pas à la présentation : %1.</translation>
    </message>
    <message>
        <source>The presentation could not be prepared for checking, so its signature was not checked: %1.</source>
        <translation>La présentation n’a pas pu être préparée pour la vérification, sa signature n’a donc pas été vérifiée : %1.</translation>
    </message>
    <message>
        <source>The holder&apos;s signature matches the presentation and everything in it.</source>
        <translation>La signature du détenteur correspond à la présentation et à tout ce qu’elle contient.</translation>
    </message>
    <message>
        <source>The holder&apos;s signature does not match: the presentation was changed after it was signed.</source>
        <translation>La signature du détenteur ne correspond pas : la présentation a été modifiée après sa signature.</translation>
    </message>
    <message>
        <source>The presentation carries no credentials.</source>
        <translation>La présentation ne contient aucune attestation.</translation>
    </message>
    <message>
        <source>an entry of verifiableCredential is neither a credential nor a JWT</source>
        <translation>une entrée de verifiableCredential n’est ni une attestation ni un JWT</translation>
    </message>
    <message>
        <source>a presentation cannot carry another presentation</source>
        <translation>une présentation ne peut pas contenir une autre présentation</translation>
    </message>
    <message>
        <source>the enveloped credential&apos;s id is not a data: URL</source>
        <translation>l’id de l’attestation enveloppée n’est pas une URL data:</translation>
    </message>
    <message>
        <source>The enveloped credential is of media type %1, which Credfolio cannot check.</source>
        <translation>L’attestation enveloppée est du type de média %1, que Credfolio ne sait pas vérifier.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the credentials in the presentation did not verify: forged, changed or malformed.</source>
        <translation>
            <numerusform>%n des attestations de la présentation n’a pas été vérifiée avec succès : falsifiée, modifiée ou mal formée.</numerusform>
            <numerusform>%n des attestations de la présentation n’ont pas été vérifiées avec succès : falsifiées, modifiées ou mal formées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the credentials in the presentation is expired or revoked.</source>
        <translation>
            <numerusform>%n des attestations de la présentation est expirée ou révoquée.</numerusform>
            <numerusform>%n des attestations de la présentation sont expirées ou révoquées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the credentials in the presentation could not be fully checked.</source>
        <translation>
            <numerusform>%n des attestations de la présentation n’a pas pu être entièrement vérifiée.</numerusform>
            <numerusform>%n des attestations de la présentation n’ont pas pu être entièrement vérifiées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n credentials in the presentation verify.</source>
        <translation>
            <numerusform>L’attestation de la présentation (%n) est vérifiée.</numerusform>
            <numerusform>Les %n attestations de la présentation sont toutes vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>it uses terms its JSON-LD contexts do not define (%1), which the signature cannot cover</source>
        <translation>elle utilise des termes que ses contextes JSON-LD ne définissent pas (%1), et que la signature ne peut donc pas couvrir</translation>
    </message>
    <message>
        <source>a P-256 or P-384 key</source>
        <translation>une clé P-256 ou P-384</translation>
    </message>
    <message>
        <source>The %1 schema could not be loaded: %2</source>
        <translation>Le schéma %1 n’a pas pu être chargé : %2</translation>
    </message>
    <message>
        <source>The %1 schema check could not run: %2</source>
        <translation>La vérification du schéma %1 n’a pas pu s’exécuter : %2</translation>
    </message>
    <message>
        <source>The credential follows the %1 schema.</source>
        <translation>L’attestation respecte le schéma %1.</translation>
    </message>
    <message>
        <source>The credential does not follow the %1 schema: %2</source>
        <translation>L’attestation ne respecte pas le schéma %1 : %2</translation>
    </message>
    <message>
        <source>The credential&apos;s status entry is incomplete (it needs statusPurpose, statusListIndex and statusListCredential).</source>
        <translation>L’entrée de statut de l’attestation est incomplète (elle requiert statusPurpose, statusListIndex et statusListCredential).</translation>
    </message>
    <message>
        <source>The status list is nested too deeply to check.</source>
        <translation>La liste de statuts est imbriquée trop profondément pour être vérifiée.</translation>
    </message>
    <message>
        <source>Could not check whether the credential was revoked: the status list %1 is not available.</source>
        <translation>Impossible de vérifier si l’attestation a été révoquée : la liste de statuts %1 n’est pas disponible.</translation>
    </message>
    <message>
        <source>Could not check whether the credential was revoked: %1</source>
        <translation>Impossible de vérifier si l’attestation a été révoquée : %1</translation>
    </message>
    <message>
        <source>The status list %1 does not verify, so it cannot be trusted.</source>
        <translation>La liste de statuts %1 échoue à la vérification ; on ne peut donc pas lui faire confiance.</translation>
    </message>
    <message>
        <source>The status list %1 could not be fully verified.</source>
        <translation>La liste de statuts %1 n’a pas pu être entièrement vérifiée.</translation>
    </message>
    <message>
        <source>The status list %1 was issued by someone other than the credential&apos;s issuer.</source>
        <translation>La liste de statuts %1 a été émise par quelqu’un d’autre que l’émetteur de l’attestation.</translation>
    </message>
    <message>
        <source>The document at %1 is not a %2.</source>
        <translation>Le document situé à %1 n’est pas un %2.</translation>
    </message>
    <message>
        <source>The status list %1 is not for %2.</source>
        <translation>La liste de statuts %1 n’est pas destinée à %2.</translation>
    </message>
    <message>
        <source>The status list&apos;s encoded list is malformed: %1</source>
        <translation>La liste encodée de la liste de statuts est mal formée : %1</translation>
    </message>
    <message>
        <source>The credential&apos;s status index %1 lies outside its status list.</source>
        <translation>L’index de statut %1 de l’attestation se trouve hors de sa liste de statuts.</translation>
    </message>
    <message>
        <source>The issuer has not revoked this credential.</source>
        <translation>L’émetteur n’a pas révoqué cette attestation.</translation>
    </message>
    <message>
        <source>The issuer has not suspended this credential.</source>
        <translation>L’émetteur n’a pas suspendu cette attestation.</translation>
    </message>
    <message>
        <source>The credential&apos;s %1 status is not set.</source>
        <translation>Le statut %1 de l’attestation n’est pas positionné.</translation>
    </message>
    <message>
        <source>The issuer has revoked this credential.</source>
        <translation>L’émetteur a révoqué cette attestation.</translation>
    </message>
    <message>
        <source>The issuer has suspended this credential.</source>
        <translation>L’émetteur a suspendu cette attestation.</translation>
    </message>
    <message>
        <source>The credential&apos;s %1 status is set; see the issuer&apos;s status messages.</source>
        <translation>Le statut %1 de l’attestation est positionné ; consultez les messages de statut de l’émetteur.</translation>
    </message>
    <message>
        <source>The revocation list %1 was published by someone other than the credential&apos;s issuer.</source>
        <translation>La liste de révocation %1 a été publiée par quelqu’un d’autre que l’émetteur de l’attestation.</translation>
    </message>
    <message>
        <source>The issuer has revoked this credential: %1</source>
        <translation>L’émetteur a révoqué cette attestation : %1</translation>
    </message>
    <message>
        <source>The credential is not on the issuer&apos;s revocation list.</source>
        <translation>L’attestation ne figure pas sur la liste de révocation de l’émetteur.</translation>
    </message>
    <message>
        <source>The credential uses the status method &quot;%1&quot;, which Credfolio cannot check, so it may have been revoked.</source>
        <translation>L’attestation utilise la méthode de statut « %1 », que Credfolio ne sait pas vérifier ; elle a donc pu être révoquée.</translation>
    </message>
    <message>
        <source>The proof uses %1, which this version of Credfolio cannot check yet, so nothing is claimed about it.</source>
        <translation>La preuve utilise %1, que cette version de Credfolio ne sait pas encore vérifier ; rien n’est donc affirmé à son sujet.</translation>
    </message>
    <message>
        <source>The signed content is not a JSON credential: %1</source>
        <translation>Le contenu signé n’est pas une attestation JSON : %1</translation>
    </message>
    <message>
        <source>The key in the signature header includes its private part; such a badge cannot be trusted.</source>
        <translation>La clé figurant dans l’en-tête de la signature contient sa partie privée ; on ne peut pas faire confiance à un tel badge.</translation>
    </message>
    <message>
        <source>The key in the signature header is not usable: %1.</source>
        <translation>La clé figurant dans l’en-tête de la signature n’est pas utilisable : %1.</translation>
    </message>
    <message>
        <source>The signing key is given in the signature header.</source>
        <translation>La clé de signature est fournie dans l’en-tête de la signature.</translation>
    </message>
    <message>
        <source>The signature does not say which key made it (no kid or jwk header).</source>
        <translation>La signature n’indique pas quelle clé l’a produite (pas d’en-tête kid ni jwk).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; differs from the credential&apos;s %3 &quot;%4&quot;</source>
        <translation>%1 « %2 » diffère du champ %3 « %4 » de l’attestation</translation>
    </message>
    <message>
        <source>%1 is not a number of seconds</source>
        <translation>%1 n’est pas un nombre de secondes</translation>
    </message>
    <message>
        <source>%1 (%2) differs from the credential&apos;s %3 (%4)</source>
        <translation>%1 (%2) diffère du champ %3 (%4) de l’attestation</translation>
    </message>
    <message>
        <source>the token has no iss claim naming the issuer</source>
        <translation>le jeton n’a pas de revendication iss désignant l’émetteur</translation>
    </message>
    <message>
        <source>The token&apos;s claims disagree with the credential: %1.</source>
        <translation>Les revendications du jeton ne concordent pas avec l’attestation : %1.</translation>
    </message>
    <message>
        <source>The token is not valid yet (nbf %1).</source>
        <translation>Le jeton n’est pas encore valide (nbf %1).</translation>
    </message>
    <message>
        <source>The token expired on %1 (exp).</source>
        <translation>Le jeton a expiré le %1 (exp).</translation>
    </message>
    <message>
        <source>The token&apos;s claims agree with the credential.</source>
        <translation>Les revendications du jeton concordent avec l’attestation.</translation>
    </message>
    <message>
        <source>the document is not valid JSON (%1)</source>
        <translation>le document n’est pas du JSON valide (%1)</translation>
    </message>
    <message>
        <source>the document is not a JSON object</source>
        <translation>le document n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>%1 cannot be fetched: no documents were made available</source>
        <translation>%1 ne peut pas être récupéré : aucun document n’a été mis à disposition</translation>
    </message>
    <message>
        <source>%1 is not a valid address</source>
        <translation>%1 n’est pas une adresse valide</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
</TS>
