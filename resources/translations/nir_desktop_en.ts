<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="nb_NO">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <location filename="../../nir_desktop/gui/acknowledge_dialog.py" line="20" />
        <source>kontrollert, riktig</source>
        <translation>checked, correct</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/acknowledge_dialog.py" line="21" />
        <source>kontrollert mot saken i fagsystemet</source>
        <translation>checked against the case in the case system</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/acknowledge_dialog.py" line="22" />
        <source>avklart med leder</source>
        <translation>cleared with the manager</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge_dialog.ui" line="5" />
        <location filename="../../ui/acknowledge_dialog.ui" line="6" />
        <source>Kvitter ut advarsel</source>
        <translation>Acknowledge warning</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge_dialog.ui" line="12" />
        <source>Advarselen som kvitteres ut</source>
        <translation>The warning being acknowledged</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge_dialog.ui" line="17" />
        <source>&amp;Merknad (hvorfor verdien er riktig):</source>
        <translation>&amp;Note (why the value is right):</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge_dialog.ui" line="24" />
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge_dialog.ui" line="29" />
        <source>En kvittert advarsel telles ikke lenger som åpen. Den vises med et eget merke og lagres i økten.</source>
        <translation>An acknowledged warning no longer counts as open. It is shown with its own mark and kept in the session.</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../../nir_desktop/gui/catalogue_dialog.py" line="83" />
        <source>Fant ingen veiledningstekster.</source>
        <translation>No guidance texts found.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/catalogue_dialog.py" line="117" />
        <source>{0} · «{1}» · gjelder {2}</source>
        <translation>{0} · “{1}” · applies to {2}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/catalogue_dialog.py" line="118" />
        <source>Hvorfor det er viktig</source>
        <translation>Why it matters</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/catalogue_dialog.py" line="119" />
        <source>Slik retter du det</source>
        <translation>How to fix it</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/catalogue_dialog.py" line="121" />
        <source>Trenger kolonnene</source>
        <translation>Needs the columns</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/catalogue_dialog.py" line="124" />
        <source>Sist oppdatert {0}</source>
        <translation>Last updated {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/catalogue_dialog.py" line="126" />
        <source>Adresse: {0}</source>
        <translation>Address: {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/catalogue_dialog.py" line="129" />
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/catalogue_dialog.py" line="135" />
        <source>Eksempler</source>
        <translation>Examples</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/catalogue_dialog.py" line="145" />
        <source>Kunne ikke lese {0}.</source>
        <translation>Could not read {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.ui" line="5" />
        <location filename="../../ui/catalogue_dialog.ui" line="6" />
        <location filename="../../ui/catalogue_dialog.ui" line="11" />
        <source>Regler og veiledning</source>
        <translation>Rules and guidance</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.ui" line="13" />
        <source>&amp;Regler</source>
        <translation>&amp;Rules</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.ui" line="19" />
        <source>Filtrer regler…</source>
        <translation>Filter rules…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.ui" line="21" />
        <source>Filtrer regler</source>
        <translation>Filter rules</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.ui" line="26" />
        <source>Regler</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.ui" line="34" />
        <source>Regelen forklart</source>
        <translation>The rule explained</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.ui" line="41" />
        <source>&amp;Veiledning</source>
        <translation>&amp;Guidance</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.ui" line="45" />
        <source>Veiledningstekster</source>
        <translation>Guidance texts</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.ui" line="51" />
        <source>Veiledningstekst</source>
        <translation>Guidance text</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <location filename="../../nir_desktop/gui/delegates.py" line="58" />
        <source>Velg {0} fra kodelisten</source>
        <translation>Choose {0} from the code list</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/delegates.py" line="62" />
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/delegates.py" line="62" />
        <source>Nei</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/delegates.py" line="66" />
        <source>Celleverdi</source>
        <translation>Cell value</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/delegates.py" line="68" />
        <source>dd.mm.åååå</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/delegates.py" line="104" />
        <source>«{0}» er ikke en dato. Skriv datoen som dd.mm.åååå, for eksempel 15.03.2021.</source>
        <translation>“{0}” is not a date. Write the date as dd.mm.yyyy, for example 15.03.2021.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/delegates.py" line="110" />
        <source>«{0}» er ikke et tall.</source>
        <translation>“{0}” is not a number.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/delegates.py" line="117" />
        <source>Fødselsnummeret er ikke gyldig: det må ha 11 siffer med riktige kontrollsifre.</source>
        <translation>The national identity number is not valid: it must have 11 digits with correct check digits.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/delegates.py" line="125" />
        <source>Kommunenummeret må ha 4 siffer, med ledende null (for eksempel 0301).</source>
        <translation>The municipality number must have 4 digits, with a leading zero (for example 0301).</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/delegates.py" line="131" />
        <source>Skriv ja eller nei.</source>
        <translation>Write yes or no.</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../nir_desktop/gui/document.py" line="138" />
        <source>kolonne {0}</source>
        <translation>column {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/document.py" line="142" />
        <source>Kolonne {0}: «{1}» (ikke brukt av kontrollen)</source>
        <translation>Column {0}: “{1}” (not used by the check)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/document.py" line="148" />
        <source>Kolonne {0}: «{1}» = {2}</source>
        <translation>Column {0}: “{1}” = {2}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/document.py" line="216" />
        <source>Bruk forslag ({0}): {1} i rad {2}</source>
        <translation>Apply suggestion ({0}): {1} in row {2}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/document.py" line="220" />
        <source>Endre {0} i rad {1}</source>
        <translation>Change {0} in row {1}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/document.py" line="256" />
        <source>Bruk alle forslag for {0} ({1} celler)</source>
        <translation>Apply all suggestions for {0} ({1} cells)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/document.py" line="317" />
        <location filename="../../nir_desktop/gui/document.py" line="331" />
        <source>rad {0}</source>
        <translation>row {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/document.py" line="320" />
        <source>Kvitter ut {0} i {1}</source>
        <translation>Acknowledge {0} in {1}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/document.py" line="322" />
        <source>Kvitter ut {0} advarsler</source>
        <translation>Acknowledge {0} warnings</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/document.py" line="337" />
        <source>Angre kvittering av {0} i {1}</source>
        <translation>Withdraw acknowledgement of {0} in {1}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/document.py" line="376" />
        <source>Gjenopprett {0} endringer fra økten</source>
        <translation>Restore {0} changes from the session</translation>
    </message>
</context>
<context>
    <name>ExplanationPanel</name>
    <message>
        <location filename="../../nir_desktop/gui/explanation_panel.py" line="91" />
        <source>Velg en celle eller et funn for å se hva som er galt, hvorfor det er viktig og hvordan du retter det.</source>
        <translation>Select a cell or a finding to see what is wrong, why it matters and how to fix it.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/explanation_panel.py" line="96" />
        <source>Ingen funn i denne cellen.</source>
        <translation>No findings in this cell.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/explanation_panel.py" line="129" />
        <source>hele filen</source>
        <translation>the whole file</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/explanation_panel.py" line="132" />
        <source>Hva er galt</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/explanation_panel.py" line="139" />
        <source>Forslag</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/explanation_panel.py" line="140" />
        <source>Skriv «{0}» i cellen.</source>
        <translation>Write “{0}” in the cell.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/explanation_panel.py" line="143" />
        <source>Kvittert</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/explanation_panel.py" line="144" />
        <source>Kontrollert av deg: «{0}». Telles ikke lenger som åpen.</source>
        <translation>Checked by you: “{0}”. No longer counted as open.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/explanation_panel.py" line="149" />
        <source>Hvorfor det er viktig</source>
        <translation>Why it matters</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/explanation_panel.py" line="150" />
        <source>Slik retter du det</source>
        <translation>How to fix it</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/explanation_panel.py" line="151" />
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/explanation_panel.py" line="152" />
        <source>Gjelder rapporteringsår: {0}.</source>
        <translation>Applies to reporting years: {0}.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/explanation_panel.py" line="159" />
        <source>Sist oppdatert {0}</source>
        <translation>Last updated {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/explanation_panel.py" line="162" />
        <source>Adresse: {0}</source>
        <translation>Address: {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/explanation_panel.py" line="175" />
        <source>Bruk alle {0} forslag for {1}</source>
        <translation>Apply all {0} suggestions for {1}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/explanation_panel.py" line="176" />
        <source>Bruk alle for regelen</source>
        <translation>Apply all for the rule</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_panel.ui" line="5" />
        <source>Forklaringspanel</source>
        <translation>Explanation panel</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_panel.ui" line="15" />
        <source>F&amp;unn i cellen:</source>
        <translation>F&amp;indings in the cell:</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_panel.ui" line="21" />
        <source>Velg funn i cellen</source>
        <translation>Choose a finding in the cell</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_panel.ui" line="29" />
        <source>Forklaring av funnet</source>
        <translation>Explanation of the finding</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_panel.ui" line="38" />
        <source>&amp;Bruk forslaget</source>
        <translation>&amp;Apply the suggestion</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_panel.ui" line="39" />
        <source>Bruk forslaget</source>
        <translation>Apply the suggestion</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_panel.ui" line="44" />
        <source>Bruk a&amp;lle for regelen</source>
        <translation>Apply a&amp;ll for the rule</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_panel.ui" line="45" />
        <source>Bruk alle forslag for regelen</source>
        <translation>Apply all suggestions for the rule</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_panel.ui" line="50" />
        <source>&amp;Kvitter ut…</source>
        <translation>Ac&amp;knowledge…</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_panel.ui" line="51" />
        <source>Kvitter ut advarselen</source>
        <translation>Acknowledge the warning</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_panel.ui" line="56" />
        <source>Angre k&amp;vittering</source>
        <translation>&amp;Withdraw acknowledgement</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_panel.ui" line="57" />
        <source>Angre kvitteringen</source>
        <translation>Withdraw the acknowledgement</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ui/find_bar.ui" line="5" />
        <source>Søkelinje</source>
        <translation>Find bar</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="13" />
        <source>&amp;Finn:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="19" />
        <source>Tekst i en celle (saksnummer, dato, kode …)</source>
        <translation>Text in a cell (case number, date, code …)</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="21" />
        <source>Søketekst</source>
        <translation>Search text</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="26" />
        <source>Forrige</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="27" />
        <source>Finn forrige</source>
        <translation>Find previous</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="32" />
        <source>Neste</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="33" />
        <source>Finn neste</source>
        <translation>Find next</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="38" />
        <source>Søkeresultat</source>
        <translation>Search result</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="44" />
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="45" />
        <source>Lukk søkelinjen</source>
        <translation>Close the find bar</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../nir_desktop/gui/findings_panel.py" line="83" />
        <source>Alle rader</source>
        <translation>All rows</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings_panel.py" line="84" />
        <source>Bare rader med funn</source>
        <translation>Only rows with findings</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings_panel.py" line="85" />
        <source>Bare åpne funn (ikke kvittert)</source>
        <translation>Only open findings (not acknowledged)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings_panel.py" line="86" />
        <source>Bare feil</source>
        <translation>Only errors</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings_panel.py" line="88" />
        <source>Bare advarsler</source>
        <translation>Only warnings</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings_panel.py" line="90" />
        <source>Bare info</source>
        <translation>Only info</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings_panel.py" line="93" />
        <source>Bare regel {0}</source>
        <translation>Only rule {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings_panel.py" line="135" />
        <location filename="../../ui/findings_panel.ui" line="13" />
        <source>Ingen fil åpnet.</source>
        <translation>No file open.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings_panel.py" line="170" />
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings_panel.py" line="172" />
        <source>Feil</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings_panel.py" line="173" />
        <source>Advarsler</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings_panel.py" line="174" />
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings_panel.py" line="175" />
        <source>Kvittert</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings_panel.py" line="217" />
        <source>… og {0} til: bruk F8 eller filteret «Bare regel»</source>
        <translation>… and {0} more: use F8 or the “Only rule” filter</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings_panel.py" line="223" />
        <source>hele filen</source>
        <translation>the whole file</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings_panel.py" line="229" />
        <source>&lt;b&gt;Ingen funn&lt;/b&gt; for rapporteringsåret {0}.</source>
        <translation>&lt;b&gt;No findings&lt;/b&gt; for reporting year {0}.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings_panel.py" line="233" />
        <source>&lt;b&gt;{0} funn&lt;/b&gt;: {1} feil, {2} advarsler, {3} info, {4} kvittert. &lt;b&gt;{5} åpne&lt;/b&gt; (feil og advarsler som ikke er kvittert).</source>
        <translation>&lt;b&gt;{0} findings&lt;/b&gt;: {1} errors, {2} warnings, {3} info, {4} acknowledged. &lt;b&gt;{5} open&lt;/b&gt; (errors and unacknowledged warnings).</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings_panel.py" line="243" />
        <source>Ikke kontrollert:</source>
        <translation>Not checked:</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings_panel.py" line="268" />
        <source>Vis bare regel {0} i tabellen</source>
        <translation>Show only rule {0} in the table</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings_panel.py" line="271" />
        <source>Bruk alle forslag for {0}</source>
        <translation>Apply all suggestions for {0}</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.ui" line="5" />
        <source>Funnpanel</source>
        <translation>Findings panel</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.ui" line="16" />
        <source>Sammendrag av funn</source>
        <translation>Summary of findings</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.ui" line="23" />
        <source>&amp;Vis:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.ui" line="29" />
        <source>Hvilke funn som vises</source>
        <translation>Which findings are shown</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.ui" line="45" />
        <source>Funn gruppert per regel</source>
        <translation>Findings grouped by rule</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.ui" line="63" />
        <source>&lt;h3&gt;Ingen funn&lt;/h3&gt;&lt;p&gt;Kontrollen fant ingen feil eller advarsler for dette rapporteringsåret.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;No findings&lt;/h3&gt;&lt;p&gt;The check found no errors or warnings for this reporting year.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.ui" line="66" />
        <source>Ingen funn</source>
        <translation>No findings</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.ui" line="78" />
        <source>Regler som ikke ble kontrollert</source>
        <translation>Rules that were not checked</translation>
    </message>
</context>
<context>
    <name>GoalPanel</name>
    <message>
        <location filename="../../nir_desktop/gui/goal_panel.py" line="56" />
        <location filename="../../ui/goal_panel.ui" line="13" />
        <source>Ingen fil åpnet.</source>
        <translation>No file open.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/goal_panel.py" line="72" />
        <source>&lt;b&gt;{0}&lt;/b&gt; gikk direkte til arbeid eller utdanning i {1} ({2} av {3}).</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; went directly to work or education in {1} ({2} of {3}).</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/goal_panel.py" line="77" />
        <source>Ingen avsluttet introduksjonsprogrammet i {0} ifølge filen.</source>
        <translation>Nobody ended the introduction programme in {0} according to the file.</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="5" />
        <source>Måloppnåelse</source>
        <translation>Goal attainment</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="15" />
        <source>Måloppnåelse, sammendrag</source>
        <translation>Goal attainment, summary</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="23" />
        <source>Andel som gikk direkte til arbeid eller utdanning</source>
        <translation>Share who went directly to work or education</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="28" />
        <source>Avsluttet i året (grunnlag):</source>
        <translation>Ended in the year (basis):</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="29" />
        <source>Grunnlag</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="30" />
        <source>Direkte til arbeid:</source>
        <translation>Directly to work:</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="31" />
        <source>Direkte til arbeid</source>
        <translation>Directly to work</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="32" />
        <source>Direkte til utdanning:</source>
        <translation>Directly to education:</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="33" />
        <source>Direkte til utdanning</source>
        <translation>Directly to education</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="34" />
        <source>Verken arbeid eller utdanning:</source>
        <translation>Neither work nor education:</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="35" />
        <source>Verken arbeid eller utdanning</source>
        <translation>Neither work nor education</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="36" />
        <source>Tatt ut av grunnlaget (covid-19):</source>
        <translation>Taken out of the basis (covid-19):</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="37" />
        <source>Tatt ut av grunnlaget</source>
        <translation>Taken out of the basis</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="43" />
        <source>Forhåndsvisning beregnet fra filen slik den er nå, med dine endringer. IMDis endelige tall kan avvike.</source>
        <translation>Preview computed from the file as it is now, with your changes. IMDi's final figures may differ.</translation>
    </message>
</context>
<context>
    <name>Loader</name>
    <message>
        <location filename="../../nir_desktop/gui/loading.py" line="62" />
        <source>Leser «{0}» …</source>
        <translation>Reading “{0}” …</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/loading.py" line="66" />
        <source>Kontrollerer {0} rader for {1} …</source>
        <translation>Checking {0} rows for {1} …</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/loading.py" line="84" />
        <source>Kontrollerer for rapporteringsåret {0} …</source>
        <translation>Checking for reporting year {0} …</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/loading.py" line="122" />
        <location filename="../../nir_desktop/gui/loading.py" line="125" />
        <source>Kan ikke åpne filen</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/loading.py" line="125" />
        <source>Kan ikke lese «{0}»: {1}. Filen er ikke endret.</source>
        <translation>Cannot read “{0}”: {1}. The file was not changed.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/loading.py" line="129" />
        <source>Uventet feil</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/loading.py" line="129" />
        <source>Det oppstod en uventet feil med «{0}» ({1}). Filen er ikke endret. Prøv igjen, eller send loggfilen til den som drifter programmet.</source>
        <translation>An unexpected error occurred with “{0}” ({1}). The file was not changed. Try again, or send the log file to whoever supports the program.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../nir_desktop/gui/main_window.py" line="164" />
        <source>&lt;ingen endringer&gt;</source>
        <translation>&lt;no changes&gt;</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/main_window.py" line="165" />
        <location filename="../../ui/main_window.ui" line="183" />
        <location filename="../../ui/main_window.ui" line="184" />
        <source>Endringshistorikk</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/main_window.py" line="190" />
        <source>&amp;Rapporteringsår:</source>
        <translation>&amp;Reporting year:</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/main_window.py" line="192" />
        <source>Rapporteringsår</source>
        <translation>Reporting year</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/main_window.py" line="201" />
        <source>Antall funn</source>
        <translation>Number of findings</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/main_window.py" line="206" />
        <source>Fremdrift</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/main_window.py" line="207" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/main_window.py" line="208" />
        <source>Avbryt lesing eller kontroll</source>
        <translation>Cancel reading or checking</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/main_window.py" line="214" />
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/main_window.py" line="284" />
        <source>Åpne NIR-eksport</source>
        <translation>Open NIR export</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/main_window.py" line="285" />
        <source>Regneark og CSV (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Alle filer (*)</source>
        <translation>Spreadsheets and CSV (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/main_window.py" line="347" />
        <source>Avbrutt. Ingenting er endret.</source>
        <translation>Cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/main_window.py" line="368" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/main_window.py" line="382" />
        <source>&amp;Tøm listen</source>
        <translation>&amp;Clear the list</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/main_window.py" line="389" />
        <source>Finner ikke filen</source>
        <translation>File not found</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/main_window.py" line="390" />
        <source>Filen «{0}» finnes ikke lenger.</source>
        <translation>The file “{0}” no longer exists.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/main_window.py" line="438" />
        <source>{0} dager igjen</source>
        <translation>{0} days left</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/main_window.py" line="440" />
        <source>1 dag igjen</source>
        <translation>1 day left</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/main_window.py" line="442" />
        <source>fristen er i dag</source>
        <translation>the deadline is today</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/main_window.py" line="444" />
        <source>fristen gikk ut for {0} dager siden</source>
        <translation>the deadline passed {0} days ago</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/main_window.py" line="445" />
        <source>Frist for {0}: {1} – {2}</source>
        <translation>Deadline for {0}: {1} – {2}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/main_window.py" line="447" />
        <source> (ikke bekreftet)</source>
        <translation> (not confirmed)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/main_window.py" line="483" />
        <source>&amp;Angre: {0}</source>
        <translation>&amp;Undo: {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/main_window.py" line="484" />
        <location filename="../../ui/main_window.ui" line="209" />
        <source>&amp;Angre</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/main_window.py" line="485" />
        <source>&amp;Gjør om: {0}</source>
        <translation>&amp;Redo: {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/main_window.py" line="486" />
        <location filename="../../ui/main_window.ui" line="213" />
        <source>&amp;Gjør om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/main_window.py" line="504" />
        <source>{0} feil · {1} advarsler · {2} info · {3} kvittert · {4} endringer</source>
        <translation>{0} errors · {1} warnings · {2} info · {3} acknowledged · {4} changes</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/main_window.py" line="507" />
        <source>Ingen fil åpnet</source>
        <translation>No file open</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/main_window.py" line="538" />
        <source>{0}, rad {1}, kolonne {2}</source>
        <translation>{0}, row {1}, column {2}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/main_window.py" line="593" />
        <source>Ingen flere funn.</source>
        <translation>No more findings.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/main_window.py" line="629" />
        <location filename="../../nir_desktop/gui/main_window.py" line="649" />
        <source>Ikke funnet</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/main_window.py" line="646" />
        <source>Rad {0}, kolonne {1}</source>
        <translation>Row {0}, column {1}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/main_window.py" line="663" />
        <source>{0} forslag brukt for {1}.</source>
        <translation>{0} suggestions applied for {1}.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/main_window.py" line="697" />
        <source>Om NIR-kontroll</source>
        <translation>About NIR-kontroll</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/main_window.py" line="698" />
        <source>&lt;b&gt;NIR-kontroll {0}&lt;/b&gt;&lt;p&gt;Kontrollerer eksporter fra Nasjonalt introduksjonsregister (NIR) mot IMDis veiledning før fristen, forklarer hvert funn og skriver korrigerte filer.&lt;/p&gt;&lt;p&gt;Programmet bruker ikke nettverket: filene dine blir på denne maskinen.&lt;/p&gt;</source>
        <translation>&lt;b&gt;NIR-kontroll {0}&lt;/b&gt;&lt;p&gt;Checks exports from the national introduction register (NIR) against IMDi's guidance before the deadline, explains every finding and writes corrected files.&lt;/p&gt;&lt;p&gt;The program does not use the network: your files stay on this machine.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="6" />
        <source>NIR-kontroll</source>
        <translation>NIR-kontroll</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="7" />
        <source>NIR-kontroll hovedvindu</source>
        <translation>NIR-kontroll main window</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="21" />
        <source>&lt;h2&gt;Kontroller en NIR-eksport&lt;/h2&gt;&lt;p&gt;Åpne en eksport fra NIR eller fagsystemet (xlsx eller csv) med &lt;b&gt;Ctrl+O&lt;/b&gt;, eller dra filen hit.&lt;/p&gt;&lt;p&gt;Alt skjer på denne maskinen: filen sendes ingen steder.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Check an NIR export&lt;/h2&gt;&lt;p&gt;Open an export from NIR or the case system (xlsx or csv) with &lt;b&gt;Ctrl+O&lt;/b&gt;, or drag the file here.&lt;/p&gt;&lt;p&gt;Everything happens on this machine: the file is sent nowhere.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="24" />
        <source>Velkommen</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="32" />
        <source>Åpne fil…</source>
        <translation>Open file…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="33" />
        <source>Åpne fil</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="38" />
        <location filename="../../ui/main_window.ui" line="39" />
        <source>Åpne demo-eksporten</source>
        <translation>Open the demo export</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="57" />
        <source>Ark i filen</source>
        <translation>Sheets in the file</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="68" />
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="70" />
        <source>&amp;Nylige filer</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="79" />
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="90" />
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="92" />
        <source>&amp;Paneler</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="104" />
        <source>&amp;Kontroll</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="109" />
        <source>&amp;Innstillinger</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="113" />
        <source>&amp;Hjelp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="126" />
        <location filename="../../ui/main_window.ui" line="127" />
        <source>Verktøylinje</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="141" />
        <source>Statuslinje</source>
        <translation>Status bar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="144" />
        <location filename="../../ui/main_window.ui" line="145" />
        <source>Funn</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="157" />
        <location filename="../../ui/main_window.ui" line="158" />
        <source>Forklaring</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="170" />
        <location filename="../../ui/main_window.ui" line="171" />
        <source>Måloppnåelse</source>
        <translation>Goal attainment</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="196" />
        <source>Å&amp;pne…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="197" />
        <source>Åpne en NIR-eksport (xlsx eller csv)</source>
        <translation>Open an NIR export (xlsx or csv)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="198" />
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="201" />
        <source>&amp;Lukk filen</source>
        <translation>&amp;Close the file</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="202" />
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="205" />
        <source>&amp;Avslutt</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="206" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="210" />
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="214" />
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="217" />
        <source>&amp;Finn…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="218" />
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="221" />
        <source>&amp;Bruk forslaget</source>
        <translation>&amp;Apply the suggestion</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="222" />
        <source>Skriv det foreslåtte innholdet inn i cellen</source>
        <translation>Write the suggested content into the cell</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="223" />
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="226" />
        <source>Bruk &amp;alle forslag for regelen</source>
        <translation>Apply &amp;all suggestions for the rule</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="229" />
        <source>&amp;Kvitter ut advarsel…</source>
        <translation>Ac&amp;knowledge warning…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="230" />
        <source>Merk advarselen som kontrollert, med en kort merknad</source>
        <translation>Mark the warning as checked, with a short note</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="231" />
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="234" />
        <source>&amp;Neste funn</source>
        <translation>&amp;Next finding</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="235" />
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="238" />
        <source>&amp;Forrige funn</source>
        <translation>&amp;Previous finding</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="239" />
        <source>Shift+F8</source>
        <translation>Shift+F8</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="242" />
        <source>Bare rader med &amp;funn</source>
        <translation>Only rows with &amp;findings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="243" />
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="246" />
        <source>Vis &amp;alle rader</source>
        <translation>Show &amp;all rows</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="251" />
        <source>&amp;Skjul fødselsnummer</source>
        <translation>&amp;Hide identity numbers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="252" />
        <source>Vis bare fødselsdatoen i fødselsnummeret (personnummeret skjules)</source>
        <translation>Show only the birth date part of the identity number (the personal number is hidden)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="255" />
        <source>&amp;Kontroller på nytt</source>
        <translation>&amp;Check again</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="256" />
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="259" />
        <source>Velg &amp;rapporteringsår</source>
        <translation>Choose &amp;reporting year</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="260" />
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="263" />
        <source>&amp;Innstillinger…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="266" />
        <source>&amp;Regler og veiledning</source>
        <translation>&amp;Rules and guidance</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="267" />
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="270" />
        <source>&amp;Om NIR-kontroll</source>
        <translation>&amp;About NIR-kontroll</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <location filename="../../nir_desktop/gui/app.py" line="71" />
        <source>Selvtest feilet: tidsavbrudd etter {0} sekunder</source>
        <translation>Self-test failed: timed out after {0} seconds</translation>
    </message>
</context>
<context>
    <name>SessionLink</name>
    <message>
        <location filename="../../nir_desktop/gui/session_link.py" line="72" />
        <source>Økten lagres ikke</source>
        <translation>The session is not saved</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/session_link.py" line="103" />
        <source>Endringen ble ikke lagret i økten</source>
        <translation>The change was not saved in the session</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/session_link.py" line="116" />
        <source>Kvitteringen ble ikke lagret i økten</source>
        <translation>The acknowledgement was not saved in the session</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/session_link.py" line="121" />
        <source>Fortsette der du slapp?</source>
        <translation>Continue where you left off?</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/session_link.py" line="122" />
        <source>Du har arbeidet med denne filen før ({0}): {1} endringer og {2} kvitteringer er lagret.

Vil du fortsette med dem?</source>
        <translation>You have worked on this file before ({0}): {1} changes and {2} acknowledgements are saved.

Do you want to continue with them?</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/session_link.py" line="126" />
        <source>Fortsett</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/session_link.py" line="127" />
        <source>Begynn på nytt</source>
        <translation>Start over</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/session_link.py" line="132" />
        <source>Filen er allerede åpen</source>
        <translation>The file is already open</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/session_link.py" line="135" />
        <source>Åpne likevel</source>
        <translation>Open anyway</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/session_link.py" line="136" />
        <source>Ikke lagre økten</source>
        <translation>Don't save the session</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="5" />
        <location filename="../../ui/settings_dialog.ui" line="6" />
        <source>Innstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="13" />
        <source>&amp;Språk:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="19" />
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="24" />
        <source>Skjul &amp;fødselsnummer i tabellen når en fil åpnes</source>
        <translation>Hide identity &amp;numbers in the table when a file opens</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="25" />
        <source>Skjul fødselsnummer som standard</source>
        <translation>Hide identity numbers by default</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="32" />
        <source>Nytt språk tas i bruk neste gang programmet starter.</source>
        <translation>A new language takes effect the next time the program starts.</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../../nir_desktop/gui/severity_style.py" line="40" />
        <source>Feil</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/severity_style.py" line="41" />
        <source>Advarsel</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/severity_style.py" line="42" />
        <source>Info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../nir_desktop/gui/sheet_page.py" line="31" />
        <source>Tabell for arket {0}</source>
        <translation>Table for the sheet {0}</translation>
    </message>
</context>
</TS>