"""The main job: from a Chinese document (and optionally its English source) to ``out/``.

It writes, per input document, the cleaned text, its metadata and its segmented sentences; the
term-list glossary (``glossary.tsv``/``.tbx``) when the Chinese document has a term list beside it
(the bundled sample does); and the check reports ``check.html``/``check.json`` (findings never make
the build fail). With an English document it also aligns the two (summary mode when the English is
much longer than a translation would be) into ``aligned.tsv``, ``aligned.tmx`` and
``aligned.align`` (signature in ``aligned.align.meta.json``), mines term pairs from the aligned
pairs into ``term-pairs.tsv``, and checks the aligned pairs bilingually instead of the Chinese
alone.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from corpus.formats.segments import write_segments
from corpus.io import write_text
from corpus.pipeline import Processed, process_file
from corpus.types import SentencePair

if TYPE_CHECKING:
    from align.check.inputs import CheckRows
    from align.sentence.files import Alignment
    from corpus.glossary import Glossary

SAMPLE_NAME = "000_9089bd46b2be49ef.txt"
#: ``progress(stage, done, total)``
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What a build wrote (in order) and its run signature (the Chinese document's processing,
    or with an English document the alignment's)."""

    outputs: tuple[Path, ...]
    signature: str


def sample_path() -> Path:
    """Path of the bundled sample (a Chinese WeChat summary of a PSQ article)."""
    return Path(str(resources.files("corpus") / "data" / "samples" / SAMPLE_NAME))


def build(zh: Path | None = None, en: Path | None = None, out_dir: Path = Path("out"),
          progress: Progress | None = None) -> BuildReport:
    """Run the pipeline on ``zh`` (default: the bundled sample) and ``en``; write into ``out_dir``.

    ``progress(stage, done, total)`` is told how the sentence alignment advances.
    """
    from align.check.inputs import CheckRows, rows_from_processed
    from align.termmatch.glossary import load_glossary

    outputs: list[Path] = []
    zh_path = zh or sample_path()
    zh_doc = process_file(zh_path, lang="zh", pos=True)  # POS for the glossary step
    glossary = load_glossary()  # the domain glossary, for the glossary step and the checks
    outputs += write_processed(zh_doc, out_dir, "zh")
    outputs += write_glossary_step(zh_doc, zh_path, out_dir, glossary)
    if en is None:
        rows = rows_from_processed(zh_doc)
        outputs += write_check(rows, out_dir, f"zhenkit check: {zh_doc.document.id}", glossary)
        return BuildReport(tuple(outputs), zh_doc.signature)
    en_doc = process_file(en, lang="en")
    outputs += write_processed(en_doc, out_dir, "en")
    alignment = align_documents(zh_path, zh_doc, en, en_doc, progress)
    linked = [p for p in alignment.pairs if p.zh and p.en]
    outputs += write_alignment(alignment, linked, out_dir)
    outputs += write_term_pairs(linked, alignment.signature, out_dir)
    rows = CheckRows(tuple(p.zh for p in linked), tuple(p.en for p in linked), False,
                     "aligned pairs", alignment.signature)
    outputs += write_check(rows, out_dir, "zhenkit check: aligned pairs", glossary)
    return BuildReport(tuple(outputs), alignment.signature)


def align_documents(zh_path: Path, zh_doc: Processed, en_path: Path, en_doc: Processed,
                    progress: Progress | None = None) -> Alignment:
    """Sentence alignment of the two documents (summary mode when the English is much longer)."""
    from align.sentence.files import align_sides, side_from_processed

    return align_sides(side_from_processed(zh_path, zh_doc), side_from_processed(en_path, en_doc),
                       mode="auto", progress=progress)


def write_alignment(alignment: Alignment, linked: Sequence[SentencePair], out_dir: Path
                    ) -> list[Path]:
    """The parallel corpus: ``aligned.tsv`` (all beads), ``aligned.tmx`` (the ``linked`` pairs,
    both sides present) and the beads ``aligned.align``."""
    from corpus.formats.beads import write_beads
    from corpus.formats.pairs import write_pairs
    from corpus.io import write_sidecar

    tsv, tmx, beads = out_dir / "aligned.tsv", out_dir / "aligned.tmx", out_dir / "aligned.align"
    write_pairs(tsv, alignment.pairs, alignment.signature)
    write_pairs(tmx, linked, alignment.signature)
    write_beads(beads, alignment.beads, None, with_scores=False)
    side = write_sidecar(beads, alignment.signature, beads=len(alignment.beads), order="zh:en",
                         mode=alignment.mode)
    return [tsv, tmx, beads, side]


def write_term_pairs(linked: Sequence[SentencePair], signature: str, out_dir: Path) -> list[Path]:
    """Term pairs mined from the aligned pairs (``zhenkit glossary --pairs``): ``term-pairs.tsv``."""
    from align.terms.pairs import MINED_SIGNATURE, mine_term_pairs
    from align.terms.termlist_io import PAIR_COLUMNS, term_pairs_from_frame, write_pairs

    pairs = term_pairs_from_frame(mine_term_pairs(linked))
    path = out_dir / "term-pairs.tsv"
    write_pairs(path, pairs, PAIR_COLUMNS, f"{signature}|{MINED_SIGNATURE}")
    return [path]


def write_processed(proc: Processed, out_dir: Path, tag: str) -> list[Path]:
    """Write ``<tag>.clean.txt``, ``<tag>.meta.json`` and ``<tag>.segments.tsv``."""
    doc = proc.document
    clean_path = out_dir / f"{tag}.clean.txt"
    write_text(clean_path, render_clean(proc))
    meta_path = out_dir / f"{tag}.meta.json"
    meta = {"id": doc.id, "lang": doc.lang, "signature": proc.signature, "meta": dict(doc.meta),
            "blocks": [asdict(b) for b in doc.blocks], "segments": len(proc.segments)}
    write_text(meta_path, json.dumps(meta, ensure_ascii=False, indent=2) + "\n")
    seg_path = out_dir / f"{tag}.segments.tsv"
    write_segments(seg_path, proc.segments, proc.signature, {"doc_id": doc.id})
    return [clean_path, meta_path, seg_path]


def write_check(rows: CheckRows, out_dir: Path, title: str, glossary: Glossary) -> list[Path]:
    """Check ``rows`` (the Chinese document alone, or the aligned pairs) with ``glossary``:
    ``check.html`` and ``check.json``."""
    from align.check.runner import check_rows
    from align.report.meta import meta_for
    from align.report.write import write_reports

    result = check_rows(rows, glossary=glossary)
    return write_reports(result.findings, meta_for(result, title=title),
                         html=out_dir / "check.html", json=out_dir / "check.json")


def write_glossary_step(proc: Processed, zh: Path, out_dir: Path, glossary: Glossary
                        ) -> list[Path]:
    """Term-list glossary ``glossary.tsv`` + ``glossary.tbx`` when ``zh`` has a term list beside
    it (``<stem>.en-terms.txt``; the bundled sample has one)."""
    from align.terms.glossary_out import terms_path_for, write_glossary_files

    terms = terms_path_for(Path(zh))
    if terms is None:
        return []
    return write_glossary_files(proc.segments, terms, out_dir, proc.document.id,
                                signature=proc.signature, glossary=glossary)


def render_clean(proc: Processed) -> str:
    """The cleaned document as text: headings marked with ``#``, blocks separated by blank lines."""
    doc = proc.document
    parts = [("# " if b.kind == "heading" else "") + doc.block_text(b) for b in doc.blocks]
    return "\n\n".join(parts) + "\n"
