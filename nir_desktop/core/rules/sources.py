"""The public sources the rules rest on (shared/spec/sources/README.md), one constant
each. A rule cites them with ``SOURCE.cite(Text(nb, en), section)``: what that source
says that the rule rests on, in one sentence of our own."""

from __future__ import annotations

from nir_desktop.core.rules.catalogue import Citation

IMDI_2021 = Citation(
    "Frist for å ajourføre data i NIR for 2021",
    "https://www.imdi.no/arkiv/arkiverte-nyheter/nyheter-2022/frist-for-a-ajourfore-data-i-nir-for-2021/",
    "3. januar 2022",
)
GENERAL_QUALITY = Citation(
    "Generell datakvalitet",
    note_nb="Bygger på hvordan nummeret er oppbygd, ikke på en egen veiledning fra IMDi.",
)
INPUT_FORMAT = Citation(
    "Generell datakvalitet",
    note_nb="Bygger på kravene til innholdet i eksportfilen (datoer og kodeverdier).",
)
