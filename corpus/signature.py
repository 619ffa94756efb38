"""Run signatures: every output records how it was made (sacrebleu style).

Example: ``zhenkit 0.1.0|seg:jieba-0.42.1|emb:usem3|align:dp-max5``.
"""

from __future__ import annotations

from functools import cache
from importlib import metadata

SIGNATURE_PREFIX = "# "


@cache
def package_version(dist: str) -> str:
    """Installed version of distribution ``dist`` or ``"unknown"``."""
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "unknown"


def make_signature(*parts: str, **named: str) -> str:
    """Join ``zhenkit VERSION`` with ``key:value`` parts in the given order."""
    items = [f"zhenkit {package_version('zhenkit')}", *[p for p in parts if p]]
    items += [f"{k}:{v}" for k, v in named.items() if v]
    return "|".join(items)


def is_signature_line(line: str) -> bool:
    """True for a ``# zhenkit ...`` comment line that starts a zhenkit file."""
    return line.startswith("#")
