<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nb_NO">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <location filename="../../nir_desktop/gui/findings/acknowledge_dialog.py" line="20"/>
        <source>kontrollert, riktig</source>
        <translation>checked, correct</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/acknowledge_dialog.py" line="21"/>
        <source>kontrollert mot saken i fagsystemet</source>
        <translation>checked against the case in the case system</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/acknowledge_dialog.py" line="22"/>
        <source>avklart med leder</source>
        <translation>cleared with the manager</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge_dialog.ui" line="5"/>
        <location filename="../../ui/acknowledge_dialog.ui" line="6"/>
        <source>Kvitter ut advarsel</source>
        <translation>Acknowledge warning</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge_dialog.ui" line="12"/>
        <source>Advarselen som kvitteres ut</source>
        <translation>The warning being acknowledged</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge_dialog.ui" line="17"/>
        <source>&amp;Merknad (hvorfor verdien er riktig):</source>
        <translation>&amp;Note (why the value is right):</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge_dialog.ui" line="24"/>
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge_dialog.ui" line="29"/>
        <source>En kvittert advarsel telles ikke lenger som åpen. Den vises med et eget merke og lagres i økten.</source>
        <translation>An acknowledged warning no longer counts as open. It is shown with its own mark and kept in the session.</translation>
    </message>
