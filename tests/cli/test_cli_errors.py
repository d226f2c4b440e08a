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


# --- usage errors: one line, exit status 2, nothing done -------------------------------------


def _usage_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    from deepseek_news.cli import main

    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    return captured.err


def test_output_in_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    for command in ("extract", "show"):
        out = "/nonexistent_dir/x.out"
        err = _usage_error([command, str(tmp_path / "a.txt"), "-o", out], capsys)
        assert err == (
            "deepseek-news: error: cannot write '/nonexistent_dir/x.out': no such folder '/nonexistent_dir'\n"
        )


def test_show_with_a_missing_model(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    err = _usage_error(["show", str(tmp_path / "a.txt"), "--model", "fr_modele_absent"], capsys)
    assert err.startswith("deepseek-news: error: The spaCy model 'fr_modele_absent' is not installed.")
    assert err.count("\n") == 1


BAD_INT = "invalid int value: 'x'"
ARGPARSE_ERRORS = [
    (["extract"], "deepseek-news extract: error: the following arguments are required: PATH"),
    (
        ["extract", ".", "-j", "x"],
        "deepseek-news extract: error: argument -j/--n-process: invalid int value: 'x'",
    ),
    (["show"], "deepseek-news show: error: the following arguments are required: ARTICLE"),
    ([], "deepseek-news: error: the following arguments are required: COMMAND"),
]


@pytest.mark.parametrize(("argv", "message"), ARGPARSE_ERRORS)
def test_bad_arguments_one_line(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    prog = message.split(": error")[0]
    assert _usage_error(argv, capsys) == f"{message} (see {prog} --help)\n"


# --- options that used to be accepted and give wrong answers ---------------------------------

OPTION_ERRORS = [
    (
        ["--default-currency", "XYZ"],
        "--default-currency expects an upper-case ISO 4217 code such as EUR or USD, or none; got 'XYZ'",
    ),
    (
        ["--default-currency", "eur"],
        "--default-currency expects an upper-case ISO 4217 code such as EUR or USD, or none; "
        "got 'eur' (did you mean EUR?)",
    ),
    (
        ["--default-currency", "dollars"],
        "--default-currency expects an upper-case ISO 4217 code such as EUR or USD, or none; got 'dollars'",
    ),
    (["--max-bytes", "-5"], "--max-bytes must be at least 1, got -5"),
    (["--max-bytes", "0"], "--max-bytes must be at least 1, got 0"),
    (
        ["--resume", "--overwrite"],
        "--resume and --overwrite cannot be used together: continue the output or replace it",
    ),
]


@pytest.mark.parametrize(("options", "message"), OPTION_ERRORS)
def test_bad_option_values(
    tmp_path: Path, options: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    argv = ["extract", str(tmp_path / "a.txt"), "-o", str(out), *options]
    assert _usage_error(argv, capsys) == f"deepseek-news: error: {message}\n"
    assert not out.exists()


def test_show_checks_the_currency(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    err = _usage_error(["show", str(tmp_path / "a.txt"), "--default-currency", "eur"], capsys)
    assert err == (
        "deepseek-news: error: --default-currency expects an upper-case ISO 4217 code such as EUR or USD, "
        "or none; got 'eur' (did you mean EUR?)\n"
    )


@pytest.mark.parametrize(("code", "expected"), [("EUR", "EUR"), ("CHF", "CHF"), ("XOF", "XOF"), (None, None)])
def test_check_currency_accepts(code: str | None, expected: str | None) -> None:
    from deepseek_news.config import check_currency

    assert check_currency(code) == expected


@pytest.mark.parametrize("code", ["eur", "XYZ", "dollars", "", "EURO"])
def test_extractor_rejects_bad_currency(code: str) -> None:
    from deepseek_news import Extractor

    with pytest.raises(ValueError, match="default_currency must be an upper-case ISO 4217 code"):
        Extractor(default_currency=code)


ORIGINALS_TYPE_ERRORS = [
    ("one string", "originals must be a sequence of English texts, got str; wrap a single text in a list"),
    (b"bytes", "originals must be a sequence of English texts, got bytes; wrap a single text in a list"),
    (["ok", None], "originals[1] must be str, got NoneType"),
    ([3], "originals[0] must be str, got int"),
]


@pytest.mark.parametrize(("originals", "message"), ORIGINALS_TYPE_ERRORS)
def test_extract_rejects_bad_originals(originals: Any, message: str) -> None:
    from deepseek_news import Extractor

    extractor = Extractor(nlp=None)  # the check comes before the model is needed
    with pytest.raises(TypeError) as info:
        extractor.extract("Bonjour.", originals=originals)
    assert str(info.value) == message
    assert extractor._nlp is None


MATCH_TYPE_ERRORS = [
    ([None], ["x"], "match(): fr[0] must be str, got NoneType"),
    (["a", "b"], ["x", 3], "match(): en[1] must be str, got int"),
    ("une phrase", ["x"], "match() takes sequences of segments; wrap a single string in a list"),
]


@pytest.mark.parametrize(("fr", "en", "message"), MATCH_TYPE_ERRORS)
def test_match_rejects_non_strings(fr: Any, en: Any, message: str) -> None:
    from deepseek_news import match

    with pytest.raises(TypeError) as info:
        match(fr, en)
    assert str(info.value) == message
