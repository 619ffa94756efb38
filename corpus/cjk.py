"""Character classes of Chinese text, as regex class bodies (use inside ``[...]``).

One definition for every module that asks "is this a Han character?": normalisation, cleaning,
sentence splitting, language identification and the checks.
"""

from __future__ import annotations

import re

#: CJK ideographs (BMP blocks, compatibility ideographs and the supplementary ideograph planes).
IDEOGRAPH = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
#: The Han range of jieba's dictionary words (its ``re_han_default``): narrower than ``IDEOGRAPH``.
JIEBA_HAN = "\u4e00-\u9fd5"
#: Punctuation that only Chinese/Japanese text uses (CJK symbols, full-width forms), no spaces.
FULLWIDTH_PUNCT = "\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\ufe10-\ufe1f\ufe30-\ufe4f"
#: Punctuation shared by Chinese and Western text; it counts as CJK only beside an ideograph.
SHARED_PUNCT = "\u201c\u201d\u2018\u2019\u2026\u2014\u00b7"
CJK_LIKE = IDEOGRAPH + FULLWIDTH_PUNCT + SHARED_PUNCT
#: Dots used as a name interpunct (特伦斯·罗里格): middle dot, katakana/half-width dots, bullets.
INTERPUNCTS = "\u00b7\u30fb\uff65\u2022\u2027\u2219\u22c5"

IDEOGRAPH_RX = re.compile(f"[{IDEOGRAPH}]")


def count_ideographs(text: str) -> int:
    """Number of CJK ideographs in ``text``."""
    return len(IDEOGRAPH_RX.findall(text))
