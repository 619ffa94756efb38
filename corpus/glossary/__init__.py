"""Glossaries: the Concept/Term model, its file formats (TSV, CSV, TBX) and the bundled domain
glossary."""

from corpus.glossary.domain import domain_glossary_path
from corpus.glossary.formats import read_glossary, write_glossary
from corpus.glossary.model import CONCEPT_STATUSES, Concept, Glossary, Term, make_concept

__all__ = ["CONCEPT_STATUSES", "Concept", "Glossary", "Term", "domain_glossary_path",
           "make_concept", "read_glossary", "write_glossary"]
