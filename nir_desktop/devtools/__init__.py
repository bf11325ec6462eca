"""Developer tools: not part of the product, never shipped.

No module of the app (``nir_desktop.core``, ``nir_desktop.gui``, ``nir_desktop.cli``)
imports this package (an import-linter contract in pyproject.toml), and the PyInstaller
bundle leaves it out (``build/pyi_prune.py``).
"""
