"""The demo exports (reporting years 2021 and 2025) and synthetic NIR exports of any size.

    model       the fictional municipality, sheet headers, code values, names; the model
    people      synthetic fødselsnummer, invented persons, clean programmes
    render      the model as cell values (Excel dates, text dates, Ja/Nei), the Info sheet
    writers     reproducible xlsx (same data, same bytes) and CSV as Norwegian Excel saves it
    bulk        files of any size for tests and benchmarks
    demo2021    the 2021 demo with its planted cases and near misses
    cast2025    the 2025 demo's persons; plants2025 its planted cases; demo2025 the file
    cli         ``python -m nir_desktop.devtools.demo --help``
"""
