"""The HTML view on hand-built records (no model, no browser)."""

from __future__ import annotations

import re

import pytest
from _html import parse
from _sample import TEXT, sample_record
from hypothesis import given, settings
from hypothesis import strategies as st

from deepseek_news.records import ArticleRecord, Mention, MoneyAmount, Organization, Quote
from deepseek_news.render import SPEAKER_COLOURS, UNATTRIBUTED_COLOUR, render_html

PAGE = render_html(sample_record(), TEXT)
MARKS = parse(PAGE).marks


# Hand-built record of tests/ecosystem/_sample.py: every mark, in document order.
@pytest.mark.parametrize(
    ("cls", "text"),
    [
        ("dsn-org", "Nova Systèmes"),
        ("dsn-money", "2,5 milliards d'euros"),
        ("dsn-quote", "Nous allons ouvrir trois usines en Europe"),
        ("dsn-cue", "a déclaré"),
        ("dsn-speaker", "Jeanne Morel"),
        ("dsn-person", "Jeanne Morel"),
        ("dsn-org", "Nova Systèmes"),
        ("dsn-percent", "près de 12 %"),
        ("dsn-speaker", "Paul Girard"),
        ("dsn-person", "Paul Girard"),
        ("dsn-org", "Orion Capital"),
        ("dsn-cue", "juge"),
        ("dsn-quote", "ambitieuse"),
        ("dsn-cue", "a ajouté"),
        ("dsn-quote", "la concurrence restait <forte> & imprévisible"),
        ("dsn-percent", "3,4 %"),
        ("dsn-org", "Bourse de Paris"),
        ("dsn-original", "We will open three plants in Europe."),
    ],
)
def test_marks_in_order(cls: str, text: str) -> None:
    assert (cls, text) in [(m.cls, m.text) for m in MARKS]


def test_mark_sequence() -> None:
    assert [m.cls for m in MARKS] == [
        "dsn-org",
        "dsn-money",
        "dsn-quote",
        "dsn-cue",
        "dsn-speaker",
        "dsn-person",
        "dsn-org",
        "dsn-percent",
        "dsn-speaker",
        "dsn-person",
        "dsn-org",
        "dsn-cue",
        "dsn-quote",
        "dsn-cue",
        "dsn-quote",
        "dsn-percent",
        "dsn-org",
        "dsn-original",
    ]


# Each quote in its speaker's colour; speakers coloured in order, unknown speaker in grey.
@pytest.mark.parametrize(
    ("quote_id", "kind", "colour"),
    [
        ("q1", "direct", SPEAKER_COLOURS[0]),
        ("q2", "partial", SPEAKER_COLOURS[1]),
        ("q3", "indirect", UNATTRIBUTED_COLOUR),
    ],
)
def test_quote_colour(quote_id: str, kind: str, colour: str) -> None:
    (mark,) = [m for m in MARKS if m.attrs.get("id") == quote_id]
    assert (mark.attrs["data-kind"], mark.attrs["style"]) == (kind, f"--c:{colour}")


def test_article_text_is_kept_exactly() -> None:
    page = parse(PAGE)
    assert page.balanced
    assert page.article_text == TEXT


# Side panel: speakers, their quotes, the English original and its score.
@pytest.mark.parametrize(
    "fragment",
    [
        '<span class="swatch" style="background:#ffd166"></span>Jeanne Morel</h3>',
        "person · Nova Systèmes · PDG de Nova Systèmes",
        '<a class="qlink" href="#q1">« Nous allons ouvrir trois usines en Europe »</a>',
        '<div class="orig" lang="en">We will open three plants in Europe. '
        '<span class="score">score 0.83</span></div>',
        "Speaker unknown</h3>",
        '<a class="qlink" href="#q3">la concurrence restait &lt;forte&gt; &amp; imprévisible</a>',
        "2,5 milliards d&#x27;euros <span class='meta'>= 2\u202f500\u202f000\u202f000 EUR</span>",
        "près de 12 % <span class='meta'>= ≈ 12 %</span>",
        "<title>nova-&lt;demo&gt;</title>",
    ],
)
def test_panel_fragment(fragment: str) -> None:
    assert fragment in PAGE


def test_self_contained() -> None:
    assert re.findall(r"<script|<link|<img|src=|https?://|@import|url\(", PAGE) == []


# Hostile text: everything is escaped.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ('Le « <b>gras</b> » & "guillemets"', "Le « &lt;b&gt;gras&lt;/b&gt; » &amp; &quot;guillemets&quot;"),
    ],
)
def test_escaping(text: str, expected: str) -> None:
    page = render_html(ArticleRecord(doc_id=text), text)
    assert f'<article lang="fr">{expected}</article>' in page
    assert "<script>" not in page and "<b>" not in page


def test_spans_outside_text_are_ignored() -> None:
    rec = ArticleRecord(
        organizations=[Organization(id="o1", name="X", mentions=[Mention(start=3, end=40, text="?")])],
        money=[MoneyAmount(text="?", start=-1, end=2, value=1.0)],
    )
    assert '<article lang="fr">Le texte</article>' in render_html(rec, "Le texte")


def test_crossing_spans_are_split_not_broken() -> None:
    text = "Selon Nova Systèmes, la hausse atteint 10 %."
    org = Mention(start=6, end=19, text=text[6:19])
    quote = Quote(id="q1", text=text[11:44], start=11, end=44, kind="indirect")
    rec = ArticleRecord(
        quotes=[quote], organizations=[Organization(id="o1", name="Nova Systèmes", mentions=[org])]
    )
    page = render_html(rec, text)
    reopened = '<span class="dsn-org" data-id="o1" title="Nova Systèmes">'
    assert (
        f'{reopened}Nova </span><mark class="dsn-quote" id="q1" data-kind="indirect" data-speaker="" '
        f'style="--c:{UNATTRIBUTED_COLOUR}" title="indirect quote — speaker unknown">'
        f"{reopened}Systèmes</span>, la hausse atteint 10 %.</mark></article>"
    ) in page
    parsed = parse(page)
    assert parsed.balanced and parsed.article_text == text


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(alphabet="ab <>&«»\n", min_size=0, max_size=30),
    cuts=st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30), st.sampled_from("qom")), max_size=8),
)
def test_any_spans_keep_text_and_nesting(text: str, cuts: list[tuple[int, int, str]]) -> None:
    rec = ArticleRecord()
    for i, (a, b, kind) in enumerate(cuts):
        s, e = sorted((a, b))
        if kind == "q":
            rec.quotes.append(Quote(id=f"q{i}", text=text[s:e], start=s, end=e, kind="direct"))
        elif kind == "o":
            rec.organizations.append(
                Organization(id=f"o{i}", name="O", mentions=[Mention(start=s, end=e, text=text[s:e])])
            )
        else:
            rec.money.append(MoneyAmount(text=text[s:e], start=s, end=e, value=1.0))
    parsed = parse(render_html(rec, text))
    assert parsed.balanced
    assert parsed.article_text == text
