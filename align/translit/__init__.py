"""Name transliteration matching: English spellings ↔ Chinese transliterations via pinyin.

Public API:

- ``score(en, zh)`` → float in [0, 1] (``THRESHOLD`` is the calibrated decision point);
- ``find_transliteration(en_name, zh_text, zh_tokens=None)`` → ``list[Match]``, best first;
- ``TranslitIndex(zh_text, tokens=None).find(en_name)`` for many names against one document;
- ``find_en_names(text)`` (``align.translit.names``) and ``dotted_names`` / ``undotted_names``
  (``align.translit.zh_names``) to find names in English and Chinese text.

``pypinyin`` and ``wordfreq`` are imported on first use only.
"""

from __future__ import annotations

from align.translit.index import Match, TranslitIndex, find_transliteration
from align.translit.score import THRESHOLD, phonetic_score, score

__all__ = ["THRESHOLD", "Match", "TranslitIndex", "find_transliteration", "phonetic_score",
           "score"]
