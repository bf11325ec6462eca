<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO" sourcelanguage="nb_NO">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <location filename="../../nir_desktop/gui/findings/acknowledge_dialog.py" line="20"/>
        <source>kontrollert, riktig</source>
        <translation>kontrollert, rett</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/acknowledge_dialog.py" line="21"/>
        <source>kontrollert mot saken i fagsystemet</source>
        <translation>kontrollert mot saka i fagsystemet</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/acknowledge_dialog.py" line="22"/>
        <source>avklart med leder</source>
        <translation>avklart med leiar</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge_dialog.ui" line="5"/>
        <location filename="../../ui/acknowledge_dialog.ui" line="6"/>
        <source>Kvitter ut advarsel</source>
        <translation>Kvitter ut åtvaring</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge_dialog.ui" line="12"/>
        <source>Advarselen som kvitteres ut</source>
        <translation>Åtvaringa som blir kvittert ut</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge_dialog.ui" line="17"/>
        <source>&amp;Merknad (hvorfor verdien er riktig):</source>
        <translation>&amp;Merknad (kvifor verdien er rett):</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge_dialog.ui" line="24"/>
        <source>Merknad</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge_dialog.ui" line="29"/>
        <source>En kvittert advarsel telles ikke lenger som åpen. Den vises med et eget merke og lagres i økten.</source>
        <translation>Ei kvittert åtvaring blir ikkje lenger rekna som open. Ho blir vist med eit eige merke og lagra i økta.</translation>
    </message>
