"""Reports of ``zhenkit check`` findings: standalone HTML, TSV and JSON.

``align.report.write.write_reports`` writes any of them; each format has its own module
(``html``, ``tsv``, ``json``). Importing this package is cheap (Jinja2 loads on first render).
"""
