"""Optional neural backend: a local sentence-transformers model or any encoder.

Nothing is downloaded: a model path is loaded with ``HF_HUB_OFFLINE=1``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np
from numpy.typing import NDArray


class Encoder(Protocol):
    def encode(self, sentences: list[str]) -> Any: ...


_loaded: dict[str, Encoder] = {}


def resolve(backend: object) -> Encoder:
    """An encoder from a local model path or an object with ``encode``."""
    if not isinstance(backend, str | bytes | os.PathLike) and hasattr(backend, "encode"):
        return backend
    if isinstance(backend, str | os.PathLike):
        path = os.fspath(backend)
        if path not in _loaded:
            if not os.path.exists(path):
                raise FileNotFoundError(
                    f"backend {path!r} is not a local model directory; deepseek_news never downloads models"
                )
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            try:
                from sentence_transformers import SentenceTransformer
            except ImportError as exc:  # pragma: no cover - depends on the environment
                raise ImportError(
                    "a model path as backend needs sentence-transformers: pip install 'deepseek-news[neural]'"
                ) from exc
            _loaded[path] = SentenceTransformer(path, local_files_only=True)
        return _loaded[path]
    raise TypeError(
        f"backend must be a local model path or an object with encode(), got {type(backend).__name__}"
    )


def cosine_scores(encoder: Encoder, fr: Sequence[str], en: Sequence[str]) -> NDArray[np.float32]:
    """Cosine similarities clipped to [0, 1], French × English."""
    a = np.asarray(encoder.encode(list(fr)), dtype=np.float32).reshape(len(fr), -1)
    b = np.asarray(encoder.encode(list(en)), dtype=np.float32).reshape(len(en), -1)
    a /= np.maximum(np.linalg.norm(a, axis=1, keepdims=True), 1e-12)
    b /= np.maximum(np.linalg.norm(b, axis=1, keepdims=True), 1e-12)
    out: NDArray[np.float32] = np.clip(a @ b.T, 0.0, 1.0).astype(np.float32)
    return out
