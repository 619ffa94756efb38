"""Chinese and English text as bags of shared, language-neutral concept keys.

Both languages meet in one key space:

- ``w:<family>``: English lemma-family keys (``align.dictionary.english.family_key``). English
  words give their own key; a Chinese word gives the keys of its CC-CEDICT glosses, each weighted
  by the share of glosses holding it (so a word with ten senses spreads its weight thin); a word
  missing from the dictionary is split into dictionary words first (扩展威慑 → 扩展 + 威慑).
  Latin-script words inside Chinese text take the English path; all-caps acronyms (IAEA, DMZ)
  keep their spelling.
- ``n:<digits>``: numbers (1991, 一九九一, 十二, 2.85万, twelve).
- ``p:<class>``: question marks, exclamation marks and quotes, full- or half-width.

Word weights are fixed, not fitted: ``idf_weight`` of the word's Zipf frequency in ``wordfreq``
(zh for Chinese words, en for English ones). So a text's bag never depends on the batch it came
in (embeddings can be cached per text, overlaps need no refit) and one sentence is enough. An IDF
fitted per language on the documents themselves was measured too and did not help (Bible zh-en,
top-1 retrieval in a ±10 window: 0.650 fitted vs 0.662 fixed).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import lru_cache

from align.dictionary.cedict import Cedict
from align.dictionary.english import WORD_RE, family_key, is_content_word, normal_form
from align.dictionary.gloss import gloss_words, strip_remarks
from align.dictionary.numbers import number_values
from corpus.cjk import IDEOGRAPH_RX, count_ideographs
from corpus.langid import HAN_WEIGHT

Bag = dict[str, float]

#: Bump when keys or weights change (goes into embedder signatures).
CONCEPTS_VERSION = "1"
MAX_IDF, MIN_IDF, IDF_ORIGIN = 6.0, 0.5, 7.5
NUMBER_WEIGHT = 4.0
PUNCT_WEIGHT = 1.0
ACRONYM_WEIGHT = 5.0
PROPER_READING_SHARE = 0.3  # a name reading (和平 Heping District) next to common readings

_LATIN_RE = re.compile(r"[A-Za-z]")
_FIRST_CHUNK_RE = re.compile(r"[,;]")
_PUNCT_CLASSES = {"?": "?", "？": "?", "!": "!", "！": "!", "“": "q", "”": "q", "「": "q",
                  "」": "q", "『": "q", "』": "q", '"': "q", "‘": "q", "’": "q"}
_PUNCT_RE = re.compile("[" + re.escape("".join(_PUNCT_CLASSES)) + "]")
_ZH_STOP = frozenset(
    "的 了 是 在 和 与 及 着 之 其 也 就 都 而 或 把 被 给 对 向 从 以 于 为 这 那 此 个 等 并 又 还 "
    "但 却 所 他 她 它 我 你 们 他们 她们 它们 我们 你们 咱们 自己 这个 那个 这些 那些 就是 "
    "一个 没有 不 没 很 要 会 能 可以 得 吧 吗 呢 啊 呀 么 乃 则 即 且 若 因 因为 所以 "
    "如果 虽然 但是 而且 以及 对于 关于 由于 过 将 已 已经 曾 上 下 中 里 有".split()
)


def script_lang(text: str) -> str:
    """``"zh"`` when Han characters carry a fair share of the letters (the rule of
    ``corpus.langid``), else ``"en"``."""
    han = count_ideographs(text)
    return "zh" if han and HAN_WEIGHT * han >= len(_LATIN_RE.findall(text)) else "en"


def idf_weight(zipf: float) -> float:
    """Weight of a word of Zipf frequency ``zipf`` (0 = unknown, ~7.7 = "the"/"的")."""
    return min(MAX_IDF, max(MIN_IDF, IDF_ORIGIN - zipf))


@lru_cache(maxsize=2)
def _frequencies(lang: str) -> dict[str, float]:
    import wordfreq

    # the "small" list (~30k words, Zipf >= 3) loads in 15 ms instead of 200 ms; the rarer
    # words it lacks get MAX_IDF instead of 4.5-6 (no measurable change on the Bible pair)
    return wordfreq.get_frequency_dict(lang, wordlist="small")


def zipf(word: str, lang: str) -> float:
    """Zipf frequency of ``word`` in ``wordfreq``'s small ``lang`` list (0.0 when not in it)."""
    freq = _frequencies(lang).get(word, 0.0)
    return math.log10(freq) + 9.0 if freq > 0 else 0.0


