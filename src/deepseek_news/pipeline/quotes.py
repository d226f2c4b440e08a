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

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from ..lang.fr.pronouns import FIRST_PERSON
from ..lang.fr.punctuation import DIALOGUE_DASHES, INTERVIEW_ANSWER_LABELS, INTERVIEW_QUESTION_LABELS
from ..lang.fr.scare_quotes import (
    AGENT_WORDS,
    COORDINATORS,
    EDITORIAL_NOTES,
    ELIDED_ARTICLES,
    GLOSS_DETERMINERS,
    LABEL_DETERMINERS,
    NAMING_WORDS,
    PROSECUTION_WORDS,
    SCARE_DETERMINERS,
    SENTENCE_END,
    TITLE_LINK_WORDS,
    TITLE_NOUNS,
    WRITTEN_NOUNS,
)
from ..lang.fr.sources import VIEW_PREPOSITIONS
from ._marks import Problem, QuoteMarks, pair_marks
from ._sources import has_source_phrase, phrase_at, source_lead
from ._spans import add_span, group, items
from ._syntax import cue_lemma

KEY = "dsn_quotes"
ENGLISH_KEY = "dsn_english"

_WORD = re.compile(r"[\w'’-]+")
_DASHES = ("—", "–", "-")


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
    attributed = bool(rest_words & AGENT_WORDS) or has_source_phrase(rest)
    headline = rest.rstrip()[-1:] not in SENTENCE_END  # a line with no final punctuation
    if lead in LABEL_DETERMINERS and headline and "," not in rest and not attributed:
        return True
    return rest.rstrip().endswith("?") and not attributed


# a title noun in apposition after the quotation: "« … », le film qui…"
_NAMED_AFTER = re.compile(r",\s*(?:le|la|les|l'|un|une|son|sa|ses|leur)\s*([\w-]+)")


def _headline_line(text: str, q: QuoteMarks) -> bool:
    """The quotation opens a line that ends with no sentence punctuation (a headline)."""
    para_start, para_end = _paragraph_bounds(text, q.open_at)
    line = text[para_start:para_end].strip()
    return line.startswith(text[q.open_at]) and line[-1:] not in SENTENCE_END


# brackets right after the marks opening with a lowercase word: "« chapka » (bonnet …)"
_GLOSS = re.compile(r"\s*\(\s*([a-zàâçéèêëîïôûùœ]+'?)")
# words with an elided article apart: "d'une" -> "d'", "une"
_TOKEN = re.compile(r"\w+'|[\w-]+")


def _capitalized_name(content: str, words: list[str]) -> bool:
    """A capitalized name: "Wemby", "24H00 pour répondre", "l'After Foot" (past an
    elided article, every word capitalized)."""
    body = content.lstrip("«“\"'(—–- ")
    if body.startswith(ELIDED_ARTICLES):
        rest = _WORD.findall(body[2:])
        return bool(rest) and _looks_like_title(rest)
    first = words[0]
    return first[:1].isupper() or (any(c.isdigit() for c in first) and any(c.isalpha() for c in first))


def _name_not_speech(text: str, q: QuoteMarks, content: str, words: list[str], before: str) -> bool:
    """Quoted words that name something rather than report speech:

    - a capitalized phrase of at most four words inside a sentence ("le choix de
      « Wemby »", "le restaurant « Caneton »", "le compte « 24H00 pour répondre »"):
      quoted speech inside a sentence is a fragment and starts lowercase;
    - a word with inner capitals or digits, or a phrase with every word capitalized,
      wherever it stands ("« TP » se demande", "« Just Coup It » : …");
    - the text of something written ("l'inscription « … »");
    - a one- or two-word term glossed in brackets ("une « guayabera » (chemise …)");
    - an offence named after "poursuivi pour", "condamné pour"… (the law's words)."""
    if content.rstrip()[-1:] in SENTENCE_END:
        return False
    prev_char = before[-1:] or "\n"
    mid_sentence = prev_char not in '\n.!?…:»”"' and not before.endswith(_DASHES)
    if mid_sentence and len(words) <= 4 and _capitalized_name(content, words):
        return True
    if len(words) <= 6 and _looks_like_title(words) and (len(words) > 1 or words[0] != words[0].capitalize()):
        after = text[q.close_at + 1 : q.close_at + 3].lstrip()
        if len(words) > 1 or after[:1].islower():
            return True
    last_break = max((m.end() for m in _SENTENCE_BREAK.finditer(before)), default=0)
    lead = [w.lower() for w in _TOKEN.findall(before[last_break:])]
    if lead and lead[-1] in WRITTEN_NOUNS:
        return True
    if len(words) <= 2 and content[:1].islower() and lead and lead[-1] in GLOSS_DETERMINERS:
        gloss = _GLOSS.match(text, q.close_at + 1)
        if gloss is not None and gloss.group(1) not in GLOSS_DETERMINERS | EDITORIAL_NOTES:
            return True
    return len(lead) >= 2 and lead[-1] == "pour" and bool(PROSECUTION_WORDS & set(lead[:-1]))


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
    if _name_not_speech(text, q, content, words, before):
        return None
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
        cut = content.rstrip().endswith(("...", "…"))  # « Le jour où... » : a cut quotation
        if (
            (not ends_sentence or cut)
            and after.startswith(":")
            and (len(words) <= 3 or _headline_line(text, q))
        ):
            return "partial"  # headline: « Impressionnant » : le patron salue...
        return "direct"
    if prev == ":" and after.startswith(","):
        return "direct"  # X : « la phrase entière », a déclaré Y.
    if starts_upper and prev in ",;" and (len(words) >= 5 or ends_sentence):
        return "direct"
    if prev == "," and source_lead(before) and after[:1] in {"", ".", "!", "?", "…"}:
        return "direct"  # Selon X, « la phrase entière ».
    return "partial"


