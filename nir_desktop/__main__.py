"""``python -m nir_desktop``: the same entry as the ``nir-desktop`` command."""

import sys

from nir_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
