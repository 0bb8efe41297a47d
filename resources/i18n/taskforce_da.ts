<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>It cannot be checked from here whether that program is still running. Take the lock over only if it is closed or its computer has crashed: if it still writes to the database, changes can be lost.</source>
        <translation>Herfra kan det ikke afgøres, om det program stadig kører. Overtag kun låsen, hvis programmet er lukket, eller dets computer er gået ned: skriver det stadig i databasen, kan ændringer gå tabt.</translation>
    </message>
    <message>
        <source>Take over the lock</source>
        <translation>Overtag låsen</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Åbn skrivebeskyttet</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Uventet fejl</translation>
    </message>
    <message>
        <source>Task Force Tracker ran into an unexpected error. What you saved is safe; the last action may not have been completed. Details are in the log file:
%1</source>
        <translation>Task Force Tracker stødte på en uventet fejl. Det, du har gemt, er i sikkerhed; den seneste handling er måske ikke gennemført. Detaljer står i logfilen:
%1</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Databasen kan ikke åbnes</translation>
    </message>
    <message>
        <source>Restore the latest good backup (%1)?</source>
        <translation>Vil du gendanne den seneste gode sikkerhedskopi (%1)?</translation>
    </message>
    <message>
        <source>The database is in use</source>
        <translation>Databasen er i brug</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>Vil du åbne den skrivebeskyttet?</translation>
    </message>
</context>
<context>
    <name>ApplicationDecision</name>
    <message>
        <source>Pending</source>
        <translation>Afventer</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Bevilget</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afslået</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Venteliste</translation>
    </message>
</context>
<context>
    <name>ApplicationEditor</name>
    <message>
        <source>Backed by the council on</source>
        <translation>Politisk opbakning den</translation>
    </message>
    <message>
        <source>Never write CPR numbers or children&apos;s names here.</source>
        <translation>Skriv aldrig CPR-numre eller børns navne her.</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommune:</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Modtaget:</translation>
    </message>
    <message>
        <source>Council:</source>
        <translation>Kommunalbestyrelse:</translation>
    </message>
    <message>
        <source>&amp;Contact persons:</source>
        <translation>K&amp;ontaktpersoner:</translation>
    </message>
    <message>
        <source>Other t&amp;hemes:</source>
        <translation>Andre t&amp;emaer:</translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation>Temaer:</translation>
    </message>
    <message>
        <source>Mo&amp;tivation:</source>
        <translation>Mo&amp;tivation:</translation>
    </message>
    <message>
        <source>&amp;Assessment notes:</source>
        <translation>&amp;Vurdering:</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <source>Save application</source>
        <translation>Gem ansøgning</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Registrér beslutning</translation>
    </message>
    <message>
        <source>Open engagement</source>
        <translation>Åbn forløb</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begrundelse:</translation>
    </message>
    <message>
        <source>— choose a municipality —</source>
        <translation>— vælg en kommune —</translation>
    </message>
    <message>
        <source>Select an application, or register a new one.</source>
        <translation>Vælg en ansøgning, eller registrér en ny.</translation>
    </message>
    <message>
        <source>Select or create an application round first.</source>
        <translation>Vælg eller opret først en ansøgningsrunde.</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Ny ansøgning</translation>
    </message>
    <message>
        <source>registration of an application</source>
        <translation>registrering af en ansøgning</translation>
    </message>
    <message>
        <source>edit of an application</source>
        <translation>redigering af en ansøgning</translation>
    </message>
    <message>
        <source>Delete application</source>
        <translation>Slet ansøgning</translation>
    </message>
    <message>
        <source>Delete the application from %1?</source>
        <translation>Slet ansøgningen fra %1?</translation>
    </message>
    <message>
        <source>deletion of an application</source>
        <translation>sletning af en ansøgning</translation>
    </message>
    <message>
        <source>decision on %1</source>
        <translation>beslutning om %1</translation>
    </message>
    <message>
        <source>The engagement for %1 has been created with its 24-month plan. Open it now?</source>
        <translation>Forløbet for %1 er oprettet med sin 24 måneders plan. Vil du åbne det nu?</translation>
    </message>
    <message>
        <source>The engagement for %1 has been created. Give it a start date to generate its plan. Open it now?</source>
        <translation>Forløbet for %1 er oprettet. Giv det en startdato for at danne planen. Vil du åbne det nu?</translation>
    </message>
    <message>
        <source>Engagement created</source>
        <translation>Forløbet er oprettet</translation>
    </message>
    <message>
        <source>the new application</source>
        <translation>den nye ansøgning</translation>
    </message>
    <message>
        <source>the application from %1</source>
        <translation>ansøgningen fra %1</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>Council decision</source>
        <translation>Kommunalbestyrelsens beslutning</translation>
    </message>
    <message>
        <source>Application from %1 (%2)</source>
        <translation>Ansøgning fra %1 (%2)</translation>
    </message>
    <message>
        <source>Not one of the known themes: uncheck it and choose one.</source>
        <translation>Ikke et af de kendte temaer: fjern fluebenet og vælg et af dem.</translation>
    </message>
    <message>
        <source>Register application</source>
        <translation>Registrér ansøgning</translation>
    </message>
</context>
<context>
    <name>ApplicationTable</name>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Ansøgninger</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Bevilget</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Afventer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>Council backing</source>
        <translation>Politisk opbakning</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Open engagement</source>
        <translation>Åbn forløb</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Yes, %1</source>
        <translation>Ja, %1</translation>
    </message>
    <message>
        <source>Double-click to open the engagement</source>
        <translation>Dobbeltklik for at åbne forløbet</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>New round…</source>
        <translation>Ny runde…</translation>
    </message>
    <message>
        <source>Edit round…</source>
        <translation>Redigér runde…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Application rounds&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ansøgningsrunder&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation>&amp;Ny ansøgning</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Ansøgninger</translation>
    </message>
    <message>
        <source>New application round</source>
        <translation>Ny ansøgningsrunde</translation>
    </message>
    <message>
        <source>Edit application round</source>
        <translation>Redigér ansøgningsrunde</translation>
    </message>
    <message>
        <source>edit of the round %1</source>
        <translation>redigering af runden %1</translation>
    </message>
    <message>
        <source>No application round yet: create one.</source>
        <translation>Der er ingen ansøgningsrunde endnu: opret en.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; – deadline %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – frist %2</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s), %1 granted, %2 pending</source>
        <translation>
            <numerusform>%n ansøgning, %1 bevilget, %2 afventer</numerusform>
            <numerusform>%n ansøgninger, %1 bevilget, %2 afventer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Backup</source>
        <translation>Sikkerhedskopi</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Lavet</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export calendar</source>
        <translation>Eksportér kalender</translation>
    </message>
    <message>
        <source>The calendar file holds milestones, status meetings and the due dates of recommendations, with no case data. Import it into Outlook or another calendar; importing a newer file again updates the events instead of duplicating them.</source>
        <translation>Kalenderfilen indeholder milepæle, statusmøder og frister for anbefalinger, uden sagsdata. Importér den i Outlook eller en anden kalender; importeres en nyere fil igen, opdateres aftalerne i stedet for at blive dubleret.</translation>
    </message>
    <message>
        <source>A consultant&apos;s calendar</source>
        <translation>En konsulents kalender</translation>
    </message>
    <message>
        <source>One engagement&apos;s calendar</source>
        <translation>Et forløbs kalender</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportér…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Choose a consultant or an engagement.</source>
        <translation>Vælg en konsulent eller et forløb.</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <source>The calendar was saved as %1.

Number of events: %2 (milestones, status meetings and due dates of recommendations). Import the file into Outlook; importing a newer file again updates the same events.</source>
        <translation>Kalenderen er gemt som %1.

Antal aftaler: %2 (milepæle, statusmøder og frister for anbefalinger). Importér filen i Outlook; importeres en nyere fil igen, opdateres de samme aftaler.</translation>
    </message>
</context>
<context>
    <name>CaseImportWizard</name>
    <message>
        <source>Import case list</source>
        <translation>Importér sagsliste</translation>
    </message>
    <message>
        <source>Import case list – %1</source>
        <translation>Importér sagsliste – %1</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was stored.</source>
        <translation>Importen blev annulleret. Intet er gemt.</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Kontrollerer rækkerne…</translation>
    </message>
    <message>
        <source>Importing the cases…</source>
        <translation>Importerer sagerne…</translation>
    </message>
</context>
<context>
    <name>CaseListBrowser</name>
    <message>
        <source>Case lists</source>
        <translation>Sagslister</translation>
    </message>
    <message>
        <source>&amp;Case list:</source>
        <translation>&amp;Sagsliste:</translation>
    </message>
    <message>
        <source>Filter: case number, case type, measure …</source>
        <translation>Filtrér: sagsnummer, sagstype, indsats …</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrér:</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Sager</translation>
    </message>
    <message>
        <source>Row report</source>
        <translation>Rækkerapport</translation>
    </message>
    <message>
        <source>No case list imported yet.</source>
        <translation>Ingen sagsliste importeret endnu.</translation>
    </message>
    <message>
        <source>%1 – imported %2 (%3 cases)</source>
        <translation>%1 – importeret %2 (%3 sager)</translation>
    </message>
    <message>
        <source>%1 rows read: %2 imported, %3 refused or skipped. Imported by %4.</source>
        <translation>%1 rækker læst: %2 importeret, %3 afvist eller sprunget over. Importeret af %4.</translation>
    </message>
    <message>
        <source>The rows that were not imported, and why; notes on the whole file first.</source>
        <translation>De rækker, der ikke blev importeret, og hvorfor; bemærkninger om hele filen først.</translation>
    </message>
    <message>
        <source>Every row was imported.</source>
        <translation>Alle rækker blev importeret.</translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation>%1 af %2 sager</translation>
    </message>
</context>
<context>
    <name>CasePreviewModel</name>
    <message>
        <source>(hidden)</source>
        <translation>(skjult)</translation>
    </message>
    <message>
        <source>Looks like personal data: never read into a case, hidden here.</source>
        <translation>Ligner personoplysninger: læses aldrig ind i en sag og vises ikke her.</translation>
    </message>
</context>
<context>
    <name>CaseReviewPage</name>
    <message>
        <source>&amp;Engagement:</source>
        <translation>&amp;Forløb:</translation>
    </message>
    <message>
        <source>Import case list…</source>
        <translation>Importér sagsliste…</translation>
    </message>
    <message>
        <source>Case lists…</source>
        <translation>Sagslister…</translation>
    </message>
    <message>
        <source>Rounds and sample</source>
        <translation>Runder og stikprøve</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Gennemgang</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <source>Case review</source>
        <translation>Sagsgennemgang</translation>
    </message>
    <message>
        <source>Choose an engagement.</source>
        <translation>Vælg et forløb.</translation>
    </message>
    <message>
        <source>No case list imported yet.</source>
        <translation>Ingen sagsliste importeret endnu.</translation>
    </message>
    <message>
        <source>%1 cases imported</source>
        <translation>%1 sager importeret</translation>
    </message>
    <message>
        <source>No round selected.</source>
        <translation>Ingen runde valgt.</translation>
    </message>
    <message>
        <source>Sample of “%1”: %2 cases, %3 replaced</source>
        <translation>Stikprøve for “%1”: %2 sager, %3 erstattet</translation>
    </message>
    <message>
        <source>“%1” has no sample yet: choose Draw sample…</source>
        <translation>“%1” har endnu ingen stikprøve: vælg Udtræk stikprøve…</translation>
    </message>
