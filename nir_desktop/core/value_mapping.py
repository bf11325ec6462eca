"""A file's own spellings of codes ("Arb.praksis") mapped to code-list values.

The mapping lives in the profile (``MappingProfile.value_map``); the reader applies it to
the parsed values, so the check treats "Arb.praksis" as "Arbeidspraksis" while the cell
keeps the file's spelling. When the corrected file is written the user chooses: keep the
file's spellings (no edits) or write the canonical values (the edits from
:func:`value_map_edits`).
"""

from __future__ import annotations

from nir_desktop.core.edits import CellEdit
from nir_desktop.core.mapping import MappingProfile
from nir_desktop.core.model import Sheet, Workbook
from nir_desktop.core.normalize import display, fold_code

VALUE_MAP_RULE = "VERDIKOBLING"  # CellEdit.rule of these edits: not a rule's suggestion


def _spellings(sheet: Sheet, profile: MappingProfile | None) -> dict[str, dict[str, str]]:
    """field → {folded file spelling → canonical value} for this sheet."""
    if profile is None:
        return {name: dict(m) for name, m in sheet.value_map.items() if m}
    names = {f.name for f in sheet.fields}
    return {name: {fold_code(k): v for k, v in m.items()}
            for name, m in profile.value_map.items() if name in names and m}


def value_map_edits(workbook: Workbook, profile: MappingProfile | None = None
                    ) -> list[CellEdit]:
    """The cell edits that write the canonical value wherever a cell holds a mapped spelling.

    ``profile`` defaults to the value mappings the workbook was read with. Cells are read
    as they are now (the user's edits included), so put these after the user's own edits
    before ``net_edits``; a cell that already holds the canonical value gives no edit.
    """
    edits: list[CellEdit] = []
    for sheet in workbook.sheets:
        if sheet.kind is None:
            continue
        for name, spellings in _spellings(sheet, profile).items():
            c = sheet.columns.get(name)
            if c is None:
                continue
            for r in range(len(sheet.rows)):
                old = sheet.text(r, c)
                new = spellings.get(fold_code(old)) if old.strip() else None
                if new is not None and new != old:
                    edits.append(CellEdit(sheet.name, sheet.row_numbers[r], c, old, new,
                                          VALUE_MAP_RULE, name))
    return edits


def count_mapped_cells(workbook: Workbook, profile: MappingProfile | None = None) -> int:
    """How many cells :func:`value_map_edits` would change (for the export wizard's text)."""
    return len(value_map_edits(workbook, profile))


def with_value(profile: MappingProfile, field_name: str, spelling: str,
               canonical: str | None) -> MappingProfile:
    """A copy of the profile where ``spelling`` of ``field_name`` maps to ``canonical``
    (None removes the mapping)."""
    value_map = {k: dict(v) for k, v in profile.value_map.items()}
    spellings = value_map.setdefault(field_name, {})
    for k in [k for k in spellings if fold_code(k) == fold_code(spelling)]:
        del spellings[k]
    if canonical:
        spellings[display(spelling).strip()] = canonical
    if not spellings:
        del value_map[field_name]
    return profile.model_copy(update={"value_map": value_map})
