"""extract(), Extractor, normalization and bad input."""

from __future__ import annotations

import itertools
import subprocess
import sys

import pytest

from deepseek_news.records import ArticleRecord
from deepseek_news.text import chunk_spans, normalize

# (original, normalized): one character for one character, or dropped through the offset map
NORMALIZATION = [
    ("a\u00a0b\u202fc\u2009d", "a b c d"),
    ("l\u2019OpenAI", "l'OpenAI"),
    ("ab\u200bc\u00add", "abcd"),
    ("", ""),
]


@pytest.mark.parametrize(("original", "normalized"), NORMALIZATION)
def test_normalize(original: str, normalized: str) -> None:
    norm = normalize(original)
    assert norm.text == normalized
    for i in range(len(norm.text)):
        s, e = norm.span(i, i + 1)
        assert original[s:e].translate({0x2019: "'", 0xA0: " ", 0x202F: " ", 0x2009: " "}) == norm.text[i]


def test_chunks_cover_text_in_order() -> None:
    text = ("Un paragraphe de texte.\n\n" * 50) + "fin"
    spans = list(chunk_spans(text, 100))
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
    assert all(e - s <= 100 for s, e in spans)


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t"])
def test_empty_text_gives_empty_record(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    record = extractor.extract(text, doc_id="vide")
    assert record == ArticleRecord(doc_id="vide")


@pytest.mark.parametrize("value", [None, b"bytes", 42, ["liste"]])
def test_non_str_raises_type_error(extractor, value: object) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(TypeError, match="expects text as str"):
        extractor.extract(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["« Ouvert sans fin", "fin » sans début", "«»«»", "« « »"])
def test_unbalanced_marks_do_not_crash(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    record = extractor.extract(text)
    for q in record.quotes:
        assert text[q.start : q.end] == q.text


def test_extract_many_keeps_order_and_ids(extractor) -> None:  # type: ignore[no-untyped-def]
    texts = ["", "« Oui », a dit Léa Roux.", "  ", "Rien."]
    records = list(extractor.extract_many(texts, doc_ids=["a", "b", "c", "d"]))
    assert [r.doc_id for r in records] == ["a", "b", "c", "d"]
    assert [len(r.quotes) for r in records] == [0, 1, 0, 0]


def test_long_text_is_chunked_with_exact_offsets() -> None:
    from deepseek_news import Extractor

    para = "« Nous tiendrons », a déclaré Lucie Ferrand. La séance a duré 3 heures.\n\n"
    text = para * 40
    ex = Extractor(max_chunk_chars=600)
    record = ex.extract(text)
    assert len([q for q in record.quotes if q.kind == "direct"]) == 40
    for q in record.quotes:
        assert text[q.start : q.end] == q.text == "Nous tiendrons"
        assert q.speaker == "Lucie Ferrand"


def test_text_over_spacy_max_length(extractor) -> None:  # type: ignore[no-untyped-def]
    # a text longer than spaCy's max_length is processed in paragraph chunks, offsets on the
    # original; max_length is lowered here so the test stays fast (same code path as 2 MB)
    from deepseek_news import Extractor

    nlp = extractor.nlp
    saved = nlp.max_length
    nlp.max_length = 20_000
    try:
        filler = "Les marchés ont ouvert en hausse ce matin à Paris.\n\n" * 500
        text = filler + "« Tout va bien », a assuré Marc Dorval."
        assert len(text) > nlp.max_length
        with pytest.raises(ValueError):
            nlp(text)
        record = Extractor(nlp=nlp, max_chunk_chars=nlp.max_length // 2).extract(text)
    finally:
        nlp.max_length = saved
    (q,) = record.quotes
    assert text[q.start : q.end] == "Tout va bien"
    assert q.speaker == "Marc Dorval"


def test_record_json_round_trip(extractor) -> None:  # type: ignore[no-untyped-def]
    record = extractor.extract("« Oui », a dit Léa Roux. Le titre a gagné 4,5 %.", doc_id="x")
    again = ArticleRecord.model_validate_json(record.model_dump_json())
    assert again == record
    assert again.schema_version == "1.0"


def test_missing_model_error_says_how_to_install() -> None:
    from deepseek_news import Extractor, ModelNotFoundError

    with pytest.raises(ModelNotFoundError, match="pip install"):
        Extractor(model="fr_modele_absent").nlp  # noqa: B018


def test_import_does_not_load_spacy() -> None:
    code = "import sys, deepseek_news; deepseek_news.ArticleRecord; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
