"""The user's own code lists: edited in the settings, stored per user, exported and
imported as JSON, and restored to the shipped list on request.

Storage (``paths.codelists_dir()``): one file per list, ``<name>.json``, in the shipped
form plus ``"replace": true`` — the whole list as the user wants it, so a removed value
stays removed. A file without ``replace`` (written by hand, or by an older version) only
adds values to the shipped list, as ``CodeLists.load(user_overrides=…)`` reads it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from nir_desktop.core.codelists import (
    LIST_NAMES,
    CodeList,
    CodeListError,
    CodeLists,
    CodeValue,
)
from nir_desktop.core.i18n import Msg
from nir_desktop.core.normalize import fold_code

log = logging.getLogger(__name__)

EXPORT_FORMAT = "nir-kontroll-kodelister"
EXPORT_VERSION = 1

# The attribute each list's values carry besides the code, and what it may be.
GROUP_ATTR: dict[str, str] = {"tiltak": "group", "avslutningsarsak": "outcome", "lov": "law",
                              "kategori": "kind"}
OUTCOME_LABELS: dict[str, str] = {  # shown under the heading "Teller som"
    "work": "Arbeid",
    "education": "Utdanning",
    "neither": "Ingen av delene",
}
LAW_LABELS: dict[str, str] = {
    "introduksjonsloven": "Introduksjonsloven",
    "integreringsloven": "Integreringsloven",
    "integreringsloven_6a": "Integreringsloven kap. 6A",
}
KIND_LABELS: dict[str, str] = {  # what a kategori value counts as for the NOR rules
    "rett_og_plikt": "Rett og plikt",
    "rett": "Bare rett",
    "plikt": "Bare plikt",
    "kan_tilbys": "Kan tilbys",
}


def choices(codes: CodeLists, list_name: str) -> dict[str, str]:
    """The values the list's attribute may take → their Norwegian label (empty: none)."""
    if list_name == "tiltak":
        return dict(codes.lists["tiltak"].groups)
    if list_name == "avslutningsarsak":
        return dict(OUTCOME_LABELS)
    if list_name == "lov":
        return dict(LAW_LABELS)
    if list_name == "kategori":
        return dict(KIND_LABELS)
    return {}


def default_dir() -> Path:
    from nir_desktop.core import paths

    return paths.codelists_dir()


# --- reading ---------------------------------------------------------------------------


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CodeListError(Msg("Finner ikke kodelistefilen «{file}».", file=path.name)) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise CodeListError(Msg("«{file}» er ikke en gyldig kodelistefil ({error}).",
                                file=path.name, error=type(e).__name__)) from None
    if not isinstance(data, dict):
        raise CodeListError(Msg("«{file}» er ikke en gyldig kodelistefil (forventet et "
                                "JSON-objekt).", file=path.name))
    return data


def _values(data: dict[str, Any], where: str) -> list[CodeValue]:
    out = []
    for raw in data.get("values", []):
        if not isinstance(raw, dict) or not str(raw.get("code", "")).strip():
            raise CodeListError(Msg("«{file}» har en verdi uten kode.", file=where))
        attrs = {k: v for k, v in raw.items() if k not in ("code", "aliases")}
        aliases = tuple(str(a) for a in raw.get("aliases", ()) if str(a).strip())
        out.append(CodeValue(str(raw["code"]).strip(), aliases, attrs))
    return out


def _apply(codes: CodeLists, data: dict[str, Any], where: str) -> None:
    name = data.get("name")
    if name not in codes.lists:
        raise CodeListError(Msg("«{file}» gjelder en ukjent kodeliste «{name}» (kjente: "
                                "{known}).", file=where, name=str(name),
                                known=", ".join(LIST_NAMES)))
    target = codes.lists[name]
    values = _values(data, where)
    if data.get("replace"):
        target.values = values
        if isinstance(data.get("groups"), dict) and data["groups"]:
            target.groups = dict(data["groups"])
    else:
        by_code = {fold_code(v.code): i for i, v in enumerate(target.values)}
        for v in values:
            i = by_code.get(fold_code(v.code))
            if i is None:
                target.values.append(v)
            else:
                target.values[i] = v
        target.groups.update(data.get("groups", {}) or {})
    target.reindex()


