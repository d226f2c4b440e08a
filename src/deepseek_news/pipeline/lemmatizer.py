"""Component ``dsn_lemmatizer``: the French models' rule lemmatizer, each lemma computed once.

spaCy's ``FrenchLemmatizer`` (mode ``rule``) gives a token the first form its
rules, exception lists and lookup table give for the token's text and part of
speech: nothing else of the token is read.  It walks the doc token by token,
making a ``Token`` object for each, and keeps a cache for some of the words only
(proper nouns, numbers, symbols and whitespace are looked up again every time),
which made it 1 % of the model's time on short synthetic articles and 5 % on the
project's articles, richer in names.

This component is a ``FrenchLemmatizer`` (same tables, same rules, same
serialization) whose ``__call__`` reads every token's word and part of speech in
one ``Doc.to_array`` call, looks the lemma of each (word, part of speech) pair up
in a memo, asks the French rules only for the pairs not seen yet, and writes the
lemmas back in one ``Doc.from_array`` call.  :func:`replaces` tells whether a
loaded lemmatizer is the rule-based ``FrenchLemmatizer`` it reproduces;
:func:`deepseek_news.api.load_model` swaps it only then (the component keeps the
name ``lemmatizer`` and the model's tables), so every lemma, and every record,
stays what the model's lemmatizer gives.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

import numpy
from spacy.attrs import LEMMA, ORTH, POS
from spacy.errors import Errors
from spacy.lang.fr.lemmatizer import FrenchLemmatizer
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import Model

_MAX_ENTRIES = 500_000  # the memo is emptied past this many (word, part of speech) pairs


def replaces(component: object) -> bool:
    """Whether `component` is spaCy's French lemmatizer in rule mode (what :class:`Lemmas` reproduces)."""
    return type(component) is FrenchLemmatizer and component.mode == "rule"


class Lemmas(FrenchLemmatizer):
    """``FrenchLemmatizer`` whose lemma for a (word, part of speech) pair is computed once."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # part of speech id -> {hash of the word -> hash of its lemma}
        self._memo: dict[int, dict[int, int]] = {}
        self._entries = 0

    def adopt(self, lemmatizer: FrenchLemmatizer) -> None:
        """Use the tables of the model's `lemmatizer` (the one this component replaces)."""
        self.lookups = lemmatizer.lookups
        self._validated = False
        self._memo.clear()
        self._entries = 0

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables(Errors.E1004)
        if not len(doc):
            return doc
        error_handler = self.get_error_handler()
        try:
            return self._lemmatize(doc)
        except Exception as e:
            error_handler(self.name, self, [doc], e)
            return doc

    def _lemmatize(self, doc: Doc) -> Doc:
        array = doc.to_array([ORTH, POS, LEMMA])
        orths, tags = array[:, 0].tolist(), array[:, 1].tolist()
        if self._entries > _MAX_ENTRIES:
            self._memo.clear()
            self._entries = 0
        memo = self._memo
        lemmas = [memo[p].get(o) if p in memo else None for o, p in zip(orths, tags, strict=True)]
        if None in lemmas:
            strings = doc.vocab.strings
            for i, lemma in enumerate(lemmas):
                if lemma is None:
                    o, p = orths[i], tags[i]
                    by_word = memo.setdefault(p, {})
                    lemma = by_word.get(o)  # the same pair earlier in this doc
                    if lemma is None:
                        lemma = by_word[o] = strings.add(self.lemmatize(doc[i])[0])
                        self._entries += 1
                    lemmas[i] = lemma
        values = numpy.array(lemmas, dtype=numpy.uint64)
        if not self.overwrite:  # a lemma set before this component is kept
            values = numpy.where(array[:, 2] != 0, array[:, 2], values)
        doc.from_array([LEMMA], cast(Any, values.reshape(-1, 1)))
        return doc


@Language.factory(
    "dsn_lemmatizer",
    assigns=["token.lemma"],
    default_config={
        "model": None,
        "mode": "rule",
        "overwrite": False,
        "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"},
    },
    default_score_weights={"lemma_acc": 1.0},
)
def make_lemmatizer(
    nlp: Language,
    model: Model[Any, Any] | None,
    name: str,
    mode: str,
    overwrite: bool,
    scorer: Callable[..., Any] | None,
) -> Lemmas:
    return Lemmas(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)
