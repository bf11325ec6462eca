"""NIR-kontroll: check and correct NIR exports before the reporting deadline."""

__version__ = "0.1.0"
APP_NAME = "NIR-kontroll"
