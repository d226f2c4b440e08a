"""Component ``dsn_reported``: indirect (reported) speech clauses."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ._spans import group

KEY = "dsn_indirect"


class ReportedSpeech:
    def __call__(self, doc: Doc) -> Doc:
        group(doc, KEY)
        return doc


@Language.factory("dsn_reported", assigns=["doc.spans"], requires=["token.dep", "token.lemma"])
def make_reported(nlp: Language, name: str) -> ReportedSpeech:
    return ReportedSpeech()
