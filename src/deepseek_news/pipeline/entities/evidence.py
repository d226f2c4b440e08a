"""Contextual evidence around a candidate: is it an organization, a person, or neither?"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ...lang.fr import name_context as N
from ...lang.fr import organizations as O
from ...naming import fold
from .cleaning import _Cand
from .patterns import (
    _APPOSITION_RE,
    _CODE_RE,
    _GENERIC_BODIES,
    _KNOWN_ORGS,
    _MEDIA,
    _PERSON_AFTER_RE,
    _PRODUCT_RE,
    _TEXT_FIRST,
    _ends_with_any,
    _portfolio_before,
    _source_before,
)


def _is_code(t: Token) -> bool:
    return bool(_CODE_RE.match(t.text)) and not t.text.isdigit()


def _window_start(doc: Doc, i: int, allow_names: bool = False) -> list[int]:
    """Token indexes k <= i such that doc[k:i] is a run of modifiers (adjectives,
    "des semi-conducteurs", codes when `allow_names`) between a head noun and a name."""
    out = [i]
    k = i
    while k > 0 and i - k < 6:
        t = doc[k - 1]
        if t.is_punct or t.is_space or "\n" in t.whitespace_:
            break
        low = t.text[:1].islower()
        if low and t.pos_ in ("ADJ", "NOUN") and not t.text.endswith(("'", "’")):
            k -= 1
        elif (
            low
            and t.pos_ in ("NOUN", "ADJ")
            and k - 2 >= 0
            and doc[k - 2].pos_ in ("ADP", "DET")
            and k - 2 > i - 6
        ):
            k -= 2
            if doc[k].lower_ in N.OF_WORDS or doc[k].pos_ == "DET":
                if doc[k].pos_ == "DET" and k > 0 and doc[k - 1].pos_ == "ADP":
                    k -= 1
        elif allow_names and (_is_code(t) or t.text[:1].isupper()):
            k -= 1
        else:
            break
        out.append(k)
    return out


def _head_before(
    doc: Doc,
    text: str,
    i: int,
    words: frozenset[str],
    *,
    allow_names: bool = False,
    window: list[int] | None = None,
) -> bool:
    """`words` (a head noun) right before token i, with modifiers in between; `text` is doc.text.
    `window`: ``_window_start(doc, i, allow_names)`` when the caller has it already."""
    for k in _window_start(doc, i, allow_names) if window is None else window:
        if k < i and doc[i - 1].pos_ == "ADP":
            continue
        idx = doc[k].idx
        if _ends_with_any(words, text[max(0, idx - 50) : idx]):
            return True
    return False


def _of_before(doc: Doc, text: str, i: int, words: frozenset[str], *, allow_names: bool = False) -> bool:
    """ "<word> de/d'/du/des [la/l'] NAME": the name at token i is the complement of `words`."""
    k = i
    if k > 0 and doc[k - 1].lower_ in N.ARTICLES_AFTER_OF:
        k -= 1
    if k == 0 or doc[k - 1].lower_ not in N.OF_WORDS:
        return False
    return _head_before(doc, text, k - 1, words, allow_names=allow_names)


_LEADING_ARTICLE = re.compile(r"^(?:[LlDd]['’]|(?:Les?|La|les?|la)\s+)")


def _evidence(doc: Doc, text: str, c: _Cand, tokens: tuple[int, int]) -> None:
    """Collect the evidence around candidate `c` (token range `tokens`); `text` is doc.text."""
    i, j = tokens
    window = _window_start(doc, i)  # the modifiers before the name, for each head noun looked for
    line_start = text.rfind("\n", max(0, c.start - 60), c.start) + 1
    before = text[max(line_start, c.start - 60) : c.start]
    name = text[c.start : c.end]
    words = name.split()
    if _head_before(doc, text, i, O.ORG_HEAD_NOUNS, window=window):
        c.org.add("head")
    if _of_before(doc, text, i, O.ORG_MEMBER_NOUNS):
        c.org.add("member")
    if _of_before(doc, text, i, O.FINANCE_NOUNS) or _head_before(doc, text, i, N.SHARE_NOUNS, window=window):
        c.org.add("finance")
    if _of_before(doc, text, i, O.PRODUCT_NOUNS, allow_names=True):
        c.org.add("maker")
    if i > 0 and doc[i - 1].lower_ in O.PRODUCT_NOUNS and doc[i - 1].lower_.endswith(("s", "x")):
        c.org.add("maker")
    if j < len(doc) and _is_code(doc[j]) and text[c.end : doc[j].idx].strip() == "":
        c.org.add("brand")
    if len(words) > 1 and words[-1].rstrip(".") in O.CORPORATE_FORMS:
        c.org.add("form")
        c.strong = True
    if not c.person and _source_before(before):
        c.org.add("source")
        c.strong = True
    after = text[c.end : c.end + 80]
    if _PERSON_AFTER_RE.match(after):
        c.person = True  # "Josiane, 74 ans,", "Nathalie, une infirmière"
    employer = i > 1 and doc[i - 1].lower_ in N.EMPLOYER_PREPOSITIONS
    if employer and _head_before(doc, text, i - 1, O.ORG_MEMBER_NOUNS):
        c.org.add("member")  # "analyste chez Bernstein"
        c.strong = True
    if _APPOSITION_RE.match(after):
        c.org.add("apposition")
    if words and fold(words[0]) in O.INSTITUTION_FIRST_WORDS and len(words) > 1 and c.label != "PER":
        c.org.add("institution")
        c.strong = True
    # "Le Monde" but not "Le monde a besoin de...": the name after the article is capitalized
    proper = _LEADING_ARTICLE.sub("", name)[:1]
    proper_name = proper.isupper() or proper.isdigit()
    if fold(name) in _MEDIA and proper_name:
        c.org.add("media")
        c.strong = True
    if (
        text[c.start - 1 : c.start] == "("
        and text[c.end : c.end + 1] == ")"
        and name.isupper()
        and c.label != "LOC"
        and (
            re.match(r"\)\s*(?:[-–—]|$)", text[c.end : c.end + 4]) or re.search(r"(?:^|[.!?]\s*)\($", before)
        )
    ):
        c.org.add("agency")  # dateline or signature: "Paris (AFP) -", "... (Reuters)"
    # "X a perdu 17 % en Bourse"
    for t in doc[i:j]:
        if t.dep_.startswith("nsubj") and t.head.lemma_ in O.MARKET_VERBS:
            sent_words = {x.lower_ for x in t.sent}
            if sent_words & O.MARKET_WORDS:
                c.org.add("market")
            break
    if fold(name) in _KNOWN_ORGS and proper_name:
        c.org.add("known")  # "selon Politis", "sur Telegram", "le Pentagone a déclaré"
        c.strong = True
    # not an organization
    if _PRODUCT_RE.fullmatch(name):
        c.veto.add("product")
    if _head_before(doc, text, i, O.PRODUCT_HEADS, window=window) and not (
        i > 0 and doc[i - 1].lower_.endswith(("s", "x"))
    ):
        c.veto.add("product-head")
    if fold(name) in O.PLACE_NAMES:
        c.veto.add("place")
    if len(words) == 1 and _portfolio_before(text[max(0, c.start - 40) : c.start]):
        c.veto.add("portfolio")  # "la ministre de l'Économie"
    if words and (fold(words[0]) in O.EVENT_FIRST_WORDS or fold(" ".join(words[:2])) in O.EVENT_FIRST_WORDS):
        c.veto.add("event")
    if words and (fold(words[0]) in _TEXT_FIRST or fold(" ".join(words[:2])) in _TEXT_FIRST):
        c.veto.add("event")  # "Accord de Paris", "Code du travail": a text
    if fold(name) in _GENERIC_BODIES:
        c.veto.add("generic")  # "l'État", "la Fédération": a body without a name
    if _ends_with_any(O.PLACE_PREPOSITIONS, before) and c.label in ("ORG", "LOC", ""):
        c.veto.add("place-preposition")
