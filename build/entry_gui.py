"""Frozen entry point of the windowed executable NIR-kontroll (see installer.spec)."""

import multiprocessing
import sys

if __name__ == "__main__":
    # A frozen app that starts worker processes must let them take this path first.
    multiprocessing.freeze_support()
    from nir_desktop.cli import gui_main

    sys.exit(gui_main())
