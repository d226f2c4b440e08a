"""A self-contained HTML report on a corpus of records: who is quoted, how often women are.

>>> from deepseek_news.report import corpus_stats
>>> corpus_stats([])["articles"]
0

:func:`corpus_stats` computes every figure from the records (dicts or
:class:`~deepseek_news.records.ArticleRecord`); :func:`render_report` draws them
as one HTML page: inline SVG bar charts, a table under each, and a CSV download
of each table (a ``data:`` link).  Nothing is fetched when the page is viewed.

People are counted across articles by their ``corpus_key``; a one-word key
("altman") joins the one full name of the corpus that ends with it ("sam
altman") when there is exactly one and their genders do not disagree; two
people sharing a surname stay apart.

The outlet of a record is its ``outlet`` field when the input carries one,
else the folder of its ``doc_id`` below the folder all records share; its month
is its ``date`` field, else a ``YYYY-MM`` / ``YYYY/MM`` / ``YYYYMMDD`` in its
``doc_id``.
"""

from __future__ import annotations

import csv
import html
import io
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote as url_quote

from .records import ArticleRecord

__all__ = ["GENDER_COLOURS", "corpus_stats", "render_report"]

# quote categories, in display order
CATEGORIES: tuple[str, ...] = ("female", "male", "unknown", "organization", "unnamed", "unattributed")
GENDER_COLOURS: dict[str, str] = {"female": "#b0307a", "male": "#2a7ab0", "unknown": "#a8a8a8"}
BAR_COLOUR = "#4a6d8c"
TOP = 15

_MONTH = re.compile(r"(?<!\d)((?:19|20)\d\d)[-/_.]?(0[1-9]|1[0-2])(?:[-/_.]?(?:0[1-9]|[12]\d|3[01]))?(?!\d)")


def _dicts(records: Iterable[ArticleRecord | Mapping[str, Any]]) -> list[dict[str, Any]]:
    return [r.model_dump() if isinstance(r, ArticleRecord) else dict(r) for r in records]


def month_of(record: Mapping[str, Any]) -> str | None:
    """``YYYY-MM`` of a record, from its ``date`` field or its ``doc_id``."""
    for value in (record.get("date"), record.get("doc_id")):
        if value:
            m = _MONTH.search(str(value))
            if m:
                return f"{m.group(1)}-{m.group(2)}"
    return None


def _outlets(records: Sequence[Mapping[str, Any]]) -> list[str]:
    dirs = [PurePosixPath(str(r.get("doc_id") or "").replace("\\", "/")).parent.parts for r in records]
    common = 0
    if dirs:
        shortest = min(len(d) for d in dirs)
        while common < shortest and len({d[common] for d in dirs}) == 1:
            common += 1
    out = []
    for r, d in zip(records, dirs, strict=True):
        if r.get("outlet"):
            out.append(str(r["outlet"]))
        elif len(d) > common:
            out.append(d[common])
        else:
            out.append(d[-1] if d and d[-1] not in (".", "..") else "(none)")
    return out


