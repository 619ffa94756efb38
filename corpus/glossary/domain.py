"""The bundled domain glossary (``corpus/data/glossaries/deterrence.tsv``)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

DOMAIN_GLOSSARY = "deterrence.tsv"


def domain_glossary_path() -> Path:
    """Path of the bundled domain glossary (read it with ``corpus.glossary.read_glossary``)."""
    return Path(str(resources.files("corpus").joinpath("data", "glossaries", DOMAIN_GLOSSARY)))
