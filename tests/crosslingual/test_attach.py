"""attach_originals and extract(): quotes matched to the English they render."""

from __future__ import annotations

from pathlib import Path

import pytest

from deepseek_news.crosslingual import attach_originals
from deepseek_news.crosslingual._langid import english_spans
from deepseek_news.records import ArticleRecord, Quote

SHARED = Path(__file__).resolve().parents[2].parent / "shared"

# Written for these tests: an article that paraphrases an English post pasted at its end.
POST = (
    "Launching L2 is a historic moment for our team. We will hire two hundred engineers this year, "
    "and prices will drop by 30% for our European customers."
)
ARTICLE = (
    "La start-up Lumora a dévoilé mardi son nouveau modèle de traduction, baptisé L2. "
    "Sur X, sa directrice générale, Claire Martin, a jugé que ce lancement était « historique ». "
    "Elle a ajouté que l'entreprise allait recruter deux cents ingénieurs cette année.\n\n"
    "« La France doit rester vigilante », a réagi le ministre de l'Économie.\n\n"
    "Claire Martin a aussi promis que les prix baisseraient de 30 % pour les clients européens.\n\n" + POST
)

# (quote text, kind, expected English rendered, or None)
CASES = [
    ("historique", "partial", "historic"),
    (
        "l'entreprise allait recruter deux cents ingénieurs cette année",
        "indirect",
        "We will hire two hundred engineers this year",
    ),
    ("La France doit rester vigilante", "direct", None),
    (
        "les prix baisseraient de 30 % pour les clients européens",
        "indirect",
        "and prices will drop by 30% for our European customers.",
    ),
]


def _record(text: str) -> ArticleRecord:
    quotes = []
    for n, (q, kind, _) in enumerate(CASES, 1):
        start = text.index(q)
        quotes.append(Quote(id=f"q{n}", text=q, start=start, end=start + len(q), kind=kind))
    return ArticleRecord(quotes=quotes)


def test_embedded_post_is_found() -> None:
    assert [ARTICLE[s:e] for s, e in english_spans(ARTICLE)] == [POST]


@pytest.mark.parametrize("source", ["embedded", "given"])
def test_attach_hand_built_quotes(source: str) -> None:
    if source == "embedded":
        text, given, spans = ARTICLE, [], english_spans(ARTICLE)
    else:
        text, given, spans = ARTICLE[: ARTICLE.index(POST)], [POST], []
    record = _record(text)
    attach_originals(record, text, given, spans)
    [orig] = record.originals
    assert (orig.id, orig.source, orig.text) == ("en1", source, POST)
    got = [q.original.text if q.original else None for q in record.quotes]
    assert got == [c[2] for c in CASES]
    for q in record.quotes:
        if q.original is None:
            continue
        o = q.original
        assert POST[o.start : o.end] == o.text and 0.0 <= o.score <= 1.0
        if source == "embedded":
            assert o.article_start is not None and o.article_end is not None
            assert text[o.article_start : o.article_end] == o.text
        else:
            assert o.article_start is None


def test_extract_seed_like_article(extractor) -> None:  # type: ignore[no-untyped-def]
    record = extractor.extract(ARTICLE)
    [orig] = record.originals
    assert (orig.source, ARTICLE[orig.start : orig.end]) == ("embedded", POST)
    found = {}
    for q in record.quotes:
        assert not (orig.start <= q.start and q.end <= orig.end), "no quote inside the English post"
        found[q.text] = q.original.text if q.original else None
    assert found["historique"] == "historic"
    assert found["La France doit rester vigilante"] is None
    # reported speech is found by another component; whenever it is, it gets the right sentence
    hire = {v for k, v in found.items() if "recruter deux cents ingénieurs" in k}
    assert hire <= {"We will hire two hundred engineers this year"}


def _seed(prefix: str) -> str:
    paths = sorted((SHARED / "seeds").glob(prefix + "_*.txt"))
    if not paths:
        pytest.skip("reference articles not available")
    return paths[0].read_text(encoding="utf-8")


def _originals(record: ArticleRecord, needle: str) -> list[str | None]:
    return [q.original.text if q.original else None for q in record.quotes if needle in q.text]


@pytest.mark.slow
def test_reference_article_with_embedded_post(extractor) -> None:  # type: ignore[no-untyped-def]
    text = _seed("002")
    record = extractor.extract(text)
    assert [o.source for o in record.originals] == ["embedded"]
    impressive = _originals(record, "impressionnant")
    assert impressive and all(o is not None and "impressive" in o for o in impressive)
    stronger = _originals(record, "modèles d’OpenAI seront encore plus puissants")
    assert stronger == ["we will obviously deliver much better models"] * 2
    assert set(_originals(record, "signal d’alarme")) == {None}


@pytest.mark.slow
def test_reference_article_with_given_post(extractor) -> None:  # type: ignore[no-untyped-def]
    post = _seed("002")
    post = post[post.index("deepseek's r1") :]
    record = extractor.extract(_seed("000"), originals=[post])
    assert [o.source for o in record.originals] == ["given"]
    translated = _originals(record, "Le modèle R1 de Deepseek est impressionnant")
    assert len(translated) == 1 and translated[0] is not None
    assert translated[0].startswith("deepseek's r1 is an impressive model, particularly")
    assert _originals(record, "revigorante")[-1] == "invigorating"
    assert set(_originals(record, "Cela pourrait être positif")) == {None}
