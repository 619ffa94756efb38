"""The main job: from a Chinese document (and optionally its English source) to ``out/``.

It writes, per input document, the cleaned text, its metadata and its segmented sentences; the
term-list glossary (``glossary.tsv``/``.tbx``) when the Chinese document has a term list beside it
(the bundled sample does); and the check reports ``check.html``/``check.json`` (findings never make
the build fail). With an English document it also aligns the two (summary mode when the English is
much longer than a translation would be) into ``aligned.tsv``, ``aligned.tmx`` and
``aligned.align``, and checks the aligned pairs bilingually instead of the Chinese alone.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path

from corpus.formats.segments import write_segments
from corpus.io import write_text
from corpus.pipeline import Processed, process_file

SAMPLE_NAME = "000_9089bd46b2be49ef.txt"


@dataclass(frozen=True, slots=True)
class BuildReport:
    outputs: tuple[Path, ...]
    signature: str


def sample_path() -> Path:
    """Path of the bundled sample (a Chinese WeChat summary of a PSQ article)."""
    return Path(str(resources.files("corpus") / "data" / "samples" / SAMPLE_NAME))


def build(zh: Path | None = None, en: Path | None = None, out_dir: Path = Path("out")) -> BuildReport:
    """Run the pipeline on ``zh`` (default: the bundled sample) and ``en``; write into ``out_dir``."""
    outputs: list[Path] = []
    zh_path = zh or sample_path()
    zh_doc = process_file(zh_path, lang="zh", pos=True)  # POS for the glossary step
    outputs += write_processed(zh_doc, out_dir, "zh")
    outputs += write_glossary_step(zh_doc, zh_path, out_dir)
    if en is None:
        outputs += write_check(zh_doc, out_dir)
        return BuildReport(tuple(outputs), zh_doc.signature)
    en_doc = process_file(en, lang="en")
    outputs += write_processed(en_doc, out_dir, "en")
    alignment = align_documents(zh_path, zh_doc, en, en_doc)
    outputs += write_alignment(alignment, out_dir)
    outputs += write_term_pairs(alignment, out_dir)
    outputs += write_pair_check(alignment, out_dir)
    return BuildReport(tuple(outputs), alignment.signature)


def align_documents(zh_path: Path, zh_doc: Processed, en_path: Path, en_doc: Processed):
    """Sentence alignment of the two documents (summary mode when the English is much longer)."""
    from align.cli.progress import progress_bar
    from align.sentence.files import align_sides, side_from_processed

    with progress_bar() as progress:
        return align_sides(side_from_processed(zh_path, zh_doc), side_from_processed(en_path, en_doc),
                           mode="auto", progress=progress)


def write_alignment(alignment, out_dir: Path) -> list[Path]:
    """The parallel corpus: ``aligned.tsv`` (+ ``aligned.tmx``) and the beads ``aligned.align``."""
    from corpus.formats.beads import write_beads
    from corpus.formats.pairs import write_pairs
    from corpus.io import write_sidecar

    tsv, tmx, beads = out_dir / "aligned.tsv", out_dir / "aligned.tmx", out_dir / "aligned.align"
    linked = [p for p in alignment.pairs if p.zh and p.en]
    write_pairs(tsv, alignment.pairs, alignment.signature)
    write_pairs(tmx, linked, alignment.signature)
    write_beads(beads, alignment.beads, None, with_scores=False)
    side = write_sidecar(beads, alignment.signature, beads=len(alignment.beads), order="zh:en",
                         mode=alignment.mode)
    return [tsv, tmx, beads, side]


def write_term_pairs(alignment, out_dir: Path) -> list[Path]:
    """Term pairs mined from the aligned pairs (``zhenkit glossary --pairs``): ``term-pairs.tsv``."""
    from align.terms.pairs import mine_term_pairs
    from align.terms.termlist_io import PAIR_COLUMNS, term_pairs_from_frame, write_pairs

    pairs = term_pairs_from_frame(mine_term_pairs([p for p in alignment.pairs if p.zh and p.en]))
    path = out_dir / "term-pairs.tsv"
    write_pairs(path, pairs, PAIR_COLUMNS, alignment.signature + "|terms:pairs-combined")
    return [path]


def write_pair_check(alignment, out_dir: Path) -> list[Path]:
    """Bilingual check of the aligned pairs that have both sides: ``check.html``/``check.json``."""
    from align.check.inputs import CheckRows
    from align.check.runner import check_rows
    from align.report.meta import meta_for
    from align.report.write import write_reports

    linked = [p for p in alignment.pairs if p.zh and p.en]
    rows = CheckRows(tuple(p.zh for p in linked), tuple(p.en for p in linked), False,
                     "aligned pairs", alignment.signature)
    result = check_rows(rows)
    meta = meta_for(result, title="zhenkit check: aligned pairs")
    return write_reports(result.findings, meta, html=out_dir / "check.html",
                         json=out_dir / "check.json")


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


def write_check(proc: Processed, out_dir: Path) -> list[Path]:
    """Check the Chinese document alone with the domain glossary: ``check.html``, ``check.json``."""
    from align.check.inputs import rows_from_processed
    from align.check.runner import check_rows
    from align.report.meta import meta_for
    from align.report.write import write_reports

    result = check_rows(rows_from_processed(proc))
    meta = meta_for(result, title=f"zhenkit check: {proc.document.id}")
    return write_reports(result.findings, meta, html=out_dir / "check.html",
                         json=out_dir / "check.json")


def write_glossary_step(proc: Processed, zh: Path, out_dir: Path) -> list[Path]:
    """Term-list glossary ``glossary.tsv`` + ``glossary.tbx`` when ``zh`` has a term list beside
    it (``<stem>.en-terms.txt``; the bundled sample has one)."""
    from align.terms.glossary_out import terms_path_for, write_glossary_files

    terms = terms_path_for(Path(zh))
    if terms is None:
        return []
    return write_glossary_files(proc.segments, terms, out_dir, proc.document.id,
                                signature=proc.signature)


def render_clean(proc: Processed) -> str:
    """The cleaned document as text: headings marked with ``#``, blocks separated by blank lines."""
    doc = proc.document
    parts = [("# " if b.kind == "heading" else "") + doc.block_text(b) for b in doc.blocks]
    return "\n\n".join(parts) + "\n"