</context>
<context>
    <name>AddCodeDialog</name>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="358"/>
        <source>Legg til i kodelisten {0}</source>
        <translation>Add to the code list {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="361"/>
        <source>«{0}» finnes ikke i kodelisten {1}. Legg den til hvis den er en gyldig verdi i NIR; kontrollen kjøres da på nytt. Er det en skrivefeil, rett heller cellen.</source>
        <translation>“{0}” is not in the code list {1}. Add it if it is a valid value in NIR; the check then runs again. If it is a typing error, correct the cell instead.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="369"/>
        <source>&amp;Kode:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="383"/>
        <source>Arbeid og utdanning (videregående eller høyere) teller som nådd mål i måloppnåelsen.</source>
        <translation>Work and education (upper secondary or higher) count as goal reached in goal attainment.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="391"/>
        <source>&amp;Legg til</source>
        <translation>&amp;Add</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <location filename="../../nir_desktop/gui/forms.py" line="117"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/forms.py" line="118"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/forms.py" line="119"/>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../../nir_desktop/gui/findings/catalogue_dialog.py" line="116"/>
        <source>Fant ingen veiledningstekster.</source>
        <translation>No guidance texts found.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/catalogue_dialog.py" line="161"/>
        <source>{0} · «{1}» · gjelder {2}</source>
        <translation>{0} · “{1}” · applies to {2}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/catalogue_dialog.py" line="162"/>
        <source>Hvorfor det er viktig</source>
        <translation>Why it matters</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/catalogue_dialog.py" line="163"/>
        <source>Slik retter du det</source>
        <translation>How to fix it</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/catalogue_dialog.py" line="165"/>
        <source>Trenger kolonnene</source>
        <translation>Needs the columns</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/catalogue_dialog.py" line="166"/>
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/catalogue_dialog.py" line="172"/>
        <source>Feil</source>
        <translation>Incorrect</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/catalogue_dialog.py" line="172"/>
        <source>Riktig</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/catalogue_dialog.py" line="176"/>
        <source>Eksempler</source>
        <translation>Examples</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/catalogue_dialog.py" line="186"/>
        <source>Kunne ikke lese {0}.</source>
        <translation>Could not read {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.ui" line="5"/>
        <location filename="../../ui/catalogue_dialog.ui" line="6"/>
        <location filename="../../ui/catalogue_dialog.ui" line="11"/>
        <source>Regler og veiledning</source>
        <translation>Rules and guidance</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.ui" line="13"/>
        <source>&amp;Regler</source>
        <translation>&amp;Rules</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.ui" line="19"/>
        <source>Filtrer regler…</source>
        <translation>Filter rules…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.ui" line="22"/>
        <source>Filtrer regler</source>
        <translation>Filter rules</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.ui" line="27"/>
        <source>Regler</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.ui" line="35"/>
        <source>Regelen forklart</source>
        <translation>The rule explained</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.ui" line="42"/>
        <source>&amp;Veiledning</source>
        <translation>&amp;Guidance</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.ui" line="46"/>
        <source>Veiledningstekster</source>
        <translation>Guidance texts</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.ui" line="52"/>
        <source>Veiledningstekst</source>
        <translation>Guidance text</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/catalogue_dialog.py" line="96"/>
        <source>Bare regler for {0} ({1} av {2})</source>
        <translation>Only rules for {0} ({1} of {2})</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/catalogue_dialog.py" line="167"/>
        <source>Kilder</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <location filename="../../nir_desktop/gui/window/delegates.py" line="81"/>
        <source>Velg {0} fra kodelisten</source>
        <translation>Choose {0} from the code list</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/delegates.py" line="87"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/delegates.py" line="88"/>
        <source>Nei</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/delegates.py" line="92"/>
        <source>Celleverdi</source>
        <translation>Cell value</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/delegates.py" line="94"/>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/delegates.py" line="145"/>
        <source>«{0}» er ikke en dato. Skriv datoen som dd.mm.åååå, for eksempel 15.03.2021.</source>
        <translation>“{0}” is not a date. Write the date as dd.mm.yyyy, for example 15.03.2021.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/delegates.py" line="151"/>
        <source>«{0}» er ikke et tall.</source>
        <translation>“{0}” is not a number.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/delegates.py" line="158"/>
        <source>Fødselsnummeret er ikke gyldig: det må ha 11 siffer med riktige kontrollsifre.</source>
        <translation>The national identity number is not valid: it must have 11 digits with correct check digits.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/delegates.py" line="166"/>
        <source>Kommunenummeret må ha 4 siffer, med ledende null (for eksempel 0301).</source>
        <translation>The municipality number must have 4 digits, with a leading zero (for example 0301).</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/delegates.py" line="172"/>
        <source>Skriv ja eller nei.</source>
        <translation>Write yes or no.</translation>
    </message>
</context>
<context>
    <name>CodeListSettings</name>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="50"/>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="51"/>
        <source>Teller som</source>
        <translation>Counts as</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="52"/>
        <source>Lov</source>
        <translation>Act</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="211"/>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="343"/>
        <source>Kodelister</source>
        <translation>Code lists</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="218"/>
        <source>Kontrollen sammenligner lov, tiltak, sluttmål, avslutningsårsak, kategori og norskmål med disse listene. Endringene lagres for deg og brukes ved neste kontroll. Avslutningsårsak sier også om personen teller som gått til arbeid eller utdanning i måloppnåelsen.</source>
        <translation>The check compares law, measure, final goal, reason for ending, category and Norwegian goal with these lists. Your changes are saved for you and used at the next check. The reason for ending also says whether the person counts as gone to work or education in goal attainment.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="238"/>
        <source>&amp;Eksporter…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="239"/>
        <source>&amp;Importer…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="247"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="275"/>
        <source>Kodelistene kunne ikke lagres: {0}</source>
        <translation>The code lists could not be saved: {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="279"/>
        <source>Kodelistene er lagret.</source>
        <translation>The code lists are saved.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="285"/>
        <source>Gjenopprett standardlisten</source>
        <translation>Restore the standard list</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="286"/>
        <source>Erstatte din versjon av {0} med standardlisten? Verdier du har lagt til, forsvinner.</source>
        <translation>Replace your version of {0} with the standard list? Values you have added will disappear.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="297"/>
        <source>Eksporter kodelister</source>
        <translation>Export code lists</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="298"/>
        <source>Kodelister (*.json)</source>
        <translation>Code lists (*.json)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="305"/>
        <source>Kunne ikke skrive {0}: {1}</source>
        <translation>Could not write {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="308"/>
        <source>Kodelistene er eksportert til {0}.</source>
        <translation>The code lists were exported to {0}.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="314"/>
        <source>Importer kodelister</source>
        <translation>Import code lists</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="315"/>
        <source>Kodelister (*.json);;Alle filer (*)</source>
        <translation>Code lists (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="325"/>
        <source>Kunne ikke lese {0}: {1}</source>
        <translation>Could not read {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="329"/>
        <source>Importert: {0}.</source>
        <translation>Imported: {0}.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="53"/>
        <source>Regnes som</source>
        <translation>Counts as</translation>
    </message>
</context>
<context>
    <name>CompareActions</name>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_actions.py" line="98"/>
        <source>Sa&amp;mmenlign med …</source>
        <translation>Co&amp;mpare with …</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_actions.py" line="100"/>
        <source>Sammenlign den åpne filen med en annen, f.eks. NIRs liste mot fagsystemets eksport</source>
        <translation>Compare the open file with another, e.g. NIR&apos;s list against the case system&apos;s export</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_actions.py" line="107"/>
        <source>Sammenligning</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_actions.py" line="138"/>
        <source>Sammenlign med</source>
        <translation>Compare with</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_actions.py" line="139"/>
        <source>Regneark og CSV (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Alle filer (*)</source>
        <translation>Spreadsheets and CSV (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_actions.py" line="169"/>
        <source>Sammenligner med «{0}» …</source>
        <translation>Comparing with «{0}» …</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_actions.py" line="160"/>
        <source>Leser «{0}» for å sammenligne: {1} %</source>
        <translation>Reading «{0}» to compare: {1} %</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_actions.py" line="200"/>
        <source>«{0}» kunne ikke sammenlignes med den åpne filen. Detaljene står i loggfilen.</source>
        <translation>«{0}» could not be compared with the open file. The details are in the log file.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_actions.py" line="185"/>
        <location filename="../../nir_desktop/gui/compare/compare_actions.py" line="203"/>
        <source>Kan ikke sammenligne</source>
        <translation>Cannot compare</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_actions.py" line="186"/>
        <source>Ingenting å sammenligne: «{0}» og «{1}» har ikke noe felles ark med fødselsnummer.</source>
        <translation>Nothing to compare: «{0}» and «{1}» have no sheet with national identity numbers in common.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_actions.py" line="228"/>
        <source>Filen kan ikke endres mens den kontrolleres.</source>
        <translation>The file cannot be changed while it is being checked.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_actions.py" line="233"/>
        <source>{0} i rad {1} er satt til «{2}» (Angre med Ctrl+Z).</source>
        <translation>{0} in row {1} is set to «{2}» (undo with Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_actions.py" line="245"/>
        <source>Eksporter sammenligningen</source>
        <translation>Export the comparison</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_actions.py" line="246"/>
        <source>Excel-arbeidsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_actions.py" line="263"/>
        <source>Kan ikke lagre</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_actions.py" line="266"/>
        <source>Sammenligningen er lagret i {0}</source>
        <translation>The comparison is saved in {0}</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="61"/>
        <source>Vis forskjeller i feltet</source>
        <translation>Show differences in the field</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="64"/>
        <source>Forskjeller mellom filene</source>
        <translation>Differences between the files</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="68"/>
        <source>&amp;Gå til cellen</source>
        <translation>&amp;Go to the cell</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="69"/>
        <source>&amp;Bruk verdien fra den andre filen</source>
        <translation>&amp;Use the value from the other file</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="71"/>
        <source>&amp;Eksporter til Excel …</source>
        <translation>&amp;Export to Excel …</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="72"/>
        <source>&amp;Lukk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="74"/>
        <source>&amp;Felt:</source>
        <translation>&amp;Field:</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="121"/>
        <source>Alle felt</source>
        <translation>All fields</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="159"/>
        <source>Person / felt</source>
        <translation>Person / field</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="159"/>
        <source>Denne filen</source>
        <translation>This file</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="160"/>
        <source>«{0}»</source>
        <translation>«{0}»</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="160"/>
        <source>Rad her / der</source>
        <translation>Row here / there</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="162"/>
        <source>Ingen sammenligning.</source>
        <translation>No comparison.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="207"/>
        <source>… {0} personer til: velg et felt, eller eksporter til Excel for hele listen.</source>
        <translation>… {0} more persons: choose a field, or export to Excel for the whole list.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="168"/>
        <source>Forskjeller ({0}) hos {1} personer</source>
        <translation>Differences ({0}) for {1} persons</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="182"/>
        <source>Bare i denne filen ({0})</source>
        <translation>Only in this file ({0})</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="183"/>
        <source>Bare i «{1}» ({0})</source>
        <translation>Only in «{1}» ({0})</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="189"/>
        <source>Ikke sammenlignet, finnes bare i én av filene ({0})</source>
        <translation>Not compared, only in one of the files ({0})</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="192"/>
        <source>arket {0}</source>
        <translation>sheet {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="194"/>
        <source>bare i denne filen</source>
        <translation>only in this file</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="195"/>
        <source>bare i «{0}»</source>
        <translation>only in «{0}»</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="222"/>
        <source>(tom)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="224"/>
        <source>{0} · rad bare i én fil</source>
        <translation>{0} · row only in one file</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="176"/>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="236"/>
        <source>sak {0}</source>
        <translation>case {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="245"/>
        <source>Sammenlignet med «{0}»: ingen forskjeller. {1} personer i begge filene.</source>
        <translation>Compared with «{0}»: no differences. {1} persons in both files.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="247"/>
        <source>Sammenlignet med «{0}»: {1} forskjeller hos {2} personer · {3} bare i denne filen · {4} bare i «{0}» · {5} ikke sammenlignet.</source>
        <translation>Compared with «{0}»: {1} differences for {2} persons · {3} only in this file · {4} only in «{0}» · {5} not compared.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="304"/>
        <source>En hel rad kan ikke tas over; legg den inn i fagsystemet.</source>
        <translation>A whole row cannot be taken over; enter it in the case system.</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="341"/>
        <source>Hvor skal filene lagres?</source>
        <translation>Where should the files be saved?</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="342"/>
        <source>Forslaget er mappen der originalen ligger. Originalfilen kan ikke overskrives.</source>
        <translation>The suggestion is the folder of the original. The original file cannot be overwritten.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="346"/>
        <source>&amp;Mappe:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="348"/>
        <source>Mappe</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="350"/>
        <source>&amp;Velg mappe…</source>
        <translation>&amp;Choose folder…</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="351"/>
        <source>Velg mappe</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="356"/>
        <source>Filnavn</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="386"/>
        <source>Velg mappe for filene</source>
        <translation>Choose a folder for the files</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="413"/>
        <source>Mappen finnes ikke</source>
        <translation>The folder does not exist</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="414"/>
        <source>Mappen «{0}» finnes ikke. Velg en annen mappe.</source>
        <translation>The folder “{0}” does not exist. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="421"/>
        <source>Kan ikke skrive over originalen</source>
        <translation>Cannot overwrite the original</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="422"/>
        <source>«{0}» er originalfilen. Den endres aldri; velg et annet filnavn.</source>
        <translation>“{0}” is the original file. It is never changed; choose another file name.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="427"/>
        <source>Samme filnavn to ganger</source>
        <translation>The same file name twice</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="428"/>
        <source>To av filene har samme navn. Gi dem hvert sitt navn.</source>
        <translation>Two of the files have the same name. Give each its own name.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="433"/>
        <source>Erstatte filer?</source>
        <translation>Replace files?</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="434"/>
        <source>Disse filene finnes allerede i mappen og blir erstattet:

{0}

Vil du erstatte dem?</source>
        <translation>These files already exist in the folder and will be replaced:

{0}

Do you want to replace them?</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../nir_desktop/gui/review/document.py" line="202"/>
        <source>kolonne {0}</source>
        <translation>column {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/document.py" line="206"/>
        <source>Kolonne {0}: «{1}» (ikke brukt av kontrollen)</source>
        <translation>Column {0}: “{1}” (not used by the check)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/document.py" line="213"/>
        <source>Kolonne {0}: «{1}» = {2}</source>
        <translation>Column {0}: “{1}” = {2}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/document.py" line="259"/>
        <source>Bruk forslag ({0}): {1} i rad {2}</source>
        <translation>Apply suggestion ({0}): {1} in row {2}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/document.py" line="263"/>
        <source>Endre {0} i rad {1}</source>
        <translation>Change {0} in row {1}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/document.py" line="283"/>
        <source>Bruk alle forslag for {0} ({1} celler)</source>
        <translation>Apply all suggestions for {0} ({1} cells)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/document.py" line="304"/>
        <location filename="../../nir_desktop/gui/review/document.py" line="318"/>
        <source>rad {0}</source>
        <translation>row {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/document.py" line="307"/>
        <source>Kvitter ut {0} i {1}</source>
        <translation>Acknowledge {0} in {1}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/document.py" line="309"/>
        <source>Kvitter ut {0} advarsler</source>
        <translation>Acknowledge {0} warnings</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/document.py" line="319"/>
        <source>Angre kvittering av {0} i {1}</source>
        <translation>Withdraw acknowledgement of {0} in {1}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/document.py" line="333"/>
        <source>Gjenopprett {0} endringer fra økten</source>
        <translation>Restore {0} changes from the session</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="534"/>
        <source>Filene er lagret</source>
        <translation>The files are saved</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="539"/>
        <source>Lagrede filer</source>
        <translation>Saved files</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="543"/>
        <source>Å&amp;pne mappen</source>
        <translation>&amp;Open the folder</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="544"/>
        <source>Åpne mappen med filene</source>
        <translation>Open the folder with the files</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="558"/>
        <source>{0} filer er lagret i {1}</source>
        <translation>{0} files are saved in {1}</translation>
    </message>
</context>
<context>
    <name>ExplanationPanel</name>
    <message>
        <location filename="../../nir_desktop/gui/findings/explanation_panel.py" line="91"/>
        <source>Velg en celle eller et funn for å se hva som er galt, hvorfor det er viktig og hvordan du retter det.</source>
        <translation>Select a cell or a finding to see what is wrong, why it matters and how to fix it.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/explanation_panel.py" line="96"/>
        <source>Ingen funn i denne cellen.</source>
        <translation>No findings in this cell.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/explanation_panel.py" line="130"/>
        <source>Hva er galt</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/explanation_panel.py" line="137"/>
        <source>Forslag</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/explanation_panel.py" line="138"/>
        <source>Skriv «{0}» i cellen.</source>
        <translation>Write “{0}” in the cell.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/explanation_panel.py" line="141"/>
        <source>Kvittert</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/explanation_panel.py" line="142"/>
        <source>Kontrollert av deg: «{0}». Telles ikke lenger som åpen.</source>
        <translation>Checked by you: “{0}”. No longer counted as open.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/explanation_panel.py" line="147"/>
        <source>Hvorfor det er viktig</source>
        <translation>Why it matters</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/explanation_panel.py" line="148"/>
        <source>Slik retter du det</source>
        <translation>How to fix it</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/explanation_panel.py" line="149"/>
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/explanation_panel.py" line="151"/>
        <source>Gjelder rapporteringsår: {0}.</source>
        <translation>Applies to reporting years: {0}.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/explanation_panel.py" line="180"/>
        <source>Bruk alle {0} forslag for {1}</source>
        <translation>Apply all {0} suggestions for {1}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/explanation_panel.py" line="181"/>
        <source>Bruk alle for regelen</source>
        <translation>Apply all for the rule</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_panel.ui" line="5"/>
        <source>Forklaringspanel</source>
        <translation>Explanation panel</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_panel.ui" line="15"/>
        <source>F&amp;unn i cellen:</source>
        <translation>F&amp;indings in the cell:</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_panel.ui" line="21"/>
        <source>Velg funn i cellen</source>
        <translation>Choose a finding in the cell</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_panel.ui" line="29"/>
        <source>Forklaring av funnet</source>
        <translation>Explanation of the finding</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_panel.ui" line="38"/>
        <source>&amp;Bruk forslaget</source>
        <translation>&amp;Apply the suggestion</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_panel.ui" line="39"/>
        <source>Bruk forslaget</source>
        <translation>Apply the suggestion</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_panel.ui" line="44"/>
        <source>Bruk a&amp;lle for regelen</source>
        <translation>Apply a&amp;ll for the rule</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_panel.ui" line="45"/>
        <source>Bruk alle forslag for regelen</source>
        <translation>Apply all suggestions for the rule</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_panel.ui" line="50"/>
        <source>&amp;Kvitter ut…</source>
        <translation>Ac&amp;knowledge…</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_panel.ui" line="51"/>
        <source>Kvitter ut advarselen</source>
        <translation>Acknowledge the warning</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_panel.ui" line="56"/>
        <source>Angre k&amp;vittering</source>
        <translation>&amp;Withdraw acknowledgement</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_panel.ui" line="57"/>
        <source>Angre kvitteringen</source>
        <translation>Withdraw the acknowledgement</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/explanation_panel.py" line="169"/>
        <source>Rapporteringsåret {0} bygger på</source>
        <translation>Reporting year {0} rests on</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/explanation_panel.py" line="149"/>
        <source>Kilder</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../nir_desktop/gui/export/export_wizard.py" line="218"/>
        <source>&amp;Eksporter…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_wizard.py" line="221"/>
        <source>Lagre rettet fil, feilrapport og endringslogg</source>
        <translation>Save the corrected file, error report and change log</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_wizard.py" line="223"/>
        <source>Eksporter (Ctrl+E)</source>
        <translation>Export (Ctrl+E)</translation>
    </message>
</context>
<context>
    <name>ExportFailure</name>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="575"/>
        <source>Disse filene ble lagret før feilen: {0}.</source>
        <translation>These files were saved before the error: {0}.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="579"/>
        <source>Noe gikk galt under lagringen ({0}). Ingen halvferdig fil er lagt igjen; prøv igjen, eller velg en annen mappe.</source>
        <translation>Something went wrong while saving ({0}). No half-written file was left behind; try again, or choose another folder.</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <location filename="../../nir_desktop/gui/export/export_job.py" line="54"/>
        <source>Rettet eksport (for ny innlesing i NIR)</source>
        <translation>Corrected export (to read into NIR again)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_job.py" line="56"/>
        <source>Bare endrede rader</source>
        <translation>Only changed rows</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_job.py" line="57"/>
        <source>Feilrapport (Excel)</source>
        <translation>Error report (Excel)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_job.py" line="58"/>
        <source>Feilrapport (PDF)</source>
        <translation>Error report (PDF)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_job.py" line="61"/>
        <source>Endringslogg</source>
        <translation>Change log</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../nir_desktop/gui/export/export_wizard.py" line="70"/>
        <source>Eksporter – {0}</source>
        <translation>Export – {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_wizard.py" line="76"/>
        <source>&lt; &amp;Tilbake</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_wizard.py" line="77"/>
        <source>&amp;Neste &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_wizard.py" line="78"/>
        <location filename="../../nir_desktop/gui/export/export_wizard.py" line="146"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_wizard.py" line="79"/>
        <source>&amp;Ferdig</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_wizard.py" line="138"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_wizard.py" line="145"/>
        <source>Erstatt</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_wizard.py" line="194"/>
        <source>Filene ble ikke lagret</source>
        <translation>The files were not saved</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ui/find_bar.ui" line="5"/>
        <source>Søkelinje</source>
        <translation>Find bar</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="13"/>
        <source>&amp;Finn:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="19"/>
        <source>Tekst i en celle (saksnummer, dato, kode …)</source>
        <translation>Text in a cell (case number, date, code …)</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="21"/>
        <source>Søketekst</source>
        <translation>Search text</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="26"/>
        <source>Forrige</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="27"/>
        <source>Finn forrige</source>
        <translation>Find previous</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="32"/>
        <source>Neste</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="33"/>
        <source>Finn neste</source>
        <translation>Find next</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="38"/>
        <source>Søkeresultat</source>
        <translation>Search result</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="44"/>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="45"/>
        <source>Lukk søkelinjen</source>
        <translation>Close the find bar</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="156"/>
        <source>Funn som ikke er løst</source>
        <translation>Findings not resolved</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="157"/>
        <source>Feil og advarsler som verken er rettet eller kvittert ut.</source>
        <translation>Errors and warnings that are neither corrected nor acknowledged.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="160"/>
        <source>Åpne funn</source>
        <translation>Open findings</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="162"/>
        <source>&amp;Advarsler som ikke er kvittert ut:</source>
        <translation>&amp;Warnings not acknowledged:</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="164"/>
        <source>Advarsler som ikke er kvittert ut</source>
        <translation>Warnings not acknowledged</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="171"/>
        <source>&amp;Lukk og rett funnene</source>
        <translation>&amp;Close and fix the findings</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="172"/>
        <source>Lukk veiviseren og rett funnene</source>
        <translation>Close the wizard and fix the findings</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="173"/>
        <source>E&amp;ksporter likevel (rapporten sier at funn er åpne)</source>
        <translation>E&amp;xport anyway (the report says findings are open)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="175"/>
        <source>Eksporter likevel</source>
        <translation>Export anyway</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="187"/>
        <source>Ingen feil eller advarsler er åpne. Alt er rettet eller kvittert ut.</source>
        <translation>No errors or warnings are open. Everything is corrected or acknowledged.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="190"/>
        <source>{0} advarsler er kvittert ut og står i rapporten med merknaden din.</source>
        <translation>{0} warnings are acknowledged and appear in the report with your note.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="194"/>
        <source>&lt;b&gt;{0} feil&lt;/b&gt; og &lt;b&gt;{1} advarsler&lt;/b&gt; er verken rettet eller kvittert ut.</source>
        <translation>&lt;b&gt;{0} errors&lt;/b&gt; and &lt;b&gt;{1} warnings&lt;/b&gt; are neither corrected nor acknowledged.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="197"/>
        <source>(Kvitterte advarsler er ikke regnet med: {0}.)</source>
        <translation>(Acknowledged warnings are not counted: {0}.)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="199"/>
        <source>Du kan gå tilbake og rette dem, eller eksportere likevel. Da står det i rapporten at funn er åpne.</source>
        <translation>You can go back and fix them, or export anyway. The report then says that findings are open.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="205"/>
        <source>{0} rad {1}</source>
        <translation>{0} row {1}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="208"/>
        <source>, kolonne {0}</source>
        <translation>, column {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="211"/>
        <source>… og {0} til</source>
        <translation>… and {0} more</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="81"/>
        <source>Merknader fra innlesingen</source>
        <translation>Notes from reading the file</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="176"/>
        <source>&lt;h3&gt;Ingen funn i det som ble kontrollert&lt;/h3&gt;&lt;p&gt;Men deler av filen ble &lt;b&gt;ikke kontrollert&lt;/b&gt;; se merknadene over. Filen er ikke ren før de er rettet.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;No findings in what was checked&lt;/h3&gt;&lt;p&gt;But parts of the file were &lt;b&gt;not checked&lt;/b&gt;; see the notes above. The file is not clean until they are fixed.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="271"/>
        <source>… og {0} merknader til (hold musen over for å se alle)</source>
        <translation>… and {0} more notes (hover to see them all)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="285"/>
        <source>&lt;b&gt;Ingen funn&lt;/b&gt; i det som ble kontrollert for {0}, men deler av filen ble &lt;b&gt;ikke kontrollert&lt;/b&gt;.</source>
        <translation>&lt;b&gt;No findings&lt;/b&gt; in what was checked for {0}, but parts of the file were &lt;b&gt;not checked&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="100"/>
        <source>Alle rader</source>
        <translation>All rows</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="101"/>
        <source>Bare rader med funn</source>
        <translation>Only rows with findings</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="102"/>
        <source>Bare åpne funn (ikke kvittert)</source>
        <translation>Only open findings (not acknowledged)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="103"/>
        <source>Bare feil</source>
        <translation>Only errors</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="105"/>
        <source>Bare advarsler</source>
        <translation>Only warnings</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="107"/>
        <source>Bare info</source>
        <translation>Only info</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="110"/>
        <source>Bare regel {0}</source>
        <translation>Only rule {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="152"/>
        <location filename="../../ui/findings_panel.ui" line="13"/>
        <source>Ingen fil åpnet.</source>
        <translation>No file open.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="194"/>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="196"/>
        <source>Feil</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="197"/>
        <source>Advarsler</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="198"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="199"/>
        <source>Kvittert</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="243"/>
        <source>… og {0} til: bruk F8 eller filteret «Bare regel»</source>
        <translation>… and {0} more: use F8 or the “Only rule” filter</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="288"/>
        <source>&lt;b&gt;Ingen funn&lt;/b&gt; for rapporteringsåret {0}.</source>
        <translation>&lt;b&gt;No findings&lt;/b&gt; for reporting year {0}.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="292"/>
        <source>&lt;b&gt;{0} funn&lt;/b&gt;: {1} feil, {2} advarsler, {3} info, {4} kvittert. &lt;b&gt;{5} åpne&lt;/b&gt; (feil og advarsler som ikke er kvittert).</source>
        <translation>&lt;b&gt;{0} findings&lt;/b&gt;: {1} errors, {2} warnings, {3} info, {4} acknowledged. &lt;b&gt;{5} open&lt;/b&gt; (errors and unacknowledged warnings).</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="267"/>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="302"/>
        <source>Ikke kontrollert:</source>
        <translation>Not checked:</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="327"/>
        <source>Vis bare regel {0} i tabellen</source>
        <translation>Show only rule {0} in the table</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="330"/>
        <source>Bruk alle forslag for {0}</source>
        <translation>Apply all suggestions for {0}</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.ui" line="5"/>
        <source>Funnpanel</source>
        <translation>Findings panel</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.ui" line="16"/>
        <source>Sammendrag av funn</source>
        <translation>Summary of findings</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.ui" line="23"/>
        <source>&amp;Vis:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.ui" line="29"/>
        <source>Hvilke funn som vises</source>
        <translation>Which findings are shown</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.ui" line="45"/>
        <source>Funn gruppert per regel</source>
        <translation>Findings grouped by rule</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.ui" line="64"/>
        <source>&lt;h3&gt;Ingen funn&lt;/h3&gt;&lt;p&gt;Kontrollen fant ingen feil eller advarsler for dette rapporteringsåret.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;No findings&lt;/h3&gt;&lt;p&gt;The check found no errors or warnings for this reporting year.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.ui" line="67"/>
        <source>Ingen funn</source>
        <translation>No findings</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.ui" line="79"/>
        <source>Regler som ikke ble kontrollert</source>
        <translation>Rules that were not checked</translation>
    </message>
</context>
<context>
    <name>GoalPanel</name>
    <message>
        <location filename="../../nir_desktop/gui/findings/goal_panel.py" line="85"/>
        <source>Måloppnåelse kunne ikke beregnes for denne filen.</source>
        <translation>Goal attainment could not be computed for this file.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/goal_panel.py" line="121"/>
        <location filename="../../ui/goal_panel.ui" line="13"/>
        <source>Ingen fil åpnet.</source>
        <translation>No file open.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/goal_panel.py" line="138"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; gikk direkte til arbeid eller utdanning i {1} ({2} av {3}).</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; went directly to work or education in {1} ({2} of {3}).</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/goal_panel.py" line="143"/>
        <source>Ingen avsluttet introduksjonsprogrammet i {0} ifølge filen.</source>
        <translation>Nobody ended the introduction programme in {0} according to the file.</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="5"/>
        <source>Måloppnåelse</source>
        <translation>Goal attainment</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="15"/>
        <source>Måloppnåelse, sammendrag</source>
        <translation>Goal attainment, summary</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="23"/>
        <source>Andel som gikk direkte til arbeid eller utdanning</source>
        <translation>Share who went directly to work or education</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="28"/>
        <source>Avsluttet i året (grunnlag):</source>
        <translation>Ended in the year (basis):</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="29"/>
        <source>Grunnlag</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="30"/>
        <source>Direkte til arbeid:</source>
        <translation>Directly to work:</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="31"/>
        <source>Direkte til arbeid</source>
        <translation>Directly to work</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="32"/>
        <source>Direkte til utdanning:</source>
        <translation>Directly to education:</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="33"/>
        <source>Direkte til utdanning</source>
        <translation>Directly to education</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="34"/>
        <source>Verken arbeid eller utdanning:</source>
        <translation>Neither work nor education:</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="35"/>
        <source>Verken arbeid eller utdanning</source>
        <translation>Neither work nor education</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="36"/>
        <source>Tatt ut av grunnlaget (covid-19):</source>
        <translation>Taken out of the basis (covid-19):</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="37"/>
        <source>Tatt ut av grunnlaget</source>
        <translation>Taken out of the basis</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="43"/>
        <source>Forhåndsvisning beregnet fra filen slik den er nå, med dine endringer. IMDis endelige tall kan avvike.</source>
        <translation>Preview computed from the file as it is now, with your changes. IMDi&apos;s final figures may differ.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/goal_panel.py" line="103"/>
        <source>{0} i grunnlaget er uten registrert årsak (IMDi, juni 2024).</source>
        <translation>{0} in the basis have no registered reason (IMDi, June 2024).</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/goal_panel.py" line="99"/>
        <source>Forhåndsvisning slik NIR vil vise det, med dine endringer: «Avslutningsårsak ikke registrert» telles som ikke nådd. IMDis endelige tall kan avvike.</source>
        <translation>Preview as NIR will show it, with your changes: «Avslutningsårsak ikke registrert» counts as not achieved. IMDi&apos;s final figures may differ.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/goal_panel.py" line="106"/>
        <source>{0} av dem avsluttes av NIR selv på 3-årsfristen, uten årsak.</source>
        <translation>{0} of them are ended by NIR itself on the 3-year frist, without a reason.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/goal_panel.py" line="110"/>
        <source>2021: IMDi ventet lavere datakvalitet og ga ingen foreløpige resultater.</source>
        <translation>2021: IMDi expected lower data quality and gave no preliminary results.</translation>
    </message>
</context>
<context>
    <name>Loader</name>
    <message>
        <location filename="../../nir_desktop/gui/review/loading.py" line="63"/>
        <source>Leser «{0}» …</source>
        <translation>Reading “{0}” …</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/loading.py" line="67"/>
        <source>Kontrollerer {0} rader for {1} …</source>
        <translation>Checking {0} rows for {1} …</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/loading.py" line="85"/>
        <source>Kontrollerer for rapporteringsåret {0} …</source>
        <translation>Checking for reporting year {0} …</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/loading.py" line="123"/>
        <location filename="../../nir_desktop/gui/review/loading.py" line="126"/>
        <source>Kan ikke åpne filen</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/loading.py" line="126"/>
        <source>Kan ikke lese «{0}»: {1}. Filen er ikke endret.</source>
        <translation>Cannot read “{0}”: {1}. The file was not changed.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/loading.py" line="130"/>
        <source>Uventet feil</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/loading.py" line="130"/>
        <source>Det oppstod en uventet feil med «{0}» ({1}). Filen er ikke endret. Prøv igjen, eller send loggfilen til den som drifter programmet.</source>
        <translation>An unexpected error occurred with “{0}” ({1}). The file was not changed. Try again, or send the log file to whoever supports the program.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../nir_desktop/gui/window/main_window.py" line="240"/>
        <source>&lt;ingen endringer&gt;</source>
        <translation>&lt;no changes&gt;</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/main_window.py" line="241"/>
        <location filename="../../ui/main_window.ui" line="187"/>
        <location filename="../../ui/main_window.ui" line="188"/>
        <source>Endringshistorikk</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/status.py" line="43"/>
        <source>Antall funn</source>
        <translation>Number of findings</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/status.py" line="48"/>
        <source>Fremdrift</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/file_flow.py" line="202"/>
        <location filename="../../nir_desktop/gui/window/status.py" line="49"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/status.py" line="51"/>
        <source>Avbryt lesing eller kontroll</source>
        <translation>Cancel reading or checking</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/file_flow.py" line="35"/>
        <source>Åpne NIR-eksport</source>
        <translation>Open NIR export</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/file_flow.py" line="36"/>
        <source>Regneark og CSV (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Alle filer (*)</source>
        <translation>Spreadsheets and CSV (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/file_flow.py" line="105"/>
        <source>Avbrutt. Ingenting er endret.</source>
        <translation>Cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/file_flow.py" line="130"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/file_flow.py" line="144"/>
        <source>&amp;Tøm listen</source>
        <translation>&amp;Clear the list</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/file_flow.py" line="151"/>
        <source>Finner ikke filen</source>
        <translation>File not found</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/file_flow.py" line="152"/>
        <source>Filen «{0}» finnes ikke lenger.</source>
        <translation>The file “{0}” no longer exists.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/status.py" line="122"/>
        <source>&amp;Angre: {0}</source>
        <translation>&amp;Undo: {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/status.py" line="91"/>
        <location filename="../../nir_desktop/gui/window/status.py" line="123"/>
        <location filename="../../ui/main_window.ui" line="213"/>
        <source>&amp;Angre</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/status.py" line="124"/>
        <source>&amp;Gjør om: {0}</source>
        <translation>&amp;Redo: {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/status.py" line="92"/>
        <location filename="../../nir_desktop/gui/window/status.py" line="125"/>
        <location filename="../../ui/main_window.ui" line="217"/>
        <source>&amp;Gjør om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/status.py" line="142"/>
        <source>{0} feil · {1} advarsler · {2} info · {3} kvittert · {4} endringer</source>
        <translation>{0} errors · {1} warnings · {2} info · {3} acknowledged · {4} changes</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/status.py" line="93"/>
        <location filename="../../nir_desktop/gui/window/status.py" line="147"/>
        <source>Ingen fil åpnet</source>
        <translation>No file open</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/main_window.py" line="359"/>
        <source>{0}, rad {1}, kolonne {2}</source>
        <translation>{0}, row {1}, column {2}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/main_window.py" line="396"/>
        <source>Ingen flere funn.</source>
        <translation>No more findings.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/main_window.py" line="431"/>
        <source>{0}: {1} åpne funn</source>
        <translation>{0}: {1} open findings</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/main_window.py" line="453"/>
        <source>Ikke funnet</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/main_window.py" line="456"/>
        <source>Rad {0}, kolonne {1}</source>
        <translation>Row {0}, column {1}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/main_window.py" line="471"/>
        <source>{0} forslag brukt for {1}.</source>
        <translation>{0} suggestions applied for {1}.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/file_flow.py" line="194"/>
        <source>Endringene er ikke lagret</source>
        <translation>Your changes are not saved</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/file_flow.py" line="195"/>
        <source>Endringene dine i denne filen er ikke lagret i en økt og går tapt hvis du avslutter nå. Lagre en rettet fil med Eksporter først, eller avslutt likevel.</source>
        <translation>Your changes to this file are not saved in a session and will be lost if you quit now. Save a corrected file with Export first, or quit anyway.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/file_flow.py" line="201"/>
        <source>Avslutt likevel</source>
        <translation>Quit anyway</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/main_window.py" line="521"/>
        <source>Om NIR-kontroll</source>
        <translation>About NIR-kontroll</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/main_window.py" line="522"/>
        <source>&lt;b&gt;NIR-kontroll {0}&lt;/b&gt;&lt;p&gt;Kontrollerer eksporter fra Nasjonalt introduksjonsregister (NIR) mot IMDis veiledning før fristen, forklarer hvert funn og skriver korrigerte filer.&lt;/p&gt;&lt;p&gt;Programmet bruker ikke nettverket: filene dine blir på denne maskinen.&lt;/p&gt;</source>
        <translation>&lt;b&gt;NIR-kontroll {0}&lt;/b&gt;&lt;p&gt;Checks exports from the national introduction register (NIR) against IMDi&apos;s guidance before the deadline, explains every finding and writes corrected files.&lt;/p&gt;&lt;p&gt;The program does not use the network: your files stay on this machine.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="6"/>
        <source>NIR-kontroll</source>
        <translation>NIR-kontroll</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="7"/>
        <source>NIR-kontroll hovedvindu</source>
        <translation>NIR-kontroll main window</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="21"/>
        <source>&lt;h2&gt;Kontroller en NIR-eksport&lt;/h2&gt;&lt;p&gt;Åpne en eksport fra NIR eller fagsystemet (xlsx eller csv) med &lt;b&gt;Ctrl+O&lt;/b&gt;, eller dra filen hit.&lt;/p&gt;&lt;p&gt;Alt skjer på denne maskinen: filen sendes ingen steder.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Check an NIR export&lt;/h2&gt;&lt;p&gt;Open an export from NIR or the case system (xlsx or csv) with &lt;b&gt;Ctrl+O&lt;/b&gt;, or drag the file here.&lt;/p&gt;&lt;p&gt;Everything happens on this machine: the file is sent nowhere.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="24"/>
        <source>Velkommen</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="32"/>
        <source>Åpne fil…</source>
        <translation>Open file…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="33"/>
        <source>Åpne fil</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="38"/>
        <location filename="../../ui/main_window.ui" line="39"/>
        <source>Åpne demo-eksporten</source>
        <translation>Open the demo export</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="57"/>
        <source>Ark i filen</source>
        <translation>Sheets in the file</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="68"/>
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="70"/>
        <source>&amp;Nylige filer</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="79"/>
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="90"/>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="92"/>
        <source>&amp;Paneler</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="108"/>
        <source>&amp;Kontroll</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="113"/>
        <source>&amp;Innstillinger</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="117"/>
        <source>&amp;Hjelp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="130"/>
        <location filename="../../ui/main_window.ui" line="131"/>
        <source>Verktøylinje</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="145"/>
        <source>Statuslinje</source>
        <translation>Status bar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="148"/>
        <location filename="../../ui/main_window.ui" line="149"/>
        <source>Funn</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="161"/>
        <location filename="../../ui/main_window.ui" line="162"/>
        <source>Forklaring</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="174"/>
        <location filename="../../ui/main_window.ui" line="175"/>
        <source>Måloppnåelse</source>
        <translation>Goal attainment</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="200"/>
        <source>Å&amp;pne…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="201"/>
        <source>Åpne en NIR-eksport (xlsx eller csv)</source>
        <translation>Open an NIR export (xlsx or csv)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="202"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="205"/>
        <source>&amp;Lukk filen</source>
        <translation>&amp;Close the file</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="206"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="209"/>
        <source>&amp;Avslutt</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="210"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="214"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="218"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="221"/>
        <source>&amp;Finn…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="222"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="225"/>
        <source>&amp;Bruk forslaget</source>
        <translation>&amp;Apply the suggestion</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="226"/>
        <source>Skriv det foreslåtte innholdet inn i cellen</source>
        <translation>Write the suggested content into the cell</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="227"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="230"/>
        <source>Bruk &amp;alle forslag for regelen</source>
        <translation>Apply &amp;all suggestions for the rule</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="233"/>
        <source>&amp;Kvitter ut advarsel…</source>
        <translation>Ac&amp;knowledge warning…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="234"/>
        <source>Merk advarselen som kontrollert, med en kort merknad</source>
        <translation>Mark the warning as checked, with a short note</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="235"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="238"/>
        <source>&amp;Neste funn</source>
        <translation>&amp;Next finding</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="239"/>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="242"/>
        <source>&amp;Forrige funn</source>
        <translation>&amp;Previous finding</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="243"/>
        <source>Shift+F8</source>
        <translation>Shift+F8</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="246"/>
        <source>Bare rader med &amp;funn</source>
        <translation>Only rows with &amp;findings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="247"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="250"/>
        <source>Vis &amp;alle rader</source>
        <translation>Show &amp;all rows</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="255"/>
        <source>&amp;Skjul fødselsnummer</source>
        <translation>&amp;Hide identity numbers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="256"/>
        <source>Vis bare fødselsdatoen i fødselsnummeret (personnummeret skjules)</source>
        <translation>Show only the birth date part of the identity number (the personal number is hidden)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="259"/>
        <source>Gå til &amp;tabellen</source>
        <translation>Go to the &amp;table</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="260"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="263"/>
        <source>Gå til &amp;funnlisten</source>
        <translation>Go to the &amp;findings list</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="264"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="267"/>
        <source>Gå til f&amp;orklaringen</source>
        <translation>Go to the e&amp;xplanation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="268"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="271"/>
        <source>&amp;Kontroller på nytt</source>
        <translation>&amp;Check again</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="272"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="275"/>
        <source>Velg &amp;rapporteringsår</source>
        <translation>Choose &amp;reporting year</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="276"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="279"/>
        <source>&amp;Innstillinger…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="282"/>
        <source>&amp;Regler og veiledning</source>
        <translation>&amp;Rules and guidance</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="283"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="286"/>
        <source>&amp;Om NIR-kontroll</source>
        <translation>&amp;About NIR-kontroll</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="85"/>
        <source>Kolonnetilordning – {0}</source>
        <translation>Column mapping – {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="141"/>
        <source>Velg hva hver kolonne i filen betyr. Kolonner programmet kjente igjen er fylt ut; &lt;span style=&apos;background:#fff4ce&apos;&gt;gule&lt;/span&gt; er forslag du bør se over. Felt merket * må være med. Koblingen lagres som en profil og brukes av seg selv neste gang du åpner en fil med de samme kolonnene.</source>
        <translation>Choose what each column in the file means. Columns the program recognised are filled in; &lt;span style=&apos;background:#fff4ce&apos;&gt;yellow&lt;/span&gt; ones are suggestions you should review. Fields marked * are required. The mapping is saved as a profile and used by itself the next time you open a file with the same columns.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="149"/>
        <source>Hvorfor du ser dette:</source>
        <translation>Why you see this:</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="159"/>
        <source>Navn på koblingsprofilen</source>
        <translation>Name of the mapping profile</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="160"/>
        <source>&amp;Profilnavn:</source>
        <translation>&amp;Profile name:</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="164"/>
        <source>Ark</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="169"/>
        <source>Ikke kontroller dette arket</source>
        <translation>Do not check this sheet</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="174"/>
        <source>Hva arket «{0}» er</source>
        <translation>What the sheet “{0}” is</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="178"/>
        <source>«{0}» ({1} rader) er:</source>
        <translation>“{0}” ({1} rows) is:</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="187"/>
        <source>Verdier i filen som ikke står i kodelistene. Velg hva filens skrivemåte betyr, så godtar kontrollen den. Cellene endres ikke; når du lagrer en rettet fil, velger du om den skal ha filens skrivemåte eller kodelistens. Er verdien ny, legg den heller til i kodelisten (Data → Kodelister…).</source>
        <translation>Values in the file that are not in the code lists. Choose what the file&apos;s spelling means, and the check accepts it. The cells are not changed; when you save a corrected file you choose whether it keeps the file&apos;s spelling or the code list&apos;s. If the value is new, add it to the code list instead (Data → Code lists…).</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="196"/>
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="196"/>
        <source>Skrivemåte i filen</source>
        <translation>Spelling in the file</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="196"/>
        <source>Betyr i kodelisten</source>
        <translation>Means in the code list</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="201"/>
        <source>Regler som ikke kan kjøres</source>
        <translation>Rules that cannot run</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="210"/>
        <source>Bruk &amp;uten å lagre</source>
        <translation>Use &amp;without saving</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="212"/>
        <source>&amp;Lagre profil og kontroller</source>
        <translation>&amp;Save profile and check</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="230"/>
        <source>Filer som «{0}»</source>
        <translation>Files like “{0}”</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="254"/>
        <source>Kolonner i «{0}» ({1})</source>
        <translation>Columns in “{0}” ({1})</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="256"/>
        <source>Kodeverdier</source>
        <translation>Code values</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="266"/>
        <source>Kolonne i filen</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="266"/>
        <source>Første verdier</source>
        <translation>First values</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="267"/>
        <source>Betyr</source>
        <translation>Means</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="267"/>
        <source>Om feltet</source>
        <translation>About the field</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="278"/>
        <source>(tom)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="283"/>
        <source>Hva kolonnen «{0}» betyr</source>
        <translation>What the column “{0}” means</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="284"/>
        <source>– ikke i bruk –</source>
        <translation>– not used –</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="311"/>
        <source>Forslag – sjekk at det stemmer. </source>
        <translation>Suggestion – check that it is right. </translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="344"/>
        <source>– ikke koblet (ukjent kode) –</source>
        <translation>– not mapped (unknown code) –</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="356"/>
        <source>Alle kodeverdier i filen finnes i kodelistene.</source>
        <translation>Every code value in the file is in the code lists.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="369"/>
        <source>Velg kolonnen med fødselsnummer i «{0}». Uten den blir arket ikke kontrollert i det hele tatt.</source>
        <translation>Choose the column with the identity number in “{0}”. Without it the sheet is not checked at all.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="374"/>
        <source>Alle reglene for {0} kan kjøres.</source>
        <translation>All rules for {0} can run.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="377"/>
        <source>{0} regler kan ikke kjøres for {1} med denne koblingen:</source>
        <translation>{0} rules cannot run for {1} with this mapping:</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="380"/>
        <source>mangler</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="481"/>
        <source>Gi profilen et navn, for eksempel navnet på fagsystemet.</source>
        <translation>Give the profile a name, for example the name of the case system.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="490"/>
        <source>Profilen kunne ikke lagres ({0}).</source>
        <translation>The profile could not be saved ({0}).</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="504"/>
        <source>Koblingsprofil</source>
        <translation>Mapping profile</translation>
    </message>
</context>
<context>
    <name>MappingIntegration</name>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_hooks.py" line="104"/>
        <source>&amp;Kolonnetilordning…</source>
        <translation>&amp;Column mapping…</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_hooks.py" line="106"/>
        <source>Fortell programmet hva kolonnene i filen betyr, og lagre det som en profil</source>
        <translation>Tell the program what the columns in the file mean, and save it as a profile</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_hooks.py" line="109"/>
        <source>Koblings&amp;profiler…</source>
        <translation>Mapping &amp;profiles…</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_hooks.py" line="112"/>
        <source>&amp;Kodelister…</source>
        <translation>&amp;Code lists…</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_hooks.py" line="115"/>
        <source>Legg til i &amp;kodelisten…</source>
        <translation>Add to the &amp;code list…</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_hooks.py" line="119"/>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_hooks.py" line="129"/>
        <source>Legg til i kodelisten…</source>
        <translation>Add to the code list…</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_hooks.py" line="154"/>
        <source>Legg til «{0}» i kodelisten…</source>
        <translation>Add “{0}” to the code list…</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_hooks.py" line="156"/>
        <source>«{0}» er en annen skrivemåte for en kode…</source>
        <translation>“{0}” is another spelling of a code…</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_hooks.py" line="206"/>
        <source>Kolonnetilordning</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_hooks.py" line="207"/>
        <source>Filen leses inn på nytt med den nye koblingen. Endringene dine er lagret i økten, og du får tilbud om å hente dem tilbake.</source>
        <translation>The file is read again with the new mapping. Your changes are saved in the session, and you will be offered to bring them back.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_hooks.py" line="219"/>
        <source>Koblingsprofiler</source>
        <translation>Mapping profiles</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_hooks.py" line="220"/>
        <source>Mappen for koblingsprofiler kan ikke brukes. Sjekk at du har skrivetilgang til programmets datamappe, eller be IT om hjelp.</source>
        <translation>The folder for mapping profiles cannot be used. Check that you can write to the program&apos;s data folder, or ask IT for help.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_hooks.py" line="266"/>
        <source>Kodelisten ble ikke endret</source>
        <translation>The code list was not changed</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_hooks.py" line="270"/>
        <source>«{0}» er lagt til i kodelisten. Kontrollerer på nytt …</source>
        <translation>“{0}” was added to the code list. Checking again …</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="239"/>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="319"/>
        <source>Valg for rapportene</source>
        <translation>Report options</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="240"/>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="320"/>
        <source>Personvern og format for feilrapporten og endringsloggen.</source>
        <translation>Privacy and format for the error report and the change log.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="243"/>
        <source>&amp;Skjul personnummeret i fødselsnumre (anbefalt)</source>
        <translation>&amp;Hide the personal number in identity numbers (recommended)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="245"/>
        <source>Skjul fødselsnumre i rapportene</source>
        <translation>Hide identity numbers in the reports</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="246"/>
        <source>Feilrapporten og endringsloggen viser bare fødselsdatoen, f.eks. 158385*****. Den rettede eksporten og «bare endrede rader» har alltid hele numrene.</source>
        <translation>The error report and the change log show only the birth date, e.g. 158385*****. The corrected export and “only changed rows” always have the full numbers.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="250"/>
        <source>Format for feilrapporten</source>
        <translation>Format of the error report</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="252"/>
        <source>E&amp;xcel (.xlsx) – alle funn, kan sorteres og filtreres</source>
        <translation>E&amp;xcel (.xlsx) – all findings, can be sorted and filtered</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="254"/>
        <source>&amp;PDF – for utskrift eller til leder</source>
        <translation>&amp;PDF – for printing or for the manager</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="256"/>
        <source>Feilrapport som Excel</source>
        <translation>Error report as Excel</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="257"/>
        <source>Feilrapport som PDF</source>
        <translation>Error report as PDF</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="261"/>
        <source>Endringsloggen</source>
        <translation>The change log</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="263"/>
        <source>Som et eget a&amp;rk i feilrapporten</source>
        <translation>As a separate s&amp;heet in the error report</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="264"/>
        <source>Som en egen &amp;fil</source>
        <translation>As a separate &amp;file</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="266"/>
        <source>Endringslogg i rapporten</source>
        <translation>Change log in the report</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="267"/>
        <source>Endringslogg som egen fil</source>
        <translation>Change log as a separate file</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="275"/>
        <source>Verdikoblinger i den rettede filen</source>
        <translation>Value mappings in the corrected file</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="278"/>
        <source>&amp;Behold filens skrivemåte</source>
        <translation>&amp;Keep the file&apos;s spelling</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="279"/>
        <source>Skriv &amp;verdien fra kodelisten</source>
        <translation>Write the &amp;value from the code list</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="282"/>
        <source>Behold filens skrivemåte</source>
        <translation>Keep the file&apos;s spelling</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="283"/>
        <source>Skriv verdien fra kodelisten</source>
        <translation>Write the value from the code list</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="310"/>
        <source>Valg for filene</source>
        <translation>Options for the files</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="311"/>
        <source>Verdikoblinger, personvern og format.</source>
        <translation>Value mappings, privacy and format.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="313"/>
        <source>Koblingsprofilen kobler filens egen skrivemåte av noen koder til verdier i kodelisten ({0} celler). Den rettede filen kan beholde filens skrivemåte, eller få verdien fra kodelisten.</source>
        <translation>The mapping profile maps the file&apos;s own spelling of some codes to values in the code list ({0} cells). The corrected file can keep the file&apos;s spelling, or get the value from the code list.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="316"/>
        <source>Skriv &amp;verdien fra kodelisten ({0} celler endres)</source>
        <translation>Write the &amp;value from the code list ({0} cells change)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="323"/>
        <source>Endringsloggen blir en egen fil, siden du ikke lager feilrapport.</source>
        <translation>The change log becomes a separate file, since you are not making an error report.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="41"/>
        <source>{0}: {1} kolonner</source>
        <translation>{0}: {1} columns</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="45"/>
        <source>{0} kodeverdier</source>
        <translation>{0} code values</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="46"/>
        <source>ingen koblinger</source>
        <translation>no mappings</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="57"/>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="218"/>
        <source>Koblingsprofiler</source>
        <translation>Mapping profiles</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="63"/>
        <source>En koblingsprofil sier hva kolonnene i en filtype betyr. Programmet velger profilen selv når du åpner en fil med de samme kolonnene. Eksporter en profil for å gi den til kolleger.</source>
        <translation>A mapping profile says what the columns of a kind of file mean. The program chooses the profile by itself when you open a file with the same columns. Export a profile to give it to colleagues.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="71"/>
        <source>Lagrede koblingsprofiler</source>
        <translation>Saved mapping profiles</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="74"/>
        <source>Gi nytt &amp;navn…</source>
        <translation>Re&amp;name…</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="75"/>
        <source>&amp;Slett</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="76"/>
        <source>&amp;Eksporter…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="77"/>
        <source>&amp;Importer…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="78"/>
        <source>&amp;Bruk på åpen fil</source>
        <translation>&amp;Use on the open file</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="80"/>
        <source>Les filen som er åpen på nytt med denne profilen, også om kolonnene ikke er helt de samme som profilen ble laget for.</source>
        <translation>Read the open file again with this profile, even if the columns are not quite the ones the profile was made for.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="112"/>
        <source>Ingen lagrede profiler ennå. Lag en med Data → Kolonnetilordning…</source>
        <translation>No saved profiles yet. Make one with Data → Column mapping…</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="140"/>
        <source>Gi nytt navn</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="141"/>
        <source>Nytt navn på «{0}»:</source>
        <translation>New name for “{0}”:</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="151"/>
        <source>Slett profil</source>
        <translation>Delete profile</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="152"/>
        <source>Slette koblingsprofilen «{0}»? Filene dine endres ikke.</source>
        <translation>Delete the mapping profile “{0}”? Your files are not changed.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="163"/>
        <source>Eksporter koblingsprofil</source>
        <translation>Export mapping profile</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="164"/>
        <source>Koblingsprofil (*.json)</source>
        <translation>Mapping profile (*.json)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="170"/>
        <source>Profilen er eksportert til {0}.</source>
        <translation>The profile was exported to {0}.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="175"/>
        <source>Importer koblingsprofil</source>
        <translation>Import mapping profile</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="176"/>
        <source>Koblingsprofil (*.json);;Alle filer (*)</source>
        <translation>Mapping profile (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="208"/>
        <source>Det gikk ikke: {0}</source>
        <translation>That did not work: {0}</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <location filename="../../nir_desktop/gui/app.py" line="134"/>
        <source>Selvtest feilet: tidsavbrudd etter {0} sekunder</source>
        <translation>Self-test failed: timed out after {0} seconds</translation>
    </message>
</context>
<context>
    <name>SessionExchange</name>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="40"/>
        <source>NIR-kontroll-økt (*.json);;Alle filer (*)</source>
        <translation>NIR-kontroll session (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="55"/>
        <source>{0} rettinger brukt</source>
        <translation>{0} corrections applied</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="57"/>
        <source>{0} var allerede gjort</source>
        <translation>{0} were already done</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="60"/>
        <source>{0} i konflikt</source>
        <translation>{0} in conflict</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="62"/>
        <source>{0} kunne ikke brukes</source>
        <translation>{0} could not be applied</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="65"/>
        <source>{0} av {1} kvitteringer overført</source>
        <translation>{0} of {1} acknowledgements carried over</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="77"/>
        <source>Ikke gjort:</source>
        <translation>Not done:</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="80"/>
        <source>{0} rad {1}, kolonne {2}</source>
        <translation>{0} row {1}, column {2}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="86"/>
        <source>… og {0} til.</source>
        <translation>… and {0} more.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="91"/>
        <source>{0} kvitteringer kunne ikke overføres:</source>
        <translation>{0} acknowledgements could not be carried over:</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="106"/>
        <source>Eksporter ø&amp;kt…</source>
        <translation>Export se&amp;ssion…</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="109"/>
        <source>Lagre rettinger og kvitteringer i en fil du kan gi til en kollega</source>
        <translation>Save corrections and acknowledgements in a file you can give to a colleague</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="110"/>
        <source>&amp;Importer økt…</source>
        <translation>&amp;Import session…</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="113"/>
        <source>Bruk rettinger og kvitteringer fra en kollegas øktfil på filen som er åpen</source>
        <translation>Apply corrections and acknowledgements from a colleague&apos;s session file to the open file</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="133"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="147"/>
        <source>Eksporter økt</source>
        <translation>Export session</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="152"/>
        <source>Importer økt</source>
        <translation>Import session</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="163"/>
        <source>Ingen økt å eksportere</source>
        <translation>No session to export</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="164"/>
        <source>Arbeidet med denne filen lagres ikke i en økt (se meldingen da filen ble åpnet), så det er ingen økt å eksportere.</source>
        <translation>The work on this file is not saved in a session (see the message shown when the file was opened), so there is no session to export.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="167"/>
        <source>Øktfilen inneholder fødselsnumre</source>
        <translation>The session file contains identity numbers</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="168"/>
        <source>Øktfilen inneholder rettingene og kvitteringene dine, og fødselsnummeret til hver person du har rettet noe hos.

Gi den bare til en kollega som har tjenstlig behov, på en sikker måte (ikke som vanlig e-post), og slett den når kollegaen har importert den.</source>
        <translation>The session file contains your corrections and acknowledgements, and the identity number of every person you corrected something for.

Give it only to a colleague with a need to know, in a secure way (not as ordinary e-mail), and delete it once the colleague has imported it.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="171"/>
        <source>Forstått, eksporter</source>
        <translation>Understood, export</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="172"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="185"/>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="189"/>
        <source>Økten ble ikke eksportert</source>
        <translation>The session was not exported</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="192"/>
        <source>Økten er lagret i {0}.</source>
        <translation>The session is saved in {0}.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="211"/>
        <source>Økten kunne ikke leses</source>
        <translation>The session could not be read</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="220"/>
        <source>Økten er fra en annen utgave av filen ({0}); rettingene er flyttet etter fødselsnummer.</source>
        <translation>The session is from another version of the file ({0}); the corrections were moved by identity number.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="222"/>
        <source>Økt importert</source>
        <translation>Session imported</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="270"/>
        <source>en fil</source>
        <translation>a file</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="272"/>
        <source>ukjent tid</source>
        <translation>unknown time</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="273"/>
        <source>NIR-kontroll ble avsluttet uten å lagre ferdig. For «{0}» finnes {1} endringer og kvitteringer som ikke var lagret i økten (siste endring {2}).</source>
        <translation>NIR-kontroll ended without finishing saving. For “{0}” there are {1} changes and acknowledgements that were not saved in the session (last change {2}).</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="277"/>
        <source>Den aller siste endringen ble avbrutt og kan ikke hentes.</source>
        <translation>The very last change was interrupted and cannot be recovered.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="286"/>
        <source>Hente tilbake ulagret arbeid?</source>
        <translation>Recover unsaved work?</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="290"/>
        <source>Vil du åpne filen og fortsette der du slapp?</source>
        <translation>Do you want to open the file and continue where you left off?</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="291"/>
        <source>Åpne og hent tilbake</source>
        <translation>Open and recover</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="294"/>
        <source>Åpne «{0}» igjen, så får du tilbud om å fortsette med dem.</source>
        <translation>Open “{0}” again, and you will be offered to continue with them.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="297"/>
        <source>Senere</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="298"/>
        <source>Forkast endringene</source>
        <translation>Discard the changes</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="279"/>
        <source>Den lagrede økten er skadet. Den legges til side og bygges opp igjen fra de ulagrede endringene.</source>
        <translation>The saved session is damaged. It is set aside and rebuilt from the unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="283"/>
        <source>Disse linjene i journalen er skadet og kan ikke hentes (journalen tas vare på):</source>
        <translation>These lines of the journal are damaged and cannot be recovered (the journal is kept):</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="316"/>
        <source>Endringene ble ikke forkastet</source>
        <translation>The changes were not discarded</translation>
    </message>
</context>
<context>
    <name>SessionLink</name>
    <message>
        <location filename="../../nir_desktop/gui/review/session_link.py" line="107"/>
        <source>Økten lagres ikke</source>
        <translation>The session is not saved</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/session_link.py" line="191"/>
        <source>Endringen ble ikke lagret i økten</source>
        <translation>The change was not saved in the session</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/session_link.py" line="208"/>
        <source>Kvitteringen ble ikke lagret i økten</source>
        <translation>The acknowledgement was not saved in the session</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/session_link.py" line="215"/>
        <source>Fortsette der du slapp?</source>
        <translation>Continue where you left off?</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/session_link.py" line="216"/>
        <source>Du har arbeidet med denne filen før ({0}): {1} endringer og {2} kvitteringer er lagret.

Vil du fortsette med dem?</source>
        <translation>You have worked on this file before ({0}): {1} changes and {2} acknowledgements are saved.

Do you want to continue with them?</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/session_link.py" line="220"/>
        <source>Fortsett</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/session_link.py" line="221"/>
        <source>Begynn på nytt</source>
        <translation>Start over</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/session_link.py" line="226"/>
        <source>Filen er allerede åpen</source>
        <translation>The file is already open</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/session_link.py" line="229"/>
        <source>Åpne likevel</source>
        <translation>Open anyway</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/session_link.py" line="230"/>
        <source>Ikke lagre økten</source>
        <translation>Don&apos;t save the session</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/session_link.py" line="118"/>
        <source>Økten var skadet</source>
        <translation>The session was damaged</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/session_link.py" line="146"/>
        <source>Økten er ikke lagret – prøver igjen …</source>
        <translation>The session is not saved – trying again …</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/session_link.py" line="150"/>
        <source>Økten kan ikke lagres nå</source>
        <translation>The session cannot be saved right now</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/session_link.py" line="157"/>
        <source>Økten er lagret igjen. Ingen endringer gikk tapt.</source>
        <translation>The session is saved again. No changes were lost.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="5"/>
        <location filename="../../ui/settings_dialog.ui" line="6"/>
        <source>Innstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="13"/>
        <source>&amp;Språk:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="19"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="24"/>
        <source>Skjul &amp;fødselsnummer i tabellen når en fil åpnes</source>
        <translation>Hide identity &amp;numbers in the table when a file opens</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="25"/>
        <source>Skjul fødselsnummer som standard</source>
        <translation>Hide identity numbers by default</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="32"/>
        <source>Nytt språk tas i bruk neste gang programmet starter.</source>
        <translation>A new language takes effect the next time the program starts.</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../../nir_desktop/gui/findings/severity_style.py" line="36"/>
        <source>Feil</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/severity_style.py" line="37"/>
        <source>Advarsel</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/severity_style.py" line="38"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../nir_desktop/gui/window/sheet_page.py" line="31"/>
        <source>Tabell for arket {0}</source>
        <translation>Table for the sheet {0}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="448"/>
        <source>Klar til å lagre</source>
        <translation>Ready to save</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="449"/>
        <source>Se over valgene og trykk «Lagre filene».</source>
        <translation>Review the choices and press “Save the files”.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="451"/>
        <source>&amp;Lagre filene</source>
        <translation>&amp;Save the files</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="454"/>
        <source>Sammendrag</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="462"/>
        <source>Fremdrift</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="474"/>
        <source>Disse filene blir lagret i &lt;b&gt;{0}&lt;/b&gt;:</source>
        <translation>These files will be saved in &lt;b&gt;{0}&lt;/b&gt;:</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="481"/>
        <source>{0} endrede celler</source>
        <translation>{0} changed cells</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="483"/>
        <source>{0} celler får verdien fra kodelisten</source>
        <translation>{0} cells get the value from the code list</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="486"/>
        <source>filens skrivemåte beholdes i {0} celler med verdikobling</source>
        <translation>the file&apos;s spelling is kept in {0} cells with a value mapping</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="489"/>
        <source>fødselsnumre skjult i rapportene</source>
        <translation>identity numbers hidden in the reports</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="490"/>
        <source>fødselsnumre vises i sin helhet i rapportene</source>
        <translation>identity numbers shown in full in the reports</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="493"/>
        <source>{0} feil og {1} advarsler er åpne (står i rapporten)</source>
        <translation>{0} errors and {1} warnings are open (stated in the report)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="496"/>
        <source>Originalfilen {0} blir ikke endret.</source>
        <translation>The original file {0} is not changed.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="507"/>
        <source>Lagrer …</source>
        <translation>Saving …</translation>
    </message>
</context>
<context>
    <name>WhatPage</name>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="98"/>
        <source>Hva vil du lagre?</source>
        <translation>What do you want to save?</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="99"/>
        <source>Originalfilen endres aldri. Alt du velger her, blir nye filer.</source>
        <translation>The original file is never changed. Everything you choose here becomes new files.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="102"/>
        <source>&amp;Rettet eksport i samme oppsett som originalen</source>
        <translation>&amp;Corrected export in the same layout as the original</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="105"/>
        <source>Samme ark, kolonner, rekkefølge og formater som originalen, med rettingene dine. Klar til å lese inn igjen.</source>
        <translation>The same sheets, columns, order and formats as the original, with your corrections. Ready to import again.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="107"/>
        <source>&amp;Bare radene du har endret</source>
        <translation>&amp;Only the rows you changed</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="108"/>
        <source>&amp;Feilrapport (til en kollega eller leder)</source>
        <translation>&amp;Error report (for a colleague or manager)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="109"/>
        <source>&amp;Endringslogg (hva som ble endret, celle for celle)</source>
        <translation>Change &amp;log (what was changed, cell by cell)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="115"/>
        <source>Rettet eksport</source>
        <translation>Corrected export</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="116"/>
        <source>Bare endrede rader</source>
        <translation>Only changed rows</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="117"/>
        <source>Feilrapport</source>
        <translation>Error report</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="118"/>
        <source>Endringslogg</source>
        <translation>Change log</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="123"/>
        <source>Samme ark, kolonner og formater som originalen – klar til å lese inn i NIR igjen.</source>
        <translation>The same sheets, columns and formats as the original – ready to import into NIR again.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="140"/>
        <source>Du har ikke endret noen celler ennå. Den rettede filen blir da lik originalen.</source>
        <translation>You have not changed any cells yet. The corrected file will then be the same as the original.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="143"/>
        <source>{0} celler er endret.</source>
        <translation>{0} cells are changed.</translation>
    </message>
</context>
<context>
    <name>YearControls</name>
    <message>
        <location filename="../../nir_desktop/gui/window/year_controls.py" line="32"/>
        <source>&amp;Rapporteringsår:</source>
        <translation>&amp;Reporting year:</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/year_controls.py" line="34"/>
        <source>Rapporteringsår</source>
        <translation>Reporting year</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/year_controls.py" line="40"/>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/year_controls.py" line="104"/>
        <source>{0} dager igjen</source>
        <translation>{0} days left</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/year_controls.py" line="106"/>
        <source>1 dag igjen</source>
        <translation>1 day left</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/year_controls.py" line="108"/>
        <source>fristen er i dag</source>
        <translation>the deadline is today</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/year_controls.py" line="110"/>
        <source>fristen gikk ut for {0} dager siden</source>
        <translation>the deadline passed {0} days ago</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/year_controls.py" line="111"/>
        <source>Frist for {0}: {1} – {2}</source>
        <translation>Deadline for {0}: {1} – {2}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/year_controls.py" line="113"/>
        <source> (ikke bekreftet)</source>
        <translation> (not confirmed)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/year_controls.py" line="58"/>
        <source>frist {0}</source>
        <translation>deadline {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/year_controls.py" line="59"/>
        <source>frist {0} (ikke bekreftet)</source>
        <translation>deadline {0} (not confirmed)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/year_controls.py" line="68"/>
        <source>Bygger på:</source>
        <translation>Rests on:</translation>
    </message>
</context>
<context>
    <name>_ListPage</name>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="84"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="87"/>
        <source>Andre skrivemåter (skill med komma)</source>
        <translation>Other spellings (separate with commas)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="93"/>
        <source>Verdiene i kodelisten {0}</source>
        <translation>The values of the code list {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="101"/>
        <source>&amp;Legg til verdi</source>
        <translation>&amp;Add value</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="102"/>
        <source>&amp;Fjern verdi</source>
        <translation>&amp;Remove value</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="103"/>
        <source>&amp;Gjenopprett standardlisten</source>
        <translation>&amp;Restore the standard list</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="127"/>
        <source>Du bruker din egen versjon av listen.</source>
        <translation>You are using your own version of the list.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="128"/>
        <source>Du bruker standardlisten som følger med programmet.</source>
        <translation>You are using the standard list that comes with the program.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="130"/>
        <source> NIRs egne lister er ikke offentlige: standardlisten er et forslag som du kan rette og utvide.</source>
        <translation> NIR&apos;s own lists are not public: the standard list is a suggestion you can correct and extend.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="145"/>
        <source>– ikke valgt –</source>
        <translation>– not chosen –</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="179"/>
        <source>Koden «{0}» står to ganger i listen {1}.</source>
        <translation>The code “{0}” appears twice in the list {1}.</translation>
    </message>
</context>
</TS>
