"""Fixtures of the command-line tests."""

from __future__ import annotations

from typing import Any

import pytest

from deepseek_news import api


@pytest.fixture
def use_session_model(extractor: api.Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the command's Extractor share the session's loaded model."""
    real = api.Extractor

    def factory(**kwargs: Any) -> api.Extractor:
        kwargs.pop("model", None)
        return real(nlp=extractor.nlp, **kwargs)

    monkeypatch.setattr(api, "Extractor", factory)
