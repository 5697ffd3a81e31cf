<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Backup</name>
    <message>
        <source>The backup was cancelled; nothing was written.</source>
        <translation>Se canceló la copia de seguridad; no se escribió nada.</translation>
    </message>
    <message>
        <source>There is no portfolio at %1 to back up.</source>
        <translation>No hay ningún portafolio en %1 del que hacer una copia de seguridad.</translation>
    </message>
    <message>
        <source>Choose another file for the backup: %1 is %2.</source>
        <translation>Elija otro archivo para la copia de seguridad: %1 es %2.</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>the portfolio itself</source>
        <translation>el propio portafolio</translation>
    </message>
    <message>
        <source>The backup failed its integrity check (%1); nothing was written.</source>
        <translation>La copia de seguridad no superó su comprobación de integridad (%1); no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>BadgeImporter</name>
    <message>
        <source>The file does not exist.</source>
        <translation>El archivo no existe.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Esto es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>The file is %1 MiB; badge files over %2 MiB are refused.</source>
        <translation>El archivo ocupa %1 MiB; se rechazan los archivos de insignias de más de %2 MiB.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>This is a signed presentation (credentials bundled for an employer), not a badge: import the badges it carries from their own files.</source>
        <translation>Esto es una presentación firmada (credenciales reunidas para un empleador), no una insignia: importe las insignias que contiene desde sus propios archivos.</translation>
    </message>
    <message>
        <source>Already in the portfolio.</source>
        <translation>Ya está en el portafolio.</translation>
    </message>
    <message>
        <source>Not stored because it failed verification: %1</source>
        <translation>No se guardó porque no superó la verificación: %1</translation>
    </message>
    <message>
        <source>There is no badge %1 in the portfolio.</source>
        <translation>No hay ninguna insignia %1 en el portafolio.</translation>
    </message>
    <message>
        <source>A self-reported credential needs a name.</source>
        <translation>Una credencial autodeclarada necesita un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a full link (like https://example.org/certificate/123).</source>
        <translation>«%1» no es un enlace completo (como https://example.org/certificate/123).</translation>
    </message>
    <message>
        <source>The attachment %1 is larger than %2 MiB.</source>
        <translation>El adjunto %1 ocupa más de %2 MiB.</translation>
    </message>
    <message>
        <source>You entered this credential yourself; it carries no data anyone can verify.</source>
        <translation>Usted mismo introdujo esta credencial; no contiene datos que nadie pueda verificar.</translation>
    </message>
    <message>
        <source>This credential is already in the portfolio.</source>
        <translation>Esta credencial ya está en el portafolio.</translation>
    </message>
</context>
<context>
    <name>BadgeState</name>
    <message>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Sin verificar</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>No válida</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Self-reported</source>
        <translation>Autodeclarada</translation>
    </message>
</context>
<context>
    <name>BadgeStore</name>
    <message>
        <source>A collection needs a name.</source>
        <translation>Una colección necesita un nombre.</translation>
    </message>
    <message>
        <source>There is already a collection named &quot;%1&quot;.</source>
        <translation>Ya existe una colección llamada «%1».</translation>
    </message>
    <message>
        <source>%1 is not an image Credfolio shows (PNG, JPEG, GIF, WebP or SVG up to 2 MiB).</source>
        <translation>%1 no es una imagen que Credfolio muestre (PNG, JPEG, GIF, WebP o SVG de hasta 2 MiB).</translation>
    </message>
    <message>
        <source>The badge could not be stored: %1</source>
        <translation>No se pudo guardar la insignia: %1</translation>
    </message>
    <message>
        <source>There is no badge %1 in the portfolio.</source>
        <translation>No hay ninguna insignia %1 en el portafolio.</translation>
    </message>
    <message>
        <source>The badge is already back in the portfolio.</source>
        <translation>La insignia ya ha vuelto al portafolio.</translation>
    </message>
</context>
<context>
    <name>BulkImport</name>
    <message>
        <source>This is a link; allow online checks to import badges from links, or download the badge and import the file.</source>
        <translation>Esto es un enlace; permita las comprobaciones en línea para importar insignias desde enlaces, o descargue la insignia e importe el archivo.</translation>
    </message>
</context>
<context>
    <name>BundledContexts</name>
    <message>
        <source>The context %1 is not bundled with Credfolio and online checks are off</source>
        <translation>El contexto %1 no viene incluido con Credfolio y las comprobaciones en línea están desactivadas</translation>
    </message>
</context>
<context>
    <name>Canonicalizer</name>
    <message>
        <source>canonicalization stopped after %1 steps: the data&apos;s blank nodes are too symmetric to label in reasonable time</source>
        <translation>la canonicalización se detuvo tras %1 pasos: los nodos en blanco de los datos son demasiado simétricos para etiquetarlos en un tiempo razonable</translation>
    </message>
    <message>
        <source>the data holds a statement that is not RDF</source>
        <translation>los datos contienen una declaración que no es RDF</translation>
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
        <translation>Se importó %1: %2 añadidos, %3 actualizados; microcredenciales: %4 añadidas, %5 actualizadas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was not imported&lt;/b&gt; and your catalog was not changed. Fix the problems listed below and try again.</source>
        <translation>&lt;b&gt;No se importó %1&lt;/b&gt; y su catálogo no cambió. Corrija los problemas indicados abajo y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>CatalogImporter</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>no se puede abrir el archivo: %1</translation>
    </message>
    <message>
        <source>the file is %1 MiB; catalogs of more than %2 MiB are not accepted</source>
        <translation>el archivo ocupa %1 MiB; no se aceptan catálogos de más de %2 MiB</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>… y %1 problemas más</translation>
    </message>
    <message>
        <source>the catalog holds no providers, skills, courses or microcredentials</source>
        <translation>el catálogo no contiene proveedores, competencias, cursos ni microcredenciales</translation>
    </message>
    <message>
        <source>the provider id &quot;%1&quot; is already used at %2</source>
        <translation>el id de proveedor «%1» ya se usa en %2</translation>
    </message>
    <message>
        <source>the skill id &quot;%1&quot; is already used at %2</source>
        <translation>el id de competencia «%1» ya se usa en %2</translation>
    </message>
    <message>
        <source>the course id &quot;%1&quot; is already used at %2</source>
        <translation>el id de curso «%1» ya se usa en %2</translation>
    </message>
    <message>
        <source>the microcredential id &quot;%1&quot; is already used at %2</source>
        <translation>el id de microcredencial «%1» ya se usa en %2</translation>
    </message>
    <message>
        <source>no provider has the id &quot;%1&quot;; list it under &quot;providers&quot;</source>
        <translation>ningún proveedor tiene el id «%1»; inclúyalo en «providers»</translation>
    </message>
    <message>
        <source>no skill has the id &quot;%1&quot;; list it under &quot;skills&quot;</source>
        <translation>ninguna competencia tiene el id «%1»; inclúyala en «skills»</translation>
    </message>
    <message>
        <source>no course has the id &quot;%1&quot;</source>
        <translation>ningún curso tiene el id «%1»</translation>
    </message>
</context>
<context>
    <name>CatalogReader</name>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>el archivo no es texto UTF-8</translation>
    </message>
    <message>
        <source>a quote appears inside a field that does not start with one</source>
        <translation>aparecen comillas dentro de un campo que no empieza con comillas</translation>
    </message>
    <message>
        <source>text follows the closing quote of a field</source>
        <translation>hay texto después de las comillas de cierre de un campo</translation>
    </message>
    <message>
        <source>a quoted field is never closed (it opens here)</source>
        <translation>un campo entre comillas nunca se cierra (se abre aquí)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>the file is empty; a header row naming the columns is needed</source>
        <translation>el archivo está vacío; se necesita una fila de encabezado con los nombres de las columnas</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; (known columns: %2)</source>
        <translation>columna desconocida «%1» (columnas conocidas: %2)</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation>la columna «%1» aparece dos veces</translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is missing</source>
        <translation>falta la columna obligatoria «%1»</translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2</source>
        <translation>esta fila tiene %1 campos pero el encabezado tiene %2</translation>
    </message>
    <message>
        <source>this required value is missing</source>
        <translation>falta este valor obligatorio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
    <message>
        <source>a course that costs money needs a currency</source>
        <translation>un curso de pago necesita una moneda</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; was named &quot;%2&quot; on an earlier row</source>
        <translation>el proveedor «%1» se llamaba «%2» en una fila anterior</translation>
    </message>
    <message>
        <source>the file has a header row but no courses</source>
        <translation>el archivo tiene una fila de encabezado pero ningún curso</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>must be an object ({...})</source>
        <translation>debe ser un objeto ({...})</translation>
    </message>
    <message>
        <source>a requirement needs at least one course</source>
        <translation>un requisito necesita al menos un curso</translation>
    </message>
    <message>
        <source>&quot;n&quot; belongs only to &quot;n_of&quot; requirements</source>
        <translation>«n» solo corresponde a los requisitos «n_of»</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation>debe ser un número entero igual o mayor que 1</translation>
    </message>
    <message>
        <source>asks for %1 courses but the list offers only %2</source>
        <translation>pide %1 cursos pero la lista solo ofrece %2</translation>
    </message>
    <message>
        <source>must be &quot;all&quot; or &quot;n_of&quot;, not &quot;%1&quot;</source>
        <translation>debe ser «all» o «n_of», no «%1»</translation>
    </message>
    <message>
        <source>a microcredential needs at least one requirement</source>
        <translation>una microcredencial necesita al menos un requisito</translation>
    </message>
    <message>
        <source>give the achievement&apos;s id, its name, or both</source>
        <translation>indique el id del logro, su nombre o ambos</translation>
    </message>
    <message>
        <source>this is not valid JSON (%1)</source>
        <translation>esto no es JSON válido (%1)</translation>
    </message>
    <message>
        <source>a catalog must be a JSON object with &quot;format&quot;: &quot;credfolio-catalog&quot;</source>
        <translation>un catálogo debe ser un objeto JSON con &quot;format&quot;: &quot;credfolio-catalog&quot;</translation>
    </message>
    <message>
        <source>this is not a Credfolio catalog (&quot;format&quot; must be &quot;credfolio-catalog&quot;)</source>
        <translation>esto no es un catálogo de Credfolio («format» debe ser «credfolio-catalog»)</translation>
    </message>
    <message>
        <source>catalog format version %1 is not supported by this version of Credfolio (it reads version 1)</source>
        <translation>esta versión de Credfolio no admite la versión %1 del formato de catálogo (lee la versión 1)</translation>
    </message>
    <message>
        <source>unknown field (allowed here: %1)</source>
        <translation>campo desconocido (permitidos aquí: %1)</translation>
    </message>
    <message>
        <source>this required field is missing</source>
        <translation>falta este campo obligatorio</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>must be a list ([...])</source>
        <translation>debe ser una lista ([...])</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>«%1» aparece dos veces</translation>
    </message>
</context>
<context>
    <name>CatalogRules</name>
    <message>
        <source>the id is missing</source>
        <translation>falta el id</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; may only use lowercase letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, and must start with a letter or digit</source>
        <translation>el id «%1» solo puede usar letras minúsculas, dígitos, &apos;.&apos;, &apos;_&apos; y &apos;-&apos;, y debe empezar por una letra o un dígito</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter currency code such as USD or EUR</source>
        <translation>«%1» no es un código de moneda de tres letras como USD o EUR</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language tag such as en or pt-BR</source>
        <translation>«%1» no es una etiqueta de idioma como en o pt-BR</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (http or https)</source>
        <translation>«%1» no es una dirección web (http o https)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute URI (such as https://... or urn:...)</source>
        <translation>«%1» no es un URI absoluto (como https://... o urn:...)</translation>
    </message>
    <message>
        <source>hours must be a number above 0 and at most 10000</source>
        <translation>las horas deben ser un número mayor que 0 y como máximo 10000</translation>
    </message>
    <message>
        <source>cost must be a number of 0 (free) or more</source>
        <translation>el coste debe ser un número igual o mayor que 0 (gratuito)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>«%1» no es uno de estos: %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Credfolio portfolio (it is not an SQLite database). It was left untouched.</source>
        <translation>%1 no es un portafolio de Credfolio (no es una base de datos SQLite). No se ha modificado.</translation>
    </message>
    <message>
        <source>The portfolio is busy: another Credfolio window or command is writing to it. Try again in a moment.</source>
        <translation>El portafolio está ocupado: otra ventana u orden de Credfolio está escribiendo en él. Vuelva a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <source>The portfolio file is read-only, so nothing could be saved.</source>
        <translation>El archivo del portafolio es de solo lectura, así que no se pudo guardar nada.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing could be saved.</source>
        <translation>El disco está lleno, así que no se pudo guardar nada.</translation>
    </message>
    <message>
        <source>The portfolio file is damaged (%1).</source>
        <translation>El archivo del portafolio está dañado (%1).</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Error de la base de datos: %1</translation>
    </message>
    <message>
        <source>No portfolio file was given.</source>
        <translation>No se indicó ningún archivo de portafolio.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 could not be read as a Credfolio portfolio. It was left untouched.</source>
        <translation>%1 no se pudo leer como portafolio de Credfolio. No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Credfolio portfolio. It was left untouched.</source>
        <translation>%1 es una base de datos SQLite de otro programa, no un portafolio de Credfolio. No se ha modificado.</translation>
    </message>
    <message>
        <source>This portfolio was written by a newer version of Credfolio (format %1; this version reads up to %2). Update Credfolio to open it. The file was left untouched.</source>
        <translation>Este portafolio lo escribió una versión más reciente de Credfolio (formato %1; esta versión lee hasta el %2). Actualice Credfolio para abrirlo. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>Cannot read the portfolio&apos;s format version.</source>
        <translation>No se puede leer la versión de formato del portafolio.</translation>
    </message>
    <message>
        <source>Updating the portfolio to format %1 failed: %2</source>
        <translation>Falló la actualización del portafolio al formato %1: %2</translation>
    </message>
    <message>
        <source>Database error: the connection is not an open SQLite database.</source>
        <translation>Error de la base de datos: la conexión no es una base de datos SQLite abierta.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>No result.</source>
        <translation>Sin resultado.</translation>
    </message>
</context>
<context>
    <name>DefaultCatalog</name>
    <message>
        <source>The built-in course catalog is missing from this build.</source>
        <translation>Falta el catálogo de cursos integrado en esta compilación.</translation>
    </message>
    <message>
        <source>The built-in course catalog could not be loaded: %1</source>
        <translation>No se pudo cargar el catálogo de cursos integrado: %1</translation>
    </message>
</context>
<context>
    <name>ExportSelection</name>
    <message>
        <source>Choose either a collection or badges, not both.</source>
        <translation>Elija una colección o insignias, no ambas cosas.</translation>
    </message>
    <message>
        <source>There is no badge %1 in the portfolio.</source>
        <translation>No hay ninguna insignia %1 en el portafolio.</translation>
    </message>
    <message>
        <source>There is no collection named &quot;%1&quot;.</source>
        <translation>No hay ninguna colección llamada «%1».</translation>
    </message>
    <message>
        <source>The collection &quot;%1&quot; holds no badges.</source>
        <translation>La colección «%1» no contiene insignias.</translation>
    </message>
    <message>
        <source>The portfolio holds no badges to export (sample badges are left out unless picked).</source>
        <translation>El portafolio no contiene insignias que exportar (las insignias de ejemplo se omiten salvo que se elijan).</translation>
    </message>
</context>
<context>
    <name>FilesExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>No folder was given for the export.</source>
        <translation>No se indicó ninguna carpeta para la exportación.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a new or empty folder for the export.</source>
        <translation>%1 es un archivo, no una carpeta. Elija una carpeta nueva o vacía para la exportación.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose a new or empty folder, so no file is overwritten.</source>
        <translation>La carpeta %1 no está vacía. Elija una carpeta nueva o vacía para que no se sobrescriba ningún archivo.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Se canceló la exportación; no se escribió nada.</translation>
    </message>
    <message>
        <source>The stored file of &quot;%1&quot; (#%2) does not match its recorded SHA-256: the portfolio is damaged. Nothing was exported.</source>
        <translation>El archivo guardado de «%1» (#%2) no coincide con su SHA-256 registrado: el portafolio está dañado. No se exportó nada.</translation>
    </message>
    <message>
        <source>The folder %1 is no longer empty. Nothing was exported.</source>
        <translation>La carpeta %1 ya no está vacía. No se exportó nada.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Free</source>
        <translation>Gratuito</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
    <message>
        <source>1 course</source>
        <translation>1 curso</translation>
    </message>
    <message>
        <source>%1 courses</source>
        <translation>%1 cursos</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Neerlandés</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polaco</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonés</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasil</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suiza</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation>Principiante</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermedio</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Self-paced</source>
        <translation>A su ritmo</translation>
    </message>
    <message>
        <source>Instructor-led</source>
        <translation>Con instructor</translation>
    </message>
    <message>
        <source>Blended</source>
        <translation>Semipresencial</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Tecnología</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Professional skills</source>
        <translation>Competencias profesionales</translation>
    </message>
</context>
<context>
    <name>JsonLd</name>
    <message>
        <source>JSON-LD processing failed: %1</source>
        <translation>Falló el procesamiento JSON-LD: %1</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The key file %1 could not be written: %2</source>
        <translation>No se pudo escribir el archivo de clave %1: %2</translation>
    </message>
    <message>
        <source>The key file %1 could not be written to disk.</source>
        <translation>No se pudo escribir en el disco el archivo de clave %1.</translation>
    </message>
    <message>
        <source>A key file already exists at %1; it was left as it is.</source>
        <translation>Ya existe un archivo de clave en %1; se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>The key file %1 could not be put in place: %2</source>
        <translation>No se pudo colocar en su sitio el archivo de clave %1: %2</translation>
    </message>
    <message>
        <source>There is no key file at %1.</source>
        <translation>No hay ningún archivo de clave en %1.</translation>
    </message>
    <message>
        <source>The key file %1 could not be read: %2</source>
        <translation>No se pudo leer el archivo de clave %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a Credfolio key file.</source>
        <translation>%1 es demasiado grande para ser un archivo de clave de Credfolio.</translation>
    </message>
    <message>
        <source>The key file %1 could not be removed: %2</source>
        <translation>No se pudo eliminar el archivo de clave %1: %2</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>The keychain can only be used by a running application.</source>
        <translation>El llavero solo lo puede usar una aplicación en ejecución.</translation>
    </message>
    <message>
        <source>An earlier request to the keychain is still waiting for an answer.</source>
        <translation>Una solicitud anterior al llavero todavía está esperando respuesta.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>El llavero no respondió en %n segundo.</numerusform>
            <numerusform>El llavero no respondió en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearnerKeys</name>
    <message>
        <source>There is no signing key in the keychain yet.</source>
        <translation>Todavía no hay ninguna clave de firma en el llavero.</translation>
    </message>
    <message>
        <source>The keychain refused access to your signing key. It may be locked: unlock it and try again.</source>
        <translation>El llavero denegó el acceso a su clave de firma. Puede que esté bloqueado: desbloquéelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>No keychain service answered on this computer, so Credfolio cannot keep your signing key there. You can keep it in a key file protected by a passphrase instead.</source>
        <translation>Ningún servicio de llavero respondió en este equipo, así que Credfolio no puede guardar ahí su clave de firma. En su lugar, puede guardarla en un archivo de clave protegido por una frase de contraseña.</translation>
    </message>
    <message>
        <source>The keychain could not be used: %1</source>
        <translation>No se pudo usar el llavero: %1</translation>
    </message>
    <message>
        <source>The portfolio has no usable identifier, so its signing key cannot be found.</source>
        <translation>El portafolio no tiene ningún identificador utilizable, así que no se puede encontrar su clave de firma.</translation>
    </message>
    <message>
        <source>This portfolio&apos;s signing key is kept in a key file protected by a passphrase (%1). Unlock it with its passphrase.</source>
        <translation>La clave de firma de este portafolio se guarda en un archivo de clave protegido por una frase de contraseña (%1). Desbloquéela con su frase de contraseña.</translation>
    </message>
    <message>
        <source>The keychain entry for your signing key is damaged: it does not hold a key.</source>
        <translation>La entrada del llavero de su clave de firma está dañada: no contiene ninguna clave.</translation>
    </message>
    <message>
        <source>The keychain did not keep your new signing key; nothing was saved.</source>
        <translation>El llavero no guardó su nueva clave de firma; no se guardó nada.</translation>
    </message>
    <message>
        <source>There is no key file at %1.</source>
        <translation>No hay ningún archivo de clave en %1.</translation>
    </message>
    <message>
        <source>The key file opened but does not hold a signing key.</source>
        <translation>El archivo de clave se abrió pero no contiene ninguna clave de firma.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Elija una frase de contraseña de al menos %n carácter.</numerusform>
            <numerusform>Elija una frase de contraseña de al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key file %1 does not read back as written.</source>
        <translation>El archivo de clave %1 no se lee igual que como se escribió.</translation>
    </message>
</context>
<context>
    <name>LearnerProfile</name>
    <message>
        <source>The profile cannot be read.</source>
        <translation>No se puede leer el perfil.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a full URL (like https://example.org/me).</source>
        <translation>«%1» no es una URL completa (como https://example.org/me).</translation>
    </message>
</context>
<context>
    <name>NQuads</name>
    <message>
        <source>expected &quot;.&quot; at the end of the statement</source>
        <translation>se esperaba «.» al final de la declaración</translation>
    </message>
    <message>
        <source>unexpected text after the end of the statement</source>
        <translation>texto inesperado después del final de la declaración</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>expected a subject</source>
        <translation>se esperaba un sujeto</translation>
    </message>
    <message>
        <source>the subject must be an IRI or a blank node</source>
        <translation>el sujeto debe ser un IRI o un nodo en blanco</translation>
    </message>
    <message>
        <source>the predicate must be an IRI</source>
        <translation>el predicado debe ser un IRI</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>the graph label must be an IRI or a blank node</source>
        <translation>la etiqueta de grafo debe ser un IRI o un nodo en blanco</translation>
    </message>
    <message>
        <source>incomplete \%1 escape</source>
        <translation>secuencia de escape \%1 incompleta</translation>
    </message>
    <message>
        <source>invalid hex digit in \%1 escape</source>
        <translation>dígito hexadecimal no válido en la secuencia de escape \%1</translation>
    </message>
    <message>
        <source>the escape does not name a Unicode character</source>
        <translation>la secuencia de escape no nombra un carácter Unicode</translation>
    </message>
    <message>
        <source>unterminated IRI</source>
        <translation>IRI sin terminar</translation>
    </message>
    <message>
        <source>only \u and \U escapes are allowed in an IRI</source>
        <translation>en un IRI solo se permiten las secuencias de escape \u y \U</translation>
    </message>
    <message>
        <source>character not allowed in an IRI</source>
        <translation>carácter no permitido en un IRI</translation>
    </message>
    <message>
        <source>the IRI &lt;%1&gt; is relative; N-Quads needs absolute IRIs</source>
        <translation>el IRI &lt;%1&gt; es relativo; N-Quads necesita IRI absolutos</translation>
    </message>
    <message>
        <source>a blank node label starts with &quot;_:&quot;</source>
        <translation>una etiqueta de nodo en blanco empieza por «_:»</translation>
    </message>
    <message>
        <source>empty blank node label</source>
        <translation>etiqueta de nodo en blanco vacía</translation>
    </message>
    <message>
        <source>a blank node label cannot start with &quot;%1&quot;</source>
        <translation>una etiqueta de nodo en blanco no puede empezar por «%1»</translation>
    </message>
    <message>
        <source>unterminated string literal</source>
        <translation>literal de cadena sin terminar</translation>
    </message>
    <message>
        <source>line break inside a string literal</source>
        <translation>salto de línea dentro de un literal de cadena</translation>
    </message>
    <message>
        <source>incomplete escape</source>
        <translation>secuencia de escape incompleta</translation>
    </message>
    <message>
        <source>unknown escape \%1</source>
        <translation>secuencia de escape desconocida \%1</translation>
    </message>
    <message>
        <source>malformed language tag</source>
        <translation>etiqueta de idioma mal formada</translation>
    </message>
    <message>
        <source>a datatype must be an IRI</source>
        <translation>un tipo de datos debe ser un IRI</translation>
    </message>
</context>
<context>
    <name>PassphraseSeal</name>
    <message>
        <source>The key file is empty.</source>
        <translation>El archivo de clave está vacío.</translation>
    </message>
    <message>
        <source>This is not a Credfolio key file.</source>
        <translation>Este no es un archivo de clave de Credfolio.</translation>
    </message>
    <message numerus="yes">
        <source>The key file is incomplete: it ends after %n byte(s).</source>
        <translation>
            <numerusform>El archivo de clave está incompleto: termina después de %n byte.</numerusform>
            <numerusform>El archivo de clave está incompleto: termina después de %n bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key file was made by a newer version of Credfolio (format %1).</source>
        <translation>El archivo de clave se creó con una versión más reciente de Credfolio (formato %1).</translation>
    </message>
    <message>
        <source>The key file is damaged: its format version is 0.</source>
        <translation>El archivo de clave está dañado: su versión de formato es 0.</translation>
    </message>
    <message>
        <source>The key file is damaged: its length field is impossible.</source>
        <translation>El archivo de clave está dañado: su campo de longitud es imposible.</translation>
    </message>
    <message>
        <source>The key file is incomplete: %1 of %2 bytes are there.</source>
        <translation>El archivo de clave está incompleto: contiene %1 de %2 bytes.</translation>
    </message>
    <message>
        <source>The key file is damaged: it has %1 unexpected bytes at the end.</source>
        <translation>El archivo de clave está dañado: tiene %1 bytes inesperados al final.</translation>
    </message>
    <message>
        <source>The key file is damaged: its checksum does not match its contents.</source>
        <translation>El archivo de clave está dañado: su suma de comprobación no coincide con su contenido.</translation>
    </message>
    <message>
        <source>The key file uses a key derivation this version of Credfolio does not know.</source>
        <translation>El archivo de clave usa una derivación de clave que esta versión de Credfolio no conoce.</translation>
    </message>
    <message>
        <source>The key file asks for an Argon2id cost outside the accepted bounds.</source>
        <translation>El archivo de clave pide un coste de Argon2id fuera de los límites aceptados.</translation>
    </message>
    <message>
        <source>A sealed secret holds 1 to %1 bytes, not %2.</source>
        <translation>Un secreto sellado contiene de 1 a %1 bytes, no %2.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La frase de contraseña está vacía.</translation>
    </message>
    <message>
        <source>The Argon2id cost is outside the accepted bounds.</source>
        <translation>El coste de Argon2id está fuera de los límites aceptados.</translation>
    </message>
    <message>
        <source>The key could not be sealed: %1</source>
        <translation>No se pudo sellar la clave: %1</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>La frase de contraseña es incorrecta.</translation>
    </message>
    <message>
        <source>The key file could not be opened: %1</source>
        <translation>No se pudo abrir el archivo de clave: %1</translation>
    </message>
</context>
<context>
    <name>PdfFinisher</name>
    <message>
        <source>A PDF/A-1b file cannot carry attachments.</source>
        <translation>Un archivo PDF/A-1b no puede llevar adjuntos.</translation>
    </message>
    <message>
        <source>The PDF could not be finished: %1</source>
        <translation>No se pudo terminar el PDF: %1</translation>
    </message>
</context>
<context>
    <name>PdfPortfolioWriter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
    <message>
        <source>Credential portfolio</source>
        <translation>Portafolio de credenciales</translation>
    </message>
    <message>
        <source>Credential portfolio of %1</source>
        <translation>Portafolio de credenciales de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n digital credential(s) (Open Badges) with their verification status</source>
        <translation>
            <numerusform>%n credencial digital (Open Badges) con su estado de verificación</numerusform>
            <numerusform>%n credenciales digitales (Open Badges) con su estado de verificación</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawing a PDF needs the application&apos;s graphics libraries (QGuiApplication).</source>
        <translation>Para dibujar un PDF se necesitan las bibliotecas gráficas de la aplicación (QGuiApplication).</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>No se pudo iniciar el PDF.</translation>
    </message>
    <message>
        <source>Drawing pages</source>
        <translation>Dibujando las páginas</translation>
    </message>
    <message>
        <source>Original credential: %1, issued by %2</source>
        <translation>Credencial original: %1, emitida por %2</translation>
    </message>
    <message>
        <source>Attaching the original files</source>
        <translation>Adjuntando los archivos originales</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>PortfolioContent</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
    <message>
        <source>The badge %1 could not be read from the portfolio.</source>
        <translation>No se pudo leer la insignia %1 del portafolio.</translation>
    </message>
    <message>
        <source>Reading badges</source>
        <translation>Leyendo las insignias</translation>
    </message>
</context>
<context>
    <name>PortfolioFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Credfolio portfolio or backup (it is not an SQLite database).</source>
        <translation>%1 no es un portafolio ni una copia de seguridad de Credfolio (no es una base de datos SQLite).</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2).</source>
        <translation>%1 está dañado y no se puede leer (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged (the SQLite integrity check failed: %2).</source>
        <translation>%1 está dañado (falló la comprobación de integridad de SQLite: %2).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Credfolio portfolio or backup.</source>
        <translation>%1 es una base de datos SQLite, pero no un portafolio ni una copia de seguridad de Credfolio.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Credfolio (format %2; this version reads up to %3). Update Credfolio to use it.</source>
        <translation>%1 lo escribió una versión más reciente de Credfolio (formato %2; esta versión lee hasta el %3). Actualice Credfolio para usarlo.</translation>
    </message>
</context>
<context>
    <name>PortfolioLayout</name>
    <message>
        <source>%1 (checked %2)</source>
        <translation>%1 (comprobación: %2)</translation>
    </message>
    <message>
        <source>Credential portfolio</source>
        <translation>Portafolio de credenciales</translation>
    </message>
    <message numerus="yes">
        <source>Portfolio of %n credential(s), %1</source>
        <translation>
            <numerusform>Portafolio de %n credencial, %1</numerusform>
            <numerusform>Portafolio de %n credenciales, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF/A-1b edition: the original credential files are not attached to this document. Ask the holder for them, or scan each QR code to check a credential where its issuer keeps it.</source>
        <translation>Edición PDF/A-1b: los archivos originales de las credenciales no están adjuntos a este documento. Pídaselos al titular, o escanee cada código QR para comprobar una credencial donde la guarda su emisor.</translation>
    </message>
    <message numerus="yes">
        <source>The original credential files (%n) are attached to this PDF: open the attachments panel of your PDF reader to save them and check them with any Open Badges verifier.</source>
        <translation>
            <numerusform>El archivo original de la credencial (%n) está adjunto a este PDF: abra el panel de adjuntos de su lector de PDF para guardarlo y comprobarlo con cualquier verificador de Open Badges.</numerusform>
            <numerusform>Los archivos originales de las credenciales (%n) están adjuntos a este PDF: abra el panel de adjuntos de su lector de PDF para guardarlos y comprobarlos con cualquier verificador de Open Badges.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>%1 — evidenced by: %2</source>
        <translation>%1 — acreditada por: %2</translation>
    </message>
    <message>
        <source>Evidenced by: %1</source>
        <translation>Acreditada por: %1</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Emitida por %1</translation>
    </message>
    <message>
        <source>an unnamed issuer</source>
        <translation>un emisor sin nombre</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Emitida el %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Caduca el %1</translation>
    </message>
    <message>
        <source>Scan to verify</source>
        <translation>Escanee para verificar</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <source>Criteria page: %1</source>
        <translation>Página de criterios: %1</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Verify online: %1</source>
        <translation>Verificar en línea: %1</translation>
    </message>
    <message>
        <source>Checks passed:</source>
        <translation>Comprobaciones superadas:</translation>
    </message>
    <message>
        <source>Original file: not attached (PDF/A edition).</source>
        <translation>Archivo original: no adjunto (edición PDF/A).</translation>
    </message>
    <message>
        <source>Original file: not available.</source>
        <translation>Archivo original: no disponible.</translation>
    </message>
    <message>
        <source>Original file: attached as %1 (%2).</source>
        <translation>Archivo original: adjunto como %1 (%2).</translation>
    </message>
    <message>
        <source>%1 · made with Credfolio</source>
        <translation>%1 · hecho con Credfolio</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>PresentationBuilder</name>
    <message>
        <source>a self-reported badge has no credential an employer could verify</source>
        <translation>una insignia autodeclarada no tiene ninguna credencial que un empleador pueda verificar</translation>
    </message>
    <message>
        <source>its file cannot be read: %1</source>
        <translation>no se puede leer su archivo: %1</translation>
    </message>
    <message>
        <source>an Open Badges 2.0 hosted assertion is not a verifiable credential</source>
        <translation>una aserción alojada de Open Badges 2.0 no es una credencial verificable</translation>
    </message>
    <message>
        <source>its signed content cannot be read</source>
        <translation>no se puede leer su contenido firmado</translation>
    </message>
    <message>
        <source>an Open Badges 2.0 signed assertion is not a verifiable credential</source>
        <translation>una aserción firmada de Open Badges 2.0 no es una credencial verificable</translation>
    </message>
    <message>
        <source>its JSON cannot be read strictly</source>
        <translation>su JSON no se puede leer de forma estricta</translation>
    </message>
    <message>
        <source>an Open Badges 2.0 assertion is not a verifiable credential</source>
        <translation>una aserción de Open Badges 2.0 no es una credencial verificable</translation>
    </message>
    <message>
        <source>it is not a verifiable credential</source>
        <translation>no es una credencial verificable</translation>
    </message>
    <message>
        <source>it carries no proof, so no one could verify it</source>
        <translation>no lleva ninguna prueba, así que nadie podría verificarla</translation>
    </message>
    <message>
        <source>its first JSON-LD context is not a W3C credentials context</source>
        <translation>su primer contexto JSON-LD no es un contexto de credenciales del W3C</translation>
    </message>
    <message>
        <source>The badge &quot;%1&quot; uses the JSON-LD context %2, which Credfolio does not carry, so a presentation holding it could not be signed in a form anyone can verify. Leave this badge out of the presentation.</source>
        <translation>La insignia «%1» usa el contexto JSON-LD %2, que Credfolio no incluye, así que una presentación que la contenga no se podría firmar de forma que cualquiera pueda verificarla. Deje esta insignia fuera de la presentación.</translation>
    </message>
    <message>
        <source>the presentation could not be assembled</source>
        <translation>no se pudo componer la presentación</translation>
    </message>
    <message>
        <source>None of the chosen badges is a verifiable credential that a presentation can carry.</source>
        <translation>Ninguna de las insignias elegidas es una credencial verificable que pueda llevar una presentación.</translation>
    </message>
    <message>
        <source>the presentation could not be assembled: %1</source>
        <translation>no se pudo componer la presentación: %1</translation>
    </message>
    <message>
        <source>The badge &quot;%1&quot; cannot be carried in a signed presentation: %2. Leave it out of the presentation.</source>
        <translation>La insignia «%1» no puede ir en una presentación firmada: %2. Déjela fuera de la presentación.</translation>
    </message>
    <message>
        <source>the signed presentation could not be assembled</source>
        <translation>no se pudo componer la presentación firmada</translation>
    </message>
</context>
<context>
    <name>ProgressStore</name>
    <message>
        <source>There is no microcredential with the id &quot;%1&quot; in the catalog.</source>
        <translation>No hay ninguna microcredencial con el id «%1» en el catálogo.</translation>
    </message>
    <message>
        <source>The microcredential &quot;%1&quot; is not in your plan.</source>
        <translation>La microcredencial «%1» no está en su plan.</translation>
    </message>
    <message>
        <source>There is no course with the id &quot;%1&quot; in the catalog.</source>
        <translation>No hay ningún curso con el id «%1» en el catálogo.</translation>
    </message>
    <message>
        <source>Progress must be a percentage from 0 to 100, not %1.</source>
        <translation>El progreso debe ser un porcentaje de 0 a 100, no %1.</translation>
    </message>
    <message>
        <source>The completion date %1 is in the future.</source>
        <translation>La fecha de finalización %1 está en el futuro.</translation>
    </message>
</context>
<context>
    <name>ProofSigner</name>
    <message>
        <source>only a JSON object can be signed</source>
        <translation>solo se puede firmar un objeto JSON</translation>
    </message>
    <message>
        <source>the document already carries a proof</source>
        <translation>el documento ya lleva una prueba</translation>
    </message>
    <message>
        <source>the document cannot be canonicalized for signing: %1</source>
        <translation>el documento no se puede canonicalizar para firmarlo: %1</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>The link is too long for a QR code.</source>
        <translation>El enlace es demasiado largo para un código QR.</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>Cannot copy %1: %2</source>
        <translation>No se puede copiar %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the current portfolio %1 to replace it. Nothing was changed.</source>
        <translation>No se puede abrir el portafolio actual %1 para sustituirlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>The portfolio is open in another Credfolio window or command. Close it and try again. Nothing was changed.</source>
        <translation>El portafolio está abierto en otra ventana u orden de Credfolio. Ciérrela y vuelva a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>The portfolio&apos;s recent changes could not be settled, so it was not replaced. Close other Credfolio windows and try again. Nothing was changed.</source>
        <translation>No se pudieron consolidar los cambios recientes del portafolio, así que no se sustituyó. Cierre las demás ventanas de Credfolio y vuelva a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>The backup and the portfolio are the same file.</source>
        <translation>La copia de seguridad y el portafolio son el mismo archivo.</translation>
    </message>
    <message>
        <source>Your portfolio was not changed.</source>
        <translation>Su portafolio no se ha modificado.</translation>
    </message>
    <message>
        <source>The portfolio at %1 holds your badges and plans; restoring would replace them. Confirm to replace it. Nothing was changed.</source>
        <translation>El portafolio que está en %1 contiene sus insignias y planes; restaurar los sustituiría. Confirme para sustituirlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>The backup could not be brought up to this version&apos;s format: %1 Your portfolio was not changed.</source>
        <translation>No se pudo actualizar la copia de seguridad al formato de esta versión: %1 Su portafolio no se ha modificado.</translation>
    </message>
</context>
<context>
    <name>StagingFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 to disk.</source>
        <translation>No se puede escribir %1 en el disco.</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>No se puede sustituir %1: %2</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>%1 was not imported: %n problem(s) found; nothing was changed.</source>
        <translation>
            <numerusform>No se importó %1: se encontró %n problema; no se cambió nada.</numerusform>
            <numerusform>No se importó %1: se encontraron %n problemas; no se cambió nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the course catalog</source>
        <translation>Buscar en el catálogo de cursos</translation>
    </message>
    <message>
        <source>List microcredentials</source>
        <translation>Listar las microcredenciales</translation>
    </message>
    <message>
        <source>Import a JSON or CSV catalog</source>
        <translation>Importar un catálogo JSON o CSV</translation>
    </message>
    <message>
        <source>Pursue a microcredential</source>
        <translation>Perseguir una microcredencial</translation>
    </message>
    <message>
        <source>Stop pursuing a microcredential</source>
        <translation>Dejar de perseguir una microcredencial</translation>
    </message>
    <message>
        <source>List the microcredentials you pursue</source>
        <translation>Listar las microcredenciales que persigue</translation>
    </message>
    <message>
        <source>Record a course&apos;s status</source>
        <translation>Registrar el estado de un curso</translation>
    </message>
    <message>
        <source>Show progress toward your microcredentials</source>
        <translation>Mostrar el progreso hacia sus microcredenciales</translation>
    </message>
    <message>
        <source>Verify badge files (Open Badges 2.0 and 3.0)</source>
        <translation>Verificar archivos de insignias (Open Badges 2.0 y 3.0)</translation>
    </message>
    <message>
        <source>Verify badge files and keep them in the portfolio</source>
        <translation>Verificar archivos de insignias y guardarlos en el portafolio</translation>
    </message>
    <message>
        <source>List the badges in the portfolio</source>
        <translation>Listar las insignias del portafolio</translation>
    </message>
    <message>
        <source>Show a badge and its verification report</source>
        <translation>Mostrar una insignia y su informe de verificación</translation>
    </message>
    <message>
        <source>Verify stored badges again</source>
        <translation>Volver a verificar las insignias guardadas</translation>
    </message>
    <message>
        <source>Write a badge&apos;s original file</source>
        <translation>Escribir el archivo original de una insignia</translation>
    </message>
    <message>
        <source>Delete badges from the portfolio</source>
        <translation>Eliminar insignias del portafolio</translation>
    </message>
    <message>
        <source>Show or set your name and the identities you receive badges under</source>
        <translation>Mostrar o establecer su nombre y las identidades con las que recibe insignias</translation>
    </message>
    <message>
        <source>List and edit collections of badges</source>
        <translation>Listar y editar colecciones de insignias</translation>
    </message>
    <message>
        <source>Show or create your signing key (kept in the OS keychain)</source>
        <translation>Mostrar o crear su clave de firma (guardada en el llavero del sistema operativo)</translation>
    </message>
    <message>
        <source>Add or remove the sample badges</source>
        <translation>Añadir o quitar las insignias de ejemplo</translation>
    </message>
    <message>
        <source>Usage: credfolio-cli COMMAND [OPTIONS] [--db PATH] [--json]</source>
        <translation>Uso: credfolio-cli COMMAND [OPTIONS] [--db PATH] [--json]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Run credfolio-cli COMMAND --help for a command&apos;s options.</source>
        <translation>Ejecute credfolio-cli COMMAND --help para ver las opciones de una orden.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>orden desconocida «%1»</translation>
    </message>
    <message>
        <source>Use the portfolio at PATH.</source>
        <translation>Usar el portafolio que está en PATH.</translation>
    </message>
    <message>
        <source>Print one JSON value on stdout.</source>
        <translation>Imprimir un único valor JSON en stdout.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>Export the badges of the collection NAME.</source>
        <translation>Exportar las insignias de la colección NAME.</translation>
    </message>
    <message>
        <source>Export the badge with this id (repeat for more).</source>
        <translation>Exportar la insignia con este id (repítalo para más).</translation>
    </message>
    <message>
        <source>--badge takes a badge id (a positive number), not &quot;%1&quot;.</source>
        <translation>--badge requiere un id de insignia (un número positivo), no «%1».</translation>
    </message>
    <message>
        <source>--collection needs a collection name.</source>
        <translation>--collection requiere un nombre de colección.</translation>
    </message>
    <message>
        <source>Give either --collection or --badge, not both.</source>
        <translation>Indique --collection o --badge, no ambos.</translation>
    </message>
    <message>
        <source>there is no badge &quot;%1&quot; in the portfolio</source>
        <translation>no hay ninguna insignia «%1» en el portafolio</translation>
    </message>
    <message>
        <source>Store badges that fail verification too, marked invalid.</source>
        <translation>Guardar también las insignias que no superen la verificación, marcadas como no válidas.</translation>
    </message>
    <message>
        <source>Badge files, or folders to import recursively.</source>
        <translation>Archivos de insignias, o carpetas que importar de forma recursiva.</translation>
    </message>
    <message>
        <source>no badge file or folder given; usage: %1</source>
        <translation>no se indicó ningún archivo ni carpeta de insignias; uso: %1</translation>
    </message>
    <message>
        <source>the folders given hold no files</source>
        <translation>las carpetas indicadas no contienen archivos</translation>
    </message>
    <message>
        <source>%1 imported, %2 already in the portfolio, %3 refused, %4 not imported (errors)</source>
        <translation>%1 importadas, %2 ya en el portafolio, %3 rechazadas, %4 no importadas (errores)</translation>
    </message>
    <message>
        <source>Only badges matching these words.</source>
        <translation>Solo las insignias que coinciden con estas palabras.</translation>
    </message>
    <message>
        <source>Only badges in this collection.</source>
        <translation>Solo las insignias de esta colección.</translation>
    </message>
    <message>
        <source>there is no collection named &quot;%1&quot;</source>
        <translation>no hay ninguna colección llamada «%1»</translation>
    </message>
    <message>
        <source>The portfolio holds no badges yet. Add some with: credfolio-cli import FILE|FOLDER...</source>
        <translation>El portafolio todavía no contiene insignias. Añada alguna con: credfolio-cli import FILE|FOLDER...</translation>
    </message>
    <message>
        <source>  [sample]</source>
        <translation>  [ejemplo]</translation>
    </message>
    <message>
        <source>The badge&apos;s number, credential id or SHA-256 prefix.</source>
        <translation>El número de la insignia, el id de la credencial o un prefijo SHA-256.</translation>
    </message>
    <message>
        <source>give one badge: credfolio-cli badges show ID</source>
        <translation>indique una insignia: credfolio-cli badges show ID</translation>
    </message>
    <message>
        <source>Status: %1 (checked %2)</source>
        <translation>Estado: %1 (comprobación: %2)</translation>
    </message>
    <message>
        <source>Issuer: %1 %2</source>
        <translation>Emisor: %1 %2</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>Emitida: %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Caduca: %1</translation>
    </message>
    <message>
        <source>Recipient: %1</source>
        <translation>Destinatario: %1</translation>
    </message>
    <message>
        <source>Criteria: %1</source>
        <translation>Criterios: %1</translation>
    </message>
    <message>
        <source>Skills: %1</source>
        <translation>Competencias: %1</translation>
    </message>
    <message>
        <source>Collections: %1</source>
        <translation>Colecciones: %1</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>Comprobaciones:</translation>
    </message>
    <message>
        <source>Badges to verify again (default: all).</source>
        <translation>Insignias que volver a verificar (predeterminado: todas).</translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
    <message>
        <source>The badge.</source>
        <translation>La insignia.</translation>
    </message>
    <message>
        <source>Where to write its original file.</source>
        <translation>Dónde escribir su archivo original.</translation>
    </message>
    <message>
        <source>give a badge and a file: credfolio-cli badges export ID OUT</source>
        <translation>indique una insignia y un archivo: credfolio-cli badges export ID OUT</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Badges to delete.</source>
        <translation>Insignias que eliminar.</translation>
    </message>
    <message>
        <source>give the badges to delete: credfolio-cli badges delete ID...</source>
        <translation>indique las insignias que eliminar: credfolio-cli badges delete ID...</translation>
    </message>
    <message>
        <source>Your name.</source>
        <translation>Su nombre.</translation>
    </message>
    <message>
        <source>One line about you.</source>
        <translation>Una línea sobre usted.</translation>
    </message>
    <message>
        <source>An email address you receive badges at (repeatable; replaces the list).</source>
        <translation>Una dirección de correo electrónico en la que recibe insignias (repetible; sustituye la lista).</translation>
    </message>
    <message>
        <source>A URL you receive badges under (repeatable; replaces the list).</source>
        <translation>Una URL con la que recibe insignias (repetible; sustituye la lista).</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nombre: %1</translation>
    </message>
    <message>
        <source>Headline: %1</source>
        <translation>Titular: %1</translation>
    </message>
    <message>
        <source>Emails: %1</source>
        <translation>Correos electrónicos: %1</translation>
    </message>
    <message>
        <source>URLs: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>list, create NAME, add NAME ID..., remove NAME ID..., delete NAME</source>
        <translation>list, create NAME, add NAME ID..., remove NAME ID..., delete NAME</translation>
    </message>
    <message>
        <source>name the collection: credfolio-cli collection %1 NAME</source>
        <translation>indique el nombre de la colección: credfolio-cli collection %1 NAME</translation>
    </message>
    <message>
        <source>unknown collection action &quot;%1&quot;</source>
        <translation>acción de colección desconocida «%1»</translation>
    </message>
    <message>
        <source>name the badges to %1</source>
        <translation>indique las insignias para %1</translation>
    </message>
    <message>
        <source>add or remove the sample badges</source>
        <translation>añadir o quitar las insignias de ejemplo</translation>
    </message>
    <message>
        <source>say add or remove: credfolio-cli samples add|remove</source>
        <translation>indique add o remove: credfolio-cli samples add|remove</translation>
    </message>
    <message>
        <source>%1 sample badges added.</source>
        <translation>Se añadieron %1 insignias de ejemplo.</translation>
    </message>
    <message>
        <source>%1 sample badges removed.</source>
        <translation>Se quitaron %1 insignias de ejemplo.</translation>
    </message>
    <message>
        <source>show (default) or create</source>
        <translation>show (predeterminado) o create</translation>
    </message>
    <message>
        <source>Where no keychain answers: keep the key in a file sealed with the passphrase read from FILE.</source>
        <translation>Cuando ningún llavero responde: guardar la clave en un archivo sellado con la frase de contraseña leída de FILE.</translation>
    </message>
    <message>
        <source>say show or create: credfolio-cli key [show | create]</source>
        <translation>indique show o create: credfolio-cli key [show | create]</translation>
    </message>
    <message>
        <source>cannot read the passphrase file: %1</source>
        <translation>no se puede leer el archivo de la frase de contraseña: %1</translation>
    </message>
    <message>
        <source>Give --passphrase-file FILE to keep the key in a passphrase-protected file instead.</source>
        <translation>Indique --passphrase-file FILE para guardar la clave en un archivo protegido por una frase de contraseña.</translation>
    </message>
    <message>
        <source>No signing key yet. Create one with: credfolio-cli key create</source>
        <translation>Todavía no hay clave de firma. Cree una con: credfolio-cli key create</translation>
    </message>
    <message>
        <source>Created your signing key.</source>
        <translation>Se creó su clave de firma.</translation>
    </message>
    <message>
        <source>Signing key: %1</source>
        <translation>Clave de firma: %1</translation>
    </message>
    <message>
        <source>Kept in: %1</source>
        <translation>Guardada en: %1</translation>
    </message>
    <message>
        <source>--%1 needs a number of 0 or more, not &quot;%2&quot;</source>
        <translation>--%1 requiere un número igual o mayor que 0, no «%2»</translation>
    </message>
    <message>
        <source>Only courses from this provider (id or name).</source>
        <translation>Solo los cursos de este proveedor (id o nombre).</translation>
    </message>
    <message>
        <source>Only courses teaching this skill (id or label).</source>
        <translation>Solo los cursos que enseñan esta competencia (id o etiqueta).</translation>
    </message>
    <message>
        <source>beginner, intermediate or advanced.</source>
        <translation>beginner, intermediate o advanced.</translation>
    </message>
    <message>
        <source>Only courses in this language (e.g. en, de).</source>
        <translation>Solo los cursos en este idioma (p. ej., en, de).</translation>
    </message>
    <message>
        <source>self-paced, instructor-led, blended or in-person.</source>
        <translation>self-paced, instructor-led, blended o in-person.</translation>
    </message>
    <message>
        <source>At most N hours long.</source>
        <translation>Como máximo N horas de duración.</translation>
    </message>
    <message>
        <source>Costing at most N.</source>
        <translation>Con un coste máximo de N.</translation>
    </message>
    <message>
        <source>Only free courses.</source>
        <translation>Solo los cursos gratuitos.</translation>
    </message>
    <message>
        <source>relevance, title, duration or cost.</source>
        <translation>relevance, title, duration o cost.</translation>
    </message>
    <message>
        <source>Show at most N courses.</source>
        <translation>Mostrar como máximo N cursos.</translation>
    </message>
    <message>
        <source>Words to search for (prefixes match).</source>
        <translation>Palabras que buscar (también coinciden los prefijos).</translation>
    </message>
    <message>
        <source>--level must be one of: %1</source>
        <translation>--level debe ser uno de estos: %1</translation>
    </message>
    <message>
        <source>--delivery must be one of: %1</source>
        <translation>--delivery debe ser uno de estos: %1</translation>
    </message>
    <message>
        <source>--sort must be relevance, title, duration or cost</source>
        <translation>--sort debe ser relevance, title, duration o cost</translation>
    </message>
    <message>
        <source>No course matches.</source>
        <translation>Ningún curso coincide.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source> — %1, %2 courses</source>
        <translation> — %1, %2 cursos</translation>
    </message>
    <message>
        <source>A catalog file, JSON or CSV.</source>
        <translation>Un archivo de catálogo, JSON o CSV.</translation>
    </message>
    <message>
        <source>give exactly one catalog file</source>
        <translation>indique exactamente un archivo de catálogo</translation>
    </message>
    <message>
        <source>Imported %1: %2 courses added, %3 updated; %4 microcredentials added, %5 updated.</source>
        <translation>Se importó %1: %2 cursos añadidos, %3 actualizados; %4 microcredenciales añadidas, %5 actualizadas.</translation>
    </message>
    <message>
        <source>Write a signed presentation of your badges for an employer</source>
        <translation>Escribir una presentación firmada de sus insignias para un empleador</translation>
    </message>
    <message>
        <source>Write chosen badges&apos; original files and a manifest.json to a folder</source>
        <translation>Escribir los archivos originales de las insignias elegidas y un manifest.json en una carpeta</translation>
    </message>
    <message>
        <source>Back up the whole portfolio to one file</source>
        <translation>Hacer una copia de seguridad de todo el portafolio en un archivo</translation>
    </message>
    <message>
        <source>Replace the portfolio with a backup (--yes to replace your data)</source>
        <translation>Sustituir el portafolio por una copia de seguridad (--yes para sustituir sus datos)</translation>
    </message>
    <message>
        <source>Write a PDF portfolio of your badges</source>
        <translation>Escribir un portafolio en PDF de sus insignias</translation>
    </message>
    <message>
        <source>A new or empty folder for the files and manifest.json.</source>
        <translation>Una carpeta nueva o vacía para los archivos y manifest.json.</translation>
    </message>
    <message>
        <source>give one folder; usage: %1</source>
        <translation>indique una carpeta; uso: %1</translation>
    </message>
    <message>
        <source>Wrote %1 badge file(s) and manifest.json to %2</source>
        <translation>Archivos de insignias escritos en %2: %1, más manifest.json</translation>
    </message>
    <message>
        <source>(%1 self-reported listed without a file)</source>
        <translation>(%1 autodeclaradas incluidas sin archivo)</translation>
    </message>
    <message>
        <source>Where to write the PDF portfolio.</source>
        <translation>Dónde escribir el portafolio en PDF.</translation>
    </message>
    <message>
        <source>compact (a one- or two-page summary) or detailed (a section per credential; the default).</source>
        <translation>compact (un resumen de una o dos páginas) o detailed (una sección por credencial; predeterminado).</translation>
    </message>
    <message>
        <source>Write PDF/A-1b for archiving (the original files are not attached).</source>
        <translation>Escribir PDF/A-1b para archivado (los archivos originales no se adjuntan).</translation>
    </message>
    <message>
        <source>a4 or letter (default: from the locale).</source>
        <translation>a4 o letter (predeterminado: según la configuración regional).</translation>
    </message>
    <message>
        <source>give one output file: %1</source>
        <translation>indique un archivo de salida: %1</translation>
    </message>
    <message>
        <source>--layout takes compact or detailed, not &quot;%1&quot;</source>
        <translation>--layout admite compact o detailed, no «%1»</translation>
    </message>
    <message>
        <source>--paper takes a4 or letter, not &quot;%1&quot;</source>
        <translation>--paper admite a4 o letter, no «%1»</translation>
    </message>
    <message>
        <source>drawing a PDF needs a QGuiApplication</source>
        <translation>para dibujar un PDF se necesita una QGuiApplication</translation>
    </message>
    <message>
        <source>Wrote %1: %2 pages, %3 badges, %4 attached files</source>
        <translation>Se escribió %1: %2 páginas, %3 insignias, %4 archivos adjuntos</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratuito</translation>
    </message>
    <message>
        <source>any level</source>
        <translation>cualquier nivel</translation>
    </message>
    <message>
        <source>Where to write the presentation (JSON).</source>
        <translation>Dónde escribir la presentación (JSON).</translation>
    </message>
    <message>
        <source>The challenge the employer gave you, repeated in the signature.</source>
        <translation>El desafío que le dio el empleador, repetido en la firma.</translation>
    </message>
    <message>
        <source>The domain the employer gave you, repeated in the signature.</source>
        <translation>El dominio que le dio el empleador, repetido en la firma.</translation>
    </message>
    <message>
        <source>Where no keychain answers: your signing key&apos;s passphrase, read from FILE.</source>
        <translation>Cuando ningún llavero responde: la frase de contraseña de su clave de firma, leída de FILE.</translation>
    </message>
    <message>
        <source>give one output file; usage: %1</source>
        <translation>indique un archivo de salida; uso: %1</translation>
    </message>
    <message>
        <source>Give --passphrase-file FILE with your signing key&apos;s passphrase.</source>
        <translation>Indique --passphrase-file FILE con la frase de contraseña de su clave de firma.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n credential(s) signed by %2</source>
        <translation>
            <numerusform>Se escribió %1: %n credencial firmada por %2</numerusform>
            <numerusform>Se escribió %1: %n credenciales firmadas por %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out %1 (%2): %3</source>
        <translation>Se omitió %1 (%2): %3</translation>
    </message>
    <message>
        <source>A microcredential id (see: credfolio-cli catalog credentials).</source>
        <translation>Un id de microcredencial (véase: credfolio-cli catalog credentials).</translation>
    </message>
    <message>
        <source>give exactly one microcredential id</source>
        <translation>indique exactamente un id de microcredencial</translation>
    </message>
    <message>
        <source>Added %1 to your plan.</source>
        <translation>Se añadió %1 a su plan.</translation>
    </message>
    <message>
        <source>Removed %1 from your plan.</source>
        <translation>Se quitó %1 de su plan.</translation>
    </message>
    <message>
        <source>unknown plan command &quot;%1&quot; (try: plan add ID, plan remove ID)</source>
        <translation>orden de plan desconocida «%1» (pruebe: plan add ID, plan remove ID)</translation>
    </message>
    <message>
        <source>Your plan is empty. Add a microcredential with: credfolio-cli plan add ID</source>
        <translation>Su plan está vacío. Añada una microcredencial con: credfolio-cli plan add ID</translation>
    </message>
    <message>
        <source>planned, in-progress, completed (or none to clear).</source>
        <translation>planned, in-progress, completed (o none para borrar).</translation>
    </message>
    <message>
        <source>How far through the course, 0 to 100.</source>
        <translation>Cuánto ha avanzado en el curso, de 0 a 100.</translation>
    </message>
    <message>
        <source>Completion date, YYYY-MM-DD (default today).</source>
        <translation>Fecha de finalización, AAAA-MM-DD (predeterminado: hoy).</translation>
    </message>
    <message>
        <source>A course id.</source>
        <translation>Un id de curso.</translation>
    </message>
    <message>
        <source>give exactly one course id</source>
        <translation>indique exactamente un id de curso</translation>
    </message>
    <message>
        <source>--status is required (planned, in-progress or completed)</source>
        <translation>--status es obligatorio (planned, in-progress o completed)</translation>
    </message>
    <message>
        <source>--status must be planned, in-progress or completed, not &quot;%1&quot;</source>
        <translation>--status debe ser planned, in-progress o completed, no «%1»</translation>
    </message>
    <message>
        <source>--percent must be a whole number from 0 to 100</source>
        <translation>--percent debe ser un número entero de 0 a 100</translation>
    </message>
    <message>
        <source>--percent goes with --status in-progress</source>
        <translation>--percent va con --status in-progress</translation>
    </message>
    <message>
        <source>--date must be a date written YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--date debe ser una fecha en formato AAAA-MM-DD, no «%1»</translation>
    </message>
    <message>
        <source>--date goes with --status completed</source>
        <translation>--date va con --status completed</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ahora: %2.</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>sin estado</translation>
    </message>
    <message>
        <source>unknown progress command &quot;%1&quot; (try: progress set)</source>
        <translation>orden de progreso desconocida «%1» (pruebe: progress set)</translation>
    </message>
    <message>
        <source>You are not pursuing any microcredential yet. Add one with: credfolio-cli plan add ID</source>
        <translation>Todavía no persigue ninguna microcredencial. Añada una con: credfolio-cli plan add ID</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>%1 h left: %2</source>
        <translation>faltan %1 h: %2</translation>
    </message>
    <message>
        <source>The backup file to write (replaced if it exists).</source>
        <translation>El archivo de copia de seguridad que escribir (se sustituye si existe).</translation>
    </message>
    <message>
        <source>give one backup file; usage: %1</source>
        <translation>indique un archivo de copia de seguridad; uso: %1</translation>
    </message>
    <message>
        <source>there is no portfolio at %1 to back up</source>
        <translation>no hay ningún portafolio en %1 del que hacer una copia de seguridad</translation>
    </message>
    <message>
        <source>Backed up %1 badge(s) to %2 (%3 bytes)</source>
        <translation>Copia de seguridad hecha en %2: %1 insignia(s) (%3 bytes)</translation>
    </message>
    <message>
        <source>Replace a portfolio that holds badges, plans or a profile.</source>
        <translation>Sustituir un portafolio que contiene insignias, planes o un perfil.</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>El archivo de copia de seguridad que restaurar.</translation>
    </message>
    <message>
        <source>The portfolio was not changed.</source>
        <translation>El portafolio no se ha modificado.</translation>
    </message>
    <message>
        <source>the portfolio at %1 holds badges, plans or a profile that the backup would replace; add --yes to replace it (nothing was changed)</source>
        <translation>el portafolio que está en %1 contiene insignias, planes o un perfil que la copia de seguridad sustituiría; añada --yes para sustituirlo (no se cambió nada)</translation>
    </message>
    <message>
        <source>Restored %1 badge(s) from %2 into %3</source>
        <translation>Se restauró %2 en %3: %1 insignia(s)</translation>
    </message>
    <message>
        <source>(updated from format %1 to %2)</source>
        <translation>(actualizada del formato %1 al %2)</translation>
    </message>
    <message>
        <source>Judge validity at this time (ISO 8601; default: now).</source>
        <translation>Juzgar la validez en este momento (ISO 8601; predeterminado: ahora).</translation>
    </message>
    <message>
        <source>Serve the document at URL from a local FILE (repeatable).</source>
        <translation>Servir el documento de URL desde un FILE local (repetible).</translation>
    </message>
    <message>
        <source>Allow online checks: documents not given with --resolve are fetched over HTTPS.</source>
        <translation>Permitir comprobaciones en línea: los documentos no indicados con --resolve se descargan a través de HTTPS.</translation>
    </message>
    <message>
        <source>--at needs an ISO 8601 date and time such as 2024-06-01T12:00:00Z, not &quot;%1&quot;</source>
        <translation>--at requiere una fecha y hora ISO 8601, como 2024-06-01T12:00:00Z, no «%1»</translation>
    </message>
    <message>
        <source>--resolve needs URL=FILE, not &quot;%1&quot;</source>
        <translation>--resolve requiere URL=FILE, no «%1»</translation>
    </message>
    <message>
        <source>--resolve %1: no such file &quot;%2&quot;</source>
        <translation>--resolve %1: no existe el archivo «%2»</translation>
    </message>
    <message>
        <source>Achievement: %1</source>
        <translation>Logro: %1</translation>
    </message>
    <message>
        <source>Issuer: %1 (%2)</source>
        <translation>Emisor: %1 (%2)</translation>
    </message>
    <message>
        <source>For a presentation: the challenge it must answer.</source>
        <translation>Para una presentación: el desafío al que debe responder.</translation>
    </message>
    <message>
        <source>For a presentation: the domain it must be made for.</source>
        <translation>Para una presentación: el dominio para el que debe estar hecha.</translation>
    </message>
    <message>
        <source>Badge files to verify.</source>
        <translation>Archivos de insignias que verificar.</translation>
    </message>
    <message>
        <source>no badge file given; usage: %1</source>
        <translation>no se indicó ningún archivo de insignia; uso: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>credfolio::BadgeCardDelegate</name>
    <message>
        <source>Sample</source>
        <translation>Ejemplo</translation>
    </message>
</context>
<context>
    <name>credfolio::BadgeDetailPane</name>
    <message>
        <source>Choose a badge to see what it says and why it can be trusted.</source>
        <translation>Elija una insignia para ver qué dice y por qué se puede confiar en ella.</translation>
    </message>
    <message>
        <source>Badge image</source>
        <translation>Imagen de la insignia</translation>
    </message>
    <message>
        <source>What the credential says</source>
        <translation>Lo que dice la credencial</translation>
    </message>
    <message>
        <source>Verification checks</source>
        <translation>Comprobaciones de verificación</translation>
    </message>
    <message>
        <source>The credential as JSON</source>
        <translation>La credencial en JSON</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>Veri&amp;fication</source>
        <translation>&amp;Verificación</translation>
    </message>
    <message>
        <source>Ra&amp;w JSON</source>
        <translation>&amp;JSON sin procesar</translation>
    </message>
    <message>
        <source>&amp;Attachments</source>
        <translation>&amp;Adjuntos</translation>
    </message>
    <message>
        <source>Re-&amp;verify</source>
        <translation>Volver a veri&amp;ficar</translation>
    </message>
    <message>
        <source>Check the badge again now (online too, when online checks are allowed)</source>
        <translation>Comprobar de nuevo la insignia ahora (también en línea, si se permiten las comprobaciones en línea)</translation>
    </message>
    <message>
        <source>&amp;Save Original…</source>
        <translation>&amp;Guardar original…</translation>
    </message>
    <message>
        <source>Save the badge file exactly as it was imported</source>
        <translation>Guardar el archivo de la insignia exactamente como se importó</translation>
    </message>
    <message>
        <source>Co&amp;llections</source>
        <translation>Co&amp;lecciones</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <source>Put the badge in collections, such as one per job application</source>
        <translation>Incluir la insignia en colecciones, por ejemplo una por cada solicitud de empleo</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Remove the badge from the portfolio (can be undone until you quit)</source>
        <translation>Quitar la insignia del portafolio (se puede deshacer hasta que salga)</translation>
    </message>
    <message>
        <source>%1 (%2 badges)</source>
        <translation>%1 (%2 insignias)</translation>
    </message>
    <message>
        <source>Your skills, as your badges show them</source>
        <translation>Sus competencias, según muestran sus insignias</translation>
    </message>
    <message>
        <source>This is a sample badge from a fictional academy, here so you can explore. It is not a real achievement.</source>
        <translation>Esta es una insignia de ejemplo de una academia ficticia, incluida para que pueda explorar. No es un logro real.</translation>
    </message>
    <message>
        <source>Self-reported: you entered this credential yourself; nothing about it can be verified.</source>
        <translation>Autodeclarada: usted mismo introdujo esta credencial; nada de ella se puede verificar.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Criteria page</source>
        <translation>Página de criterios</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>skill</source>
        <translation>competencia</translation>
    </message>
    <message>
        <source>alignment</source>
        <translation>alineación</translation>
    </message>
    <message>
        <source>Skills and alignments</source>
        <translation>Competencias y alineaciones</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Credential id</source>
        <translation>Id. de la credencial</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>ejemplo</translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>%1 (ejemplo)</translation>
    </message>
    <message>
        <source>Issuer unknown</source>
        <translation>Emisor desconocido</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Emitida por %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Self-reported: nothing to verify.</source>
        <translation>Autodeclarada: no hay nada que verificar.</translation>
    </message>
    <message>
        <source>Last checked %1</source>
        <translation>Última comprobación: %1</translation>
    </message>
    <message>
        <source>⚠ This badge failed verification and is kept only because you chose to keep it.</source>
        <translation>⚠ Esta insignia no superó la verificación y solo se conserva porque usted decidió conservarla.</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Superada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <source>%1 (%2 KiB) — press Enter to save</source>
        <translation>%1 (%2 KiB) — pulse Intro para guardar</translation>
    </message>
</context>
<context>
    <name>credfolio::BadgeListModel</name>
    <message>
        <source>, issued by %1</source>
        <translation>, emitida por %1</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> el %1</translation>
    </message>
    <message>
        <source> (sample badge)</source>
        <translation> (insignia de ejemplo)</translation>
    </message>
</context>
<context>
    <name>credfolio::CatalogFilterBar</name>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Show only courses from this provider</source>
        <translation>Mostrar solo los cursos de este proveedor</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Todos los proveedores</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <source>Show only courses that teach this skill. Type to find a skill.</source>
        <translation>Mostrar solo los cursos que enseñan esta competencia. Escriba para buscar una competencia.</translation>
    </message>
    <message>
        <source>Any skill</source>
        <translation>Cualquier competencia</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Show only courses at this level</source>
        <translation>Mostrar solo los cursos de este nivel</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Cualquier nivel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Show only courses taught in this language</source>
        <translation>Mostrar solo los cursos impartidos en este idioma</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Show only courses delivered this way</source>
        <translation>Mostrar solo los cursos impartidos en esta modalidad</translation>
    </message>
    <message>
        <source>Any delivery</source>
        <translation>Cualquier modalidad</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>Cualquier duración</translation>
    </message>
    <message>
        <source>Up to </source>
        <translation>Hasta </translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>Longest course, in hours</source>
        <translation>Curso más largo, en horas</translation>
    </message>
    <message>
        <source>Show only courses that take at most this many hours</source>
        <translation>Mostrar solo los cursos que duran como máximo estas horas</translation>
    </message>
    <message>
        <source>Any price</source>
        <translation>Cualquier precio</translation>
    </message>
    <message>
        <source>Highest price</source>
        <translation>Precio máximo</translation>
    </message>
    <message>
        <source>Show only courses that cost at most this much, in the course&apos;s own currency</source>
        <translation>Mostrar solo los cursos que cuestan como máximo esta cantidad, en la moneda del propio curso</translation>
    </message>
    <message>
        <source>&amp;Free only</source>
        <translation>Solo &amp;gratuitos</translation>
    </message>
    <message>
        <source>Free courses only</source>
        <translation>Solo cursos gratuitos</translation>
    </message>
    <message>
        <source>Show only courses that cost nothing</source>
        <translation>Mostrar solo los cursos que no cuestan nada</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <source>The order of the courses in the list</source>
        <translation>El orden de los cursos en la lista</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Mejor coincidencia</translation>
    </message>
    <message>
        <source>Title (A to Z)</source>
        <translation>Título (A a Z)</translation>
    </message>
    <message>
        <source>Shortest first</source>
        <translation>Más cortos primero</translation>
    </message>
    <message>
        <source>Lowest price first</source>
        <translation>Precio más bajo primero</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>&amp;Ordenar por:</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Show all courses again: remove every filter</source>
        <translation>Volver a mostrar todos los cursos: quitar todos los filtros</translation>
    </message>
</context>
<context>
    <name>credfolio::CatalogView</name>
    <message>
        <source>Search courses, skills, providers…</source>
        <translation>Buscar cursos, competencias, proveedores…</translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation>Buscar cursos</translation>
    </message>
    <message>
        <source>Type words from a course&apos;s title, skills, provider or summary (Ctrl+F). Escape clears.</source>
        <translation>Escriba palabras del título, las competencias, el proveedor o el resumen de un curso (Ctrl+F). Escape borra la búsqueda.</translation>
    </message>
    <message>
        <source>Number of courses found</source>
        <translation>Número de cursos encontrados</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>Courses that match your search. Press Enter to work with the chosen course.</source>
        <translation>Cursos que coinciden con su búsqueda. Pulse Intro para trabajar con el curso elegido.</translation>
    </message>
    <message>
        <source>Click Title, Hours or Cost to sort by it</source>
        <translation>Pulse en Título, Horas o Coste para ordenar por esa columna</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Borrar la búsqueda y los filtros</translation>
    </message>
    <message>
        <source>Show every course again</source>
        <translation>Volver a mostrar todos los cursos</translation>
    </message>
    <message>
        <source>&lt;b&gt;No courses match these filters.&lt;/b&gt;&lt;br&gt;Try clearing some of the filters.</source>
        <translation>&lt;b&gt;Ningún curso coincide con estos filtros.&lt;/b&gt;&lt;br&gt;Pruebe a borrar algunos filtros.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No courses match “%1”.&lt;/b&gt;&lt;br&gt;Try fewer words or clear the filters.</source>
        <translation>&lt;b&gt;Ningún curso coincide con «%1».&lt;/b&gt;&lt;br&gt;Pruebe con menos palabras o borre los filtros.</translation>
    </message>
</context>
<context>
    <name>credfolio::CourseDetailPane</name>
    <message>
        <source>Course details</source>
        <translation>Detalles del curso</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Tiempo:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Precio:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Nivel:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Delivery:</source>
        <translation>Modalidad:</translation>
    </message>
    <message>
        <source>Course page</source>
        <translation>Página del curso</translation>
    </message>
    <message>
        <source>Skills you practise</source>
        <translation>Competencias que practica</translation>
    </message>
    <message>
        <source>Counts toward</source>
        <translation>Cuenta para</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Su progreso</translation>
    </message>
    <message>
        <source>Choose a course in the list to see what it teaches, what it costs and which microcredentials it counts toward.</source>
        <translation>Elija un curso de la lista para ver qué enseña, cuánto cuesta y para qué microcredenciales cuenta.</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>Open the course page</source>
        <translation>Abrir la página del curso</translation>
    </message>
    <message>
        <source>%1 &lt;i&gt;(in your plan)&lt;/i&gt;</source>
        <translation>%1 &lt;i&gt;(en su plan)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>No microcredential needs this course yet.</source>
        <translation>Todavía ninguna microcredencial necesita este curso.</translation>
    </message>
    <message>
        <source>Your progress on this course could not be saved: %1</source>
        <translation>No se pudo guardar su progreso en este curso: %1</translation>
    </message>
</context>
<context>
    <name>credfolio::CourseStatusEditor</name>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Course status</source>
        <translation>Estado del curso</translation>
    </message>
    <message>
        <source>Where you stand with this course. Changes are saved at once.</source>
        <translation>En qué punto está con este curso. Los cambios se guardan al momento.</translation>
    </message>
    <message>
        <source>Percent done</source>
        <translation>Porcentaje completado</translation>
    </message>
    <message>
        <source>How much of the course you have done so far</source>
        <translation>Cuánto del curso ha hecho hasta ahora</translation>
    </message>
    <message>
        <source>Completion date</source>
        <translation>Fecha de finalización</translation>
    </message>
    <message>
        <source>The day you finished the course</source>
        <translation>El día en que terminó el curso</translation>
    </message>
    <message>
        <source>&amp;Add to plan</source>
        <translation>&amp;Añadir al plan</translation>
    </message>
    <message>
        <source>Add course to plan</source>
        <translation>Añadir el curso al plan</translation>
    </message>
    <message>
        <source>Mark this course as one you plan to take</source>
        <translation>Marcar este curso como uno que tiene previsto hacer</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Done so far:</source>
        <translation>&amp;Hecho hasta ahora:</translation>
    </message>
    <message>
        <source>Finished &amp;on:</source>
        <translation>&amp;Terminado el:</translation>
    </message>
</context>
<context>
    <name>credfolio::CourseTableModel</name>
    <message>
        <source>%1
Skills: %2</source>
        <translation>%1
Competencias: %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>credfolio::FilesExportDialog</name>
    <message>
        <source>Export Badge Files</source>
        <translation>Exportar archivos de insignias</translation>
    </message>
    <message>
        <source>Writes each badge&apos;s original file, unchanged, and a manifest.json listing them with their status and SHA-256, into a new or empty folder.</source>
        <translation>Escribe el archivo original de cada insignia, sin cambios, y un manifest.json que los enumera con su estado y su SHA-256, en una carpeta nueva o vacía.</translation>
    </message>
    <message>
        <source>&amp;All badges (without the samples)</source>
        <translation>&amp;Todas las insignias (sin las de ejemplo)</translation>
    </message>
    <message>
        <source>Export all badges</source>
        <translation>Exportar todas las insignias</translation>
    </message>
    <message>
        <source>A &amp;collection:</source>
        <translation>Una &amp;colección:</translation>
    </message>
    <message>
        <source>Export a collection</source>
        <translation>Exportar una colección</translation>
    </message>
    <message>
        <source>Collection to export</source>
        <translation>Colección que exportar</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n badge(s))</source>
        <translation>
            <numerusform>%1 (%n insignia)</numerusform>
            <numerusform>%1 (%n insignias)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n badge(s) &amp;selected in the Portfolio</source>
        <translation>
            <numerusform>La insignia &amp;seleccionada en el portafolio (%n)</numerusform>
            <numerusform>Las %n insignias &amp;seleccionadas en el portafolio</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the selected badges</source>
        <translation>Exportar las insignias seleccionadas</translation>
    </message>
    <message>
        <source>Folder to export into</source>
        <translation>Carpeta en la que exportar</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>Una carpeta nueva o vacía</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Elegir la carpeta</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Ca&amp;rpeta:</translation>
    </message>
    <message>
        <source>Export problem</source>
        <translation>Problema de exportación</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export the badge files</source>
        <translation>Exportar los archivos de insignias</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <source>Folder for the Badge Files</source>
        <translation>Carpeta para los archivos de insignias</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n badge file(s) with manifest.json to %1.</source>
        <translation>
            <numerusform>Se exportó %n archivo de insignia con manifest.json a %1.</numerusform>
            <numerusform>Se exportaron %n archivos de insignias con manifest.json a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n self-reported credential(s) are listed in the manifest without a file.</source>
        <translation>
            <numerusform>%n credencial autodeclarada figura en el manifiesto sin archivo.</numerusform>
            <numerusform>%n credenciales autodeclaradas figuran en el manifiesto sin archivo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credfolio::ImportSummaryDialog</name>
    <message numerus="yes">
        <source>%n badge(s) imported</source>
        <translation>
            <numerusform>%n insignia importada</numerusform>
            <numerusform>%n insignias importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the portfolio</source>
        <translation>
            <numerusform>, %n ya estaba en el portafolio</numerusform>
            <numerusform>, %n ya estaban en el portafolio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not a badge or unreadable</source>
        <translation>
            <numerusform>, %n no era una insignia o no se pudo leer</numerusform>
            <numerusform>, %n no eran insignias o no se pudieron leer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed verification and not kept</source>
        <translation>
            <numerusform>, %n no superó la verificación y no se conservó</numerusform>
            <numerusform>, %n no superaron la verificación y no se conservaron</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; the files not reached were not imported.</source>
        <translation>Se canceló la importación; los archivos a los que no se llegó no se importaron.</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Archivos importados</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Keep Invalid Badges Anyway</source>
        <translation>&amp;Conservar igualmente las insignias no válidas</translation>
    </message>
    <message>
        <source>Store the badges that failed verification; they stay marked invalid everywhere</source>
        <translation>Guardar las insignias que no superaron la verificación; seguirán marcadas como no válidas en todas partes</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
    <message>
        <source>Already in the portfolio</source>
        <translation>Ya está en el portafolio</translation>
    </message>
    <message>
        <source>Failed verification</source>
        <translation>Verificación fallida</translation>
    </message>
    <message>
        <source>Not a badge</source>
        <translation>No es una insignia</translation>
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
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Switch between finding courses, following your progress and your badges</source>
        <translation>Cambiar entre buscar cursos, seguir su progreso y sus insignias</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portafolio</translation>
    </message>
    <message>
        <source>Find courses (Ctrl+1)</source>
        <translation>Buscar cursos (Ctrl+1)</translation>
    </message>
    <message>
        <source>Your microcredentials and progress (Ctrl+2)</source>
        <translation>Sus microcredenciales y su progreso (Ctrl+2)</translation>
    </message>
    <message>
        <source>Your badges (Ctrl+3)</source>
        <translation>Sus insignias (Ctrl+3)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Import &amp;Badges…</source>
        <translation>Importar &amp;insignias…</translation>
    </message>
    <message>
        <source>Verify badge files (PNG, SVG, JSON, JWT) and keep them in your portfolio</source>
        <translation>Verificar archivos de insignias (PNG, SVG, JSON, JWT) y guardarlos en su portafolio</translation>
    </message>
    <message>
        <source>Import Badge &amp;Folder…</source>
        <translation>Importar &amp;carpeta de insignias…</translation>
    </message>
    <message>
        <source>Import every badge in a folder and its subfolders</source>
        <translation>Importar todas las insignias de una carpeta y sus subcarpetas</translation>
    </message>
    <message>
        <source>&amp;Import Catalog…</source>
        <translation>Importar c&amp;atálogo…</translation>
    </message>
    <message>
        <source>Add the courses and microcredentials of a catalog file (JSON or CSV)</source>
        <translation>Añadir los cursos y las microcredenciales de un archivo de catálogo (JSON o CSV)</translation>
    </message>
    <message>
        <source>Your &amp;Profile…</source>
        <translation>Su &amp;perfil…</translation>
    </message>
    <message>
        <source>Your name and the email addresses and URLs you receive badges under</source>
        <translation>Su nombre y las direcciones de correo electrónico y URL con las que recibe insignias</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Paste Badge</source>
        <translation>&amp;Pegar insignia</translation>
    </message>
    <message>
        <source>Import a badge copied as text (a JWT or JSON)</source>
        <translation>Importar una insignia copiada como texto (un JWT o JSON)</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>&amp;Deshacer eliminación</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation>&amp;Catálogo</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Progreso</translation>
    </message>
    <message>
        <source>P&amp;ortfolio</source>
        <translation>P&amp;ortafolio</translation>
    </message>
    <message>
        <source>&amp;Find Courses</source>
        <translation>&amp;Buscar cursos</translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation>Ir al cuadro de búsqueda</translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation>&amp;Portafolio</translation>
    </message>
    <message>
        <source>&amp;Find Badges</source>
        <translation>&amp;Buscar insignias</translation>
    </message>
    <message>
        <source>Add &amp;Self-Reported Credential…</source>
        <translation>Añadir credencial &amp;autodeclarada…</translation>
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation>&amp;Nueva colección…</translation>
    </message>
    <message>
        <source>Allow &amp;Online Checks</source>
        <translation>Permitir comprobaciones en &amp;línea</translation>
    </message>
    <message>
        <source>Fetch hosted badges, issuer keys and revocation lists over HTTPS when verifying</source>
        <translation>Descargar insignias alojadas, claves de emisores y listas de revocación a través de HTTPS al verificar</translation>
    </message>
    <message>
        <source>&amp;Re-verify All Badges</source>
        <translation>&amp;Volver a verificar todas las insignias</translation>
    </message>
    <message>
        <source>Add Sample &amp;Badges</source>
        <translation>Añadir insignias de &amp;ejemplo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Credfolio</source>
        <translation>&amp;Acerca de Credfolio</translation>
    </message>
    <message numerus="yes">
        <source>%n badge file(s)</source>
        <translation>
            <numerusform>%n archivo de insignia</numerusform>
            <numerusform>%n archivos de insignias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) of badges</source>
        <translation>
            <numerusform>%n carpeta de insignias</numerusform>
            <numerusform>%n carpetas de insignias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge link(s)</source>
        <translation>
            <numerusform>%n enlace de insignia</numerusform>
            <numerusform>%n enlaces de insignias</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop to import %1 into your portfolio</source>
        <translation>Suelte para importar %1 en su portafolio</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message numerus="yes">
        <source>Drop to add %n catalog file(s) to the course catalog</source>
        <translation>
            <numerusform>Suelte para añadir %n archivo de catálogo al catálogo de cursos</numerusform>
            <numerusform>Suelte para añadir %n archivos de catálogo al catálogo de cursos</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no text to import as a badge.</source>
        <translation>El portapapeles no contiene texto que importar como insignia.</translation>
    </message>
    <message>
        <source>Pasted badge</source>
        <translation>Insignia pegada</translation>
    </message>
    <message>
        <source>Import Badges</source>
        <translation>Importar insignias</translation>
    </message>
    <message>
        <source>Badge files (*.png *.svg *.json *.jws *.jwt *.txt);;All files (*)</source>
        <translation>Archivos de insignias (*.png *.svg *.json *.jws *.jwt *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import Badge Folder</source>
        <translation>Importar carpeta de insignias</translation>
    </message>
    <message>
        <source>Import Catalog</source>
        <translation>Importar catálogo</translation>
    </message>
    <message>
        <source>Catalog files (*.json *.csv);;All files (*)</source>
        <translation>Archivos de catálogo (*.json *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>About Credfolio</source>
        <translation>Acerca de Credfolio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Credfolio %1&lt;/h3&gt;&lt;p&gt;Plan microcredentials, follow your progress and keep verified digital badges.&lt;/p&gt;&lt;p&gt;Your portfolio: &lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Credfolio %1&lt;/h3&gt;&lt;p&gt;Planifique microcredenciales, siga su progreso y guarde insignias digitales verificadas.&lt;/p&gt;&lt;p&gt;Su portafolio: &lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 in the catalog</source>
        <translation>%1 en el catálogo</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;PDF Portfolio…</source>
        <translation>Portafolio en &amp;PDF…</translation>
    </message>
    <message>
        <source>A PDF of your badges to hand an employer, with their verification status and files</source>
        <translation>Un PDF de sus insignias para entregar a un empleador, con su estado de verificación y sus archivos</translation>
    </message>
    <message>
        <source>Signed &amp;Presentation…</source>
        <translation>P&amp;resentación firmada…</translation>
    </message>
    <message>
        <source>A Verifiable Presentation of your badges, signed with your key, that an employer can verify</source>
        <translation>Una presentación verificable de sus insignias, firmada con su clave, que un empleador puede verificar</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>Language, online checks, export defaults and where your portfolio lives</source>
        <translation>Idioma, comprobaciones en línea, valores predeterminados de exportación y ubicación de su portafolio</translation>
    </message>
    <message>
        <source>Re&amp;move Sample Badges</source>
        <translation>&amp;Quitar insignias de ejemplo</translation>
    </message>
    <message>
        <source>Credfolio opens badges and course catalogs only, so it did not open %1.</source>
        <translation>Credfolio solo abre insignias y catálogos de cursos, así que no abrió %1.</translation>
    </message>
</context>
<context>
    <name>credfolio::MessageWidget</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Mostrar detalles</translation>
    </message>
    <message>
        <source>Show every problem that was found</source>
        <translation>Mostrar todos los problemas encontrados</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar mensaje</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <source>Message details</source>
        <translation>Detalles del mensaje</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ocultar detalles</translation>
    </message>
</context>
<context>
    <name>credfolio::MicrocredentialDetailPane</name>
    <message>
        <source>Microcredential details</source>
        <translation>Detalles de la microcredencial</translation>
    </message>
    <message>
        <source>Choose a microcredential to see what it asks for.</source>
        <translation>Elija una microcredencial para ver qué requiere.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Issued by %1.&lt;/i&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Emitida por %1.&lt;/i&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What you need&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Qué necesita&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>All of:</source>
        <translation>Todos estos:</translation>
    </message>
    <message>
        <source>%1 of:</source>
        <translation>%1 de estos:</translation>
    </message>
    <message>
        <source> ✔ &lt;i&gt;completed&lt;/i&gt;</source>
        <translation> ✔ &lt;i&gt;completado&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Skills it certifies&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Competencias que certifica&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Remove from plan</source>
        <translation>&amp;Quitar del plan</translation>
    </message>
    <message>
        <source>&amp;Add to plan</source>
        <translation>&amp;Añadir al plan</translation>
    </message>
    <message>
        <source>Remove %1 from plan</source>
        <translation>Quitar %1 del plan</translation>
    </message>
    <message>
        <source>Add %1 to plan</source>
        <translation>Añadir %1 al plan</translation>
    </message>
    <message>
        <source>Stop pursuing this microcredential</source>
        <translation>Dejar de perseguir esta microcredencial</translation>
    </message>
    <message>
        <source>Pursue this microcredential: it appears above with your progress</source>
        <translation>Perseguir esta microcredencial: aparece arriba con su progreso</translation>
    </message>
</context>
<context>
    <name>credfolio::MicrocredentialListModel</name>
    <message>
        <source>In your plan</source>
        <translation>En su plan</translation>
    </message>
    <message>
        <source>Microcredential</source>
        <translation>Microcredencial</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitida por</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>credfolio::PassphraseDialog</name>
    <message>
        <source>Protect Your Signing Key</source>
        <translation>Proteja su clave de firma</translation>
    </message>
    <message>
        <source>Unlock Your Signing Key</source>
        <translation>Desbloquee su clave de firma</translation>
    </message>
    <message numerus="yes">
        <source>Your signing key will be kept in a file protected by a passphrase. Choose one of at least %n characters; nobody can recover it for you.</source>
        <translation>
            <numerusform>Su clave de firma se guardará en un archivo protegido por una frase de contraseña. Elija una de al menos %n carácter; nadie podrá recuperarla por usted.</numerusform>
            <numerusform>Su clave de firma se guardará en un archivo protegido por una frase de contraseña. Elija una de al menos %n caracteres; nadie podrá recuperarla por usted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the passphrase that protects your signing key.</source>
        <translation>Introduzca la frase de contraseña que protege su clave de firma.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Repetir la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>&amp;Show passphrase</source>
        <translation>&amp;Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <source>Create Key</source>
        <translation>Crear clave</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Introduzca una frase de contraseña.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is too short: use at least %n characters.</source>
        <translation>
            <numerusform>La frase de contraseña es demasiado corta: use al menos %n carácter.</numerusform>
            <numerusform>La frase de contraseña es demasiado corta: use al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Las dos frases de contraseña no coinciden. Escriba la misma dos veces.</translation>
    </message>
</context>
<context>
    <name>credfolio::PdfExportDialog</name>
    <message>
        <source>Export PDF Portfolio</source>
        <translation>Exportar portafolio en PDF</translation>
    </message>
    <message>
        <source>Badges to export</source>
        <translation>Insignias que exportar</translation>
    </message>
    <message>
        <source>All badges</source>
        <translation>Todas las insignias</translation>
    </message>
    <message numerus="yes">
        <source>Selected badges (%n)</source>
        <translation>
            <numerusform>Insignia seleccionada (%n)</numerusform>
            <numerusform>Insignias seleccionadas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Collection: %1 (%n badge(s))</source>
        <translation>
            <numerusform>Colección: %1 (%n insignia)</numerusform>
            <numerusform>Colección: %1 (%n insignias)</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>Detailed: a page per credential</source>
        <translation>Detallado: una página por credencial</translation>
    </message>
    <message>
        <source>Compact: a short summary</source>
        <translation>Compacto: un resumen breve</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>From your region (%1)</source>
        <translation>Según su región (%1)</translation>
    </message>
    <message>
        <source>PDF/A-1b for archiving (the original files are not attached)</source>
        <translation>PDF/A-1b para archivado (los archivos originales no se adjuntan)</translation>
    </message>
    <message>
        <source>PDF/A-1b for archiving</source>
        <translation>PDF/A-1b para archivado</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Show your headline</source>
        <translation>Mostrar su titular</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>Direcciones de correo electrónico</translation>
    </message>
    <message>
        <source>Show your email addresses</source>
        <translation>Mostrar sus direcciones de correo electrónico</translation>
    </message>
    <message>
        <source>Web addresses</source>
        <translation>Direcciones web</translation>
    </message>
    <message>
        <source>Show your web addresses</source>
        <translation>Mostrar sus direcciones web</translation>
    </message>
    <message>
        <source>&amp;Badges:</source>
        <translation>&amp;Insignias:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Diseño:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Page count</source>
        <translation>Número de páginas</translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation>Vista previa de las páginas</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Export step</source>
        <translation>Paso de la exportación</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>Guardar el PDF como</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Cancelar exportación</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Nothing to preview.</source>
        <translation>No hay nada que previsualizar.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s); the preview shows the first %1.</source>
        <translation>
            <numerusform>%n página; la vista previa muestra las primeras %1.</numerusform>
            <numerusform>%n páginas; la vista previa muestra las primeras %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Save PDF Portfolio</source>
        <translation>Guardar portafolio en PDF</translation>
    </message>
    <message>
        <source>Credential portfolio.pdf</source>
        <translation>Portafolio de credenciales.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Se guardó %1 (%n página).</numerusform>
            <numerusform>Se guardó %1 (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
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
        <translation>Quitar del plan</translation>
    </message>
    <message>
        <source>Remove %1 from plan</source>
        <translation>Quitar %1 del plan</translation>
    </message>
    <message>
        <source>Stop pursuing this microcredential. Your course progress is kept.</source>
        <translation>Dejar de perseguir esta microcredencial. Se conserva su progreso en los cursos.</translation>
    </message>
    <message>
        <source>%1 of %2 courses</source>
        <translation>%1 de %2 cursos</translation>
    </message>
    <message>
        <source>Progress toward %1</source>
        <translation>Progreso hacia %1</translation>
    </message>
    <message>
        <source>%1% done</source>
        <translation>%1% completado</translation>
    </message>
    <message>
        <source>✔ Earned: its badge is in your portfolio.</source>
        <translation>✔ Obtenida: su insignia está en su portafolio.</translation>
    </message>
    <message>
        <source>✔ All requirements met: this microcredential is earned.</source>
        <translation>✔ Todos los requisitos cumplidos: ha obtenido esta microcredencial.</translation>
    </message>
    <message>
        <source>Still to do: %1 · %2</source>
        <translation>Aún pendiente: %1 · %2</translation>
    </message>
    <message>
        <source>Shortest way to finish:</source>
        <translation>El camino más corto para terminar:</translation>
    </message>
    <message>
        <source>  (in progress, %1% done)</source>
        <translation>  (en curso, %1% completado)</translation>
    </message>
    <message>
        <source>  (planned)</source>
        <translation>  (planificado)</translation>
    </message>
    <message>
        <source>Open %1 in the catalog</source>
        <translation>Abrir %1 en el catálogo</translation>
    </message>
    <message>
        <source>Open this course in the catalog</source>
        <translation>Abrir este curso en el catálogo</translation>
    </message>
</context>
<context>
    <name>credfolio::PortfolioFileActions</name>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n insignia</numerusform>
            <numerusform>%n insignias</numerusform>
        </translation>
    </message>
    <message>
        <source>Badge &amp;Files…</source>
        <translation>&amp;Archivos de insignias…</translation>
    </message>
    <message>
        <source>Write the original badge files and a manifest.json into a folder</source>
        <translation>Escribir los archivos originales de las insignias y un manifest.json en una carpeta</translation>
    </message>
    <message>
        <source>&amp;Back Up Portfolio…</source>
        <translation>Hacer copia de seguri&amp;dad del portafolio…</translation>
    </message>
    <message>
        <source>Save your whole portfolio in one file</source>
        <translation>Guardar todo su portafolio en un archivo</translation>
    </message>
    <message>
        <source>&amp;Restore Portfolio…</source>
        <translation>&amp;Restaurar portafolio…</translation>
    </message>
    <message>
        <source>Replace your portfolio with a backup</source>
        <translation>Sustituir su portafolio por una copia de seguridad</translation>
    </message>
    <message>
        <source>Credfolio backup %1.credfolio</source>
        <translation>Copia de seguridad de Credfolio %1.credfolio</translation>
    </message>
    <message>
        <source>Back Up Portfolio</source>
        <translation>Hacer copia de seguridad del portafolio</translation>
    </message>
    <message>
        <source>Credfolio backups (*.credfolio);;All files (*)</source>
        <translation>Copias de seguridad de Credfolio (*.credfolio);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>A backup is already running.</source>
        <translation>Ya hay una copia de seguridad en curso.</translation>
    </message>
    <message>
        <source>Backing up your portfolio…</source>
        <translation>Haciendo una copia de seguridad de su portafolio…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Progreso de la copia de seguridad</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>Cancelar la copia de seguridad</translation>
    </message>
    <message>
        <source>The backup was not made: %1</source>
        <translation>No se hizo la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>it did not finish.</source>
        <translation>no terminó.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>Copia de seguridad de %1 hecha en %2.</translation>
    </message>
    <message>
        <source>Restore Portfolio</source>
        <translation>Restaurar portafolio</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1 Your portfolio was not changed.</source>
        <translation>Esta copia de seguridad no se puede restaurar: %1 Su portafolio no se ha modificado.</translation>
    </message>
    <message numerus="yes">
        <source>Your current portfolio (%1, %n collection(s)) will be replaced by the backup (%2). Anything added since the backup was made will be lost.</source>
        <translation>
            <numerusform>Su portafolio actual (%1, %n colección) se sustituirá por la copia de seguridad (%2). Se perderá todo lo añadido desde que se hizo la copia de seguridad.</numerusform>
            <numerusform>Su portafolio actual (%1, %n colecciones) se sustituirá por la copia de seguridad (%2). Se perderá todo lo añadido desde que se hizo la copia de seguridad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your current portfolio will be replaced by the backup (%1).</source>
        <translation>Su portafolio actual se sustituirá por la copia de seguridad (%1).</translation>
    </message>
    <message>
        <source>Replace your portfolio with this backup?</source>
        <translation>¿Sustituir su portafolio por esta copia de seguridad?</translation>
    </message>
    <message>
        <source>&amp;Replace Portfolio</source>
        <translation>&amp;Sustituir portafolio</translation>
    </message>
    <message>
        <source>Replace your portfolio with the backup</source>
        <translation>Sustituir su portafolio por la copia de seguridad</translation>
    </message>
</context>
<context>
    <name>credfolio::PortfolioView</name>
    <message>
        <source>Badges</source>
        <translation>Insignias</translation>
    </message>
    <message>
        <source>Re-verify</source>
        <translation>Volver a verificar</translation>
    </message>
    <message>
        <source>Save Original…</source>
        <translation>Guardar original…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Guardar adjunto</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Search badges: name, issuer, skill…</source>
        <translation>Buscar insignias: nombre, emisor, competencia…</translation>
    </message>
    <message>
        <source>Search badges</source>
        <translation>Buscar insignias</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <source>Year issued</source>
        <translation>Año de emisión</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Colección</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Más antiguas primero</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop importing; badges already imported stay</source>
        <translation>Detener la importación; las insignias ya importadas se mantienen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your badges live here&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Aquí viven sus insignias&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Drop badge files or whole folders anywhere on this window — baked PNG or SVG images, JSON, or JWT files — or paste a badge with Ctrl+V. Credfolio checks each one&apos;s signature, issuer, dates and revocation, and keeps the original safe.</source>
        <translation>Suelte archivos de insignias o carpetas enteras en cualquier parte de esta ventana (imágenes PNG o SVG con la insignia incrustada, archivos JSON o JWT) o pegue una insignia con Ctrl+V. Credfolio comprueba la firma, el emisor, las fechas y la revocación de cada una, y guarda el original a salvo.</translation>
    </message>
    <message>
        <source>&amp;Import Badges…</source>
        <translation>&amp;Importar insignias…</translation>
    </message>
    <message>
        <source>Import Badges</source>
        <translation>Importar insignias</translation>
    </message>
    <message>
        <source>Badge files (*.png *.svg *.json *.jws *.jwt *.txt);;All files (*)</source>
        <translation>Archivos de insignias (*.png *.svg *.json *.jws *.jwt *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Explore with &amp;Sample Badges</source>
        <translation>Explorar con insignias de &amp;ejemplo</translation>
    </message>
    <message>
        <source>Adds three sample badges from a fictional academy; remove them in one step later</source>
        <translation>Añade tres insignias de ejemplo de una academia ficticia; más adelante puede quitarlas en un solo paso</translation>
    </message>
    <message>
        <source>You are looking at sample badges from a fictional academy. They are not real achievements.</source>
        <translation>Está viendo insignias de ejemplo de una academia ficticia. No son logros reales.</translation>
    </message>
    <message>
        <source>&amp;Remove Samples</source>
        <translation>&amp;Quitar ejemplos</translation>
    </message>
    <message>
        <source>Online checks are on: verification may fetch hosted badges, keys and revocation lists over HTTPS.</source>
        <translation>Las comprobaciones en línea están activadas: la verificación puede descargar insignias alojadas, claves y listas de revocación a través de HTTPS.</translation>
    </message>
    <message>
        <source>Online checks are off: badges are verified with what they carry and what Credfolio bundles.</source>
        <translation>Las comprobaciones en línea están desactivadas: las insignias se verifican con lo que contienen y con lo que incluye Credfolio.</translation>
    </message>
    <message>
        <source>Any issuer</source>
        <translation>Cualquier emisor</translation>
    </message>
    <message>
        <source>Any skill</source>
        <translation>Cualquier competencia</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Cualquier año</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All badges</source>
        <translation>Todas las insignias</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n insignia</numerusform>
            <numerusform>%n insignias</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Badge Failed Verification</source>
        <translation>La insignia no superó la verificación</translation>
    </message>
    <message>
        <source>%1

Keep it anyway? It will stay marked invalid everywhere.</source>
        <translation>%1

¿Conservarla de todos modos? Seguirá marcada como no válida en todas partes.</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;: %2.</source>
        <translation>Se importó «%1»: %2.</translation>
    </message>
    <message>
        <source>This badge is already in your portfolio.</source>
        <translation>Esta insignia ya está en su portafolio.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>No se importó: %1</translation>
    </message>
    <message>
        <source>The pasted text is not a badge: %1</source>
        <translation>El texto pegado no es una insignia: %1</translation>
    </message>
    <message>
        <source>Delete Badge</source>
        <translation>Eliminar insignia</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from your portfolio? You can undo this with Edit &gt; Undo Delete until you quit.</source>
        <translation>¿Eliminar «%1» de su portafolio? Puede deshacerlo con Editar &gt; Deshacer eliminación hasta que salga.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;. Undo with Ctrl+Z.</source>
        <translation>Se eliminó «%1». Deshágalo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Save Original Badge File</source>
        <translation>Guardar el archivo original de la insignia</translation>
    </message>
    <message>
        <source>Saved the original file to %1.</source>
        <translation>Se guardó el archivo original en %1.</translation>
    </message>
    <message>
        <source>Profile saved. Re-verify your badges to check their recipients against it.</source>
        <translation>Perfil guardado. Vuelva a verificar sus insignias para comprobar sus destinatarios con él.</translation>
    </message>
    <message>
        <source>Signing Key</source>
        <translation>Clave de firma</translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation>Nueva colección</translation>
    </message>
    <message>
        <source>Name (for example, the job you apply for):</source>
        <translation>Nombre (por ejemplo, el puesto al que se presenta):</translation>
    </message>
    <message>
        <source>New Collection…</source>
        <translation>Nueva colección…</translation>
    </message>
    <message>
        <source>The sample badges could not be added: %1</source>
        <translation>No se pudieron añadir las insignias de ejemplo: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sample badge(s) removed.</source>
        <translation>
            <numerusform>Se quitó %n insignia de ejemplo.</numerusform>
            <numerusform>Se quitaron %n insignias de ejemplo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>An import is already running; wait for it to finish or cancel it.</source>
        <translation>Ya hay una importación en curso; espere a que termine o cancélela.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n badge file(s)…</source>
        <translation>
            <numerusform>Importando %n archivo de insignia…</numerusform>
            <numerusform>Importando %n archivos de insignias…</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for badge files…</source>
        <translation>Buscando archivos de insignias…</translation>
    </message>
    <message>
        <source>The badge could not be verified again: %1</source>
        <translation>No se pudo volver a verificar la insignia: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; checked again: %2.</source>
        <translation>«%1» comprobada de nuevo: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Every badge was checked again; %n changed status.</source>
        <translation>
            <numerusform>Se comprobaron de nuevo todas las insignias; %n cambió de estado.</numerusform>
            <numerusform>Se comprobaron de nuevo todas las insignias; %n cambiaron de estado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credfolio::PresentationExportDialog</name>
    <message>
        <source>Export Signed Presentation</source>
        <translation>Exportar presentación firmada</translation>
    </message>
    <message>
        <source>A signed presentation carries your verifiable badges, unchanged, in one file signed with your key, for an employer&apos;s verification software.</source>
        <translation>Una presentación firmada lleva sus insignias verificables, sin cambios, en un único archivo firmado con su clave, para el software de verificación de un empleador.</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Insignias</translation>
    </message>
    <message>
        <source>&amp;All badges</source>
        <translation>&amp;Todas las insignias</translation>
    </message>
    <message>
        <source>Export all badges</source>
        <translation>Exportar todas las insignias</translation>
    </message>
    <message>
        <source>A &amp;collection:</source>
        <translation>Una &amp;colección:</translation>
    </message>
    <message>
        <source>Export a collection</source>
        <translation>Exportar una colección</translation>
    </message>
    <message>
        <source>Collection to export</source>
        <translation>Colección que exportar</translation>
    </message>
    <message numerus="yes">
        <source>The %n badge(s) &amp;selected in the Portfolio</source>
        <translation>
            <numerusform>La insignia &amp;seleccionada en el portafolio (%n)</numerusform>
            <numerusform>Las %n insignias &amp;seleccionadas en el portafolio</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the selected badges</source>
        <translation>Exportar las insignias seleccionadas</translation>
    </message>
    <message>
        <source>Employer&apos;s request (optional)</source>
        <translation>Solicitud del empleador (opcional)</translation>
    </message>
    <message>
        <source>If the employer gave you a challenge and a domain, enter them: your signature then covers them, so the presentation cannot be reused for another request.</source>
        <translation>Si el empleador le dio un desafío y un dominio, introdúzcalos: así su firma los cubre y la presentación no se puede reutilizar para otra solicitud.</translation>
    </message>
    <message>
        <source>Challenge given by the employer</source>
        <translation>Desafío dado por el empleador</translation>
    </message>
    <message>
        <source>for example, a code such as 5f1c-92ab</source>
        <translation>por ejemplo, un código como 5f1c-92ab</translation>
    </message>
    <message>
        <source>C&amp;hallenge:</source>
        <translation>Desa&amp;fío:</translation>
    </message>
    <message>
        <source>Domain given by the employer</source>
        <translation>Dominio dado por el empleador</translation>
    </message>
    <message>
        <source>for example, jobs.employer.example</source>
        <translation>por ejemplo, jobs.employer.example</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Dominio:</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Save the signed presentation</source>
        <translation>Guardar la presentación firmada</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Save Signed Presentation</source>
        <translation>Guardar presentación firmada</translation>
    </message>
    <message>
        <source>Verifiable presentation (*.json)</source>
        <translation>Presentación verificable (*.json)</translation>
    </message>
    <message>
        <source>Your signing key is kept in a file protected by your passphrase.</source>
        <translation>Su clave de firma se guarda en un archivo protegido por su frase de contraseña.</translation>
    </message>
    <message>
        <source>The presentation could not be saved: %1</source>
        <translation>No se pudo guardar la presentación: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved a presentation of %n credential(s), signed as %1.</source>
        <translation>
            <numerusform>Se guardó una presentación de %n credencial, firmada como %1.</numerusform>
            <numerusform>Se guardó una presentación de %n credenciales, firmada como %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) left out (see details).</source>
        <translation>
            <numerusform>Se omitió %n insignia (vea los detalles).</numerusform>
            <numerusform>Se omitieron %n insignias (vea los detalles).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credfolio::ProfileDialog</name>
    <message>
        <source>Your Profile</source>
        <translation>Su perfil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Email addresses, one per line</source>
        <translation>Direcciones de correo electrónico, una por línea</translation>
    </message>
    <message>
        <source>URLs, one per line</source>
        <translation>URL, una por línea</translation>
    </message>
    <message>
        <source>Badges are issued to an email address or a URL. Credfolio checks each badge&apos;s recipient against these and flags a badge issued to someone else.</source>
        <translation>Las insignias se emiten a una dirección de correo electrónico o a una URL. Credfolio compara el destinatario de cada insignia con estos datos y señala las insignias emitidas a otra persona.</translation>
    </message>
    <message>
        <source>Create &amp;Signing Key</source>
        <translation>Crear clave de &amp;firma</translation>
    </message>
    <message>
        <source>Makes the key that signs the portfolios you export; it is kept in your system&apos;s keychain</source>
        <translation>Crea la clave que firma los portafolios que exporte; se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Titular:</translation>
    </message>
    <message>
        <source>&amp;Emails:</source>
        <translation>Correos &amp;electrónicos:</translation>
    </message>
    <message>
        <source>&amp;URLs:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Clave de firma:</translation>
    </message>
    <message>
        <source>None yet: it is made the first time you sign an export, or now.</source>
        <translation>Ninguna todavía: se crea la primera vez que firme una exportación, o ahora.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clave de firma</translation>
    </message>
</context>
<context>
    <name>credfolio::ProgressView</name>
    <message>
        <source>Your microcredentials</source>
        <translation>Sus microcredenciales</translation>
    </message>
    <message>
        <source>You are not pursuing any microcredential yet. Choose one below.</source>
        <translation>Todavía no persigue ninguna microcredencial. Elija una abajo.</translation>
    </message>
    <message>
        <source>Choose a microcredential to pursue</source>
        <translation>Elija una microcredencial que perseguir</translation>
    </message>
    <message>
        <source>Microcredentials</source>
        <translation>Microcredenciales</translation>
    </message>
    <message>
        <source>Every microcredential in the catalog. Choose one to see what it asks for.</source>
        <translation>Todas las microcredenciales del catálogo. Elija una para ver qué requiere.</translation>
    </message>
    <message>
        <source>This microcredential could not be added to your plan: %1</source>
        <translation>No se pudo añadir esta microcredencial a su plan: %1</translation>
    </message>
    <message>
        <source>This microcredential could not be removed from your plan: %1</source>
        <translation>No se pudo quitar esta microcredencial de su plan: %1</translation>
    </message>
</context>
<context>
    <name>credfolio::SelfReportedDialog</name>
    <message>
        <source>Add Self-Reported Credential</source>
        <translation>Añadir credencial autodeclarada</translation>
    </message>
    <message>
        <source>For a certificate without verifiable data, such as a course platform&apos;s PDF. It will always be labelled self-reported.</source>
        <translation>Para un certificado sin datos verificables, como el PDF de una plataforma de cursos. Siempre se marcará como autodeclarada.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitida por</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <source>Link to the certificate</source>
        <translation>Enlace al certificado</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Attach &amp;Files…</source>
        <translation>&amp;Adjuntar archivos…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation>&amp;Emitida por:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>En&amp;lace:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Archivos:</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>%1 cannot be attached: it is unreadable or larger than 16 MiB.</source>
        <translation>No se puede adjuntar %1: no se puede leer o ocupa más de 16 MiB.</translation>
    </message>
    <message>
        <source>Give the credential a name.</source>
        <translation>Asigne un nombre a la credencial.</translation>
    </message>
    <message>
        <source>The link must be a full address, like https://example.org/certificate/123.</source>
        <translation>El enlace debe ser una dirección completa, como https://example.org/certificate/123.</translation>
    </message>
</context>
<context>
    <name>credfolio::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>The language Credfolio speaks. Applies the next time Credfolio starts.</source>
        <translation>El idioma de Credfolio. Se aplica la próxima vez que se inicie Credfolio.</translation>
    </message>
    <message>
        <source>Allow &amp;online checks</source>
        <translation>Permitir comprobaciones en &amp;línea</translation>
    </message>
    <message>
        <source>Fetch hosted badges, issuer keys, revocation lists and badge images over HTTPS</source>
        <translation>Descargar insignias alojadas, claves de emisores, listas de revocación e imágenes de insignias a través de HTTPS</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies the next time Credfolio starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie Credfolio.</translation>
    </message>
    <message>
        <source>When off, badges are verified with what they carry and what Credfolio bundles; nothing is fetched.</source>
        <translation>Si están desactivadas, las insignias se verifican con lo que llevan y lo que incluye Credfolio; no se descarga nada.</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exportaciones</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compacto</translation>
    </message>
    <message>
        <source>Detailed</source>
        <translation>Detallado</translation>
    </message>
    <message>
        <source>The layout an export starts with</source>
        <translation>El diseño con el que empieza una exportación</translation>
    </message>
    <message>
        <source>From the system&apos;s region</source>
        <translation>Según la región del sistema</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Archi&amp;val PDF (PDF/A)</source>
        <translation>PDF de arc&amp;hivo (PDF/A)</translation>
    </message>
    <message>
        <source>Export PDFs in the PDF/A archival format by default</source>
        <translation>Exportar de forma predeterminada los PDF en el formato de archivo PDF/A</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>&amp;Diseño:</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Tamaño del papel:</translation>
    </message>
    <message>
        <source>The defaults each export starts with; you can change them per export.</source>
        <translation>Los valores predeterminados con los que empieza cada exportación; puede cambiarlos en cada exportación.</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portafolio</translation>
    </message>
    <message>
        <source>The portfolio file Credfolio opens; empty for the default location</source>
        <translation>El archivo de portafolio que abre Credfolio; vacío para la ubicación predeterminada</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose the portfolio file</source>
        <translation>Elegir el archivo de portafolio</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Restablecer</translation>
    </message>
    <message>
        <source>Use the default location again</source>
        <translation>Volver a usar la ubicación predeterminada</translation>
    </message>
    <message>
        <source>Portfolio &amp;file:</source>
        <translation>&amp;Archivo del portafolio:</translation>
    </message>
    <message>
        <source>Portfolio File</source>
        <translation>Archivo del portafolio</translation>
    </message>
    <message>
        <source>Credfolio portfolio (*.sqlite);;All files (*)</source>
        <translation>Portafolio de Credfolio (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The CREDFOLIO_DB environment variable chooses the portfolio for now: %1</source>
        <translation>Por ahora, la variable de entorno CREDFOLIO_DB elige el portafolio: %1</translation>
    </message>
    <message>
        <source>Credfolio opens %1. A change applies the next time Credfolio starts.</source>
        <translation>Credfolio abre %1. Un cambio se aplica la próxima vez que se inicie Credfolio.</translation>
    </message>
    <message>
        <source>This window has %1 open.</source>
        <translation>Esta ventana tiene abierto %1.</translation>
    </message>
</context>
<context>
    <name>credfolio::WindowSession</name>
    <message>
        <source>Restoring your portfolio…</source>
        <translation>Restaurando su portafolio…</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Progreso de la restauración</translation>
    </message>
    <message>
        <source>Restore Portfolio</source>
        <translation>Restaurar portafolio</translation>
    </message>
    <message>
        <source>Credfolio cannot open your portfolio</source>
        <translation>Credfolio no puede abrir su portafolio</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>No se restauró la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>it did not finish.</source>
        <translation>no terminó.</translation>
    </message>
    <message numerus="yes">
        <source>Restored your portfolio from %1: %n badge(s).</source>
        <translation>
            <numerusform>Se restauró su portafolio desde %1: %n insignia.</numerusform>
            <numerusform>Se restauró su portafolio desde %1: %n insignias.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was updated to this version&apos;s format.</source>
        <translation>La copia de seguridad se actualizó al formato de esta versión.</translation>
    </message>
</context>
<context>
    <name>crypto</name>
    <message>
        <source>the data is not gzip-compressed</source>
        <translation>los datos no están comprimidos con gzip</translation>
    </message>
    <message>
        <source>gzip is not available in this build</source>
        <translation>gzip no está disponible en esta compilación</translation>
    </message>
    <message>
        <source>the compressed data expands beyond %1 bytes</source>
        <translation>los datos comprimidos se expanden más allá de %1 bytes</translation>
    </message>
    <message>
        <source>the gzip data is corrupt (%1)</source>
        <translation>los datos gzip están dañados (%1)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan microcredentials and keep verified digital badges.</source>
        <translation>Planifique microcredenciales y guarde insignias digitales verificadas.</translation>
    </message>
    <message>
        <source>Use the portfolio at PATH.</source>
        <translation>Usar el portafolio que está en PATH.</translation>
    </message>
    <message>
        <source>Credfolio cannot open your portfolio</source>
        <translation>Credfolio no puede abrir su portafolio</translation>
    </message>
    <message>
        <source>Badge files, folders of badges or catalog files to import.</source>
        <translation>Archivos de insignias, carpetas de insignias o archivos de catálogo que importar.</translation>
    </message>
</context>
<context>
    <name>verify</name>
    <message>
        <source>%1 is not available (no local copy and no network)</source>
        <translation>%1 no está disponible (no hay copia local ni red)</translation>
    </message>
    <message>
        <source>%1 is not available offline (no local copy was given for it)</source>
        <translation>%1 no está disponible sin conexión (no se proporcionó ninguna copia local)</translation>
    </message>
    <message>
        <source>cannot read the local copy of %1 (%2): %3</source>
        <translation>no se puede leer la copia local de %1 (%2): %3</translation>
    </message>
    <message>
        <source>the local copy of %1 is larger than 4 MiB</source>
        <translation>la copia local de %1 ocupa más de 4 MiB</translation>
    </message>
    <message>
        <source>the published key includes its private part, so it cannot be trusted</source>
        <translation>la clave publicada incluye su parte privada, así que no es de confianza</translation>
    </message>
    <message>
        <source>the key document holds no public key Credfolio can read</source>
        <translation>el documento de clave no contiene ninguna clave pública que Credfolio pueda leer</translation>
    </message>
    <message>
        <source>the key document has no id</source>
        <translation>el documento de clave no tiene id</translation>
    </message>
    <message>
        <source>the did:web identifier %1 is malformed</source>
        <translation>el identificador did:web %1 está mal formado</translation>
    </message>
    <message>
        <source>the did:web identifier %1 does not name a web address</source>
        <translation>el identificador did:web %1 no nombra una dirección web</translation>
    </message>
    <message>
        <source>the DID method of %1 is not supported</source>
        <translation>no se admite el método DID de %1</translation>
    </message>
    <message>
        <source>the did:key identifier holds no usable key: %1</source>
        <translation>el identificador did:key no contiene ninguna clave utilizable: %1</translation>
    </message>
    <message>
        <source>the did:jwk identifier is not valid base64url</source>
        <translation>el identificador did:jwk no es base64url válido</translation>
    </message>
    <message>
        <source>the did:jwk identifier does not hold a JSON key</source>
        <translation>el identificador did:jwk no contiene una clave JSON</translation>
    </message>
    <message>
        <source>the did:jwk key includes its private part, so it cannot be trusted</source>
        <translation>la clave did:jwk incluye su parte privada, así que no es de confianza</translation>
    </message>
    <message>
        <source>the did:jwk key is not usable: %1</source>
        <translation>la clave did:jwk no se puede usar: %1</translation>
    </message>
    <message>
        <source>the DID document of %1 cannot be fetched here</source>
        <translation>el documento DID de %1 no se puede obtener aquí</translation>
    </message>
    <message>
        <source>the DID document of %1 is not a JSON object</source>
        <translation>el documento DID de %1 no es un objeto JSON</translation>
    </message>
    <message>
        <source>the DID document fetched for %1 describes %2 instead</source>
        <translation>el documento DID obtenido para %1 describe en cambio %2</translation>
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
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s (timed out)</source>
        <translation>%1 no respondió en %2 s (se agotó el tiempo de espera)</translation>
    </message>
    <message>
        <source>%1 is larger than %2 (too large); it was not downloaded</source>
        <translation>%1 ocupa más de %2 (demasiado grande); no se descargó</translation>
    </message>
    <message>
        <source>could not reach %1 securely: %2</source>
        <translation>no se pudo conectar de forma segura con %1: %2</translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation>no se pudo conectar con %1: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (a redirect) without saying where to</source>
        <translation>%1 respondió HTTP %2 (una redirección) sin indicar adónde</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 respondió HTTP %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (%3)</source>
        <translation>%1 respondió HTTP %2 (%3)</translation>
    </message>
    <message>
        <source>%1 was served as %2, not as a JSON, JSON-LD, JWT or text document</source>
        <translation>%1 se sirvió como %2, no como documento JSON, JSON-LD, JWT o de texto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address that can be fetched</source>
        <translation>«%1» no es una dirección web que se pueda descargar</translation>
    </message>
    <message>
        <source>%1 is not an https:// address; online checks fetch documents only over HTTPS</source>
        <translation>%1 no es una dirección https://; las comprobaciones en línea solo descargan documentos a través de HTTPS</translation>
    </message>
    <message>
        <source>%1 carries a user name or password; it is not fetched</source>
        <translation>%1 lleva un nombre de usuario o una contraseña; no se descarga</translation>
    </message>
    <message>
        <source>%1 cannot be fetched: online checks need a running application</source>
        <translation>no se puede descargar %1: las comprobaciones en línea necesitan una aplicación en ejecución</translation>
    </message>
    <message>
        <source>%1 cannot be fetched: this installation has no TLS support</source>
        <translation>no se puede descargar %1: esta instalación no admite TLS</translation>
    </message>
    <message>
        <source>%1 redirected to %2, which is not an https:// address; it was not followed</source>
        <translation>%1 redirigió a %2, que no es una dirección https://; no se siguió</translation>
    </message>
    <message>
        <source>%1 redirected to an address with a user name or password, or without a host; it was not followed</source>
        <translation>%1 redirigió a una dirección con nombre de usuario o contraseña, o sin servidor; no se siguió</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times; it was not followed further</source>
        <translation>%1 redirigió más de %2 veces; no se siguió más</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; in %2 is not a valid date and time.</source>
        <translation>La fecha «%1» de %2 no es una fecha y hora válida.</translation>
    </message>
    <message>
        <source>The credential is not valid yet: it becomes valid on %1 (%2), after the time checked, %3.</source>
        <translation>La credencial todavía no es válida: será válida el %1 (%2), después del momento comprobado, %3.</translation>
    </message>
    <message>
        <source>The credential expired on %1 (%2).</source>
        <translation>La credencial caducó el %1 (%2).</translation>
    </message>
    <message>
        <source>The credential is within its validity period (until %1).</source>
        <translation>La credencial está dentro de su periodo de validez (hasta el %1).</translation>
    </message>
    <message>
        <source>The credential has no expiry date and is valid from its issue date.</source>
        <translation>La credencial no tiene fecha de caducidad y es válida desde su fecha de emisión.</translation>
    </message>
    <message>
        <source>The credential does not start with the W3C Verifiable Credentials context.</source>
        <translation>La credencial no empieza con el contexto W3C Verifiable Credentials.</translation>
    </message>
    <message>
        <source>The credential&apos;s type does not include VerifiableCredential.</source>
        <translation>El tipo de la credencial no incluye VerifiableCredential.</translation>
    </message>
    <message>
        <source>The credential does not name its issuer.</source>
        <translation>La credencial no indica su emisor.</translation>
    </message>
    <message>
        <source>The credential has no subject (credentialSubject).</source>
        <translation>La credencial no tiene sujeto (credentialSubject).</translation>
    </message>
    <message>
        <source>The credential has no issuance date, which version 1.1 credentials require.</source>
        <translation>La credencial no tiene fecha de emisión, que exigen las credenciales de la versión 1.1.</translation>
    </message>
    <message>
        <source>The credential has the shape of a W3C Verifiable Credential (%1).</source>
        <translation>La credencial tiene la forma de una credencial verificable del W3C (%1).</translation>
    </message>
    <message>
        <source>The credential names no recipient identity to compare with the one expected.</source>
        <translation>La credencial no nombra ninguna identidad de destinatario que comparar con la esperada.</translation>
    </message>
    <message>
        <source>The credential names no recipient identity (email or URL) to compare with yours.</source>
        <translation>La credencial no nombra ninguna identidad de destinatario (correo electrónico o URL) que comparar con las suyas.</translation>
    </message>
    <message>
        <source>The badge was issued to %1.</source>
        <translation>La insignia se emitió a %1.</translation>
    </message>
    <message>
        <source>The recipient identity is hashed with %1, which is not a known method.</source>
        <translation>La identidad del destinatario tiene un hash %1, que no es un método conocido.</translation>
    </message>
    <message>
        <source>The badge was not issued to %1.</source>
        <translation>La insignia no se emitió a %1.</translation>
    </message>
    <message>
        <source>This badge was issued to someone else: its recipient is none of your identities (%1).</source>
        <translation>Esta insignia se emitió a otra persona: su destinatario no es ninguna de sus identidades (%1).</translation>
    </message>
    <message>
        <source>The credentials carried inside this one are nested too deeply to check.</source>
        <translation>Las credenciales contenidas en esta están anidadas a demasiada profundidad para comprobarlas.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the credentials carried inside this one did not verify.</source>
        <translation>
            <numerusform>%n de las credenciales contenidas en esta no superó la verificación.</numerusform>
            <numerusform>%n de las credenciales contenidas en esta no superaron la verificación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the credentials carried inside this one could not be fully checked.</source>
        <translation>
            <numerusform>%n de las credenciales contenidas en esta no se pudo comprobar por completo.</numerusform>
            <numerusform>%n de las credenciales contenidas en esta no se pudieron comprobar por completo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n credentials carried inside this one verify.</source>
        <translation>
            <numerusform>La credencial contenida en esta (%n) supera la verificación.</numerusform>
            <numerusform>Las %n credenciales contenidas en esta superan la verificación.</numerusform>
        </translation>
    </message>
    <message>
        <source>a verifiable presentation can only be verified as a file of its own</source>
        <translation>una presentación verificable solo se puede verificar como un archivo independiente</translation>
    </message>
    <message>
        <source>the JSON is not a badge: it is neither an Open Badges assertion nor a verifiable credential</source>
        <translation>el JSON no es una insignia: no es ni una aserción de Open Badges ni una credencial verificable</translation>
    </message>
    <message>
        <source>The credential carries no signature or proof, so anyone could have written it.</source>
        <translation>La credencial no lleva ninguna firma ni prueba, así que cualquiera podría haberla escrito.</translation>
    </message>
    <message>
        <source>the text is neither a JSON credential nor a compact JWS</source>
        <translation>el texto no es ni una credencial JSON ni un JWS compacto</translation>
    </message>
    <message>
        <source>The credential is not strict JSON, so its proof cannot be checked.</source>
        <translation>La credencial no es JSON estricto, así que su prueba no se puede comprobar.</translation>
    </message>
    <message>
        <source>The credential&apos;s proof is empty.</source>
        <translation>La prueba de la credencial está vacía.</translation>
    </message>
    <message>
        <source>The credential&apos;s proof is not a JSON object.</source>
        <translation>La prueba de la credencial no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The proof uses &quot;%1&quot;, a kind of proof Credfolio does not know, so nothing is claimed about it.</source>
        <translation>La prueba usa «%1», un tipo de prueba que Credfolio no conoce, así que no se afirma nada sobre ella.</translation>
    </message>
    <message>
        <source>The proof follows an earlier proof (previousProof) that the credential does not carry exactly once.</source>
        <translation>La prueba sigue a una prueba anterior (previousProof) que la credencial no lleva exactamente una vez.</translation>
    </message>
    <message>
        <source>the proof has a @context but the document has none</source>
        <translation>la prueba tiene un @context pero el documento no tiene ninguno</translation>
    </message>
    <message>
        <source>the proof&apos;s @context does not match the document&apos;s</source>
        <translation>el @context de la prueba no coincide con el del documento</translation>
    </message>
    <message>
        <source>it must be a base58btc signature</source>
        <translation>debe ser una firma base58btc</translation>
    </message>
    <message>
        <source>The proof uses the %1 cryptosuite.</source>
        <translation>La prueba usa el conjunto criptográfico %1.</translation>
    </message>
    <message>
        <source>The proof&apos;s purpose is &quot;%1&quot;, not issuing a credential (assertionMethod).</source>
        <translation>El propósito de la prueba es «%1», no emitir una credencial (assertionMethod).</translation>
    </message>
    <message>
        <source>The proof was made to issue a credential (assertionMethod).</source>
        <translation>La prueba se hizo para emitir una credencial (assertionMethod).</translation>
    </message>
    <message>
        <source>The proof&apos;s created or expires date is not a valid date and time.</source>
        <translation>La fecha created o expires de la prueba no es una fecha y hora válida.</translation>
    </message>
    <message>
        <source>The proof claims to have been made on %1, after the time checked.</source>
        <translation>La prueba afirma haberse hecho el %1, después del momento comprobado.</translation>
    </message>
    <message>
        <source>The proof expired on %1.</source>
        <translation>La prueba caducó el %1.</translation>
    </message>
    <message>
        <source>The proof&apos;s dates are in order.</source>
        <translation>Las fechas de la prueba son correctas.</translation>
    </message>
    <message>
        <source>The proof&apos;s signature value is malformed: %1.</source>
        <translation>El valor de la firma de la prueba está mal formado: %1.</translation>
    </message>
    <message>
        <source>The signing key %1 could not be fetched: %2</source>
        <translation>No se pudo obtener la clave de firma %1: %2</translation>
    </message>
    <message>
        <source>The signature could not be checked without the key.</source>
        <translation>No se pudo comprobar la firma sin la clave.</translation>
    </message>
    <message>
        <source>The signing key %1 cannot be used: %2</source>
        <translation>No se puede usar la clave de firma %1: %2</translation>
    </message>
    <message>
        <source>The signing key %1 was found.</source>
        <translation>Se encontró la clave de firma %1.</translation>
    </message>
    <message>
        <source>%1 needs %2, but %3 is a %4 key.</source>
        <translation>%1 requiere %2, pero %3 es una clave %4.</translation>
    </message>
    <message>
        <source>The proof&apos;s signature value has the wrong length for a %1 key.</source>
        <translation>El valor de la firma de la prueba tiene una longitud incorrecta para una clave %1.</translation>
    </message>
    <message>
        <source>The signed content could not be prepared, so the signature was not checked: %1.</source>
        <translation>No se pudo preparar el contenido firmado, así que no se comprobó la firma: %1.</translation>
    </message>
    <message>
        <source>The proof does not fit the credential: %1.</source>
        <translation>La prueba no corresponde a la credencial: %1.</translation>
    </message>
    <message>
        <source>The %1 signature matches the content and the key.</source>
        <translation>La firma %1 coincide con el contenido y la clave.</translation>
    </message>
    <message>
        <source>The signature does not match: the badge was changed or signed with another key.</source>
        <translation>La firma no coincide: la insignia se modificó o se firmó con otra clave.</translation>
    </message>
    <message>
        <source>The signature could not be checked: %1</source>
        <translation>No se pudo comprobar la firma: %1</translation>
    </message>
    <message>
        <source>a P-256 key</source>
        <translation>una clave P-256</translation>
    </message>
    <message>
        <source>it must be base64url (multibase &apos;u&apos;)</source>
        <translation>debe estar en base64url (multibase «u»)</translation>
    </message>
    <message>
        <source>it is a base proof, which only the holder uses; a verifier needs a derived proof</source>
        <translation>es una prueba base, que solo usa el titular; un verificador necesita una prueba derivada</translation>
    </message>
    <message>
        <source>it is not an ecdsa-sd-2023 derived proof</source>
        <translation>no es una prueba derivada ecdsa-sd-2023</translation>
    </message>
    <message>
        <source>its CBOR content is malformed</source>
        <translation>su contenido CBOR está mal formado</translation>
    </message>
    <message>
        <source>its blank node label map is malformed</source>
        <translation>su mapa de etiquetas de nodos en blanco está mal formado</translation>
    </message>
    <message>
        <source>its mandatory statement list is malformed</source>
        <translation>su lista de declaraciones obligatorias está mal formada</translation>
    </message>
    <message>
        <source>the proof gives no label for blank node %1</source>
        <translation>la prueba no da ninguna etiqueta para el nodo en blanco %1</translation>
    </message>
    <message>
        <source>the proof names a mandatory statement the credential does not have</source>
        <translation>la prueba nombra una declaración obligatoria que la credencial no tiene</translation>
    </message>
    <message>
        <source>the credential discloses %1 statements but the proof signs %2</source>
        <translation>la credencial revela %1 declaraciones pero la prueba firma %2</translation>
    </message>
    <message>
        <source>the proof&apos;s per-statement key is not a P-256 key</source>
        <translation>la clave por declaración de la prueba no es una clave P-256</translation>
    </message>
    <message>
        <source>the signature of a disclosed statement does not match: the credential was changed</source>
        <translation>la firma de una declaración revelada no coincide: la credencial se modificó</translation>
    </message>
    <message>
        <source>an Ed25519 key</source>
        <translation>una clave Ed25519</translation>
    </message>
    <message>
        <source>no key is named</source>
        <translation>no se nombra ninguna clave</translation>
    </message>
    <message>
        <source>the key reference %1 is neither a DID nor a web address</source>
        <translation>la referencia de clave %1 no es ni un DID ni una dirección web</translation>
    </message>
    <message>
        <source>%1 does not say which of its keys signed</source>
        <translation>%1 no indica cuál de sus claves firmó</translation>
    </message>
    <message>
        <source>%1 has no key %2</source>
        <translation>%1 no tiene ninguna clave %2</translation>
    </message>
    <message>
        <source>the key %1 is not allowed to issue credentials (it is not an assertion method)</source>
        <translation>la clave %1 no está autorizada a emitir credenciales (no es un assertion method)</translation>
    </message>
    <message>
        <source>the key set at %1 has no key %2</source>
        <translation>el conjunto de claves de %1 no tiene ninguna clave %2</translation>
    </message>
    <message>
        <source>the key in %1 is not usable: %2</source>
        <translation>la clave de %1 no se puede usar: %2</translation>
    </message>
    <message>
        <source>the key at %1 is not usable: %2</source>
        <translation>la clave que está en %1 no se puede usar: %2</translation>
    </message>
    <message>
        <source>the key document at %1 describes %2, not %3</source>
        <translation>el documento de clave de %1 describe %2, no %3</translation>
    </message>
    <message>
        <source>%1 lists no key %2</source>
        <translation>%1 no incluye ninguna clave %2</translation>
    </message>
    <message>
        <source>The credential does not name its issuer, so the key cannot be tied to anyone.</source>
        <translation>La credencial no indica su emisor, así que la clave no se puede vincular a nadie.</translation>
    </message>
    <message>
        <source>The signing key is controlled by the issuer (%1).</source>
        <translation>La clave de firma está controlada por el emisor (%1).</translation>
    </message>
    <message>
        <source>The signing key belongs to the issuer&apos;s DID (%1).</source>
        <translation>La clave de firma pertenece al DID del emisor (%1).</translation>
    </message>
    <message>
        <source>Could not check that the signing key belongs to the issuer: the issuer&apos;s profile is not available (%1).</source>
        <translation>No se pudo comprobar que la clave de firma pertenezca al emisor: el perfil del emisor no está disponible (%1).</translation>
    </message>
    <message>
        <source>The issuer profile fetched for %1 describes %2 instead.</source>
        <translation>El perfil de emisor obtenido para %1 describe en cambio %2.</translation>
    </message>
    <message>
        <source>Could not check that the signing key belongs to the issuer: %1</source>
        <translation>No se pudo comprobar que la clave de firma pertenezca al emisor: %1</translation>
    </message>
    <message>
        <source>The issuer&apos;s profile lists the signing key.</source>
        <translation>El perfil del emisor incluye la clave de firma.</translation>
    </message>
    <message>
        <source>The key that signed this credential is not one the issuer (%1) lists as its own.</source>
        <translation>La clave que firmó esta credencial no es una de las que el emisor (%1) declara como propias.</translation>
    </message>
    <message>
        <source>The badge description could not be fetched: %1</source>
        <translation>No se pudo obtener la descripción de la insignia: %1</translation>
    </message>
    <message>
        <source>The badge description fetched from %1 describes a different badge.</source>
        <translation>La descripción de la insignia obtenida de %1 describe otra insignia.</translation>
    </message>
    <message>
        <source>The assertion does not say which badge it awards.</source>
        <translation>La aserción no indica qué insignia otorga.</translation>
    </message>
    <message>
        <source>The issuer&apos;s profile could not be fetched: %1</source>
        <translation>No se pudo obtener el perfil del emisor: %1</translation>
    </message>
    <message>
        <source>The issuer profile fetched from %1 describes a different issuer.</source>
        <translation>El perfil de emisor obtenido de %1 describe otro emisor.</translation>
    </message>
    <message>
        <source>The badge does not name its issuer.</source>
        <translation>La insignia no indica su emisor.</translation>
    </message>
    <message>
        <source>The issuer is %1 (%2).</source>
        <translation>El emisor es %1 (%2).</translation>
    </message>
    <message>
        <source>The signature is unacceptable: %1.</source>
        <translation>La firma no es aceptable: %1.</translation>
    </message>
    <message>
        <source>The signed assertion does not declare signed verification.</source>
        <translation>La aserción firmada no declara verificación firmada.</translation>
    </message>
    <message>
        <source>The signature could not be checked without the issuer&apos;s profile.</source>
        <translation>No se pudo comprobar la firma sin el perfil del emisor.</translation>
    </message>
    <message>
        <source>Neither the assertion nor the issuer names a key to check the signature with.</source>
        <translation>Ni la aserción ni el emisor nombran una clave con la que comprobar la firma.</translation>
    </message>
    <message>
        <source>The signature algorithm %1 may not be used with this key: %2.</source>
        <translation>El algoritmo de firma %1 no se puede usar con esta clave: %2.</translation>
    </message>
    <message>
        <source>The signature does not match: the badge was changed or signed with another key (%1).</source>
        <translation>La firma no coincide: la insignia se modificó o se firmó con otra clave (%1).</translation>
    </message>
    <message>
        <source>The signature could not be checked: %1.</source>
        <translation>No se pudo comprobar la firma: %1.</translation>
    </message>
    <message>
        <source>The key document fetched from %1 describes another key.</source>
        <translation>El documento de clave obtenido de %1 describe otra clave.</translation>
    </message>
    <message>
        <source>The signing key belongs to &quot;%1&quot;, not to the issuer %2.</source>
        <translation>La clave de firma pertenece a «%1», no al emisor %2.</translation>
    </message>
    <message>
        <source>The issuer&apos;s profile does not list the signing key %1.</source>
        <translation>El perfil del emisor no incluye la clave de firma %1.</translation>
    </message>
    <message>
        <source>The signing key is owned by the issuer and listed in its profile.</source>
        <translation>La clave de firma es propiedad del emisor y figura en su perfil.</translation>
    </message>
    <message>
        <source>The signing key could not be fetched: %1</source>
        <translation>No se pudo obtener la clave de firma: %1</translation>
    </message>
    <message>
        <source>None of the issuer&apos;s keys verifies the signature (%1).</source>
        <translation>Ninguna de las claves del emisor verifica la firma (%1).</translation>
    </message>
    <message>
        <source>The issuer publishes no revocation list, so the badge cannot have been revoked through one.</source>
        <translation>El emisor no publica ninguna lista de revocación, así que la insignia no puede haber sido revocada mediante una.</translation>
    </message>
    <message>
        <source>Could not check whether the badge was revoked: %1</source>
        <translation>No se pudo comprobar si la insignia fue revocada: %1</translation>
    </message>
    <message>
        <source>The issuer has revoked this badge.</source>
        <translation>El emisor ha revocado esta insignia.</translation>
    </message>
    <message>
        <source>The issuer has revoked this badge: %1</source>
        <translation>El emisor ha revocado esta insignia: %1</translation>
    </message>
    <message>
        <source>The badge is not on the issuer&apos;s revocation list.</source>
        <translation>La insignia no está en la lista de revocación del emisor.</translation>
    </message>
    <message>
        <source>The assertion is hosted where the issuer allows its badges to be hosted.</source>
        <translation>La aserción está alojada donde el emisor permite alojar sus insignias.</translation>
    </message>
    <message>
        <source>The assertion is hosted at %1, which the issuer does not allow for its badges.</source>
        <translation>La aserción está alojada en %1, que el emisor no permite para sus insignias.</translation>
    </message>
    <message>
        <source>The badge says it is signed, but the file holds the assertion without its signature.</source>
        <translation>La insignia dice estar firmada, pero el archivo contiene la aserción sin su firma.</translation>
    </message>
    <message>
        <source>The hosted assertion could not be fetched: %1</source>
        <translation>No se pudo obtener la aserción alojada: %1</translation>
    </message>
    <message>
        <source>The assertion fetched from %1 has a different id.</source>
        <translation>La aserción obtenida de %1 tiene otro id.</translation>
    </message>
    <message>
        <source>The assertion&apos;s verification type &quot;%1&quot; is unknown.</source>
        <translation>El tipo de verificación «%1» de la aserción es desconocido.</translation>
    </message>
    <message>
        <source>A hosted assertion must have a web address as its id.</source>
        <translation>Una aserción alojada debe tener una dirección web como id.</translation>
    </message>
    <message>
        <source>The hosted copy of the assertion could not be fetched: %1</source>
        <translation>No se pudo obtener la copia alojada de la aserción: %1</translation>
    </message>
    <message>
        <source>The badge differs from the copy the issuer hosts at %1.</source>
        <translation>La insignia difiere de la copia que el emisor aloja en %1.</translation>
    </message>
    <message>
        <source>The badge is the same as the copy the issuer hosts.</source>
        <translation>La insignia es igual a la copia que aloja el emisor.</translation>
    </message>
    <message>
        <source>The assertion was fetched from where the issuer hosts it.</source>
        <translation>La aserción se obtuvo de donde la aloja el emisor.</translation>
    </message>
    <message>
        <source>Could not check whether the badge was revoked without its hosted copy.</source>
        <translation>No se pudo comprobar si la insignia fue revocada sin su copia alojada.</translation>
    </message>
    <message>
        <source>The issuer has not revoked this badge.</source>
        <translation>El emisor no ha revocado esta insignia.</translation>
    </message>
    <message>
        <source>Could not check where the assertion may be hosted without the issuer&apos;s profile.</source>
        <translation>No se pudo comprobar dónde se puede alojar la aserción sin el perfil del emisor.</translation>
    </message>
    <message>
        <source>The document is a W3C verifiable presentation.</source>
        <translation>El documento es una presentación verificable del W3C.</translation>
    </message>
    <message>
        <source>The presentation&apos;s first @context is not the W3C credentials context, so verifiers cannot read it.</source>
        <translation>El primer @context de la presentación no es el contexto de credenciales del W3C, así que los verificadores no pueden leerla.</translation>
    </message>
    <message>
        <source>The presentation carries no proof, so anyone could have put these credentials together.</source>
        <translation>La presentación no lleva ninguna prueba, así que cualquiera podría haber reunido estas credenciales.</translation>
    </message>
    <message>
        <source>The presentation must carry exactly one proof object.</source>
        <translation>La presentación debe llevar exactamente un objeto de prueba.</translation>
    </message>
    <message>
        <source>The presentation&apos;s proof uses &quot;%1&quot;, which Credfolio cannot check, so nothing is claimed about it.</source>
        <translation>La prueba de la presentación usa «%1», que Credfolio no puede comprobar, así que no se afirma nada sobre ella.</translation>
    </message>
    <message>
        <source>The presentation&apos;s proof uses the %1 cryptosuite.</source>
        <translation>La prueba de la presentación usa el conjunto criptográfico %1.</translation>
    </message>
    <message>
        <source>The presentation&apos;s proof purpose is &quot;%1&quot;, not a holder presenting (authentication).</source>
        <translation>El propósito de la prueba de la presentación es «%1», no la presentación por parte del titular (authentication).</translation>
    </message>
    <message>
        <source>The proof was made by the holder to present (authentication).</source>
        <translation>El titular hizo la prueba para presentar (authentication).</translation>
    </message>
    <message>
        <source>The proof answers the challenge %1.</source>
        <translation>La prueba responde al desafío %1.</translation>
    </message>
    <message>
        <source>The proof answers no challenge, but %1 was expected.</source>
        <translation>La prueba no responde a ningún desafío, pero se esperaba %1.</translation>
    </message>
    <message>
        <source>The proof answers the challenge %1, not %2: it was made for another request.</source>
        <translation>La prueba responde al desafío %1, no a %2: se hizo para otra solicitud.</translation>
    </message>
    <message>
        <source>The proof answers the challenge %1; no expected challenge was given to compare it with.</source>
        <translation>La prueba responde al desafío %1; no se indicó ningún desafío esperado con el que compararlo.</translation>
    </message>
    <message>
        <source>The proof was made for the domain %1.</source>
        <translation>La prueba se hizo para el dominio %1.</translation>
    </message>
    <message>
        <source>The proof was made for %1, not for the domain %2.</source>
        <translation>La prueba se hizo para %1, no para el dominio %2.</translation>
    </message>
    <message>
        <source>no domain</source>
        <translation>ningún dominio</translation>
    </message>
    <message>
        <source>The proof was made for the domain %1; no expected domain was given to compare it with.</source>
        <translation>La prueba se hizo para el dominio %1; no se indicó ningún dominio esperado con el que compararlo.</translation>
    </message>
    <message>
        <source>The presentation names no holder, so nothing ties it to the person presenting.</source>
        <translation>La presentación no nombra a ningún titular, así que nada la vincula a la persona que la presenta.</translation>
    </message>
    <message>
        <source>The presentation was signed with %1, which is not a key of its holder %2.</source>
        <translation>La presentación se firmó con %1, que no es una clave de su titular %2.</translation>
    </message>
    <message>
        <source>The presentation was signed by its holder %1.</source>
        <translation>La presentación la firmó su titular %1.</translation>
    </message>
    <message>
        <source>The holder&apos;s key %1 cannot be used: %2</source>
        <translation>No se puede usar la clave del titular %1: %2</translation>
    </message>
    <message>
        <source>The holder&apos;s key %1 could not be fetched: %2</source>
        <translation>No se pudo obtener la clave del titular %1: %2</translation>
    </message>
    <message>
        <source>%1 has no key %2.</source>
        <translation>%1 no tiene ninguna clave %2.</translation>
    </message>
    <message>
        <source>The key %1 is not allowed to authenticate as %2 (it is not an authentication method).</source>
        <translation>La clave %1 no está autorizada a autenticarse como %2 (no es un authentication method).</translation>
    </message>
    <message>
        <source>The holder&apos;s key %1 was found.</source>
        <translation>Se encontró la clave del titular %1.</translation>
    </message>
    <message>
        <source>The presentation&apos;s cryptosuite cannot be used with the %1 key %2.</source>
        <translation>El conjunto criptográfico de la presentación no se puede usar con la clave %1 %2.</translation>
    </message>
    <message>
        <source>The presentation&apos;s signature value is malformed.</source>
        <translation>El valor de la firma de la presentación está mal formado.</translation>
    </message>
    <message>
        <source>The proof does not fit the presentation: %1.</source>
        <translation>La prueba no corresponde a la presentación: %1.</translation>
    </message>
    <message>
        <source>The presentation could not be prepared for checking, so its signature was not checked: %1.</source>
        <translation>No se pudo preparar la presentación para comprobarla, así que no se comprobó su firma: %1.</translation>
    </message>
    <message>
        <source>The holder&apos;s signature matches the presentation and everything in it.</source>
        <translation>La firma del titular coincide con la presentación y con todo su contenido.</translation>
    </message>
    <message>
        <source>The holder&apos;s signature does not match: the presentation was changed after it was signed.</source>
        <translation>La firma del titular no coincide: la presentación se modificó después de firmarse.</translation>
    </message>
    <message>
        <source>The presentation carries no credentials.</source>
        <translation>La presentación no lleva ninguna credencial.</translation>
    </message>
    <message>
        <source>an entry of verifiableCredential is neither a credential nor a JWT</source>
        <translation>una entrada de verifiableCredential no es ni una credencial ni un JWT</translation>
    </message>
    <message>
        <source>a presentation cannot carry another presentation</source>
        <translation>una presentación no puede llevar otra presentación</translation>
    </message>
    <message>
        <source>the enveloped credential&apos;s id is not a data: URL</source>
        <translation>el id de la credencial envuelta no es una URL data:</translation>
    </message>
    <message>
        <source>The enveloped credential is of media type %1, which Credfolio cannot check.</source>
        <translation>La credencial envuelta es del tipo de medio %1, que Credfolio no puede comprobar.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the credentials in the presentation did not verify: forged, changed or malformed.</source>
        <translation>
            <numerusform>%n de las credenciales de la presentación no superó la verificación: falsificada, modificada o mal formada.</numerusform>
            <numerusform>%n de las credenciales de la presentación no superaron la verificación: falsificadas, modificadas o mal formadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the credentials in the presentation is expired or revoked.</source>
        <translation>
            <numerusform>%n de las credenciales de la presentación está caducada o revocada.</numerusform>
            <numerusform>%n de las credenciales de la presentación están caducadas o revocadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the credentials in the presentation could not be fully checked.</source>
        <translation>
            <numerusform>%n de las credenciales de la presentación no se pudo comprobar por completo.</numerusform>
            <numerusform>%n de las credenciales de la presentación no se pudieron comprobar por completo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n credentials in the presentation verify.</source>
        <translation>
            <numerusform>La credencial de la presentación (%n) supera la verificación.</numerusform>
            <numerusform>Las %n credenciales de la presentación superan la verificación.</numerusform>
        </translation>
    </message>
    <message>
        <source>it uses terms its JSON-LD contexts do not define (%1), which the signature cannot cover</source>
        <translation>usa términos que sus contextos JSON-LD no definen (%1), y que la firma no puede cubrir</translation>
    </message>
    <message>
        <source>a P-256 or P-384 key</source>
        <translation>una clave P-256 o P-384</translation>
    </message>
    <message>
        <source>The %1 schema could not be loaded: %2</source>
        <translation>No se pudo cargar el esquema %1: %2</translation>
    </message>
    <message>
        <source>The %1 schema check could not run: %2</source>
        <translation>No se pudo ejecutar la comprobación del esquema %1: %2</translation>
    </message>
    <message>
        <source>The credential follows the %1 schema.</source>
        <translation>La credencial sigue el esquema %1.</translation>
    </message>
    <message>
        <source>The credential does not follow the %1 schema: %2</source>
        <translation>La credencial no sigue el esquema %1: %2</translation>
    </message>
    <message>
        <source>The credential&apos;s status entry is incomplete (it needs statusPurpose, statusListIndex and statusListCredential).</source>
        <translation>La entrada de estado de la credencial está incompleta (necesita statusPurpose, statusListIndex y statusListCredential).</translation>
    </message>
    <message>
        <source>The status list is nested too deeply to check.</source>
        <translation>La lista de estado está anidada a demasiada profundidad para comprobarla.</translation>
    </message>
    <message>
        <source>Could not check whether the credential was revoked: the status list %1 is not available.</source>
        <translation>No se pudo comprobar si la credencial fue revocada: la lista de estado %1 no está disponible.</translation>
    </message>
    <message>
        <source>Could not check whether the credential was revoked: %1</source>
        <translation>No se pudo comprobar si la credencial fue revocada: %1</translation>
    </message>
    <message>
        <source>The status list %1 does not verify, so it cannot be trusted.</source>
        <translation>La lista de estado %1 no supera la verificación, así que no es de confianza.</translation>
    </message>
    <message>
        <source>The status list %1 could not be fully verified.</source>
        <translation>No se pudo verificar por completo la lista de estado %1.</translation>
    </message>
    <message>
        <source>The status list %1 was issued by someone other than the credential&apos;s issuer.</source>
        <translation>La lista de estado %1 la emitió alguien distinto del emisor de la credencial.</translation>
    </message>
    <message>
        <source>The document at %1 is not a %2.</source>
        <translation>El documento de %1 no es un %2.</translation>
    </message>
    <message>
        <source>The status list %1 is not for %2.</source>
        <translation>La lista de estado %1 no es para %2.</translation>
    </message>
    <message>
        <source>The status list&apos;s encoded list is malformed: %1</source>
        <translation>La lista codificada de la lista de estado está mal formada: %1</translation>
    </message>
    <message>
        <source>The credential&apos;s status index %1 lies outside its status list.</source>
        <translation>El índice de estado %1 de la credencial está fuera de su lista de estado.</translation>
    </message>
    <message>
        <source>The issuer has not revoked this credential.</source>
        <translation>El emisor no ha revocado esta credencial.</translation>
    </message>
    <message>
        <source>The issuer has not suspended this credential.</source>
        <translation>El emisor no ha suspendido esta credencial.</translation>
    </message>
    <message>
        <source>The credential&apos;s %1 status is not set.</source>
        <translation>El estado %1 de la credencial no está activado.</translation>
    </message>
    <message>
        <source>The issuer has revoked this credential.</source>
        <translation>El emisor ha revocado esta credencial.</translation>
    </message>
    <message>
        <source>The issuer has suspended this credential.</source>
        <translation>El emisor ha suspendido esta credencial.</translation>
    </message>
    <message>
        <source>The credential&apos;s %1 status is set; see the issuer&apos;s status messages.</source>
        <translation>El estado %1 de la credencial está activado; consulte los mensajes de estado del emisor.</translation>
    </message>
    <message>
        <source>The revocation list %1 was published by someone other than the credential&apos;s issuer.</source>
        <translation>La lista de revocación %1 la publicó alguien distinto del emisor de la credencial.</translation>
    </message>
    <message>
        <source>The issuer has revoked this credential: %1</source>
        <translation>El emisor ha revocado esta credencial: %1</translation>
    </message>
    <message>
        <source>The credential is not on the issuer&apos;s revocation list.</source>
        <translation>La credencial no está en la lista de revocación del emisor.</translation>
    </message>
    <message>
        <source>The credential uses the status method &quot;%1&quot;, which Credfolio cannot check, so it may have been revoked.</source>
        <translation>La credencial usa el método de estado «%1», que Credfolio no puede comprobar, así que podría haber sido revocada.</translation>
    </message>
    <message>
        <source>The proof uses %1, which this version of Credfolio cannot check yet, so nothing is claimed about it.</source>
        <translation>La prueba usa %1, que esta versión de Credfolio todavía no puede comprobar, así que no se afirma nada sobre ella.</translation>
    </message>
    <message>
        <source>The signed content is not a JSON credential: %1</source>
        <translation>El contenido firmado no es una credencial JSON: %1</translation>
    </message>
    <message>
        <source>The key in the signature header includes its private part; such a badge cannot be trusted.</source>
        <translation>La clave de la cabecera de la firma incluye su parte privada; una insignia así no es de confianza.</translation>
    </message>
    <message>
        <source>The key in the signature header is not usable: %1.</source>
        <translation>La clave de la cabecera de la firma no se puede usar: %1.</translation>
    </message>
    <message>
        <source>The signing key is given in the signature header.</source>
        <translation>La clave de firma se indica en la cabecera de la firma.</translation>
    </message>
    <message>
        <source>The signature does not say which key made it (no kid or jwk header).</source>
        <translation>La firma no indica qué clave la hizo (no hay cabecera kid ni jwk).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; differs from the credential&apos;s %3 &quot;%4&quot;</source>
        <translation>%1 «%2» no coincide con %3 «%4» de la credencial</translation>
    </message>
    <message>
        <source>%1 is not a number of seconds</source>
        <translation>%1 no es un número de segundos</translation>
    </message>
    <message>
        <source>%1 (%2) differs from the credential&apos;s %3 (%4)</source>
        <translation>%1 (%2) no coincide con %3 (%4) de la credencial</translation>
    </message>
    <message>
        <source>the token has no iss claim naming the issuer</source>
        <translation>el token no tiene ninguna afirmación iss que nombre al emisor</translation>
    </message>
    <message>
        <source>The token&apos;s claims disagree with the credential: %1.</source>
        <translation>Las afirmaciones del token no concuerdan con la credencial: %1.</translation>
    </message>
    <message>
        <source>The token is not valid yet (nbf %1).</source>
        <translation>El token todavía no es válido (nbf %1).</translation>
    </message>
    <message>
        <source>The token expired on %1 (exp).</source>
        <translation>El token caducó el %1 (exp).</translation>
    </message>
    <message>
        <source>The token&apos;s claims agree with the credential.</source>
        <translation>Las afirmaciones del token concuerdan con la credencial.</translation>
    </message>
    <message>
        <source>the document is not valid JSON (%1)</source>
        <translation>el documento no es JSON válido (%1)</translation>
    </message>
    <message>
        <source>the document is not a JSON object</source>
        <translation>el documento no es un objeto JSON</translation>
    </message>
    <message>
        <source>%1 cannot be fetched: no documents were made available</source>
        <translation>no se puede obtener %1: no se proporcionó ningún documento</translation>
    </message>
    <message>
        <source>%1 is not a valid address</source>
        <translation>%1 no es una dirección válida</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
</TS>
