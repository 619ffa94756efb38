"""Anchor evidence for the bead score: numbers, verbatim words and punctuation both sides share.

Every sentence gets a set of anchor keys in three channels:

- ``num``: normalised numbers (``corpus.numerals`` for Chinese and English, only the quantities a
  translation is expected to carry; plain digit runs for other languages);
- ``word``: Latin-script words (case and accents folded), e.g. names, acronyms and cognates that
  both languages write alike (``Everest``, ``NATO``, ``Expedition``/``expédition``);
- ``punct``: question, exclamation, quotation and bracket marks of the sentence.

Only keys found on both sides of the document count (a key one side never has cannot tell two
alignments apart), and a number or word key found in more than ``max_share`` of the sentences of
either side is dropped (function words two languages share, such as ``des``; a year in every
page header). A window's keys are the union of its sentences' keys. All functions are pure (no
I/O, no model).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import numpy as np

from align.dictionary.numbers import canonical
from corpus.errors import ConfigError

CHANNELS = ("num", "word", "punct")
_ANY_DIGIT = re.compile(r"[0-9０-９]")
_DIGITS = re.compile(r"\d+(?:[.,'’]\d+)*")
_THOUSANDS = re.compile(r"\d{1,3}(?:([.,'’])\d{3})(?:\1\d{3})*")
_WORD = re.compile(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+")  # Latin letters
_ASCII_WORD = re.compile(r"[A-Za-z]+")
_LATIN = re.compile(r"[a-z]+")
_PUNCT = {"?": "?？", "!": "!！", '"': '"“”«»„「」『』', "(": "(（[【"}


def number_keys(text: str, lang: str) -> frozenset[str]:
    """Normalised numbers of a text holding at least one digit (others give none): ``"8839,8"``
    and ``"8839.8"`` give ``"8839.8"``.

    Chinese and English go through ``corpus.numerals`` (``1,320万`` and ``13.2 million`` give
    ``"13200000"``; numbers in words count when the text also has a digit; weak quantities such
    as list markers are left out); other languages use digit runs, a ``.``/``,``/``'`` followed by
    three digits being a thousands separator. Texts with numbers only in words (``三百``, "three
    hundred") are skipped: such numbers are weak anchors, and reading every sentence of a long
    literary text for them cost more than they gave (see ``cost.FITTED_ON``).
    """
    if not _ANY_DIGIT.search(text):
        return frozenset()
    if lang in ("zh", "en"):
        from corpus.numerals import extract

        return frozenset(canonical(q.value) for q in extract(text, lang) if q.strong)
    keys = set()
    for m in _DIGITS.finditer(text):
        raw = m.group()
        if _THOUSANDS.fullmatch(raw):
            raw = re.sub(r"[.,'’]", "", raw)
        raw = re.sub(r"['’]", "", raw).replace(",", ".")
        try:
            keys.add(canonical(Decimal(raw)))
        except InvalidOperation:  # "1.2.3": keep the written form
            keys.add(raw)
    return frozenset(keys)


def fold(word: str) -> str:
    """Case- and accent-folded form of a word (``Lhotsé`` → ``lhotse``, ``Grösse`` → ``grosse``)."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def word_keys(text: str, prefix: int = 0) -> frozenset[str]:
    """Folded Latin-script words of ``text``: three letters or more, or two capitals (``UN``).

    With ``prefix`` > 0 a word is cut to its first ``prefix`` letters (Simard et al.'s cognates:
    ``Expedition`` and ``expéditions`` share ``exped``).
    """
    words = _ASCII_WORD.findall(text) if text.isascii() else _WORD.findall(text)
    keys = set()
    for raw in words:
        key = fold(raw)
        if (len(key) >= 3 or (len(key) == 2 and raw.isupper())) and _LATIN.fullmatch(key):
            keys.add(key[:prefix] if prefix else key)
    return frozenset(keys)


def punct_keys(text: str) -> frozenset[str]:
    """Punctuation classes found in ``text``: ``?``, ``!``, ``"`` (quotes), ``(`` (brackets)."""
    return frozenset(k for k, marks in _PUNCT.items() if any(c in text for c in marks))


def channel_keys(sents: Sequence[str], channel: str, lang: str,
                 prefix: int = 0) -> list[frozenset[str]]:
    """Keys of one channel (``num``, ``word`` or ``punct``) for every sentence of one side."""
    if channel == "num":
        return [number_keys(s, lang) for s in sents]
    if channel == "word":
        return [word_keys(s, prefix) for s in sents]
    if channel == "punct":
        return [punct_keys(s) for s in sents]
    raise ConfigError(f"unknown anchor channel {channel!r}; valid: {', '.join(CHANNELS)}")


@dataclass(frozen=True)
class AnchorFeatures:
    """Window anchor indicators of both sides, ready for the bead score.

    The anchor term of a bead joining row window ``x`` and column window ``y`` is
    ``rows[a-1, i] @ cols[b-1, j] - row_cost[a-1, i] - col_cost[b-1, j]``, i.e. for every
    channel ``c``: ``weight_c * (shared_c - unmatched * (only_x_c + only_y_c))``.

    Attributes:
        rows: (K, n, D) float32, channel weight × (1 + 2 unmatched) on the window's keys.
        cols: (K, m, D) float32, 1.0 on the window's keys.
        row_cost: (K, n) float64 unmatched × weighted key count of each row window.
        col_cost: (K, m) float64 the same for the column windows.
    """

    rows: np.ndarray
    cols: np.ndarray
    row_cost: np.ndarray
    col_cost: np.ndarray


def anchor_features(zkeys: Mapping[str, Sequence[frozenset[str]]],
                    ekeys: Mapping[str, Sequence[frozenset[str]]], k: int,
                    weights: Mapping[str, float], unmatched: float, max_share: float,
                    max_dims: int = 256) -> AnchorFeatures | None:
    """Window indicators of the keys both sides share (``None`` when there are none).

    Args:
        zkeys: per channel, (n) row sentences' keys; ekeys: the same for the (m) columns.
        k: largest window, K.
        weights: weight of each channel (channels missing from the key maps are skipped).
        unmatched: penalty of a key one window has and the other lacks, relative to a match.
        max_share: number and word keys in more than this share of either side's sentences
            are dropped.
        max_dims: keys beyond this many share dimensions (by order of first use, so keys used
            close together never do; the unmatched counts stay exact).
    """
    vocab: dict[tuple[str, str], float] = {}
    for name in CHANNELS:
        if not weights.get(name) or name not in zkeys or name not in ekeys:
            continue
        zdf, edf = _doc_freq(zkeys[name]), _doc_freq(ekeys[name])
        zmax, emax = (max(max_share * len(zkeys[name]), 1), max(max_share * len(ekeys[name]), 1))
        for key in zdf.keys() & edf.keys():
            if name == "punct" or (zdf[key] <= zmax and edf[key] <= emax):
                vocab[(name, key)] = weights[name]
    if not vocab:
        return None
    zsets, esets = _sentence_sets(zkeys, vocab), _sentence_sets(ekeys, vocab)
    order = {key: i for i, key in enumerate(dict.fromkeys(x for s in zsets for x in s))}
    dims = min(len(order), max_dims)
    zwin = _union_windows(_indicators(zsets, order, vocab, dims), k)
    ewin = _union_windows(_indicators(esets, order, {key: 1.0 for key in vocab}, dims), k)
    if dims == len(order):
        zcount = zwin.sum(axis=2, dtype=np.float64)
        ecount = ewin @ _dim_weights(order, vocab, dims)
    else:
        zcount, ecount = _weighted_count(zsets, vocab, k), _weighted_count(esets, vocab, k)
    return AnchorFeatures(zwin * np.float32(1 + 2 * unmatched), ewin, unmatched * zcount,
                          unmatched * ecount)


def _doc_freq(keys: Sequence[frozenset[str]]) -> dict[str, int]:
    out: dict[str, int] = {}
    for s in keys:
        for key in s:
            out[key] = out.get(key, 0) + 1
    return out


def _sentence_sets(keys: Mapping[str, Sequence[frozenset[str]]],
                   vocab: dict[tuple[str, str], float]) -> list[list[tuple[str, str]]]:
    """Each sentence's vocabulary keys as ``(channel, key)``, in a fixed order."""
    names = [c for c in CHANNELS if c in keys]
    n = len(keys[names[0]])
    return [[(c, x) for c in names for x in sorted(keys[c][i]) if (c, x) in vocab]
            for i in range(n)]


def _indicators(sets: list[list[tuple[str, str]]], order: dict, values: dict,
                dims: int) -> np.ndarray:
    """(n, dims) float32: each sentence's key values at their dimensions (max on a clash)."""
    out = np.zeros((len(sets), dims), dtype=np.float32)
    for i, keys in enumerate(sets):
        for key in keys:
            d = order[key] % dims
            out[i, d] = max(out[i, d], values[key])
    return out


def _dim_weights(order: dict, vocab: dict, dims: int) -> np.ndarray:
    """(dims,) channel weight of the key at each dimension (no clashes)."""
    out = np.zeros(dims, dtype=np.float64)
    for key, i in order.items():
        out[i] = vocab[key]
    return out


def _union_windows(ind: np.ndarray, k: int) -> np.ndarray:
    """(K, n, D) elementwise max over windows of 1..K sentences (zero past the end)."""
    n = len(ind)
    out = np.zeros((k, n, ind.shape[1]), dtype=ind.dtype)
    out[0] = ind
    for w in range(2, min(k, n) + 1):
        out[w - 1, : n - w + 1] = np.maximum(out[w - 2, : n - w + 1], ind[w - 1:])
    return out


def _weighted_count(sets: list[list[tuple[str, str]]], vocab: dict, k: int) -> np.ndarray:
    """(K, n) weighted number of distinct vocabulary keys in each window (exact)."""
    n = len(sets)
    out = np.zeros((k, n))
    for i in range(n):
        seen: set = set()
        for w in range(1, min(k, n - i) + 1):
            seen.update(sets[i + w - 1])
            out[w - 1, i] = sum(vocab[key] for key in seen)
    return out
