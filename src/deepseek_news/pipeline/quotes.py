"""Component ``dsn_quotes``: quoted passages, direct or partial.

Writes ``doc.spans["dsn_quotes"]``: one span per quotation (the words inside
the marks), label ``direct`` or ``partial``; meta holds the exact offsets of
the words and of the marks (``open_at``, ``close_at``) and ``closed`` (False
when a missing closing mark was recovered).  Quotations of a title or name
("le film « Le Parrain »"), labels ("Le « roi du bitcoin » arrêté", "faut-il
craindre une « année blanche » ?") and quotations inside English passages are
left out.  A quotation is split around an incise naming its speaker ("…, a
souri l'attaquant. …").  In an interview laid out line by line ("— Question ?" /
"— Answer", "Q : …" / "R : …") each answer is a direct quote with
``interview=True`` in its meta, and quotation marks in the questions are not
quotes.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from ..lang.fr.punctuation import DIALOGUE_DASHES, INTERVIEW_ANSWER_LABELS, INTERVIEW_QUESTION_LABELS
from ..lang.fr.scare_quotes import (
    LABEL_DETERMINERS,
    NAMING_WORDS,
    SENTENCE_END,
    SOURCE_WORDS,
    TITLE_LINK_WORDS,
    TITLE_NOUNS,
)
from ._marks import Problem, QuoteMarks, pair_marks
from ._spans import add_span, group, items
from ._syntax import cue_lemma

KEY = "dsn_quotes"
ENGLISH_KEY = "dsn_english"

_WORD = re.compile(r"[\w'’-]+")
_DASHES = ("—", "–", "-")
_SOURCE_LEAD = re.compile(r"(?:^|[.!?]\s+)(?:[Ss]elon|[Dd]'après)\s[^,.]{1,80},$")


def _trimmed(text: str, q: QuoteMarks) -> tuple[int, int]:
    s, e = q.start, q.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _paragraph_bounds(text: str, i: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, i) + 1
    end = text.find("\n", i)
    return start, len(text) if end < 0 else end


def _looks_like_title(words: list[str]) -> bool:
    """Every word capitalized (or a short link word), or a name with a digit."""
    if not words[0][:1].isupper() and not words[0][:1].isdigit():
        return False
    if len(words) == 1:
        w = words[0]
        return any(c.isdigit() for c in w) or any(c.isupper() for c in w[1:])
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in TITLE_LINK_WORDS for w in words)


_SENTENCE_BREAK = re.compile(r"[.!?…]\s|[.!?…]$|\n")


def _label_not_speech(text: str, q: QuoteMarks, before: str) -> bool:
    """Quoted words that are a label nobody said: right after a determiner opening
    a headline ("Le « trader de Mérignac » condamné"), or inside a question asked
    outside any quotation ("faut-il s'habituer à un « nouveau normal » ?")."""
    last_break = max((m.end() for m in _SENTENCE_BREAK.finditer(before)), default=0)
    lead = before[last_break:].strip().lower()
    m = _SENTENCE_BREAK.search(text, q.close_at + 1)
    rest_end = m.start() + 1 if m is not None else len(text)
    rest = text[q.close_at + 1 : rest_end]
    if "«" in rest or "“" in rest or "«" in lead or "»" in lead:
        return False
    rest_words = {w.lower() for w in _WORD.findall(rest)}
    headline = rest.rstrip()[-1:] not in SENTENCE_END  # a line with no final punctuation
    if lead in LABEL_DETERMINERS and headline and "," not in rest and not rest_words & SOURCE_WORDS:
        return True
    return rest.rstrip().endswith("?") and not rest_words & SOURCE_WORDS


# a title noun in apposition after the quotation: "« … », le film qui…"
_NAMED_AFTER = re.compile(r",\s*(?:le|la|les|l'|un|une|son|sa|ses|leur)\s*([\w-]+)")


def _headline_line(text: str, q: QuoteMarks) -> bool:
    """The quotation opens a line that ends with no sentence punctuation (a headline)."""
    para_start, para_end = _paragraph_bounds(text, q.open_at)
    line = text[para_start:para_end].strip()
    return line.startswith(text[q.open_at]) and line[-1:] not in SENTENCE_END


def classify(text: str, q: QuoteMarks, start: int, end: int) -> str | None:
    """``"direct"``, ``"partial"``, or None for a title or name in quotation marks."""
    content = text[start:end]
    words = _WORD.findall(content)
    if not words:
        return None
    para_start, _ = _paragraph_bounds(text, q.open_at)
    before = text[para_start : q.open_at].rstrip()
    after = text[q.close_at + 1 : q.close_at + 40].lstrip()
    prev_words = [w.lower() for w in _WORD.findall(before[-40:])]
    ends_sentence = content.rstrip('»”" ')[-1:] in SENTENCE_END
    after_sentence_end = before[-1:] in {".", "!", "?", "…"}
    if len(words) <= 6 and not ends_sentence and prev_words and not after_sentence_end:
        # a name: after a naming word, or a capitalized title after a title noun
        capitalized = content[:1].isupper() or content[:1].isdigit()
        if prev_words[-1] in NAMING_WORDS or (prev_words[-1] in TITLE_NOUNS and capitalized):
            return None
    if len(words) <= 6 and not ends_sentence and _label_not_speech(text, q, before):
        return None
    named = _NAMED_AFTER.match(after)
    if (
        named
        and len(words) <= 8
        and named.group(1).lower() in TITLE_NOUNS
        and not ends_sentence
        and content[:1].isupper()
    ):
        return None  # « Les Nuits de Saïgon », le film qui…
    first = content.lstrip("«“\"'(—–- ")[:1]
    prev_char = before[-1:] or "\n"
    mid_sentence = prev_char not in '\n.!?…:»”"' and not before.endswith(_DASHES)
    if mid_sentence and len(words) <= 6 and not ends_sentence and _looks_like_title(words):
        return None  # a product, work or brand name: “Aquilon-2”, « Les Nuits de Saïgon »
    starts_upper = first.isupper() or first.isdigit()
    prev = before[-1:] or "\n"
    at_sentence_start = prev in '\n.!?…:»”"' or before.endswith(_DASHES)
    if at_sentence_start and (starts_upper or ends_sentence):
        if not ends_sentence and after.startswith(":") and (len(words) <= 3 or _headline_line(text, q)):
            return "partial"  # headline: « Impressionnant » : le patron salue...
        return "direct"
    if starts_upper and prev in ",;" and (len(words) >= 5 or ends_sentence):
        return "direct"
    if prev == "," and _SOURCE_LEAD.search(before) and after[:1] in {"", ".", "!", "?", "…"}:
        return "direct"  # Selon X, « la phrase entière ».
    return "partial"


_REOPEN = re.compile(r"\s*\n\s*[«“\"]\s*")
# an incise inside a quotation: "…, dit-elle. …", "…, a-t-il ajouté, …"
_INCISE = re.compile(
    r",\s+(?:\w+-t-(?:il|elle|ils|elles|on)\s+\w+|\w+(?:-t)?-(?:il|elle|ils|elles|on))\s*([.,;])\s+"
)
# an incise with its subject after the verb: "…, a souri l'attaquant. …",
# "…, explique Marie Roux, …"; the verb is checked against the reporting lexicon
_NAMED_INCISE = re.compile(
    r",\s+(?:(?:a|avait|ont|avaient|aura)\s+)?(?P<verb>\w+)\s+"
    r"(?:(?:M|Mme|Mmes|MM|Mgr|Me|Dr|Pr)\.?\s+)?"
    r"(?:l'|le\s|la\s|les\s|un\s|une\s|son\s|sa\s|ses\s|leur\s|cet\s|cette\s|ce\s|[A-ZÉÈÀÂÎÔ])"
    r"[^,.;:!?«»“”\"\n]{0,70}?\s*(?P<punct>[.,;])\s+"
)

# a phrase after an incise's subject, up to a sentence end: ", adjointe au maire. "
_APPOSITION = re.compile(r"\s*([^,.;:!?«»“”\"\n]{1,60}?)\s*[.;]\s+")


def _pieces(
    text: str,
    start: int,
    end: int,
    is_cue: Callable[[int, int], bool] | None = None,
    is_apposition: Callable[[int, int], bool] | None = None,
) -> list[tuple[int, int]]:
    """A quotation split into its paragraphs, and around incises that name its speaker.

    `is_cue(start, end)` tells whether the word at those offsets is a reporting
    verb; without it only inverted incises ("dit-elle") split a quotation.
    `is_apposition(start, end)` tells whether a phrase after the incise's subject
    describes it ("adjointe au maire") and belongs to the incise."""
    pieces: list[tuple[int, int]] = []
    s = start
    for reopen in _REOPEN.finditer(text, start, end):
        pieces.append((s, reopen.start()))
        s = reopen.end()
    pieces.append((s, end))
    out: list[tuple[int, int]] = []
    for s, e in pieces:
        m = _INCISE.search(text, s, e)
        incise = (m.start(), m.end()) if m is not None else None
        if m is None and is_cue is not None:
            at = s
            while (cand := _NAMED_INCISE.search(text, at, e)) is not None:
                if is_cue(cand.start("verb"), cand.end("verb")):
                    incise = (cand.start(), cand.end())
                    break
                at = cand.start() + 1  # candidates may overlap: ", je l'ai dit, a souri X."
            if cand is not None and cand.group("punct") == "," and is_apposition is not None:
                appo = _APPOSITION.match(text, cand.end(), e)
                if appo is not None and is_apposition(appo.start(1), appo.end(1)):
                    incise = (cand.start(), appo.end())  # "…, explique Nadia Roux, adjointe au maire. …"
        if incise is not None and e - incise[1] > 2:
            out.append((s, incise[0]))
            out.append((incise[1], e))
        else:
            out.append((s, e))
    return [(s, e) for s, e in out if e > s]


_QUOTE_CHARS = frozenset('«»“”„‹›"')
_LABEL_LINE = re.compile(
    r"\s*(?P<label>"
    + "|".join(re.escape(w) for w in INTERVIEW_QUESTION_LABELS + INTERVIEW_ANSWER_LABELS)
    + r")\s*[:.]\s+"
)
_DASH_LINE = re.compile(r"\s*(?P<label>[" + "".join(DIALOGUE_DASHES) + r"])\s+")
_MIN_EXCHANGES = 2


@dataclass(frozen=True)
class Interview:
    """Question-and-answer layout: answer lines (marker offset, words start, words end)
    and question lines (start, end)."""

    answers: list[tuple[int, int, int]]
    questions: list[tuple[int, int]]


def interview(text: str) -> Interview:
    """Answers and questions of an interview laid out line by line, either
    "— Question ?" / "— Answer" alternating, or "Q : …" / "R : …".  Needs at least
    two questions each followed by an answer; otherwise nothing."""
    lines: list[tuple[str, int, int, int]] = []  # (role, marker, start, end)
    pos = 0
    for line in text.split("\n"):
        line_start, pos = pos, pos + len(line) + 1
        body_end = line_start + len(line.rstrip())
        m = _LABEL_LINE.match(line)
        if m is not None:
            role = "q" if m.group("label") in INTERVIEW_QUESTION_LABELS else "a"
        else:
            m = _DASH_LINE.match(line)
            if m is None:
                if line.strip():
                    lines.append(("other", line_start, line_start, body_end))
                continue
            role = "q" if line.rstrip().endswith("?") else "a"
        lines.append((role, line_start + m.start("label"), line_start + m.end(), body_end))
    answers: list[tuple[int, int, int]] = []
    questions: list[tuple[int, int]] = []
    exchanges = 0
    for prev, cur in itertools.pairwise(lines):
        if prev[0] == "q" and cur[0] == "a":
            exchanges += 1
    if exchanges < _MIN_EXCHANGES:
        return Interview([], [])
    after_question = False
    for role, marker, start, end in lines:
        if role == "q":
            questions.append((start, end))
            after_question = True
        elif role == "a" and after_question and end > start:
            answers.append((marker, start, end))
        else:
            after_question = False
    return Interview(answers, questions)


# between a direct quotation and the next one resuming it: ", a dit X, "
_RESUMED = re.compile(r",\s+[^.!?…:;«»“”\"\n]{1,80},\s*")


def _piece_open(text: str, s: int) -> int:
    """Where a piece after a split opens: its first word when an incise ending a
    sentence comes before it (so the incise is not read as part of its sentence)."""
    return s if text[:s].rstrip()[-1:] in {".", ";"} else s - 1


class QuoteFinder:
    def __call__(self, doc: Doc) -> Doc:
        group(doc, KEY)
        text = doc.text
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
            if any(s < q.close_at + 1 and q.open_at < e for s, e in english):
                continue  # English text is an original, not a French quote
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
            if kind == "partial" and last_direct_close >= 0:
                if _RESUMED.fullmatch(text, last_direct_close + 1, q.open_at):
                    kind = "direct"  # « Phrase », a dit X, « suite de la phrase ».
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
