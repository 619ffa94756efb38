"""JSON and TSV reports: the JSON contract (validated with jsonschema) and the fixed TSV columns."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from align.check.suppress import fingerprint
from align.report.json import write_json
from align.report.meta import ReportMeta
from align.report.tsv import format_spans, parse_spans, write_tsv
from align.report.write import write_reports
from corpus.formats.escape import unescape
from corpus.types import Finding
from tests.align.report_cases import FINDINGS, META

SPAN_LIST = {"type": "array", "items": {"type": "array", "items": {"type": "integer", "minimum": 0},
                                        "minItems": 2, "maxItems": 2}}
#: The contract of the issue: a list of objects with (at least) these six keys.
SCHEMA = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["row", "check", "severity", "zh", "en", "message"],
        "properties": {
            "row": {"type": "integer", "minimum": 0},
            "check": {"type": "string", "pattern": "^[a-z][a-z0-9-]*$"},
            "severity": {"enum": ["error", "warning", "info"]},
            "zh": {"type": "string"},
            "en": {"type": "string"},
            "message": {"type": "string", "minLength": 1},
            "rule": {"type": "string"},
            "zh_spans": SPAN_LIST,
            "en_spans": SPAN_LIST,
            "fingerprint": {"type": "string", "pattern": "^[0-9a-f]{16}$"},
        },
    },
}
TSV_COLUMNS = ["row", "check", "severity", "zh", "en", "message", "rule", "zh_spans", "en_spans",
               "fingerprint"]
TRICKY = Finding(2, "untranslated", "warning", "tab\there, newline\nthere, back\\slash",
                 "甲\t乙", "A\nB", ((0, 1),), ((0, 1), (2, 3)), "")


def test_json_matches_schema_and_findings(tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    data = json.loads(write_json(tmp_path / "f.json", [*FINDINGS, TRICKY]).read_text("utf-8"))
    jsonschema.validate(data, SCHEMA)
    assert [(d["row"], d["check"], d["message"]) for d in data] == [
        (f.row, f.check, f.message) for f in [*FINDINGS, TRICKY]]
    assert data[0]["zh_spans"] == [[3, 8]] and data[-1]["en"] == "A\nB"
    assert data[0]["fingerprint"] == fingerprint(FINDINGS[0])


@pytest.mark.parametrize("bad", [
    {"row": -1}, {"severity": "fatal"}, {"check": ""}, {"zh_spans": [[1]]}, {"message": ""},
])
def test_schema_rejects_broken_objects(bad: dict) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    good = {"row": 0, "check": "typography", "severity": "info", "zh": "", "en": "", "message": "m"}
    jsonschema.validate([good], SCHEMA)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate([{**good, **bad}], SCHEMA)


def test_empty_json_is_an_empty_list(tmp_path: Path) -> None:
    assert json.loads(write_json(tmp_path / "e.json", []).read_text("utf-8")) == []


def test_tsv_fixed_columns_and_escaped_cells(tmp_path: Path) -> None:
    path = write_tsv(tmp_path / "f.tsv", [*FINDINGS, TRICKY], "zhenkit 0.1.0|check:x")
    lines = path.read_text("utf-8").split("\n")
    assert lines[0] == "# zhenkit 0.1.0|check:x" and lines[1].split("\t") == TSV_COLUMNS
    rows = [dict(zip(TSV_COLUMNS, line.split("\t"))) for line in lines[2:] if line]
    assert len(rows) == len(FINDINGS) + 1
    assert all(len(line.split("\t")) == len(TSV_COLUMNS) for line in lines[2:] if line)
    last = rows[-1]
    assert unescape(last["zh"]) == "甲\t乙" and unescape(last["message"]) == TRICKY.message
    assert parse_spans(last["en_spans"]) == TRICKY.en_spans
    assert [int(r["row"]) for r in rows] == [f.row for f in [*FINDINGS, TRICKY]]


@pytest.mark.parametrize(("spans", "cell"), [((), ""), (((3, 7),), "3-7"),
                                             (((0, 1), (12, 14)), "0-1,12-14")])
def test_span_cells_round_trip(spans: tuple, cell: str) -> None:
    assert format_spans(spans) == cell and parse_spans(cell) == spans


def test_write_reports_writes_only_what_was_asked(tmp_path: Path) -> None:
    assert write_reports(FINDINGS, ReportMeta()) == []
    written = write_reports(FINDINGS, META, html=tmp_path / "r.html", tsv=tmp_path / "r.tsv")
    assert written == [tmp_path / "r.html", tmp_path / "r.tsv"]
    assert not (tmp_path / "r.json").exists()
