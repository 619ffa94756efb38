"""Offline document language detection for zhenkit's languages: zh, en, de, fr (else "und").

Chinese is decided by script: Chinese documents routinely contain English names, titles and URLs,
so a text is ``zh`` once Han characters carry a fair share of its letters (one Han character
stands for about as much text as ``HAN_WEIGHT`` Latin letters), or when it has Han characters and
its Latin words are not recognisably en/de/fr prose. Latin-script text is labelled by
counting short, mutually exclusive stop-word lists. Large texts are sampled (at most
``SAMPLE_CHARS`` characters, spread over the text), so the cost is bounded.
"""

from __future__ import annotations

import re

from corpus.cjk import count_ideographs

SAMPLE_CHARS = 50_000
"""Most characters examined, taken as ``SAMPLE_WINDOWS`` evenly spaced windows."""

SAMPLE_WINDOWS = 5

HAN_WEIGHT = 2.0
"""A text is ``zh`` when ``HAN_WEIGHT * han_characters >= latin_letters`` (and it has Han)."""

MIN_STOPWORD_SHARE = 0.05
"""Least share of words that must be stop words of the winning language; else ``und``."""

UNDETERMINED = "und"

_LATIN_WORD = re.compile(r"[a-zà-öø-ÿœß]+(?:['’][a-zà-öø-ÿœ]+)?")

# Function words frequent in one language and rare or absent in the other two.
STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the and of to is that with for was are this be by which it from have not his they he "
        "were but upon been has their would there what when who will an or".split()
    ),
    "de": frozenset(
        "der die und das den ist nicht ein eine zu mit sich auf von dem im auch es für wird "
        "sind bei nach wir ich sie aus noch wie über einem einer dass werden".split()
    ),
    "fr": frozenset(
        "le la les et des du un une est que qui dans pour pas sur au par avec ce il sont nous "
        "ne se à aux cette été être mais ont leur où".split()
    ),
}


def detect_language(text: str) -> str:
    """Guess the main language of ``text``.

    Args:
        text: any amount of text; only a sample of ``SAMPLE_CHARS`` characters is examined.

    Returns:
        ``"zh"``, ``"en"``, ``"de"``, ``"fr"``, or ``"und"`` when there is nothing to judge (no
        letters, or only Latin words without enough stop words of any of the three languages).
    """
    sample = _sample(text)
    han = count_ideographs(sample)
    words = _LATIN_WORD.findall(sample.lower())
    latin_letters = sum(map(len, words))
    if han and HAN_WEIGHT * han >= latin_letters:
        return "zh"
    language = _by_stopwords(words)
    # Latin words that are not prose (terms, names) around Chinese: still a Chinese text.
    return "zh" if han and language == UNDETERMINED else language


def _sample(text: str) -> str:
    """``text`` itself if short, else evenly spaced windows totalling ``SAMPLE_CHARS``."""
    if len(text) <= SAMPLE_CHARS:
        return text
    width = SAMPLE_CHARS // SAMPLE_WINDOWS
    step = (len(text) - width) // (SAMPLE_WINDOWS - 1)
    return "\n".join(text[i * step : i * step + width] for i in range(SAMPLE_WINDOWS))


def _by_stopwords(words: list[str]) -> str:
    """The language whose stop words are most frequent in ``words`` (ties: en, de, fr order)."""
    if not words:
        return UNDETERMINED
    hits = {lang: sum(word in stop for word in words) for lang, stop in STOPWORDS.items()}
    best = max(hits, key=lambda lang: hits[lang])
    if hits[best] < MIN_STOPWORD_SHARE * len(words):
        return UNDETERMINED
    return best
