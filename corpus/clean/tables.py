"""The data lists behind the rules (``corpus/data/clean/*.tsv``), read once and cached."""

from __future__ import annotations

from functools import cache
from importlib import resources

from corpus.errors import ConfigError

DATA = "data/clean"


def parse_table(text: str, name: str = "<table>") -> list[tuple[str, str]]:
    """Parse ``KEY<TAB>VALUE`` lines; blank lines and ``#`` comments are skipped.

    Raises:
        ConfigError: a line without exactly one tab or with an empty field.
    """
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
            raise ConfigError(f"{name}:{n}: expected KEY<TAB>VALUE, got {line!r}")
        rows.append((parts[0].strip(), parts[1].strip()))
    return rows


@cache
def load_table(filename: str) -> tuple[tuple[str, str], ...]:
    """Rows of the bundled table ``corpus/data/clean/<filename>``."""
    path = resources.files("corpus").joinpath(f"{DATA}/{filename}")
    return tuple(parse_table(path.read_text("utf-8"), f"corpus/{DATA}/{filename}"))


def boilerplate(kind: str) -> tuple[str, ...]:
    """Boilerplate texts of one kind (``"phrase"`` or ``"marker"``) from ``boilerplate.tsv``."""
    return tuple(text for k, text in load_table("boilerplate.tsv") if k == kind)


def info_labels() -> dict[str, str]:
    """Info-block label → meta key, from ``info_labels.tsv``."""
    return dict(load_table("info_labels.tsv"))
