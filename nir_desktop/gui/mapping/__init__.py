"""Add-on: column mapping, mapping profiles and the user's code lists (Data menu,
Innstillinger → Kodelister…, «Legg til i kodelisten…»)."""
