"""``zhenkit segment``: read, clean, split and tokenize one document into a segment TSV."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from align.cli import app
from align.cli.options import LangChoice, echo_signature


@app.command("segment")
def segment_cmd(
    input: Annotated[Path, typer.Argument(help="Input document (.txt, .md, .pdf, .docx).")],
    lang: Annotated[LangChoice, typer.Option("--lang", help="Language; auto detects it.")] = LangChoice.auto,
    out: Annotated[Path | None, typer.Option("-o", "--out", help="Output TSV (default: stdout).")] = None,
) -> None:
    """Write `doc_id  seg_id  text  tokens` rows for every sentence and heading of INPUT."""
    from corpus.formats.segments import dump_segments, write_segments
    from corpus.pipeline import process_file

    result = process_file(input, lang=lang.value)
    if out is None:
        dump_segments(result.segments, sys.stdout)
    else:
        write_segments(out, result.segments, result.signature, {"source": str(input)})
    echo_signature(result.signature)
