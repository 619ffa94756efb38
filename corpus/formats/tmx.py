"""TMX 1.4b translation memories (zh-CN ↔ en), validated against the LISA DTD in tests.

Writing: one ``tu`` per pair with ``tuv xml:lang="zh-CN"`` and ``"en"``; sentence ids and the score go
into ``prop`` elements (``x-zh-ids``, ``x-en-ids``, ``x-score``), the run signature into a header
``prop type="x-signature"``. Reading: any TMX; the Chinese variant is the ``tuv`` whose language
starts with ``zh``, the English one ``en``; inline markup inside ``seg`` is flattened to its text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path

from corpus.errors import FormatError
from corpus.formats.base import PairFormat
from corpus.formats.tsv_pairs import format_ids
from corpus.formats.xml import parse_xml
from corpus.io import atomic_write
from corpus.signature import package_version
from corpus.types import SentencePair

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ZH_LANG = "zh-CN"
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


CODE_TAGS = frozenset({"bpt", "ept", "ph", "it", "ut"})


def seg_text(elem) -> str:
    """Text of a ``seg`` without the native codes inside bpt/ept/ph/it/ut (tails are kept)."""
    parts = [elem.text or ""]
    for child in elem:
        if child.tag not in CODE_TAGS:
            parts.append(seg_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _ids(value: str | None) -> tuple[int, ...]:
    return tuple(int(x) for x in value.split(",") if x.strip()) if value else ()


class Tmx(PairFormat):
    """TMX 1.4b with zh-CN and en variants."""

    name = "tmx"
    extensions = (".tmx",)

    def read(self, path: str | Path) -> list[SentencePair]:
        root = parse_xml(path)
        if root.tag != "tmx":
            raise FormatError(path, f"root element is <{root.tag}>, not <tmx>", root.sourceline)
        return [self._tu(path, tu) for tu in root.iter("tu")]

    def _tu(self, path: str | Path, tu) -> SentencePair:
        texts: dict[str, str] = {}
        for tuv in tu.iter("tuv"):
            lang = (tuv.get(XML_LANG) or tuv.get("lang") or "").lower()
            seg = tuv.find("seg")
            if seg is not None and lang[:2] in ("zh", "en"):
                texts.setdefault(lang[:2], seg_text(seg))
        if "zh" not in texts or "en" not in texts:
            raise FormatError(path, "translation unit lacks a zh or an en variant", tu.sourceline)
        props = {p.get("type"): (p.text or "") for p in tu.findall("prop")}
        try:
            score = float(props["x-score"]) if props.get("x-score") else None
            ids = _ids(props.get("x-zh-ids")), _ids(props.get("x-en-ids"))
        except ValueError:
            raise FormatError(path, "bad x-score or x-*-ids property", tu.sourceline) from None
        return SentencePair(texts["zh"], texts["en"], ids[0], ids[1], score)

    def write(self, path: str | Path, pairs: Iterable[SentencePair], signature: str = "") -> int:
        from lxml import etree

        root = etree.Element("tmx", version="1.4")
        header = etree.SubElement(root, "header", self._header_attrs())
        if signature:
            etree.SubElement(header, "prop", type="x-signature").text = signature
        body = etree.SubElement(root, "body")
        n = 0
        for n, pair in enumerate(pairs, start=1):
            self._write_tu(body, n, pair)
        data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True,
                              doctype='<!DOCTYPE tmx SYSTEM "tmx14.dtd">')
        with atomic_write(path, "wb") as fh:
            fh.write(data)
        return n

    @staticmethod
    def _header_attrs() -> dict[str, str]:
        now = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        return {"creationtool": "zhenkit", "creationtoolversion": package_version("zhenkit"),
                "segtype": "sentence", "o-tmf": "zhenkit", "adminlang": "en",
                "srclang": ZH_LANG, "datatype": "plaintext", "creationdate": now}

    @staticmethod
    def _write_tu(body, n: int, pair: SentencePair) -> None:
        from lxml import etree

        tu = etree.SubElement(body, "tu", tuid=str(n), srclang=ZH_LANG)
        for key, value in (("x-zh-ids", format_ids(pair.zh_ids)), ("x-en-ids", format_ids(pair.en_ids)),
                           ("x-score", "" if pair.score is None else f"{pair.score:.4f}")):
            if value:
                etree.SubElement(tu, "prop", type=key).text = value
        for lang, text in ((ZH_LANG, pair.zh), ("en", pair.en)):
            tuv = etree.SubElement(tu, "tuv", {XML_LANG: lang})
            etree.SubElement(tuv, "seg").text = _xml_safe(text)

    def read_signature(self, path: str | Path) -> str:
        root = parse_xml(path)
        prop = root.find("header/prop[@type='x-signature']")
        return (prop.text or "") if prop is not None else ""


def _xml_safe(text: str) -> str:
    """Drop characters XML 1.0 cannot carry (control characters other than tab/newline)."""
    return _XML_BAD.sub("", text)
