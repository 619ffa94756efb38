"""Exception hierarchy: every error a user can cause is a ZhenkitError.

The CLI turns any ZhenkitError into one line on stderr and exit code 2.
"""

from __future__ import annotations

from pathlib import Path


class ZhenkitError(Exception):
    """Base class of all errors zhenkit raises on purpose."""


class InputError(ZhenkitError):
    """A user input (file or text) cannot be used.

    Args:
        path: the offending file (or None for in-memory input).
        reason: what is wrong, in words a user understands.
        line: 1-based line number, when known.
    """

    def __init__(self, path: str | Path | None, reason: str, line: int | None = None):
        self.path = str(path) if path is not None else None
        self.reason = reason
        self.line = line
        super().__init__(self.format())

    def format(self) -> str:
        where = self.path or "<input>"
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.reason}"


class FormatError(InputError):
    """A file is readable but does not follow its declared format."""


class ConfigError(ZhenkitError):
    """An unknown backend name, a bad option value or a missing optional extra."""
