"""dsn_attribute_rules gives every token the attributes the model's attribute_ruler gives."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from spacy.pipeline import AttributeRuler

from deepseek_news.pipeline.attribute_rules import RULES, replaces

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

# whitespace tokens of every kind: paragraph breaks, double spaces, tabs, trailing spaces
TEXTS = [
    "Le maire a annoncé mardi la fermeture du pont.\n\nLes travaux dureront six mois.",
    "« Nous tiendrons », a déclaré Claire Moreau.  Elle a ajouté  qu'elle restait confiante.",
    "Titre\n\n\nPremier paragraphe.\t Deuxième phrase.\n \nDernier paragraphe. ",
    "\n\nSelon la préfecture, 1 200 personnes ont défilé.\n",
    "— Vous partez ?\n— Non.\n\n— Pourquoi ?\n— Parce que la saison commence.",
]


def _attributes(doc: object) -> list[tuple[object, ...]]:
    return [(t.pos, t.tag, t.morph.key, t.dep, t.lemma, t.head.i) for t in doc]  # type: ignore[attr-defined]


def test_same_token_attributes_as_the_ruler(nlp: Language) -> None:
    ruler = AttributeRuler(nlp.vocab)
    ruler.add_patterns(RULES)
    ours = nlp.get_pipe("attribute_ruler")
    lemmatizer = nlp.get_pipe("lemmatizer")
    with nlp.select_pipes(enable=["tok2vec", "morphologizer", "parser"]):
        parsed = list(nlp.pipe(TEXTS))
    spaces = 0
    for doc in parsed:
        expected, got = lemmatizer(ruler(doc.copy())), lemmatizer(ours(doc.copy()))
        assert _attributes(got) == _attributes(expected)
        spaces += sum(t.is_space for t in got)
    assert spaces >= 8  # the texts do hold whitespace tokens


def test_the_loaded_model_uses_the_component(nlp: Language) -> None:
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "AttributeRules"
    assert nlp.pipe_names.index("attribute_ruler") < nlp.pipe_names.index("lemmatizer")


def test_replaces_only_a_ruler_with_exactly_these_rules(nlp: Language) -> None:
    same = AttributeRuler(nlp.vocab)
    same.add_patterns(RULES)
    more = AttributeRuler(nlp.vocab)
    extra: dict[str, Any] = {"patterns": [[{"ORTH": "M."}]], "attrs": {"LEMMA": "monsieur"}}
    more.add_patterns([*RULES, extra])
    fewer = AttributeRuler(nlp.vocab)
    fewer.add_patterns(RULES[:-1])
    assert [replaces(same), replaces(more), replaces(fewer), replaces(object())] == [
        True,
        False,
        False,
        False,
    ]
