"""Glossaries: the Concept/Term model and its file formats (TSV, CSV, TBX)."""

from corpus.glossary.model import Concept, Glossary, Term, make_concept

__all__ = ["Concept", "Glossary", "Term", "make_concept"]
