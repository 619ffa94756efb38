"""``zhenkit eval-align GOLD TEST``: strict/lax P/R/F1 of sentence alignments against gold beads."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from align.cli import app
from corpus.errors import ConfigError, InputError
from corpus.io import write_text

if TYPE_CHECKING:  # the scorer loads when the command runs, not with every zhenkit command
    from align.evaluate import AlignScore
    from align.evaluate_dirs import VerseFiles


@app.command("eval-align")
def eval_align(
    gold_dir: Annotated[Path, typer.Argument(
        metavar="GOLD_DIR", help="Folder of gold NNN.align files (or one file).")],
    test_dir: Annotated[Path, typer.Argument(
        metavar="TEST_DIR", help="Folder of test NNN.align or NNN files (or one file).")],
    verse_merge: Annotated[bool | None, typer.Option(
        "--verse-merge/--no-verse-merge",
        help="Merge test beads inside one verse (Bible). Default: when *.verse files lie beside the gold folder.",
    )] = None,
    src_verse: Annotated[Path | None, typer.Option(help="Verse ids of the gold's source side.")] = None,
    tgt_verse: Annotated[Path | None, typer.Option(help="Verse ids of the gold's target side.")] = None,
    swap: Annotated[bool, typer.Option(
        "--swap", help="Test beads are in the other side order than the gold (e.g. zh-first vs en-first).",
    )] = False,
    json_out: Annotated[Path | None, typer.Option(
        "--json", help="Also write the scores and counts as JSON to this file ('-' for stdout).",
    )] = None,
) -> None:
    """Score sentence alignments (Sennrich & Volk strict/lax, as Vecalign/Bertalign)."""
    from align.evaluate_dirs import evaluate_dirs

    verses = _verse_files(gold_dir, verse_merge, src_verse, tgt_verse)
    score = evaluate_dirs(gold_dir, test_dir, verse_files=verses, swap=swap)
    to_stdout = str(json_out) == "-"
    _print_table(score, verses, to_stderr=to_stdout)
    if json_out is not None:
        payload = {**score.as_dict(), "verse_merged": verses is not None, "swapped": swap}
        text = json.dumps(payload, indent=2) + "\n"
        if to_stdout:
            typer.echo(text, nl=False)
        else:
            _write_json(json_out, text)


def _write_json(path: Path, text: str) -> None:
    try:
        write_text(path, text)
    except OSError as exc:
        raise InputError(path, f"cannot write JSON ({exc.strerror or exc})") from None


def _verse_files(
    gold_dir: Path, merge: bool | None, src: Path | None, tgt: Path | None
) -> VerseFiles | None:
    """Resolve the verse options to (source, target) verse files, or None for no merging."""
    if (src is None) != (tgt is None):
        raise ConfigError("give both --src-verse and --tgt-verse, or neither")
    if src is not None and tgt is not None:
        if merge is False:
            raise ConfigError("--no-verse-merge contradicts --src-verse/--tgt-verse")
        return (src, tgt)
    if merge is False:
        return None
    from align.evaluate_dirs import find_verse_files

    found = find_verse_files(gold_dir)
    if found is None and merge:
        raise ConfigError(f"--verse-merge: no *.verse files beside {gold_dir}; "
                          "give --src-verse and --tgt-verse")
    return found


def _print_table(score: AlignScore, verses: VerseFiles | None, to_stderr: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    how = f"verse-merged ({verses[0].name} -> {verses[1].name})" if verses else "not verse-merged"
    table = Table()
    for name in ("", "strict", "lax"):
        table.add_column(name, justify="right" if name else "left")
    for label, key in (("precision", "precision"), ("recall", "recall"), ("F1", "f1")):
        table.add_row(label, *(f"{getattr(score, f'{kind}_{key}'):.3f}" for kind in ("strict", "lax")))
    console = Console(stderr=to_stderr)
    console.print(f"{score.documents} document(s), {how}", highlight=False)
    console.print(table)
    console.print(
        f"test beads {score.test_beads} (strict {score.test_strict}, lax {score.test_lax}); "
        f"gold beads {score.gold_beads} (strict {score.gold_strict}, lax {score.gold_lax})",
        highlight=False,
    )
