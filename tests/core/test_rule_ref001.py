"""REF001 ukjent-person (rules.md v2): its explanation follows the v2 condition."""

from __future__ import annotations

from nir_desktop.core.rules.catalogue import RULES


def test_ref001_explanation_knows_norsk_rows_may_belong_to_opplaering() -> None:
    """rules.md v2, REF001: a Norsk row is unknown only when its fødselsnummer is «in
    neither Deltakere nor Opplæring» (a person in norsk og samfunnskunnskap need not be in
    the programme). The old explanation said Norsk hours belong to a participant in
    Deltakere, and its fix told the caseworker to «legg til personen i Deltakere»: obeyed
    for a norsk-only person, that puts someone into the introduction programme register."""
    rule = RULES["REF001"]
    assert rule.fix.nb == ("Rett fødselsnummeret, eller legg til personen der den hører "
                           "hjemme: i Deltakere (tiltak og program) eller, for norsktimer "
                           "uten program, i Opplæring.")
    assert rule.fix.get("en") == ("Correct the number, or add the person where they belong: to "
                                   "Deltakere (measures and programme) or, for Norwegian hours "
                                   "without a programme, to Opplæring.")
    assert "Opplæring" in rule.why.nb and "Opplæring" in rule.why.get("en")
    note = rule.citations[0].note
    assert note is not None and "Opplæring" in note.nb
