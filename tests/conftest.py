"""Shared fixtures: one Extractor (one spaCy model) for the whole test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def extractor():  # type: ignore[no-untyped-def]
    from deepseek_news import Extractor

    ex = Extractor()
    ex.nlp  # noqa: B018  load once
    return ex


@pytest.fixture(scope="session")
def nlp(extractor):  # type: ignore[no-untyped-def]
    return extractor.nlp