def load_codelists(user: Path | str | None = None, *, builtin_dir: Path | None = None,
                   strict: bool = False) -> CodeLists:
    """The shipped lists with the user's over them.

    ``user``: a folder of list files (default: the user's code-list folder), one list file,
    or an export bundle. A broken file is skipped (logged) unless ``strict``, when it
    raises CodeListError with a Norwegian message.
    """
    codes = CodeLists.load(builtin_dir)
    if user is None:
        try:
            user = default_dir()
        except OSError:
            log.warning("the user's code-list folder cannot be used")
            return codes
    p = Path(user)
    if p.is_dir():
        files = sorted(p.glob("*.json"))
    elif p.is_file() or strict:
        files = [p]
    else:
        files = []
    for f in files:
        try:
            data = _read(f)
            for item in _bundle_lists(data, f.name):
                _apply(codes, item, f.name)
        except CodeListError:
            if strict:
                raise
            log.warning("a user code-list file was skipped (%s)", f.name)
    return codes


def _bundle_lists(data: dict[str, Any], where: str) -> list[dict[str, Any]]:
    if data.get("format") == EXPORT_FORMAT:
        lists = data.get("lists")
        if not isinstance(lists, list):
            raise CodeListError(Msg("«{file}» er ikke en gyldig kodelistefil (mangler lister).",
                                    file=where))
        if int(data.get("version", 1)) > EXPORT_VERSION:
            raise CodeListError(Msg("«{file}» er laget av en nyere versjon av NIR-kontroll.",
                                    file=where))
        return [dict(x, replace=True) for x in lists if isinstance(x, dict)]
    return [data]


# --- writing ---------------------------------------------------------------------------


def list_to_json(cl: CodeList, *, replace: bool = True) -> dict[str, Any]:
    data: dict[str, Any] = {"name": cl.name, "title_nb": cl.title_nb, "title_en": cl.title_en,
                            "title_nn": cl.title_nn,
                            "verified": cl.verified, "note": cl.note}
    if replace:
        data["replace"] = True
    if cl.groups:
        data["groups"] = dict(cl.groups)
    data["values"] = [{"code": v.code, **v.attrs, "aliases": list(v.aliases)}
                      for v in cl.values]
    return data


def _write_json(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".kodeliste-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=2)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _user_file(name: str, user_dir: Path | None) -> Path:
    return Path(user_dir or default_dir()) / f"{name}.json"


def save_list(cl: CodeList, user_dir: Path | None = None) -> Path:
    """Store the whole list as the user's own (replaces the shipped list for this user)."""
    path = _user_file(cl.name, user_dir)
    _write_json(path, list_to_json(cl))
    return path


def is_customised(name: str, user_dir: Path | None = None) -> bool:
    return _user_file(name, user_dir).is_file()


def restore_builtin(name: str, user_dir: Path | None = None) -> None:
    """Forget the user's version of one list: the shipped list applies again."""
    if name not in LIST_NAMES:
        raise CodeListError(Msg("Ukjent kodeliste «{name}».", name=name))
    _user_file(name, user_dir).unlink(missing_ok=True)


def add_code(list_name: str, code: str, attrs: dict[str, Any] | None = None, *,
             aliases: tuple[str, ...] = (), user_dir: Path | None = None) -> CodeLists:
    """Add one value to the user's list (a value with the same code is replaced);
    returns the lists as they now are."""
    code = code.strip()
    if not code:
        raise CodeListError(Msg("En kode kan ikke være tom."))
    codes = load_codelists(user_dir)
    if list_name not in codes.lists:
        raise CodeListError(Msg("Ukjent kodeliste «{name}».", name=list_name))
    cl = codes.lists[list_name]
    value = CodeValue(code, aliases, {k: v for k, v in (attrs or {}).items() if v})
    for i, v in enumerate(cl.values):
        if fold_code(v.code) == fold_code(code):
            cl.values[i] = value
            break
    else:
        cl.values.append(value)
    cl.reindex()
    save_list(cl, user_dir)
    return codes


def export_codelists(codes: CodeLists, destination: Path | str) -> Path:
    """All four lists in one JSON file a colleague can import."""
    dest = Path(destination)
    _write_json(dest, {"format": EXPORT_FORMAT, "version": EXPORT_VERSION,
                       "lists": [list_to_json(codes.lists[n], replace=False)
                                 for n in LIST_NAMES]})
    return dest


def import_codelists(source: Path | str, user_dir: Path | None = None) -> list[str]:
    """Take lists from an exported file (every list in it replaces the user's) or from a
    single list file (a ``replace`` file replaces, any other adds). Returns the names."""
    src = Path(source)
    items = _bundle_lists(_read(src), src.name)
    codes = load_codelists(user_dir)
    names: list[str] = []
    for item in items:
        _apply(codes, item, src.name)  # validates before anything is saved
        names.append(str(item["name"]))
    for name in dict.fromkeys(names):
        save_list(codes.lists[name], user_dir)
    return list(dict.fromkeys(names))
