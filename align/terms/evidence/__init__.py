"""Evidence sources for term-list alignment, one module each, behind ``EVIDENCE`` (by name).

Each source scores (English term, Chinese candidate) pairs in [0, 1] on its own (see
``align.terms.evidence.base.Evidence``); ``align.terms.combine`` weighs them.
"""

from align.terms.evidence.base import EVIDENCE, Evidence, Scores, top_items

__all__ = ["EVIDENCE", "Evidence", "Scores", "top_items"]
