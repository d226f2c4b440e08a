"""Component ``dsn_amounts``: money and percentages in ``doc.spans``.

Spans go to ``doc.spans["dsn_money"]`` (label ``MONEY``) and
``doc.spans["dsn_percent"]`` (label ``PERCENT``); their exact character offsets
and values are in ``doc.spans[KEY].attrs["meta"][span_id]``: ``start``, ``end``,
``value``, ``low``, ``high``, ``approximate``, and ``currency`` (ISO 4217 code,
``"*"`` for a bare dollar left to the caller's default currency, or ``None``)
for money, ``points`` for percentages.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..amounts import scan
from ..config import DEFAULT_CURRENCY
from ..lang.fr.currencies import DEFAULT
from ..records import MoneyAmount, Percentage
from ._perdoc import doc_text
from ._spans import add_span, group, items

MONEY_KEY = "dsn_money"
PERCENT_KEY = "dsn_percent"


class AmountsMarker:
    """Finds money amounts and percentages with the pure-Python amounts grammar."""

    def __call__(self, doc: Doc) -> Doc:
        group(doc, MONEY_KEY)
        group(doc, PERCENT_KEY)
        for i, f in enumerate(scan(doc_text(doc)), 1):
            common = {"value": f.value, "low": f.low, "high": f.high, "approximate": f.approximate}
            if f.kind == "money":
                add_span(doc, MONEY_KEY, f.start, f.end, "MONEY", f"m{i}", currency=f.currency, **common)
            else:
                add_span(doc, PERCENT_KEY, f.start, f.end, "PERCENT", f"p{i}", points=f.points, **common)
        return doc


@Language.factory("dsn_amounts", assigns=["doc.spans"])
def make_amounts(nlp: Language, name: str) -> AmountsMarker:
    return AmountsMarker()


def records_from_doc(
    doc: Doc, *, default_currency: str | None = DEFAULT_CURRENCY
) -> tuple[list[MoneyAmount], list[Percentage]]:
    """Money and percentage records from the component's spans, offsets relative to `doc`."""
    text = doc_text(doc)
    money = [
        MoneyAmount(
            text=text[m["start"] : m["end"]],
            start=m["start"],
            end=m["end"],
            value=m["value"],
            currency=default_currency if m.get("currency") == DEFAULT else m.get("currency"),
            approximate=bool(m.get("approximate")),
            low=m.get("low"),
            high=m.get("high"),
        )
        for _, m in items(doc, MONEY_KEY)
    ]
    percents = [
        Percentage(
            text=text[m["start"] : m["end"]],
            start=m["start"],
            end=m["end"],
            value=m["value"],
            approximate=bool(m.get("approximate")),
            points=bool(m.get("points")),
            low=m.get("low"),
            high=m.get("high"),
        )
        for _, m in items(doc, PERCENT_KEY)
    ]
    money.sort(key=lambda a: a.start)
    percents.sort(key=lambda a: a.start)
    return money, percents
