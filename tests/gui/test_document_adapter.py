"""The window's document is a Qt face of the core's review session: every step goes on the
QUndoStack, and jumping around in the undo history (the history panel) keeps the session's
edits, acknowledgements and findings in step."""

from __future__ import annotations

from nir_desktop.core.findings import Severity, ack_key


def test_jumping_in_the_undo_history_keeps_the_session_in_step(qtbot, loaded) -> None:
    doc = loaded.document
    session = doc.session
    before = [(f.rule, f.sheet, f.row, f.column) for f in doc.findings]
    fix = next(f for f in doc.findings if f.rule == "ID002" and f.suggestion)
    warning = next(f for f in doc.findings if f.severity is Severity.WARNING
                   and f.rule == "LOV001")
    signals: list[str] = []
    doc.editsApplied.connect(lambda _e: signals.append("edits"))
    doc.acksSet.connect(lambda _a: signals.append("acks"))

    assert doc.apply_suggestion(fix)
    assert doc.edit_cell(warning.sheet, warning.row_index, 1, "Testesen")
    assert doc.acknowledge([warning], "sjekket") == 1
    assert doc.undo_stack.count() == 3 and len(session.edits) == 2
    assert doc.acks is session.acks and session.acks == {ack_key(warning): "sjekket"}

    doc.undo_stack.setIndex(0)  # a click on "<ingen endringer>" in the history panel
    assert session.edits == [] and session.acks == {} and not session.can_undo
    assert [(f.rule, f.sheet, f.row, f.column) for f in doc.findings] == before
    assert doc.index.totals().acknowledged == 0

    doc.undo_stack.setIndex(3)
    assert [e.new for e in session.net_edits] == [fix.suggestion, "Testesen"]
    assert doc.is_acknowledged(warning) and doc.index.totals().acknowledged == 1
    assert ack_key(fix) not in {ack_key(f) for f in doc.findings}
    assert signals == ["edits", "edits", "acks", "acks", "edits", "edits", "edits", "edits",
                       "acks"]
