"""The gettext catalogue of NIR-kontroll: extract, update, compile and check it (Babel).

    python build/translations.py extract    # list the message ids the source marks
    python build/translations.py update     # merge them into resources/locale/{en,nn}/.../*.po
    python build/translations.py compile    # .po -> .mo beside it (only what changed)
    python build/translations.py check      # exit 1 listing every missing/empty/fuzzy
                                            # translation and every {placeholder} mismatch

Bokmål is the source: a message id is the bokmål text, marked in the code with
``gettext``/``ngettext``/``pgettext``/``npgettext``, ``N_``, ``Text`` (rule texts) or
``Msg``/``plural_msg`` (texts rendered later, nir_desktop.core.i18n). The
.po files are written sorted by id, without source locations and with one fixed width, so
two branches that add strings merge line by line. The .mo files are build output
(git-ignored): ``./dev.sh`` and the bundle builds run ``compile``. Qt widgets keep ``tr()``
and Qt Linguist files (resources/translations/*.ts); this catalogue is everything else.
"""

from __future__ import annotations

import argparse
import io
import string
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIR = ROOT / "nir_desktop"
LOCALE_DIR = ROOT / "resources" / "locale"
DOMAIN = "nir_desktop"
LANGUAGES = ("en", "nn")
# Babel keyword specs: argument positions of the message (and "c" for the context).
KEYWORDS: dict[str, object] = {
    "gettext": None,
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
    "npgettext": ((1, "c"), 2, 3),
    "N_": None,
    "Text": None,
    "Msg": None,
    "plural_msg": (1, 2),
}
COMMENT_TAGS = ("TRANSLATORS:",)
# Fixed header dates: a date that changed on every update would conflict in every merge.
HEADER_DATE = datetime(2026, 12, 1, tzinfo=UTC)
PO_WIDTH = 79  # the same as the lead's merge tool, so a union needs no reformatting

MessageKey = str | tuple[str, str]  # Babel's key: the id, or (id, context)


def po_path(lang: str, locale_dir: Path = LOCALE_DIR) -> Path:
    return locale_dir / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def extract(source_dir: Path = SOURCE_DIR) -> Catalog:
    """Every message the source marks, as a catalogue without translations."""
    catalog = Catalog(project="NIR-kontroll", fuzzy=False)
    for filename, lineno, message, comments, context in extract_from_dir(
        source_dir,
        keywords=KEYWORDS,  # type: ignore[arg-type]
        comment_tags=COMMENT_TAGS,
        strip_comment_tags=True,
    ):
        path = (source_dir / filename).relative_to(source_dir.parent).as_posix()
        catalog.add(message, locations=[(path, lineno)], auto_comments=comments,
                    context=context)
    return catalog


HEADER_COMMENT = """\
# NIR-kontroll: the program's bokmål texts (msgid) in one language (msgstr).
# Written by `python build/translations.py update`. Edit only msgstr,
# keep every {placeholder}, then run `python build/translations.py check`."""


def _new_catalog(lang: str) -> Catalog:
    return Catalog(locale=lang, domain=DOMAIN, header_comment=HEADER_COMMENT,
                   project="NIR-kontroll", version="1", copyright_holder="NIR-kontroll",
                   msgid_bugs_address="NIR-kontroll", creation_date=HEADER_DATE,
                   revision_date=HEADER_DATE, fuzzy=False,
                   language_team=f"NIR-kontroll <{lang}>", last_translator="NIR-kontroll")


def read_catalog(path: Path, lang: str) -> Catalog:
    if not path.is_file():
        return _new_catalog(lang)
    with path.open("rb") as handle:
        return read_po(handle, locale=lang, domain=DOMAIN)


def merge(template: Catalog, existing: Catalog, lang: str) -> Catalog:
    """The template's ids with the existing translations kept; new ids get empty ones.

    Ids no longer in the source are dropped (git keeps their history)."""
    merged = _new_catalog(lang)
    for message in template:
        if not message.id:
            continue
        old = existing.get(message.id, context=message.context)
        plural = isinstance(message.id, (list, tuple))
        if old is not None and isinstance(old.id, (list, tuple)) == plural:
            translation = old.string
            flags = old.flags
            user_comments = old.user_comments
        else:
            translation = ("", "") if plural else ""
            flags, user_comments = (), []
        merged.add(message.id, translation, flags=flags, auto_comments=message.auto_comments,
                   user_comments=user_comments, context=message.context)
    return merged


