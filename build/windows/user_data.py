"""The user's own work for the installer round trip in build/windows/wine.sh.

    python user_data.py make DEMO.xlsx     a review session and a recent-files setting
    python user_data.py verify DEMO.xlsx   both still there, unchanged

Run by the Windows Python under Wine, from source and in user mode (no NIR_KONTROLL_HOME),
so the product's own code puts the session in %LOCALAPPDATA%\\NIR-kontroll\\sessions and the
setting in %APPDATA%\\NIR-kontroll\\settings.ini, as the window would. wine.sh runs `make`
after installing version A and `verify` after the upgrade to B, after the installed
self-test and after the uninstall: the user's work must survive all three.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ACK_RULE = "RUNDTUR"
ACK_NOTE = "laget før oppgraderingen"


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("make", "verify"):
        print(__doc__, file=sys.stderr)
        return 2
    if os.environ.get("NIR_KONTROLL_HOME") or os.environ.get("NIR_KONTROLL_PORTABLE"):
        print("user_data.py: must run in user mode (NIR_KONTROLL_HOME/PORTABLE unset)",
              file=sys.stderr)
        return 2
    from nir_desktop.core import paths
    from nir_desktop.core.readers import read_workbook
    from nir_desktop.core.session import Autosaver, SessionStore, new_session
    from nir_desktop.gui.settings import AppSettings

    demo = Path(argv[1])
    workbook = read_workbook(demo)
    store = SessionStore()
    settings = AppSettings()
    if argv[0] == "make":
        saver = Autosaver(store, new_session(workbook))
        saver.acknowledge(ACK_RULE, None, None, None, ACK_NOTE, workbook)
        saver.close()
        settings.add_recent(demo)
        settings.sync()
        print(f"økt lagret i {store.path_for(workbook.content_hash)}; "
              f"innstillinger i {paths.settings_file()}")
        return 0

    problems = []
    session = store.load(workbook.content_hash)
    if session is None:
        problems.append(f"økten for {demo.name} finnes ikke i {store.directory}")
    elif not any(a.rule == ACK_RULE and a.note == ACK_NOTE for a in session.acknowledgements):
        problems.append("økten mangler kvitteringen som ble laget før oppgraderingen")
    if store.journal_path(workbook.content_hash).exists():
        problems.append("journalen ble ikke fjernet da økten ble lukket")
    recent = [p.resolve() for p in settings.recent_files]
    if recent != [demo.resolve()]:
        problems.append(f"siste filer er endret: {recent}")
    for p in problems:
        print(f"user_data.py: {p}", file=sys.stderr)
    if not problems:
        print(f"økten og innstillingen er der: {store.path_for(workbook.content_hash)}, "
              f"{paths.settings_file()}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
