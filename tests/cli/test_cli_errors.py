"""What a user who makes a mistake sees: one line on standard error and the documented exit code."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from deepseek_news.api import ModelLoadError, ModelNotFoundError
from deepseek_news.batch import iter_records
from deepseek_news.io import Source

ARTICLE = "« Nous ouvrirons une usine à Lyon », a déclaré Claire Martin, présidente de Solvéo.\n"


def _run(*argv: str, cwd: Path | None = None, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "deepseek_news.cli", *argv],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        input=stdin,
    )


# --- a model that cannot load ends the run ---------------------------------------------------


class _Retried(BaseException):
    """Raised when the runner asks again for records after the model failed to load."""


class _NoModel:
    def __init__(self) -> None:
        self.calls = 0

    def extract_many(self, texts: Any, **kwargs: Any) -> Iterator[Any]:
        self.calls += 1
        if self.calls > 1:
            raise _Retried
        raise ModelNotFoundError("The spaCy model 'fr_modele_absent' is not installed.")
        yield  # a generator, like Extractor.extract_many

    def extract(self, text: str, **kwargs: Any) -> Any:
        raise _Retried


def test_iter_records_raises_when_the_model_cannot_load() -> None:
    sources = [Source(f"d{i}", "-", "inline", text="Bonjour.") for i in range(3)]
    extractor = _NoModel()
    with pytest.raises(ModelNotFoundError, match="fr_modele_absent"):
        list(iter_records(sources, extractor))  # type: ignore[arg-type]
    assert extractor.calls == 1


def test_model_not_found_is_a_model_load_error() -> None:
    assert issubclass(ModelNotFoundError, ModelLoadError)
    assert issubclass(ModelNotFoundError, OSError)


@pytest.mark.slow
@pytest.mark.parametrize("extra", [[], ["-j", "2"]])
def test_extract_with_a_missing_model_exits_2_at_once(tmp_path: Path, extra: list[str]) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    done = _run("extract", str(tmp_path / "a.txt"), "-o", str(out), "--model", "fr_modele_absent", *extra)
    assert done.returncode == 2
    assert done.stderr == (
        "deepseek-news: error: The spaCy model 'fr_modele_absent' is not installed. Check the name, "
        "or install it with `pip install fr_modele_absent` "
        "(or `python -m spacy download fr_modele_absent`).\n"
    )
    assert done.stdout == ""
