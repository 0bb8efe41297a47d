<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
    <context>
        <name>App</name>
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
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>dd-mm-yyyy</source>
            <translation>dd-mm-åååå</translation>
        </message>
    </context>
    <context>
        <name>EngagementEditor</name>
        <message>
            <source>Never write CPR numbers or children's names here.</source>
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
            <source>Discard changes</source>
            <translation>Fortryd ændringer</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Gem</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ikke gemte ændringer</translation>
        </message>
        <message>
            <source>The engagement you are editing has unsaved changes. Discard them?</source>
            <translation>Forløbet, du redigerer, har ændringer, der ikke er gemt. Vil du kassere dem?</translation>
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
            <source>Planned end</source>
            <translation>Planlagt slut</translation>
        </message>
        <message>
            <source>Actual end</source>
            <translation>Faktisk slut</translation>
        </message>
        <message>
            <source>dd-mm-yyyy</source>
            <translation>dd-mm-åååå</translation>
        </message>
        <message>
            <source>— choose a municipality —</source>
            <translation>— vælg en kommune —</translation>
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
        <name>MainWindow</name>
        <message>
            <source>Overview</source>
            <translation>Overblik</translation>
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
        <message>
            <source>Here you will register municipalities' applications for a Task Force engagement, record the decision and turn a granted application into an engagement.</source>
            <translation>Her kommer du til at registrere kommunernes ansøgninger om et Task Force-forløb, notere afgørelsen og gøre en bevilget ansøgning til et forløb.</translation>
        </message>
        <message>
            <source>Here you will draw the sample of cases for the analysis and the status measurement, and assess each case against the legal requirements and the four quality benchmarks.</source>
            <translation>Her kommer du til at udtrække stikprøven af sager til analysen og statusmålingen og vurdere hver sag ud fra de juridiske krav og de fire pejlemærker for kvalitet.</translation>
        </message>
        <message>
            <source>Here you will record the findings of a case review, write recommendations to the municipality and follow how far the municipality has come with each one.</source>
            <translation>Her kommer du til at registrere fundene fra en sagsgennemgang, skrive anbefalinger til kommunen og følge, hvor langt kommunen er nået med hver enkelt.</translation>
        </message>
        <message>
            <source>Here you will export an engagement's analysis and status report as PDF, and lists as spreadsheets.</source>
            <translation>Her kommer du til at danne et forløbs analyse og statusrapport som PDF og lister som regneark.</translation>
        </message>
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
            <source>&amp;Quit</source>
            <translation>&amp;Afslut</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Rediger</translation>
        </message>
        <message>
            <source>&amp;Delete engagement</source>
            <translation>&amp;Slet forløb</translation>
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
            <source>Cannot open the database</source>
            <translation>Databasen kan ikke åbnes</translation>
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
            <source>The Task Force's tool for its engagements with municipalities: applications, engagements, case reviews, findings and reports.</source>
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
        <name>OverviewPage</name>
        <message>
            <source>A first overview: how many engagements are in each phase, and the list. Deadlines, milestones and each engagement's health arrive in a later version.</source>
            <translation>Et første overblik: hvor mange forløb der er i hver fase, og listen over dem. Frister, milepæle og hvert forløbs tilstand kommer i en senere version.</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overblik</translation>
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
        <name>PhaseCountModel</name>
        <message>
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Engagements</source>
            <translation>Forløb</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>I alt</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <source>This page arrives in a later version of Task Force Tracker.</source>
            <translation>Denne side kommer i en senere version af Task Force Tracker.</translation>
        </message>
    </context>
</TS>
