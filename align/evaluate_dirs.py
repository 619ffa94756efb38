"""Score a folder of system bead files against a folder of gold bead files.

Gold files are ``NNN.align``; the test file of a document is ``NNN.align`` or ``NNN`` in the
test folder. The Bible layout (a pair of ``*.verse`` files, e.g. ``en.verse`` and ``zh.verse``,
in the folder that holds ``gold/``) is scored verse-merged: test beads are merged by
``align.evaluate.merge_by_verse`` before scoring, as Bertalign's ``eval_bible.py`` does.
The numbers come from the pure ``align.evaluate``; this module only finds and reads files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from align.evaluate import AlignScore, bead_verse, merge_by_verse, score_beads, swap_sides
from corpus.errors import ConfigError, FormatError, InputError
from corpus.formats.beads import read_beads
from corpus.io import read_utf8_text
from corpus.types import Bead

VerseFiles = tuple[Path, Path]


def pair_files(gold: str | Path, test: str | Path) -> list[tuple[Path, Path]]:
    """(gold file, test file) per document, in gold file name order.

    Args:
        gold: a folder of ``NNN.align`` files, or one bead file.
        test: a folder holding ``NNN.align`` or ``NNN`` per gold file, or one bead file.

    Raises:
        InputError: a path is missing, the gold folder has no ``.align`` file, a folder is
            paired with a file, or test files are missing (all of them are listed).
    """
    gold, test = Path(gold), Path(test)
    for path in (gold, test):
        if not path.exists():
            raise InputError(path, "not found")
    if gold.is_file() and test.is_file():
        return [(gold, test)]
    if not (gold.is_dir() and test.is_dir()):
        raise InputError(test, f"give two folders or two files (gold {gold} is not the same kind)")
    pairs, missing = [], []
    for g in _gold_files(gold):
        found = [t for t in (test / g.name, test / g.stem) if t.is_file()]
        if found:
            pairs.append((g, found[0]))
        else:
            missing.append(g.stem)
    if missing:
        raise InputError(test, f"no test file for {', '.join(missing)} (expected NNN.align or NNN)")
    return pairs


def read_verses(path: str | Path) -> list[str]:
    """Verse ids of a ``*.verse`` file: line ``i`` is the verse of sentence ``i`` (e.g. Gen:1:2).

    Raises:
        InputError: the file is missing, unreadable or not UTF-8 text.
        FormatError: a blank line.
    """
    verses = [line.strip() for line in read_utf8_text(path, "verse file").splitlines()]
    for number, verse in enumerate(verses, start=1):
        if not verse:
            raise FormatError(path, "blank verse id", line=number)
    return verses


def find_verse_files(gold: str | Path) -> VerseFiles | None:
    """The Bible layout's verse files beside the gold folder, as (source, target), or None.

    Looks for ``*.verse`` files in the folder that holds ``gold`` (for a gold file: in the folder
    above its own). Which file is the source is read off the gold beads: the order under which
    more gold beads lie in one verse wins (``en.verse``, ``zh.verse`` for ``[en]:[zh]`` gold).

    Raises:
        ConfigError: other than two verse files, or the order cannot be told.
    """
    found = _oriented_verses(Path(gold), None)
    return found[0] if found else None


def _oriented_verses(gold: Path, gold_docs: list[list[Bead]] | None
                     ) -> tuple[VerseFiles, tuple[list[str], list[str]]] | None:
    """``find_verse_files`` and the two files' verse ids in that order (``gold_docs``: the gold
    beads when already read)."""
    home = gold.parent if gold.is_dir() else gold.parent.parent
    found = sorted(p for p in home.glob("*.verse") if p.is_file())
    if not found:
        return None
    if len(found) != 2:
        names = ", ".join(p.name for p in found)
        raise ConfigError(f"{home}: expected two verse files, found {names}; "
                          "pass the source and target verse files or turn verse merging off")
    a, b = found
    va, vb = read_verses(a), read_verses(b)
    if gold_docs is None:
        gold_docs = [read_beads(g) for g in _gold_files(gold)]
    ab, ba = _fit(gold_docs, va, vb), _fit(gold_docs, vb, va)
    if ab == ba:
        raise ConfigError(f"cannot tell which of {a.name} and {b.name} is the source side of "
                          "the gold beads; pass the source and target verse files")
    return ((a, b), (va, vb)) if ab > ba else ((b, a), (vb, va))


def _gold_files(gold: Path) -> list[Path]:
    """The gold file itself, or the ``*.align`` files of the gold folder in name order."""
    if not gold.is_dir():
        return [gold]
    files = sorted(p for p in gold.glob("*.align") if p.is_file())
    if not files:
        raise InputError(gold, "no gold '*.align' file in this folder")
    return files


def _fit(gold_docs: list[list[Bead]], src: list[str], tgt: list[str]) -> int:
    """Gold beads lying in one verse under this side order; -1 if an id has no verse."""
    try:
        return sum(bead_verse(b, src, tgt) is not None for doc in gold_docs for b in doc)
    except InputError:
        return -1


def evaluate_dirs(
    gold_dir: str | Path,
    test_dir: str | Path,
    *,
    verse_files: VerseFiles | Literal["auto"] | None = None,
    swap: bool = False,
) -> AlignScore:
    """Strict/lax scores of all test bead files against their gold files (micro average).

    Args:
        gold_dir: folder of gold ``NNN.align`` files (or one gold file).
        test_dir: folder of test files named like the gold ones (or one test file).
        verse_files: (source, target) verse files in gold side order to score verse-merged;
            ``"auto"`` finds them with ``find_verse_files`` (no merging if there are none);
            None never merges.
        swap: the test beads have the other side order than the gold; swap them first.

    Raises:
        InputError: missing or malformed files, or a sentence id without a verse.
        ConfigError: ``"auto"`` found verse files it cannot use.
    """
    pairs = pair_files(gold_dir, test_dir)
    gold_docs = [read_beads(gold_path) for gold_path, _ in pairs]
    verses = None
    if verse_files == "auto":
        found = _oriented_verses(Path(gold_dir), gold_docs)
        verses = found[1] if found else None
    elif verse_files is not None:
        verses = (read_verses(verse_files[0]), read_verses(verse_files[1]))
    test_docs = []
    for _, test_path in pairs:
        test = read_beads(test_path)
        if swap:
            test = swap_sides(test)
        test_docs.append(test if verses is None else _merged(test, verses, test_path))
    return score_beads(gold_docs, test_docs)


def _merged(beads: list[Bead], verses: tuple[list[str], list[str]], path: Path) -> list[Bead]:
    try:
        return merge_by_verse(beads, *verses)
    except InputError as exc:
        raise InputError(path, exc.reason) from None
