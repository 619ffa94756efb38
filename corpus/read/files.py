"""Loading a user's input file as bytes, with every OS failure turned into an InputError."""

from __future__ import annotations

import errno
from pathlib import Path

from corpus.errors import InputError


def check_file(path: Path) -> None:
    """Raise InputError unless ``path`` names an existing regular file (not a folder)."""
    if path.is_dir():
        raise InputError(path, "is a directory, not a file")
    if not path.exists():
        raise InputError(path, "no such file")


def load_bytes(path: Path) -> bytes:
    """Return the content of ``path``.

    Raises:
        InputError: the path is missing, a directory, unreadable (permissions) or fails to read.
    """
    check_file(path)
    try:
        return path.read_bytes()
    except PermissionError:
        raise InputError(path, "permission denied (file is not readable)") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory, not a file") from None
    except OSError as exc:
        if exc.errno == errno.ENOENT:
            raise InputError(path, "no such file") from None
        raise InputError(path, f"cannot read file ({exc.strerror or exc})") from None
