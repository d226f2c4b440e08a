"""The kind of a quotation: ``"direct"`` (whole sentences), ``"partial"`` (words inside the
journalist's sentence) or None (a title or name in quotation marks)."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

from ...lang.fr.pronouns import FIRST_PERSON
from ...lang.fr.scare_quotes import COORDINATORS, NAMING_WORDS, SENTENCE_END, TITLE_NOUNS
from .._marks import QuoteMarks
from .._sources import source_lead
from .labels import _label_not_speech, _looks_like_title, _name_not_speech
from .words import _DASHES, _QUOTE_CHARS, _TOKEN, _WORD, _paragraph_bounds

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
    if _name_not_speech(text, q, content, words, before):
        return None
    after_sentence_end = before[-1:] in {".", "!", "?", "…"}
    if len(words) <= 6 and not ends_sentence and prev_words and not after_sentence_end:
        # a name: after a naming word, or a capitalized title after a title noun
        capitalized = content[:1].isupper() or content[:1].isdigit()
        # ("Le Soir titre : « … »": before a colon the word is the verb of a press review)
        title_noun = prev_words[-1] in TITLE_NOUNS and not before.endswith(":")
        if prev_words[-1] in NAMING_WORDS or (title_noun and capitalized):
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


def fragment_kind(
    doc: Doc, text: str, q: QuoteMarks, start: int, end: int, is_cue: Callable[[int, int], bool]
) -> str:
    """``"partial"`` for a quotation read as whole sentences that is a fragment
    after all: the journalist's sentence goes on after it ("« Deux blessés » ont
    été évacués"), or it heads a headline or intertitle with no finite verb
    ("« Taxer les jets privés », réclame X"); else ``"direct"``. `text` is ``doc.text``."""
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
