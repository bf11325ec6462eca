"""Logging to a rotating file in the user's log folder, scrubbed of personal data.

The rule for every caller: never pass a name, a fødselsnummer or a cell's content to a log
call — log rule ids, sheet names, row numbers and counts. The :class:`ScrubFilter` is only
a safety net for what slips through: it masks every run of ten or more digits (also when
written with a space, dot or dash after the date part, like ``150385 12345``), in the
message, its arguments, the traceback text and the stack. It cannot recognise names, which
is why callers must not log them.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from nir_desktop.core import paths

LOG_NAME = "nir-kontroll.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
MASK = "[maskert]"

# 11 digits (fødselsnummer, D-nummer) or 10 (a fødselsnummer that lost its leading zero),
# optionally split after the six date digits; any longer digit run is masked too, since it
# may hold one.
_DIGIT_RUN = re.compile(r"(?<!\d)(?:\d{6}[ .\-]\d{4,5}|\d{10,})(?!\d)")

_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"


def scrub(text: str) -> str:
    """``text`` with every identity-number-like digit run replaced by ``[maskert]``."""
    return _DIGIT_RUN.sub(MASK, text)


class ScrubFilter(logging.Filter):
    """Masks identity-number-like digit runs in a record before any handler writes it.

    Attach it to a handler (a logger's own filters do not see records from child loggers).
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken %-format must not lose the record or leak its args
            message = f"{record.msg!s} (uformaterbar loggmelding)"
        record.msg = scrub(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return True


def _is_ours(handler: logging.Handler) -> bool:
    return getattr(handler, "_nir_kontroll", False)


def setup_logging(level: int = logging.INFO, *, log_dir: Path | None = None,
                  console: bool = False) -> Path:
    """Send the root logger's records to ``<logs_dir>/nir-kontroll.log``, rotated at
    1 MB with five old files kept; returns the log file's path.

    Calling it again replaces the handlers it added before (so a test or a changed
    ``NIR_KONTROLL_HOME`` takes effect) and leaves other handlers alone.
    """
    folder = log_dir if log_dir is not None else paths.logs_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    root = logging.getLogger()
    shutdown_logging()

    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True)
    handlers: list[logging.Handler] = [file_handler]
    if console:
        handlers.append(logging.StreamHandler())
    for h in handlers:
        h.setFormatter(logging.Formatter(_FORMAT))
        h.addFilter(ScrubFilter())
        h._nir_kontroll = True  # type: ignore[attr-defined]
        root.addHandler(h)
    root.setLevel(level)
    logging.captureWarnings(True)
    return path


def shutdown_logging() -> None:
    """Remove and close the handlers :func:`setup_logging` added."""
    root = logging.getLogger()
    for h in list(root.handlers):
        if _is_ours(h):
            root.removeHandler(h)
            h.close()
