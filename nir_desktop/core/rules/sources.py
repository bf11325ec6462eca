"""The public sources the rules rest on (shared/spec/sources/README.md), one constant
each: title, address, "sist oppdatert". A rule cites a source with
``SOURCE.cite(Text(nb), section)``: what that source says that the rule rests on, in
one sentence of our own (never the page's own words)."""

from __future__ import annotations

from nir_desktop.core.rules.catalogue import Citation, Text

_IMDI = "https://www.imdi.no"

IMDI_2021 = Citation(
    "Frist for å ajourføre data i NIR for 2021",
    f"{_IMDI}/arkiv/arkiverte-nyheter/nyheter-2022/frist-for-a-ajourfore-data-i-nir-for-2021/",
    "3. januar 2022",
)
IMDI_2022 = Citation(
    "Frist for å oppdatere opplysninger i NIR for 2022",
    f"{_IMDI}/imdinett/frist-for-a-oppdatere-opplysninger-i-nir-for-2022/",
    "8. desember 2023",
)
IMDI_2023 = Citation(
    "Frist for å oppdatere opplysninger i NIR for 2023",
    f"{_IMDI}/om-imdi/aktuelt-na/frist-for-a-oppdatere-opplysninger-i-nir-for-2023/",
    "16. januar 2024",
)
REMINDER_2024 = Citation(
    "Har din kommune registrert avslutning i NIR på alle som avsluttet "
    "introduksjonsprogram i 2023?",
    f"{_IMDI}/arkiv/arkiverte-nyheter/registrering-av-avslutningsarsak-i-nir/",
    "9. juni 2024",
)
RESULTS_2020 = Citation(
    "Foreløpige resultater introduksjonsprogrammet i 2020",
    f"{_IMDI}/imdinett/forelopige-resultater-introduksjonsprogrammet-i-2020/",
    "26. januar 2021",
)
DEADLINE_2018 = Citation(
    "Frist for å registrere i NIR er 28. februar 2019",
    f"{_IMDI}/arkiv/arkiverte-nyheter/nyheter-2019/"
    "frist-for-a-registrere-i-nir-er-28.-februar-2019/",
    "12. februar 2019",
)
REGISTRERING_INTRO = Citation(
    "Registrere deltakelse i introduksjonsprogrammet etter integreringsloven i NIR",
    f"{_IMDI}/kvalifisering/regelverk/introduksjonsprogrammet/"
    "registrering-i-nir-etter-integreringsloven---introduksjonsprogrammet/",
    "18. januar 2021",
)
NY_INTEGRERINGSLOV = Citation(
    "Ny integreringslov – endringer i NIR",
    f"{_IMDI}/imdinett/nasjonalt-introduksjonsregister-nir/ny-integreringslov---endringer-i-nir/",
    "21. april 2022",
)
FORMAL_NIR = Citation(
    "Formålet med NIR",
    f"{_IMDI}/imdinett/nasjonalt-introduksjonsregister-nir/dette-brukes-nir-til/",
    "21. april 2022",
)
GENERAL_QUALITY = Citation(
    "Generell datakvalitet",
    note=Text("Bygger bare på generell datakvalitet: hvordan et fødselsnummer eller "
              "kommunenummer er bygd opp, ikke på en egen veiledning fra IMDi."),
)
INPUT_FORMAT = Citation(
    "Generell datakvalitet",
    note=Text("Bygger bare på generell datakvalitet: kravene til innholdet i eksportfilen "
              "(datoer, tall og kodeverdier), ikke på en egen veiledning fra IMDi."),
)
LINKING = Citation(
    "Generell datakvalitet",
    note=Text("Bygger bare på generell datakvalitet: radene i Tiltak hører til en person i "
              "Deltakere, radene i Norsk til en person i Deltakere eller Opplæring, og de "
              "kobles til personen med fødselsnummeret."),
)
CONSISTENCY = Citation(
    "Generell datakvalitet",
    note=Text("Bygger bare på generell datakvalitet: datoene for programmet og tiltakene må "
              "henge sammen."),
)
