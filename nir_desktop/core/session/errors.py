"""The errors the session code raises; their messages (core.i18n.Msg) are for the user."""

from __future__ import annotations

import socket

from nir_desktop.core.i18n import Msg
from nir_desktop.core.session.markers import Marker


class SessionError(ValueError):
    def __init__(self, message: str | Msg) -> None:
        super().__init__(message)
        self.message = message


class SessionBusyError(SessionError):
    """The session is open in another running NIR-kontroll.

    ``locked``: that copy holds the session's lock, so it certainly runs and the session
    cannot be taken over. Without it only a running marker says so (a data folder on a
    share whose file system has no locks, or a process id the system may have reused), and
    the user may choose to open it anyway.
    """

    def __init__(self, marker: Marker | None, *, locked: bool = False) -> None:
        here = marker is None or marker.host == socket.gethostname()
        where = (Msg("i et annet NIR-kontroll-vindu") if here or marker is None
                 else Msg("på maskinen «{host}»", host=marker.host))
        if locked:
            text = Msg("Denne filen er allerede åpen {where}. Økten kan bare være åpen ett "
                       "sted om gangen: lukk filen der først. Endringer du gjør her nå, "
                       "lagres ikke i økten.", where=where)
        else:
            text = Msg("Denne filen er allerede åpen {where}. Lukk den der først, eller åpne "
                       "den likevel (da kan endringer fra det andre vinduet gå tapt).",
                       where=where)
        super().__init__(text)
        self.marker = marker
        self.locked = locked
