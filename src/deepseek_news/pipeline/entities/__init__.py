"""Component ``dsn_entities``: person and organization mentions, one entity per real entity.

Writes ``doc.spans["dsn_persons"]`` and ``doc.spans["dsn_orgs"]``; each
mention's meta carries ``name`` (the canonical name of its entity).  The span
groups' attrs also hold, as plain JSON values:

- ``doc.spans["dsn_persons"].attrs["roles"]``: canonical name -> roles as written
  ("PDG d'OpenAI", "président américain"; a civil title such as "M." is no role);
- ``doc.spans["dsn_persons"].attrs["gender"]``: canonical name -> "m", "f" or None;
- ``doc.spans[KEY].attrs["aliases"]``: canonical name -> the other surface forms.

How it decides (see docs/entities.md): the model's PER/ORG/MISC/LOC entities and
runs of capitalized words are cleaned (newlines, boilerplate, trailing dates,
titles), then classified with contextual evidence (head nouns such as "la
start-up X", roles "le PDG de X", corporate forms, stock-market contexts,
acronyms with their expansion, press credits); a name shown to be an
organization once is one everywhere in the doc.  Surface forms are then merged
into entities (accent- and case-insensitive fuzzy matching, surnames into full
names, acronyms into their expansion).

The package is laid out like the pipes of spaCy itself, one room per step:

- ``patterns``: regular expressions and word sets, compiled once from the lang/fr tables;
- ``cleaning``: a candidate span trimmed to a name (one line, no boilerplate, titles cut);
- ``candidates``: where candidates come from (model entities, capitalized runs, institutions,
  acronym expansions, press credits);
- ``evidence``: the context around each candidate (head nouns, roles, corporate forms...);
- ``acronyms``: acronyms and their expansions;
- ``decision``: which surface forms are persons, which are organizations;
- ``merging``: every mention of the kept forms, and the links that make one entity of them;
- ``attributes``: roles and gender of persons;
- ``component``: the ``dsn_entities`` factory, the pipe, and ``records_from_doc``.
"""

from __future__ import annotations

from .acronyms import _words_before as _words_before
from .component import ORGS_KEY, PERSONS_KEY, EntityFinder, make_entities, records_from_doc
from .merging import _occurrences as _occurrences
from .patterns import _WORD_CHARS_RE as _WORD_CHARS_RE


def preload() -> None:
    """Compile the patterns built on first use: the role phrases around persons and the
    head nouns looked for before a name."""
    from ...lang.fr import name_context as N
    from ...lang.fr import organizations as O
    from .attributes import _role_patterns
    from .patterns import _ends_with_reversed

    _role_patterns()
    for words in (
        O.ORG_HEAD_NOUNS,
        O.ORG_MEMBER_NOUNS,
        O.FINANCE_NOUNS,
        N.SHARE_NOUNS,
        O.PRODUCT_NOUNS,
        O.PRODUCT_HEADS,
        O.PLACE_PREPOSITIONS,
    ):
        _ends_with_reversed(words)


__all__ = ["ORGS_KEY", "PERSONS_KEY", "EntityFinder", "make_entities", "preload", "records_from_doc"]
