"""JSON Lines pairs: one object per line with keys ``zh``, ``en``, ``zh_ids``, ``en_ids``, ``score``.

A first line ``{"signature": "..."}`` records how the file was made.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from corpus.errors import FormatError
from corpus.formats.base import PairFormat
from corpus.formats.tsv_pairs import read_lines
from corpus.io import atomic_write
from corpus.types import SentencePair


class JsonlPairs(PairFormat):
    name = "jsonl"
    extensions = (".jsonl", ".ndjson")

    def read(self, path: str | Path) -> list[SentencePair]:
        out = []
        for no, line in enumerate(read_lines(path), start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise FormatError(path, f"bad JSON: {exc.msg}", no) from None
            if not isinstance(obj, dict):
                raise FormatError(path, "each line must be a JSON object", no)
            if "signature" in obj and "zh" not in obj:
                continue
            out.append(self._pair(path, no, obj))
        return out

    @staticmethod
    def _pair(path: str | Path, no: int, obj: dict) -> SentencePair:
        try:
            return SentencePair(str(obj["zh"]), str(obj["en"]),
                                tuple(int(i) for i in obj.get("zh_ids", ())),
                                tuple(int(i) for i in obj.get("en_ids", ())),
                                None if obj.get("score") is None else float(obj["score"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise FormatError(path, f"bad pair object ({exc})", no) from None

    def write(self, path: str | Path, pairs: Iterable[SentencePair], signature: str = "") -> int:
        n = 0
        with atomic_write(path) as fh:
            if signature:
                fh.write(json.dumps({"signature": signature}, ensure_ascii=False) + "\n")
            for p in pairs:
                obj = {"zh": p.zh, "en": p.en, "zh_ids": list(p.zh_ids), "en_ids": list(p.en_ids),
                       "score": p.score}
                fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
                n += 1
        return n

    def read_signature(self, path: str | Path) -> str:
        for line in read_lines(path)[:1]:
            try:
                return str(json.loads(line).get("signature", ""))
            except (json.JSONDecodeError, AttributeError):
                return ""
        return ""