</context>
<context>
    <name>CaseReviewWidget</name>
    <message>
        <source>The date the review looks at: follow-ups and visits are counted up to it</source>
        <translation>Den dato gennemgangen ser på: opfølgninger og tilsynsbesøg tælles op til den</translation>
    </message>
    <message>
        <source>Cut-off date:</source>
        <translation>Skæringsdato:</translation>
    </message>
    <message>
        <source>Nobody chosen: choose who you are at the bottom of the window</source>
        <translation>Ingen valgt: vælg, hvem du er, nederst i vinduet</translation>
    </message>
    <message>
        <source>cut-off date of %1</source>
        <translation>skæringsdato for %1</translation>
    </message>
    <message>
        <source>Sign off round</source>
        <translation>Godkend runde</translation>
    </message>
    <message>
        <source>Sign off round…</source>
        <translation>Godkend runde…</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Lås op…</translation>
    </message>
    <message>
        <source>Choose a review round to review its cases.</source>
        <translation>Vælg en gennemgangsrunde for at gennemgå dens sager.</translation>
    </message>
    <message>
        <source>Every case of the round is answered.</source>
        <translation>Alle rundens sager er besvaret.</translation>
    </message>
    <message>
        <source>Case review</source>
        <translation>Sagsgennemgang</translation>
    </message>
    <message>
        <source>Signed off by %1 on %2: the round is locked and read-only. Use “Unlock…” with a reason to change it.</source>
        <translation>Godkendt af %1 den %2: runden er låst og kan kun læses. Brug “Lås op…” med en begrundelse for at ændre den.</translation>
    </message>
    <message>
        <source>Reviewing as %1</source>
        <translation>Du gennemgår som %1</translation>
    </message>
    <message>
        <source>Key dates of %1 (%2)</source>
        <translation>Nøgledatoer for %1 (%2)</translation>
    </message>
    <message>
        <source>This case was replaced in the sample; it is not reviewed.</source>
        <translation>Sagen er erstattet i stikprøven; den gennemgås ikke.</translation>
    </message>
    <message>
        <source>Not relevant needs a reason: type it and press Enter.</source>
        <translation>Ikke relevant kræver en begrundelse: skriv den, og tryk Enter.</translation>
    </message>
    <message>
        <source>This requirement has no computed suggestion.</source>
        <translation>Kravet har ikke noget beregnet forslag.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>intet svar</translation>
    </message>
    <message>
        <source>answer %1 in %2: %3</source>
        <translation>svar %1 i %2: %3</translation>
    </message>
    <message>
        <source>key dates of %1</source>
        <translation>nøgledatoer for %1</translation>
    </message>
    <message>
        <source>Round: %1 of %2 answers (%3)</source>
        <translation>Runde: %1 af %2 svar (%3)</translation>
    </message>
    <message>
        <source>Every requirement of this case is answered. Ctrl+PgDown: next case; Ctrl+Enter: next unanswered.</source>
        <translation>Alle krav i sagen er besvaret. Ctrl+PgDown: næste sag; Ctrl+Enter: næste ubesvarede.</translation>
    </message>
    <message>
        <source>Guidance:</source>
        <translation>Vejledning:</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>Gælder:</translation>
    </message>
    <message>
        <source>Suggestion:</source>
        <translation>Forslag:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>intet</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begrundelse:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>&lt;b&gt;1&lt;/b&gt;–&lt;b&gt;4&lt;/b&gt; q1 Insufficient … q4 Good · &lt;b&gt;R&lt;/b&gt; Not relevant · &lt;b&gt;K&lt;/b&gt; Cannot be assessed</source>
        <translation>&lt;b&gt;1&lt;/b&gt;–&lt;b&gt;4&lt;/b&gt; q1 Utilstrækkelig … q4 God · &lt;b&gt;R&lt;/b&gt; Ikke relevant · &lt;b&gt;K&lt;/b&gt; Kan ikke vurderes</translation>
    </message>
    <message>
        <source>&lt;b&gt;1&lt;/b&gt;/&lt;b&gt;O&lt;/b&gt; Met · &lt;b&gt;2&lt;/b&gt;/&lt;b&gt;I&lt;/b&gt; Not met · &lt;b&gt;3&lt;/b&gt;/&lt;b&gt;R&lt;/b&gt; Not relevant · &lt;b&gt;4&lt;/b&gt;/&lt;b&gt;K&lt;/b&gt; Cannot be assessed</source>
        <translation>&lt;b&gt;1&lt;/b&gt;/&lt;b&gt;O&lt;/b&gt; Opfyldt · &lt;b&gt;2&lt;/b&gt;/&lt;b&gt;I&lt;/b&gt; Ikke opfyldt · &lt;b&gt;3&lt;/b&gt;/&lt;b&gt;R&lt;/b&gt; Ikke relevant · &lt;b&gt;4&lt;/b&gt;/&lt;b&gt;K&lt;/b&gt; Kan ikke vurderes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enter&lt;/b&gt; accept suggestion · &lt;b&gt;B&lt;/b&gt; reason · &lt;b&gt;N&lt;/b&gt; note · &lt;b&gt;Del&lt;/b&gt; clear · &lt;b&gt;Ctrl+PgDn/PgUp&lt;/b&gt; case · &lt;b&gt;Ctrl+Enter&lt;/b&gt; next unanswered</source>
        <translation>&lt;b&gt;Enter&lt;/b&gt; godkend forslag · &lt;b&gt;B&lt;/b&gt; begrundelse · &lt;b&gt;N&lt;/b&gt; note · &lt;b&gt;Del&lt;/b&gt; ryd · &lt;b&gt;Ctrl+PgDn/PgUp&lt;/b&gt; sag · &lt;b&gt;Ctrl+Enter&lt;/b&gt; næste ubesvarede</translation>
    </message>
    <message>
        <source>Sign off %1 as %2? The round is then locked.</source>
        <translation>Godkend %1 som %2? Runden låses derefter.</translation>
    </message>
    <message>
        <source>Cannot sign off the round</source>
        <translation>Runden kan ikke godkendes</translation>
    </message>
    <message>
        <source>Cannot unlock the round</source>
        <translation>Runden kan ikke låses op</translation>
    </message>
</context>
<context>
    <name>CaseRowTableModel</name>
    <message>
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Sagsnummer</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Sagstype</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indsats</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Hjemmel</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Fødselsår</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Køn</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Notification received</source>
        <translation>Underretning modtaget</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Afgørelse</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>Keep ours</source>
        <translation>Behold vores</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Tag deres</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— vælg —</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Our value</source>
        <translation>Vores værdi</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Deres værdi</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Valg</translation>
    </message>
</context>
<context>
    <name>ConsultantForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>&amp;Initialer:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
</context>
<context>
    <name>ConsultantRole</name>
    <message>
        <source>Legal consultant</source>
        <translation>Juridisk konsulent</translation>
    </message>
    <message>
        <source>Social work consultant</source>
        <translation>Socialfaglig konsulent</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Teamleder</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
</context>
<context>
    <name>ConsultantsDialog</name>
    <message>
        <source>Initials</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiveret</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>Konsulenter</translation>
    </message>
    <message>
        <source>&amp;New consultant</source>
        <translation>&amp;Ny konsulent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktiver</translation>
    </message>
    <message>
        <source>New consultant</source>
        <translation>Ny konsulent</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Ret %1</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Aktiver</translation>
    </message>
    <message>
        <source>adding the consultant %1</source>
        <translation>tilføjelse af konsulenten %1</translation>
    </message>
    <message>
        <source>changing the consultant %1</source>
        <translation>ændring af konsulenten %1</translation>
    </message>
    <message>
        <source>activating %1</source>
        <translation>aktivering af %1</translation>
    </message>
    <message>
        <source>deactivating %1</source>
        <translation>deaktivering af %1</translation>
    </message>
</context>
<context>
    <name>CriteriaTable</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Pejlemærke</source>
        <translation>Pejlemærke</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Bestemmelse</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>needs dates</source>
        <translation>mangler datoer</translation>
    </message>
    <message>
        <source>Answered by %1</source>
        <translation>Besvaret af %1</translation>
    </message>