def _resolve_keys(people: Mapping[str, Counter[str]]) -> dict[str, str]:
    """One-word key -> the one full-name key ending with it, when genders agree."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key in people:
        parts = key.split()
        if len(parts) > 1:
            by_surname[parts[-1]].append(key)
    out: dict[str, str] = {}
    for key, genders in people.items():
        if len(key.split()) == 1 and len(by_surname.get(key, [])) == 1:
            full = by_surname[key][0]
            g1, g2 = _gender_of(genders), _gender_of(people[full])
            if g1 is None or g2 is None or g1 == g2:
                out[key] = full
    return out


def _gender_of(votes: Counter[str]) -> str | None:
    top = votes.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def _share(counts: Mapping[str, int]) -> float | None:
    known = counts.get("female", 0) + counts.get("male", 0)
    return round(100 * counts.get("female", 0) / known, 1) if known else None


def corpus_stats(records: Iterable[ArticleRecord | Mapping[str, Any]]) -> dict[str, Any]:
    """Every figure of the report, computed from the records."""
    recs = _dicts(records)
    outlets = _outlets(recs)
    # people across the corpus
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for r in recs:
        for s in r.get("speakers") or []:
            if s.get("type") == "person" and s.get("corpus_key"):
                votes[s["corpus_key"]].update([s["gender"]] if s.get("gender") else [])
    joined = _resolve_keys(votes)
    person_gender: dict[str, str | None] = {}
    merged: dict[str, Counter[str]] = defaultdict(Counter)
    for key, v in votes.items():
        merged[joined.get(key, key)].update(v)
    for key, v in merged.items():
        person_gender[key] = _gender_of(v)

    by_kind: Counter[str] = Counter()
    overall: Counter[str] = Counter()
    by_month: dict[str, Counter[str]] = defaultdict(Counter)
    by_outlet: dict[str, Counter[str]] = defaultdict(Counter)
    person_quotes: Counter[str] = Counter()
    person_names: dict[str, Counter[str]] = defaultdict(Counter)
    org_quotes: Counter[str] = Counter()
    org_names: dict[str, Counter[str]] = defaultdict(Counter)
    speaker_entries = 0
    persons_quoted: set[str] = set()
    money: list[dict[str, Any]] = []
    n_quotes = 0
    for r, outlet in zip(recs, outlets, strict=True):
        month = month_of(r)
        speakers = {s["id"]: s for s in r.get("speakers") or []}
        speaker_entries += len(speakers)
        for q in r.get("quotes") or []:
            n_quotes += 1
            by_kind[q.get("kind") or "?"] += 1
            sp = speakers.get(q.get("speaker_id") or "")
            if sp is None:
                cat = "unattributed"
            elif sp.get("type") == "person":
                key = sp.get("corpus_key") or ""
                key = joined.get(key, key)
                cat = person_gender.get(key) or "unknown"
                if key:
                    person_quotes[key] += 1
                    person_names[key][sp["name"]] += 1
                    persons_quoted.add(key)
            elif sp.get("type") == "organization":
                cat = "organization"
                key = sp.get("corpus_key") or sp["name"]
                org_quotes[key] += 1
                org_names[key][sp["name"]] += 1
            else:
                cat = "unnamed"
            overall[cat] += 1
            by_outlet[outlet][cat] += 1
            if month:
                by_month[month][cat] += 1
        for i, a in enumerate(r.get("money") or []):
            if a.get("value") is not None:
                money.append({**a, "doc_id": r.get("doc_id"), "index": i})
    speakers_by_gender: Counter[str] = Counter(person_gender[k] or "unknown" for k in persons_quoted)
    money.sort(key=lambda a: -float(a["value"]))

    def top_people(counter: Counter[str], names: Mapping[str, Counter[str]]) -> list[dict[str, Any]]:
        return [
            {"name": names[k].most_common(1)[0][0], "key": k, "quotes": n, "gender": person_gender.get(k)}
            for k, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP]
        ]

    return {
        "articles": len(recs),
        "quotes": n_quotes,
        "speaker_entries": speaker_entries,
        "persons_quoted": len(persons_quoted),
        "quotes_by_category": {c: overall.get(c, 0) for c in CATEGORIES},
        "female_share_of_quotes": _share(overall),
        "speakers_by_gender": {g: speakers_by_gender.get(g, 0) for g in ("female", "male", "unknown")},
        "female_share_of_speakers": _share(speakers_by_gender),
        "by_month": {m: {c: by_month[m].get(c, 0) for c in CATEGORIES} for m in sorted(by_month)},
        "by_outlet": {o: {c: by_outlet[o].get(c, 0) for c in CATEGORIES} for o in sorted(by_outlet)},
        "top_persons": top_people(person_quotes, person_names),
        "top_organizations": [
            {"name": org_names[k].most_common(1)[0][0], "key": k, "quotes": n}
            for k, n in sorted(org_quotes.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP]
        ],
        "quotes_by_kind": dict(sorted(by_kind.items(), key=lambda kv: (-kv[1], kv[0]))),
        "largest_amounts": [
            {k: a.get(k) for k in ("doc_id", "index", "text", "value", "currency")} for a in money[:TOP]
        ],
    }


# ------------------------------------------------------------------ drawing


def _fmt(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:,.1f}".replace(",", " ") if abs(v) < 1e15 else f"{v:.3g}"
    if isinstance(v, int):
        return str(v)
    return str(v)


def _amount(v: float) -> str:
    for scale, word in ((1e12, "T"), (1e9, "Md"), (1e6, "M"), (1e3, "k")):
        if abs(v) >= scale:
            return f"{v / scale:.3g} {word}"
    return f"{v:.3g}"


def _svg_bars(items: Sequence[tuple[str, float, str]], fmt: Callable[[Any], str] = _fmt) -> str:
    """Horizontal bars: (label, value, colour)."""
    if not items:
        return '<p class="empty">nothing to draw</p>'
    row, label_w, bar_w = 22, 230, 420
    top = max(v for _, v, _ in items) or 1
    h = row * len(items) + 8
    parts = [
        f'<svg class="chart" role="img" width="{label_w + bar_w + 90}" height="{h}" xmlns="http://www.w3.org/2000/svg">'
    ]
    for i, (label, value, colour) in enumerate(items):
        y = 4 + i * row
        w = max(1.0, bar_w * value / top) if value else 0
        short = label if len(label) <= 34 else label[:33] + "…"
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end">{html.escape(short)}</text>'
            f'<rect class="bar" x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row - 6}" fill="{colour}">'
            f"<title>{html.escape(label)}: {html.escape(fmt(value))}</title></rect>"
            f'<text x="{label_w + w + 5:.1f}" y="{y + 15}">{html.escape(fmt(value))}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _svg_stacked(groups: Sequence[tuple[str, Mapping[str, int]]]) -> str:
    """One 100 % bar per group, split into female / male / unknown."""
    if not groups:
        return '<p class="empty">nothing to draw</p>'
    row, label_w, bar_w = 24, 160, 480
    h = row * len(groups) + 30
    parts = [
        f'<svg class="chart" role="img" width="{label_w + bar_w + 20}" height="{h}" xmlns="http://www.w3.org/2000/svg">'
    ]
    for i, (label, counts) in enumerate(groups):
        y = 4 + i * row
        total = sum(counts.get(g, 0) for g in GENDER_COLOURS)
        parts.append(f'<text x="{label_w - 6}" y="{y + 16}" text-anchor="end">{html.escape(label)}</text>')
        x = float(label_w)
        for g, colour in GENDER_COLOURS.items():
            n = counts.get(g, 0)
            if not total or not n:
                continue
            w = bar_w * n / total
            pct = 100 * n / total
            parts.append(
                f'<rect class="bar" x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{row - 6}" '
                f'fill="{colour}"><title>{html.escape(label)} — {g}: {n} ({pct:.1f} %)</title></rect>'
            )
            if w > 34:
                parts.append(f'<text class="in" x="{x + 4:.1f}" y="{y + 16}">{pct:.0f} %</text>')
            x += w
    y = 8 + len(groups) * row
    x = label_w
    for g, colour in GENDER_COLOURS.items():
        parts.append(
            f'<rect x="{x}" y="{y}" width="12" height="12" fill="{colour}"/>'
            f'<text x="{x + 16}" y="{y + 11}">{g}</text>'
        )
        x += 100
    parts.append("</svg>")
    return "".join(parts)


def _table(tid: str, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([["" if v is None else v for v in r] for r in rows])
    href = "data:text/csv;charset=utf-8," + url_quote(buf.getvalue())
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td data-value="{html.escape(str(v if v is not None else ""))}">{html.escape(_fmt(v))}</td>'
            for v in r
        )
        + "</tr>"
        for r in rows
    )
    return (
        f'<table id="{tid}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
        f'<p class="dl"><a download="{tid}.csv" href="{href}">Download CSV</a></p>'
    )


def _pct(v: float | None) -> str:
    return "–" if v is None else f"{v:.1f} %"


_CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:980px;color:#222}
h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ddd}
dl.summary{display:grid;grid-template-columns:repeat(4,1fr);gap:.6em}
dl.summary div{background:#f3f5f8;padding:.6em;border-radius:6px}
dl.summary dt{font-size:.85em;color:#555}dl.summary dd{margin:0;font-size:1.5em;font-weight:600}
table{border-collapse:collapse;margin:.6em 0}td,th{border:1px solid #ddd;padding:.25em .6em;text-align:left}
td[data-value]{font-variant-numeric:tabular-nums}svg.chart text{font-size:12px;fill:#333}
svg.chart text.in{fill:#fff}.dl{font-size:.9em}.note{color:#555}
"""


