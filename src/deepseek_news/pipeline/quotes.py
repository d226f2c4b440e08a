"""Component ``dsn_quotes``: quoted passages, direct or partial.

Writes ``doc.spans["dsn_quotes"]``: one span per quotation (the words inside
the marks), label ``direct`` or ``partial``; meta holds the exact offsets of
the words and of the marks (``open_at``, ``close_at``) and ``closed`` (False
when a missing closing mark was recovered).  Quotations of a title or name
("le film « Le Parrain »") and quotations inside English passages are left out.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..lang.fr.scare_quotes import NAMING_WORDS, SENTENCE_END, TITLE_NOUNS
from ._marks import QuoteMarks, pair_marks
from ._spans import add_span, group, items

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
    ends_sentence = content.rstrip("»”\" ")[-1:] in SENTENCE_END
    if len(words) <= 6 and not ends_sentence and prev_words:
        # a name: after a naming word, or a capitalized title after a title noun
        capitalized = content[:1].isupper() or content[:1].isdigit()
        if prev_words[-1] in NAMING_WORDS or (prev_words[-1] in TITLE_NOUNS and capitalized):
            return None
    first = content.lstrip("«“\"'(—–- ")[:1]
    starts_upper = first.isupper() or first.isdigit()
    prev = before[-1:] or "\n"
    at_sentence_start = prev in "\n.!?…:»”\"" or before.endswith(_DASHES)
    if at_sentence_start and (starts_upper or ends_sentence):
        if len(words) <= 3 and not ends_sentence and after.startswith(":"):
            return "partial"  # headline: « Impressionnant » : le patron salue...
        return "direct"
    if starts_upper and prev in ",;" and (len(words) >= 5 or ends_sentence):
        return "direct"
    if prev == "," and _SOURCE_LEAD.search(before) and after[:1] in {"", ".", "!", "?", "…"}:
        return "direct"  # Selon X, « la phrase entière ».
    return "partial"


class QuoteFinder:
    def __call__(self, doc: Doc) -> Doc:
        group(doc, KEY)
        text = doc.text
        english = [(m["start"], m["end"]) for _, m in items(doc, ENGLISH_KEY)]
        n = 0
        for q in pair_marks(text):
            if any(s <= q.open_at < e for s, e in english):
                continue
            start, end = _trimmed(text, q)
            if end <= start:
                continue
            kind = classify(text, q, start, end)
            if kind is None:
                continue
            n += 1
            add_span(
                doc, KEY, start, end, kind, f"q{n}",
                open_at=q.open_at, close_at=q.close_at, closed=q.closed,
            )
        return doc


@Language.factory("dsn_quotes", assigns=["doc.spans"])
def make_quotes(nlp: Language, name: str) -> QuoteFinder:
    return QuoteFinder()