</context>
<context>
    <name>AddCodeDialog</name>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="358"/>
        <source>Legg til i kodelisten {0}</source>
        <translation>Legg til i kodelista {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="361"/>
        <source>«{0}» finnes ikke i kodelisten {1}. Legg den til hvis den er en gyldig verdi i NIR; kontrollen kjøres da på nytt. Er det en skrivefeil, rett heller cellen.</source>
        <translation>«{0}» finst ikkje i kodelista {1}. Legg den til dersom den er ein gyldig verdi i NIR; kontrollen blir då køyrd på nytt. Er det ein skrivefeil, rett heller cella.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="369"/>
        <source>&amp;Kode:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="383"/>
        <source>Arbeid og utdanning (videregående eller høyere) teller som nådd mål i måloppnåelsen.</source>
        <translation>Arbeid og utdanning (vidaregåande eller høgare) tel som nådd mål i måloppnåinga.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="391"/>
        <source>&amp;Legg til</source>
        <translation>&amp;Legg til</translation>
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
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/forms.py" line="119"/>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../../nir_desktop/gui/findings/catalogue_dialog.py" line="116"/>
        <source>Fant ingen veiledningstekster.</source>
        <translation>Fann ingen rettleiingstekstar.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/catalogue_dialog.py" line="161"/>
        <source>{0} · «{1}» · gjelder {2}</source>
        <translation>{0} · «{1}» · gjeld {2}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/catalogue_dialog.py" line="162"/>
        <source>Hvorfor det er viktig</source>
        <translation>Kvifor det er viktig</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/catalogue_dialog.py" line="163"/>
        <source>Slik retter du det</source>
        <translation>Slik rettar du det</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/catalogue_dialog.py" line="165"/>
        <source>Trenger kolonnene</source>
        <translation>Treng kolonnane</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/catalogue_dialog.py" line="166"/>
        <source>Kilde</source>
        <translation>Kjelde</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/catalogue_dialog.py" line="172"/>
        <source>Feil</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/catalogue_dialog.py" line="172"/>
        <source>Riktig</source>
        <translation>Rett</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/catalogue_dialog.py" line="176"/>
        <source>Eksempler</source>
        <translation>Døme</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/catalogue_dialog.py" line="186"/>
        <source>Kunne ikke lese {0}.</source>
        <translation>Kunne ikkje lese {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.ui" line="5"/>
        <location filename="../../ui/catalogue_dialog.ui" line="6"/>
        <location filename="../../ui/catalogue_dialog.ui" line="11"/>
        <source>Regler og veiledning</source>
        <translation>Reglar og rettleiing</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.ui" line="13"/>
        <source>&amp;Regler</source>
        <translation>&amp;Reglar</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.ui" line="19"/>
        <source>Filtrer regler…</source>
        <translation>Filtrer reglar…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.ui" line="22"/>
        <source>Filtrer regler</source>
        <translation>Filtrer reglar</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.ui" line="27"/>
        <source>Regler</source>
        <translation>Reglar</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.ui" line="35"/>
        <source>Regelen forklart</source>
        <translation>Regelen forklart</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.ui" line="42"/>
        <source>&amp;Veiledning</source>
        <translation>Re&amp;ttleiing</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.ui" line="46"/>
        <source>Veiledningstekster</source>
        <translation>Rettleiingstekstar</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_dialog.ui" line="52"/>
        <source>Veiledningstekst</source>
        <translation>Rettleiingstekst</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/catalogue_dialog.py" line="96"/>
        <source>Bare regler for {0} ({1} av {2})</source>
        <translation>Berre reglar for {0} ({1} av {2})</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/catalogue_dialog.py" line="167"/>
        <source>Kilder</source>
        <translation>Kjelder</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <location filename="../../nir_desktop/gui/window/delegates.py" line="81"/>
        <source>Velg {0} fra kodelisten</source>
        <translation>Vel {0} frå kodelista</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/delegates.py" line="87"/>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/delegates.py" line="88"/>
        <source>Nei</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/delegates.py" line="92"/>
        <source>Celleverdi</source>
        <translation>Celleverdi</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/delegates.py" line="94"/>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/delegates.py" line="145"/>
        <source>«{0}» er ikke en dato. Skriv datoen som dd.mm.åååå, for eksempel 15.03.2021.</source>
        <translation>«{0}» er ikkje ein dato. Skriv datoen som dd.mm.åååå, til dømes 15.03.2021.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/delegates.py" line="151"/>
        <source>«{0}» er ikke et tall.</source>
        <translation>«{0}» er ikkje eit tal.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/delegates.py" line="158"/>
        <source>Fødselsnummeret er ikke gyldig: det må ha 11 siffer med riktige kontrollsifre.</source>
        <translation>Fødselsnummeret er ikkje gyldig: det må ha 11 siffer med rette kontrollsiffer.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/delegates.py" line="166"/>
        <source>Kommunenummeret må ha 4 siffer, med ledende null (for eksempel 0301).</source>
        <translation>Kommunenummeret må ha 4 siffer, med null først (til dømes 0301).</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/delegates.py" line="172"/>
        <source>Skriv ja eller nei.</source>
        <translation>Skriv ja eller nei.</translation>
    </message>
</context>
<context>
    <name>CodeListSettings</name>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="50"/>
        <source>Gruppe</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="51"/>
        <source>Teller som</source>
        <translation>Tel som</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="52"/>
        <source>Lov</source>
        <translation>Lov</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="211"/>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="343"/>
        <source>Kodelister</source>
        <translation>Kodelister</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="218"/>
        <source>Kontrollen sammenligner lov, tiltak, sluttmål, avslutningsårsak, kategori og norskmål med disse listene. Endringene lagres for deg og brukes ved neste kontroll. Avslutningsårsak sier også om personen teller som gått til arbeid eller utdanning i måloppnåelsen.</source>
        <translation>Kontrollen samanliknar lov, tiltak, sluttmål, avslutningsårsak, kategori og norskmål med desse listene. Endringane blir lagra for deg, og kontrollen brukar dei neste gong. Avslutningsårsaka seier òg om personen tel som gått over til arbeid eller utdanning i måloppnåinga.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="238"/>
        <source>&amp;Eksporter…</source>
        <translation>&amp;Eksporter…</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="239"/>
        <source>&amp;Importer…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="247"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="275"/>
        <source>Kodelistene kunne ikke lagres: {0}</source>
        <translation>Kodelistene kunne ikkje lagrast: {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="279"/>
        <source>Kodelistene er lagret.</source>
        <translation>Kodelistene er lagra.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="285"/>
        <source>Gjenopprett standardlisten</source>
        <translation>Gjenopprett standardlista</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="286"/>
        <source>Erstatte din versjon av {0} med standardlisten? Verdier du har lagt til, forsvinner.</source>
        <translation>Erstatte din versjon av {0} med standardlista? Verdiar du har lagt til, forsvinn.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="297"/>
        <source>Eksporter kodelister</source>
        <translation>Eksporter kodelister</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="298"/>
        <source>Kodelister (*.json)</source>
        <translation>Kodelister (*.json)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="305"/>
        <source>Kunne ikke skrive {0}: {1}</source>
        <translation>Kunne ikkje skrive {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="308"/>
        <source>Kodelistene er eksportert til {0}.</source>
        <translation>Kodelistene er eksporterte til {0}.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="314"/>
        <source>Importer kodelister</source>
        <translation>Importer kodelister</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="315"/>
        <source>Kodelister (*.json);;Alle filer (*)</source>
        <translation>Kodelister (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="325"/>
        <source>Kunne ikke lese {0}: {1}</source>
        <translation>Kunne ikkje lese {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="329"/>
        <source>Importert: {0}.</source>
        <translation>Importert: {0}.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="53"/>
        <source>Regnes som</source>
        <translation>Blir rekna som</translation>
    </message>
</context>
<context>
    <name>CompareActions</name>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_actions.py" line="98"/>
        <source>Sa&amp;mmenlign med …</source>
        <translation>Sa&amp;manlikn med …</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_actions.py" line="100"/>
        <source>Sammenlign den åpne filen med en annen, f.eks. NIRs liste mot fagsystemets eksport</source>
        <translation>Samanlikn den opne fila med ei anna, til dømes lista frå NIR mot eksporten frå fagsystemet</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_actions.py" line="107"/>
        <source>Sammenligning</source>
        <translation>Samanlikning</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_actions.py" line="138"/>
        <source>Sammenlign med</source>
        <translation>Samanlikn med</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_actions.py" line="139"/>
        <source>Regneark og CSV (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Alle filer (*)</source>
        <translation>Rekneark og CSV (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_actions.py" line="169"/>
        <source>Sammenligner med «{0}» …</source>
        <translation>Samanliknar med «{0}» …</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_actions.py" line="160"/>
        <source>Leser «{0}» for å sammenligne: {1} %</source>
        <translation>Les «{0}» for å samanlikne: {1} %</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_actions.py" line="200"/>
        <source>«{0}» kunne ikke sammenlignes med den åpne filen. Detaljene står i loggfilen.</source>
        <translation>«{0}» kunne ikkje samanliknast med den opne fila. Detaljane står i loggfila.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_actions.py" line="185"/>
        <location filename="../../nir_desktop/gui/compare/compare_actions.py" line="203"/>
        <source>Kan ikke sammenligne</source>
        <translation>Kan ikkje samanlikne</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_actions.py" line="186"/>
        <source>Ingenting å sammenligne: «{0}» og «{1}» har ikke noe felles ark med fødselsnummer.</source>
        <translation>Ingenting å samanlikne: «{0}» og «{1}» har ikkje noko felles ark med fødselsnummer.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_actions.py" line="228"/>
        <source>Filen kan ikke endres mens den kontrolleres.</source>
        <translation>Fila kan ikkje endrast medan ho blir kontrollert.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_actions.py" line="233"/>
        <source>{0} i rad {1} er satt til «{2}» (Angre med Ctrl+Z).</source>
        <translation>{0} i rad {1} er sett til «{2}» (Angre med Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_actions.py" line="245"/>
        <source>Eksporter sammenligningen</source>
        <translation>Eksporter samanlikninga</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_actions.py" line="246"/>
        <source>Excel-arbeidsbok (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_actions.py" line="263"/>
        <source>Kan ikke lagre</source>
        <translation>Kan ikkje lagre</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_actions.py" line="266"/>
        <source>Sammenligningen er lagret i {0}</source>
        <translation>Samanlikninga er lagra i {0}</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="61"/>
        <source>Vis forskjeller i feltet</source>
        <translation>Vis skilnader i feltet</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="64"/>
        <source>Forskjeller mellom filene</source>
        <translation>Skilnader mellom filene</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="68"/>
        <source>&amp;Gå til cellen</source>
        <translation>&amp;Gå til cella</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="69"/>
        <source>&amp;Bruk verdien fra den andre filen</source>
        <translation>&amp;Bruk verdien frå den andre fila</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="71"/>
        <source>&amp;Eksporter til Excel …</source>
        <translation>&amp;Eksporter til Excel …</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="72"/>
        <source>&amp;Lukk</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="74"/>
        <source>&amp;Felt:</source>
        <translation>&amp;Felt:</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="121"/>
        <source>Alle felt</source>
        <translation>Alle felt</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="159"/>
        <source>Person / felt</source>
        <translation>Person / felt</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="159"/>
        <source>Denne filen</source>
        <translation>Denne fila</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="160"/>
        <source>«{0}»</source>
        <translation>«{0}»</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="160"/>
        <source>Rad her / der</source>
        <translation>Rad her / der</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="162"/>
        <source>Ingen sammenligning.</source>
        <translation>Inga samanlikning.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="207"/>
        <source>… {0} personer til: velg et felt, eller eksporter til Excel for hele listen.</source>
        <translation>… {0} personar til: vel eit felt, eller eksporter til Excel for heile lista.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="168"/>
        <source>Forskjeller ({0}) hos {1} personer</source>
        <translation>Skilnader ({0}) hos {1} personar</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="182"/>
        <source>Bare i denne filen ({0})</source>
        <translation>Berre i denne fila ({0})</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="183"/>
        <source>Bare i «{1}» ({0})</source>
        <translation>Berre i «{1}» ({0})</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="189"/>
        <source>Ikke sammenlignet, finnes bare i én av filene ({0})</source>
        <translation>Ikkje samanlikna, finst berre i éi av filene ({0})</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="192"/>
        <source>arket {0}</source>
        <translation>arket {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="194"/>
        <source>bare i denne filen</source>
        <translation>berre i denne fila</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="195"/>
        <source>bare i «{0}»</source>
        <translation>berre i «{0}»</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="222"/>
        <source>(tom)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="224"/>
        <source>{0} · rad bare i én fil</source>
        <translation>{0} · rad berre i éi fil</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="176"/>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="236"/>
        <source>sak {0}</source>
        <translation>sak {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="245"/>
        <source>Sammenlignet med «{0}»: ingen forskjeller. {1} personer i begge filene.</source>
        <translation>Samanlikna med «{0}»: ingen skilnader. {1} personar i begge filene.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="247"/>
        <source>Sammenlignet med «{0}»: {1} forskjeller hos {2} personer · {3} bare i denne filen · {4} bare i «{0}» · {5} ikke sammenlignet.</source>
        <translation>Samanlikna med «{0}»: {1} skilnader hos {2} personar · {3} berre i denne fila · {4} berre i «{0}» · {5} ikkje samanlikna.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/compare/compare_view.py" line="304"/>
        <source>En hel rad kan ikke tas over; legg den inn i fagsystemet.</source>
        <translation>Ei heil rad kan ikkje takast over; legg den inn i fagsystemet.</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="341"/>
        <source>Hvor skal filene lagres?</source>
        <translation>Kvar skal filene lagrast?</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="342"/>
        <source>Forslaget er mappen der originalen ligger. Originalfilen kan ikke overskrives.</source>
        <translation>Forslaget er mappa der originalen ligg. Originalfila kan ikkje skrivast over.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="346"/>
        <source>&amp;Mappe:</source>
        <translation>&amp;Mappe:</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="348"/>
        <source>Mappe</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="350"/>
        <source>&amp;Velg mappe…</source>
        <translation>&amp;Vel mappe…</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="351"/>
        <source>Velg mappe</source>
        <translation>Vel mappe</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="356"/>
        <source>Filnavn</source>
        <translation>Filnamn</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="386"/>
        <source>Velg mappe for filene</source>
        <translation>Vel mappe for filene</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="413"/>
        <source>Mappen finnes ikke</source>
        <translation>Mappa finst ikkje</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="414"/>
        <source>Mappen «{0}» finnes ikke. Velg en annen mappe.</source>
        <translation>Mappa «{0}» finst ikkje. Vel ei anna mappe.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="421"/>
        <source>Kan ikke skrive over originalen</source>
        <translation>Kan ikkje skrive over originalen</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="422"/>
        <source>«{0}» er originalfilen. Den endres aldri; velg et annet filnavn.</source>
        <translation>«{0}» er originalfila. Ho blir aldri endra; vel eit anna filnamn.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="427"/>
        <source>Samme filnavn to ganger</source>
        <translation>Same filnamn to gonger</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="428"/>
        <source>To av filene har samme navn. Gi dem hvert sitt navn.</source>
        <translation>To av filene har same namn. Gi dei kvart sitt namn.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="433"/>
        <source>Erstatte filer?</source>
        <translation>Erstatte filer?</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="434"/>
        <source>Disse filene finnes allerede i mappen og blir erstattet:

{0}

Vil du erstatte dem?</source>
        <translation>Desse filene finst allereie i mappa og blir erstatta:

{0}

Vil du erstatte dei?</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../nir_desktop/gui/review/document.py" line="202"/>
        <source>kolonne {0}</source>
        <translation>kolonne {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/document.py" line="206"/>
        <source>Kolonne {0}: «{1}» (ikke brukt av kontrollen)</source>
        <translation>Kolonne {0}: «{1}» (ikkje brukt av kontrollen)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/document.py" line="213"/>
        <source>Kolonne {0}: «{1}» = {2}</source>
        <translation>Kolonne {0}: «{1}» = {2}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/document.py" line="259"/>
        <source>Bruk forslag ({0}): {1} i rad {2}</source>
        <translation>Bruk forslag ({0}): {1} i rad {2}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/document.py" line="263"/>
        <source>Endre {0} i rad {1}</source>
        <translation>Endre {0} i rad {1}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/document.py" line="283"/>
        <source>Bruk alle forslag for {0} ({1} celler)</source>
        <translation>Bruk alle forslag for {0} ({1} celler)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/document.py" line="304"/>
        <location filename="../../nir_desktop/gui/review/document.py" line="318"/>
        <source>rad {0}</source>
        <translation>rad {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/document.py" line="307"/>
        <source>Kvitter ut {0} i {1}</source>
        <translation>Kvitter ut {0} i {1}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/document.py" line="309"/>
        <source>Kvitter ut {0} advarsler</source>
        <translation>Kvitter ut {0} åtvaringar</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/document.py" line="319"/>
        <source>Angre kvittering av {0} i {1}</source>
        <translation>Angre kvittering av {0} i {1}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/document.py" line="333"/>
        <source>Gjenopprett {0} endringer fra økten</source>
        <translation>Gjenopprett {0} endringar frå økta</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="534"/>
        <source>Filene er lagret</source>
        <translation>Filene er lagra</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="539"/>
        <source>Lagrede filer</source>
        <translation>Lagra filer</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="543"/>
        <source>Å&amp;pne mappen</source>
        <translation>O&amp;pne mappa</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="544"/>
        <source>Åpne mappen med filene</source>
        <translation>Opne mappa med filene</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="558"/>
        <source>{0} filer er lagret i {1}</source>
        <translation>{0} filer er lagra i {1}</translation>
    </message>
</context>
<context>
    <name>ExplanationPanel</name>
    <message>
        <location filename="../../nir_desktop/gui/findings/explanation_panel.py" line="91"/>
        <source>Velg en celle eller et funn for å se hva som er galt, hvorfor det er viktig og hvordan du retter det.</source>
        <translation>Vel ei celle eller eit funn for å sjå kva som er gale, kvifor det er viktig og korleis du rettar det.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/explanation_panel.py" line="96"/>
        <source>Ingen funn i denne cellen.</source>
        <translation>Ingen funn i denne cella.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/explanation_panel.py" line="130"/>
        <source>Hva er galt</source>
        <translation>Kva er gale</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/explanation_panel.py" line="137"/>
        <source>Forslag</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/explanation_panel.py" line="138"/>
        <source>Skriv «{0}» i cellen.</source>
        <translation>Skriv «{0}» i cella.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/explanation_panel.py" line="141"/>
        <source>Kvittert</source>
        <translation>Kvittert</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/explanation_panel.py" line="142"/>
        <source>Kontrollert av deg: «{0}». Telles ikke lenger som åpen.</source>
        <translation>Kontrollert av deg: «{0}». Tel ikkje lenger som open.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/explanation_panel.py" line="147"/>
        <source>Hvorfor det er viktig</source>
        <translation>Kvifor det er viktig</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/explanation_panel.py" line="148"/>
        <source>Slik retter du det</source>
        <translation>Slik rettar du det</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/explanation_panel.py" line="149"/>
        <source>Kilde</source>
        <translation>Kjelde</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/explanation_panel.py" line="151"/>
        <source>Gjelder rapporteringsår: {0}.</source>
        <translation>Gjeld rapporteringsår: {0}.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/explanation_panel.py" line="180"/>
        <source>Bruk alle {0} forslag for {1}</source>
        <translation>Bruk alle {0} forslaga for {1}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/explanation_panel.py" line="181"/>
        <source>Bruk alle for regelen</source>
        <translation>Bruk alle for regelen</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_panel.ui" line="5"/>
        <source>Forklaringspanel</source>
        <translation>Forklaringspanel</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_panel.ui" line="15"/>
        <source>F&amp;unn i cellen:</source>
        <translation>F&amp;unn i cella:</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_panel.ui" line="21"/>
        <source>Velg funn i cellen</source>
        <translation>Vel funn i cella</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_panel.ui" line="29"/>
        <source>Forklaring av funnet</source>
        <translation>Forklaring av funnet</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_panel.ui" line="38"/>
        <source>&amp;Bruk forslaget</source>
        <translation>&amp;Bruk forslaget</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_panel.ui" line="39"/>
        <source>Bruk forslaget</source>
        <translation>Bruk forslaget</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_panel.ui" line="44"/>
        <source>Bruk a&amp;lle for regelen</source>
        <translation>Bruk a&amp;lle for regelen</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_panel.ui" line="45"/>
        <source>Bruk alle forslag for regelen</source>
        <translation>Bruk alle forslaga for regelen</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_panel.ui" line="50"/>
        <source>&amp;Kvitter ut…</source>
        <translation>&amp;Kvitter ut…</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_panel.ui" line="51"/>
        <source>Kvitter ut advarselen</source>
        <translation>Kvitter ut åtvaringa</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_panel.ui" line="56"/>
        <source>Angre k&amp;vittering</source>
        <translation>Angre k&amp;vittering</translation>
    </message>
    <message>
        <location filename="../../ui/explanation_panel.ui" line="57"/>
        <source>Angre kvitteringen</source>
        <translation>Angre kvitteringa</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/explanation_panel.py" line="169"/>
        <source>Rapporteringsåret {0} bygger på</source>
        <translation>Rapporteringsåret {0} byggjer på</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/explanation_panel.py" line="149"/>
        <source>Kilder</source>
        <translation>Kjelder</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../nir_desktop/gui/export/export_wizard.py" line="218"/>
        <source>&amp;Eksporter…</source>
        <translation>&amp;Eksporter…</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_wizard.py" line="221"/>
        <source>Lagre rettet fil, feilrapport og endringslogg</source>
        <translation>Lagre retta fil, feilrapport og endringslogg</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_wizard.py" line="223"/>
        <source>Eksporter (Ctrl+E)</source>
        <translation>Eksporter (Ctrl+E)</translation>
    </message>
</context>
<context>
    <name>ExportFailure</name>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="575"/>
        <source>Disse filene ble lagret før feilen: {0}.</source>
        <translation>Desse filene blei lagra før feilen: {0}.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="579"/>
        <source>Noe gikk galt under lagringen ({0}). Ingen halvferdig fil er lagt igjen; prøv igjen, eller velg en annen mappe.</source>
        <translation>Noko gjekk gale under lagringa ({0}). Det ligg inga halvferdig fil att; prøv igjen, eller vel ei anna mappe.</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <location filename="../../nir_desktop/gui/export/export_job.py" line="54"/>
        <source>Rettet eksport (for ny innlesing i NIR)</source>
        <translation>Retta eksport (for ny innlesing i NIR)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_job.py" line="56"/>
        <source>Bare endrede rader</source>
        <translation>Berre endra rader</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_job.py" line="57"/>
        <source>Feilrapport (Excel)</source>
        <translation>Feilrapport (Excel)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_job.py" line="58"/>
        <source>Feilrapport (PDF)</source>
        <translation>Feilrapport (PDF)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_job.py" line="61"/>
        <source>Endringslogg</source>
        <translation>Endringslogg</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../nir_desktop/gui/export/export_wizard.py" line="70"/>
        <source>Eksporter – {0}</source>
        <translation>Eksporter – {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_wizard.py" line="76"/>
        <source>&lt; &amp;Tilbake</source>
        <translation>&lt; &amp;Tilbake</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_wizard.py" line="77"/>
        <source>&amp;Neste &gt;</source>
        <translation>&amp;Neste &gt;</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_wizard.py" line="78"/>
        <location filename="../../nir_desktop/gui/export/export_wizard.py" line="146"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_wizard.py" line="79"/>
        <source>&amp;Ferdig</source>
        <translation>&amp;Ferdig</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_wizard.py" line="138"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_wizard.py" line="145"/>
        <source>Erstatt</source>
        <translation>Erstatt</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_wizard.py" line="194"/>
        <source>Filene ble ikke lagret</source>
        <translation>Filene blei ikkje lagra</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ui/find_bar.ui" line="5"/>
        <source>Søkelinje</source>
        <translation>Søkelinje</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="13"/>
        <source>&amp;Finn:</source>
        <translation>&amp;Finn:</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="19"/>
        <source>Tekst i en celle (saksnummer, dato, kode …)</source>
        <translation>Tekst i ei celle (saksnummer, dato, kode …)</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="21"/>
        <source>Søketekst</source>
        <translation>Søketekst</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="26"/>
        <source>Forrige</source>
        <translation>Førre</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="27"/>
        <source>Finn forrige</source>
        <translation>Finn førre</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="32"/>
        <source>Neste</source>
        <translation>Neste</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="33"/>
        <source>Finn neste</source>
        <translation>Finn neste</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="38"/>
        <source>Søkeresultat</source>
        <translation>Søkeresultat</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="44"/>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="45"/>
        <source>Lukk søkelinjen</source>
        <translation>Lukk søkelinja</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="156"/>
        <source>Funn som ikke er løst</source>
        <translation>Funn som ikkje er løyste</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="157"/>
        <source>Feil og advarsler som verken er rettet eller kvittert ut.</source>
        <translation>Feil og åtvaringar som verken er retta eller kvitterte ut.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="160"/>
        <source>Åpne funn</source>
        <translation>Opne funn</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="162"/>
        <source>&amp;Advarsler som ikke er kvittert ut:</source>
        <translation>&amp;Åtvaringar som ikkje er kvitterte ut:</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="164"/>
        <source>Advarsler som ikke er kvittert ut</source>
        <translation>Åtvaringar som ikkje er kvitterte ut</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="171"/>
        <source>&amp;Lukk og rett funnene</source>
        <translation>&amp;Lukk og rett funna</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="172"/>
        <source>Lukk veiviseren og rett funnene</source>
        <translation>Lukk vegvisaren og rett funna</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="173"/>
        <source>E&amp;ksporter likevel (rapporten sier at funn er åpne)</source>
        <translation>E&amp;ksporter likevel (rapporten seier at funn er opne)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="175"/>
        <source>Eksporter likevel</source>
        <translation>Eksporter likevel</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="187"/>
        <source>Ingen feil eller advarsler er åpne. Alt er rettet eller kvittert ut.</source>
        <translation>Ingen feil eller åtvaringar er opne. Alt er retta eller kvittert ut.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="190"/>
        <source>{0} advarsler er kvittert ut og står i rapporten med merknaden din.</source>
        <translation>{0} åtvaringar er kvitterte ut og står i rapporten med merknaden din.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="194"/>
        <source>&lt;b&gt;{0} feil&lt;/b&gt; og &lt;b&gt;{1} advarsler&lt;/b&gt; er verken rettet eller kvittert ut.</source>
        <translation>&lt;b&gt;{0} feil&lt;/b&gt; og &lt;b&gt;{1} åtvaringar&lt;/b&gt; er verken retta eller kvitterte ut.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="197"/>
        <source>(Kvitterte advarsler er ikke regnet med: {0}.)</source>
        <translation>(Kvitterte åtvaringar er ikkje rekna med: {0}.)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="199"/>
        <source>Du kan gå tilbake og rette dem, eller eksportere likevel. Da står det i rapporten at funn er åpne.</source>
        <translation>Du kan gå tilbake og rette dei, eller eksportere likevel. Då står det i rapporten at funn er opne.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="205"/>
        <source>{0} rad {1}</source>
        <translation>{0} rad {1}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="208"/>
        <source>, kolonne {0}</source>
        <translation>, kolonne {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="211"/>
        <source>… og {0} til</source>
        <translation>… og {0} til</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="81"/>
        <source>Merknader fra innlesingen</source>
        <translation>Merknader frå innlesinga</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="176"/>
        <source>&lt;h3&gt;Ingen funn i det som ble kontrollert&lt;/h3&gt;&lt;p&gt;Men deler av filen ble &lt;b&gt;ikke kontrollert&lt;/b&gt;; se merknadene over. Filen er ikke ren før de er rettet.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ingen funn i det som blei kontrollert&lt;/h3&gt;&lt;p&gt;Men delar av fila blei &lt;b&gt;ikkje kontrollerte&lt;/b&gt;; sjå merknadene over. Fila er ikkje rein før dei er retta.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="271"/>
        <source>… og {0} merknader til (hold musen over for å se alle)</source>
        <translation>… og {0} merknader til (hald musa over for å sjå alle)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="285"/>
        <source>&lt;b&gt;Ingen funn&lt;/b&gt; i det som ble kontrollert for {0}, men deler av filen ble &lt;b&gt;ikke kontrollert&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Ingen funn&lt;/b&gt; i det som blei kontrollert for {0}, men delar av fila blei &lt;b&gt;ikkje kontrollerte&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="100"/>
        <source>Alle rader</source>
        <translation>Alle rader</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="101"/>
        <source>Bare rader med funn</source>
        <translation>Berre rader med funn</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="102"/>
        <source>Bare åpne funn (ikke kvittert)</source>
        <translation>Berre opne funn (ikkje kvitterte)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="103"/>
        <source>Bare feil</source>
        <translation>Berre feil</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="105"/>
        <source>Bare advarsler</source>
        <translation>Berre åtvaringar</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="107"/>
        <source>Bare info</source>
        <translation>Berre info</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="110"/>
        <source>Bare regel {0}</source>
        <translation>Berre regel {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="152"/>
        <location filename="../../ui/findings_panel.ui" line="13"/>
        <source>Ingen fil åpnet.</source>
        <translation>Inga fil opna.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="194"/>
        <source>Regel</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="196"/>
        <source>Feil</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="197"/>
        <source>Advarsler</source>
        <translation>Åtvaringar</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="198"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="199"/>
        <source>Kvittert</source>
        <translation>Kvittert</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="243"/>
        <source>… og {0} til: bruk F8 eller filteret «Bare regel»</source>
        <translation>… og {0} til: bruk F8 eller filteret «Berre regel»</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="288"/>
        <source>&lt;b&gt;Ingen funn&lt;/b&gt; for rapporteringsåret {0}.</source>
        <translation>&lt;b&gt;Ingen funn&lt;/b&gt; for rapporteringsåret {0}.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="292"/>
        <source>&lt;b&gt;{0} funn&lt;/b&gt;: {1} feil, {2} advarsler, {3} info, {4} kvittert. &lt;b&gt;{5} åpne&lt;/b&gt; (feil og advarsler som ikke er kvittert).</source>
        <translation>&lt;b&gt;{0} funn&lt;/b&gt;: {1} feil, {2} åtvaringar, {3} info, {4} kvitterte. &lt;b&gt;{5} opne&lt;/b&gt; (feil og åtvaringar som ikkje er kvitterte).</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="267"/>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="302"/>
        <source>Ikke kontrollert:</source>
        <translation>Ikkje kontrollert:</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="327"/>
        <source>Vis bare regel {0} i tabellen</source>
        <translation>Vis berre regel {0} i tabellen</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/findings_panel.py" line="330"/>
        <source>Bruk alle forslag for {0}</source>
        <translation>Bruk alle forslag for {0}</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.ui" line="5"/>
        <source>Funnpanel</source>
        <translation>Funnpanel</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.ui" line="16"/>
        <source>Sammendrag av funn</source>
        <translation>Samandrag av funn</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.ui" line="23"/>
        <source>&amp;Vis:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.ui" line="29"/>
        <source>Hvilke funn som vises</source>
        <translation>Kva funn som blir viste</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.ui" line="45"/>
        <source>Funn gruppert per regel</source>
        <translation>Funn grupperte etter regel</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.ui" line="64"/>
        <source>&lt;h3&gt;Ingen funn&lt;/h3&gt;&lt;p&gt;Kontrollen fant ingen feil eller advarsler for dette rapporteringsåret.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ingen funn&lt;/h3&gt;&lt;p&gt;Kontrollen fann ingen feil eller åtvaringar for dette rapporteringsåret.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.ui" line="67"/>
        <source>Ingen funn</source>
        <translation>Ingen funn</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.ui" line="79"/>
        <source>Regler som ikke ble kontrollert</source>
        <translation>Reglar som ikkje blei kontrollerte</translation>
    </message>
</context>
<context>
    <name>GoalPanel</name>
    <message>
        <location filename="../../nir_desktop/gui/findings/goal_panel.py" line="85"/>
        <source>Måloppnåelse kunne ikke beregnes for denne filen.</source>
        <translation>Måloppnåinga kunne ikkje reknast ut for denne fila.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/goal_panel.py" line="121"/>
        <location filename="../../ui/goal_panel.ui" line="13"/>
        <source>Ingen fil åpnet.</source>
        <translation>Inga fil opna.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/goal_panel.py" line="138"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; gikk direkte til arbeid eller utdanning i {1} ({2} av {3}).</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; gjekk direkte til arbeid eller utdanning i {1} ({2} av {3}).</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/goal_panel.py" line="143"/>
        <source>Ingen avsluttet introduksjonsprogrammet i {0} ifølge filen.</source>
        <translation>Ingen avslutta introduksjonsprogrammet i {0} ifølgje fila.</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="5"/>
        <source>Måloppnåelse</source>
        <translation>Måloppnåing</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="15"/>
        <source>Måloppnåelse, sammendrag</source>
        <translation>Måloppnåing, samandrag</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="23"/>
        <source>Andel som gikk direkte til arbeid eller utdanning</source>
        <translation>Del som gjekk direkte til arbeid eller utdanning</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="28"/>
        <source>Avsluttet i året (grunnlag):</source>
        <translation>Avslutta i året (grunnlag):</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="29"/>
        <source>Grunnlag</source>
        <translation>Grunnlag</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="30"/>
        <source>Direkte til arbeid:</source>
        <translation>Direkte til arbeid:</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="31"/>
        <source>Direkte til arbeid</source>
        <translation>Direkte til arbeid</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="32"/>
        <source>Direkte til utdanning:</source>
        <translation>Direkte til utdanning:</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="33"/>
        <source>Direkte til utdanning</source>
        <translation>Direkte til utdanning</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="34"/>
        <source>Verken arbeid eller utdanning:</source>
        <translation>Verken arbeid eller utdanning:</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="35"/>
        <source>Verken arbeid eller utdanning</source>
        <translation>Verken arbeid eller utdanning</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="36"/>
        <source>Tatt ut av grunnlaget (covid-19):</source>
        <translation>Teke ut av grunnlaget (covid-19):</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="37"/>
        <source>Tatt ut av grunnlaget</source>
        <translation>Teke ut av grunnlaget</translation>
    </message>
    <message>
        <location filename="../../ui/goal_panel.ui" line="43"/>
        <source>Forhåndsvisning beregnet fra filen slik den er nå, med dine endringer. IMDis endelige tall kan avvike.</source>
        <translation>Førehandsvising rekna ut frå fila slik ho er no, med endringane dine. Dei endelege tala frå IMDi kan avvike.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/goal_panel.py" line="103"/>
        <source>{0} i grunnlaget er uten registrert årsak (IMDi, juni 2024).</source>
        <translation>{0} i grunnlaget er utan registrert årsak (IMDi, juni 2024).</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/goal_panel.py" line="99"/>
        <source>Forhåndsvisning slik NIR vil vise det, med dine endringer: «Avslutningsårsak ikke registrert» telles som ikke nådd. IMDis endelige tall kan avvike.</source>
        <translation>Førehandsvising slik NIR vil vise det, med endringane dine: «Avslutningsårsak ikke registrert» tel som ikkje nådd. Dei endelege tala frå IMDi kan avvike.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/goal_panel.py" line="106"/>
        <source>{0} av dem avsluttes av NIR selv på 3-årsfristen, uten årsak.</source>
        <translation>{0} av dei blir avslutta av NIR sjølv på 3-årsfristen, utan årsak.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/goal_panel.py" line="110"/>
        <source>2021: IMDi ventet lavere datakvalitet og ga ingen foreløpige resultater.</source>
        <translation>2021: IMDi venta lågare datakvalitet og gav ingen førebels resultat.</translation>
    </message>
</context>
<context>
    <name>Loader</name>
    <message>
        <location filename="../../nir_desktop/gui/review/loading.py" line="63"/>
        <source>Leser «{0}» …</source>
        <translation>Les «{0}» …</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/loading.py" line="67"/>
        <source>Kontrollerer {0} rader for {1} …</source>
        <translation>Kontrollerer {0} rader for {1} …</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/loading.py" line="85"/>
        <source>Kontrollerer for rapporteringsåret {0} …</source>
        <translation>Kontrollerer for rapporteringsåret {0} …</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/loading.py" line="123"/>
        <location filename="../../nir_desktop/gui/review/loading.py" line="126"/>
        <source>Kan ikke åpne filen</source>
        <translation>Kan ikkje opne fila</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/loading.py" line="126"/>
        <source>Kan ikke lese «{0}»: {1}. Filen er ikke endret.</source>
        <translation>Kan ikkje lese «{0}»: {1}. Fila er ikkje endra.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/loading.py" line="130"/>
        <source>Uventet feil</source>
        <translation>Uventa feil</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/loading.py" line="130"/>
        <source>Det oppstod en uventet feil med «{0}» ({1}). Filen er ikke endret. Prøv igjen, eller send loggfilen til den som drifter programmet.</source>
        <translation>Det oppstod ein uventa feil med «{0}» ({1}). Fila er ikkje endra. Prøv igjen, eller send loggfila til den som driftar programmet.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../nir_desktop/gui/window/main_window.py" line="240"/>
        <source>&lt;ingen endringer&gt;</source>
        <translation>&lt;ingen endringar&gt;</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/main_window.py" line="241"/>
        <location filename="../../ui/main_window.ui" line="187"/>
        <location filename="../../ui/main_window.ui" line="188"/>
        <source>Endringshistorikk</source>
        <translation>Endringshistorikk</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/status.py" line="43"/>
        <source>Antall funn</source>
        <translation>Tal på funn</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/status.py" line="48"/>
        <source>Fremdrift</source>
        <translation>Framdrift</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/file_flow.py" line="202"/>
        <location filename="../../nir_desktop/gui/window/status.py" line="49"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/status.py" line="51"/>
        <source>Avbryt lesing eller kontroll</source>
        <translation>Avbryt lesing eller kontroll</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/file_flow.py" line="35"/>
        <source>Åpne NIR-eksport</source>
        <translation>Opne NIR-eksport</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/file_flow.py" line="36"/>
        <source>Regneark og CSV (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Alle filer (*)</source>
        <translation>Rekneark og CSV (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/file_flow.py" line="105"/>
        <source>Avbrutt. Ingenting er endret.</source>
        <translation>Avbrote. Ingenting er endra.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/file_flow.py" line="130"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/file_flow.py" line="144"/>
        <source>&amp;Tøm listen</source>
        <translation>&amp;Tøm lista</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/file_flow.py" line="151"/>
        <source>Finner ikke filen</source>
        <translation>Finn ikkje fila</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/file_flow.py" line="152"/>
        <source>Filen «{0}» finnes ikke lenger.</source>
        <translation>Fila «{0}» finst ikkje lenger.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/status.py" line="122"/>
        <source>&amp;Angre: {0}</source>
        <translation>&amp;Angre: {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/status.py" line="91"/>
        <location filename="../../nir_desktop/gui/window/status.py" line="123"/>
        <location filename="../../ui/main_window.ui" line="213"/>
        <source>&amp;Angre</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/status.py" line="124"/>
        <source>&amp;Gjør om: {0}</source>
        <translation>&amp;Gjer om: {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/status.py" line="92"/>
        <location filename="../../nir_desktop/gui/window/status.py" line="125"/>
        <location filename="../../ui/main_window.ui" line="217"/>
        <source>&amp;Gjør om</source>
        <translation>&amp;Gjer om</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/status.py" line="142"/>
        <source>{0} feil · {1} advarsler · {2} info · {3} kvittert · {4} endringer</source>
        <translation>{0} feil · {1} åtvaringar · {2} info · {3} kvitterte · {4} endringar</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/status.py" line="93"/>
        <location filename="../../nir_desktop/gui/window/status.py" line="147"/>
        <source>Ingen fil åpnet</source>
        <translation>Inga fil opna</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/main_window.py" line="359"/>
        <source>{0}, rad {1}, kolonne {2}</source>
        <translation>{0}, rad {1}, kolonne {2}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/main_window.py" line="396"/>
        <source>Ingen flere funn.</source>
        <translation>Ingen fleire funn.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/main_window.py" line="431"/>
        <source>{0}: {1} åpne funn</source>
        <translation>{0}: {1} opne funn</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/main_window.py" line="453"/>
        <source>Ikke funnet</source>
        <translation>Ikkje funne</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/main_window.py" line="456"/>
        <source>Rad {0}, kolonne {1}</source>
        <translation>Rad {0}, kolonne {1}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/main_window.py" line="471"/>
        <source>{0} forslag brukt for {1}.</source>
        <translation>Brukte {0} forslag for {1}.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/file_flow.py" line="194"/>
        <source>Endringene er ikke lagret</source>
        <translation>Endringane er ikkje lagra</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/file_flow.py" line="195"/>
        <source>Endringene dine i denne filen er ikke lagret i en økt og går tapt hvis du avslutter nå. Lagre en rettet fil med Eksporter først, eller avslutt likevel.</source>
        <translation>Endringane dine i denne fila er ikkje lagra i ei økt og går tapt dersom du avsluttar no. Lagre ei retta fil med Eksporter først, eller avslutt likevel.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/file_flow.py" line="201"/>
        <source>Avslutt likevel</source>
        <translation>Avslutt likevel</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/main_window.py" line="521"/>
        <source>Om NIR-kontroll</source>
        <translation>Om NIR-kontroll</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/main_window.py" line="522"/>
        <source>&lt;b&gt;NIR-kontroll {0}&lt;/b&gt;&lt;p&gt;Kontrollerer eksporter fra Nasjonalt introduksjonsregister (NIR) mot IMDis veiledning før fristen, forklarer hvert funn og skriver korrigerte filer.&lt;/p&gt;&lt;p&gt;Programmet bruker ikke nettverket: filene dine blir på denne maskinen.&lt;/p&gt;</source>
        <translation>&lt;b&gt;NIR-kontroll {0}&lt;/b&gt;&lt;p&gt;Kontrollerer eksportar frå Nasjonalt introduksjonsregister (NIR) mot rettleiinga frå IMDi før fristen, forklarer kvart funn og skriv korrigerte filer.&lt;/p&gt;&lt;p&gt;Programmet brukar ikkje nettverket: filene dine blir verande på denne maskinen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="6"/>
        <source>NIR-kontroll</source>
        <translation>NIR-kontroll</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="7"/>
        <source>NIR-kontroll hovedvindu</source>
        <translation>NIR-kontroll hovudvindauge</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="21"/>
        <source>&lt;h2&gt;Kontroller en NIR-eksport&lt;/h2&gt;&lt;p&gt;Åpne en eksport fra NIR eller fagsystemet (xlsx eller csv) med &lt;b&gt;Ctrl+O&lt;/b&gt;, eller dra filen hit.&lt;/p&gt;&lt;p&gt;Alt skjer på denne maskinen: filen sendes ingen steder.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Kontroller ein NIR-eksport&lt;/h2&gt;&lt;p&gt;Opne ein eksport frå NIR eller fagsystemet (xlsx eller csv) med &lt;b&gt;Ctrl+O&lt;/b&gt;, eller dra fila hit.&lt;/p&gt;&lt;p&gt;Alt skjer på denne maskinen: fila blir ikkje send nokon stad.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="24"/>
        <source>Velkommen</source>
        <translation>Velkomen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="32"/>
        <source>Åpne fil…</source>
        <translation>Opne fil…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="33"/>
        <source>Åpne fil</source>
        <translation>Opne fil</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="38"/>
        <location filename="../../ui/main_window.ui" line="39"/>
        <source>Åpne demo-eksporten</source>
        <translation>Opne demo-eksporten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="57"/>
        <source>Ark i filen</source>
        <translation>Ark i fila</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="68"/>
        <source>&amp;Fil</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="70"/>
        <source>&amp;Nylige filer</source>
        <translation>&amp;Nylege filer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="79"/>
        <source>&amp;Rediger</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="90"/>
        <source>&amp;Vis</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="92"/>
        <source>&amp;Paneler</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="108"/>
        <source>&amp;Kontroll</source>
        <translation>&amp;Kontroll</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="113"/>
        <source>&amp;Innstillinger</source>
        <translation>&amp;Innstillingar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="117"/>
        <source>&amp;Hjelp</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="130"/>
        <location filename="../../ui/main_window.ui" line="131"/>
        <source>Verktøylinje</source>
        <translation>Verktøylinje</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="145"/>
        <source>Statuslinje</source>
        <translation>Statuslinje</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="148"/>
        <location filename="../../ui/main_window.ui" line="149"/>
        <source>Funn</source>
        <translation>Funn</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="161"/>
        <location filename="../../ui/main_window.ui" line="162"/>
        <source>Forklaring</source>
        <translation>Forklaring</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="174"/>
        <location filename="../../ui/main_window.ui" line="175"/>
        <source>Måloppnåelse</source>
        <translation>Måloppnåing</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="200"/>
        <source>Å&amp;pne…</source>
        <translation>O&amp;pne…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="201"/>
        <source>Åpne en NIR-eksport (xlsx eller csv)</source>
        <translation>Opne ein NIR-eksport (xlsx eller csv)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="202"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="205"/>
        <source>&amp;Lukk filen</source>
        <translation>&amp;Lukk fila</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="206"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="209"/>
        <source>&amp;Avslutt</source>
        <translation>&amp;Avslutt</translation>
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
        <translation>&amp;Finn…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="222"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="225"/>
        <source>&amp;Bruk forslaget</source>
        <translation>&amp;Bruk forslaget</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="226"/>
        <source>Skriv det foreslåtte innholdet inn i cellen</source>
        <translation>Skriv det føreslåtte innhaldet inn i cella</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="227"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="230"/>
        <source>Bruk &amp;alle forslag for regelen</source>
        <translation>Bruk &amp;alle forslaga for regelen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="233"/>
        <source>&amp;Kvitter ut advarsel…</source>
        <translation>&amp;Kvitter ut åtvaring…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="234"/>
        <source>Merk advarselen som kontrollert, med en kort merknad</source>
        <translation>Merk åtvaringa som kontrollert, med ein kort merknad</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="235"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="238"/>
        <source>&amp;Neste funn</source>
        <translation>&amp;Neste funn</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="239"/>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="242"/>
        <source>&amp;Forrige funn</source>
        <translation>&amp;Førre funn</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="243"/>
        <source>Shift+F8</source>
        <translation>Shift+F8</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="246"/>
        <source>Bare rader med &amp;funn</source>
        <translation>Berre rader med &amp;funn</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="247"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="250"/>
        <source>Vis &amp;alle rader</source>
        <translation>Vis &amp;alle rader</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="255"/>
        <source>&amp;Skjul fødselsnummer</source>
        <translation>&amp;Skjul fødselsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="256"/>
        <source>Vis bare fødselsdatoen i fødselsnummeret (personnummeret skjules)</source>
        <translation>Vis berre fødselsdatoen i fødselsnummeret (personnummeret blir skjult)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="259"/>
        <source>Gå til &amp;tabellen</source>
        <translation>Gå til &amp;tabellen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="260"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="263"/>
        <source>Gå til &amp;funnlisten</source>
        <translation>Gå til &amp;funnlista</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="264"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="267"/>
        <source>Gå til f&amp;orklaringen</source>
        <translation>Gå til f&amp;orklaringa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="268"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="271"/>
        <source>&amp;Kontroller på nytt</source>
        <translation>&amp;Kontroller på nytt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="272"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="275"/>
        <source>Velg &amp;rapporteringsår</source>
        <translation>Vel &amp;rapporteringsår</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="276"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="279"/>
        <source>&amp;Innstillinger…</source>
        <translation>&amp;Innstillingar…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="282"/>
        <source>&amp;Regler og veiledning</source>
        <translation>&amp;Reglar og rettleiing</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="283"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="286"/>
        <source>&amp;Om NIR-kontroll</source>
        <translation>&amp;Om NIR-kontroll</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="85"/>
        <source>Kolonnetilordning – {0}</source>
        <translation>Kolonnetilordning – {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="141"/>
        <source>Velg hva hver kolonne i filen betyr. Kolonner programmet kjente igjen er fylt ut; &lt;span style=&apos;background:#fff4ce&apos;&gt;gule&lt;/span&gt; er forslag du bør se over. Felt merket * må være med. Koblingen lagres som en profil og brukes av seg selv neste gang du åpner en fil med de samme kolonnene.</source>
        <translation>Vel kva kvar kolonne i fila tyder. Kolonnar som programmet kjende att, er fylte ut; &lt;span style=&apos;background:#fff4ce&apos;&gt;gule&lt;/span&gt; er forslag du bør sjå over. Felt merkte * må vere med. Koplinga blir lagra som ein profil og blir brukt av seg sjølv neste gong du opnar ei fil med dei same kolonnane.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="149"/>
        <source>Hvorfor du ser dette:</source>
        <translation>Kvifor du ser dette:</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="159"/>
        <source>Navn på koblingsprofilen</source>
        <translation>Namn på koplingsprofilen</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="160"/>
        <source>&amp;Profilnavn:</source>
        <translation>&amp;Profilnamn:</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="164"/>
        <source>Ark</source>
        <translation>Ark</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="169"/>
        <source>Ikke kontroller dette arket</source>
        <translation>Ikkje kontroller dette arket</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="174"/>
        <source>Hva arket «{0}» er</source>
        <translation>Kva arket «{0}» er</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="178"/>
        <source>«{0}» ({1} rader) er:</source>
        <translation>«{0}» ({1} rader) er:</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="187"/>
        <source>Verdier i filen som ikke står i kodelistene. Velg hva filens skrivemåte betyr, så godtar kontrollen den. Cellene endres ikke; når du lagrer en rettet fil, velger du om den skal ha filens skrivemåte eller kodelistens. Er verdien ny, legg den heller til i kodelisten (Data → Kodelister…).</source>
        <translation>Verdiar i fila som ikkje står i kodelistene. Vel kva skrivemåten i fila tyder, så godtek kontrollen den. Cellene blir ikkje endra; når du lagrar ei retta fil, vel du om ho skal ha skrivemåten frå fila eller frå kodelista. Er verdien ny, legg den heller til i kodelista (Data → Kodelister…).</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="196"/>
        <source>Felt</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="196"/>
        <source>Skrivemåte i filen</source>
        <translation>Skrivemåte i fila</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="196"/>
        <source>Betyr i kodelisten</source>
        <translation>Tyder i kodelista</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="201"/>
        <source>Regler som ikke kan kjøres</source>
        <translation>Reglar som ikkje kan køyrast</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="210"/>
        <source>Bruk &amp;uten å lagre</source>
        <translation>Bruk &amp;utan å lagre</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="212"/>
        <source>&amp;Lagre profil og kontroller</source>
        <translation>&amp;Lagre profil og kontroller</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="230"/>
        <source>Filer som «{0}»</source>
        <translation>Filer som «{0}»</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="254"/>
        <source>Kolonner i «{0}» ({1})</source>
        <translation>Kolonnar i «{0}» ({1})</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="256"/>
        <source>Kodeverdier</source>
        <translation>Kodeverdiar</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="266"/>
        <source>Kolonne i filen</source>
        <translation>Kolonne i fila</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="266"/>
        <source>Første verdier</source>
        <translation>Første verdiar</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="267"/>
        <source>Betyr</source>
        <translation>Tyder</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="267"/>
        <source>Om feltet</source>
        <translation>Om feltet</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="278"/>
        <source>(tom)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="283"/>
        <source>Hva kolonnen «{0}» betyr</source>
        <translation>Kva kolonnen «{0}» tyder</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="284"/>
        <source>– ikke i bruk –</source>
        <translation>– ikkje i bruk –</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="311"/>
        <source>Forslag – sjekk at det stemmer. </source>
        <translation>Forslag – sjekk at det stemmer. </translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="344"/>
        <source>– ikke koblet (ukjent kode) –</source>
        <translation>– ikkje kopla (ukjend kode) –</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="356"/>
        <source>Alle kodeverdier i filen finnes i kodelistene.</source>
        <translation>Alle kodeverdiane i fila finst i kodelistene.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="369"/>
        <source>Velg kolonnen med fødselsnummer i «{0}». Uten den blir arket ikke kontrollert i det hele tatt.</source>
        <translation>Vel kolonnen med fødselsnummer i «{0}». Utan den blir arket ikkje kontrollert i det heile.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="374"/>
        <source>Alle reglene for {0} kan kjøres.</source>
        <translation>Alle reglane for {0} kan køyrast.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="377"/>
        <source>{0} regler kan ikke kjøres for {1} med denne koblingen:</source>
        <translation>{0} reglar kan ikkje køyrast for {1} med denne koplinga:</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="380"/>
        <source>mangler</source>
        <translation>manglar</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="481"/>
        <source>Gi profilen et navn, for eksempel navnet på fagsystemet.</source>
        <translation>Gi profilen eit namn, til dømes namnet på fagsystemet.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="490"/>
        <source>Profilen kunne ikke lagres ({0}).</source>
        <translation>Profilen kunne ikkje lagrast ({0}).</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_dialog.py" line="504"/>
        <source>Koblingsprofil</source>
        <translation>Koplingsprofil</translation>
    </message>
</context>
<context>
    <name>MappingIntegration</name>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_hooks.py" line="104"/>
        <source>&amp;Kolonnetilordning…</source>
        <translation>&amp;Kolonnetilordning…</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_hooks.py" line="106"/>
        <source>Fortell programmet hva kolonnene i filen betyr, og lagre det som en profil</source>
        <translation>Fortel programmet kva kolonnane i fila tyder, og lagre det som ein profil</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_hooks.py" line="109"/>
        <source>Koblings&amp;profiler…</source>
        <translation>Koplings&amp;profilar…</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_hooks.py" line="112"/>
        <source>&amp;Kodelister…</source>
        <translation>&amp;Kodelister…</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_hooks.py" line="115"/>
        <source>Legg til i &amp;kodelisten…</source>
        <translation>Legg til i &amp;kodelista…</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_hooks.py" line="119"/>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_hooks.py" line="129"/>
        <source>Legg til i kodelisten…</source>
        <translation>Legg til i kodelista…</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_hooks.py" line="154"/>
        <source>Legg til «{0}» i kodelisten…</source>
        <translation>Legg til «{0}» i kodelista…</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_hooks.py" line="156"/>
        <source>«{0}» er en annen skrivemåte for en kode…</source>
        <translation>«{0}» er ein annan skrivemåte for ein kode…</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_hooks.py" line="206"/>
        <source>Kolonnetilordning</source>
        <translation>Kolonnetilordning</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_hooks.py" line="207"/>
        <source>Filen leses inn på nytt med den nye koblingen. Endringene dine er lagret i økten, og du får tilbud om å hente dem tilbake.</source>
        <translation>Programmet les fila inn på nytt med den nye koplinga. Endringane dine er lagra i økta, og du får tilbod om å hente dei tilbake.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_hooks.py" line="219"/>
        <source>Koblingsprofiler</source>
        <translation>Koplingsprofilar</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_hooks.py" line="220"/>
        <source>Mappen for koblingsprofiler kan ikke brukes. Sjekk at du har skrivetilgang til programmets datamappe, eller be IT om hjelp.</source>
        <translation>Mappa for koplingsprofilar kan ikkje brukast. Sjekk at du har skrivetilgang til datamappa til programmet, eller be IT om hjelp.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_hooks.py" line="266"/>
        <source>Kodelisten ble ikke endret</source>
        <translation>Kodelista blei ikkje endra</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/mapping_hooks.py" line="270"/>
        <source>«{0}» er lagt til i kodelisten. Kontrollerer på nytt …</source>
        <translation>«{0}» er lagt til i kodelista. Kontrollerer på nytt …</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="239"/>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="319"/>
        <source>Valg for rapportene</source>
        <translation>Val for rapportane</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="240"/>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="320"/>
        <source>Personvern og format for feilrapporten og endringsloggen.</source>
        <translation>Personvern og format for feilrapporten og endringsloggen.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="243"/>
        <source>&amp;Skjul personnummeret i fødselsnumre (anbefalt)</source>
        <translation>&amp;Skjul personnummeret i fødselsnumra (tilrådd)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="245"/>
        <source>Skjul fødselsnumre i rapportene</source>
        <translation>Skjul fødselsnummer i rapportane</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="246"/>
        <source>Feilrapporten og endringsloggen viser bare fødselsdatoen, f.eks. 158385*****. Den rettede eksporten og «bare endrede rader» har alltid hele numrene.</source>
        <translation>Feilrapporten og endringsloggen viser berre fødselsdatoen, til dømes 158385*****. Den retta eksporten og «berre endra rader» har alltid heile numra.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="250"/>
        <source>Format for feilrapporten</source>
        <translation>Format for feilrapporten</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="252"/>
        <source>E&amp;xcel (.xlsx) – alle funn, kan sorteres og filtreres</source>
        <translation>E&amp;xcel (.xlsx) – alle funn, kan sorterast og filtrerast</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="254"/>
        <source>&amp;PDF – for utskrift eller til leder</source>
        <translation>&amp;PDF – for utskrift eller til leiaren</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="256"/>
        <source>Feilrapport som Excel</source>
        <translation>Feilrapport som Excel</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="257"/>
        <source>Feilrapport som PDF</source>
        <translation>Feilrapport som PDF</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="261"/>
        <source>Endringsloggen</source>
        <translation>Endringsloggen</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="263"/>
        <source>Som et eget a&amp;rk i feilrapporten</source>
        <translation>Som eit eige a&amp;rk i feilrapporten</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="264"/>
        <source>Som en egen &amp;fil</source>
        <translation>Som ei eiga &amp;fil</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="266"/>
        <source>Endringslogg i rapporten</source>
        <translation>Endringslogg i rapporten</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="267"/>
        <source>Endringslogg som egen fil</source>
        <translation>Endringslogg som eiga fil</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="275"/>
        <source>Verdikoblinger i den rettede filen</source>
        <translation>Verdikoplingar i den retta fila</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="278"/>
        <source>&amp;Behold filens skrivemåte</source>
        <translation>&amp;Behald skrivemåten i fila</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="279"/>
        <source>Skriv &amp;verdien fra kodelisten</source>
        <translation>Skriv &amp;verdien frå kodelista</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="282"/>
        <source>Behold filens skrivemåte</source>
        <translation>Behald skrivemåten i fila</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="283"/>
        <source>Skriv verdien fra kodelisten</source>
        <translation>Skriv verdien frå kodelista</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="310"/>
        <source>Valg for filene</source>
        <translation>Val for filene</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="311"/>
        <source>Verdikoblinger, personvern og format.</source>
        <translation>Verdikoplingar, personvern og format.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="313"/>
        <source>Koblingsprofilen kobler filens egen skrivemåte av noen koder til verdier i kodelisten ({0} celler). Den rettede filen kan beholde filens skrivemåte, eller få verdien fra kodelisten.</source>
        <translation>Koplingsprofilen koplar skrivemåten fila sjølv har for nokre kodar, til verdiar i kodelista ({0} celler). Den retta fila kan behalde skrivemåten i fila, eller få verdien frå kodelista.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="316"/>
        <source>Skriv &amp;verdien fra kodelisten ({0} celler endres)</source>
        <translation>Skriv &amp;verdien frå kodelista ({0} celler blir endra)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="323"/>
        <source>Endringsloggen blir en egen fil, siden du ikke lager feilrapport.</source>
        <translation>Endringsloggen blir ei eiga fil, sidan du ikkje lagar feilrapport.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="41"/>
        <source>{0}: {1} kolonner</source>
        <translation>{0}: {1} kolonnar</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="45"/>
        <source>{0} kodeverdier</source>
        <translation>{0} kodeverdiar</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="46"/>
        <source>ingen koblinger</source>
        <translation>ingen koplingar</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="57"/>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="218"/>
        <source>Koblingsprofiler</source>
        <translation>Koplingsprofilar</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="63"/>
        <source>En koblingsprofil sier hva kolonnene i en filtype betyr. Programmet velger profilen selv når du åpner en fil med de samme kolonnene. Eksporter en profil for å gi den til kolleger.</source>
        <translation>Ein koplingsprofil seier kva kolonnane i ein filtype tyder. Programmet vel profilen sjølv når du opnar ei fil med dei same kolonnane. Eksporter ein profil for å gi den til kollegaer.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="71"/>
        <source>Lagrede koblingsprofiler</source>
        <translation>Lagra koplingsprofilar</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="74"/>
        <source>Gi nytt &amp;navn…</source>
        <translation>Gi nytt &amp;namn…</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="75"/>
        <source>&amp;Slett</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="76"/>
        <source>&amp;Eksporter…</source>
        <translation>&amp;Eksporter…</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="77"/>
        <source>&amp;Importer…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="78"/>
        <source>&amp;Bruk på åpen fil</source>
        <translation>&amp;Bruk på den opne fila</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="80"/>
        <source>Les filen som er åpen på nytt med denne profilen, også om kolonnene ikke er helt de samme som profilen ble laget for.</source>
        <translation>Les fila som er open, på nytt med denne profilen, òg om kolonnane ikkje er heilt dei same som profilen blei laga for.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="112"/>
        <source>Ingen lagrede profiler ennå. Lag en med Data → Kolonnetilordning…</source>
        <translation>Ingen lagra profilar enno. Lag ein med Data → Kolonnetilordning…</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="140"/>
        <source>Gi nytt navn</source>
        <translation>Gi nytt namn</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="141"/>
        <source>Nytt navn på «{0}»:</source>
        <translation>Nytt namn på «{0}»:</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="151"/>
        <source>Slett profil</source>
        <translation>Slett profil</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="152"/>
        <source>Slette koblingsprofilen «{0}»? Filene dine endres ikke.</source>
        <translation>Slette koplingsprofilen «{0}»? Filene dine blir ikkje endra.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="163"/>
        <source>Eksporter koblingsprofil</source>
        <translation>Eksporter koplingsprofil</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="164"/>
        <source>Koblingsprofil (*.json)</source>
        <translation>Koplingsprofil (*.json)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="170"/>
        <source>Profilen er eksportert til {0}.</source>
        <translation>Profilen er eksportert til {0}.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="175"/>
        <source>Importer koblingsprofil</source>
        <translation>Importer koplingsprofil</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="176"/>
        <source>Koblingsprofil (*.json);;Alle filer (*)</source>
        <translation>Koplingsprofil (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/profiles_dialog.py" line="208"/>
        <source>Det gikk ikke: {0}</source>
        <translation>Det gjekk ikkje: {0}</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <location filename="../../nir_desktop/gui/app.py" line="134"/>
        <source>Selvtest feilet: tidsavbrudd etter {0} sekunder</source>
        <translation>Sjølvtesten feila: tidsavbrot etter {0} sekund</translation>
    </message>
</context>
<context>
    <name>SessionExchange</name>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="40"/>
        <source>NIR-kontroll-økt (*.json);;Alle filer (*)</source>
        <translation>NIR-kontroll-økt (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="55"/>
        <source>{0} rettinger brukt</source>
        <translation>{0} rettingar brukte</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="57"/>
        <source>{0} var allerede gjort</source>
        <translation>{0} var allereie gjorde</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="60"/>
        <source>{0} i konflikt</source>
        <translation>{0} i konflikt</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="62"/>
        <source>{0} kunne ikke brukes</source>
        <translation>{0} kunne ikkje brukast</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="65"/>
        <source>{0} av {1} kvitteringer overført</source>
        <translation>{0} av {1} kvitteringar overførte</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="77"/>
        <source>Ikke gjort:</source>
        <translation>Ikkje gjort:</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="80"/>
        <source>{0} rad {1}, kolonne {2}</source>
        <translation>{0} rad {1}, kolonne {2}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="86"/>
        <source>… og {0} til.</source>
        <translation>… og {0} til.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="91"/>
        <source>{0} kvitteringer kunne ikke overføres:</source>
        <translation>{0} kvitteringar kunne ikkje overførast:</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="106"/>
        <source>Eksporter ø&amp;kt…</source>
        <translation>Eksporter ø&amp;kt…</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="109"/>
        <source>Lagre rettinger og kvitteringer i en fil du kan gi til en kollega</source>
        <translation>Lagre rettingar og kvitteringar i ei fil du kan gi til ein kollega</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="110"/>
        <source>&amp;Importer økt…</source>
        <translation>&amp;Importer økt…</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="113"/>
        <source>Bruk rettinger og kvitteringer fra en kollegas øktfil på filen som er åpen</source>
        <translation>Bruk rettingar og kvitteringar frå øktfila til ein kollega på fila som er open</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="133"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="147"/>
        <source>Eksporter økt</source>
        <translation>Eksporter økt</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="152"/>
        <source>Importer økt</source>
        <translation>Importer økt</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="163"/>
        <source>Ingen økt å eksportere</source>
        <translation>Inga økt å eksportere</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="164"/>
        <source>Arbeidet med denne filen lagres ikke i en økt (se meldingen da filen ble åpnet), så det er ingen økt å eksportere.</source>
        <translation>Arbeidet med denne fila blir ikkje lagra i ei økt (sjå meldinga då fila blei opna), så det finst inga økt å eksportere.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="167"/>
        <source>Øktfilen inneholder fødselsnumre</source>
        <translation>Øktfila inneheld fødselsnummer</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="168"/>
        <source>Øktfilen inneholder rettingene og kvitteringene dine, og fødselsnummeret til hver person du har rettet noe hos.

Gi den bare til en kollega som har tjenstlig behov, på en sikker måte (ikke som vanlig e-post), og slett den når kollegaen har importert den.</source>
        <translation>Øktfila inneheld rettingane og kvitteringane dine, og fødselsnummeret til kvar person du har retta noko hos.

Gi den berre til ein kollega som har tenestleg behov, på ein trygg måte (ikkje som vanleg e-post), og slett den når kollegaen har importert den.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="171"/>
        <source>Forstått, eksporter</source>
        <translation>Forstått, eksporter</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="172"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="185"/>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="189"/>
        <source>Økten ble ikke eksportert</source>
        <translation>Økta blei ikkje eksportert</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="192"/>
        <source>Økten er lagret i {0}.</source>
        <translation>Økta er lagra i {0}.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="211"/>
        <source>Økten kunne ikke leses</source>
        <translation>Økta kunne ikkje lesast</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="220"/>
        <source>Økten er fra en annen utgave av filen ({0}); rettingene er flyttet etter fødselsnummer.</source>
        <translation>Økta er frå ei anna utgåve av fila ({0}); rettingane er flytta etter fødselsnummer.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="222"/>
        <source>Økt importert</source>
        <translation>Økt importert</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="270"/>
        <source>en fil</source>
        <translation>ei fil</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="272"/>
        <source>ukjent tid</source>
        <translation>ukjend tid</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="273"/>
        <source>NIR-kontroll ble avsluttet uten å lagre ferdig. For «{0}» finnes {1} endringer og kvitteringer som ikke var lagret i økten (siste endring {2}).</source>
        <translation>NIR-kontroll blei avslutta før lagringa var ferdig. For «{0}» finst det {1} endringar og kvitteringar som ikkje var lagra i økta (siste endring {2}).</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="277"/>
        <source>Den aller siste endringen ble avbrutt og kan ikke hentes.</source>
        <translation>Den aller siste endringa blei avbroten og kan ikkje hentast.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="286"/>
        <source>Hente tilbake ulagret arbeid?</source>
        <translation>Hente tilbake ulagra arbeid?</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="290"/>
        <source>Vil du åpne filen og fortsette der du slapp?</source>
        <translation>Vil du opne fila og halde fram der du slapp?</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="291"/>
        <source>Åpne og hent tilbake</source>
        <translation>Opne og hent tilbake</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="294"/>
        <source>Åpne «{0}» igjen, så får du tilbud om å fortsette med dem.</source>
        <translation>Opne «{0}» igjen, så får du tilbod om å halde fram med dei.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="297"/>
        <source>Senere</source>
        <translation>Seinare</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="298"/>
        <source>Forkast endringene</source>
        <translation>Forkast endringane</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="279"/>
        <source>Den lagrede økten er skadet. Den legges til side og bygges opp igjen fra de ulagrede endringene.</source>
        <translation>Den lagra økta er skadd. Programmet legg ho til side og byggjer ho opp att frå dei ulagra endringane.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="283"/>
        <source>Disse linjene i journalen er skadet og kan ikke hentes (journalen tas vare på):</source>
        <translation>Desse linjene i journalen er skadde og kan ikkje hentast (journalen blir teken vare på):</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/sessions/session_exchange.py" line="316"/>
        <source>Endringene ble ikke forkastet</source>
        <translation>Endringane blei ikkje forkasta</translation>
    </message>
</context>
<context>
    <name>SessionLink</name>
    <message>
        <location filename="../../nir_desktop/gui/review/session_link.py" line="107"/>
        <source>Økten lagres ikke</source>
        <translation>Økta blir ikkje lagra</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/session_link.py" line="191"/>
        <source>Endringen ble ikke lagret i økten</source>
        <translation>Endringa blei ikkje lagra i økta</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/session_link.py" line="208"/>
        <source>Kvitteringen ble ikke lagret i økten</source>
        <translation>Kvitteringa blei ikkje lagra i økta</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/session_link.py" line="215"/>
        <source>Fortsette der du slapp?</source>
        <translation>Halde fram der du slapp?</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/session_link.py" line="216"/>
        <source>Du har arbeidet med denne filen før ({0}): {1} endringer og {2} kvitteringer er lagret.

Vil du fortsette med dem?</source>
        <translation>Du har arbeidd med denne fila før ({0}): {1} endringar og {2} kvitteringar er lagra.

Vil du halde fram med dei?</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/session_link.py" line="220"/>
        <source>Fortsett</source>
        <translation>Hald fram</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/session_link.py" line="221"/>
        <source>Begynn på nytt</source>
        <translation>Byrj på nytt</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/session_link.py" line="226"/>
        <source>Filen er allerede åpen</source>
        <translation>Fila er allereie open</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/session_link.py" line="229"/>
        <source>Åpne likevel</source>
        <translation>Opne likevel</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/session_link.py" line="230"/>
        <source>Ikke lagre økten</source>
        <translation>Ikkje lagre økta</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/session_link.py" line="118"/>
        <source>Økten var skadet</source>
        <translation>Økta var skadd</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/session_link.py" line="146"/>
        <source>Økten er ikke lagret – prøver igjen …</source>
        <translation>Økta er ikkje lagra – prøver igjen …</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/session_link.py" line="150"/>
        <source>Økten kan ikke lagres nå</source>
        <translation>Økta kan ikkje lagrast no</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/review/session_link.py" line="157"/>
        <source>Økten er lagret igjen. Ingen endringer gikk tapt.</source>
        <translation>Økta er lagra igjen. Ingen endringar gjekk tapt.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="5"/>
        <location filename="../../ui/settings_dialog.ui" line="6"/>
        <source>Innstillinger</source>
        <translation>Innstillingar</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="13"/>
        <source>&amp;Språk:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="19"/>
        <source>Språk</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="24"/>
        <source>Skjul &amp;fødselsnummer i tabellen når en fil åpnes</source>
        <translation>Skjul &amp;fødselsnummer i tabellen når ei fil blir opna</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="25"/>
        <source>Skjul fødselsnummer som standard</source>
        <translation>Skjul fødselsnummer som standard</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="32"/>
        <source>Nytt språk tas i bruk neste gang programmet starter.</source>
        <translation>Nytt språk blir teke i bruk neste gong programmet startar.</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../../nir_desktop/gui/findings/severity_style.py" line="36"/>
        <source>Feil</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/findings/severity_style.py" line="37"/>
        <source>Advarsel</source>
        <translation>Åtvaring</translation>
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
        <translation>Tabell for arket {0}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="448"/>
        <source>Klar til å lagre</source>
        <translation>Klar til å lagre</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="449"/>
        <source>Se over valgene og trykk «Lagre filene».</source>
        <translation>Sjå over vala og trykk «Lagre filene».</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="451"/>
        <source>&amp;Lagre filene</source>
        <translation>&amp;Lagre filene</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="454"/>
        <source>Sammendrag</source>
        <translation>Samandrag</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="462"/>
        <source>Fremdrift</source>
        <translation>Framdrift</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="474"/>
        <source>Disse filene blir lagret i &lt;b&gt;{0}&lt;/b&gt;:</source>
        <translation>Desse filene blir lagra i &lt;b&gt;{0}&lt;/b&gt;:</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="481"/>
        <source>{0} endrede celler</source>
        <translation>{0} endra celler</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="483"/>
        <source>{0} celler får verdien fra kodelisten</source>
        <translation>{0} celler får verdien frå kodelista</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="486"/>
        <source>filens skrivemåte beholdes i {0} celler med verdikobling</source>
        <translation>skrivemåten i fila blir verande i {0} celler med verdikopling</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="489"/>
        <source>fødselsnumre skjult i rapportene</source>
        <translation>fødselsnummer er skjulte i rapportane</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="490"/>
        <source>fødselsnumre vises i sin helhet i rapportene</source>
        <translation>fødselsnummer blir viste i heilskap i rapportane</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="493"/>
        <source>{0} feil og {1} advarsler er åpne (står i rapporten)</source>
        <translation>{0} feil og {1} åtvaringar er opne (står i rapporten)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="496"/>
        <source>Originalfilen {0} blir ikke endret.</source>
        <translation>Originalfila {0} blir ikkje endra.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="507"/>
        <source>Lagrer …</source>
        <translation>Lagrar …</translation>
    </message>
</context>
<context>
    <name>WhatPage</name>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="98"/>
        <source>Hva vil du lagre?</source>
        <translation>Kva vil du lagre?</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="99"/>
        <source>Originalfilen endres aldri. Alt du velger her, blir nye filer.</source>
        <translation>Originalfila blir aldri endra. Alt du vel her, blir nye filer.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="102"/>
        <source>&amp;Rettet eksport i samme oppsett som originalen</source>
        <translation>&amp;Retta eksport i same oppsett som originalen</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="105"/>
        <source>Samme ark, kolonner, rekkefølge og formater som originalen, med rettingene dine. Klar til å lese inn igjen.</source>
        <translation>Same ark, kolonnar, rekkjefølgje og format som originalen, med rettingane dine. Klar til å lese inn igjen.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="107"/>
        <source>&amp;Bare radene du har endret</source>
        <translation>&amp;Berre radene du har endra</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="108"/>
        <source>&amp;Feilrapport (til en kollega eller leder)</source>
        <translation>&amp;Feilrapport (til ein kollega eller leiar)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="109"/>
        <source>&amp;Endringslogg (hva som ble endret, celle for celle)</source>
        <translation>&amp;Endringslogg (kva som blei endra, celle for celle)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="115"/>
        <source>Rettet eksport</source>
        <translation>Retta eksport</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="116"/>
        <source>Bare endrede rader</source>
        <translation>Berre endra rader</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="117"/>
        <source>Feilrapport</source>
        <translation>Feilrapport</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="118"/>
        <source>Endringslogg</source>
        <translation>Endringslogg</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="123"/>
        <source>Samme ark, kolonner og formater som originalen – klar til å lese inn i NIR igjen.</source>
        <translation>Same ark, kolonnar og format som originalen – klar til å lese inn i NIR igjen.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="140"/>
        <source>Du har ikke endret noen celler ennå. Den rettede filen blir da lik originalen.</source>
        <translation>Du har ikkje endra noka celle enno. Den retta fila blir då lik originalen.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/export/export_pages.py" line="143"/>
        <source>{0} celler er endret.</source>
        <translation>{0} celler er endra.</translation>
    </message>
</context>
<context>
    <name>YearControls</name>
    <message>
        <location filename="../../nir_desktop/gui/window/year_controls.py" line="32"/>
        <source>&amp;Rapporteringsår:</source>
        <translation>&amp;Rapporteringsår:</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/year_controls.py" line="34"/>
        <source>Rapporteringsår</source>
        <translation>Rapporteringsår</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/year_controls.py" line="40"/>
        <source>Frist</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/year_controls.py" line="104"/>
        <source>{0} dager igjen</source>
        <translation>{0} dagar att</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/year_controls.py" line="106"/>
        <source>1 dag igjen</source>
        <translation>1 dag att</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/year_controls.py" line="108"/>
        <source>fristen er i dag</source>
        <translation>fristen er i dag</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/year_controls.py" line="110"/>
        <source>fristen gikk ut for {0} dager siden</source>
        <translation>fristen gjekk ut for {0} dagar sidan</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/year_controls.py" line="111"/>
        <source>Frist for {0}: {1} – {2}</source>
        <translation>Frist for {0}: {1} – {2}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/year_controls.py" line="113"/>
        <source> (ikke bekreftet)</source>
        <translation> (ikkje stadfesta)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/year_controls.py" line="58"/>
        <source>frist {0}</source>
        <translation>frist {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/year_controls.py" line="59"/>
        <source>frist {0} (ikke bekreftet)</source>
        <translation>frist {0} (ikkje stadfesta)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/window/year_controls.py" line="68"/>
        <source>Bygger på:</source>
        <translation>Byggjer på:</translation>
    </message>
</context>
<context>
    <name>_ListPage</name>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="84"/>
        <source>Kode</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="87"/>
        <source>Andre skrivemåter (skill med komma)</source>
        <translation>Andre skrivemåtar (skil med komma)</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="93"/>
        <source>Verdiene i kodelisten {0}</source>
        <translation>Verdiane i kodelista {0}</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="101"/>
        <source>&amp;Legg til verdi</source>
        <translation>&amp;Legg til verdi</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="102"/>
        <source>&amp;Fjern verdi</source>
        <translation>&amp;Fjern verdi</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="103"/>
        <source>&amp;Gjenopprett standardlisten</source>
        <translation>&amp;Gjenopprett standardlista</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="127"/>
        <source>Du bruker din egen versjon av listen.</source>
        <translation>Du brukar din eigen versjon av lista.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="128"/>
        <source>Du bruker standardlisten som følger med programmet.</source>
        <translation>Du brukar standardlista som følgjer med programmet.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="130"/>
        <source> NIRs egne lister er ikke offentlige: standardlisten er et forslag som du kan rette og utvide.</source>
        <translation> Listene til NIR er ikkje offentlege: standardlista er eit forslag som du kan rette og utvide.</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="145"/>
        <source>– ikke valgt –</source>
        <translation>– ikkje valt –</translation>
    </message>
    <message>
        <location filename="../../nir_desktop/gui/mapping/codelist_settings.py" line="179"/>
        <source>Koden «{0}» står to ganger i listen {1}.</source>
        <translation>Koden «{0}» står to gonger i lista {1}.</translation>
    </message>
</context>
</TS>
