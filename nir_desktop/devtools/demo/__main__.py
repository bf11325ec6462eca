"""``python -m nir_desktop.devtools.demo --help``: see ``cli``."""

from nir_desktop.devtools.demo.cli import main

raise SystemExit(main())
