"""Where a reported clause ends, and what may follow it in the same sentence: a new report
of the same speaker ("…, mais a promis que") or a new speaker's ("et la rapporteure a estimé
que"); where a sentence starts past a time stamp, a dateline or a leading connector."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...lang.fr.function_words import (
    CLAUSE_COORDINATORS,
    COMPLEMENTIZERS,
    GERUND_WORDS,
    NEGATION_PARTICLES,
    REPORT_COORDINATORS,
)
from ...lang.fr.punctuation import NUMBER_SIGNS, QUOTE_PAIRS
from ...lang.fr.reporting_verbs import LEADING_CONNECTORS
from .._perdoc import doc_tokens
from .._sources import phrase_at
from .._syntax import cue_lemma, is_pronoun_subject, low

_CLAUSE_BREAKS = {";"}
# marks that only ever close a quotation ("»", "”"), unlike the straight '"'
_CLOSING_MARKS = frozenset(QUOTE_PAIRS.values()) - frozenset(QUOTE_PAIRS)
# connectors as token sequences, longest first: "de son côté" before "de"
_CONNECTOR_FORMS = sorted((tuple(c.split()) for c in LEADING_CONNECTORS), key=len, reverse=True)
# the same, by first word
_CONNECTORS_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _forms in _CONNECTOR_FORMS:
    _CONNECTORS_BY_FIRST.setdefault(_forms[0], []).append(_forms)


def _clause_end(sent: Span, first: int) -> int:
    """Token index where a reported clause starting at `first` ends (exclusive)."""
    doc = sent.doc
    end = sent.end
    i = first
    while i < sent.end:
        t = doc[i]
        if t.text in _CLAUSE_BREAKS or "\n" in t.text:
            end = i
            break
        if t.text == "(" and i > first and _source_aside(sent, i):
            end = i  # "… 380 000 manifestants (1,2 million selon la CGT), …": another source's figure
            break
        if (
            low(t) in CLAUSE_COORDINATORS
            and i + 1 < sent.end
            and low(doc[i + 1]) in COMPLEMENTIZERS
            and i > first
        ):
            return i  # "… et qu'<new clause>": a new reported clause
        if low(t) in REPORT_COORDINATORS and i > first and _new_speaker(sent, i + 1) is not None:
            return i  # "… et la rapporteure a estimé que": a new speaker's report
        if (
            (low(t) in REPORT_COORDINATORS or t.text == ",")
            and i > first
            and _new_report(sent, i + 1) is not None
        ):
            # "…, mais a promis que": the speaker's next report, coordinated with the first
            return i - 1 if doc[i - 1].text == "," else i
        if t.text == "," and i + 1 < sent.end and i > first:
            nxt = doc[i + 1]
            nxt2 = doc[i + 2] if i + 2 < sent.end else None
            # ", ajoutant que", ", a-t-il déclaré", ", selon X"
            if cue_lemma(nxt) and (nxt.pos_ == "VERB" or nxt.lower_.endswith("ant")):
                return i
            if nxt.pos_ == "AUX" and nxt2 is not None and (cue_lemma(nxt2) or nxt2.lower_.startswith("-")):
                return i
            if phrase_at(doc, i + 1, sent.end) is not None:
                return i
        i += 1
    while end > first and (
        doc[end - 1].is_space
        or (
            doc[end - 1].is_punct
            and doc[end - 1].text not in {"»", "”", '"', ")"}
            and doc[end - 1].text.rstrip(".") not in NUMBER_SIGNS  # "15 %", "0,5 ‰." (one token)
        )
    ):
        end -= 1
    return end


def _source_aside(sent: Span, i: int) -> bool:
    """Whether the parenthesis opening at token `i` gives another source's version ("(1,2
    million selon les syndicats)"): what follows it is the journalist's text again."""
    doc = sent.doc
    for k in range(i + 1, sent.end):
        if doc[k].text == ")":
            return False
        if phrase_at(doc, k, sent.end) is not None:
            return True
    return False


def _new_report(sent: Span, i: int) -> int | None:
    """The cue of a reporting predicate with no subject of its own starting at token `i`
    ("[et] a promis que", "[mais] a aussi reconnu", "[puis] ajoute que"), or None."""
    doc = sent.doc
    aux = False
    k = i
    while k < sent.end and k < i + 5:
        t = doc[k]
        if t.pos_ == "AUX" and not aux:
            aux = True
        elif (t.pos_ == "ADV" and low(t) not in NEGATION_PARTICLES) or low(t) in GERUND_WORDS:
            pass  # "mais a aussi promis", "tout en soulignant"
        else:
            break
        k += 1
    if k >= sent.end or cue_lemma(doc[k]) is None or doc[k].pos_ != "VERB":
        return None
    if aux:
        return k if "Part" in doc[k].morph.get("VerbForm", []) else None
    # no auxiliary: a finite verb, a participle sharing the first one's auxiliary ("et
    # affirmé que") or a gerund ("tout en soulignant que"), directly followed by "que"
    if {"Fin", "Part"} & set(doc[k].morph.get("VerbForm", [])) and any(
        low(doc[j]) in COMPLEMENTIZERS for j in range(k + 1, min(sent.end, k + 3))
    ):
        return k
    return None


def _new_speaker(sent: Span, i: int) -> tuple[int, Token] | None:
    """A clause with its own subject and a reporting verb starting at token `i`
    ("[et] la rapporteure a estimé que"): (cue index, subject head), or None."""
    doc = sent.doc
    k = i
    head: Token | None = None
    while k < sent.end and k < i + 8 and doc[k].pos_ in {"DET", "NOUN", "PROPN", "ADJ", "ADP", "PRON"}:
        if doc[k].pos_ in {"NOUN", "PROPN"} or (doc[k].pos_ == "PRON" and is_pronoun_subject(doc[k])):
            head = head if head is not None and head.pos_ in {"NOUN", "PRON"} else doc[k]
        elif low(doc[k]) in COMPLEMENTIZERS:
            return None
        k += 1
    if head is None:
        return None
    while k < sent.end and doc[k].pos_ in {"AUX", "ADV"}:
        k += 1
    if k < sent.end and doc[k].pos_ == "VERB" and cue_lemma(doc[k]) is not None:
        return k, head
    return None


def _finite(t: Token) -> bool:
    return t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm", [])


def _lead(sent: Span) -> int:
    """First token after a live-feed time stamp or dateline and its dash ("16h15 – ", "Lyon — "),
    or after the closing mark of the previous sentence's quotation that the parser put at the
    start of this one ("» Trois personnes ont été blessées, selon …")."""
    table = doc_tokens(sent.doc)
    start = sent.start
    if table.texts[start] in _CLOSING_MARKS and start + 1 < sent.end:
        start += 1
    for i in range(start, min(sent.end, start + 4)):
        if table.texts[i] in {"–", "—"} or (table.texts[i] == "-" and table.whitespace[i]):
            return i + 1
    return start


def _after_connector(sent: Span, base: int) -> int:
    """First token after a connector opening the sentence ("Mais", "Pourtant,", "De son
    côté,"), which belongs to the journalist's text rather than to a reported clause."""
    doc = sent.doc
    if base >= sent.end:
        return base
    lows = doc_tokens(doc).lows
    for forms in _CONNECTORS_BY_FIRST.get(lows[base], ()):
        n = len(forms)
        if base + n < sent.end and tuple(lows[base : base + n]) == forms:
            k = base + n
            if forms[-1] != "," and doc[k].text == ",":
                k += 1
            return k if k < sent.end else base
    return base
