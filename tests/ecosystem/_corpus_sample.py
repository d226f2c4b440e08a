"""A small hand-built corpus of records (no model) for the report and export tests."""

from __future__ import annotations

from deepseek_news.records import ArticleRecord, MoneyAmount, Organization, Percentage, Person, Quote, Speaker


def _sp(sid: str, name: str, type_: str, gender: str | None, key: str | None) -> Speaker:
    return Speaker(id=sid, name=name, type=type_, gender=gender, corpus_key=key)


def _q(qid: str, kind: str, speaker: Speaker | None, start: int) -> Quote:
    return Quote(
        id=qid,
        text=f"citation {qid}",
        start=start,
        end=start + 10,
        kind=kind,
        speaker=speaker.name if speaker else None,
        speaker_id=speaker.id if speaker else None,
    )


def sample_corpus() -> list[ArticleRecord]:
    a = [
        _sp("s1", "Anne Roux", "person", "female", "anne roux"),
        _sp("s2", "Renault", "organization", None, "renault"),
        _sp("s3", "un témoin", "unnamed", None, None),
    ]
    b = [
        _sp("s1", "Roux", "person", None, "roux"),
        _sp("s2", "Paul Marchand", "person", "male", "paul marchand"),
    ]
    c = [
        _sp("s1", "Paul Marchand", "person", "male", "paul marchand"),
        _sp("s2", "Claude Petit", "person", None, "claude petit"),
        _sp("s3", "Luc Bernard", "person", "male", "luc bernard"),
    ]
    d = [
        _sp("s1", "Jean Dupont", "person", "male", "jean dupont"),
        _sp("s2", "Marie Dupont", "person", "female", "marie dupont"),
        _sp("s3", "Dupont", "person", None, "dupont"),
    ]
    return [
        ArticleRecord(
            doc_id="corpus/lemonde/2024-03-01-a.txt",
            quotes=[
                _q("q1", "direct", a[0], 0),
                _q("q2", "indirect", a[0], 20),
                _q("q3", "direct", a[1], 40),
                _q("q4", "partial", a[2], 60),
                _q("q5", "direct", None, 80),
            ],
            speakers=a,
            persons=[Person(id="p1", name="Anne Roux", gender="female", gender_evidence="title:Mme")],
            organizations=[Organization(id="o1", name="Renault", aliases=["le constructeur"])],
            money=[MoneyAmount(text="5 millions d'euros", start=100, end=118, value=5e6, currency="EUR")],
        ),
        ArticleRecord(
            doc_id="corpus/lemonde/2024-04-02-b.txt",
            quotes=[_q("q1", "direct", b[0], 0), _q("q2", "direct", b[1], 20), _q("q3", "partial", b[1], 40)],
            speakers=b,
            money=[MoneyAmount(text="2 milliards de dollars", start=60, end=82, value=2e9, currency="USD")],
        ),
        ArticleRecord(
            doc_id="corpus/liberation/2024-03-15-c.txt",
            quotes=[
                _q("q1", "direct", c[0], 0),
                _q("q2", "indirect", c[1], 20),
                _q("q3", "direct", c[2], 40),
            ],
            speakers=c,
            percentages=[Percentage(text="4,5 %", start=60, end=65, value=4.5)],
        ),
        ArticleRecord(
            doc_id="corpus/ouest/d.txt",
            quotes=[_q("q1", "direct", d[0], 0), _q("q2", "direct", d[1], 20), _q("q3", "direct", d[2], 40)],
            speakers=d,
        ),
    ]
