"""Hostile text and ids: lone surrogates, NUL, right-to-left and zero-width characters.

No input may raise, every record must serialize to JSON (UTF-8), and every
offset is an offset into the caller's string: ``text[start:end]`` equals the
record's text, up to lone surrogates, which records carry as U+FFFD and say so
in a warning.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from deepseek_news import api
from deepseek_news.batch import iter_records, json_line
from deepseek_news.io import Source
from deepseek_news.records import ArticleRecord
from deepseek_news.text import escape_surrogates, replace_surrogates

pytestmark = pytest.mark.slow

HOSTILE = [
    "\udc80", "\udfff", "\ud800", "\x00", "\u200b", "\u200d", "\ufeff", "\u00ad", "\u202e", "\u202b",
    "\u200f", "\u2066", "\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627", "\ufffd",
]  # fmt: skip
PIECES = [
    *HOSTILE, "« ", " »", "“", "”", '"', "Marie Dupont", " a déclaré ", "selon ", "12 millions d'euros",
    "5 %", ", ", ". ", "\n", "\n\n", "Nous partons", "le PDG de Solvéo", " ", "—",
]  # fmt: skip

texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join) | st.text(max_size=80)
ids = st.none() | st.lists(st.sampled_from([*HOSTILE, "a", "#", "/"]), max_size=6).map("".join)


def _spans(obj: Any) -> Iterator[BaseModel]:
    """Every record object with start, end and text offsets into the article."""
    if isinstance(obj, list):
        for item in obj:
            yield from _spans(item)
        return
    if not isinstance(obj, BaseModel):
        return
    fields = type(obj).model_fields
    if {"start", "end", "text"} <= set(fields) and "original_id" not in fields:
        if isinstance(getattr(obj, "start"), int):  # noqa: B009
            yield obj
    for name in fields:
        yield from _spans(getattr(obj, name))


def _check(record: ArticleRecord, text: str) -> None:
    line = record.model_dump_json()  # raises on anything UTF-8 cannot carry
    line.encode("utf-8")
    safe, replaced = replace_surrogates(text)
    assert ("ReplacedSurrogates" in {w.type for w in record.warnings}) == (replaced > 0)
    for span in _spans(record):
        start, end, got = span.start, span.end, span.text  # type: ignore[attr-defined]
        assert 0 <= start <= end <= len(text)
        assert safe[start:end] == got


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, doc_id=ids)
def test_extract_never_raises_and_offsets_are_exact(
    extractor: api.Extractor, text: str, doc_id: str | None
) -> None:
    record = extractor.extract(text, doc_id=doc_id)
    _check(record, text)
    assert record.doc_id == (None if doc_id is None else escape_surrogates(doc_id))
    if "\\u" not in (doc_id or "") and record.doc_id is not None:
        assert json.loads(record.model_dump_json())["doc_id"] == record.doc_id


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(items=st.lists(st.tuples(ids.map(lambda i: i or "x"), texts), min_size=1, max_size=4))
def test_batch_records_always_serialize(extractor: api.Extractor, items: list[tuple[str, str]]) -> None:
    sources = [
        Source(f"dump.jsonl#{i}{ident}", "dump.jsonl", "inline", text=t) for i, (ident, t) in enumerate(items)
    ]
    records = list(iter_records(sources, extractor, keep_text=True))
    assert [r.doc_id for r in records] == [s.doc_id for s in sources]
    for record, (_, text) in zip(records, items, strict=True):
        assert record.error is None
        _check(record, text)
        assert record.text == replace_surrogates(text)[0]
        assert json.loads(json_line(record))["doc_id"] == record.doc_id


# where the cases come from: a fault probe of the command line and the library
@pytest.mark.parametrize(
    ("text", "doc_id", "warnings"),
    [
        ("\udfff", None, ["ReplacedSurrogates"]),
        ("« Bonjour \udc80 », a dit Marie.", "x\udc80", ["ReplacedSurrogates", "EscapedId"]),
        ("Bonjour.", "x\udc80", ["EscapedId"]),
        ("a\x00b « c » \u200b\u202e", "ok", []),
    ],
)
def test_surrogates_are_replaced_and_said(
    extractor: api.Extractor, text: str, doc_id: str | None, warnings: list[str]
) -> None:
    record = extractor.extract(text, doc_id=doc_id)
    assert [w.type for w in record.warnings] == warnings
    _check(record, text)
    dumped = json.loads(record.model_dump_json())
    assert ("warnings" in dumped) == bool(warnings)  # absent from the JSON when there is none


@pytest.mark.parametrize(
    ("ident", "escaped"),
    [("bad\udcff.txt", "bad\\udcff.txt"), ("x\ud800y\udfff", "x\\ud800y\\udfff"), ("plain é", "plain é")],
)
def test_id_escaping(ident: str, escaped: str) -> None:
    assert escape_surrogates(ident) == escaped
    assert Source(ident, ident, "text").doc_id == escaped


def test_unserializable_record_becomes_an_error_line() -> None:
    line = json.loads(json_line(ArticleRecord(doc_id="a\udc80", text="t\udc80")))
    assert line["doc_id"] == "a\\udc80"
    assert line["error"]["type"] == "SerializationError"


# -- bounded work on punctuation runs -----------------------------------------------------------

PROSE = "« Nous ouvrirons une usine à Lyon », a déclaré Claire Martin, présidente de Solvéo.\n"


def _nested(n: int) -> str:
    opening = " ".join("«“"[i % 2] for i in range(n // 4))
    closing = " ".join("”»"[(n // 4 - 1 - i) % 2] for i in range(n // 4))
    return f"{opening} mot {closing}"


HOSTILE_LONG = {
    "percent run": "%" * 10_000,
    "guillemet run": "«" * 10_000,
    "alternating marks": "«“" * 4_000,
    "nested marks": _nested(30_000),
    "run inside prose": PROSE + "!?" * 3_000 + " " + PROSE,
    "repeated url": "http://x.fr/" * 1_000,
}


def test_ordinary_text_goes_to_spacy_untouched(nlp: Any) -> None:
    from deepseek_news._pretokenize import prepare

    text = PROSE * 3 + "Fin… vraiment ?!! (sic). ----------\n"
    assert prepare(nlp, text) is text


@pytest.mark.parametrize("name", list(HOSTILE_LONG))
def test_hostile_stretches_are_tokenized_in_bounded_pieces(nlp: Any, name: str) -> None:
    from deepseek_news._pretokenize import MAX_WORD_CHARS, RUN_TOKEN_CHARS, prepare

    text = HOSTILE_LONG[name]
    prepared = prepare(nlp, text)
    doc = nlp.make_doc(prepared) if isinstance(prepared, str) else prepared
    assert doc.text == text  # offsets unchanged
    if name != "nested marks":  # spaced marks are ordinary tokens
        assert not isinstance(prepared, str)
        assert len(doc) <= len(text) // RUN_TOKEN_CHARS + 2 * len(text) // MAX_WORD_CHARS + 10
    if name == "run inside prose":  # the prose around keeps spaCy's own tokens
        words = [t.text for t in doc]
        assert words[: len(nlp.make_doc(PROSE))] == [t.text for t in nlp.make_doc(PROSE)]


@pytest.mark.parametrize("name", list(HOSTILE_LONG))
def test_mark_pairing_examines_each_character_a_bounded_number_of_times(name: str) -> None:
    import logging

    from deepseek_news.pipeline._marks import _MAX_QUOTE_CHARS, _pair

    text = HOSTILE_LONG[name]
    logging.disable(logging.WARNING)
    try:
        _, work = _pair(text)
    finally:
        logging.disable(logging.NOTSET)
    assert work <= 3 * len(text) + 3 * _MAX_QUOTE_CHARS


def test_pairing_of_ordinary_text_looks_once() -> None:
    from deepseek_news.pipeline._marks import _pair

    text = PROSE * 20
    quotes, work = _pair(text)
    assert len(quotes) == 20
    assert work <= len(text) + len(quotes)


@pytest.mark.parametrize("name", ["run inside prose", "percent run"])
def test_hostile_texts_keep_exact_offsets(extractor: api.Extractor, name: str) -> None:
    text = HOSTILE_LONG[name]
    record = extractor.extract(text)
    _check(record, text)
    if name == "run inside prose":
        assert [q.text for q in record.quotes] == ["Nous ouvrirons une usine à Lyon"] * 2
        assert [q.start for q in record.quotes] == [2, len(PROSE) + 6001 + 2]
