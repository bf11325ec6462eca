"""The review window and its dialogs, on top of nir_desktop.core."""

from nir_desktop.gui.pyside_workaround import keep_none_alive

# Must run before any window exists: see pyside_workaround for the PySide6 6.12 leak.
keep_none_alive()