# the journalist's sentence going on after the closing mark: "« Deux blessés » ont été…"
_GOES_ON = re.compile(r"[ ]*([a-zàâçéèêëîïôûùœ][\w'-]*)")


def _sentence_goes_on(text: str, q: QuoteMarks, start: int, end: int) -> tuple[int, int] | None:
    """Offsets of the lowercase word continuing the sentence right after a quotation
    that opens it without ending it ("« Un acte criminel » qui s'est reproduit"), or
    None.  An inverted incise ("» dit-il") or a second quotation ("» et « …")
    does not continue the sentence."""
    if text[start:end].rstrip()[-1:] in SENTENCE_END:
        return None
    m = _GOES_ON.match(text, q.close_at + 1)
    if m is None or "-" in m.group(1):
        return None
    if m.group(1) in COORDINATORS and text[m.end() :].lstrip()[:1] in _QUOTE_CHARS:
        return None  # « … » et « … »: two quotations joined
    return m.start(1), m.end(1)


def _has_finite_verb(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(
        t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm", []) for t in span
    )


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
# between two quotations joined as one: "« … » et « … »"
_COORDINATED = re.compile(r"\s+(?:" + "|".join(COORDINATORS) + r")\s+")


def _piece_open(text: str, s: int) -> int:
    """Where a piece after a split opens: its first word when an incise ending a
    sentence comes before it (so the incise is not read as part of its sentence)."""
    return s if text[:s].rstrip()[-1:] in {".", ";"} else s - 1


class QuoteFinder:
    @staticmethod
    def _fragment_kind(
        doc: Doc, q: QuoteMarks, start: int, end: int, is_cue: Callable[[int, int], bool]
    ) -> str:
        """``"partial"`` for a quotation read as whole sentences that is a fragment
        after all: the journalist's sentence goes on after it ("« Deux blessés » ont
        été évacués"), or it heads a headline or intertitle with no finite verb
        ("« Taxer les jets privés », réclame X"); else ``"direct"``."""
        text = doc.text
        goes_on = _sentence_goes_on(text, q, start, end)
        first_person = FIRST_PERSON & {w.lower() for w in _TOKEN.findall(text[start:end])}
        if goes_on is not None and not is_cue(*goes_on) and not first_person:
            return "partial"  # the speaker's own sentence when it speaks in the first person
        line_end = text.find("\n", q.close_at)
        line = text[q.close_at + 1 : len(text) if line_end < 0 else line_end].rstrip()
        headline = _headline_line(text, q) and not (SENTENCE_END | _QUOTE_CHARS) & set(line)
        if (
            headline
            and text[start:end].rstrip()[-1:] not in SENTENCE_END
            and not _has_finite_verb(doc, start, end)
        ):
            return "partial"
        return "direct"

    @staticmethod
    def _scare_quote(doc: Doc, q: QuoteMarks, start: int, end: int) -> bool:
        """A short lowercase noun phrase after a determiner, not the attribute of
        "être", alone in a sentence with no reporting cue and no source (nor in the
        sentences around it in its paragraph) ("profiter du « bouclier fiscal »"): a
        term the journalist marks, not words someone is said to have uttered."""
        text = doc.text
        words = _TOKEN.findall(text[start:end])
        if not words or len(words) > 3 or not text[start:end][:1].islower():
            return False
        lead = _TOKEN.findall(text[max(0, q.open_at - 30) : q.open_at])
        if not lead or lead[-1].lower() not in SCARE_DETERMINERS:
            return False
        sent = doc.char_span(q.open_at, q.close_at + 1, alignment_mode="expand")
        if sent is None:
            return False
        sentence = sent[0].sent
        if any(t.lemma_ == "être" for t in doc[max(sentence.start, sent.start - 3) : sent.start]):
            return False  # a judgment: « c'est un « gâchis » »
        if any(t.lower_ in VIEW_PREPOSITIONS for t in sentence[:3]):
            return False  # "Pour X, …": X's view
        outside = text[sentence.start_char : q.open_at] + text[q.close_at + 1 : sentence.end_char]
        if _QUOTE_CHARS & set(outside):
            return False  # other quotations in the sentence: someone is quoted
        para_start, para_end = _paragraph_bounds(text, q.open_at)
        near = doc[max(0, sentence.start - 1) : min(len(doc), sentence.end + 1)]
        first = near[0].sent if near[0].idx >= para_start else sentence
        last = near[-1].sent if near[-1].idx < para_end else sentence
        for tok in doc[min(first.start, sentence.start) : max(last.end, sentence.end)]:
            if tok.lower_ in AGENT_WORDS or cue_lemma(tok) is not None:
                return False
            if phrase_at(doc, tok.i) is not None:
                return False  # "selon X", "d'après X": a source speaks
        return True

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
                kind = self._fragment_kind(doc, q, start, end, is_cue)
            elif self._scare_quote(doc, q, start, end):
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
