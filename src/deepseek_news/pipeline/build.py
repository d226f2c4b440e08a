"""Build an ArticleRecord from processed docs: read doc.spans, map offsets back.

The reader of the components' output: :class:`~deepseek_news.api.Extractor`
calls :func:`chunk_part` for each chunk of a text and :func:`merge_parts` once
per text; the ``doc._.dsn_*`` getters call :func:`build_record` on one doc.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from pydantic import BaseModel
from spacy.tokens import Doc

from ..config import DEFAULT_CURRENCY
from ..gender import assign_genders
from ..records import ArticleRecord, Organization, Person, Quote, Speaker
from ..text import Normalized
from . import amounts, attribution, entities, language
from . import quotes as quote_marks
from .links import link_speakers

log = logging.getLogger("deepseek_news")

M = TypeVar("M", bound=BaseModel)


def _remap(obj: Any, offset: int, norm: Normalized) -> None:
    """Shift every start/end in a record tree by `offset`, map them to the
    original string, and reset `text` fields to the original characters."""
    if isinstance(obj, list):
        for item in obj:
            _remap(item, offset, norm)
        return
    if not isinstance(obj, BaseModel):
        return
    fields = type(obj).model_fields
    if "start" in fields and "end" in fields and isinstance(getattr(obj, "start", None), int):
        if "original_id" in fields:  # OriginalMatch offsets point inside the Original
            return
        start, end = norm.span(obj.start + offset, obj.end + offset)  # type: ignore[attr-defined]
        object.__setattr__(obj, "start", start)
        object.__setattr__(obj, "end", end)
        if "text" in fields:
            object.__setattr__(obj, "text", norm.original[start:end])
    for name in fields:
        value = getattr(obj, name)
        if isinstance(value, BaseModel | list):
            _remap(value, offset, norm)


def _merge_named(items: list[M], merged_ids: dict[str, str] | None = None) -> list[M]:
    """Merge entries of the same canonical name (from different chunks); `merged_ids` receives the
    id of each entry merged into another -> the id of the entry kept."""
    by_name: dict[str, M] = {}
    for item in items:
        name = getattr(item, "name")  # noqa: B009  (M is any named record)
        if name in by_name:
            kept = by_name[name]
            if merged_ids is not None:
                merged_ids[getattr(item, "id")] = getattr(kept, "id")  # noqa: B009
            for attr in ("mentions", "aliases", "roles"):
                if hasattr(kept, attr):
                    merged = list(getattr(kept, attr))
                    for v in getattr(item, attr):
                        if v not in merged:
                            merged.append(v)
                    setattr(kept, attr, merged)
        else:
            by_name[name] = item
    return list(by_name.values())


def _apply_aliases(record: ArticleRecord, aliases: Mapping[str, str]) -> None:
    if not aliases:
        return

    def canon(name: str | None) -> str | None:
        return aliases.get(name, name) if name is not None else None

    ents: list[Person | Organization] = [*record.persons, *record.organizations]
    for ent in ents:
        new = canon(ent.name)
        if new and new != ent.name:
            if ent.name not in ent.aliases:
                ent.aliases.append(ent.name)
            ent.name = new
    for sp in record.speakers:
        sp.name = canon(sp.name) or sp.name
        sp.organization = canon(sp.organization)
    for q in record.quotes:
        q.speaker = canon(q.speaker)
    record.persons = _merge_named(record.persons)
    record.organizations = _merge_named(record.organizations)
    _merge_speakers(record)


def _merge_speakers(record: ArticleRecord) -> None:
    """Merge speakers of the same name; their quotes follow the speaker kept."""
    merged: dict[str, str] = {}
    record.speakers = _merge_named(record.speakers, merged)
    for q in record.quotes:
        if q.speaker_id in merged:
            q.speaker_id = merged[q.speaker_id]


def _renumber(record: ArticleRecord) -> None:
    """Stable ids in text order: q1.., s1.., p1.., o1.."""
    record.quotes.sort(key=lambda q: (q.start, -q.end, q.kind))
    for i, q in enumerate(record.quotes, 1):
        q.id = f"q{i}"
    ent_ids: dict[tuple[str, str], str] = {}
    groups: tuple[tuple[str, list[Person] | list[Organization]], ...] = (
        ("p", record.persons),
        ("o", record.organizations),
    )
    for prefix, group in groups:
        members: list[Person | Organization] = list(group)
        for i, e in enumerate(members, 1):
            old = e.id
            e.id = f"{prefix}{i}"
            ent_ids[(prefix, old)] = e.id
    speaker_ids: dict[str, str] = {}
    for i, sp in enumerate(record.speakers, 1):
        speaker_ids[sp.id] = f"s{i}"
        sp.id = f"s{i}"
        if sp.entity_id is not None:
            prefix = "p" if sp.type == "person" else "o"
            sp.entity_id = ent_ids.get((prefix, sp.entity_id), sp.entity_id)
    for q in record.quotes:
        if q.speaker_id is not None:
            q.speaker_id = speaker_ids.get(q.speaker_id)


def chunk_part(
    doc: Doc,
    offset: int,
    norm: Normalized,
    *,
    chunk: int = 0,
    multi: bool = False,
    default_currency: str | None = DEFAULT_CURRENCY,
    doc_id: str | None = None,
) -> tuple[ArticleRecord, list[tuple[int, int]]]:
    """The records of one processed chunk (starting at `offset` in ``norm.text``), offsets
    mapped to the original string, and its English passages.

    `multi`: the text has several chunks; ids get the chunk's prefix so they stay
    unique until :func:`merge_parts` renumbers them.  Unbalanced quotation marks
    are logged as warnings naming `doc_id`.  Once this returns, the doc is no
    longer needed.
    """
    _warn_unbalanced(doc, offset, norm, doc_id, quote_marks.KEY)

    quotes, speakers = attribution.records_from_doc(doc)
    persons, orgs = entities.records_from_doc(doc)
    money, percents = amounts.records_from_doc(doc, default_currency=default_currency)
    if multi:
        _prefix_ids(chunk, quotes, speakers, persons, orgs)
    part = ArticleRecord(
        quotes=quotes,
        speakers=speakers,
        persons=persons,
        organizations=orgs,
        money=money,
        percentages=percents,
    )
    _remap(part, offset, norm)
    english = [norm.span(s + offset, e + offset) for s, e in language.english_segments(doc)]
    return part, english


def _warn_unbalanced(doc: Doc, offset: int, norm: Normalized, doc_id: str | None, key: str) -> None:
    if key not in doc.spans:
        return
    where = f"{doc_id}: " if doc_id is not None else ""
    for what, at, recovery in doc.spans[key].attrs.get("unbalanced_marks", ()):
        start = norm.span(at + offset, at + offset + 1)[0]
        log.warning("%s%s at offset %d%s", where, what, start, recovery)


def merge_parts(
    parts: Sequence[tuple[ArticleRecord, list[tuple[int, int]]]],
    norm: Normalized,
    *,
    doc_id: str | None,
    originals: Sequence[str] = (),
    aliases: Mapping[str, str] | None = None,
) -> ArticleRecord:
    """One record from the :func:`chunk_part` results of a text's chunks, in text order."""
    record = ArticleRecord(doc_id=doc_id)
    english: list[tuple[int, int]] = []
    for part, part_english in parts:
        record.quotes += part.quotes
        record.speakers += part.speakers
        record.persons += part.persons
        record.organizations += part.organizations
        record.money += part.money
        record.percentages += part.percentages
        english += part_english
    if len(parts) > 1:
        record.persons = _merge_named(record.persons)
        record.organizations = _merge_named(record.organizations)
        _merge_speakers(record)
    _apply_aliases(record, aliases or {})
    _renumber(record)
    link_speakers(record)
    assign_genders(record, norm.original)
    if originals or english:
        from ..crosslingual import attach_originals

        attach_originals(record, norm.original, originals, english)
    return record