</context>
<context>
    <name>DatabaseWindow</name>
    <message>
        <source>Who is working: click to switch user</source>
        <translation>Hvem arbejder: klik for at skifte bruger</translation>
    </message>
    <message>
        <source>Working as %1</source>
        <translation>Arbejder som %1</translation>
    </message>
    <message>
        <source>Nobody chosen: who are you?</source>
        <translation>Ingen valgt: hvem er du?</translation>
    </message>
    <message>
        <source>%1 (read-only: open elsewhere)</source>
        <translation>%1 (skrivebeskyttet: åben et andet sted)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Database upgraded; the old version was backed up as %1</source>
        <translation>Databasen er opgraderet; den gamle version er gemt som sikkerhedskopi i %1</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Åbn database</translation>
    </message>
    <message>
        <source>Task Force databases (*.sqlite *.db);;All files (*)</source>
        <translation>Task Force-databaser (*.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sikkerhedskopiér nu</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Databasen sikkerhedskopieres…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sikkerhedskopien mislykkedes</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sikkerhedskopi lavet</translation>
    </message>
    <message>
        <source>The database was backed up as %1</source>
        <translation>Databasen er sikkerhedskopieret som %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Gendan en sikkerhedskopi</translation>
    </message>
    <message>
        <source>Backups (*.sqlite);;All files (*)</source>
        <translation>Sikkerhedskopier (*.sqlite);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Kan ikke gendanne</translation>
    </message>
    <message>
        <source>Only the embedded database, opened with write access, can be restored.</source>
        <translation>Kun den indbyggede database, åbnet med skriveadgang, kan gendannes.</translation>
    </message>
    <message>
        <source>The backup is damaged: %1</source>
        <translation>Sikkerhedskopien er beskadiget: %1</translation>
    </message>
    <message>
        <source>%1: now %2, in the backup %3</source>
        <translation>%1: nu %2, i kopien %3</translation>
    </message>
    <message>
        <source>The backup holds the same records.</source>
        <translation>Kopien indeholder de samme poster.</translation>
    </message>
    <message>
        <source>Restore %1? What is in the database now is saved as a backup first.

%2</source>
        <translation>Gendan %1? Det, der er i databasen nu, gemmes først som en sikkerhedskopi.

%2</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sikkerhedskopien er gendannet</translation>
    </message>
    <message>
        <source>The previous database was saved as %1</source>
        <translation>Den tidligere database er gemt som %1</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Databasen kan ikke åbnes</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-åååå</translation>
    </message>
    <message>
        <source>Choose the date in a calendar (Alt+Down)</source>
        <translation>Vælg datoen i en kalender (Alt+Ned)</translation>
    </message>
</context>
<context>
    <name>DeadlineTable</name>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dage tilbage</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milepæl</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Anbefaling</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>%1 dage over fristen</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>om %1 dage</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source>&amp;Consultant:</source>
        <translation>&amp;Konsulent:</translation>
    </message>
    <message>
        <source>&amp;Look ahead:</source>
        <translation>&amp;Se frem:</translation>
    </message>
    <message>
        <source>My deadlines</source>
        <translation>Mine frister</translation>
    </message>
    <message>
        <source>Choose a consultant above to see their deadlines.</source>
        <translation>Vælg en konsulent ovenfor for at se vedkommendes frister.</translation>
    </message>
    <message>
        <source>— choose a consultant —</source>
        <translation>— vælg en konsulent —</translation>
    </message>
    <message>
        <source>No deadlines in the next %1 days.</source>
        <translation>Ingen frister de næste %1 dage.</translation>
    </message>
    <message>
        <source>%1 deadlines, %2 overdue</source>
        <translation>%1 frister, %2 over fristen</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Case list imported</source>
        <translation>Sagslisten er importeret</translation>
    </message>
    <message>
        <source>An import cannot be undone with Undo. Cases that are not yet in a sample can be corrected by importing a corrected list into a new engagement.</source>
        <translation>En import kan ikke fortrydes med Fortryd. Sager, der endnu ikke er i en stikprøve, kan rettes ved at importere en rettet liste i et nyt forløb.</translation>
    </message>
    <message>
        <source>%1 cases were imported into the engagement with %2. %3 rows were refused or skipped; they are listed in the stored import report.</source>
        <translation>%1 sager er importeret i forløbet med %2. %3 rækker blev afvist eller sprunget over; de står i den gemte importrapport.</translation>
    </message>
</context>
<context>
    <name>DrawnCaseTable</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Sagsnummer</translation>
    </message>
</context>
<context>
    <name>EngagementEditor</name>
    <message>
        <source>Never write CPR numbers or children&apos;s names here.</source>
        <translation>Skriv aldrig CPR-numre eller børns navne her.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommune:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>F&amp;ase:</translation>
    </message>
    <message>
        <source>Start &amp;date:</source>
        <translation>Start&amp;dato:</translation>
    </message>
    <message>
        <source>Pl&amp;anned end:</source>
        <translation>Planlagt s&amp;lut:</translation>
    </message>
    <message>
        <source>Act&amp;ual end:</source>
        <translation>Faktisk sl&amp;ut:</translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;oter:</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <source>Select an engagement in the list, or create a new one.</source>
        <translation>Vælg et forløb på listen, eller opret et nyt.</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>Nyt forløb</translation>
    </message>
    <message>
        <source>dd-mm-yyyy (empty: 24 months after the start)</source>
        <translation>dd-mm-åååå (tom: 24 måneder efter start)</translation>
    </message>
    <message>
        <source>Delete the engagement “%1” (%2)?

It disappears from every list. It is kept in the database, marked as deleted.</source>
        <translation>Slet forløbet “%1” (%2)?

Det forsvinder fra alle lister. Det bevares i databasen, markeret som slettet.</translation>
    </message>
    <message>
        <source>Delete engagement</source>
        <translation>Slet forløb</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>Change phase…</source>
        <translation>Skift fase…</translation>
    </message>
    <message>
        <source>Every change is saved as soon as you leave the field; Ctrl+Z undoes it.</source>
        <translation>Hver ændring gemmes, så snart du forlader feltet; Ctrl+Z fortryder den.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Create engagement</source>
        <translation>Opret forløb</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Oplysninger</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation>P&amp;lan</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>T&amp;eam</translation>
    </message>
    <message>
        <source>P&amp;hases</source>
        <translation>&amp;Faser</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>Hi&amp;storik</translation>
    </message>
    <message>
        <source>&amp;Key figures</source>
        <translation>&amp;Nøgletal</translation>
    </message>
    <message>
        <source>edit of the title</source>
        <translation>redigering af titlen</translation>
    </message>
    <message>
        <source>change of municipality</source>
        <translation>skift af kommune</translation>
    </message>
    <message>
        <source>edit of the start date</source>
        <translation>redigering af startdatoen</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planlagt slut</translation>
    </message>
    <message>
        <source>edit of the planned end</source>
        <translation>redigering af planlagt slut</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Faktisk slut</translation>
    </message>
    <message>
        <source>edit of the actual end</source>
        <translation>redigering af faktisk slut</translation>
    </message>
    <message>
        <source>edit of the description</source>
        <translation>redigering af beskrivelsen</translation>
    </message>
    <message>
        <source>edit of the notes</source>
        <translation>redigering af noterne</translation>
    </message>
    <message>
        <source>the new engagement</source>
        <translation>det nye forløb</translation>
    </message>
    <message>
        <source>the engagement “%1”</source>
        <translation>forløbet “%1”</translation>
    </message>
    <message>
        <source>deletion of the engagement</source>
        <translation>sletning af forløbet</translation>
    </message>
    <message>
        <source>creation of the engagement</source>
        <translation>oprettelse af forløbet</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-åååå</translation>
    </message>
    <message>
        <source>%1 milestones overdue</source>
        <translation>%1 milepæle overskredet</translation>
    </message>
    <message>
        <source>several milestones due within 14 days</source>
        <translation>flere milepæle forfalder inden for 14 dage</translation>
    </message>
    <message>
        <source>next: %1 on %2</source>
        <translation>næste: %1 den %2</translation>
    </message>
    <message>
        <source>no start date, no plan</source>
        <translation>ingen startdato, ingen plan</translation>
    </message>
    <message>
        <source>no open milestones</source>
        <translation>ingen åbne milepæle</translation>
    </message>
    <message>
        <source>Late: a milestone is more than 14 days overdue, or two or more are overdue. At risk: a milestone is overdue, or two or more fall due within 14 days.</source>
        <translation>Forsinket: en milepæl er overskredet med mere end 14 dage, eller to eller flere er overskredet. Risiko: en milepæl er overskredet, eller to eller flere forfalder inden for 14 dage.</translation>
    </message>
    <message>
        <source>— choose a municipality —</source>
        <translation>— vælg en kommune —</translation>
    </message>
    <message>
        <source>Change the phase with “Change phase…”, so its history is kept.</source>
        <translation>Skift fase med “Skift fase…”, så faseforløbet bevares.</translation>
    </message>
</context>
<context>
    <name>EngagementTable</name>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Month of the 24-month plan today, counted from the start date</source>
        <translation>Måned i den 24 måneder lange plan i dag, regnet fra startdatoen</translation>
    </message>
</context>
<context>
    <name>EngagementsPage</name>
    <message>
        <source>Search municipality, code, region, team or title</source>
        <translation>Søg på kommune, kode, region, team eller titel</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>S&amp;øg:</translation>
    </message>
    <message>
        <source>&amp;New engagement</source>
        <translation>&amp;Nyt forløb</translation>
    </message>
    <message>
        <source>%1 engagements</source>
        <translation>%1 forløb</translation>
    </message>
    <message>
        <source>%1 of %2 engagements</source>
        <translation>%1 af %2 forløb</translation>
    </message>
</context>
<context>
    <name>ExchangeLabels</name>
    <message>
        <source>Engagement</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Phase period</source>
        <translation>Faseperiode</translation>
    </message>
    <message>
        <source>Municipal contact</source>
        <translation>Kommunal kontaktperson</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teammedlem</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <source>Application round</source>
        <translation>Ansøgningsrunde</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Ansøgning</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milepæl</translation>
    </message>
    <message>
        <source>Case list import</source>
        <translation>Indlæst sagsliste</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <source>Review round</source>
        <translation>Gennemgangsrunde</translation>
    </message>
    <message>
        <source>Sampled case</source>
        <translation>Udtrukket sag</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Finding criterion</source>
        <translation>Fundets kriterium</translation>
    </message>
    <message>
        <source>Finding evidence</source>
        <translation>Fundets dokumentation</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Anbefaling</translation>
    </message>
    <message>
        <source>Recommendation update</source>
        <translation>Opfølgning på anbefaling</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Gennemgangsnote</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Ændringshistorik</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planlagt slut</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Faktisk slut</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Planlagt dato</translation>
    </message>
    <message>
        <source>Actual date</source>
        <translation>Faktisk dato</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvor</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Afgørelse</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>(not deleted)</source>
        <translation>(ikke slettet)</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>Slettet %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Status report (PDF)</source>
        <translation>Statusrapport (PDF)</translation>
    </message>
    <message>
        <source>Choose the sections of the status report for %1.</source>
        <translation>Vælg afsnittene i statusrapporten for %1.</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Vælg &amp;alle</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>Vælg &amp;ingen</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Fortsæt…</translation>
    </message>
</context>
<context>
    <name>ExportPackageDialog</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generér</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <source>Write the passphrase down or copy it now: it is shown only this once and never stored.</source>
        <translation>Skriv adgangsfrasen ned eller kopiér den nu: den vises kun denne ene gang og gemmes aldrig.</translation>
    </message>
    <message>
        <source>The package is encrypted with a passphrase of at least %1 characters, typed twice, or a generated one. The recipient needs it to open the package: give it to them another way than the package itself (for example by phone).</source>
        <translation>Pakken krypteres med en adgangsfrase på mindst %1 tegn, skrevet to gange, eller med en genereret. Modtageren skal bruge den for at åbne pakken: giv den videre ad en anden vej end selve pakken (fx i et opkald).</translation>
    </message>
    <message>
        <source>&amp;Unencrypted (not recommended)</source>
        <translation>&amp;Ukrypteret (ikke anbefalet)</translation>
    </message>
    <message>
        <source>An unencrypted package is not authenticated: anyone who handles it can change it unnoticed. The recipient must accept it explicitly, and every deletion and change it brings is then shown as a conflict to decide.</source>
        <translation>En ukrypteret pakke er ikke autentificeret: alle, der har den i hænde, kan ændre den ubemærket. Modtageren skal udtrykkeligt acceptere den, og hver sletning og ændring, den bringer, vises så som en konflikt, der skal afgøres.</translation>
    </message>
    <message>
        <source>Type a passphrase twice or press Generate.</source>
        <translation>Skriv en adgangsfrase to gange, eller tryk på Generér.</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters (it has %2).</source>
        <translation>Adgangsfrasen skal have mindst %1 tegn (den har %2).</translation>
    </message>
    <message>
        <source>Export exchange package</source>
        <translation>Eksportér udvekslingspakke</translation>
    </message>
    <message>
        <source>Choose the engagements to send to a colleague. The package holds each engagement, everything recorded in it and its change history; your colleague merges it into their own database.</source>
        <translation>Vælg de forløb, du vil sende til en kollega. Pakken indeholder hvert forløb, alt hvad der er registreret i det, og dets ændringshistorik; din kollega fletter den ind i sin egen database.</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Vælg &amp;alle</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Fravælg alle</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Adgangsfrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>A&amp;dgangsfrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Gentag:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportér…</translation>
    </message>
    <message>
        <source>Choose at least one engagement.</source>
        <translation>Vælg mindst ét forløb.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De to adgangsfraser er ikke ens.</translation>
    </message>
    <message>
        <source>%1 municipalities</source>
        <translation>%1 kommuner</translation>
    </message>
    <message>
        <source>Exchange packages (*.tfpkg)</source>
        <translation>Udvekslingspakker (*.tfpkg)</translation>
    </message>
    <message>
        <source>The package was saved as %1 (%2, encrypted). Send it to your colleague, and give them the passphrase another way.</source>
        <translation>Pakken er gemt som %1 (%2, krypteret). Send den til din kollega, og giv vedkommende adgangsfrasen på en anden måde.</translation>
    </message>
    <message>
        <source>The package was saved as %1 (%2, not encrypted). Send it to your colleague.</source>
        <translation>Pakken er gemt som %1 (%2, ikke krypteret). Send den til din kollega.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the case list</source>
        <translation>Vælg sagslisten</translation>
    </message>
    <message>
        <source>The municipality&apos;s case list as an Excel workbook (.xlsx) or a CSV file. Columns with CPR numbers, names or addresses are never imported.</source>
        <translation>Kommunens sagsliste som Excel-projektmappe (.xlsx) eller CSV-fil. Kolonner med CPR-numre, navne eller adresser importeres aldrig.</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Vælg &amp;fil…</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Ingen fil valgt.</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Ark:</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Læser filen…</translation>
    </message>
    <message>
        <source>Reading the sheet…</source>
        <translation>Læser arket…</translation>
    </message>
    <message>
        <source>Headings found in row %1; %2 rows below them.</source>
        <translation>Overskrifterne står i række %1; der er %2 rækker under dem.</translation>
    </message>
</context>
<context>
    <name>FindingEditor</name>
    <message>
        <source>&amp;Save finding</source>
        <translation>&amp;Gem fund</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Fortryd ændringer</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Track:</source>
        <translation>S&amp;por:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Alvor:</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Runde:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>Shown in:</source>
        <translation>Vist i:</translation>
    </message>
    <message>
        <source>Development:</source>
        <translation>Udvikling:</translation>
    </message>
    <message>
        <source>Re&amp;quirements:</source>
        <translation>&amp;Krav:</translation>
    </message>
    <message>
        <source>&amp;Evidence cases:</source>
        <translation>&amp;Sager, der viser fundet:</translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation>Fund: %1</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>Nyt fund</translation>
    </message>
    <message>
        <source>Select a finding, or choose an engagement for a new one.</source>
        <translation>Vælg et fund, eller vælg et forløb for at oprette et nyt.</translation>
    </message>
    <message>
        <source>the new finding</source>
        <translation>det nye fund</translation>
    </message>
    <message>
        <source>the finding “%1”</source>
        <translation>fundet “%1”</translation>
    </message>
    <message>
        <source>— no round —</source>
        <translation>— ingen runde —</translation>
    </message>
    <message>
        <source>computed from the review when saved</source>
        <translation>beregnes ud fra gennemgangen, når du gemmer</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>ikke vurderet</translation>
    </message>
    <message>
        <source>(as saved; updated when you save)</source>
        <translation>(som gemt; opdateres, når du gemmer)</translation>
    </message>
    <message>
        <source>after the status measurement: %1</source>
        <translation>efter statusmålingen: %1</translation>
    </message>
    <message>
        <source>no status measurement yet</source>
        <translation>ingen statusmåling endnu</translation>
    </message>
</context>
<context>
    <name>FindingTable</name>
    <message>
        <source>%1 of %2 cases</source>
        <translation>%1 af %2 sager</translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation>%1 procentpoint</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Spor</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema/pejlemærke</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvor</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Sager</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Anbefalinger</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>Åbne kommentarer</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Udvikling</translation>
    </message>
    <message>
        <source>Cases where a requirement of the finding was not met, of the cases assessed in its round</source>
        <translation>Sager, hvor et af fundets krav ikke var opfyldt, ud af de vurderede sager i dets runde</translation>
    </message>
    <message>
        <source>Recommendations: open / all</source>
        <translation>Anbefalinger: åbne / alle</translation>
    </message>
    <message>
        <source>Change from the analysis to the status measurement in the share of cases meeting the finding&apos;s requirements</source>
        <translation>Ændringen fra analysen til statusmålingen i andelen af sager, der opfylder fundets krav</translation>
    </message>
    <message>
        <source>After the status measurement: %1</source>
        <translation>Efter statusmålingen: %1</translation>
    </message>
    <message>
        <source>Being computed in the background…</source>
        <translation>Beregnes i baggrunden…</translation>
    </message>
    <message>
        <source>Could not be computed; the details are in the log file.</source>
        <translation>Kunne ikke beregnes; detaljerne står i logfilen.</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>All engagements</source>
        <translation>Alle forløb</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>Alle spor</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Al alvor</translation>
    </message>
    <message>
        <source>Any follow-up</source>
        <translation>Al opfølgning</translation>
    </message>
    <message>
        <source>Search title, description, requirement…</source>
        <translation>Søg i titel, beskrivelse, krav…</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Vis alle</translation>
    </message>
    <message>
        <source>&amp;New finding</source>
        <translation>&amp;Nyt fund</translation>
    </message>
    <message>
        <source>&amp;Delete finding</source>
        <translation>&amp;Slet fund</translation>
    </message>
    <message>
        <source>&amp;Propose findings…</source>
        <translation>&amp;Foreslå fund…</translation>
    </message>
    <message>
        <source>Propose a finding for each requirement met in too few of a round&apos;s cases</source>
        <translation>Foreslå et fund for hvert krav, der er opfyldt i for få af rundens sager</translation>
    </message>
    <message>
        <source>T&amp;rack:</source>
        <translation>S&amp;por:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Alvor:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>Follo&amp;w-up:</source>
        <translation>Opfølg&amp;ning:</translation>
    </message>
    <message>
        <source>R&amp;ound:</source>
        <translation>R&amp;unde:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>S&amp;øg:</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Anbefalinger</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>Follow-up across engagements</source>
        <translation>Opfølgning på tværs</translation>
    </message>
    <message>
        <source>Findings and recommendations</source>
        <translation>Fund og anbefalinger</translation>
    </message>
    <message>
        <source>&amp;Engagement:</source>
        <translation>&amp;Forløb:</translation>
    </message>
    <message>
        <source>Choose an engagement at the top first.</source>
        <translation>Vælg først et forløb øverst.</translation>
    </message>
    <message>
        <source>new finding</source>
        <translation>nyt fund</translation>
    </message>
    <message>
        <source>edit of a finding</source>
        <translation>redigering af et fund</translation>
    </message>
    <message>
        <source>Delete finding</source>
        <translation>Slet fund</translation>
    </message>
    <message>
        <source>Delete the finding “%1”? Its recommendations stay, without a finding. Undo brings it back.</source>
        <translation>Slet fundet “%1”? Dets anbefalinger bliver stående uden fund. Fortryd henter det tilbage.</translation>
    </message>
    <message>
        <source>deletion of a finding</source>
        <translation>sletning af et fund</translation>
    </message>
    <message>
        <source>proposed findings (%1)</source>
        <translation>foreslåede fund (%1)</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle temaer</translation>
    </message>
    <message>
        <source>All rounds</source>
        <translation>Alle runder</translation>
    </message>
    <message>
        <source>being computed…</source>
        <translation>beregnes…</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>Kommentarer (%1)</translation>
    </message>
    <message>
        <source>%1 of %2 findings</source>
        <translation>%1 af %2 fund</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>No recommendations</source>
        <translation>Ingen anbefalinger</translation>
    </message>
    <message>
        <source>Any recommendation open</source>
        <translation>Mindst én anbefaling åben</translation>
    </message>
    <message>
        <source>All recommendations closed</source>
        <translation>Alle anbefalinger afsluttet</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <source>Grant the application</source>
        <translation>Bevilg ansøgningen</translation>
    </message>
    <message>
        <source>Granting creates the engagement for %1. With a start date it also gets its 24-month plan; without one, add the start date later.</source>
        <translation>Bevillingen opretter forløbet for %1. Med en startdato får det også sin 24 måneders plan; uden en startdato tilføjer du den senere.</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>&amp;Startdato:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>On track</source>
        <translation>På sporet</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Forsinket</translation>
    </message>
</context>
<context>
    <name>HealthRule</name>
    <message>
        <source>a milestone is more than %1 days past its date, or %2 or more are past their dates.</source>
        <translation>en milepæl er mere end %1 dage over fristen, eller %2 eller flere er over fristen.</translation>
    </message>
    <message>
        <source>a milestone is past its date, or %1 or more fall due within the next %2 days.</source>
        <translation>en milepæl er over fristen, eller %1 eller flere har frist inden for de næste %2 dage.</translation>
    </message>
    <message>
        <source>otherwise.</source>
        <translation>ellers.</translation>
    </message>
    <message>
        <source>%1 open milestones are past their dates (%2 or more means late).</source>
        <translation>%1 åbne milepæle er over fristen (%2 eller flere betyder forsinket).</translation>
    </message>
    <message>
        <source>An open milestone is more than %1 days past its date.</source>
        <translation>En åben milepæl er mere end %1 dage over fristen.</translation>
    </message>
    <message>
        <source>An open milestone is past its date.</source>
        <translation>En åben milepæl er over fristen.</translation>
    </message>
    <message>
        <source>%1 or more open milestones fall due within the next %2 days.</source>
        <translation>%1 eller flere åbne milepæle har frist inden for de næste %2 dage.</translation>
    </message>
    <message>
        <source>No open milestone is past its date.</source>
        <translation>Ingen åben milepæl er over fristen.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Gendannet</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milepæl</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Anbefaling</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>kommune</translation>
    </message>
    <message>
        <source>application</source>
        <translation>ansøgning</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>startdato</translation>
    </message>
    <message>
        <source>planned end</source>
        <translation>planlagt slut</translation>
    </message>
    <message>
        <source>actual end</source>
        <translation>faktisk slut</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>temaer</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beskrivelse</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>noter</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>planned date</source>
        <translation>planlagt dato</translation>
    </message>
    <message>
        <source>actual date</source>
        <translation>faktisk dato</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>ansvarlig</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>order</source>
        <translation>rækkefølge</translation>
    </message>
    <message>
        <source>consultant</source>
        <translation>konsulent</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rolle</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>tiltrådt</translation>
    </message>
    <message>
        <source>left</source>
        <translation>fratrådt</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>started</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>sluttet</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>fund</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>milepæl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ansvarlig i kommunen</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>frist</translation>
    </message>
    <message>
        <source>user switched to</source>
        <translation>bruger skiftet til</translation>
    </message>
    <message>
        <source>created</source>
        <translation>oprettet</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>slettet</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>gendannet</translation>
    </message>
    <message>
        <source>%1 cleared</source>
        <translation>%1 fjernet</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>kommandolinjen</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ikke registreret</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;ksportér…</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>Ændringer: %1</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Eksportér historik</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the history</source>
        <translation>Historikken kan ikke eksporteres</translation>
    </message>
    <message>
        <source>History exported</source>
        <translation>Historik eksporteret</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gemt som %1</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Fra → til</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ImportPackageDialog</name>
    <message>
        <source>Unencrypted package</source>
        <translation>Ukrypteret pakke</translation>
    </message>
    <message>
        <source>The package %1 is not encrypted, so nothing proves who made it or that it was not changed on the way.</source>
        <translation>Pakken %1 er ikke krypteret, så intet beviser, hvem der har lavet den, eller at den ikke er ændret undervejs.</translation>
    </message>
    <message>
        <source>If you continue, every deletion and every change it brings is shown as a conflict for you to decide; nothing of it is taken without your choice.</source>
        <translation>Fortsætter du, vises hver sletning og hver ændring, pakken bringer, som en konflikt, du skal afgøre; intet af den tages uden dit valg.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsæt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Import exchange package</source>
        <translation>Importér udvekslingspakke</translation>
    </message>
    <message>
        <source>No package chosen.</source>
        <translation>Ingen pakke valgt.</translation>
    </message>
    <message>
        <source>&amp;Choose package…</source>
        <translation>&amp;Vælg pakke…</translation>
    </message>
    <message>
        <source>Package:</source>
        <translation>Pakke:</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Pakke</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Fra:</translation>
    </message>
    <message>
        <source>Made:</source>
        <translation>Lavet:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Af:</translation>
    </message>
    <message>
        <source>Engagements:</source>
        <translation>Forløb:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>What the merge does</source>
        <translation>Hvad fletningen gør</translation>
    </message>
    <message>
        <source>These fields were changed differently in both databases since you last exchanged. Choose for each one which value to keep (space switches; a double click on a value chooses it).</source>
        <translation>Disse felter er ændret forskelligt i begge databaser, siden I sidst udvekslede. Vælg for hvert felt, hvilken værdi der skal gælde (mellemrum skifter; dobbeltklik på en værdi vælger den).</translation>
    </message>
    <message>
        <source>All: &amp;keep ours</source>
        <translation>Alle: &amp;behold vores</translation>
    </message>
    <message>
        <source>All: &amp;take theirs</source>
        <translation>Alle: &amp;tag deres</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>A merge cannot be undone: Undo does not reach it, and the undo history is cleared when it is done.</source>
        <translation>En fletning kan ikke fortrydes: Fortryd når ikke tilbage til den, og fortrydelseshistorikken ryddes, når den er gennemført.</translation>
    </message>
    <message>
        <source>&amp;Show the result without merging</source>
        <translation>Vis &amp;resultat uden at flette</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Flet</translation>
    </message>
    <message>
        <source>Exchange packages (*.tfpkg);;All files (*)</source>
        <translation>Udvekslingspakker (*.tfpkg);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Reading the package…</source>
        <translation>Læser pakken…</translation>
    </message>
    <message>
        <source>Database id %1</source>
        <translation>Database-id %1</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>krypteret</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>ikke krypteret</translation>
    </message>
    <message>
        <source>The package holds nothing new for this database: it has been merged before, or both databases already agree.</source>
        <translation>Pakken indeholder intet nyt for denne database: den er flettet ind før, eller de to databaser er allerede enige.</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konflikter (%1)</translation>
    </message>
    <message>
        <source>Decide every conflict (keep ours or take theirs) before merging: %1 of %2 left.</source>
        <translation>Afgør alle konflikter (behold vores eller tag deres), før du fletter: %1 af %2 mangler.</translation>
    </message>
    <message>
        <source>Choose a package to see what merging it does.</source>
        <translation>Vælg en pakke for at se, hvad en fletning af den gør.</translation>
    </message>
    <message>
        <source>Merge exchange package</source>
        <translation>Flet udvekslingspakke</translation>
    </message>
    <message>
        <source>Merge the package into this database now? A merge cannot be undone with Undo.</source>
        <translation>Flet pakken ind i denne database nu? En fletning kan ikke fortrydes med Fortryd.</translation>
    </message>
    <message>
        <source>Merging the package…</source>
        <translation>Fletter pakken…</translation>
    </message>
    <message>
        <source>Without merging: the merge would add %1 records, change %2 and delete %3, and decide %4 conflicts as chosen. Nothing was changed.</source>
        <translation>Uden at flette: fletningen ville tilføje %1 poster, ændre %2 og slette %3 og afgøre %4 konflikter som valgt. Intet er ændret.</translation>
    </message>
    <message>
        <source>Merged: %1 records added, %2 changed, %3 deleted, %4 conflicts decided as chosen.</source>
        <translation>Flettet: %1 poster tilføjet, %2 ændret, %3 slettet, %4 konflikter afgjort som valgt.</translation>
    </message>
</context>
<context>
    <name>JobProgressDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation>Annullerer…</translation>
    </message>
</context>
<context>
    <name>KeyDatesPanel</name>
    <message>
        <source>When the municipality became aware, if before the receipt</source>
        <translation>Hvornår kommunen blev opmærksom, hvis før modtagelsen</translation>
    </message>
    <message>
        <source>§ …</source>
        <translation>§ …</translation>
    </message>
    <message>
        <source>Aware:</source>
        <translation>Kommunen opmærksom:</translation>
    </message>
    <message>
        <source>Receipt sent:</source>
        <translation>Kvittering sendt:</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Hjemmel:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Handleplan/barnets plan:</translation>
    </message>
    <message>
        <source>Measure ended:</source>
        <translation>Indsats ophørt:</translation>
    </message>
    <message>
        <source>Supervision visits:</source>
        <translation>Tilsynsbesøg:</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Nøgledatoer</translation>
    </message>
    <message>
        <source>dd-mm-yyyy, dd-mm-yyyy, …</source>
        <translation>dd-mm-åååå, dd-mm-åååå, …</translation>
    </message>
    <message>
        <source>Save dates</source>
        <translation>Gem datoer</translation>
    </message>
    <message>
        <source>Enter in any date field saves too</source>
        <translation>Enter i et datofelt gemmer også</translation>
    </message>
    <message>
        <source>Notification received:</source>
        <translation>Underretning modtaget:</translation>
    </message>
    <message>
        <source>Notification assessed:</source>
        <translation>Underretning vurderet:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Afgørelse:</translation>
    </message>
    <message>
        <source>Investigation started:</source>
        <translation>BFU påbegyndt:</translation>
    </message>
    <message>
        <source>Investigation completed:</source>
        <translation>BFU afsluttet:</translation>
    </message>
    <message>
        <source>Measure started:</source>
        <translation>Indsats iværksat:</translation>
    </message>
    <message>
        <source>Follow-ups:</source>
        <translation>Opfølgninger:</translation>
    </message>
</context>
<context>
    <name>KeyFigureChart</name>
    <message>
        <source>per 1,000 children</source>
        <translation>pr. 1.000 børn</translation>
    </message>
    <message>
        <source>count</source>
        <translation>antal</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Hele landet</translation>
    </message>
</context>
<context>
    <name>KeyFigureSection</name>
    <message>
        <source>Per 1,000 children aged 0–17</source>
        <translation>Pr. 1.000 børn i alderen 0–17 år</translation>
    </message>
    <message>
        <source>Per 1,000 children and young people aged 0–22</source>
        <translation>Pr. 1.000 børn og unge i alderen 0–22 år</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategori: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Kilde: %1</translation>
    </message>
</context>
<context>
    <name>KeyFigureTableModel</name>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Hele landet</translation>
    </message>
    <message>
        <source>No figure (suppressed or not published)</source>
        <translation>Intet tal (diskretioneret eller ikke offentliggjort)</translation>
    </message>
    <message>
        <source>Count %1; children aged 0–17: %2</source>
        <translation>Antal %1; børn 0–17 år: %2</translation>
    </message>
    <message>
        <source>Count %1; children and young people aged 0–22: %2</source>
        <translation>Antal %1; børn og unge 0–22 år: %2</translation>
    </message>
</context>
<context>
    <name>KeyFiguresPanel</name>
    <message>
        <source>Choose an engagement to see its municipality&apos;s key figures.</source>
        <translation>Vælg et forløb for at se kommunens nøgletal.</translation>
    </message>
    <message>
        <source>No key figures have been imported for this municipality yet.

Download a table from Statistikbanken (statistikbanken.dk), e.g. UND1 (notifications about children) or ANBAAR (children and young people in care), with the municipality, “Hele landet” and the years you need, and save it as a semicolon-separated CSV file (;). Add FOLK1A with the ages 0–22 to see the figures per 1,000 (children 0–17 for UND1, young people 0–22 for ANBAAR).

Import the files under Reports → Import key figures (Statistics Denmark)…</source>
        <translation>Der er endnu ikke importeret nøgletal for denne kommune.

Hent en tabel i Statistikbanken (statistikbanken.dk), fx UND1 (underretninger vedr. børn) eller ANBAAR (anbragte børn og unge), med kommunen, “Hele landet” og de år, du har brug for, og gem den som semikolonsepareret CSV-fil (;). Tag FOLK1A med alderen 0–22 år med for at se tallene pr. 1.000 (børn 0–17 år for UND1, unge 0–22 år for ANBAAR).

Importér filerne under Rapporter → Importér nøgletal (Danmarks Statistik)…</translation>
    </message>
</context>
<context>
    <name>LegalSetDialog</name>
    <message>
        <source>Change criteria set</source>
        <translation>Skift kriteriesæt</translation>
    </message>
    <message>
        <source>The set is chosen from the cases&apos; decision dates. Choose another one only when the dates mislead, e.g. when most decisions were made under the old law.</source>
        <translation>Sættet vælges ud fra sagernes afgørelsesdatoer. Vælg kun et andet, når datoerne vildleder, fx når de fleste afgørelser er truffet efter den gamle lov.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;New engagement</source>
        <translation>&amp;Nyt forløb</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Åbn database…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sikkerhedskopiér nu</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Gendan en sikkerhedskopi…</translation>
    </message>
    <message>
        <source>E&amp;xport exchange package…</source>
        <translation>E&amp;ksportér udvekslingspakke…</translation>
    </message>
    <message>
        <source>&amp;Import exchange package…</source>
        <translation>&amp;Importér udvekslingspakke…</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>Eksportér &amp;kalender…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Annuller fortryd</translation>
    </message>
    <message>
        <source>&amp;Delete engagement</source>
        <translation>&amp;Slet forløb</translation>
    </message>
    <message>
        <source>&amp;Consultants…</source>
        <translation>&amp;Konsulenter…</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>S&amp;kift bruger…</translation>
    </message>
    <message>
        <source>Case data due for &amp;deletion…</source>
        <translation>Sagsdata til &amp;sletning…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;About Task Force Tracker</source>
        <translation>&amp;Om Task Force Tracker</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Fortryd %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Annuller fortryd %1</translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation>Kan ikke fortryde</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>The language changes the next time you start Task Force Tracker. Quit and start the program again to use it.</source>
        <translation>Sproget skifter, næste gang du starter Task Force Tracker. Afslut og start programmet igen for at bruge det.</translation>
    </message>
    <message>
        <source>The Task Force&apos;s tool for its engagements with municipalities: applications, engagements, case reviews, findings and reports.</source>
        <translation>Task Forcens værktøj til forløbene med kommunerne: ansøgninger, forløb, sagsgennemgange, fund og rapporter.</translation>
    </message>
    <message>
        <source>Database: %1 (schema %2)</source>
        <translation>Database: %1 (skema %2)</translation>
    </message>
    <message>
        <source>About Task Force Tracker</source>
        <translation>Om Task Force Tracker</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Sæt kolonnerne sammen med felterne</translation>
    </message>
    <message>
        <source>Choose the column of the file for each field. Only the case number is required.</source>
        <translation>Vælg filens kolonne til hvert felt. Kun sagsnummeret er påkrævet.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolonne i filen</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Første værdi</translation>
    </message>
    <message>
        <source>The first rows of the file (CPR numbers masked, personal data hidden):</source>
        <translation>Filens første rækker (CPR-numre maskeret, personoplysninger skjult):</translation>
    </message>
    <message>
        <source>— not used —</source>
        <translation>— bruges ikke —</translation>
    </message>
    <message>
        <source>%1 (personal data)</source>
        <translation>%1 (personoplysninger)</translation>
    </message>
    <message>
        <source>Suggested from the column headings.</source>
        <translation>Foreslået ud fra kolonneoverskrifterne.</translation>
    </message>
    <message>
        <source>Remembered from the last import for %1: the file has the same columns.</source>
        <translation>Husket fra sidste import for %1: filen har de samme kolonner.</translation>
    </message>
    <message>
        <source>The columns differ from the last import for %1: the file&apos;s own known headings are used, and the remembered mapping only fills %2.</source>
        <translation>Kolonnerne afviger fra sidste import for %1: filens egne kendte overskrifter bruges, og den huskede kobling udfylder kun %2.</translation>
    </message>
    <message>
        <source>The columns differ from the last import for %1: the file&apos;s own known headings are used instead of the remembered mapping.</source>
        <translation>Kolonnerne afviger fra sidste import for %1: filens egne kendte overskrifter bruges i stedet for den huskede kobling.</translation>
    </message>
    <message>
        <source>Choose the column that holds the case number; it is required.</source>
        <translation>Vælg den kolonne, der indeholder sagsnummeret; den er påkrævet.</translation>
    </message>
</context>
<context>
    <name>MilestoneStatus</name>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Aflyst</translation>
    </message>
</context>
<context>
    <name>MilestoneTable</name>
    <message>
        <source>edit of a milestone&apos;s title</source>
        <translation>redigering af en milepæls titel</translation>
    </message>
    <message>
        <source>edit of a milestone&apos;s phase</source>
        <translation>redigering af en milepæls fase</translation>
    </message>
    <message>
        <source>edit of a milestone&apos;s planned date</source>
        <translation>redigering af en milepæls planlagte dato</translation>
    </message>
    <message>
        <source>edit of a milestone&apos;s actual date</source>
        <translation>redigering af en milepæls faktiske dato</translation>
    </message>
    <message>
        <source>edit of a milestone&apos;s responsible</source>
        <translation>skift af ansvarlig for en milepæl</translation>
    </message>
    <message>
        <source>edit of a milestone&apos;s status</source>
        <translation>redigering af en milepæls status</translation>
    </message>
    <message>
        <source>edit of a milestone&apos;s note</source>
        <translation>redigering af en milepæls note</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milepæl</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Overdue: the date has passed and the milestone is still planned.</source>
        <translation>Overskredet: datoen er passeret, og milepælen er stadig planlagt.</translation>
    </message>
</context>
<context>
    <name>MilestonesPanel</name>
    <message>
        <source>&amp;Add milestone</source>
        <translation>&amp;Tilføj milepæl</translation>
    </message>
    <message>
        <source>Delete milestone</source>
        <translation>Slet milepæl</translation>
    </message>
    <message>
        <source>&amp;Generate plan</source>
        <translation>&amp;Generér plan</translation>
    </message>
    <message>
        <source>Add the standard 24-month plan from the start date</source>
        <translation>Tilføj standardplanen på 24 måneder fra startdatoen</translation>
    </message>
    <message>
        <source>Move start date…</source>
        <translation>Flyt startdato…</translation>
    </message>
    <message>
        <source>No plan yet. Generate the 24-month plan from the start date.</source>
        <translation>Ingen plan endnu. Generér planen på 24 måneder fra startdatoen.</translation>
    </message>
    <message>
        <source>No plan yet. Give the engagement a start date to generate its plan.</source>
        <translation>Ingen plan endnu. Giv forløbet en startdato for at danne planen.</translation>
    </message>
    <message>
        <source>%1 milestones, %2 done</source>
        <translation>%1 milepæle, %2 gennemført</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Ny milepæl</translation>
    </message>
    <message>
        <source>new milestone</source>
        <translation>ny milepæl</translation>
    </message>
    <message>
        <source>Delete the milestone “%1”?</source>
        <translation>Slet milepælen “%1”?</translation>
    </message>
    <message>
        <source>deletion of a milestone</source>
        <translation>sletning af en milepæl</translation>
    </message>
    <message>
        <source>generation of the plan</source>
        <translation>generering af planen</translation>
    </message>
    <message>
        <source>move of the start date</source>
        <translation>flytning af startdatoen</translation>
    </message>
</context>
<context>
    <name>MomentField</name>
    <message>
        <source>hh:mm</source>
        <translation>tt:mm</translation>
    </message>
</context>
<context>
    <name>NewRoundDialog</name>
    <message>
        <source>New review round</source>
        <translation>Ny gennemgangsrunde</translation>
    </message>
    <message>
        <source>Empty: the kind&apos;s name</source>
        <translation>Tom: typens navn</translation>
    </message>
    <message>
        <source>Copy the setup from “%1”</source>
        <translation>Kopiér opsætning fra “%1”</translation>
    </message>
    <message>
        <source>Criteria sets, sampling method and size; no cases and no answers.</source>
        <translation>Kriteriesæt, udtræksmetode og størrelse; ingen sager og ingen svar.</translation>
    </message>
    <message>
        <source>Copy the setup from an earlier round</source>
        <translation>Kopiér opsætning fra en tidligere runde</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;From round:</source>
        <translation>&amp;Fra runde:</translation>
    </message>
</context>
<context>
    <name>NoteTable</name>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skrevet</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <source>(an assessment)</source>
        <translation>(en vurdering)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Løs</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Genåbn</translation>
    </message>
    <message>
        <source>A review comment (never CPR numbers or children&apos;s names)</source>
        <translation>En kommentar til gennemgangen (aldrig CPR-numre eller børns navne)</translation>
    </message>
    <message>
        <source>&amp;Add comment</source>
        <translation>&amp;Tilføj kommentar</translation>
    </message>
    <message>
        <source>Mark round ready for report</source>
        <translation>Markér runde klar til rapport</translation>
    </message>
    <message>
        <source>Ro&amp;und:</source>
        <translation>R&amp;unde:</translation>
    </message>
    <message>
        <source>(deleted finding)</source>
        <translation>(slettet fund)</translation>
    </message>
    <message>
        <source>New comments go to the finding “%1”.</source>
        <translation>Nye kommentarer knyttes til fundet “%1”.</translation>
    </message>
    <message>
        <source>Select a finding to comment on it.</source>
        <translation>Vælg et fund for at kommentere det.</translation>
    </message>
    <message>
        <source>new comment</source>
        <translation>ny kommentar</translation>
    </message>
    <message>
        <source>round marked ready for report</source>
        <translation>runde markeret klar til rapport</translation>
    </message>
    <message>
        <source>The round “%1” is ready for the report.</source>
        <translation>Runden “%1” er klar til rapport.</translation>
    </message>
    <message>
        <source>resolution of a comment</source>
        <translation>løsning af en kommentar</translation>
    </message>
    <message>
        <source>reopening of a comment</source>
        <translation>genåbning af en kommentar</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>All regions</source>
        <translation>Alle regioner</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Alle faser</translation>
    </message>
    <message>
        <source>Any health</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Search municipality, milestone, team…</source>
        <translation>Søg på kommune, milepæl, team…</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Vis &amp;alle</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Consultant:</source>
        <translation>&amp;Konsulent:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>&amp;Health:</source>
        <translation>S&amp;undhed:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>S&amp;øg:</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <source>Health rule:</source>
        <translation>Sundhedsregel:</translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation>Alle konsulenter</translation>
    </message>
    <message>
        <source>%1 of %2 engagements</source>
        <translation>%1 af %2 forløb</translation>
    </message>
</context>
<context>
    <name>OverviewTable</name>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Næste milepæl</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Month of the 24-month plan today, counted from the start date</source>
        <translation>Måned i den 24 måneder lange plan i dag, regnet fra startdatoen</translation>
    </message>
    <message>
        <source>Open milestones past their planned date</source>
        <translation>Åbne milepæle, hvis planlagte dato er overskredet</translation>
    </message>
</context>
<context>
    <name>PackageCountsModel</name>
    <message>
        <source>Records with at least one field changed differently on both sides</source>
        <translation>Poster med mindst ét felt, der er ændret forskelligt på begge sider</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
</context>
<context>
    <name>PagedWindow</name>
    <message>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <source>My deadlines</source>
        <translation>Mine frister</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Ansøgninger</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Case review</source>
        <translation>Sagsgennemgang</translation>
    </message>
    <message>
        <source>Findings and recommendations</source>
        <translation>Fund og anbefalinger</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Adgangsfrase</translation>
    </message>
    <message>
        <source>The package %1 is encrypted. Type the passphrase the sender gave you.</source>
        <translation>Pakken %1 er krypteret. Skriv den adgangsfrase, afsenderen har givet dig.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Adgangsfrase:</translation>
    </message>
</context>
<context>
    <name>Pejlemaerke</name>
    <message>
        <source>Professional assessment</source>
        <translation>Faglig udredning</translation>
    </message>
    <message>
        <source>Choice of measure</source>
        <translation>Valg af indsats</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation>Inddragelse</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Start-up</source>
        <translation>Opstart</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Afrapportering</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Udvikling</translation>
    </message>
    <message>
        <source>Status measurement</source>
        <translation>Statusmåling</translation>
    </message>
    <message>
        <source>Status report</source>
        <translation>Statusrapport</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afsluttet</translation>
    </message>
</context>
<context>
    <name>PhaseChangeDialog</name>
    <message>
        <source>Change phase</source>
        <translation>Skift fase</translation>
    </message>
    <message>
        <source>Current phase:</source>
        <translation>Nuværende fase:</translation>
    </message>
    <message>
        <source>&amp;New phase:</source>
        <translation>&amp;Ny fase:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
</context>
<context>
    <name>PhasesPanel</name>
    <message>
        <source>Change phase…</source>
        <translation>Skift fase…</translation>
    </message>
    <message>
        <source>A phase change ends the current phase and starts the next on the date you give. It is kept in the engagement&apos;s history and cannot be undone; correct a mistake with another phase change.</source>
        <translation>Et faseskift afslutter den nuværende fase og starter den næste på den dato, du angiver. Det gemmes i forløbets historik og kan ikke fortrydes; ret en fejl med et nyt faseskift.</translation>
    </message>
    <message>
        <source>Current phase: %1</source>
        <translation>Nuværende fase: %1</translation>
    </message>
    <message>
        <source>phase change to %1</source>
        <translation>faseskift til %1</translation>
    </message>
    <message>
        <source>A phase change cannot be undone: it is part of the engagement&apos;s history. Correct it with another phase change on the Phases tab.</source>
        <translation>Et faseskift kan ikke fortrydes: det er en del af forløbets historik. Ret det med et nyt faseskift under fanen Faser.</translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Sagsnummer</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ProgressRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullerer…</translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation>Gemmer…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Læser filen…</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Kontrollerer rækkerne…</translation>
    </message>
</context>
<context>
    <name>ProposalTable</name>
    <message>
        <source>Proposed finding</source>
        <translation>Foreslået fund</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvor</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Spor</translation>
    </message>
    <message>
        <source>Requirement met</source>
        <translation>Kravet opfyldt</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Sager</translation>
    </message>
    <message>
        <source>Already a finding: %1</source>
        <translation>Findes allerede som fund: %1</translation>
    </message>
</context>
<context>
    <name>ProposeFindingsDialog</name>
    <message>
        <source>Propose findings</source>
        <translation>Foreslå fund</translation>
    </message>
    <message>
        <source>Propose a finding for each requirement met in fewer cases than this</source>
        <translation>Foreslå et fund for hvert krav, der er opfyldt i færre sager end dette</translation>
    </message>
    <message>
        <source>&amp;Show proposals</source>
        <translation>&amp;Vis forslag</translation>
    </message>
    <message>
        <source>Create ticked findings</source>
        <translation>Opret afkrydsede fund</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Runde:</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>&amp;Tærskel:</translation>
    </message>
    <message>
        <source>Choose a round and a threshold, then show proposals.</source>
        <translation>Vælg en runde og en tærskel, og vis så forslagene.</translation>
    </message>
    <message>
        <source>%1 proposals, %2 ticked</source>
        <translation>%1 forslag, %2 afkrydset</translation>
    </message>
</context>
<context>
    <name>ReadyForReport</name>
    <message>
        <source>The round is signed off. Mark it ready for report before the sign-off: the order is review, ready for report, then sign-off. Unlock the round with a reason to mark it now.</source>
        <translation>Runden er godkendt. Klar til rapport markeres før godkendelsen: rækkefølgen er gennemgang, klar til rapport og så godkendelse. Lås runden op med en begrundelse for at markere den nu.</translation>
    </message>
    <message>
        <source>The round is already ready for report; the sign-off comes next.</source>
        <translation>Runden er allerede klar til rapport; godkendelsen er næste skridt.</translation>
    </message>
</context>
<context>
    <name>ReasonDelegate</name>
    <message>
        <source>Type, then Enter saves (Esc cancels)</source>
        <translation>Skriv; Enter gemmer (Esc fortryder)</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Replace case</source>
        <translation>Erstat sag</translation>
    </message>
    <message>
        <source>Case %1 is replaced by the next case of the seeded draw. Why? (e.g. the file cannot be found, the case is outside the scope). Never write CPR numbers or names.</source>
        <translation>Sag %1 erstattes af den næste sag i det seedede udtræk. Hvorfor? (fx kan akten ikke findes, eller sagen ligger uden for det, der gennemgås). Skriv aldrig CPR-numre eller navne.</translation>
    </message>
</context>
<context>
    <name>RecommendationPanel</name>
    <message>
        <source>The selected finding&apos;s</source>
        <translation>Det valgte funds</translation>
    </message>
    <message>
        <source>Without a finding</source>
        <translation>Uden fund</translation>
    </message>
    <message>
        <source>All in the engagement</source>
        <translation>Alle i forløbet</translation>
    </message>
    <message>
        <source>&amp;New recommendation</source>
        <translation>&amp;Ny anbefaling</translation>
    </message>
    <message>
        <source>Delete recommendation</source>
        <translation>Slet anbefaling</translation>
    </message>
    <message>
        <source>New &amp;status…</source>
        <translation>Ny &amp;status…</translation>
    </message>
    <message>
        <source>e.g. head of the children and family unit</source>
        <translation>fx afdelingsleder, Børn og Familie</translation>
    </message>
    <message>
        <source>Save recommendation</source>
        <translation>Gem anbefaling</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Fortryd ændringer</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>&amp;Recommendation:</source>
        <translation>&amp;Anbefaling:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>An&amp;svarlig:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>&amp;Milestone:</source>
        <translation>&amp;Milepæl:</translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation>F&amp;und:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>new recommendation</source>
        <translation>ny anbefaling</translation>
    </message>
    <message>
        <source>edit of a recommendation</source>
        <translation>redigering af en anbefaling</translation>
    </message>
    <message>
        <source>Delete the recommendation “%1”? Undo brings it back.</source>
        <translation>Slet anbefalingen “%1”? Fortryd henter den tilbage.</translation>
    </message>
    <message>
        <source>deletion of a recommendation</source>
        <translation>sletning af en anbefaling</translation>
    </message>
    <message>
        <source>status change of a recommendation</source>
        <translation>statusændring af en anbefaling</translation>
    </message>
    <message>
        <source>the new recommendation</source>
        <translation>den nye anbefaling</translation>
    </message>
    <message>
        <source>the recommendation “%1”</source>
        <translation>anbefalingen “%1”</translation>
    </message>
    <message>
        <source>— no milestone —</source>
        <translation>— ingen milepæl —</translation>
    </message>
    <message>
        <source>— no finding (standalone) —</source>
        <translation>— intet fund (selvstændig) —</translation>
    </message>
    <message>
        <source>Choose an engagement or select a finding.</source>
        <translation>Vælg et forløb, eller vælg et fund.</translation>
    </message>
    <message>
        <source>Selected finding: %1</source>
        <translation>Valgt fund: %1</translation>
    </message>
    <message>
        <source>No finding selected.</source>
        <translation>Intet fund valgt.</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>Ny anbefaling</translation>
    </message>
    <message>
        <source>No engagement chosen</source>
        <translation>Intet forløb valgt</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Anbefaling</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overskredet</translation>
    </message>
</context>
<context>
    <name>RecommendationStatus</name>
    <message>
        <source>Not started</source>
        <translation>Ikke påbegyndt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Opgivet</translation>
    </message>
</context>
<context>
    <name>RecommendationTable</name>
    <message>
        <source>due today</source>
        <translation>frist i dag</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>%1 dage tilbage</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>%1 dage over</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Anbefaling</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milepæl</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
</context>
<context>
    <name>RecommendationTracker</name>
    <message>
        <source>All open</source>
        <translation>Alle åbne</translation>
    </message>
    <message>
        <source>Search recommendation, owner, finding…</source>
        <translation>Søg i anbefaling, ansvarlig, fund…</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommune:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>S&amp;øg:</translation>
    </message>
    <message>
        <source>Overdue recommendations come first, in red. Double-click a row to open its engagement.</source>
        <translation>Overskredne anbefalinger står først, med rødt. Dobbeltklik på en række for at åbne forløbet.</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle kommuner</translation>
    </message>
    <message>
        <source>%1 open, %2 overdue</source>
        <translation>%1 åbne, %2 overskredet</translation>
    </message>
</context>
<context>
    <name>RecordCountsModel</name>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Poster</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
</context>
<context>
    <name>ReportLineTableModel</name>
    <message>
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Sagsnummer</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Check the rows</source>
        <translation>Kontrollér rækkerne</translation>
    </message>
    <message>
        <source>Nothing is stored until you choose Import. Refused rows are not imported.</source>
        <translation>Intet gemmes, før du vælger Importér. Afviste rækker importeres ikke.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <source>%1 rows read: %2 can be imported, %3 refused or skipped.</source>
        <translation>%1 rækker læst: %2 kan importeres, %3 er afvist eller sprunget over.</translation>
    </message>
    <message>
        <source>No row can be imported.</source>
        <translation>Ingen rækker kan importeres.</translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <source>Cover page</source>
        <translation>Forside</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammenfatning</translation>
    </message>
    <message>
        <source>Phases and milestones</source>
        <translation>Faser og milepæle</translation>
    </message>
    <message>
        <source>Sampling note</source>
        <translation>Notat om stikprøven</translation>
    </message>
    <message>
        <source>Results of the case review</source>
        <translation>Resultater af sagsgennemgangen</translation>
    </message>
    <message>
        <source>Findings and recommendations</source>
        <translation>Fund og anbefalinger</translation>
    </message>
    <message>
        <source>Key figures from Statistics Denmark</source>
        <translation>Nøgletal fra Danmarks Statistik</translation>
    </message>
    <message>
        <source>Appendix: sampled cases and answers</source>
        <translation>Bilag: Sager i stikprøven og svar</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>&amp;Engagement:</source>
        <translation>&amp;Forløb:</translation>
    </message>
    <message>
        <source>Status report (PDF)…</source>
        <translation>Statusrapport (PDF)…</translation>
    </message>
    <message>
        <source>Write report…</source>
        <translation>Skriv rapport…</translation>
    </message>
    <message>
        <source>Workbook for the engagement (Excel)…</source>
        <translation>Regneark for forløbet (Excel)…</translation>
    </message>
    <message>
        <source>Portfolio overview (Excel)…</source>
        <translation>Porteføljeoversigt (Excel)…</translation>
    </message>
    <message>
        <source>Load returned workbook…</source>
        <translation>Indlæs returneret regneark…</translation>
    </message>
    <message>
        <source>Import key figures (Statistics Denmark)…</source>
        <translation>Importér nøgletal (Danmarks Statistik)…</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>Eksportér kalender…</translation>
    </message>
    <message>
        <source>For the municipality</source>
        <translation>Til kommunen</translation>
    </message>
    <message>
        <source>The engagement&apos;s status as a PDF, with the sections you choose.</source>
        <translation>Forløbets status som PDF med de afsnit, du vælger.</translation>
    </message>
    <message>
        <source>The analysis report or status report: the consultants&apos; own text around the figures, saved as you type.</source>
        <translation>Analyserapporten eller statusrapporten: konsulenternes egen tekst om tallene, gemt mens du skriver.</translation>
    </message>
    <message>
        <source>The workbook the municipality sent back with Status and Note filled in: see the changes before they are applied.</source>
        <translation>Regnearket, som kommunen har sendt tilbage med Status og Note udfyldt: se ændringerne, før de anvendes.</translation>
    </message>
    <message>
        <source>For colleagues</source>
        <translation>Til kolleger</translation>
    </message>
    <message>
        <source>Milestones, sample, answers, results, findings and recommendations.</source>
        <translation>Milepæle, stikprøve, svar, resultater, fund og anbefalinger.</translation>
    </message>
    <message>
        <source>Every engagement side by side, with all assessments.</source>
        <translation>Alle forløb side om side med alle vurderinger.</translation>
    </message>
    <message>
        <source>Milestones, status meetings and due dates of recommendations as a calendar file for Outlook (no case data).</source>
        <translation>Milepæle, statusmøder og anbefalingernes frister som en kalenderfil til Outlook (uden sagsdata).</translation>
    </message>
    <message>
        <source>Statistics Denmark</source>
        <translation>Danmarks Statistik</translation>
    </message>
    <message>
        <source>A CSV file from Statistikbanken: UND1, ANBAAR, FOLK1A and others.</source>
        <translation>En CSV-fil fra Statistikbanken: UND1, ANBAAR, FOLK1A m.fl.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Nøgletal</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Key figures for %1</source>
        <translation>Nøgletal for %1</translation>
    </message>
    <message>
        <source>Status report %1 %2</source>
        <translation>Statusrapport %1 %2</translation>
    </message>
    <message>
        <source>Save the status report</source>
        <translation>Gem statusrapporten</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Workbook %1 %2</source>
        <translation>Regneark %1 %2</translation>
    </message>
    <message>
        <source>Save the engagement&apos;s workbook</source>
        <translation>Gem forløbets regneark</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-regneark (*.xlsx)</translation>
    </message>
    <message>
        <source>Portfolio overview %1</source>
        <translation>Porteføljeoversigt %1</translation>
    </message>
    <message>
        <source>Save the portfolio overview</source>
        <translation>Gem porteføljeoversigten</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Intet blev gemt.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gemt: %1</translation>
    </message>
    <message>
        <source>Saved as %1.

Open the folder?</source>
        <translation>Gemt som %1.

Vil du åbne mappen?</translation>
    </message>
    <message>
        <source>Choose the returned workbook</source>
        <translation>Vælg det returnerede regneark</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel-regneark (*.xlsx);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>ResultTable</name>
    <message>
        <source>Both laws (total)</source>
        <translation>Begge love (i alt)</translation>
    </message>
    <message>
        <source>Children&apos;s Act</source>
        <translation>Barnets lov</translation>
    </message>
    <message>
        <source>Social Services Act</source>
        <translation>Serviceloven</translation>
    </message>
    <message>
        <source>Not comparable: %1</source>
        <translation>Ikke sammenlignelig: %1</translation>
    </message>
    <message>
        <source>No cases to compute an interval</source>
        <translation>Ingen sager at beregne et interval af</translation>
    </message>
    <message>
        <source>95 % interval (Wilson): %1 – %2</source>
        <translation>95 %-interval (Wilson): %1 – %2</translation>
    </message>
    <message>
        <source>q1 %1 · q2 %2 · q3 %3 · q4 %4 (share at q3–q4)</source>
        <translation>q1 %1 · q2 %2 · q3 %3 · q4 %4 (andel på q3–q4)</translation>
    </message>
    <message>
        <source>Left out of n: %1 not relevant, %2 cannot be assessed, %3 unanswered</source>
        <translation>Ikke med i n: %1 ikke relevant, %2 kan ikke vurderes, %3 ubesvaret</translation>
    </message>
    <message>
        <source>Nothing left out of n</source>
        <translation>Intet er holdt uden for n</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Lov</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Bestemmelse</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Status measurement</source>
        <translation>Statusmåling</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>Børnesagsbarometret</source>
        <translation>Børnesagsbarometret</translation>
    </message>
    <message>
        <source>Met in x of n cases; n leaves out Not relevant and Cannot be assessed. Quality points: cases at Sufficient or Good.</source>
        <translation>Opfyldt i x af n sager; n tæller ikke Ikke relevant og Kan ikke vurderes med. Pejlemærker (socialfaglige): sager vurderet Tilstrækkelig eller God.</translation>
    </message>
    <message>
        <source>Børnesagsbarometret (Ankestyrelsen)</source>
        <translation>Børnesagsbarometret (Ankestyrelsen)</translation>
    </message>
    <message>
        <source>Each case is judged by the law in force on its decision date; a requirement judged under both laws shows the total and then each law with its own n.</source>
        <translation>Hver sag vurderes efter den lov, der gjaldt på afgørelsesdatoen; et krav, der er vurderet efter begge love, viser det samlede tal og derefter hver lov med sit eget n.</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Spor</translation>
    </message>
    <message>
        <source>Pejlemærke</source>
        <translation>Pejlemærke</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridisk</translation>
    </message>
    <message>
        <source>Social-work</source>
        <translation>Socialfaglig</translation>
    </message>
    <message>
        <source>Not comparable</source>
        <translation>Ikke sammenlignelig</translation>
    </message>
    <message>
        <source>One of its requirements differs in substance between the rounds&apos; laws; see the requirements above.</source>
        <translation>Et af kravene er forskelligt i indhold efter de to runders love; se kravene ovenfor.</translation>
    </message>
</context>
<context>
    <name>ResultsChart</name>
    <message>
        <source>Legal requirements: share met (%)</source>
        <translation>Juridiske krav: andel opfyldt (%)</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Status measurement</source>
        <translation>Statusmåling</translation>
    </message>
    <message>
        <source>Børnesagsbarometret</source>
        <translation>Børnesagsbarometret</translation>
    </message>
    <message>
        <source>Requirement %1…</source>
        <translation>Krav %1…</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source> (* not comparable between the rounds&apos; laws)</source>
        <translation> (* ikke sammenligneligt mellem rundernes love)</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>x of n: met in x of the n cases where the requirement could be judged; n leaves out Not relevant and Cannot be assessed. Quality points count the cases at Sufficient or Good. Pejlemærke figures pool case-requirement pairs, not cases, so their intervals are a guide only. Hover a figure for its 95 % interval.</source>
        <translation>x af n: opfyldt i x af de n sager, hvor kravet kunne vurderes; n tæller ikke Ikke relevant og Kan ikke vurderes med. Socialfaglige pejlemærker tæller sager vurderet Tilstrækkelig eller God. Tal pr. pejlemærke lægger sag-krav-par sammen (ikke sager), så deres intervaller er kun vejledende. Hold musen over et tal for dets 95 %-interval.</translation>
    </message>
    <message>
        <source>Choose an engagement to see its review results.</source>
        <translation>Vælg et forløb for at se resultaterne af dets sagsgennemgange.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>Resultater: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>endnu ingen</translation>
    </message>
    <message>
        <source>Analysis: %1 · Status measurement: %2</source>
        <translation>Analyse: %1 · Statusmåling: %2</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Case data due for deletion</source>
        <translation>Sagsdata til sletning</translation>
    </message>
    <message>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <source>Save period</source>
        <translation>Gem periode</translation>
    </message>
    <message>
        <source>Retention period after the actual end:</source>
        <translation>Opbevaringsperiode efter den faktiske slutdato:</translation>
    </message>
    <message>
        <source>Show only engagements whose case data is due</source>
        <translation>Vis kun forløb, hvis sagsdata skal slettes nu</translation>
    </message>
    <message>
        <source>Delete early (the municipality asked for it, or the data should never have been here)</source>
        <translation>Slet før tid (kommunen har bedt om det, eller data skulle aldrig have været her)</translation>
    </message>
    <message>
        <source>Required for an early deletion</source>
        <translation>Skal udfyldes ved sletning før tid</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begrundelse:</translation>
    </message>
    <message>
        <source>Delete case data…</source>
        <translation>Slet sagsdata…</translation>
    </message>
    <message>
        <source>Backups made before the deletion</source>
        <translation>Sikkerhedskopier fra før sletningen</translation>
    </message>
    <message>
        <source>These backups were made before case data was deleted and still hold it: restoring one of them would bring the case data back. Delete them here, or open their folder and delete them there.</source>
        <translation>Disse sikkerhedskopier blev lavet før sletningen og indeholder stadig de slettede sagsdata: gendannes en af dem, kommer sagsdata tilbage. Slet dem her, eller åbn mappen og slet dem der.</translation>
    </message>
    <message>
        <source>Delete these backups…</source>
        <translation>Slet disse sikkerhedskopier…</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Åbn mappen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Case lists, sampled cases, assessments and their notes and history are personal data about children. They are kept for %1 years after the engagement&apos;s actual end and must then be deleted. Results per requirement and pejlemærke, findings, recommendations and written reports stay.</source>
        <translation>Sagslister, udtrukne sager, vurderinger og deres noter og historik er personoplysninger om børn. De opbevares i %1 år efter forløbets faktiske slutdato og skal derefter slettes. Resultater pr. krav og pejlemærke, fund, anbefalinger og skrevne rapporter bevares.</translation>
    </message>
    <message>
        <source>No engagement has case data due for deletion today. Untick the box above to see every engagement and when its case data becomes due.</source>
        <translation>Ingen forløb har sagsdata, der skal slettes i dag. Fjern fluebenet ovenfor for at se alle forløb, og hvornår deres sagsdata skal slettes.</translation>
    </message>
    <message>
        <source>You are a team lead and may change the period.</source>
        <translation>Du er teamleder og kan ændre perioden.</translation>
    </message>
    <message>
        <source>Only a team lead can change the period.</source>
        <translation>Kun en teamleder kan ændre perioden.</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Opbevaringsperiode</translation>
    </message>
    <message>
        <source>Choose who you are first (Edit &gt; Switch user…): only a team lead can change the retention period. Nothing was changed.</source>
        <translation>Vælg først, hvem du er (Rediger &gt; Skift bruger…): kun en teamleder kan ændre opbevaringsperioden. Intet er ændret.</translation>
    </message>
    <message>
        <source>The retention period is now %1 years after an engagement&apos;s actual end.</source>
        <translation>Opbevaringsperioden er nu %1 år efter et forløbs faktiske slutdato.</translation>
    </message>
    <message>
        <source>Delete case data</source>
        <translation>Slet sagsdata</translation>
    </message>
    <message>
        <source>Choose the engagement whose case data should be deleted.</source>
        <translation>Vælg det forløb, hvis sagsdata skal slettes.</translation>
    </message>
    <message>
        <source>Deleting case data…</source>
        <translation>Sletter sagsdata…</translation>
    </message>
    <message>
        <source>An early deletion needs a reason: write in the Reason field why the case data is deleted now (for example that the municipality asked for it). Nothing was deleted.</source>
        <translation>En sletning før tid kræver en begrundelse: skriv i feltet Begrundelse, hvorfor sagsdata slettes nu (fx at kommunen har bedt om det). Intet er slettet.</translation>
    </message>
    <message>
        <source>%1 has no case data to delete.</source>
        <translation>%1 har ingen sagsdata at slette.</translation>
    </message>
    <message>
        <source>The engagement %1 has not ended, so its case data is not due for deletion. To delete it early, tick Delete early and write a reason. Nothing was deleted.</source>
        <translation>Forløbet %1 er ikke afsluttet, så dets sagsdata skal ikke slettes endnu. Skal de slettes før tid, så sæt flueben ved Slet før tid og skriv en begrundelse. Intet er slettet.</translation>
    </message>
    <message>
        <source>The case data of %1 is due for deletion on %2 (%3 years after the engagement ended on %4). To delete it early, tick Delete early and write a reason. Nothing was deleted.</source>
        <translation>Sagsdata for %1 skal først slettes %2 (%3 år efter forløbets afslutning %4). Skal de slettes før tid, så sæt flueben ved Slet før tid og skriv en begrundelse. Intet er slettet.</translation>
    </message>
    <message>
        <source>Deleted: %1 case lists with %2 cases, %3 sampled cases, %4 assessments, %5 review notes and %6 links from findings to cases, with their history. A case number left in a text that stays is replaced by %7.</source>
        <translation>Slettes: %1 sagslister med %2 sager, %3 udtrukne sager, %4 vurderinger, %5 noter og %6 henvisninger fra fund til sager, med deres historik. Et sagsnummer i en tekst, der bevares, erstattes af %7.</translation>
    </message>
    <message>
        <source>Kept: the results per requirement and pejlemærke, findings, recommendations, key figures and the written reports.</source>
        <translation>Bevares: resultaterne pr. krav og pejlemærke, fund, anbefalinger, nøgletal og de skrevne rapporter.</translation>
    </message>
    <message>
        <source>The deletion cannot be undone. It travels in exchange packages: a colleague who imports a package from this database has the case data deleted too, and an older package never brings it back. It is recorded with the time and your name.</source>
        <translation>Sletningen kan ikke fortrydes. Den følger med i udvekslingspakker: en kollega, der indlæser en pakke fra denne database, får også sagsdata slettet, og en ældre pakke bringer dem aldrig tilbage. Sletningen registreres med tidspunkt og dit navn.</translation>
    </message>
    <message>
        <source>Delete the case data of %1?</source>
        <translation>Slet sagsdata for %1?</translation>
    </message>
    <message>
        <source>Early deletion. Reason: %1</source>
        <translation>Sletning før tid. Begrundelse: %1</translation>
    </message>
    <message>
        <source>The case data of %1 was deleted: %2 cases and %3 assessments.</source>
        <translation>Sagsdata for %1 er slettet: %2 sager og %3 vurderinger.</translation>
    </message>
    <message>
        <source>%1 backups made before the deletion still hold the case data. They are listed at the bottom of this window: delete them there, or open their folder.</source>
        <translation>Antal sikkerhedskopier fra før sletningen, som stadig indeholder sagsdata: %1. De står nederst i vinduet: slet dem der, eller åbn deres mappe.</translation>
    </message>
    <message>
        <source>Delete backups</source>
        <translation>Slet sikkerhedskopier</translation>
    </message>
    <message>
        <source>Delete %1 backups made before the deletion? They still hold the deleted case data. This cannot be undone.</source>
        <translation>Slet sikkerhedskopierne fra før sletningen (antal: %1)? De indeholder stadig de slettede sagsdata. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>These backups could not be deleted: %1. Close any program using them and try again, or delete them in their folder.</source>
        <translation>Disse sikkerhedskopier kunne ikke slettes: %1. Luk programmer, der bruger dem, og prøv igen, eller slet dem i deres mappe.</translation>
    </message>
    <message>
        <source>%1 backups were deleted.</source>
        <translation>Sikkerhedskopier slettet: %1.</translation>
    </message>
</context>
<context>
    <name>RetentionTableModel</name>
    <message>
        <source>Deleted %1 by %2</source>
        <translation>Slettet %1 af %2</translation>
    </message>
    <message>
        <source>No case data</source>
        <translation>Ingen sagsdata</translation>
    </message>
    <message>
        <source>Due for deletion</source>
        <translation>Til sletning</translation>
    </message>
    <message>
        <source>Not ended</source>
        <translation>Ikke afsluttet</translation>
    </message>
    <message>
        <source>Not due yet</source>
        <translation>Ikke til sletning endnu</translation>
    </message>
    <message>
        <source>about %1 (from the planned end)</source>
        <translation>ca. %1 (ud fra planlagt slut)</translation>
    </message>
    <message>
        <source>after the engagement ends</source>
        <translation>når forløbet er afsluttet</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Faktisk slut</translation>
    </message>
    <message>
        <source>Case data due for deletion</source>
        <translation>Sagsdata slettes</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Sager</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Vurderinger</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ReturnedDialog</name>
    <message>
        <source>Load returned workbook</source>
        <translation>Indlæs returneret regneark</translation>
    </message>
    <message>
        <source>The municipality fills in Status and Note on the Anbefalinger sheet of the engagement&apos;s workbook. Nothing changes until you choose Apply changes.</source>
        <translation>Kommunen udfylder Status og Note på arket Anbefalinger i forløbets regneark. Intet ændres, før du vælger Anvend ændringer.</translation>
    </message>
    <message>
        <source>The municipality fills in Status and Note on the Anbefalinger sheet of the workbook for %1. Nothing changes until you choose Apply changes.</source>
        <translation>Kommunen udfylder Status og Note på arket Anbefalinger i regnearket for %1. Intet ændres, før du vælger Anvend ændringer.</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Ingen fil valgt.</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Vælg &amp;fil…</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ændringer</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>Apply only the valid rows (skip the rows with problems)</source>
        <translation>Anvend kun de gyldige rækker (spring rækkerne med problemer over)</translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation>&amp;Anvend ændringer</translation>
    </message>
    <message>
        <source>Choose the returned workbook</source>
        <translation>Vælg det returnerede regneark</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel-regneark (*.xlsx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <source>Reading the returned workbook</source>
        <translation>Læser det returnerede regneark</translation>
    </message>
    <message>
        <source>The file could not be used; nothing was changed. Choose another file.</source>
        <translation>Filen kunne ikke bruges; intet er ændret. Vælg en anden fil.</translation>
    </message>
    <message>
        <source>Applying the returned workbook</source>
        <translation>Anvender det returnerede regneark</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Intet er ændret.</translation>
    </message>
    <message>
        <source>Applied: %1 recommendation(s) changed, %2 unchanged, %3 row(s) with problems skipped. The changes are in each recommendation&apos;s history.</source>
        <translation>Anvendt: %1 anbefaling(er) ændret, %2 uden ændring, %3 række(r) med problemer sprunget over. Ændringerne står i hver anbefalings historik.</translation>
    </message>
    <message>
        <source>Nothing to change: every status in the workbook is already recorded.</source>
        <translation>Intet at ændre: alle status i regnearket er allerede registreret.</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Ændringer (%1)</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemer (%1)</translation>
    </message>
    <message>
        <source>Choose the workbook the municipality sent back.</source>
        <translation>Vælg det regneark, kommunen har sendt tilbage.</translation>
    </message>
    <message>
        <source>%1, exported %2: %3 change(s), %4 unchanged, %5 problem(s).</source>
        <translation>%1, eksporteret %2: %3 ændring(er), %4 uden ændring, %5 problem(er).</translation>
    </message>
    <message>
        <source>Nothing is applied while the workbook has problems: fix them in the workbook and load it again, or apply only the valid rows.</source>
        <translation>Intet anvendes, så længe regnearket har problemer: ret dem i regnearket, og indlæs det igen, eller anvend kun de gyldige rækker.</translation>
    </message>
</context>
<context>
    <name>ReturnedTable</name>
    <message>
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Anbefaling</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;oter:</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
</context>
<context>
    <name>RoundLabels</name>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Status measurement</source>
        <translation>Statusmåling</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Simple random</source>
        <translation>Simpel tilfældig</translation>
    </message>
    <message>
        <source>Systematic</source>
        <translation>Systematisk</translation>
    </message>
    <message>
        <source>Systematic (case-number order)</source>
        <translation>Systematisk (sagsnummerorden)</translation>
    </message>
    <message>
        <source>Stratified</source>
        <translation>Stratificeret</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>Ready for report</source>
        <translation>Klar til rapport</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Godkendt</translation>
    </message>
    <message>
        <source>In the sample</source>
        <translation>I stikprøven</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indsats</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Sagstype</translation>
    </message>
</context>
<context>
    <name>RoundStatus</name>
    <message>
        <source>open</source>
        <translation>åben</translation>
    </message>
    <message>
        <source>ready for report</source>
        <translation>klar til rapport</translation>
    </message>
    <message>
        <source>signed off</source>
        <translation>godkendt</translation>
    </message>
</context>
<context>
    <name>RoundTable</name>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Criteria set</source>
        <translation>Kriteriesæt</translation>
    </message>
    <message>
        <source>Cut-off date</source>
        <translation>Skæringsdato</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed (startværdi)</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Stikprøve</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>RoundsPanel</name>
    <message>
        <source>New round…</source>
        <translation>Ny runde…</translation>
    </message>
    <message>
        <source>Draw sample…</source>
        <translation>Udtræk stikprøve…</translation>
    </message>
    <message>
        <source>Replace case…</source>
        <translation>Erstat sag…</translation>
    </message>
    <message>
        <source>Replace the case selected in the sample below</source>
        <translation>Erstat den sag, der er valgt i stikprøven nedenfor</translation>
    </message>
    <message>
        <source>Change criteria set…</source>
        <translation>Skift kriteriesæt…</translation>
    </message>
    <message>
        <source>The date the review looks at: follow-ups and supervision visits are counted up to it. Empty: today.</source>
        <translation>Den dato, gennemgangen ser på: opfølgninger og tilsynsbesøg tælles med frem til den. Tom: dags dato.</translation>
    </message>
    <message>
        <source>C&amp;ut-off date of the selected round:</source>
        <translation>S&amp;kæringsdato for den valgte runde:</translation>
    </message>
    <message>
        <source>Sampling record</source>
        <translation>Dokumentation af stikprøven</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Metode:</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parametre:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Seed (startværdi):</translation>
    </message>
    <message>
        <source>Case list:</source>
        <translation>Sagsliste:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingeraftryk:</translation>
    </message>
    <message>
        <source>Drawn:</source>
        <translation>Udtrukket:</translation>
    </message>
    <message>
        <source>No sample drawn yet.</source>
        <translation>Ingen stikprøve udtrukket endnu.</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 sager</translation>
    </message>
    <message>
        <source>SHA-256 of the case list the sample was drawn from:
%1</source>
        <translation>SHA-256 af sagslisten, stikprøven blev udtrukket fra:
%1</translation>
    </message>
    <message>
        <source>%1 cases asked for, %2 drawn</source>
        <translation>%1 sager ønsket, %2 udtrukket</translation>
    </message>
    <message>
        <source>the whole case list</source>
        <translation>hele sagslisten</translation>
    </message>
    <message>
        <source>interval %1, start %2</source>
        <translation>interval %1, start %2</translation>
    </message>
    <message>
        <source>by measure</source>
        <translation>efter indsats</translation>
    </message>
    <message>
        <source>by case type</source>
        <translation>efter sagstype</translation>
    </message>
    <message>
        <source>%1, at least %2 per stratum</source>
        <translation>%1, mindst %2 pr. stratum</translation>
    </message>
    <message>
        <source>Cut-off date</source>
        <translation>Skæringsdato</translation>
    </message>
    <message>
        <source>cut-off date of %1</source>
        <translation>skæringsdato for %1</translation>
    </message>
    <message>
        <source>Replace case</source>
        <translation>Erstat sag</translation>
    </message>
    <message>
        <source>change of criteria set</source>
        <translation>skift af kriteriesæt</translation>
    </message>
</context>
<context>
    <name>SampleTable</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Replaced: %1</source>
        <translation>Erstattet: %1</translation>
    </message>
</context>
<context>
    <name>SampledCaseTable</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Sagsnummer</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Sagstype</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indsats</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Replacement reason</source>
        <translation>Begrundelse for erstatning</translation>
    </message>
</context>
<context>
    <name>SamplingDialog</name>
    <message>
        <source>Draw sample – %1</source>
        <translation>Udtræk stikprøve – %1</translation>
    </message>
    <message>
        <source>The case list of this engagement has %1 cases.</source>
        <translation>Forløbets sagsliste har %1 sager.</translation>
    </message>
    <message>
        <source>The same seed and case list always give the same sample.</source>
        <translation>Samme seed (startværdi) og samme sagsliste giver altid samme stikprøve.</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generér</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Metode:</translation>
    </message>
    <message>
        <source>Sample &amp;size:</source>
        <translation>&amp;Stikprøvens størrelse:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed (startværdi):</translation>
    </message>
    <message>
        <source>Stratify &amp;by:</source>
        <translation>Stratificér &amp;efter:</translation>
    </message>
    <message>
        <source>Mi&amp;nimum per stratum:</source>
        <translation>Mi&amp;nimum pr. stratum:</translation>
    </message>
    <message>
        <source>&amp;Preview draw</source>
        <translation>&amp;Vis udtræk</translation>
    </message>
    <message>
        <source>&amp;Store sample</source>
        <translation>Ge&amp;m stikprøve</translation>
    </message>
    <message>
        <source>Preview the draw to see the cases; nothing is stored until you store it.</source>
        <translation>Vis udtrækket for at se sagerne; intet gemmes, før du gemmer stikprøven.</translation>
    </message>
    <message>
        <source>The settings changed: preview the draw again to see the cases.</source>
        <translation>Indstillingerne er ændret: vis udtrækket igen for at se sagerne.</translation>
    </message>
    <message>
        <source>Draw the sample again</source>
        <translation>Udtræk stikprøven igen</translation>
    </message>
    <message>
        <source>The round already has a sample of %1 cases. Replace it with a new draw?</source>
        <translation>Runden har allerede en stikprøve på %1 sager. Vil du erstatte den med et nyt udtræk?</translation>
    </message>
    <message>
        <source>%1 cases drawn from %2 and stored.</source>
        <translation>%1 sager udtrukket af %2 og gemt.</translation>
    </message>
    <message>
        <source>%1 cases drawn from %2 (preview: nothing is stored).</source>
        <translation>%1 sager udtrukket af %2 (visning: intet er gemt).</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Critical</source>
        <translation>Kritisk</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>Væsentlig</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mindre</translation>
    </message>
</context>
<context>
    <name>ShiftStartDialog</name>
    <message>
        <source>Move the start date</source>
        <translation>Flyt startdatoen</translation>
    </message>
    <message>
        <source>Current start date:</source>
        <translation>Nuværende startdato:</translation>
    </message>
    <message>
        <source>&amp;New start date:</source>
        <translation>&amp;Ny startdato:</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milepæl</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>New start date</source>
        <translation>Ny startdato</translation>
    </message>
    <message>
        <source>%1 open milestones move; done and cancelled ones stay.</source>
        <translation>%1 åbne milepæle flyttes; gennemførte og aflyste bliver, hvor de er.</translation>
    </message>
</context>
<context>
    <name>StartShiftDialog</name>
    <message>
        <source>Move the start date</source>
        <translation>Flyt startdatoen</translation>
    </message>
    <message>
        <source>Current start date:</source>
        <translation>Nuværende startdato:</translation>
    </message>
    <message>
        <source>&amp;New start date:</source>
        <translation>&amp;Ny startdato:</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milepæl</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>New start date</source>
        <translation>Ny startdato</translation>
    </message>
    <message>
        <source>The planned end moves from %1 to %2.</source>
        <translation>Den planlagte afslutning flyttes fra %1 til %2.</translation>
    </message>
    <message>
        <source>%1 open milestones move; done and cancelled ones stay.</source>
        <translation>%1 åbne milepæle flyttes; gennemførte og aflyste bliver, hvor de er.</translation>
    </message>
    <message>
        <source>No phase period moves.</source>
        <translation>Ingen faseperiode flyttes.</translation>
    </message>
    <message>
        <source>Phase %1 begins on %2 instead of %3.</source>
        <translation>Fasen %1 begynder %2 i stedet for %3.</translation>
    </message>
</context>
<context>
    <name>StartupChecks</name>
    <message>
        <source>Checking the database and making the automatic backup…</source>
        <translation>Kontrollerer databasen og tager den automatiske sikkerhedskopi …</translation>
    </message>
    <message>
        <source>Database checked; automatic backup made (%1)</source>
        <translation>Databasen er kontrolleret; automatisk sikkerhedskopi taget (%1)</translation>
    </message>
    <message>
        <source>Database checked</source>
        <translation>Databasen er kontrolleret</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>Kontrol af databasen</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Import key figures (Statistics Denmark)</source>
        <translation>Importér nøgletal (Danmarks Statistik)</translation>
    </message>
    <message>
        <source>In Statistikbanken (statistikbanken.dk) choose a table such as UND1 (notifications about children) or ANBAAR (children in care), tick the municipalities you need, “Hele landet” and the years, and save the table as a semicolon-separated CSV file (;). Import FOLK1A (children aged 0–17) too to see the figures per 1,000 children. Importing a file again replaces its figures.</source>
        <translation>Vælg i Statistikbanken (statistikbanken.dk) en tabel som UND1 (underretninger vedr. børn) eller ANBAAR (anbragte børn og unge), markér de kommuner, du har brug for, “Hele landet” og årene, og gem tabellen som semikolonsepareret CSV-fil (;). Importér også FOLK1A (børn 0–17 år) for at se tallene pr. 1.000 børn. Importeres en fil igen, erstattes dens tal.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ingen fil valgt</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Vælg &amp;fil…</translation>
    </message>
    <message>
        <source>Found in the file (e.g. UND1)</source>
        <translation>Findes i filen (fx UND1)</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>CSV-&amp;fil:</translation>
    </message>
    <message>
        <source>&amp;Table code:</source>
        <translation>&amp;Tabelkode:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <source>Choose a Statistikbanken file</source>
        <translation>Vælg en fil fra Statistikbanken</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Importing key figures</source>
        <translation>Importerer nøgletal</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Intet blev importeret.</translation>
    </message>
    <message>
        <source>Rows not imported (%1)</source>
        <translation>Rækker, der ikke er importeret (%1)</translation>
    </message>
    <message>
        <source>%1 (%2): %3 figure(s) imported (%4 new, %5 replaced) from %6 row(s); %7 suppressed value(s) (..) kept as missing; %8 row(s) for regions and other non-municipal areas left out.</source>
        <translation>%1 (%2): %3 tal importeret (%4 nye, %5 erstattet) fra %6 række(r); %7 diskretionerede værdi(er) (..) gemt som manglende; %8 række(r) for regioner og andre områder end kommuner udeladt.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>New status</source>
        <translation>Ny status</translation>
    </message>
    <message>
        <source>What happened? (never CPR numbers or names)</source>
        <translation>Hvad er der sket? (aldrig CPR-numre eller navne)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrér</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Nu:</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Ny status:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
<context>
    <name>StratumTable</name>
    <message>
        <source>Stratum</source>
        <translation>Stratum</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>In the case list</source>
        <translation>I sagslisten</translation>
    </message>
    <message>
        <source>In the sample</source>
        <translation>I stikprøven</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>Add to team</source>
        <translation>Sæt på holdet</translation>
    </message>
    <message>
        <source>Remove from team</source>
        <translation>Tag af holdet</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>Konsulenter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>(current phase)</source>
        <translation>(nuværende fase)</translation>
    </message>
    <message>
        <source>Consultants…</source>
        <translation>Konsulenter…</translation>
    </message>
    <message>
        <source>Add, change or deactivate the consultants to choose from</source>
        <translation>Tilføj, ret eller deaktiver de konsulenter, der kan vælges</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Tilføj kontakt</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Fjern kontakt</translation>
    </message>
    <message>
        <source>Municipal contacts</source>
        <translation>Kontaktpersoner i kommunen</translation>
    </message>
    <message>
        <source>adding %1 to the team</source>
        <translation>tilføjelse af %1 til holdet</translation>
    </message>
    <message>
        <source>removing %1 from the team</source>
        <translation>fjernelse af %1 fra holdet</translation>
    </message>
    <message>
        <source>adding the contact %1</source>
        <translation>tilføjelse af kontaktpersonen %1</translation>
    </message>
    <message>
        <source>removing the contact %1</source>
        <translation>fjernelse af kontaktpersonen %1</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>&amp;Export to PDF…</source>
        <translation>&amp;Eksportér som PDF…</translation>
    </message>
    <message>
        <source>Save the timeline as a PDF on A4 landscape</source>
        <translation>Gem tidslinjen som PDF på liggende A4</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>All engagements</source>
        <translation>Alle forløb</translation>
    </message>
    <message>
        <source>Export timeline to PDF</source>
        <translation>Eksportér tidslinjen som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksporten mislykkedes</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Kan ikke skrive %1</translation>
    </message>
    <message>
        <source>Timeline: %1</source>
        <translation>Tidslinje: %1</translation>
    </message>
    <message>
        <source>Printed %1 — page %2 of %3</source>
        <translation>Udskrevet %1 — side %2 af %3</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Planned phase</source>
        <translation>Planlagt fase</translation>
    </message>
    <message>
        <source>Actual phase</source>
        <translation>Faktisk fase</translation>
    </message>
    <message>
        <source>Milestone (planned date)</source>
        <translation>Milepæl (planlagt dato)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>Actual date</source>
        <translation>Faktisk dato</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milepæl</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overskredet</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gennemført</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>Planlagt: %1</translation>
    </message>
    <message>
        <source>Actual: %1</source>
        <translation>Faktisk: %1</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Ikke gennemført endnu</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>i gang</translation>
    </message>
</context>
<context>
    <name>Track</name>
    <message>
        <source>Legal requirements</source>
        <translation>Juridiske krav</translation>
    </message>
    <message>
        <source>Social-work quality (pejlemærker)</source>
        <translation>Socialfaglig kvalitet (pejlemærker)</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridisk</translation>
    </message>
    <message>
        <source>Social work</source>
        <translation>Socialfaglig</translation>
    </message>
</context>
<context>
    <name>TrackerTable</name>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Anbefaling</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Days left / overdue</source>
        <translation>Dage tilbage/over</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Fund</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock round</source>
        <translation>Lås runde op</translation>
    </message>
    <message>
        <source>Unlocked by you: %1</source>
        <translation>Låses op af dig: %1</translation>
    </message>
    <message>
        <source>Nobody chosen: choose who you are at the bottom of the window</source>
        <translation>Ingen valgt: vælg, hvem du er, nederst i vinduet</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ikke gemte ændringer</translation>
    </message>
    <message>
        <source>You have changed %1 without saving. Save the changes?</source>
        <translation>Du har ændret %1 uden at gemme. Vil du gemme ændringerne?</translation>
    </message>
    <message>
        <source>Discard drops what you typed; Cancel takes you back to it.</source>
        <translation>Kassér fjerner det, du har skrevet; Annuller fører dig tilbage til det.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>WhoAreYouDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>Hvem er du?</translation>
    </message>
    <message>
        <source>Everything you change in this database is recorded in your name: answers, sign-offs, phase changes and the history. Choose yourself, or add yourself as a consultant.</source>
        <translation>Alt, hvad du ændrer i denne database, registreres i dit navn: svar, godkendelser, faseskift og historikken. Vælg dig selv, eller tilføj dig selv som konsulent.</translation>
    </message>
    <message>
        <source>This database has no consultants yet. Add yourself, so that what you change is recorded in your name.</source>
        <translation>Databasen har endnu ingen konsulenter. Tilføj dig selv, så det, du ændrer, registreres i dit navn.</translation>
    </message>
    <message>
        <source>— add myself as a new consultant —</source>
        <translation>— tilføj mig som ny konsulent —</translation>
    </message>
    <message>
        <source>Add yourself</source>
        <translation>Tilføj dig selv</translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation>&amp;Jeg er:</translation>
    </message>
    <message>
        <source>adding the consultant %1</source>
        <translation>tilføjelse af konsulenten %1</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>An unexpected error stopped the work; nothing was stored. Details are in the log file.</source>
        <translation>En uventet fejl stoppede arbejdet; intet er gemt. Detaljerne står i logfilen.</translation>
    </message>
</context>
<context>
    <name>WrittenReportDialog</name>
    <message>
        <source>Write report</source>
        <translation>Skriv rapport</translation>
    </message>
    <message>
        <source>Word document…</source>
        <translation>Word-dokument…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Save the report as:</source>
        <translation>Gem rapporten som:</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Gem %1</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation>PDF-fil (*.pdf)</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Intet er gemt.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gemt: %1</translation>
    </message>
</context>
<context>
    <name>WrittenReportEditor</name>
    <message>
        <source>Draft</source>
        <translation>Udkast</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkendt</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Ikke skrevet endnu.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>Changed by %1 on %2</source>
        <translation>Ændret af %1 den %2</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Afsnit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Ændret af</translation>
    </message>
    <message>
        <source>Analysis report</source>
        <translation>Analyserapport</translation>
    </message>
    <message>
        <source>Status report</source>
        <translation>Statusrapport</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport:</translation>
    </message>
    <message>
        <source>Write here. A line starting with &apos;# &apos; is a heading, &apos;- &apos; a bullet.</source>
        <translation>Skriv her. En linje, der starter med »# «, er en overskrift, »- « et punkt i en liste.</translation>
    </message>
    <message>
        <source>Pull into the text</source>
        <translation>Hent ind i teksten</translation>
    </message>
    <message>
        <source>Adds the finding&apos;s title, description and recommendations to this section.</source>
        <translation>Tilføjer fundets titel, beskrivelse og anbefalinger til dette afsnit.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Finding:</source>
        <translation>Fund:</translation>
    </message>
    <message>
        <source>This part is made by the program from the engagement&apos;s data.</source>
        <translation>Denne del laves af programmet ud fra forløbets data.</translation>
    </message>
    <message>
        <source>Write &apos;%1&apos;</source>
        <translation>Skriv »%1«</translation>
    </message>
    <message>
        <source>Pull finding into &apos;%1&apos;</source>
        <translation>Hent fund ind i »%1«</translation>
    </message>
    <message>
        <source>Status of &apos;%1&apos;</source>
        <translation>Status for »%1«</translation>
    </message>
    <message>
        <source>The section was changed</source>
        <translation>Afsnittet er blevet ændret</translation>
    </message>
    <message>
        <source>Reload the saved text? Your own text is copied to the clipboard, so you can paste what you need into it.</source>
        <translation>Vil du hente den gemte tekst igen? Din egen tekst bliver kopieret til udklipsholderen, så du kan indsætte det, du har brug for.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Hent igen</translation>
    </message>
    <message>
        <source>Keep my text</source>
        <translation>Behold min tekst</translation>
    </message>
    <message>
        <source>The saved text was reloaded; your own text is on the clipboard.</source>
        <translation>Den gemte tekst er hentet igen; din egen tekst ligger i udklipsholderen.</translation>
    </message>
</context>
</TS>
