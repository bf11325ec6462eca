"""One nynorsk across the product: list every nynorsk text and the forms it must not use.

    python build/nn_style.py list     # every nn text: where it is, then the text
    python build/nn_style.py check    # exit 1 listing every forbidden form found

The nynorsk texts live in four places, written by different hands: the window's Qt
strings (resources/translations/nir_desktop_nn.ts), the gettext catalogue
(resources/locale/nn/LC_MESSAGES/nir_desktop.po), the guidance texts
(resources/guidance/nn/*.md) and the ``*_nn`` keys of resources/codelists/*.json and
resources/years/*.json. They follow one choice, the one most municipalities writing
nynorsk make: the e-infinitive («å registrere», «kan lagre», «må opne»; participles such
as «lagra», «opna», «endra» stay), «blir/blei» (not «vert»), and the nynorsk form of the
words below. Text in «…» is left out of the check: it quotes NIR's own code values
(«Avslutningsårsak ikke registrert») or a law's name as Lovdata writes it; so are web
addresses and the sheet name «Deltakere». The tests (tests/gui/test_translations.py,
tests/core/test_rule_texts_i18n.py, tests/core/test_guidance_texts.py,
tests/core/test_i18n_data.py) load this file (the ``nn_style`` fixture of tests/conftest.py)
and apply ``problems`` to every source. The check finds; the fix is made by hand, reading
the sentence (an «opna» can be a participle, «lagra fila» an instruction).
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_NN = ROOT / "resources" / "translations" / "nir_desktop_nn.ts"
PO_NN = ROOT / "resources" / "locale" / "nn" / "LC_MESSAGES" / "nir_desktop.po"
GUIDANCE_NN = ROOT / "resources" / "guidance" / "nn"
DATA_DIRS = (ROOT / "resources" / "codelists", ROOT / "resources" / "years")

# Forms a nynorsk text of ours never has, with the form we write instead: bokmål words and
# spellings, the other choice where nynorsk allows two, and the words the three
# translators wrote in different ways.
FORBIDDEN: dict[str, str] = {
    "ikke": "ikkje", "hva": "kva", "hvordan": "korleis", "hvorfor": "kvifor", "hvor": "kvar",
    "hvilke": "kva for", "hvilken": "kva for", "bare": "berre", "fra": "frå",
    "hvis": "dersom", "noe": "noko", "noen": "nokon/nokre", "mye": "mykje", "jeg": "eg",
    "dere": "de", "ble": "blei", "vart": "blei", "vert": "blir", "verte": "bli",
    "egen": "eigen", "eget": "eige", "selv": "sjølv", "være": "vere", "også": "òg",
    "filen": "fila", "mappen": "mappa", "listen": "lista", "kodelisten": "kodelista",
    "økten": "økta", "cellen": "cella", "arkene": "arka",
    "kolonna": "kolonnen", "kolonner": "kolonnar", "kolonnene": "kolonnane",
    "advarsel": "åtvaring", "advarsler": "åtvaringar", "advarselen": "åtvaringa",
    "veiledning": "rettleiing", "veiledningen": "rettleiinga", "kilde": "kjelde",
    "kilder": "kjelder", "kilden": "kjelda", "deltaker": "deltakar",
    "deltakere": "deltakarar", "deltakeren": "deltakaren", "deltakerne": "deltakarane",
    "måloppnåelse": "måloppnåing", "måloppnåelsen": "måloppnåinga",
    "mangler": "manglar", "finnes": "finst", "endret": "endra", "lagret": "lagra",
    "eksempel": "døme", "f.eks.": "til dømes", "t.d.": "til dømes", "kobling": "kopling",
    "framlegg": "forslag", "framlegget": "forslaget", "fritatt": "friteken",
    "koblingsprofil": "koplingsprofil", "koblingsprofilen": "koplingsprofilen",
    # A law's short title as Lovdata writes it; «lova» stays for a law that is not named.
    "integreringslova": "integreringsloven", "introduksjonslova": "introduksjonsloven",
}
# NIR's own names that look like a forbidden word: the sheet «Deltakere» of an export.
NIR_NAMES = frozenset({"Deltakere"})

# The common verbs whose infinitive we write with -e («å lagre», «kan opne»): their a-form
# after «å» or a modal verb is the other style left behind. As participles («er lagra»,
# «blei opna») and past tense the a-forms are right and stay.
VERB_A = ("lagra", "opna", "kopla", "endra", "retta", "registrera", "sjekka",
          "kontrollera", "oppdatera", "eksportera", "importera", "henta", "rekna",
          "bruka", "vurdera", "fjerna", "rapportera", "merka", "starta", "avslutta",
          "samanlikna", "sortera", "filtrera", "ajourføra", "fullføra", "hugsa", "lukka",
          "angra", "kvittera", "skriva", "lesa", "visa", "velja", "gjera", "vera", "setja")
# The same verbs as an instruction: «Opne ho i Excel», «lagre fila på nytt».
VERB_A_IMPERATIVE = ("lagra", "opna", "kopla")
_MODAL = r"(?:å|skal|må|kan|vil|bør|skulle|måtte|kunne|ville|burde)"
_A_INFINITIVE = re.compile(
    rf"\b{_MODAL}\s+(?:ikkje\s+|òg\s+|berre\s+|alltid\s+|først\s+)?"
    rf"(?:{'|'.join(VERB_A)})\b", re.IGNORECASE)
_A_IMPERATIVE = re.compile(
    rf"(?:^|[.:;!?]\s+|\b(?:og|eller)\s+)(?:{'|'.join(VERB_A_IMPERATIVE)})"
    r"\s+(?:ho|han|den|dei|det|fila|arket|kolonnen|kolonnane)\b", re.IGNORECASE)
_IF = re.compile(r"\bviss\s+(?:ikkje|du|det|fila|han|ho)\b", re.IGNORECASE)  # dersom
_WORD = re.compile(r"(?<![\w.])(" + "|".join(re.escape(w) for w in FORBIDDEN)
                   + r")(?![\w])", re.IGNORECASE)
_QUOTED = re.compile(r"«[^»]*»")
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")


def problems(text: str) -> list[str]:
    """The forbidden forms in one nynorsk text (quoted code values and names left out)."""
    plain = _ADDRESS.sub("", _QUOTED.sub("", text))
    found = [m.group(1) for m in _WORD.finditer(plain) if m.group(1) not in NIR_NAMES]
    for pattern in (_A_INFINITIVE, _A_IMPERATIVE, _IF):
        found += [m.group(0).strip() for m in pattern.finditer(plain)]
    return found


def ts_texts(path: Path = TS_NN) -> Iterator[tuple[str, str]]:
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            if tr is None:
                continue
            forms = [nf.text or "" for nf in tr.iter("numerusform")] or [tr.text or ""]
            for form in forms:
                yield f"ts:{name}:{m.findtext('source')!r}", form


def po_texts(path: Path = PO_NN) -> Iterator[tuple[str, str]]:
    from babel.messages.pofile import read_po

    with path.open("rb") as fh:
        cat = read_po(fh)
    for m in cat:
        if not m.id:
            continue
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        msgid = m.id[0] if isinstance(m.id, tuple) else m.id
        for s in strings:
            yield f"po:{msgid[:60]!r}", s


def guidance_texts(folder: Path = GUIDANCE_NN) -> Iterator[tuple[str, str]]:
    for path in sorted(folder.glob("*.md")):
        for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                yield f"md:{path.name}:{no}", line


def _nn_values(node: object, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key.endswith("_nn") and isinstance(value, str):
                yield f"{where}.{key}", value
            else:
                yield from _nn_values(value, f"{where}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _nn_values(value, f"{where}[{i}]")


def data_texts(dirs: tuple[Path, ...] = DATA_DIRS) -> Iterator[tuple[str, str]]:
    for folder in dirs:
        for path in sorted(folder.glob("*.json")):
            yield from _nn_values(json.loads(path.read_text(encoding="utf-8")),
                                  f"json:{path.name}")


def all_texts() -> Iterator[tuple[str, str]]:
    yield from ts_texts()
    yield from po_texts()
    yield from guidance_texts()
    yield from data_texts()


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    bad = 0
    for where, text in all_texts():
        if command == "list":
            print(f"{where}\t{text}")
            continue
        found = problems(text)
        if found:
            bad += 1
            print(f"{where}: {found}\n    {text}")
    if command == "check":
        print(f"{bad} nynorsk texts with a forbidden form", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
