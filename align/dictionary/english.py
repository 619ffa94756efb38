"""English word normalisation: stop words, lemmas and lemma-family keys.

``family_key`` maps the members of a word family to one key, so that a Chinese gloss word and an
English sentence word meet in one feature: deter / deterred / deterring / deterrent / deterrence
→ ``"deter"``; weapons → ``"weapon"``; extension → ``"extend"``. It is the spaCy lookup lemma
(``spacy-lookups-data``'s ``en_lemma_lookup`` table, read lazily) followed by light
derivational-suffix rules (``SUFFIX_RULES``, applied up to three times: nationality → national →
nation → nat) and a spelling normalisation (undoubled final consonant, no final ``e``, final
``y`` → ``i``). The keys are opaque: compare them, do not show them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

#: Bump when ``family_key``/``STOP_WORDS`` change, so caches built on them are rebuilt.
NORMALISER_VERSION = "2"

WORD_RE = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")

#: English function words (spaCy's list without its numerals and light verbs, plus the pieces
#: of contractions).
FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    a about above across after afterwards again against all almost alone along already also
    although always am among amongst an and another any anyhow anyone anything anyway anywhere are
    around as at back be became because become becomes becoming been before beforehand behind
    being below beside besides between beyond both but by can cannot could did do does doing done
    down during each either else elsewhere enough etc even ever every everyone everything
    everywhere except few for former formerly from further had has have he hence her here
    hereafter hereby herein hereupon hers herself him himself his how however i if in indeed into
    is it its itself just last latter latterly least less many may me meanwhile might mine more
    moreover most mostly much must my myself namely neither never nevertheless next no nobody none
    noone nor not nothing now nowhere of off often on once one only onto or other others otherwise
    our ours ourselves out over own per perhaps quite rather re really regarding same seem seemed
    seeming seems several she should side since so some somehow someone something sometime
    sometimes somewhere still such than that the their them themselves then thence there
    thereafter thereby therefore therein thereupon these they this those though through throughout
    thru thus to together too toward towards under unless until up upon us used using various very
    via was we well were what whatever when whence whenever where whereafter whereas whereby
    wherein whereupon wherever whether which while whither who whoever whole whom whose why will
    with within without would yet you your yours yourself yourselves having s t d ll m ve re o
    """.split()
)
#: Archaic function words (older translations, e.g. of the Bible); also stop words of the English
#: term extractor (``align.terms.lexclass_en``).
ARCHAIC_WORDS: frozenset[str] = frozenset(
    """
    thee thou thy thine ye unto shall shalt wilt art hast hath doth dost didst lo yea nay thereof
    whereof hither thither thereon whereon wherefore verily
    """.split()
)
#: Abbreviations of dictionary glosses (CC-CEDICT: "to help sb", "esp.", "lit.", "fig.").
GLOSS_ABBREVIATIONS: frozenset[str] = frozenset(
    "sb sth sb's sth's esp lit fig abbr coll pr cl tw usu e g i.e fem ca".split())
#: Words without content of their own for matching glosses and terms.
STOP_WORDS: frozenset[str] = FUNCTION_WORDS | ARCHAIC_WORDS | GLOSS_ABBREVIATIONS

#: Irregular or archaic forms the lemma table does not know (and a few curated families).
IRREGULAR: dict[str, str] = {
    "saith": "say",
    "sayest": "say",
    "spake": "speak",
    "shew": "show",
    "shewed": "show",
    "brethren": "brother",
    "nuke": "nuclear",
    "nukes": "nuclear",
    "judgement": "judgment",
    "defence": "defense",
    "armour": "armor",
    "honour": "honor",
    "labour": "labor",
    "colour": "color",
    "neighbour": "neighbor",
    "favour": "favor",
}

#: (suffix, replacement, shortest stem kept), tried in order; the first match applies.
SUFFIX_RULES: tuple[tuple[str, str, int], ...] = (
    ("nsion", "nd", 2),
    ("ction", "ct", 2),
    ("ation", "ate", 3),
    ("ition", "", 3),
    ("ion", "", 3),
    ("ence", "", 3),
    ("ance", "", 3),
    ("ment", "", 4),
    ("ent", "", 5),
    ("ant", "", 5),
    ("ness", "", 3),
    ("ity", "", 3),
    ("ive", "", 4),
    ("ful", "", 3),
    ("ous", "", 3),
    ("ing", "", 3),
    ("eth", "", 2),
    ("est", "", 4),
    ("ly", "", 4),
    ("al", "", 4),
    ("ed", "", 3),
    ("s", "", 3),
)

_NO_UNDOUBLE = frozenset("lsz")
_VOWELS = frozenset("aeiou")


def _lemma_table() -> Mapping[str, str]:
    """spaCy's English lookup lemma table (about 41k forms), shared with the tokenizer."""
    from corpus.tokenize.lemma_table import lemma_table

    return lemma_table("en")


def lemma(word: str) -> str:
    """Dictionary lemma of a lower-cased ``word`` (the word itself when unknown)."""
    word = IRREGULAR.get(word, word)
    base = _lemma_table().get(word, word)
    if not base.isalpha() and word.isalpha():  # the table maps first → 1, second → 2
        base = word
    return IRREGULAR.get(base, base)


def is_stop_word(word: str) -> bool:
    """True for a lower-cased function word of ``STOP_WORDS``."""
    return word in STOP_WORDS


@lru_cache(maxsize=200_000)
def family_key(word: str) -> str:
    """Key shared by the lemma family of ``word`` (any case): deterrence → ``"deter"``."""
    base = lemma(normal_form(word))
    if not base.isalpha():
        return base
    for _ in range(3):  # nationality → national → nation → nat
        stripped = _strip_suffix(base)
        if stripped == base:
            break
        base = stripped
    return _normalise_stem(base)


def _strip_suffix(word: str) -> str:
    """Apply the first matching ``SUFFIX_RULES`` rule to ``word`` (unchanged when none)."""
    for suffix, repl, min_stem in SUFFIX_RULES:
        if word.endswith(suffix) and len(word) - len(suffix) >= min_stem:
            stem = word[: len(word) - len(suffix)]
            if suffix == "s" and stem[-1] in "su":
                continue
            return stem + repl
    return word


def _normalise_stem(stem: str) -> str:
    """Undouble a final consonant pair, drop a final ``e``, final ``y`` → ``i`` (long stems)."""
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS | _NO_UNDOUBLE:
        stem = stem[:-1]
    if len(stem) > 3 and stem.endswith("e"):
        stem = stem[:-1]
    if len(stem) > 3 and stem.endswith("y"):
        stem = stem[:-1] + "i"
    return stem


def normal_form(word: str) -> str:
    """``word`` lower-cased, with a straight apostrophe and without a possessive ``'s``."""
    return word.lower().replace("’", "'").removesuffix("'s")


def is_content_word(word: str) -> bool:
    """True for a normal-form word that is neither one letter long nor a stop word."""
    return len(word) > 1 and not is_stop_word(word)


def words(text: str) -> list[str]:
    """Normal forms (``normal_form``) of the Latin-script words of ``text``, in order."""
    return [normal_form(w) for w in WORD_RE.findall(text)]


def content_words(text: str) -> list[str]:
    """Words of ``text`` minus stop words and one-letter words, in order."""
    return [w for w in words(text) if is_content_word(w)]
