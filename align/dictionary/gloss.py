"""From a CC-CEDICT gloss to its English content words.

A gloss such as ``"to cower by military force"`` gives ``("cower", "military", "force")``. Glosses
that point elsewhere instead of translating (``variant of X``, ``see X``, ``used in X``,
``surname X``, ``CL:X``, ``classifier for ...``, ``Taiwan pr. ...``) give ``()``; remarks in
parentheses, Chinese cross-references (``扩展[kuo4 zhan3]``) and stop words are removed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from align.dictionary.english import content_words

_DROP_RE = re.compile(
    r"^(?:surname\b|(?:[\w-]+ )?variant of\b|see\b|used in\b|cl:|classifier\b|also pr\."
    r"|taiwan pr\.|pr\.|also written\b|same as\b|abbr\. to\b|erhua\b|radical\b"
    r"|kangxi radical\b|japanese kanji\b)",
    re.IGNORECASE,
)
_PAREN_RE = re.compile(r"\([^()]*\)")
_PINYIN_RE = re.compile(r"\[[^\[\]]*\]")
_CJK_REF_RE = re.compile(r"[^\s,;]*[\u2e80-\u9fff\uf900-\ufaff\U00020000-\U0003ffff][^\s,;]*")


def is_reference(gloss: str) -> bool:
    """True for a gloss that refers elsewhere rather than translates (``variant of X``...)."""
    return _DROP_RE.match(gloss.strip()) is not None


def strip_remarks(gloss: str) -> str:
    """``gloss`` without ``(...)`` remarks, ``[pinyin]`` and Chinese cross-references."""
    text = gloss
    while True:  # innermost parentheses first, until none is left
        stripped = _PAREN_RE.sub(" ", text)
        if stripped == text:
            break
        text = stripped
    text = _PINYIN_RE.sub(" ", text)
    text = _CJK_REF_RE.sub(" ", text)
    return " ".join(text.split())


@lru_cache(maxsize=300_000)
def gloss_words(gloss: str) -> tuple[str, ...]:
    """English content words of one gloss, lower-cased, in order, without repeats.

    Args:
        gloss: one ``/``-separated CC-CEDICT gloss, e.g. ``"to extend"``.

    Returns:
        e.g. ``("extend",)``; ``()`` for a reference gloss or one with no content word.
    """
    if is_reference(gloss):
        return ()
    return tuple(dict.fromkeys(content_words(strip_remarks(gloss))))
