"""Shared CLI helpers: language choice, signature echo."""

from __future__ import annotations

import sys
from enum import Enum


class LangChoice(str, Enum):
    auto = "auto"
    zh = "zh"
    en = "en"


def echo_signature(signature: str) -> None:
    """Print the run signature to stderr (stdout may carry data)."""
    print(f"signature: {signature}", file=sys.stderr)
