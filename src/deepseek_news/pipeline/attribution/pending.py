"""Quotations and reported clauses without a cue of their own ("pending"), resolved once
every cued one is: the attribution of a later quotation of the same sentence ("« A » et
« B », a répondu X"), "Pour X," / "Selon X," opening the sentence, the subject of the
sentence for a partial quotation ("X dénonce une « erreur »"), else the previous speaker
when it is close and no title line or time stamp lies between. A quotation in a title line
(a headline, an intertitle, a live-feed heading) takes the first speaker the body below it
quotes (``fill_titles``)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from ...lang.fr.function_words import SENTENCE_CONNECTORS
from ...lang.fr.pronouns import SPEAKER_PRONOUNS
from ...lang.fr.roles import COLLECTIVE_HEADS, GROUP_HEADS, ROLE_NOUNS, SPEAKING_DOCUMENTS, UNNAMED_HEADS
from .._perdoc import doc_text
from .._sources import SOURCES_AND_VIEWS, phrase_at
from .._syntax import low, noun_phrase
from .cues import QuoteSite
from .layout import TIMESTAMP, boundary_between, title_line
from .mentions import names_someone
from .model import _CONTINUATION_CHARS, CONFIDENCE, STRONG_METHODS, _Attr

# how far after its line the body may give a title line's speaker
_TITLE_REACH = 1500
# the most tokens between "Pour"/"Selon" and the comma closing the source
_LEAD_TOKENS = 12

# resolves the mention (start, end) of a quotation into its record; True when it named someone
MentionResolver = Callable[[_Attr, tuple[int, int]], bool]


def defer(site: QuoteSite, a: _Attr) -> None:
    """Marks a quotation no cue finder attributed as pending and records the weaker evidence
    of its sentence: whether it stands in a title line, "Pour X," opening the sentence, the
    sentence's subject (for a partial quotation)."""
    doc, m = site.doc, site.meta
    a.method = "pending"
    last = doc[site.sent_end - 1] if site.sent_end > 0 else None
    a.sent_end = last.idx + len(last) if last is not None else 0
    a.title = title_line(doc_text(doc), m["open_at"], m["close_at"])
    if not a.title:
        a.view = view_lead(doc, site.sent_start, site.open_tok.i)
        if m["label"] == "partial":
            a.subject = sentence_subject(doc, site.sent_start, site.open_tok)
        elif opens_paragraph(doc.text, m["open_at"]):
            a.next_subject = next_subject(doc, site.close_tok)
            a.previous_subject = previous_subject(doc, site.open_tok, site.close_tok)


def opens_paragraph(text: str, at: int) -> bool:
    """Whether the quotation mark at `at` opens its line (after a time stamp, if any)."""
    line_start = text.rfind("\n", 0, at) + 1
    before = text[line_start:at].strip()
    return not before or TIMESTAMP.fullmatch(before.rstrip(" :–—-")) is not None


def next_subject(doc: Doc, close_tok: Token) -> tuple[int, int] | None:
    """The subject opening the sentence right after a quotation, in the same paragraph, when
    it can name a speaker: a name, a personal pronoun, a role, a group, a body ("« … »
    Le commandant X n'a pas caché son inquiétude")."""
    i = close_tok.i + 1
    while i < len(doc) and doc[i].is_punct and "\n" not in doc[i].text:
        i += 1
    if i >= len(doc) or "\n" in doc.text[close_tok.idx : doc[i].idx]:
        return None
    first = doc[i]
    root = first.sent.root
    for c in root.children:
        if c.dep_ not in {"nsubj", "nsubj:pass"} or c.left_edge.i > i + 1 or c.i >= root.i:
            continue
        word = low(c)
        person_like = (
            c.pos_ == "PROPN"
            or word in SPEAKER_PRONOUNS
            or word in GROUP_HEADS
            or word in ROLE_NOUNS
            or word in UNNAMED_HEADS
            or word in COLLECTIVE_HEADS
        )
        if not person_like:
            return None
        end = c.right_edge.i
        for t in doc[c.left_edge.i : end + 1]:
            if t.is_punct and t.text not in {"-", "'", "’"}:
                end = t.i - 1
                break
        return doc[c.left_edge.i].idx, doc[end].idx + len(doc[end])
    return None


def previous_subject(doc: Doc, open_tok: Token, close_tok: Token) -> tuple[int, int] | None:
    """The person named as subject of the last sentence of the paragraph before a quotation
    that is a whole paragraph, when that paragraph quotes no one: "Marie Dubreuil tient la
    boulangerie depuis dix ans. ¶ « Je n'ai jamais vu ça. » ¶"."""
    text = doc_text(doc)
    after = text[close_tok.idx + 1 : close_tok.idx + 3]
    if close_tok.i + 1 < len(doc) and "\n" not in after and close_tok.idx + 1 < len(text):
        return None  # the paragraph goes on after the quotation
    i = open_tok.i - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or "\n" not in text[doc[i].idx : open_tok.idx]:
        return None
    sent = doc[i].sent
    if any(t.text in {"«", "»", "“", "”", '"'} for t in sent):
        return None  # a quotation there: the previous speaker continues instead
    for c in sent.root.children:
        if c.dep_ in {"nsubj", "nsubj:pass"} and c.pos_ == "PROPN" and c.ent_type_ == "PER":
            last = c
            while last.i + 1 < len(doc) and doc[last.i + 1].dep_ in {"flat:name", "flat"}:
                last = doc[last.i + 1]
            return c.idx, last.idx + len(last)
    return None


