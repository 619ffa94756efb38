"""``zhenkit terms``: rank the term candidates of one document (C-value × keyness)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from align.cli import app
from align.cli.options import LangChoice, echo_signature


@app.command("terms")
def terms_cmd(
    doc: Annotated[Path, typer.Argument(help="Input document (.txt, .md, .pdf, .docx).")],
    lang: Annotated[LangChoice, typer.Option("--lang", help="Language; auto detects it.")] = LangChoice.auto,
    out: Annotated[Path | None, typer.Option("-o", "--out", help="Output TSV (default: stdout).")] = None,
    min_freq: Annotated[int, typer.Option("--min-freq", min=1, help="Least frequency of a term.")] = 2,
    top: Annotated[int | None, typer.Option("--top", min=1, help="Keep the best N terms.")] = None,
) -> None:
    """Rank DOC's terms by C-value x keyness: `term score freq cvalue keyness example` rows.

    Extra columns `units length nested_in` follow. The TSV starts with a `# signature` line.
    """
    from align.terms.extract import extract_terms_from_file
    from align.terms.tsv import dump_terms, write_terms

    table = extract_terms_from_file(doc, lang.value, min_freq=min_freq, top=top)
    if out is None:
        dump_terms(table.frame, sys.stdout, table.signature)
    else:
        write_terms(out, table.frame, table.signature)
    echo_signature(table.signature)
