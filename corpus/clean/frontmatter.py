"""YAML-style front matter (``---`` … ``---`` at the very top of a markdown file).

Only the simple subset that blog/WeChat exports use is read: ``key: value`` lines, inline lists
``[a, b]`` and ``- item`` lists under a key. Anything else means the block is not front matter and
the text is left alone.
"""

from __future__ import annotations

import re

from corpus.tracked import TrackedText

from .base import Notes

FRONT_MATTER_RX = re.compile(r"\A---[ ]*\n(?:(.*?)\n)?(?:---|\.\.\.)[ ]*(?:\n|\Z)", re.S)
_KEY_RX = re.compile(r"^([A-Za-z_][\w-]*)[ ]*:[ ]?(.*)$")
_ITEM_RX = re.compile(r"^[ ]+-[ ]*(.*)$|^-[ ]+(.*)$")
MAX_LINES = 200


def _scalar(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    if value.startswith("[") and value.endswith("]"):
        value = ", ".join(_scalar(v) for v in value[1:-1].split(",") if v.strip())
    return value.strip()


def parse_front_matter(text: str) -> tuple[dict[str, str], int] | None:
    """Parse front matter at the start of ``text``.

    Returns:
        (fields, end) where ``fields`` maps lower-cased keys to values (lists joined with ", ",
        empty values skipped) and ``end`` is the offset just past the closing line; ``None`` when
        ``text`` does not start with well-formed front matter.
    """
    m = FRONT_MATTER_RX.match(text)
    if m is None:
        return None
    lines = m.group(1).split("\n") if m.group(1) else []
    if len(lines) > MAX_LINES:
        return None
    fields: dict[str, list[str]] = {}
    key = ""
    for line in lines:
        if not line.strip():
            continue
        km, im = _KEY_RX.match(line), _ITEM_RX.match(line)
        if km:
            key = km.group(1).lower()
            fields[key] = [_scalar(km.group(2))]
        elif im and key:
            fields[key].append(_scalar(im.group(1) or im.group(2) or ""))
        else:
            return None
    meta = {k: ", ".join(v for v in vals if v) for k, vals in fields.items()}
    return {k: v for k, v in meta.items() if v}, m.end()


def strip_front_matter(tt: TrackedText, notes: Notes) -> TrackedText:
    """Parse front matter into ``notes.meta`` (title, date, author, tags…) and remove it."""
    parsed = parse_front_matter(tt.text)
    if parsed is None:
        return tt
    fields, end = parsed
    for key, value in fields.items():
        notes.set_meta(key, value)
    notes.remove("front_matter", "meta", tt, 0, end)
    return tt.slice(end, len(tt.text))