def view_lead(doc: Doc, start: int, open_i: int) -> tuple[str, tuple[int, int], tuple[int, int]] | None:
    """(cue, cue span, source) of "Pour X," / "Selon X," opening the sentence (after a
    connector) somewhere before the quotation: "Pour la CFDT, la réforme reste « injuste »"."""
    k = start
    while k < open_i and (doc[k].is_space or low(doc[k]) in SENTENCE_CONNECTORS):
        k += 1
    src = phrase_at(doc, k, open_i, SOURCES_AND_VIEWS)
    if src is None:
        return None
    comma = next((t.i for t in doc[src.end : open_i] if t.text == ","), None)
    if comma is None or comma - k > _LEAD_TOKENS:
        return None
    np_ = noun_phrase(doc, src.end, comma)
    if np_ is None:
        return None
    cue_span = (doc[src.start].idx, doc[src.end - 1].idx + len(doc[src.end - 1]))
    return src.cue, cue_span, (np_.start_char, np_.end_char)


def sentence_subject(doc: Doc, start: int, open_tok: Token) -> tuple[int, int] | None:
    """The subject of the main verb of the sentence, before the quotation, when it can name a
    speaker (a name, a personal pronoun, a role or a group): "X dénonce une « erreur »"."""
    root = open_tok.sent.root
    if start <= root.i < open_tok.i and low(root) in SPEAKER_PRONOUNS:
        return root.idx, root.idx + len(root)  # "Lui non plus n'a « … »" parsed with "Lui" as root
    for c in root.children:
        if c.dep_ in {"nsubj", "nsubj:pass"} and start <= c.i < open_tok.i:
            word = low(c)
            if word in SPEAKER_PRONOUNS:
                return c.idx, c.idx + len(c)  # "Lui non plus n'a « … »" (tagged ADJ or ADV at times)
            body_or_text = c.pos_ == "NOUN" and (word in COLLECTIVE_HEADS or word in SPEAKING_DOCUMENTS)
            if not (names_someone(c) or body_or_text):
                return None  # "la réforme prévoit une « hausse »": no one speaks
            return c.idx, c.idx + len(c)
    return None


def resolve_pending(text: str, done: list[_Attr], resolve: MentionResolver) -> None:
    """Resolves the pending records of `done` (in text order), see the module docstring."""
    for n, a in enumerate(done):
        if a.method != "pending":
            continue
        later = next(
            (
                b
                for b in done[n + 1 :]
                if a.end <= b.start < a.sent_end and b.method in STRONG_METHODS and b.speaker
            ),
            None,
        )
        if later is not None:
            a.speaker, a.cue, a.cue_span, a.method = later.speaker, later.cue, later.cue_span, "sentence"
            a.confidence = CONFIDENCE["sentence"]
            continue
        if a.view is not None:
            a.method = "selon"
            if resolve(a, a.view[2]):
                a.cue, a.cue_span = a.view[0], a.view[1]
                continue
        if a.subject is not None:
            a.method = "subject"
            if resolve(a, a.subject):
                continue
        if a.next_subject is not None:
            a.method = "subject"
            if resolve(a, a.next_subject):
                continue
        if a.previous_subject is not None:
            a.method = "subject"
            if resolve(a, a.previous_subject):
                continue
        a.method, a.mention = "none", None
        if a.title:
            a.confidence = CONFIDENCE["none"]
            continue  # filled from the body below (fill_titles)
        continue_previous(a, done[:n], text)
        a.confidence = CONFIDENCE.get(a.method, 0.5) if a.speaker else CONFIDENCE["none"]
        if a.speaker is None and a.kind == "partial" and inside_report(a, done[:n]):
            a.confidence = CONFIDENCE["governs"]


def continue_previous(a: _Attr, done: list[_Attr], text: str) -> None:
    """No cue of its own: the previous quote's speaker when it is close, never across a title
    line or a live-feed time stamp."""
    for prev in reversed(done):
        if a.start - prev.end > _CONTINUATION_CHARS:
            return  # stop at the window's edge: no scan back over the whole text
        if boundary_between(text, prev.end, a.start):
            return
        if prev.speaker is None:
            continue
        a.speaker, a.cue, a.method = prev.speaker, "continuation", "continuation"
        return


def inside_report(a: _Attr, done: list[_Attr]) -> bool:
    """Quoted words with no speaker of their own inside a reported clause take the clause's
    speaker: "…, précisant que la direction n'était « en rien concernée »"."""
    for prev in reversed(done[-4:]):
        if prev.kind == "indirect" and prev.start <= a.start and a.end <= prev.end and prev.speaker:
            a.speaker, a.method = prev.speaker, "governs"
            return True
    return False


def fill_titles(text: str, done: list[_Attr]) -> None:
    """A quotation in a title line that no later quotation repeats (see the echoes) belongs
    to the first speaker the body below it quotes."""
    for n, a in enumerate(done):
        if not a.title or a.speaker is not None:
            continue
        line_end = text.find("\n", a.end)
        line_end = len(text) if line_end < 0 else line_end
        for b in done[n + 1 :]:
            if b.start > line_end + _TITLE_REACH:
                break
            if b.start < line_end or b.title:
                continue
            if b.speaker and b.method in STRONG_METHODS | {"sentence", "selon", "subject"}:
                a.speaker, a.cue, a.method, a.confidence = b.speaker, "title", "title", 0.6
                break
