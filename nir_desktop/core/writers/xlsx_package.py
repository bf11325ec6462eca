"""Reading an xlsx/xlsm package as the patcher needs it: the workbook part, which worksheet
part holds which sheet, the styles whose number format shows a date, the calculation chain
and the 1904 date system. Strict and transitional OOXML alike (elements by local name)."""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree as ET

# Built-in number formats that show a date (ECMA-376 §18.8.30), and the tokens that make
# a custom format a date format once quoted text and [colour] blocks are removed.
_BUILTIN_DATE_FORMATS = frozenset({14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47})
_FORMAT_LITERALS = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')
_DATE_TOKENS = re.compile(r"[dmyhs]", re.IGNORECASE)


def _resolve_target(base_dir: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(base_dir, target))


def rels_path(part: str) -> str:
    directory, name = posixpath.split(part)
    return posixpath.join(directory, "_rels", name + ".rels")


def _read_rels(zf: zipfile.ZipFile, part: str) -> list[tuple[str, str, str]]:
    """(Id, Type, resolved target) of every relationship of ``part``."""
    path = rels_path(part)
    try:
        root = ET.fromstring(zf.read(path))
    except KeyError:
        return []
    base = posixpath.dirname(part)
    out = []
    for rel in _iter_local(root, "Relationship"):
        if rel.get("TargetMode") == "External":
            continue
        out.append((rel.get("Id", ""), rel.get("Type", ""),
                    _resolve_target(base, rel.get("Target", ""))))
    return out


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _iter_local(root: ET.Element, name: str) -> Iterator[ET.Element]:
    """Elements by local name: strict OOXML uses other namespaces than transitional."""
    return (el for el in root.iter() if _local(el.tag) == name)


def _attr_local(el: ET.Element, name: str) -> str | None:
    for key, value in el.attrib.items():
        if key.startswith("{") and _local(key) == name:
            return value
    return None


def _workbook_part(zf: zipfile.ZipFile) -> str:
    for _id, rtype, target in _read_rels(zf, ""):
        if rtype.endswith("/officeDocument"):
            return target
    return "xl/workbook.xml"


@dataclass(slots=True)
class PackageInfo:
    workbook: str
    sheet_parts: dict[str, str]  # sheet name → worksheet part
    styles: str | None
    calc_chain: str | None
    date1904: bool


def package_info(zf: zipfile.ZipFile) -> PackageInfo:
    wb_part = _workbook_part(zf)
    rels = _read_rels(zf, wb_part)
    by_id = {rid: target for rid, _t, target in rels}
    root = ET.fromstring(zf.read(wb_part))
    sheet_parts: dict[str, str] = {}
    for sheet in _iter_local(root, "sheet"):
        rid = _attr_local(sheet, "id")
        name = sheet.get("name")
        if rid in by_id and name is not None:
            sheet_parts[name] = by_id[rid]
    pr = next(_iter_local(root, "workbookPr"), None)
    date1904 = pr is not None and pr.get("date1904", "0").lower() in ("1", "true")
    styles = next((t for _i, rt, t in rels if rt.endswith("/styles")), None)
    calc = next((t for _i, rt, t in rels if rt.endswith("/calcChain")), None)
    return PackageInfo(wb_part, sheet_parts, styles, calc, date1904)


def sheet_part_map(path: Path | str) -> dict[str, str]:
    """Sheet name → worksheet part path inside the zip (for tests and diagnostics)."""
    with zipfile.ZipFile(path) as zf:
        return package_info(zf).sheet_parts


def _is_date_format(code: str) -> bool:
    section = code.split(";")[0]
    section = _FORMAT_LITERALS.sub("", section)
    return bool(_DATE_TOKENS.search(section))


def date_style_ids(zf: zipfile.ZipFile, styles_part: str | None) -> set[int]:
    """Indexes into cellXfs whose number format shows a date."""
    if not styles_part:
        return set()
    try:
        root = ET.fromstring(zf.read(styles_part))
    except (KeyError, ET.ParseError):
        return set()
    custom_dates: set[int] = set()
    numfmts = next(_iter_local(root, "numFmts"), None)
    if numfmts is not None:
        for nf in _iter_local(numfmts, "numFmt"):
            try:
                fid = int(nf.get("numFmtId", "-1"))
            except ValueError:
                continue
            if _is_date_format(nf.get("formatCode", "")):
                custom_dates.add(fid)
    result: set[int] = set()
    xfs = next(_iter_local(root, "cellXfs"), None)
    if xfs is None:
        return result
    for i, xf in enumerate(_iter_local(xfs, "xf")):
        try:
            fid = int(xf.get("numFmtId", "0"))
        except ValueError:
            continue
        if fid in _BUILTIN_DATE_FORMATS or fid in custom_dates:
            result.add(i)
    return result
