"""Registry of sentence-pair formats and extension-based dispatch."""

from __future__ import annotations

from pathlib import Path

from corpus.errors import ConfigError
from corpus.formats.base import PairFormat
from corpus.registry import Registry

PAIR_FORMATS: Registry[type[PairFormat]] = Registry("pair format")
PAIR_FORMATS.register("tsv", "corpus.formats.tsv_pairs:AlignedTsv")
PAIR_FORMATS.register("tmx", "corpus.formats.tmx:Tmx")
PAIR_FORMATS.register("jsonl", "corpus.formats.jsonl_pairs:JsonlPairs")


def pair_format(name: str) -> PairFormat:
    """Instance of the format registered as ``name``."""
    return PAIR_FORMATS.get(name)()


def pair_format_for(path: str | Path, name: str | None = None) -> PairFormat:
    """Format named ``name``, else chosen by ``path``'s extension."""
    if name:
        return pair_format(name)
    suffix = Path(path).suffix.lower()
    for fmt_name in PAIR_FORMATS.names():
        fmt = pair_format(fmt_name)
        if suffix in fmt.extensions:
            return fmt
    exts = sorted(e for n in PAIR_FORMATS.names() for e in pair_format(n).extensions)
    raise ConfigError(f"{path}: unknown pair file extension {suffix!r}; known: {', '.join(exts)}")


def read_pairs(path: str | Path, name: str | None = None) -> list:
    return pair_format_for(path, name).read(path)


def write_pairs(path: str | Path, pairs, signature: str = "", name: str | None = None) -> int:
    return pair_format_for(path, name).write(path, pairs, signature)
