"""The dsn_amounts component through the whole pipeline (one model load per session)."""

from __future__ import annotations

import pytest

from deepseek_news.pipeline.amounts import MONEY_KEY, PERCENT_KEY

pytestmark = pytest.mark.slow

# no-break spaces as French typography puts them: U+00A0 and U+202F
TEXT = (
    "Selon\u00a0l’agence, la société a levé 5,6\u00a0millions de dollars\u202f; "
    "son action a perdu près de 17\u202f% et le groupe investit entre 5 et 10\u00a0millions d’euros."
)


def test_offsets_exact_on_original_text(extractor) -> None:  # type: ignore[no-untyped-def]
    record = extractor.extract(TEXT)
    money = [(m.text, m.value, m.currency, m.low, m.high) for m in record.money]
    assert money == [
        ("5,6\u00a0millions de dollars", 5_600_000.0, "USD", None, None),
        ("5 et 10\u00a0millions d’euros", 5e6, "EUR", 5e6, 10e6),
    ]
    assert [(p.text, p.value, p.approximate) for p in record.percentages] == [("17\u202f%", 17.0, True)]
    for a in [*record.money, *record.percentages]:
        assert TEXT[a.start : a.end] == a.text


def test_spans_and_meta(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Le budget atteint 3 000 € et 4,7 %.")
    assert [s.text for s in doc.spans[MONEY_KEY]] == ["3 000 €"]
    assert [s.text for s in doc.spans[PERCENT_KEY]] == ["4,7 %"]
    (meta,) = doc.spans[MONEY_KEY].attrs["meta"].values()
    assert (meta["start"], meta["end"], meta["value"], meta["currency"]) == (18, 25, 3000.0, "EUR")


def test_default_currency_applies_to_bare_dollars(nlp) -> None:  # type: ignore[no-untyped-def]
    from deepseek_news.pipeline.amounts import records_from_doc

    doc = nlp("Le baril coûte 80 $ et 70 dollars américains.")
    money, _ = records_from_doc(doc, default_currency="CAD")
    assert [(m.text, m.currency) for m in money] == [("80 $", "CAD"), ("70 dollars américains", "USD")]


def test_implicit_currency_and_points_through_the_component(nlp) -> None:  # type: ignore[no-untyped-def]
    from deepseek_news.pipeline.amounts import records_from_doc

    doc = nlp("Les ventes passent de 96 millions d'euros à 71 millions. Le taux de marge perd 0,4 point.")
    money, percents = records_from_doc(doc)
    assert [(m.text, m.value, m.currency) for m in money] == [
        ("96 millions d'euros", 96e6, "EUR"),
        ("71 millions", 71e6, "EUR"),
    ]
    assert [(p.text, p.value, p.points) for p in percents] == [("0,4 point", 0.4, True)]
