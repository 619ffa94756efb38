"""Abbreviation and sentence-starter lists of the Latin-script splitter, read from data files.

The bundled lists live in ``corpus/data/split/<lang>.tsv`` (format documented in ``en.tsv``):
one ``FORM<TAB>KIND`` entry a line, ``@option<TAB>yes|no`` lines, ``#`` comments.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Literal, get_args

from corpus.errors import InputError

AbbrevKind = Literal["title", "inner", "number", "final"]
ABBREV_KINDS: frozenset[str] = frozenset(get_args(AbbrevKind))
OPTIONS: frozenset[str] = frozenset({"ordinal-numbers", "capitalised-nouns"})
#: Languages with a bundled list; any other language uses the English list.
BUNDLED: tuple[str, ...] = ("de", "en", "fr")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """What the Latin-script splitter knows about one language.

    Attributes:
        abbrevs: abbreviation (without final period) → kind; keys of two or more characters are
            lower-cased (matched case-insensitively), single letters are kept as written.
        starters: capitalised words that typically begin a sentence.
        ordinal_numbers: a 1-2 digit number plus period is an ordinal (German ``3. Oktober``).
        capitalised_nouns: capitals carry little evidence (German), so ``final`` abbreviations
            break only before starters.
    """

    abbrevs: dict[str, str] = field(default_factory=dict)
    starters: frozenset[str] = frozenset()
    ordinal_numbers: bool = False
    capitalised_nouns: bool = False

    def kind(self, token: str) -> str | None:
        """Kind of abbreviation ``token`` (text before the period), or None."""
        return self.abbrevs.get(token if len(token) == 1 else token.lower())


def parse_lexicon(text: str, source: str | Path) -> Lexicon:
    """Parse lexicon ``text``; ``source`` names it in errors.

    Raises:
        InputError: a line is not ``FORM<TAB>KIND`` with a known kind, or an option is unknown.
    """
    abbrevs: dict[str, str] = {}
    starters: set[str] = set()
    options = dict.fromkeys(OPTIONS, False)
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        form, sep, value = line.partition("\t")
        form, value = form.strip(), value.strip()
        if not sep or not form or not value:
            raise InputError(source, f"expected FORM<TAB>KIND, got {line!r}", lineno)
        if form.startswith("@"):
            _set_option(options, form[1:], value, source, lineno)
        elif value == "starter":
            starters.add(form)
        elif value in ABBREV_KINDS:
            abbrevs[form if len(form) == 1 else form.lower()] = value
        else:
            valid = ", ".join(sorted(ABBREV_KINDS | {"starter"}))
            raise InputError(source, f"unknown kind {value!r} (valid: {valid})", lineno)
    return Lexicon(abbrevs, frozenset(starters), options["ordinal-numbers"],
                   options["capitalised-nouns"])


def _set_option(options: dict[str, bool], name: str, value: str, source: str | Path,
                lineno: int) -> None:
    if name not in OPTIONS:
        raise InputError(source, f"unknown option @{name} (valid: {', '.join(sorted(OPTIONS))})",
                         lineno)
    if value not in ("yes", "no"):
        raise InputError(source, f"option @{name} must be yes or no, got {value!r}", lineno)
    options[name] = value == "yes"


def read_lexicon(path: str | Path) -> Lexicon:
    """Read a user lexicon file (same format as the bundled ones).

    Raises:
        InputError: the file cannot be read or is malformed.
    """
    try:
        text = Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read lexicon: {exc}") from None
    return parse_lexicon(text, path)


@cache
def lexicon_for(lang: str) -> Lexicon:
    """The bundled lexicon of ``lang`` (ISO 639-1 code); English for languages without one."""
    name = lang if lang in BUNDLED else "en"
    res = resources.files("corpus").joinpath("data", "split", f"{name}.tsv")
    return parse_lexicon(res.read_text("utf-8"), f"corpus/data/split/{name}.tsv")
