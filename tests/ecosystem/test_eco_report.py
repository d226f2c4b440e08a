"""The corpus report: its figures from a hand-built corpus, and the page in headless Chromium.

The browser test is skipped where no Chromium is installed (``apt-get install -y chromium``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from _browser import dump_dom, find_chromium, pixels_near, png_colours, screenshot
from _corpus_sample import sample_corpus

from deepseek_news.cli import main
from deepseek_news.report import BAR_COLOUR, GENDER_COLOURS, corpus_stats, month_of, render_report

CATS = ("female", "male", "unknown", "organization", "unnamed", "unattributed")


def test_corpus_stats() -> None:
    s = corpus_stats(sample_corpus())
    assert (s["articles"], s["quotes"], s["speaker_entries"], s["persons_quoted"]) == (4, 14, 11, 7)
    # "Roux" joins "Anne Roux" (one full name ends with it); "Dupont" stays apart (two do)
    assert s["quotes_by_category"] == {
        "female": 4,
        "male": 5,
        "unknown": 2,
        "organization": 1,
        "unnamed": 1,
        "unattributed": 1,
    }
    assert s["female_share_of_quotes"] == 44.4
    assert s["speakers_by_gender"] == {"female": 2, "male": 3, "unknown": 2}
    assert s["female_share_of_speakers"] == 40.0
    assert list(s["by_month"]) == ["2024-03", "2024-04"]
    assert s["by_month"]["2024-04"] == dict(zip(CATS, (1, 2, 0, 0, 0, 0), strict=True))
    assert {o: sum(c.values()) for o, c in s["by_outlet"].items()} == {
        "lemonde": 8,
        "liberation": 3,
        "ouest": 3,
    }
    assert [(p["name"], p["quotes"], p["gender"]) for p in s["top_persons"][:2]] == [
        ("Anne Roux", 3, "female"),
        ("Paul Marchand", 3, "male"),
    ]
    assert s["top_organizations"] == [{"name": "Renault", "key": "renault", "quotes": 1}]
    assert s["quotes_by_kind"] == {"direct": 10, "indirect": 2, "partial": 2}
    assert [(a["value"], a["currency"]) for a in s["largest_amounts"]] == [(2e9, "USD"), (5e6, "EUR")]


@pytest.mark.parametrize(
    ("record", "month"),
    [
        ({"doc_id": "lemonde/2024/03/article.txt"}, "2024-03"),
        ({"doc_id": "x/20231105_article.txt"}, "2023-11"),
        ({"doc_id": "x/article.txt", "date": "2022-07-14T10:00:00"}, "2022-07"),
        ({"doc_id": "x/article-2024.txt"}, None),
        ({"doc_id": "x/123456789.txt"}, None),
    ],
)
def test_month_of(record: dict[str, Any], month: str | None) -> None:
    assert month_of(record) == month


def test_report_command(tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"
    records.write_text("".join(r.model_dump_json() + "\n" for r in sample_corpus()), encoding="utf-8")
    out = tmp_path / "report.html"
    assert main(["report", str(records), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page == render_report(sample_corpus())
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    # every table has its CSV download, with the table's rows
    links = re.findall(r'<a download="([\w-]+)\.csv" href="data:text/csv;charset=utf-8,([^"]*)"', page)
    assert [name for name, _ in links] == [
        "t-gender",
        "t-month",
        "t-outlet",
        "t-persons",
        "t-orgs",
        "t-kinds",
        "t-money",
    ]
    kinds_csv = unquote(dict(links)["t-kinds"])
    assert kinds_csv == "kind,quotes\ndirect,10\nindirect,2\npartial,2\n"


@pytest.fixture(scope="module")
def chromium() -> str:
    path = find_chromium()
    if path is None:
        pytest.skip(
            "no Chromium on PATH: install it (Debian: apt-get install -y chromium) to run browser tests"
        )
    return path


def _cells(dom: str, table_id: str) -> list[list[str]]:
    body = re.search(rf'<table id="{table_id}">.*?<tbody>(.*?)</tbody>', dom, re.S)
    assert body is not None, table_id
    return [
        re.findall(r'<td data-value="([^"]*)"', row) for row in re.findall(r"<tr>(.*?)</tr>", body.group(1))
    ]


def test_report_in_browser(chromium: str, tmp_path: Path) -> None:
    corpus = sample_corpus()
    page = tmp_path / "report.html"
    page.write_text(render_report(corpus), encoding="utf-8")
    dom = dump_dom(chromium, page, tmp_path)
    colours = png_colours(screenshot(chromium, page, tmp_path / "report.png", tmp_path, size="1280,4000"))
    # the charts are drawn: each gender colour and the bar colour cover a visible area
    for colour in (*GENDER_COLOURS.values(), BAR_COLOUR):
        assert pixels_near(colours, colour) > 300, colour
    assert dom.count("<svg") == 7
    # the numbers shown are the ones computed from the records
    n_quotes = sum(len(r.quotes) for r in corpus)
    shown = {
        k: re.findall(rf'<dd id="{k}">([^<]*)</dd>', dom) for k in ("n-articles", "n-quotes", "n-speakers")
    }
    assert shown == {
        "n-articles": [str(len(corpus))],
        "n-quotes": [str(n_quotes)],
        "n-speakers": [str(sum(len(r.speakers) for r in corpus))],
    }
    kinds: dict[str, int] = {}
    for r in corpus:
        for q in r.quotes:
            kinds[q.kind] = kinds.get(q.kind, 0) + 1
    assert {k: int(n) for k, n in _cells(dom, "t-kinds")} == kinds
    quotes_row = _cells(dom, "t-gender")[0]
    assert sum(int(x) for x in quotes_row[1:7]) == n_quotes
    attributed_to_women = sum(
        1
        for r in corpus
        for q in r.quotes
        for s in r.speakers
        if s.id == q.speaker_id and s.name.endswith("Roux")
    ) + sum(
        1
        for r in corpus
        for q in r.quotes
        for s in r.speakers
        if s.id == q.speaker_id and s.name == "Marie Dupont"
    )
    assert int(quotes_row[1]) == attributed_to_women
    stats = corpus_stats(corpus)
    assert [[int(x) for x in row[1:7]] for row in _cells(dom, "t-outlet")] == [
        [c[x] for x in CATS] for c in stats["by_outlet"].values()
    ]
    money = sorted((a.value or 0.0 for r in corpus for a in r.money), reverse=True)
    assert [float(row[3]) for row in _cells(dom, "t-money")] == money
