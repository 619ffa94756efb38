"""Find person and place names in English text (candidates for transliteration checks).

A name is a run of capitalised words (initials such as ``H.`` and particles such as ``de`` may
sit inside; a word may end in a hyphenated number: ``Hwasong-17``). Words are dropped when they are:

- acronyms (``U.S.``, ``NATO``) or titles (``President``, ``Dr.``);
- covered by a conventional entry of the names table (``United States``, ``North Korea``,
  ``Soviet``; also in the plural: ``the two Koreas``) — the whole run is dropped when it names an institution (``Naval War College``);
- ordinary words: words with the ending of an ordinary word (``-ence``, ``-tion``...) unless
  known; at a sentence start or in a title-case line a word counts as a name only when
  it is known, or rare (``wordfreq`` Zipf frequency below ``RARE_ZIPF``) and not an English
  dictionary word (spaCy's lemma lookup table: ``Behold``); elsewhere words at least as common
  as ``COMMON_ZIPF`` are ordinary (``Science``, ``Nuclear``: the run is then a term, not a name,
  unless the ordinary words only lead up to a known name: ``Defense Lloyd Austin``) and rarer
  dictionary words are left out of the name (``Behold``, ``Umbrella``).

``wordfreq`` and the lemma table are loaded on first use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from align.translit.data import KnownName, NameTable, default_table

RARE_ZIPF = 3.6
COMMON_ZIPF = 4.5
TITLES = frozenset(
    "president vice secretary minister prime general gen admiral adm colonel col lieutenant lt "
    "captain capt professor prof dr mr mrs ms sir senator sen representative rep governor gov "
    "ambassador chairman chairwoman premier leader director commander chancellor emperor pope "
    "saint st dean judge justice lord lady deputy former".split()
)
INSTITUTIONS = frozenset(
    "university college institute academy agency council quarterly journal review press "
    "department ministry committee commission organization organisation treaty agreement "
    "declaration act war army navy force forces command party times post news center centre "
    "foundation school office bank union nations association society group corporation "
    "company program programme initiative summit conference doctrine strategy report "
    "administration government congress parliament assembly court".split()
)
#: Endings of ordinary English words (rare ones such as "deterrence" have low word frequency).
ORDINARY_SUFFIXES = (
    "tion", "sion", "ment", "ness", "ity", "ism", "ist", "ive", "ous", "ical", "ence", "ance",
    "ship", "ology", "ics", "ize", "ise", "able", "ible", "ful", "less",
)
_PART_KINDS = frozenset({"given", "surname", "ko-surname"})
PARTICLES = frozenset("de del della der di du da van von bin al la le".split())
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z\u00c0-\u024f]{2,}-\d+\b"  # Hwasong-17
                    r"|[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’\-]*\.?")
_BREAK = re.compile(r"[.!?:;]|\n\s*\n")
_ABBREV = frozenset("mr mrs ms dr st gen adm col lt sen rep gov prof jr sr vs etc u.s u.k".split())


@dataclass(frozen=True, slots=True)
class EnName:
    """A name found in English text: ``text == source[start:end]``."""

    text: str
    start: int
    end: int
    known: KnownName | None = None


@dataclass(frozen=True, slots=True)
class _Tok:
    text: str
    start: int
    end: int
    sentence_start: bool


def find_en_names(text: str, table: NameTable | None = None) -> list[EnName]:
    """Person/place name candidates of ``text`` in order (conventional names left out)."""
    table = table or default_table()
    strict_all = _title_case(text)
    names: list[EnName] = []
    for group in _groups(_tokens(text)):
        names += _names_in_group(text, group, table, strict_all)
    return names


def _tokens(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    for m in _TOKEN.finditer(text):
        starts = not toks
        if toks:
            prev = toks[-1]
            between = text[prev.end:m.start()]
            if _BREAK.search(between):
                starts = True
            elif prev.text.endswith("."):
                starts = not (_is_initial(prev.text) or prev.text.lower().rstrip(".") in _ABBREV)
        toks.append(_Tok(m.group(), m.start(), m.end(), starts))
    return toks


def _groups(toks: list[_Tok]) -> list[list[_Tok]]:
    """Runs of capitalised words, initials and inner particles separated by single spaces."""
    groups: list[list[_Tok]] = []
    cur: list[_Tok] = []
    for tok in toks:
        joined = cur and tok.start - cur[-1].end <= 1 and not tok.sentence_start
        capital = tok.text[0].isupper() or (joined and tok.text.lower() in PARTICLES)
        if capital and (joined or not cur):
            cur.append(tok)
            continue
        if cur:
            groups.append(cur)
        cur = [tok] if tok.text[0].isupper() else []
    if cur:
        groups.append(cur)
    return [_trim_particles(g) for g in groups if g]


def _trim_particles(group: list[_Tok]) -> list[_Tok]:
    while group and group[-1].text.lower() in PARTICLES:
        group = group[:-1]
    return group


def _names_in_group(text: str, group: list[_Tok], table: NameTable,
                    strict_all: bool) -> list[EnName]:
    """Names of one capitalised run; a run with an ordinary word mid-sentence is a term."""
    if any(_word(t).lower() in INSTITUTIONS for t in group):
        return []
    items: list[tuple[str, list[_Tok], KnownName | None]] = []
    i = 0
    while i < len(group):
        n, entry = _known_at(group, i, table)
        if entry is not None and entry.kind not in _PART_KINDS:
            items.append(("entry", group[i:i + n], entry))
            i += n
        else:
            tok = group[i]
            items.append((_classify(tok, entry, strict_all or tok.sentence_start), [tok], entry))
            i += 1
    if items and items[0][0] == "common" and items[0][1][0].sentence_start:
        items = items[1:]
    if not strict_all and any(kind == "common" for kind, _, _ in items):
        items = _after_leading_words(items)
        if not items:
            return []
    names: list[EnName] = []
    run: list[_Tok] = []
    for kind, toks, entry in items:
        if kind in ("name", "part"):
            run += toks
            continue
        names += _emit(text, run, table)
        run = []
        if kind == "entry" and entry is not None and not entry.conventional:
            end = toks[-1].end - toks[-1].text.endswith(".")
            names.append(EnName(text[toks[0].start:end], toks[0].start, end, entry))
    return names + _emit(text, run, table)


def _after_leading_words(items: list[tuple[str, list[_Tok], KnownName | None]]
                         ) -> list[tuple[str, list[_Tok], KnownName | None]]:
    """The items after ordinary words that only lead up to a known name ("Defense Lloyd Austin":
    Lloyd Austin), or none when an ordinary word follows the first known name (a term)."""
    known = next((k for k, (kind, _, entry) in enumerate(items)
                  if entry is not None and kind in ("name", "entry")), None)
    if known is None or any(kind == "common" for kind, _, _ in items[known:]):
        return []
    cut = max(k for k, (kind, _, _) in enumerate(items[:known]) if kind == "common") + 1
    return items[cut:]


def _emit(text: str, run: list[_Tok], table: NameTable) -> list[EnName]:
    while run and (_is_initial(run[-1].text) or run[-1].text.lower() in PARTICLES):
        run = run[:-1]
    while run and _is_initial(run[0].text):
        run = run[1:]
    if not run:
        return []
    start, end = run[0].start, run[-1].end
    span = text[start:end]
    if span.endswith("."):
        span, end = span[:-1], end - 1
    span = re.sub(r"['’]s$", "", span)
    return [EnName(span, start, start + len(span), table.lookup(span))]


def _known_at(group: list[_Tok], i: int, table: NameTable) -> tuple[int, KnownName | None]:
    """Longest table entry starting at token ``i``: (number of tokens, entry)."""
    for n in range(min(table.max_words + 2, len(group) - i), 0, -1):
        entry = table.lookup(" ".join(_word(t) for t in group[i:i + n]))
        if entry is not None:
            return n, entry
    word = _word(group[i])
    if word.endswith("s"):  # "the two Koreas", "the Americas": plural of a conventional name
        entry = table.lookup(word[:-1])
        if entry is not None and entry.conventional:
            return 1, entry
    return 1, None


def _classify(tok: _Tok, entry: KnownName | None, strict: bool) -> str:
    """``part`` (initial, particle), ``skip`` (title, acronym), ``name`` or ``common``."""
    word = _word(tok)
    lower = word.lower().rstrip(".")
    if _is_initial(tok.text) or lower in PARTICLES:
        return "part"
    if lower in TITLES or _is_acronym(word):
        return "skip"
    if entry is not None:
        return "name"
    if lower.endswith(ORDINARY_SUFFIXES) and len(lower) > 6:
        return "common"
    if _zipf(lower.replace("-", "")) >= (RARE_ZIPF if strict else COMMON_ZIPF):
        return "common"
    if lower in _dictionary():
        return "common" if strict else "skip"
    return "name"


def _word(tok: _Tok) -> str:
    """The token without a possessive ``'s`` (``LORD's.`` → ``LORD.``)."""
    return re.sub(r"['’]s(\.?)$", r"\1", tok.text)


def _is_initial(word: str) -> bool:
    return bool(re.fullmatch(r"(?:[A-Z]\.)+|[A-Z]", word))


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _title_case(text: str) -> bool:
    """True for a headline: at least 3 long words and 70% of them capitalised."""
    words = re.findall(r"[A-Za-z]{4,}", text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """Ordinary English word forms: the keys and lemmas of spaCy's English lemma lookup table.

    Empty when ``spacy-lookups-data`` is not installed.
    """
    from corpus.errors import ConfigError
    from corpus.tokenize.lemma_table import lemma_table

    try:
        table = lemma_table("en")
    except ConfigError:
        return frozenset()
    return frozenset(table) | frozenset(table.values())


@lru_cache(maxsize=65536)
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")
