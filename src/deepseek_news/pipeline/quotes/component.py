"""Component ``dsn_quotes``: quoted passages, direct or partial.

Writes ``doc.spans["dsn_quotes"]``: one span per quotation (the words inside
the marks), label ``direct`` or ``partial``; meta holds the exact offsets of
the words and of the marks (``open_at``, ``close_at``) and ``closed`` (False
when a missing closing mark was recovered).  Quotations of a title or name
("le film « Le Parrain »", "le choix de « Gigi »", "« JLB » a frappé"), written
text ("l'inscription « … »"), glossed terms, offences ("poursuivi pour « … »"),
labels ("Le « roi du bitcoin » arrêté", "faut-il craindre une « année
blanche » ?", a short term in a passage where nobody speaks) and quotations
inside English passages are left out.  A quotation is split around an incise naming its speaker ("…, a
souri l'attaquant. …").  In an interview laid out line by line ("— Question ?" /
"— Answer", "Q : …" / "R : …") each answer is a direct quote with
``interview=True`` in its meta, and quotation marks in the questions are not
quotes.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ...lang.fr.scare_quotes import COORDINATORS
from .._marks import Problem, pair_marks
from .._perdoc import doc_text
from .._spans import add_span, group, items
from .._syntax import cue_lemma
from .interviews import interview
from .kinds import classify, fragment_kind
from .labels import scare_quote
from .pieces import _piece_open, _pieces
from .words import _QUOTE_CHARS, _trimmed

KEY = "dsn_quotes"
ENGLISH_KEY = "dsn_english"

# between a direct quotation and the next one resuming it: ", a dit X, "
_RESUMED = re.compile(r",\s+[^.!?…:;«»“”\"\n]{1,80},\s*")
# between two quotations joined as one: "« … » et « … »"
_COORDINATED = re.compile(r"\s+(?:" + "|".join(COORDINATORS) + r")\s+")


class QuoteFinder:
    def __call__(self, doc: Doc) -> Doc:
        group(doc, KEY)
        text = doc_text(doc)
        english = [(m["start"], m["end"]) for _, m in items(doc, ENGLISH_KEY)]

        def is_cue(s: int, e: int) -> bool:
            span = doc.char_span(s, e, alignment_mode="expand")
            return span is not None and len(span) == 1 and cue_lemma(span[0]) is not None

        def is_apposition(s: int, e: int) -> bool:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None or not span.text[:1].islower():
                return False
            return span[0].pos_ in {"NOUN", "ADJ", "DET"} and not any(
                t.pos_ in {"VERB", "AUX", "PRON"} for t in span
            )

        last_direct_close = -1
        qa = interview(text)
        answers = [(m, s, e) for m, s, e in qa.answers if not _QUOTE_CHARS & set(text[s:e])]
        spans: list[tuple[int, int, str, dict[str, object]]] = [
            (s, e, "direct", {"open_at": m, "close_at": e, "closed": False, "interview": True})
            for m, s, e in answers
        ]
        unbalanced: list[Problem] = []
        group(doc, KEY).attrs["unbalanced_marks"] = unbalanced  # reported with the document's id
        for q in pair_marks(text, unbalanced):
            inside = sum(max(0, min(e, q.end) - max(s, q.start)) for s, e in english)
            if inside and inside * 2 >= q.end - q.start:
                continue  # English text is an original (a French quote may hold a few English words)
            if any(s <= q.open_at < e for s, e in qa.questions):
                continue  # the journalist's question in an interview
            if any(s <= q.open_at < e for _, s, e in answers):
                continue
            start, end = _trimmed(text, q)
            if end <= start:
                continue
            kind = classify(text, q, start, end)
            if kind is None:
                continue
            if kind == "direct":
                kind = fragment_kind(doc, text, q, start, end, is_cue)
            elif scare_quote(doc, text, q, start, end):
                continue
            if kind == "partial" and last_direct_close >= 0:
                if _RESUMED.fullmatch(text, last_direct_close + 1, q.open_at):
                    kind = "direct"  # « Phrase », a dit X, « suite de la phrase ».
                elif _COORDINATED.fullmatch(text, last_direct_close + 1, q.open_at):
                    kind = "direct"  # « Phrase » et « autre phrase ».
            if kind == "direct":
                last_direct_close = q.close_at
            for s, e in _pieces(text, start, end, is_cue, is_apposition):
                spans.append(
                    (
                        s,
                        e,
                        kind,
                        {
                            "open_at": q.open_at if s == start else _piece_open(text, s),
                            "close_at": q.close_at if e == end else e,
                            "closed": q.closed,
                        },
                    )
                )
        spans.sort(key=lambda t: t[0])
        for n, (s, e, kind, meta) in enumerate(spans, 1):
            add_span(doc, KEY, s, e, kind, f"q{n}", **meta)
        return doc


@Language.factory("dsn_quotes", assigns=["doc.spans"])
def make_quotes(nlp: Language, name: str) -> QuoteFinder:
    return QuoteFinder()
