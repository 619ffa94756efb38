"""``zhenkit build``: the main job (runs on the bundled sample without arguments)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from align.cli import app
from align.cli.options import echo_signature


@app.command("build")
def build_cmd(
    zh: Annotated[Path | None, typer.Option("--zh", help="Chinese document (default: bundled sample).")] = None,
    en: Annotated[Path | None, typer.Option("--en", help="English source document.")] = None,
    out: Annotated[Path, typer.Option("--out", help="Output folder.")] = Path("out"),
) -> None:
    """The main job: clean, segment, glossary, check; with --en also align into a parallel corpus.

    Without arguments it runs on the bundled sample (a Chinese summary of a PSQ article).
    """
    from align.build import build
    from align.cli.progress import progress_bar

    with progress_bar() as progress:
        report = build(zh=zh, en=en, out_dir=out, progress=progress)
    for path in report.outputs:
        typer.echo(f"wrote {path}")
    echo_signature(report.signature)