class ConceptBagger:
    """Turns sentences of either language into ``Bag`` s of concept keys.

    Args:
        cedict: the dictionary (default: ``Cedict.load()``, on first use).
        tokenize_zh: Chinese word segmenter (default: ``JiebaTokenizer(hmm=False).tokenize``
            from ``corpus.tokenize.jieba_zh``; without the HMM jieba is twice as fast, and words
            it would join are split into dictionary words here anyway).
    """

    def __init__(
        self,
        cedict: Cedict | None = None,
        tokenize_zh: Callable[[str], list[str]] | None = None,
    ):
        self._cedict = cedict
        self._tokenize_zh = tokenize_zh
        self._token_bags: dict[str, Bag] = {}

    @property
    def cedict(self) -> Cedict:
        if self._cedict is None:
            self._cedict = Cedict.load()
        return self._cedict

    def tokens(self, text: str, lang: str) -> list[str]:
        """Word tokens of ``text`` (jieba for ``"zh"``, Latin words otherwise)."""
        if lang != "zh":
            return WORD_RE.findall(text)
        if self._tokenize_zh is None:
            from corpus.tokenize.jieba_zh import JiebaTokenizer

            self._tokenize_zh = JiebaTokenizer(hmm=False).tokenize
        return self._tokenize_zh(text)

    def token_bag(self, token: str) -> Bag:
        """Concept keys of one token, by its script (cached; do not mutate the result)."""
        bag = self._token_bags.get(token)
        if bag is None:
            if IDEOGRAPH_RX.search(token):
                bag = self._han_bag(token)
            elif WORD_RE.fullmatch(token):
                bag = latin_bag(token)
            else:
                bag = {}
            self._token_bags[token] = bag
        return bag

    def number_bag(self, text: str, lang: str) -> Bag:
        """``n:`` keys of the numbers of ``text``."""
        bag: Bag = {}
        for value in number_values(text, lang):
            bag["n:" + value] = bag.get("n:" + value, 0.0) + NUMBER_WEIGHT
        return bag

    def punct_bag(self, text: str) -> Bag:
        """``p:`` keys of question/exclamation marks and quotes (add only to a non-empty bag)."""
        return {"p:" + _PUNCT_CLASSES[m]: PUNCT_WEIGHT for m in _PUNCT_RE.findall(text)}

    def extra_bag(self, text: str, lang: str, has_words: bool) -> Bag:
        """Number and punctuation keys of ``text``; none when it has neither words (concept
        keys of its tokens) nor numbers: punctuation alone is no content."""
        numbers = self.number_bag(text, lang)
        return {**numbers, **self.punct_bag(text)} if has_words or numbers else {}

    def bag(self, text: str, lang: str | None = None) -> Bag:
        """All concept keys of ``text`` with summed weights (``lang`` detected when None).

        A text without words or numbers (empty, only punctuation or stop words) gives ``{}``.
        """
        lang = lang or script_lang(text)
        out: Bag = {}
        for token in self.tokens(text, lang):
            for key, weight in self.token_bag(token).items():
                out[key] = out.get(key, 0.0) + weight
        return out | self.extra_bag(text, lang, bool(out))

    def _han_bag(self, token: str) -> Bag:
        """Gloss keys of a Chinese word (split into dictionary words when unknown)."""
        if token in _ZH_STOP:
            return {}
        cedict = self.cedict
        pieces = (token,) if cedict.english_words(token) else cedict.decompose(token)
        out: Bag = {}
        for piece in pieces:
            if piece in _ZH_STOP or not cedict.english_words(piece):
                continue
            weight = idf_weight(zipf(piece, "zh"))
            for key, share in gloss_shares(cedict, piece).items():
                out[key] = out.get(key, 0.0) + weight * share
        return out


def latin_bag(token: str) -> Bag:
    """Concept key of one Latin-script word: its family key, or its spelling for acronyms."""
    if len(token) > 1 and token.isupper():
        return {"w:" + token.lower(): ACRONYM_WEIGHT}
    word = normal_form(token)
    if not is_content_word(word):
        return {}
    return {"w:" + family_key(word): idf_weight(zipf(word, "en"))}


def gloss_shares(cedict: Cedict, zh: str) -> Bag:
    """``w:`` family keys of the glosses of ``zh`` → share of its glosses holding them (0..1]."""
    entries = cedict.entries(zh)
    common = any(not e.is_proper_noun for e in entries)
    weighted: list[tuple[frozenset[str], float]] = []
    for entry in entries:
        gloss_weight = PROPER_READING_SHARE if common and entry.is_proper_noun else 1.0
        for gloss in entry.glosses:
            keys = gloss_keys(gloss, entry.is_proper_noun)
            if keys:
                weighted.append((keys, gloss_weight))
    total = sum(w for _, w in weighted)
    shares: Bag = {}
    for keys, gloss_weight in weighted:
        for key in keys:
            shares[key] = min(1.0, shares.get(key, 0.0) + gloss_weight / total)
    return shares


@lru_cache(maxsize=200_000)
def gloss_keys(gloss: str, proper_noun: bool = False) -> frozenset[str]:
    """``w:`` family keys of one gloss; of a name reading only its first chunk counts.

    ``"Pelé (1940-), Edson Arantes do Nascimento, Brazilian football star"`` → ``{"w:pel"}``.
    """
    if proper_noun:
        gloss = _FIRST_CHUNK_RE.split(strip_remarks(gloss), maxsplit=1)[0]
    return frozenset("w:" + family_key(w) for w in gloss_words(gloss))
