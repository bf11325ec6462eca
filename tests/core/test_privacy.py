"""Masking fødselsnummer lives in a small module of its own: the mapping assistant masks
sample values without loading the report (and with it the rules and pydantic)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

from nir_desktop.core.fnr import make_synthetic
from nir_desktop.core.privacy import mask_if, mask_text

FNR = make_synthetic(date(1985, 3, 15), 123, next_valid=True)


def test_mask_text_hides_the_personnummer_in_any_spelling() -> None:
    assert mask_text(f"rad 4: {FNR}.") == f"rad 4: {FNR[:6]}*****."
    assert mask_text(f"{FNR[:6]} {FNR[6:]}") == f"{FNR[:6]}*****"
    assert mask_text(FNR[1:]) == f"{FNR[1:7]}****"  # lost its leading digit: still hidden
    assert mask_text("saksnummer 2021/1234") == "saksnummer 2021/1234"
    assert mask_if(FNR, False) == FNR and mask_if(FNR, True) == f"{FNR[:6]}*****"


def test_the_mapping_assistant_does_not_load_the_report() -> None:
    code = ("import sys, nir_desktop.core.mapping_assist, nir_desktop.core.mapping; "
            "print('nir_desktop.core.report' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60)
    assert out.stdout.strip() == "False"
