"""A small named registry for pluggable parts (formats, embedders, checks, aligners).

Entries are registered either as objects/factories or lazily as ``"module:attr"`` strings, so
optional heavy dependencies are imported only when a user asks for that entry.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

from corpus.errors import ConfigError

T = TypeVar("T")


class Registry(Generic[T]):
    """Maps names to implementations; unknown names raise ConfigError listing valid ones."""

    def __init__(self, kind: str):
        self.kind = kind
        self._items: dict[str, T | str] = {}

    def register(self, name: str, obj: T | str | None = None) -> Callable[[T], T] | None:
        """Register ``obj`` under ``name``; without ``obj`` works as a decorator."""
        if obj is not None:
            self._add(name, obj)
            return None

        def deco(target: T) -> T:
            self._add(name, target)
            return target

        return deco

    def _add(self, name: str, obj: T | str) -> None:
        if name in self._items:
            raise ConfigError(f"{self.kind} {name!r} is registered twice")
        self._items[name] = obj

    def get(self, name: str) -> T:
        """Return the implementation registered as ``name`` (importing it if lazy)."""
        try:
            obj = self._items[name]
        except KeyError:
            valid = ", ".join(self.names()) or "(none)"
            raise ConfigError(f"unknown {self.kind} {name!r}; valid names: {valid}") from None
        if isinstance(obj, str):
            module, _, attr = obj.partition(":")
            obj = getattr(importlib.import_module(module), attr)
            self._items[name] = obj
        return obj  # type: ignore[return-value]

    def names(self) -> list[str]:
        """All registered names, sorted."""
        return sorted(self._items)

    def __contains__(self, name: object) -> bool:
        return name in self._items

    def __iter__(self) -> Iterator[str]:
        return iter(self.names())
