"""Pluggable term pairers: which Chinese term renders which English term over aligned pairs.

``PAIRERS`` (``cooccurrence``: Dice gated by log-likelihood; ``dictionary``: CC-CEDICT gloss
coverage; ``combined``: their weighted sum) implement the ``TermPairer`` protocol on a
``PairingInput``. ``select_pairs`` keeps the best Chinese term of every English term. A
word-alignment pairer can be registered later under a new name.
"""

from align.terms.pairing.base import (
    PAIRERS,
    Cooccurrence,
    PairingInput,
    TermPairer,
    get_pairer,
)
from align.terms.pairing.select import select_pairs

__all__ = ["PAIRERS", "Cooccurrence", "PairingInput", "TermPairer", "get_pairer", "select_pairs"]
