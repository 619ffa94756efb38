"""Term occurrences in Chinese token streams and English text (glossary-aware).

- ``zh``: forms on jieba token boundaries (``ZhFormIndex``, ``find_in_tokens``, ``find_in_text``);
- ``en``: forms as word sequences by lemma family, with the rule that matched
  (``EnFormIndex``, ``words``);
- ``spans``: the shadowing rule (a longer occurrence hides the shorter ones inside it);
- ``glossary``: ``GlossaryMatcher``, concepts and statuses of the forms found in a row;
  ``load_glossary`` (a glossary, a glossary file, or the domain glossary).

Importing this package is cheap: jieba and the lemma table load on first use.
"""

from align.termmatch.en import RULES, EnFormIndex, EnMatch, Word, words
from align.termmatch.glossary import EnHit, FormUse, GlossaryMatcher, ZhHit, load_glossary
from align.termmatch.spans import drop_shadowed, token_offsets
from align.termmatch.zh import ZhFormIndex, ZhMatch, find_in_text, find_in_tokens

__all__ = [
    "RULES",
    "EnFormIndex",
    "EnHit",
    "EnMatch",
    "FormUse",
    "GlossaryMatcher",
    "Word",
    "ZhFormIndex",
    "ZhHit",
    "ZhMatch",
    "drop_shadowed",
    "find_in_text",
    "find_in_tokens",
    "load_glossary",
    "token_offsets",
    "words",
]
