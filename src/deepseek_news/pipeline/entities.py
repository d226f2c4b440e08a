"""Component ``dsn_entities``: person and organization mentions.

Writes ``doc.spans["dsn_persons"]`` and ``doc.spans["dsn_orgs"]``; each
mention's meta carries ``name`` (the canonical name of its entity).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Mention, Organization, Person
from ._spans import add_span, group, items

PERSONS_KEY = "dsn_persons"
ORGS_KEY = "dsn_orgs"


class EntityFinder:
    def __call__(self, doc: Doc) -> Doc:
        group(doc, PERSONS_KEY)
        group(doc, ORGS_KEY)
        n = 0
        for ent in doc.ents:
            key = {"PER": PERSONS_KEY, "ORG": ORGS_KEY}.get(ent.label_)
            if key is None:
                continue
            n += 1
            add_span(doc, key, ent.start_char, ent.end_char, ent.label_, f"e{n}", name=ent.text)
        return doc


@Language.factory("dsn_entities", assigns=["doc.spans"], requires=["doc.ents"])
def make_entities(nlp: Language, name: str) -> EntityFinder:
    return EntityFinder()


def records_from_doc(doc: Doc) -> tuple[list[Person], list[Organization]]:
    """Persons and organizations of `doc`, one entry per canonical name."""
    persons: dict[str, Person] = {}
    orgs: dict[str, Organization] = {}
    for _, m in items(doc, PERSONS_KEY):
        p = persons.setdefault(m["name"], Person(id=f"p{len(persons) + 1}", name=m["name"]))
        p.mentions.append(Mention(start=m["start"], end=m["end"], text=doc.text[m["start"] : m["end"]]))
    for _, m in items(doc, ORGS_KEY):
        o = orgs.setdefault(m["name"], Organization(id=f"o{len(orgs) + 1}", name=m["name"]))
        o.mentions.append(Mention(start=m["start"], end=m["end"], text=doc.text[m["start"] : m["end"]]))
    return list(persons.values()), list(orgs.values())
