"""Speakers linked to their Person and Organization entries (``entity_id``, ``organization_id``)."""

from __future__ import annotations

import pytest

from deepseek_news.pipeline.links import link_speakers
from deepseek_news.records import ArticleRecord, Mention, Organization, Person, Speaker

# (speaker name, type, entity id, organization, organization id) of each speaker
Row = tuple[str, str, str | None, str | None, str | None]


def _rows(rec: ArticleRecord) -> list[Row]:
    return [(s.name, s.type, s.entity_id, s.organization, s.organization_id) for s in rec.speakers]


# Sentences written for these tests, in the forms French news gives a speaker: a named person
# with a role in an organization, an organization speaking as a body, an unnamed spokesperson
# of a named organization, an organization named by its acronym and its expansion.
ARTICLES: list[tuple[str, list[Row]]] = [
    (
        "Le PDG d'OpenAI, Sam Altman, a déclaré : « Nous allons accélérer. » Altman a ajouté "
        "que la concurrence était saine.",
        [("Sam Altman", "person", "p1", "OpenAI", "o1")],
    ),
    (
        "« Les ventes reculent en Europe », a indiqué Renault dans un communiqué.",
        [("Renault", "organization", "o1", "Renault", "o1")],
    ),
    (
        "« Nous suivons la situation de près », a déclaré un porte-parole de Nvidia.",
        [("un porte-parole de Nvidia", "unnamed", None, "Nvidia", "o1")],
    ),
    (
        "Le Paris Saint-Germain (PSG) a recruté un attaquant. « C'est un grand joueur », a déclaré "
        "un dirigeant du PSG.",
        [("un dirigeant du PSG", "unnamed", None, "Paris Saint-Germain", "o1")],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), ARTICLES)
def test_speakers_linked_on_articles(extractor, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert _rows(extractor.extract(text)) == expected


def _m(start: int, end: int) -> Mention:
    return Mention(start=start, end=end, text="x" * (end - start))


def _record(speakers: list[Speaker]) -> ArticleRecord:
    return ArticleRecord(
        speakers=speakers,
        persons=[
            Person(
                id="p1", name="Luiz Inácio Lula da Silva", aliases=["Lula"], mentions=[_m(0, 25), _m(90, 94)]
            ),
            Person(id="p2", name="Donald Trump", aliases=["Trump"], mentions=[_m(40, 52)]),
            Person(id="p3", name="Melania Trump", aliases=["Trump"], mentions=[_m(60, 73)]),
        ],
        organizations=[Organization(id="o1", name="Organisation des Nations unies", aliases=["ONU"])],
    )


# Hand-built records: how a speaker's name finds its entry (folded name, alias, overlapping
# mention), and when it finds none.
LINKS: list[tuple[Speaker, Row]] = [
    (
        Speaker(id="s1", name="luiz inacio lula da silva", type="person"),
        ("luiz inacio lula da silva", "person", "p1", None, None),
    ),
    (Speaker(id="s1", name="Lula", type="person"), ("Lula", "person", "p1", None, None)),
    # "Trump" names two persons: only its mention tells which
    (Speaker(id="s1", name="Trump", type="person"), ("Trump", "person", None, None, None)),
    (
        Speaker(id="s1", name="Trump", type="person", mentions=[_m(65, 73)]),
        ("Trump", "person", "p3", None, None),
    ),
    (
        Speaker(id="s1", name="ONU", type="organization", organization="ONU"),
        ("ONU", "organization", "o1", "Organisation des Nations unies", "o1"),
    ),
    # a country speaking is no organization of the record
    (
        Speaker(id="s1", name="Qatar", type="organization", organization="Qatar"),
        ("Qatar", "organization", None, "Qatar", None),
    ),
    (
        Speaker(
            id="s1", name="un diplomate de l'ONU", type="unnamed", organization="ONU", mentions=[_m(0, 25)]
        ),
        ("un diplomate de l'ONU", "unnamed", None, "Organisation des Nations unies", "o1"),
    ),
]


@pytest.mark.parametrize(("speaker", "expected"), LINKS)
def test_link_rules(speaker: Speaker, expected: Row) -> None:
    rec = _record([speaker])
    link_speakers(rec)
    assert _rows(rec) == [expected]


def test_speakers_merged_across_chunks_keep_their_quotes_and_links() -> None:
    from deepseek_news.pipeline.build import merge_parts
    from deepseek_news.records import Quote
    from deepseek_news.text import normalize

    text = "« A », a dit Sam Altman.\n\n« B », a ajouté Sam Altman."
    norm = normalize(text)

    def part(chunk: int, q_start: int, name_start: int) -> tuple[ArticleRecord, list[tuple[int, int]]]:
        q = Quote(
            id=f"c{chunk}q1", text=text[q_start : q_start + 1], start=q_start, end=q_start + 1, kind="direct"
        )
        q.speaker, q.speaker_id = "Sam Altman", f"c{chunk}s1"
        mention = Mention(start=name_start, end=name_start + 10, text="Sam Altman")
        return (
            ArticleRecord(
                quotes=[q],
                speakers=[Speaker(id=f"c{chunk}s1", name="Sam Altman", type="person", mentions=[mention])],
                persons=[Person(id=f"c{chunk}p1", name="Sam Altman", mentions=[mention])],
            ),
            [],
        )

    rec = merge_parts([part(0, 2, 13), part(1, 28, 42)], norm, doc_id=None)
    assert [(q.id, q.speaker_id) for q in rec.quotes] == [("q1", "s1"), ("q2", "s1")]
    assert [(s.id, s.entity_id) for s in rec.speakers] == [("s1", "p1")]
    assert [(p.id, [m.start for m in p.mentions]) for p in rec.persons] == [("p1", [13, 42])]
