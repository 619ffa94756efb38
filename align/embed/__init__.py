"""Sentence embedders: protocol, registry, overlap windows and the on-disk cache.

Importing this package is cheap: backends (and numpy-heavy or torch models) load on first use.
"""

from align.embed.base import Embedder, WindowEmbedder, l2_normalise
from align.embed.cache import EmbeddingCache
from align.embed.cached import CachedEmbedder
from align.embed.registry import DEFAULT_EMBEDDER, EMBEDDERS, embedder_names, get_embedder
from align.embed.windows import encode_windows, join_window

__all__ = [
    "CachedEmbedder",
    "DEFAULT_EMBEDDER",
    "EMBEDDERS",
    "Embedder",
    "EmbeddingCache",
    "WindowEmbedder",
    "embedder_names",
    "encode_windows",
    "get_embedder",
    "join_window",
    "l2_normalise",
]
