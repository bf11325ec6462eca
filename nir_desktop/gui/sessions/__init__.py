"""Add-on: Fil → Eksporter økt… / Importer økt…, and recovery of work a crash left
unsaved."""
