"""Review sessions: the corrections, acknowledgements and notes for one export, saved in the
user's data folder, journaled so a crash loses at most the last change, exchangeable with a
colleague, and applicable to a newer export of the same data.

Typical use (GUI or command line)::

    store = SessionStore()                            # paths.sessions_dir()
    recovery = store.recover(workbook.content_hash)   # unsaved work from a crash? ask
    session = store.load(workbook.content_hash, replay=user_said_yes) or new_session(workbook)
    saver = Autosaver(store, session)                 # SessionBusyError: open elsewhere
    result = apply_to(session, workbook)              # re-apply earlier edits to the cells
    saver.record_edit(edit, workbook)                 # after every edit the user makes
    with saver.batch():                               # "fix all": one action, one fsync
        saver.record_edits(edits, workbook)
    saver.acknowledge("W012", "Deltakere", 7, 4, "kontrollert, riktig", workbook)
    saver.close()                                     # on a clean exit

A newer export of the same data: ``related_sessions(store, workbook)`` finds the earlier
session, ``apply_to`` moves its edits by fødselsnummer, ``result.rebased_session(...)``
starts the new file's session with what carried over.
"""

from nir_desktop.core.session.apply import (
    AckOutcome,
    ApplyResult,
    ApplyStatus,
    EditOutcome,
    RelatedSession,
    apply_to,
    related_sessions,
)
from nir_desktop.core.session.autosave import Autosaver
from nir_desktop.core.session.errors import SessionBusyError, SessionError
from nir_desktop.core.session.markers import Marker, pid_alive
from nir_desktop.core.session.models import (
    SCHEMA_VERSION,
    Acknowledgement,
    EditRecord,
    FileIdentity,
    Note,
    Session,
    content_hash_of,
    fnr_key,
    identity_of,
    new_session,
    row_context,
)
from nir_desktop.core.session.store import Recovery, SessionInfo, SessionStore, parse_session

__all__ = [
    "SCHEMA_VERSION",
    "AckOutcome",
    "Acknowledgement",
    "ApplyResult",
    "ApplyStatus",
    "Autosaver",
    "EditOutcome",
    "EditRecord",
    "FileIdentity",
    "Marker",
    "Note",
    "Recovery",
    "RelatedSession",
    "Session",
    "SessionBusyError",
    "SessionError",
    "SessionInfo",
    "SessionStore",
    "apply_to",
    "content_hash_of",
    "fnr_key",
    "identity_of",
    "new_session",
    "parse_session",
    "pid_alive",
    "related_sessions",
    "row_context",
]