def render_report(
    records: Iterable[ArticleRecord | Mapping[str, Any]], *, title: str = "Who is quoted"
) -> str:
    """The report as one self-contained HTML page."""
    s = corpus_stats(records)
    cat = s["quotes_by_category"]
    out = [
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>',
        f"<style>{_CSS}</style></head><body><h1>{html.escape(title)}</h1>",
        '<dl class="summary">',
    ]
    for tid, label, value in (
        ("n-articles", "articles", s["articles"]),
        ("n-quotes", "quotes", s["quotes"]),
        ("n-speakers", "speakers (one per article)", s["speaker_entries"]),
        ("n-persons", "persons quoted", s["persons_quoted"]),
        ("share-quotes", "women's share of quotes", _pct(s["female_share_of_quotes"])),
        ("share-speakers", "women's share of persons quoted", _pct(s["female_share_of_speakers"])),
    ):
        out.append(f'<div><dt>{label}</dt><dd id="{tid}">{value}</dd></div>')
    out.append("</dl>")
    out.append(
        '<p class="note">Shares of women are among quotes and persons whose gender is known '
        "(unknown gender, organizations, unnamed and unattributed quotes left out).</p>"
    )

    out.append("<h2>Quotes and persons quoted, by gender</h2>")
    out.append(_svg_stacked([("quotes", cat), ("persons quoted", s["speakers_by_gender"])]))
    out.append(
        _table(
            "t-gender",
            ["count", *CATEGORIES, "women's share"],
            [
                ["quotes", *(cat[c] for c in CATEGORIES), s["female_share_of_quotes"]],
                [
                    "persons quoted",
                    *(s["speakers_by_gender"].get(c) for c in CATEGORIES),
                    s["female_share_of_speakers"],
                ],
            ],
        )
    )
    for key, tid, heading, empty in (
        (
            "by_month",
            "t-month",
            "Quotes by gender, by month",
            "No record carries a date (a date field or YYYY-MM in its doc_id).",
        ),
        ("by_outlet", "t-outlet", "Quotes by gender, by outlet", "No outlet."),
    ):
        groups = s[key]
        out.append(f"<h2>{heading}</h2>")
        if not groups:
            out.append(f'<p class="note">{empty}</p>')
            continue
        out.append(_svg_stacked(list(groups.items())))
        out.append(
            _table(
                tid,
                [key.removeprefix("by_"), *CATEGORIES, "women's share"],
                [[g, *(c[x] for x in CATEGORIES), _share(c)] for g, c in groups.items()],
            )
        )
    out.append("<h2>Most quoted persons</h2>")
    people = s["top_persons"]
    out.append(
        _svg_bars([(p["name"], p["quotes"], GENDER_COLOURS[p["gender"] or "unknown"]) for p in people])
    )
    out.append(
        _table(
            "t-persons",
            ["person", "key", "gender", "quotes"],
            [[p["name"], p["key"], p["gender"], p["quotes"]] for p in people],
        )
    )
    out.append("<h2>Most quoted organizations</h2>")
    orgs = s["top_organizations"]
    out.append(_svg_bars([(o["name"], o["quotes"], BAR_COLOUR) for o in orgs]))
    out.append(
        _table(
            "t-orgs", ["organization", "key", "quotes"], [[o["name"], o["key"], o["quotes"]] for o in orgs]
        )
    )
    out.append("<h2>Quotes by kind</h2>")
    out.append(_svg_bars([(k, n, BAR_COLOUR) for k, n in s["quotes_by_kind"].items()]))
    out.append(_table("t-kinds", ["kind", "quotes"], list(s["quotes_by_kind"].items())))
    out.append("<h2>Largest amounts of money</h2>")
    amounts = s["largest_amounts"]
    out.append(
        _svg_bars(
            [(f"{a['text']} ({a['doc_id']})", float(a["value"]), BAR_COLOUR) for a in amounts[:10]], _amount
        )
        if amounts
        else '<p class="note">No amount of money.</p>'
    )
    out.append(
        _table(
            "t-money",
            ["doc_id", "index", "text", "value", "currency"],
            [[a["doc_id"], a["index"], a["text"], a["value"], a["currency"]] for a in amounts],
        )
    )
    out.append("</body></html>")
    return "\n".join(out)
