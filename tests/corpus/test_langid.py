"""detect_language: seed sample, benchmark lines (Bible en/zh, Text+Berg de/fr), edge cases."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from corpus.langid import SAMPLE_CHARS, detect_language

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "corpus" / "data" / "samples" / "000_9089bd46b2be49ef.txt"
DATA = ROOT / "tests" / "data" / "read"
BENCH = ROOT.parent / "shared" / "bench"  # read-only shared data beside the checkout

needs_bench = pytest.mark.skipif(not BENCH.is_dir(), reason=f"benchmark data not found at {BENCH}")


def _bench(rel: str, start: int, stop: int) -> str:
    lines = (BENCH / rel).read_text(encoding="utf-8").splitlines()
    return "\n".join(lines[start:stop])


TEXT_CASES = [
    (lambda: SEED.read_text(encoding="utf-8"), "zh"),
    (lambda: (DATA / "zh_simplified.txt").read_text(encoding="utf-8"), "zh"),
    (lambda: (DATA / "zh_traditional.txt").read_text(encoding="utf-8"), "zh"),
    (lambda: (DATA / "de.txt").read_text(encoding="utf-8"), "de"),
    (lambda: (DATA / "fr.txt").read_text(encoding="utf-8"), "fr"),
    (lambda: "", "und"),
    (lambda: "   \n\t", "und"),
    (lambda: "1950 — 2017, 651-684. §§ 3.1 → 4.2 !!!", "und"),
    (lambda: "Nuclear Deterrence Theory", "und"),
    (lambda: "威慑", "zh"),
    (lambda: "美国的 extended deterrence 与 nuclear umbrella 政策", "zh"),
    (lambda: "The term 威慑 (deterrence) is central to the theory of the nuclear age.", "en"),
    (
        lambda: "Die Abschreckung ist nicht nur eine Frage der Waffen, sondern auch der Politik.",
        "de",
    ),
    (lambda: "La dissuasion est une question politique qui dépend de la crédibilité.", "fr"),
]


@pytest.mark.parametrize(("make", "expected"), TEXT_CASES)
def test_detect_language(make, expected):
    assert detect_language(make()) == expected


BENCH_CASES = [
    ("bible-enzh/en/001", 0, 20, "en"),
    ("bible-enzh/en/001", 3000, 3003, "en"),
    ("bible-enzh/zh/001", 0, 20, "zh"),
    ("bible-enzh/zh/001", 5000, 5002, "zh"),
    ("textberg-defr/de/001", 0, 30, "de"),
    ("textberg-defr/de/004", 100, 110, "de"),
    ("textberg-defr/fr/001", 0, 30, "fr"),
    ("textberg-defr/fr/004", 100, 110, "fr"),
]


@needs_bench
@pytest.mark.parametrize(("rel", "start", "stop", "expected"), BENCH_CASES)
def test_benchmark_lines(rel, start, stop, expected):
    assert detect_language(_bench(rel, start, stop)) == expected


@needs_bench
@pytest.mark.parametrize(
    ("rel", "expected"), [("textberg-defr/de/002", "de"), ("textberg-defr/fr/002", "fr")]
)
def test_five_line_chunks_are_mostly_right(rel, expected):
    lines = (BENCH / rel).read_text(encoding="utf-8").splitlines()
    chunks = ["\n".join(lines[i : i + 5]) for i in range(0, len(lines), 5)]
    right = sum(detect_language(chunk) == expected for chunk in chunks)
    assert right >= 0.95 * len(chunks)


LONG_FRONT_MATTER = "The U.S. nuclear umbrella over South Korea and the theory of deterrence. "


@pytest.mark.parametrize(
    ("english", "chinese", "expected"),
    [
        (5, 5, "zh"),  # about as many Latin letters as Han characters: a Chinese document
        (5, 1, "en"),  # a few Chinese lines inside English prose
        (0, 1, "zh"),
        (1, 0, "en"),
    ],
)
def test_english_fragments_in_chinese(english, chinese, expected):
    zh = (DATA / "zh_simplified.txt").read_text(encoding="utf-8")
    assert detect_language(LONG_FRONT_MATTER * english + zh * chinese) == expected


def test_large_text_is_sampled_and_fast():
    text = ("The theory of extended deterrence was developed for the alliance. " * 200_000) + "威慑"
    assert len(text) > 200 * SAMPLE_CHARS
    start = time.perf_counter()
    assert detect_language(text) == "en"
    assert time.perf_counter() - start < 0.5
