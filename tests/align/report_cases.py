"""Hand-made findings shared by the report tests (no check runs: the reports alone are tested)."""

from __future__ import annotations

from align.report.meta import ReportMeta
from corpus.types import Finding

XSS_ZH = '他写道：<script>alert("x")</script>。'
XSS_EN = 'He wrote: <img src=x onerror="alert(1)"> & more.'

FINDINGS = [
    Finding(1, "number-mismatch", "error", "1958 in the English is missing from the Chinese",
            "美国于1957年部署了核武器。", "The US deployed nuclear weapons in 1958.",
            ((3, 8),), ((35, 39),), ""),
    Finding(1, "typography", "warning", "ASCII comma", "美国于1957年部署了核武器。",
            "The US deployed nuclear weapons in 1958.", ((4, 6),), (), "ascii-punct"),
    Finding(4, "untranslated", "error", 'message with <b>markup</b> & "quotes"', XSS_ZH, XSS_EN,
            ((5, 13),), ((10, 15),), "latin-script"),
    Finding(7, "typography", "info", "unbalanced quote", "他说：“威慑必须可信。", "He said: deterrence.",
            ((3, 4),), (), "unbalanced-quote"),
]

META = ReportMeta(title="test report", source="pairs <test>.tsv", signature="zhenkit 0.1.0|check:x",
                  input_signature="zhenkit 0.1.0|align:test", rows=9, monolingual=False,
                  checks=("length-ratio", "number-mismatch", "typography", "untranslated"),
                  descriptions={"typography": "Punctuation slips"}, suppressed=2,
                  labels=("",) * 4 + ("line 12",))
