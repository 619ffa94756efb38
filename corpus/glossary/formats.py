"""Glossary formats behind a registry: one class each with name, extensions, read, write."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from pathlib import Path
from typing import ClassVar

from corpus.errors import ConfigError
from corpus.glossary.model import Concept, Glossary
from corpus.registry import Registry


class GlossaryFormat(ABC):
    name: ClassVar[str]
    extensions: ClassVar[tuple[str, ...]]

    @abstractmethod
    def read(self, path: str | Path) -> Glossary: ...

    @abstractmethod
    def write(self, path: str | Path, concepts: Iterable[Concept], signature: str = "") -> int: ...


class TsvGlossary(GlossaryFormat):
    name = "tsv"
    extensions = (".tsv", ".tab", ".txt")

    def read(self, path: str | Path) -> Glossary:
        from corpus.glossary.tsv import read_delimited

        return read_delimited(path, "\t")

    def write(self, path: str | Path, concepts: Iterable[Concept], signature: str = "") -> int:
        from corpus.glossary.tsv import write_delimited

        return write_delimited(path, concepts, "\t", signature)


class CsvGlossary(GlossaryFormat):
    name = "csv"
    extensions = (".csv",)

    def read(self, path: str | Path) -> Glossary:
        from corpus.glossary.tsv import read_delimited

        return read_delimited(path, ",")

    def write(self, path: str | Path, concepts: Iterable[Concept], signature: str = "") -> int:
        from corpus.glossary.tsv import write_delimited

        return write_delimited(path, concepts, ",", signature)


class TbxGlossary(GlossaryFormat):
    name = "tbx"
    extensions = (".tbx", ".xml")

    def read(self, path: str | Path) -> Glossary:
        from corpus.glossary.tbx import read_tbx

        return read_tbx(path)

    def write(self, path: str | Path, concepts: Iterable[Concept], signature: str = "") -> int:
        from corpus.glossary.tbx import write_tbx

        return write_tbx(path, concepts, signature)


GLOSSARY_FORMATS: Registry[type[GlossaryFormat]] = Registry("glossary format")
for _cls in (TsvGlossary, CsvGlossary, TbxGlossary):
    GLOSSARY_FORMATS.register(_cls.name, _cls)


def glossary_format_for(path: str | Path, name: str | None = None) -> GlossaryFormat:
    if name:
        return GLOSSARY_FORMATS.get(name)()
    suffix = Path(path).suffix.lower()
    for cls in (TsvGlossary, CsvGlossary, TbxGlossary):
        if suffix in cls.extensions:
            return cls()
    raise ConfigError(f"{path}: unknown glossary extension {suffix!r}; use .tsv, .csv or .tbx")


def read_glossary(path: str | Path, name: str | None = None) -> Glossary:
    return glossary_format_for(path, name).read(path)


def write_glossary(path: str | Path, concepts: Iterable[Concept], signature: str = "",
                   name: str | None = None) -> int:
    return glossary_format_for(path, name).write(path, concepts, signature)
