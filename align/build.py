"""The main job: from a Chinese document (and optionally its English source) to ``out/``.

Today it writes, per input document, the cleaned text, its metadata and its segmented sentences,
and for the Chinese document the check reports ``check.html`` and ``check.json`` (monolingual mode,
domain glossary; findings never make the build fail).
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
    zh_doc = process_file(zh or sample_path(), lang="zh")
    outputs += write_processed(zh_doc, out_dir, "zh")
    outputs += write_glossary_step(zh_doc, zh or sample_path(), out_dir)
    outputs += write_check(zh_doc, out_dir)
    signature = zh_doc.signature
    if en is not None:
        en_doc = process_file(en, lang="en")
        outputs += write_processed(en_doc, out_dir, "en")
    return BuildReport(tuple(outputs), signature)


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
