"""The ``st:NAME_OR_PATH`` embedder: any sentence-transformers model found locally.

For LaBSE, paraphrase-multilingual-* or your own fine-tuned model. Needs the optional extra
(``pip install torch==2.13.0`` first for the CPU build, then ``pip install 'zhenkit[st]'``).
The hub is switched to offline mode before ``sentence_transformers`` is imported and models load
with ``local_files_only``, so nothing ever touches the network.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Sequence
from typing import Any

import numpy as np

from align.embed.base import l2_normalise
from align.embed.st_resolve import model_fingerprint, resolve_model_path
from corpus.errors import ConfigError
from corpus.signature import package_version
from corpus.system import usable_cores

INSTALL_HINT = ("pip install torch==2.13.0 (the CPU build; plain 'torch' pulls a multi-GB CUDA "
                "build), then pip install 'zhenkit[st]'")
_OFFLINE_ENV = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1",
                "HF_HUB_DISABLE_TELEMETRY": "1", "HF_HUB_DISABLE_PROGRESS_BARS": "1",
                "TRANSFORMERS_VERBOSITY": "error", "TOKENIZERS_PARALLELISM": "false"}


def require_st() -> None:
    """Raise ConfigError with the install hint unless torch and sentence-transformers exist."""
    for module in ("torch", "sentence_transformers"):
        if importlib.util.find_spec(module) is None:
            raise ConfigError(f"embedder 'st' needs the {module} package: {INSTALL_HINT}")


class SentenceTransformerEmbedder:
    """A local sentence-transformers model (``Embedder`` protocol).

    Args:
        model: folder, installed model package, or model in the local HF cache.
        device: torch device (default ``cpu``).
        batch_size: texts per forward pass.
        threads: torch CPU threads (default: all usable cores).
    """

    name = "st"

    def __init__(self, model: str, device: str = "cpu", batch_size: int = 64,
                 threads: int | None = None):
        require_st()
        self.model_name = model
        self.model_path = resolve_model_path(model)
        self.device = device
        self.batch_size = int(batch_size)
        self.threads = int(threads) if threads else usable_cores()
        if self.batch_size < 1 or self.threads < 1:
            raise ConfigError("embedder 'st': batch_size and threads must be positive")
        self._model: Any = None

    def signature(self) -> str:
        """E.g. ``st-model-1a2b3c4d+sentence-transformers-6.2.0`` (folder name + file digest)."""
        label = self.model_path.name if self.model_path.name != "model" else self.model_name
        fp = model_fingerprint(self.model_path)
        return f"st-{label}-{fp}+sentence-transformers-{package_version('sentence-transformers')}"

    def _load(self) -> Any:
        if self._model is None:
            os.environ.update(_OFFLINE_ENV)
            import torch
            from sentence_transformers import SentenceTransformer

            torch.set_num_threads(self.threads)
            try:
                self._model = SentenceTransformer(
                    str(self.model_path), device=self.device, local_files_only=True)
            except (OSError, ValueError) as exc:
                raise ConfigError(f"cannot load st model {self.model_name!r}: {exc}") from None
        return self._model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embed ``texts`` -> (n, d) float32 unit rows; blank texts give zero rows."""
        model = self._load()
        texts = list(texts)
        get_dim = getattr(model, "get_embedding_dimension", None)  # renamed in v6
        dim = int(get_dim() if get_dim else model.get_sentence_embedding_dimension())
        out = np.zeros((len(texts), dim), dtype=np.float32)
        keep = [i for i, t in enumerate(texts) if t.strip()]
        if keep:
            vecs = model.encode([texts[i] for i in keep], batch_size=self.batch_size,
                                convert_to_numpy=True, show_progress_bar=False)
            out[keep] = l2_normalise(vecs)
        return out