def build_record(
    chunks: Sequence[tuple[int, Doc]],
    norm: Normalized,
    *,
    doc_id: str | None,
    originals: Sequence[str] = (),
    default_currency: str | None = DEFAULT_CURRENCY,
    aliases: Mapping[str, str] | None = None,
) -> ArticleRecord:
    """One record from the processed chunks ``(offset in norm.text, doc)`` of a text, in order."""
    multi = len(chunks) > 1
    parts = [
        chunk_part(doc, offset, norm, chunk=c, multi=multi, default_currency=default_currency, doc_id=doc_id)
        for c, (offset, doc) in enumerate(chunks)
    ]
    return merge_parts(parts, norm, doc_id=doc_id, originals=originals, aliases=aliases)


def _prefix_ids(
    c: int, quotes: list[Quote], speakers: list[Speaker], persons: list[Person], orgs: list[Organization]
) -> None:
    for q in quotes:
        if q.speaker_id:
            q.speaker_id = f"c{c}{q.speaker_id}"
    for sp in speakers:
        sp.id = f"c{c}{sp.id}"
        if sp.entity_id:
            sp.entity_id = f"c{c}{sp.entity_id}"
    ents: list[Person | Organization] = [*persons, *orgs]
    for e in ents:
        e.id = f"c{c}{e.id}"
