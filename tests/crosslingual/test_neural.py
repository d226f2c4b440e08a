"""The neural backend's plumbing, with a fake encoder (no model weights)."""

from __future__ import annotations

import numpy as np
import pytest

from deepseek_news import match


class BagOfLetters:
    """A stand-in encoder: letter counts, so that similar spellings are close."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def encode(self, sentences: list[str]) -> np.ndarray:
        self.calls.append(list(sentences))
        out = np.zeros((len(sentences), 26), dtype=np.float32)
        for i, s in enumerate(sentences):
            for ch in s.lower():
                if "a" <= ch <= "z":
                    out[i, ord(ch) - 97] += 1
        return out


def test_encoder_object_backend() -> None:
    enc = BagOfLetters()
    ms = match(["zzz yyy"], ["aaa bbb", "zzz yyy"], backend=enc, threshold=0.0)
    assert [(m.fr_index, m.en_index) for m in ms] == [(0, 1)]
    assert ms[0].score == pytest.approx(1.0)
    assert ms[0].evidence == []
    assert enc.calls == [["zzz yyy"], ["aaa bbb", "zzz yyy"]]


def test_default_neural_threshold_filters() -> None:
    assert match(["zzz"], ["aaa"], backend=BagOfLetters()) == []


def test_missing_model_path_is_not_downloaded(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(FileNotFoundError):
        match(["a"], ["b"], backend=str(tmp_path / "no-such-model"))


def test_bad_backend_type() -> None:
    with pytest.raises(TypeError):
        match(["a"], ["b"], backend=42)
