"""Sentence alignment: overlap windows, bead scores, coarse-to-fine band, DP, summary mode."""

from align.sentence.aligner import SentenceAligner
from align.sentence.cost import CostWeights
from align.sentence.summary import SummaryParams

__all__ = ["CostWeights", "SentenceAligner", "SummaryParams"]
