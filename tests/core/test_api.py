"""extract(), Extractor, normalization and bad input."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from deepseek_news.records import ArticleRecord
from deepseek_news.text import chunk_spans, normalize

if TYPE_CHECKING:
    from deepseek_news import Extractor

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
def test_empty_text_gives_empty_record(extractor: Extractor, text: str) -> None:
    record = extractor.extract(text, doc_id="vide")
    assert record == ArticleRecord(doc_id="vide")


@pytest.mark.parametrize("value", [None, b"bytes", 42, ["liste"]])
def test_non_str_raises_type_error(extractor: Extractor, value: object) -> None:
    with pytest.raises(TypeError, match="expects text as str"):
        extractor.extract(value)  # type: ignore[arg-type]  # the wrong type is the point


@pytest.mark.parametrize("text", ["« Ouvert sans fin", "fin » sans début", "«»«»", "« « »"])
def test_unbalanced_marks_do_not_crash(extractor: Extractor, text: str) -> None:
    record = extractor.extract(text)
    for q in record.quotes:
        assert text[q.start : q.end] == q.text


def test_extract_many_keeps_order_and_ids(extractor: Extractor) -> None:
    texts = ["", "« Oui », a dit Léa Roux.", "  ", "Rien."]
    records = list(extractor.extract_many(texts, doc_ids=["a", "b", "c", "d"]))
    assert [r.doc_id for r in records] == ["a", "b", "c", "d"]
    assert [len(r.quotes) for r in records] == [0, 1, 0, 0]


def test_long_text_is_chunked_with_exact_offsets(extractor: Extractor) -> None:
    from deepseek_news import Extractor

    para = "« Nous tiendrons », a déclaré Lucie Ferrand. La séance a duré 3 heures.\n\n"
    text = para * 40
    ex = Extractor(nlp=extractor.nlp, max_chunk_chars=600)
    record = ex.extract(text)
    assert len([q for q in record.quotes if q.kind == "direct"]) == 40
    for q in record.quotes:
        assert text[q.start : q.end] == q.text == "Nous tiendrons"
        assert q.speaker == "Lucie Ferrand"


def test_text_over_spacy_max_length(extractor: Extractor) -> None:
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


def test_record_json_round_trip(extractor: Extractor) -> None:
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


# --- batches capped by characters -----------------------------------------------------------

# (chunk lengths, batch_size, budget) -> the stream spaCy receives, padding texts as 0
CHAR_BATCHES = [
    ([10, 10, 10], 4, 100, [10, 10, 10]),  # under both limits: no padding
    ([60, 60, 60], 4, 100, [60, 0, 0, 0, 60, 0, 0, 0, 60]),
    ([60, 40, 30], 4, 100, [60, 40, 0, 0, 30]),  # exactly the budget fits
    ([250, 10, 10], 4, 100, [250, 0, 0, 0, 10, 10]),  # a longer text goes alone
    ([10, 250], 4, 100, [10, 0, 0, 0, 250]),
    ([50, 50, 50, 50, 50], 2, 100, [50, 50, 50, 50, 50]),  # batch_size closes them first
    ([250, 250], 1, 100, [250, 250]),  # batch_size 1: nothing to pad
    ([], 4, 100, []),
]


@pytest.mark.parametrize(("lengths", "batch_size", "budget", "expected"), CHAR_BATCHES)
def test_char_batches(lengths: list[int], batch_size: int, budget: int, expected: list[int]) -> None:
    from deepseek_news.api import _char_batches

    items = [("x" * n, (i, 0, 0)) for i, n in enumerate(lengths)]
    out = list(_char_batches(items, batch_size, budget))
    assert [len(text) for text, _ in out] == expected
    assert [ctx for _, ctx in out if ctx is not None] == [ctx for _, ctx in items]
    assert all(ctx is None for text, ctx in out if not text)


_PROBED: list[list[int]] = []


class _BatchProbe:
    """Records the lengths of the texts of every batch spaCy hands to the components."""

    def __call__(self, doc):  # type: ignore[no-untyped-def]
        _PROBED.append([len(doc.text)])
        return doc

    def pipe(self, stream, batch_size=128):  # type: ignore[no-untyped-def]
        from spacy.util import minibatch

        for batch in minibatch(stream, size=batch_size):  # type: ignore[no-untyped-call]
            _PROBED.append([len(doc.text) for doc in batch])
            yield from batch


def _light_nlp(probe: bool = False):  # type: ignore[no-untyped-def]
    """Tokenizer, quotes and amounts only: fast, and enough to check offsets and batching."""
    import spacy
    from spacy.language import Language

    if probe and "test_batch_probe" not in Language.factories:
        Language.factory("test_batch_probe", func=lambda nlp, name: _BatchProbe())
    nlp = spacy.blank("fr")
    if probe:
        nlp.add_pipe("test_batch_probe")
    nlp.add_pipe("dsn_quotes")
    nlp.add_pipe("dsn_amounts")
    return nlp


PARAGRAPH = "« Le tram arrivera en 2027 », a promis l’élue. Coût : 3 millions d’euros.\n\n"  # 75 chars


def test_long_text_chunks_go_through_spacy_one_by_one() -> None:
    from deepseek_news import Extractor

    assert len(PARAGRAPH) == 75
    long_text = PARAGRAPH * 30  # 2 250 chars: chunks of 750, 750, 750 at max_chunk_chars=800
    short = PARAGRAPH * 4  # 300 chars
    ex = Extractor(nlp=_light_nlp(probe=True), max_chunk_chars=800)
    _PROBED.clear()
    records = list(ex.extract_many([short, long_text, short, short, short], batch_size=4))
    assert _PROBED == [
        [300, 0, 0, 0],  # 300 + 750 would pass the 800-character budget
        [750, 0, 0, 0],
        [750, 0, 0, 0],
        [750, 0, 0, 0],
        [300, 300, 0, 0],
        [300],
    ]
    assert [len(r.quotes) for r in records] == [4, 30, 4, 4, 4]
    for text, rec in zip([short, long_text, short, short, short], records, strict=True):
        spans = [(q.start, q.end, q.text) for q in rec.quotes] + [(m.start, m.end, m.text) for m in rec.money]
        for start, end, span_text in spans:
            assert text[start:end] == span_text
    assert [m.start for m in records[1].money][-1] == len(long_text) - len(PARAGRAPH) + PARAGRAPH.index("3 m")

    _PROBED.clear()
    again = list(ex.extract_many([short, long_text, short, short, short], batch_size=4, batch_chars=10**6))
    assert _PROBED == [[300, 750, 750, 750], [300, 300, 300]]  # no character budget: count only
    assert again == records


def test_char_budget_with_two_processes_same_records() -> None:
    from deepseek_news import Extractor

    texts = [PARAGRAPH * 3, PARAGRAPH * 30, "", PARAGRAPH, PARAGRAPH * 12]
    ex = Extractor(nlp=_light_nlp(), max_chunk_chars=800)
    one = [r.model_dump_json() for r in ex.extract_many(texts, batch_size=4)]
    two = [r.model_dump_json() for r in ex.extract_many(texts, batch_size=4, n_process=2)]
    assert two == one
    assert [json.loads(r)["quotes"].__len__() for r in two] == [3, 30, 0, 1, 12]


@pytest.mark.parametrize(
    ("kwargs", "message"), [({"batch_size": 0}, "batch_size"), ({"batch_chars": 0}, "batch_chars")]
)
def test_batch_limits_must_be_positive(kwargs: dict[str, int], message: str) -> None:
    from deepseek_news import Extractor

    with pytest.raises(ValueError, match=message):
        list(Extractor(nlp=_light_nlp()).extract_many(["Texte."], **kwargs))  # type: ignore[arg-type]
