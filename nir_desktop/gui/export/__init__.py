"""Add-on: Fil → Eksporter… — the export wizard, its pages, the export job that writes
the files in a worker, and the PDF report."""
