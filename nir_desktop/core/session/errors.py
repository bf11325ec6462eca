"""The one error the session code raises; its message is Norwegian and meant for the user."""

from __future__ import annotations


class SessionError(ValueError):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
