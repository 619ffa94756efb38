"""spaCy's lookup lemma tables (``spacy-lookups-data``), loaded once per process and language.

The table is read straight from the package's ``<lang>_lemma_lookup.json(.gz)`` (no spaCy import:
about 0.8 s saved); only another packaging of the data goes through spaCy's lookups registry.
Every user of English lemmas (the English tokenizer, the bilingual dictionary, the name finder)
shares the one table this module returns.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from corpus.errors import ConfigError

TABLE = "lemma_lookup"


@cache
def lemma_table(lang: str = "en") -> Mapping[str, str]:
    """Word form → lookup lemma for ``lang`` (ISO 639-1), e.g. ``"weapons"`` → ``"weapon"``.

    Raises:
        ConfigError: ``spacy-lookups-data`` has no lemma table for ``lang`` (or is not installed).
    """
    path = _package_file(lang)
    if path is not None:
        for candidate, opener in ((path, open), (Path(f"{path}.gz"), gzip.open)):
            if candidate.is_file():
                with opener(candidate, "rt", encoding="utf-8") as fh:
                    return dict(json.load(fh))
    return _from_spacy_registry(lang)


def _package_file(lang: str) -> Path | None:
    """The table's path as ``spacy_lookups_data`` declares it (it may exist only as ``.gz``)."""
    try:
        import spacy_lookups_data
    except ImportError:
        return None
    tables = getattr(spacy_lookups_data, lang, None)
    if not isinstance(tables, dict) or TABLE not in tables:
        return None
    return Path(str(tables[TABLE]))


def _from_spacy_registry(lang: str) -> dict[str, str]:
    """The table through spaCy's lookups registry (the path ``spacy.lookups.load_lookups`` takes)."""
    try:
        from spacy.util import load_language_data, registry

        return dict(load_language_data(registry.lookups.get(lang)[TABLE]))
    except (ImportError, KeyError, ValueError) as exc:
        raise ConfigError(f"no {TABLE} table for language {lang!r} in spacy-lookups-data "
                          f"({exc})") from None
