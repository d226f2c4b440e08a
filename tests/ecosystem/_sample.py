"""A hand-written French article and its hand-built record, for the HTML view tests.

The sentences are invented for these tests; offsets are computed with
``str.index`` so the record stays exact if the wording changes.
"""

from __future__ import annotations

from deepseek_news.records import (
    ArticleRecord,
    Mention,
    MoneyAmount,
    Organization,
    Original,
    OriginalMatch,
    Percentage,
    Person,
    Quote,
    Speaker,
)

TEXT = (
    "Nova Systèmes lève 2,5 milliards d'euros\n\n"
    "« Nous allons ouvrir trois usines en Europe », a déclaré Jeanne Morel, PDG de Nova Systèmes, "
    "lundi à Lyon. Selon elle, le marché progressera de près de 12 % cette année.\n\n"
    "Paul Girard, analyste chez Orion Capital, juge l'annonce « ambitieuse ». "
    "Il a ajouté que la concurrence restait <forte> & imprévisible.\n\n"
    "L'action a gagné 3,4 % à la Bourse de Paris.\n\n"
    "We will open three plants in Europe."
)


def _m(fragment: str, occurrence: int = 0) -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(fragment, start + 1)
    return Mention(start=start, end=start + len(fragment), text=fragment)


def sample_record() -> ArticleRecord:
    q1 = _m("Nous allons ouvrir trois usines en Europe")
    q2 = _m("ambitieuse")
    q3 = _m("la concurrence restait <forte> & imprévisible")
    morel1, morel2 = _m("Jeanne Morel"), _m("elle")
    girard = _m("Paul Girard")
    original = _m("We will open three plants in Europe.")
    return ArticleRecord(
        doc_id="nova-<demo>",
        quotes=[
            Quote(
                id="q1",
                text=q1.text,
                start=q1.start,
                end=q1.end,
                kind="direct",
                speaker="Jeanne Morel",
                speaker_id="s1",
                cue="déclarer",
                cue_mention=_m("a déclaré"),
                speaker_mention=morel1,
                confidence=0.95,
                original=OriginalMatch(
                    original_id="e1",
                    text=original.text,
                    start=0,
                    end=len(original.text),
                    score=0.83,
                    article_start=original.start,
                    article_end=original.end,
                ),
            ),
            Quote(
                id="q2",
                text=q2.text,
                start=q2.start,
                end=q2.end,
                kind="partial",
                speaker="Paul Girard",
                speaker_id="s2",
                cue="juger",
                cue_mention=_m("juge"),
                speaker_mention=girard,
                confidence=0.8,
            ),
            Quote(
                id="q3",
                text=q3.text,
                start=q3.start,
                end=q3.end,
                kind="indirect",
                speaker=None,
                speaker_id=None,
                cue="ajouter",
                cue_mention=_m("a ajouté"),
                confidence=0.4,
            ),
        ],
        speakers=[
            Speaker(
                id="s1",
                name="Jeanne Morel",
                type="person",
                organization="Nova Systèmes",
                roles=["PDG de Nova Systèmes"],
                mentions=[morel1, morel2],
                entity_id="p1",
            ),
            Speaker(
                id="s2",
                name="Paul Girard",
                type="person",
                organization="Orion Capital",
                roles=["analyste"],
                mentions=[girard],
                entity_id="p2",
            ),
        ],
        persons=[
            Person(id="p1", name="Jeanne Morel", mentions=[morel1]),
            Person(id="p2", name="Paul Girard", mentions=[girard]),
        ],
        organizations=[
            Organization(
                id="o1", name="Nova Systèmes", mentions=[_m("Nova Systèmes"), _m("Nova Systèmes", 1)]
            ),
            Organization(id="o2", name="Orion Capital", mentions=[_m("Orion Capital")]),
            Organization(id="o3", name="Bourse de Paris", mentions=[_m("Bourse de Paris")]),
        ],
        money=[
            MoneyAmount(
                text="2,5 milliards d'euros",
                start=_m("2,5 milliards d'euros").start,
                end=_m("2,5 milliards d'euros").end,
                value=2.5e9,
                currency="EUR",
            )
        ],
        percentages=[
            Percentage(
                text="près de 12 %",
                start=_m("près de 12 %").start,
                end=_m("près de 12 %").end,
                value=12.0,
                approximate=True,
            ),
            Percentage(text="3,4 %", start=_m("3,4 %").start, end=_m("3,4 %").end, value=3.4),
        ],
        originals=[
            Original(id="e1", text=original.text, source="embedded", start=original.start, end=original.end)
        ],
    )
