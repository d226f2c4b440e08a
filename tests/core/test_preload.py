"""pipeline.preload reads the lexicons and compiles the patterns the first text would read."""

from __future__ import annotations

import pytest

from deepseek_news import gender, pipeline
from deepseek_news.crosslingual import _french, _langid, _lexicon
from deepseek_news.pipeline.entities import attributes, patterns


def test_preload_fills_the_first_call_caches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_lexicon, "_lexicon", None)
    monkeypatch.setattr(_french, "_table", None)
    for cached in (
        _langid._function_words,
        _langid._english_vocabulary,
        gender._detector,
        attributes._role_patterns,
        patterns._ends_with_reversed,
    ):
        cached.cache_clear()
    pipeline.preload()
    assert _lexicon._lexicon is not None
    assert _french._table is not None
    filled = [
        _langid._function_words.cache_info().currsize,
        _langid._english_vocabulary.cache_info().currsize,
        gender._detector.cache_info().currsize,
        attributes._role_patterns.cache_info().currsize,
    ]
    assert filled == [1, 1, 1, 1]
    assert patterns._ends_with_reversed.cache_info().currsize == 7
