"""The demo exports (reporting years 2021 and 2025) and synthetic NIR exports of any size."""
