"""The HTML view of an :class:`~deepseek_news.records.ArticleRecord`.

:func:`render_html` returns one self-contained page (inline CSS, no script, no
external asset): the article with every quote highlighted in its speaker's
colour, the cue and the speaker mention marked, organizations, persons, money
amounts and percentages marked, and a side panel listing the speakers with
their quotes and each quote's English original and score.

Every piece of text is HTML-escaped.  Importing this module does not import
spaCy.

Element classes, for scripts and style sheets that post-process the page:

``dsn-quote``
    a quote (``data-kind`` = direct | partial | indirect, ``data-speaker`` =
    speaker id or empty, ``id`` = the quote id);
``dsn-cue``, ``dsn-speaker``
    a quote's cue and speaker mention;
``dsn-org``, ``dsn-person``, ``dsn-money``, ``dsn-percent``
    entity mentions and amounts;
``dsn-original``
    an English original embedded in the article.

The marks are inside the page's ``article`` element (the header's legend
reuses the same classes).
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass, field

from .records import ArticleRecord, Quote

__all__ = ["MARK_COLOURS", "SPEAKER_COLOURS", "UNATTRIBUTED_COLOUR", "render_html"]

#: Background colours given to speakers in order of appearance (then reused).
SPEAKER_COLOURS: tuple[str, ...] = (
    "#ffd166",
    "#8ecae6",
    "#b8e986",
    "#f4a6c6",
    "#c7b3f5",
    "#ffb38a",
    "#9de0d0",
    "#e6d690",
)
#: Background colour of quotes nobody is named for.
UNATTRIBUTED_COLOUR = "#d9d9d9"
#: Background colours of the other marks.
MARK_COLOURS: dict[str, str] = {"org": "#cfe3ff", "money": "#b7efc5", "percent": "#ffe0b3"}

# Outer marks first when two spans start and end at the same place.
_PRIORITY = {
    "original": -1,
    "quote": 0,
    "speaker": 1,
    "cue": 2,
    "org": 3,
    "person": 4,
    "money": 5,
    "percent": 6,
}

_CSS = """
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 Georgia,'DejaVu Serif',serif;color:#1d1d1d;background:#fafafa}
header{padding:14px 24px;background:#23303d;color:#fff;font-family:system-ui,'DejaVu Sans',sans-serif}
header h1{margin:0;font-size:19px;font-weight:600}
header .counts{font-size:13px;opacity:.85;margin-top:2px}
.legend{display:flex;flex-wrap:wrap;gap:12px;margin-top:8px;font-size:13px}
.legend span{padding:0 6px;border-radius:3px;color:#1d1d1d;background:#fff}
main{display:grid;grid-template-columns:minmax(0,1fr) 400px;gap:24px;padding:20px 24px}
article{align-self:start;background:#fff;padding:20px 28px;border:1px solid #e2e2e2;border-radius:6px;
 white-space:pre-wrap;overflow-wrap:anywhere}
aside{font:14px/1.45 system-ui,'DejaVu Sans',sans-serif}
aside section{background:#fff;border:1px solid #e2e2e2;border-radius:6px;padding:12px 14px;margin-bottom:16px}
aside h2{font-size:15px;margin:0 0 8px}
aside h3{font-size:14px;margin:10px 0 4px;display:flex;align-items:center;gap:6px}
aside ul{margin:0;padding-left:18px}
aside li{margin:3px 0}
.swatch{display:inline-block;width:14px;height:14px;border-radius:3px;border:1px solid #0003;flex:none}
.meta{color:#555;font-size:12px}
.orig{margin:3px 0 6px;padding:4px 8px;border-left:3px solid #23303d;background:#f1f4f7;font-style:italic}
.score{font-style:normal;font-weight:600;color:#23303d}
mark.dsn-quote{color:inherit;background:var(--c);border-radius:2px;padding:1px 0}
mark.dsn-quote[data-kind=partial]{box-shadow:inset 0 -2px 0 #0005}
mark.dsn-quote[data-kind=indirect]{background:none;box-shadow:inset 0 -.55em 0 var(--c)}
.dsn-cue{font-weight:bold;border-bottom:2px solid #d1495b}
.dsn-speaker{font-weight:bold;border-bottom:3px double #23303d}
.dsn-org{background:%(org)s;outline:1px solid #5b8fd6;border-radius:2px}
.dsn-person{border-bottom:1px dotted #23303d}
.dsn-money{background:%(money)s;outline:1px solid #2e9e4f;border-radius:2px}
.dsn-percent{background:%(percent)s;outline:1px solid #d98a1c;border-radius:2px}
.dsn-original{font-style:italic;outline:1px dashed #23303d;border-radius:2px}
a.qlink{color:inherit;text-decoration:none}
a.qlink:hover{text-decoration:underline}
"""


@dataclass(order=True)
class _Span:
    start: int
    neg_end: int  # longer spans open first
    priority: int
    seq: int
    tag: str = field(compare=False)
    attrs: dict[str, str] = field(compare=False)

    @property
    def end(self) -> int:
        return -self.neg_end

    def open_tag(self, *, again: bool = False) -> str:
        """The opening tag; `again` when reopened after a crossing span (no duplicate id)."""
        attrs = "".join(f' {k}="{_esc(v)}"' for k, v in self.attrs.items() if not (again and k == "id"))
        return f"<{self.tag}{attrs}>"

    def close_tag(self) -> str:
        return f"</{self.tag}>"


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _fmt_number(value: float | None) -> str:
    if value is None:
        return "?"
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", "\u202f")
    return f"{value:,.6g}".replace(",", "\u202f")


def _speaker_colours(record: ArticleRecord) -> dict[str, str]:
    colours: dict[str, str] = {}
    order = [s.id for s in record.speakers]
    for q in record.quotes:  # speakers missing from record.speakers still get a colour
        if q.speaker_id is not None and q.speaker_id not in order:
            order.append(q.speaker_id)
    for i, sid in enumerate(order):
        colours[sid] = SPEAKER_COLOURS[i % len(SPEAKER_COLOURS)]
    return colours


def _quote_colour(q: Quote, colours: dict[str, str]) -> str:
    if q.speaker_id is not None and q.speaker_id in colours:
        return colours[q.speaker_id]
    return UNATTRIBUTED_COLOUR


def _spans(record: ArticleRecord, text: str, colours: dict[str, str]) -> list[_Span]:
    spans: list[_Span] = []
    n = len(text)

    def add(kind: str, start: int, end: int, tag: str, attrs: dict[str, str]) -> None:
        if 0 <= start < end <= n:
            spans.append(_Span(start, -end, _PRIORITY[kind], len(spans), tag, attrs))

    for q in record.quotes:
        title = f"{q.kind} quote" + (f" — {q.speaker}" if q.speaker else " — speaker unknown")
        if q.cue:
            title += f" ({q.cue})"
        add(
            "quote",
            q.start,
            q.end,
            "mark",
            {
                "class": "dsn-quote",
                "id": q.id,
                "data-kind": q.kind,
                "data-speaker": q.speaker_id or "",
                "style": f"--c:{_quote_colour(q, colours)}",
                "title": title,
            },
        )
        if q.cue_mention is not None:
            m = q.cue_mention
            add(
                "cue",
                m.start,
                m.end,
                "span",
                {"class": "dsn-cue", "data-quote": q.id, "title": f"cue: {q.cue}"},
            )
        if q.speaker_mention is not None:
            m = q.speaker_mention
            add(
                "speaker",
                m.start,
                m.end,
                "span",
                {"class": "dsn-speaker", "data-quote": q.id, "title": f"speaker: {q.speaker}"},
            )
    for org in record.organizations:
        for m in org.mentions:
            add("org", m.start, m.end, "span", {"class": "dsn-org", "data-id": org.id, "title": org.name})
    for person in record.persons:
        for m in person.mentions:
            add(
                "person",
                m.start,
                m.end,
                "span",
                {"class": "dsn-person", "data-id": person.id, "title": person.name},
            )
    for orig in record.originals:
        if orig.source == "embedded" and orig.start is not None and orig.end is not None:
            attrs = {"class": "dsn-original", "lang": orig.language, "data-id": orig.id}
            add("original", orig.start, orig.end, "span", attrs)
    for money in record.money:
        value = _fmt_number(money.value)
        if money.low is not None and money.high is not None:
            value = f"{_fmt_number(money.low)}–{_fmt_number(money.high)}"
        title = f"{'≈ ' if money.approximate else ''}{value} {money.currency or '(currency unknown)'}"
        add("money", money.start, money.end, "span", {"class": "dsn-money", "title": title})
    for pct in record.percentages:
        value = _fmt_number(pct.value)
        if pct.low is not None and pct.high is not None:
            value = f"{_fmt_number(pct.low)}–{_fmt_number(pct.high)}"
        unit = " points" if pct.points else " %"
        title = f"{'≈ ' if pct.approximate else ''}{value}{unit}"
        add("percent", pct.start, pct.end, "span", {"class": "dsn-percent", "title": title})
    spans.sort()
    return spans


def _annotate(text: str, spans: list[_Span]) -> str:
    """Escaped `text` with `spans` as properly nested elements.

    An element that would cross another is closed and reopened around it.
    """
    bounds = sorted({0, len(text)} | {s.start for s in spans} | {s.end for s in spans})
    starting: dict[int, list[_Span]] = {}
    for s in spans:
        starting.setdefault(s.start, []).append(s)
    out: list[str] = []
    stack: list[_Span] = []
    for i, pos in enumerate(bounds):
        # close what ends here, reopening whatever was opened inside it
        ending = [k for k, s in enumerate(stack) if s.end == pos]
        if ending:
            lowest = ending[0]
            reopen = [s for s in stack[lowest:] if s.end != pos]
            for s in reversed(stack[lowest:]):
                out.append(s.close_tag())
            del stack[lowest:]
            for s in reopen:
                out.append(s.open_tag(again=True))
                stack.append(s)
        for s in starting.get(pos, []):  # sorted: longest first
            # keep the stack ordered by end: an inner span must end no later than its parent
            if stack and stack[-1].end < s.end:
                lowest = next(k for k, t in enumerate(stack) if t.end < s.end)
                reopen = stack[lowest:]
                for t in reversed(reopen):
                    out.append(t.close_tag())
                del stack[lowest:]
                out.append(s.open_tag())
                stack.append(s)
                for t in reopen:
                    out.append(t.open_tag(again=True))
                    stack.append(t)
            else:
                out.append(s.open_tag())
                stack.append(s)
        if i + 1 < len(bounds):
            out.append(_esc(text[pos : bounds[i + 1]]))
    for s in reversed(stack):
        out.append(s.close_tag())
    return "".join(out)


def _quote_item(q: Quote) -> str:
    # quoted words between guillemets; reported speech as it stands
    shown = _esc(q.text) if q.kind == "indirect" else f"« {_esc(q.text)} »"
    meta: list[str] = [q.kind]
    if q.cue:
        meta.append(f"cue: {q.cue}")
    meta.append(f"confidence {q.confidence:.2f}")
    parts = [
        f'<li><a class="qlink" href="#{_esc(q.id)}">{shown}</a>',
        f' <span class="meta">({_esc(", ".join(meta))})</span>',
    ]
    if q.original is not None:
        parts.append(
            f'<div class="orig" lang="en">{_esc(q.original.text)} '
            f'<span class="score">score {q.original.score:.2f}</span></div>'
        )
    parts.append("</li>")
    return "".join(parts)


def _panel(record: ArticleRecord, colours: dict[str, str]) -> str:
    out: list[str] = ['<section class="speakers"><h2>Speakers</h2>']
    by_speaker: dict[str | None, list[Quote]] = {}
    for q in record.quotes:
        key = q.speaker_id if q.speaker_id in colours else None
        by_speaker.setdefault(key, []).append(q)
    known = {s.id for s in record.speakers}
    if not record.speakers and not record.quotes:
        out.append('<p class="meta">No quote found.</p>')
    for sp in record.speakers:
        details: list[str] = [sp.type]
        if sp.organization:
            details.append(sp.organization)
        details += sp.roles
        out.append(
            f'<div class="speaker" data-speaker="{_esc(sp.id)}">'
            f'<h3><span class="swatch" style="background:{colours[sp.id]}"></span>{_esc(sp.name)}</h3>'
            f'<div class="meta">{_esc(" · ".join(details))}</div>'
        )
        quotes = by_speaker.get(sp.id, [])
        if quotes:
            out.append("<ul>" + "".join(_quote_item(q) for q in quotes) + "</ul>")
        out.append("</div>")
    for sid, quotes in by_speaker.items():  # quotes whose speaker has no entry
        if sid is None or sid in known:
            continue
        name = quotes[0].speaker or sid
        out.append(
            f'<div class="speaker" data-speaker="{_esc(sid)}">'
            f'<h3><span class="swatch" style="background:{colours[sid]}"></span>{_esc(name)}</h3>'
            "<ul>" + "".join(_quote_item(q) for q in quotes) + "</ul></div>"
        )
    if None in by_speaker:
        out.append(
            f'<div class="speaker" data-speaker="">'
            f'<h3><span class="swatch" style="background:{UNATTRIBUTED_COLOUR}"></span>Speaker unknown</h3>'
            "<ul>" + "".join(_quote_item(q) for q in by_speaker[None]) + "</ul></div>"
        )
    out.append("</section>")
    out.append(
        _list_section(
            "Organizations", (_named(o.name, o.aliases, len(o.mentions)) for o in record.organizations)
        )
    )
    out.append(_list_section("Persons", (_named(p.name, p.aliases, len(p.mentions)) for p in record.persons)))
    money = []
    for m in record.money:
        approx = "≈ " if m.approximate else ""
        money.append(
            f"{_esc(m.text)} <span class='meta'>= {approx}{_esc(_fmt_number(m.value))} "
            f"{_esc(m.currency or '?')}</span>"
        )
    out.append(_list_section("Money", money))
    pcts = []
    for p in record.percentages:
        approx = "≈ " if p.approximate else ""
        unit = " points" if p.points else " %"
        pcts.append(f"{_esc(p.text)} <span class='meta'>= {approx}{_esc(_fmt_number(p.value))}{unit}</span>")
    out.append(_list_section("Percentages", pcts))
    if record.originals:
        items = []
        for o in record.originals:
            source = f'<span class="meta">({_esc(o.source)})</span>'
            items.append(f'<span lang="{_esc(o.language)}">{_esc(o.text)}</span> {source}')
        out.append(_list_section("English originals", items))
    return "".join(out)


def _named(name: str, aliases: list[str], n_mentions: int) -> str:
    also = f" <span class='meta'>(also {_esc(', '.join(aliases))})</span>" if aliases else ""
    return f"{_esc(name)}{also} <span class='meta'>×{n_mentions}</span>"


def _list_section(title: str, items: Iterable[str]) -> str:
    rows = list(items)
    if not rows:
        return ""
    return f"<section><h2>{_esc(title)}</h2><ul>" + "".join(f"<li>{r}</li>" for r in rows) + "</ul></section>"


# marks a page written by render_html, so `deepseek-news show` may replace it without --overwrite
GENERATOR_META = '<meta name="generator" content="deepseek-news show">'


def render_html(record: ArticleRecord, text: str) -> str:
    """One self-contained HTML page showing `record` over the article `text`.

    `text` is the string the record's offsets refer to (the one given to
    :func:`deepseek_news.extract`).  Spans outside `text` are left unmarked.

    >>> from deepseek_news.records import ArticleRecord, Organization, Mention
    >>> rec = ArticleRecord(organizations=[Organization(id="o1", name="Nvidia",
    ...     mentions=[Mention(start=0, end=6, text="Nvidia")])])
    >>> page = render_html(rec, "Nvidia recule")
    >>> '<span class="dsn-org" data-id="o1" title="Nvidia">Nvidia</span> recule' in page
    True
    """
    colours = _speaker_colours(record)
    body = _annotate(text, _spans(record, text, colours))
    title = record.doc_id or "Article"
    counts = (
        f"quotes {len(record.quotes)} · speakers {len(record.speakers)} · "
        f"organizations {len(record.organizations)} · persons {len(record.persons)} · "
        f"money {len(record.money)} · percentages {len(record.percentages)}"
    )
    legend = (
        '<div class="legend">'
        '<span><mark class="dsn-quote" style="--c:#ffd166">quote</mark> (speaker colour)</span>'
        '<span><span class="dsn-speaker">speaker</span></span>'
        '<span><span class="dsn-cue">cue</span></span>'
        '<span><span class="dsn-org">organization</span></span>'
        '<span><span class="dsn-person">person</span></span>'
        '<span><span class="dsn-money">money</span></span>'
        '<span><span class="dsn-percent">percentage</span></span>'
        "</div>"
    )
    error = ""
    if record.error is not None:
        error = f'<p class="meta">Error: {_esc(record.error.type)}: {_esc(record.error.message)}</p>'
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="fr"><head><meta charset="utf-8">{GENERATOR_META}'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_esc(title)}</title><style>{_CSS % MARK_COLOURS}</style></head>\n"
        f"<body><header><h1>{_esc(title)}</h1>"
        f'<div class="counts">{_esc(counts)}</div>{legend}</header>\n'
        f'<main><article lang="fr">{body}</article>\n'
        f"<aside>{error}{_panel(record, colours)}</aside></main></body></html>\n"
    )
