"""Facts about the machine this process runs on."""

from __future__ import annotations

import os


def usable_cores() -> int:
    """Number of CPU cores this process may run on (its affinity mask where the OS has one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)
