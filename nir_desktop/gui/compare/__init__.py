"""Add-on: Fil → Sammenlign med … — compare the open file with another one, in a
panel below the table."""
