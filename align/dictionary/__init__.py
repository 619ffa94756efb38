"""Bilingual dictionary resources: CC-CEDICT lookups and English word normalisation.

Importing this package is cheap; the dictionary and the lemma table load on first use.
"""

from align.dictionary.cedict import Cedict
from align.dictionary.parse import Entry

__all__ = ["Cedict", "Entry"]
