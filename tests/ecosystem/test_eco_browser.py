"""The HTML view in a real headless browser (Debian ``chromium``).

Skipped where no Chromium is installed (``apt-get install -y chromium``).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from _browser import dump_dom, find_chromium, pixels_near, png_colours, screenshot
from _html import Mark, parse
from _sample import TEXT, sample_record

from deepseek_news.records import ArticleRecord
from deepseek_news.render import MARK_COLOURS, SPEAKER_COLOURS, UNATTRIBUTED_COLOUR, render_html

SEED_002 = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "002_b64b29fc75215990.txt"
# A highlight must add at least this many pixels of its colour to the page without marks.
MIN_PIXELS = 150


@pytest.fixture(scope="module")
def chromium() -> str:
    path = find_chromium()
    if path is None:
        pytest.skip(
            "no Chromium on PATH: install it (Debian: apt-get install -y chromium) to run browser tests"
        )
    return path


def _shoot(
    chromium: str, record: ArticleRecord, text: str, tmp: Path, name: str, *, dom: bool = True
) -> tuple[Counter[Any], str]:
    page = tmp / f"{name}.html"
    page.write_text(render_html(record, text), encoding="utf-8")
    colours = png_colours(screenshot(chromium, page, tmp / f"{name}.png", tmp))
    return colours, dump_dom(chromium, page, tmp) if dom else ""


def _extra_pixels(marked: Counter[Any], blank: Counter[Any], colour: str) -> int:
    return pixels_near(marked, colour) - pixels_near(blank, colour)


def _check_marks(record: ArticleRecord, marks: list[Mark]) -> None:
    """Every item of `record` has a visible mark with non-empty text in the rendered DOM."""
    assert all(m.text.strip() for m in marks), [m for m in marks if not m.text.strip()]
    by_class = Counter(m.cls for m in marks)
    quote_ids = {m.attrs.get("id") for m in marks if m.cls == "dsn-quote"}
    assert quote_ids >= {q.id for q in record.quotes}
    assert by_class["dsn-org"] >= sum(len(o.mentions) for o in record.organizations)
    assert by_class["dsn-person"] >= sum(len(p.mentions) for p in record.persons)
    assert by_class["dsn-money"] >= len(record.money)
    assert by_class["dsn-percent"] >= len(record.percentages)
    assert by_class["dsn-cue"] >= sum(q.cue_mention is not None for q in record.quotes)
    assert by_class["dsn-speaker"] >= sum(q.speaker_mention is not None for q in record.quotes)


def _expected_colours(record: ArticleRecord) -> list[str]:
    colours = []
    speaker_order = [s.id for s in record.speakers]
    for q in record.quotes:
        if q.speaker_id in speaker_order:
            colours.append(SPEAKER_COLOURS[speaker_order.index(q.speaker_id) % len(SPEAKER_COLOURS)])
        elif q.speaker_id is None:
            colours.append(UNATTRIBUTED_COLOUR)
    if record.organizations:
        colours.append(MARK_COLOURS["org"])
    if record.money:
        colours.append(MARK_COLOURS["money"])
    if record.percentages:
        colours.append(MARK_COLOURS["percent"])
    return sorted(set(colours))


def test_hand_built_record_in_browser(chromium: str, tmp_path: Path) -> None:
    record = sample_record()
    marked, dom = _shoot(chromium, record, TEXT, tmp_path, "sample")
    blank, _ = _shoot(chromium, ArticleRecord(doc_id=record.doc_id), TEXT, tmp_path, "blank", dom=False)
    page = parse(dom)
    assert page.article_text == TEXT
    _check_marks(record, page.marks)
    assert [m.text for m in page.marks if m.cls == "dsn-quote"] == [q.text for q in record.quotes]
    expected = [SPEAKER_COLOURS[0], SPEAKER_COLOURS[1], UNATTRIBUTED_COLOUR, *MARK_COLOURS.values()]
    assert _expected_colours(record) == sorted(expected)
    missing = {
        c: _extra_pixels(marked, blank, c) for c in expected if _extra_pixels(marked, blank, c) < MIN_PIXELS
    }
    assert missing == {}


@pytest.mark.slow
def test_seed_002_in_browser(chromium: str, extractor: Any, tmp_path: Path) -> None:
    if not SEED_002.exists():
        pytest.skip(f"seed article not found at {SEED_002} (it lives beside the project, in ../shared/seeds)")
    text = SEED_002.read_text(encoding="utf-8")
    record = extractor.extract(text, doc_id=SEED_002.name)
    marked, dom = _shoot(chromium, record, text, tmp_path, "seed002")
    blank, _ = _shoot(chromium, ArticleRecord(doc_id=record.doc_id), text, tmp_path, "blank", dom=False)
    page = parse(dom)
    assert page.article_text == text
    assert page.marks, "the seed article shows no mark at all"
    _check_marks(record, page.marks)
    colours = _expected_colours(record)
    assert colours
    missing = {
        c: _extra_pixels(marked, blank, c) for c in colours if _extra_pixels(marked, blank, c) < MIN_PIXELS
    }
    assert missing == {}
