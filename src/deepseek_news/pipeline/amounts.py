"""Component ``dsn_amounts``: money and percentages in ``doc.spans``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..records import MoneyAmount, Percentage
from ._spans import group

MONEY_KEY = "dsn_money"
PERCENT_KEY = "dsn_percent"


class AmountsMarker:
    def __call__(self, doc: Doc) -> Doc:
        group(doc, MONEY_KEY)
        group(doc, PERCENT_KEY)
        return doc


@Language.factory("dsn_amounts", assigns=["doc.spans"])
def make_amounts(nlp: Language, name: str) -> AmountsMarker:
    return AmountsMarker()


def records_from_doc(
    doc: Doc, *, default_currency: str | None = "USD"
) -> tuple[list[MoneyAmount], list[Percentage]]:
    return [], []