def render_po(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=PO_WIDTH, no_location=True, sort_output=True,
             ignore_obsolete=True)
    return out.getvalue()


def render_mo(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def update(source_dir: Path = SOURCE_DIR, locale_dir: Path = LOCALE_DIR) -> list[Path]:
    """Write every language's .po from the source; returns the files that changed."""
    template = extract(source_dir)
    changed = []
    for lang in LANGUAGES:
        path = po_path(lang, locale_dir)
        data = render_po(merge(template, read_catalog(path, lang), lang))
        if not path.is_file() or path.read_bytes() != data:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            changed.append(path)
    return changed


def compile_all(locale_dir: Path = LOCALE_DIR) -> list[Path]:
    """Compile every .po to the .mo beside it; a .mo already equal to it is left alone."""
    written = []
    for po in sorted(locale_dir.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        mo = po.with_suffix(".mo")
        data = render_mo(read_catalog(po, po.parts[-3]))
        if not mo.is_file() or mo.read_bytes() != data:
            mo.write_bytes(data)
            written.append(mo)
    return written


def placeholders(text: str) -> set[str] | None:
    """The ``{names}`` a str.format template uses; None when it is no valid template."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:
        return None


def _label(message: Message) -> str:
    text = message.id[0] if isinstance(message.id, (list, tuple)) else message.id
    prefix = f"[{message.context}] " if message.context else ""
    return prefix + (text if len(text) <= 90 else text[:87] + "...")


def problems(template: Catalog, catalogs: dict[str, Catalog]) -> list[str]:
    """Every way the catalogues fail the source: "<lang>: <what>: <id>" lines."""
    found: list[str] = []
    for lang, catalog in catalogs.items():
        for message in template:
            if not message.id:
                continue
            label = _label(message)
            entry = catalog.get(message.id, context=message.context)
            if entry is None:
                found.append(f"{lang}: mangler: {label}")
                continue
            plural = isinstance(message.id, (list, tuple))
            if plural != isinstance(entry.id, (list, tuple)):
                found.append(f"{lang}: entall/flertall stemmer ikke: {label}")
                continue
            forms = list(entry.string) if plural else [entry.string]
            if not all(forms) or (plural and len(forms) < 2):
                found.append(f"{lang}: tom oversettelse: {label}")
                continue
            if entry.fuzzy:
                found.append(f"{lang}: usikker (fuzzy): {label}")
            sources = list(message.id) if plural else [message.id]
            for index, form in enumerate(forms):
                want = placeholders(sources[min(index, len(sources) - 1)])
                got = placeholders(form)
                if got != want:
                    found.append(
                        f"{lang}: plassholdere {sorted(got or [])} ≠ {sorted(want)}: {label}"
                    )
    return found


def check(source_dir: Path = SOURCE_DIR, locale_dir: Path = LOCALE_DIR) -> list[str]:
    template = extract(source_dir)
    return problems(template, {lang: read_catalog(po_path(lang, locale_dir), lang)
                               for lang in LANGUAGES})


def _shown(path: Path) -> str:
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)


def _print_lines(lines: Iterable[str]) -> None:
    for line in lines:
        print(line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("extract", "update", "compile", "check"))
    args = parser.parse_args(argv)
    if args.command == "extract":
        template = extract(SOURCE_DIR)
        _print_lines(_label(m) for m in template if m.id)
        print(f"{len(template)} tekster", file=sys.stderr)
    elif args.command == "update":
        changed = update(SOURCE_DIR, LOCALE_DIR)
        _print_lines(f"oppdatert: {_shown(p)}" for p in changed)
        found = check(SOURCE_DIR, LOCALE_DIR)
        if found:
            print(f"{len(found)} tekster mangler oversettelse (se: check)", file=sys.stderr)
    elif args.command == "compile":
        _print_lines(f"kompilert: {_shown(p)}" for p in compile_all(LOCALE_DIR))
    else:
        found = check(SOURCE_DIR, LOCALE_DIR)
        _print_lines(found)
        if found:
            print(f"{len(found)} problemer i tekstkatalogen", file=sys.stderr)
            return 1
        print("tekstkatalogen er komplett (en, nn)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
