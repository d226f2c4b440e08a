"""Links between a record's speakers and its Person and Organization entries.

A named speaker ("Sam Altman", "Nvidia") points at the entry of the same entity
(``Speaker.entity_id``); a speaker's organization ("le PDG d'OpenAI", "un porte-parole de
Nvidia") points at its Organization entry (``Speaker.organization_id``) and takes that entry's
canonical name. Run on a whole record, once its ids are final.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..naming import fold
from ..records import ArticleRecord, Mention, Organization, Person, Speaker


def _by_name(entries: Sequence[Person | Organization]) -> dict[str, Person | Organization]:
    """Folded name and aliases -> entry; a form shared by two entries names neither."""
    out: dict[str, Person | Organization] = {}
    shared: set[str] = set()
    for e in entries:
        for form in {fold(e.name), *(fold(a) for a in e.aliases)}:
            if form in out and out[form] is not e:
                shared.add(form)
            out.setdefault(form, e)
    for form in shared:
        del out[form]
    return out


def _overlapping(
    mentions: Sequence[Mention], entries: Sequence[Person | Organization]
) -> Person | Organization | None:
    """The one entry with a mention overlapping one of `mentions`, else None."""
    found: list[Person | Organization] = []
    for e in entries:
        if any(m.start < n.end and n.start < m.end for m in mentions for n in e.mentions):
            found.append(e)
    return found[0] if len(found) == 1 else None


def _entity_of(
    sp: Speaker,
    persons: Sequence[Person],
    orgs: Sequence[Organization],
    person_names: dict[str, Person | Organization],
    org_names: dict[str, Person | Organization],
) -> Person | Organization | None:
    if sp.type == "unnamed":
        return None
    own, entries = (person_names, persons) if sp.type == "person" else (org_names, orgs)
    return own.get(fold(sp.name)) or _overlapping(sp.mentions, entries)


def link_speakers(record: ArticleRecord) -> None:
    """Fill ``entity_id`` and ``organization_id`` of `record`'s speakers (in place)."""
    person_names = _by_name(record.persons)
    org_names = _by_name(record.organizations)
    for sp in record.speakers:
        ent = _entity_of(sp, record.persons, record.organizations, person_names, org_names)
        sp.entity_id = ent.id if ent is not None else None
        org = org_names.get(fold(sp.organization)) if sp.organization else None
        if org is not None:
            sp.organization = org.name
            sp.organization_id = org.id
