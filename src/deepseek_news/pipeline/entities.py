"""Component ``dsn_entities``: person and organization mentions, one entity per real entity.

Writes ``doc.spans["dsn_persons"]`` and ``doc.spans["dsn_orgs"]``; each
mention's meta carries ``name`` (the canonical name of its entity).  The span
groups' attrs also hold, as plain JSON values:

- ``doc.spans["dsn_persons"].attrs["roles"]``: canonical name -> roles as written
  ("PDG d'OpenAI", "président américain", "M.");
- ``doc.spans["dsn_persons"].attrs["gender"]``: canonical name -> "m", "f" or None;
- ``doc.spans[KEY].attrs["aliases"]``: canonical name -> the other surface forms.

How it decides (see docs/entities.md): the model's PER/ORG/MISC/LOC entities and
runs of capitalized words are cleaned (newlines, boilerplate, trailing dates,
titles), then classified with contextual evidence (head nouns such as "la
start-up X", roles "le PDG de X", corporate forms, stock-market contexts,
acronyms with their expansion, press credits); a name shown to be an
organization once is one everywhere in the doc.  Surface forms are then merged
into entities (accent- and case-insensitive fuzzy matching, surnames into full
names, acronyms into their expansion).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..entities._intervals import GrowingIntervals, StaticIntervals
from ..entities._names import canonical, clusters, fold, fold_text, same_name
from ..lang.fr import organizations as O
from ..lang.fr import roles as R
from ..lang.fr import titles as T
from ..records import Mention, Organization, Person
from ._spans import add_span, group, items
from .language import english_segments

try:
    from spacy.lang.fr.stop_words import STOP_WORDS as _SPACY_STOP_WORDS
except ImportError:  # pragma: no cover
    _SPACY_STOP_WORDS = set()
_STOP_WORDS = frozenset(_SPACY_STOP_WORDS)

PERSONS_KEY = "dsn_persons"
ORGS_KEY = "dsn_orgs"

_STRIP = " \t\u00a0\u202f.,;:!?«»\"“”()[]{}*•|/–—-_'’"
_CODE_RE = re.compile(r"^(?=[A-Za-z0-9-]*\d)(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9-]{2,10}$")
_CREDIT_RE = re.compile(
    r"\((?:(?:Photo|Crédit|Crédits|Credit)\s*:?\s*)?"
    r"(?P<org>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})\s*/\s*"
    r"(?P<per>[A-Z][\w'’-]+(?: (?:[A-Z][\w'’-]+|de|van|von|der|da|di|el|al|ben)){1,3})\)"
)
_ACRONYM_RE = re.compile(r"\(\s*(?P<acr>[A-Z][A-Za-z0-9&.-]{1,9})\s*\)")
_WORD_RE = re.compile(r"\S+")


def _alternation(words: frozenset[str] | tuple[str, ...]) -> str:
    parts = sorted(
        {re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in words}, key=len, reverse=True
    )
    return "|".join(parts)


@cache
def _ends_with(words: frozenset[str] | tuple[str, ...]) -> re.Pattern[str]:
    """Text ending with one of `words` (case-insensitive), then spaces or an elided article."""
    return re.compile(rf"(?<![\w-])(?:{_alternation(words)})\s*$", re.IGNORECASE)


_ROLE_WORDS = frozenset(k for k in R.ROLE_NOUNS if k not in T.GENERIC_ROLE_NOUNS)
_TITLE_RE = re.compile(
    rf"(?<![\w.])(?P<title>{'|'.join(sorted((re.escape(t) for t in T.TITLES), key=len, reverse=True))})"
    r"(?=\s)\s+(?=[A-ZÀ-ÖØ-Þ])"
)
_SOURCE_RE = re.compile(
    rf"(?:{'|'.join(re.escape(c) for c in O.SOURCE_CUES)})\s*(?:l['’]|les?\s+|la\s+)?$", re.IGNORECASE
)
_MEDIA = frozenset(fold(m) for m in O.MEDIA_WITH_ARTICLE | O.NAMES_WITH_ARTICLE)
_PRODUCT_RES = [re.compile(p) for p in O.PRODUCT_PATTERNS]
_FORMS = frozenset(fold(f) for f in O.CORPORATE_FORMS)
# "X, une start-up ...", "X est la banque ...": an apposition or attribute naming a kind of organization
_APPOSITION_RE = re.compile(
    rf"\s*(?:,|est|était|sera|reste|devenue?)\s+(?:une?|la|le|l['’]|cette|ce)\s*(?:[a-zà-ÿ-]+\s+){{0,2}}?"
    rf"(?:{_alternation(O.ORG_HEAD_NOUNS)})\b"
)
_WORD_CHARS_RE = re.compile(r"\w+")
_LOWER_WORD_RE = re.compile(r"(?<![\w-])[^\W\d_A-ZÀ-ÖØ-Þ][\w]*")
# lowercase institutions, matched on the folded text
_INSTITUTION_RE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(
        sorted(
            (
                re.escape(fold_text(h)).replace(r"\ ", r"\s+")
                for h in O.INSTITUTION_HEADS | O.INSTITUTION_NAMES
            ),
            key=len,
            reverse=True,
        )
    )
    + r")(?![\w-])"
)
_INSTITUTION_NAMES = frozenset(fold(n) for n in O.INSTITUTION_NAMES)
_PERSON_ROLES = frozenset(r for r in _ROLE_WORDS if r not in O.ORG_HEAD_NOUNS)
# after a name: "Josiane, 74 ans", "Nathalie, une infirmière qui..."
_PERSON_AFTER_RE = re.compile(
    rf"\s*,\s*(?:\d{{1,3}}\s+ans\b|(?:un|une)\s+(?:{_alternation(_PERSON_ROLES)})\b)"
)
_PORTFOLIO_RE = re.compile(
    rf"(?<![\w-])(?:{_alternation(O.PORTFOLIO_NOUNS)})(?:\s+[a-zà-ÿ-]+)?\s+(?:de\s+la|de\s+l'|du|des|de|d'|à\s+la|à\s+l'|au|aux)\s*$",
    re.IGNORECASE,
)
# "Photo : Jean Martin / AFP": a person, then the agency
_CREDIT_AFTER_RE = re.compile(
    r"(?:Photo|Photos|Crédit|Crédits|Credit|©)\s*:?\s*"
    r"(?P<per>[A-Z][\w'’-]+(?: (?:[A-Z][\w'’-]+|de|van|von|der|da|di|el|al|ben)){1,3})\s*/\s*"
    r"(?P<org>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})"
)
_WORD_CHAR_RE = re.compile(r"\w")


@dataclass
class _Cand:
    start: int
    end: int
    label: str  # PER, ORG, MISC, LOC or "" (capitalized run)
    org: set[str] = field(default_factory=set)  # evidence that it is an organization
    strong: bool = False  # evidence that beats the model's PER/LOC label
    veto: set[str] = field(default_factory=set)  # evidence that it is not one
    person: bool = False  # title or credit: a person
    gender: str = ""
    lowercase: bool = False  # an institution named by a lowercase noun: "ministère de la Santé"
    at_start: bool = False  # at a sentence or line start, where common nouns are capitalized too


# --------------------------------------------------------------------------- cleaning


def _is_name_word(w: str) -> bool:
    return bool(w) and (
        w[0].isupper()
        or w[0].isdigit()
        or (len(w) > 1 and w[0].islower() and any(c.isupper() for c in w[1:3]))
    )


def _clean(
    text: str, start: int, end: int, label: str, sent_start: bool
) -> tuple[int, int, str, bool] | None:
    """Trim a candidate span; returns (start, end, title, lead) or None when nothing name-like is left;
    `lead` tells that lowercase words were cut from its start (the model's label no longer applies)."""
    lead = False
    seg = text[start:end]
    # one line only: the first line holding a word
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n\r]+", seg)]
    lines = [(a, b) for a, b in lines if seg[a:b].strip(_STRIP)]
    if not lines:
        return None
    a, b = lines[0]
    start, end = start + a, start + b
    words = [(start + m.start(), start + m.end()) for m in _WORD_RE.finditer(text[start:end])]
    title = ""
    out: list[tuple[int, int]] = []
    for i, (ws, we) in enumerate(words):
        w = text[ws:we].strip(_STRIP.replace(".", "").replace("'", "").replace("’", "")).rstrip(".,;:")
        fw = fold(w)
        two = fold(" ".join(text[x:y] for x, y in words[i : i + 2]))
        if fw in O.BOILERPLATE_WORDS or two.strip(":") in O.BOILERPLATE_WORDS or w.endswith(":"):
            if fw in O.BOILERPLATE_WORDS or two.strip(":") in O.BOILERPLATE_WORDS:
                break
            out.append((ws, we))
            break
        out.append((ws, we))
    words = out
    # leading titles and articles
    while words:
        w = text[words[0][0] : words[0][1]]
        if w in T.TITLES and len(words) > 1:
            title = title or w
            words = words[1:]
            continue
        lw = w.lower().replace("’", "'")
        art = next(
            (x for x in ("l'", "le", "la", "les") if lw == x or (x == "l'" and lw.startswith(x))), None
        )
        if art is None:
            break
        rest = text[words[0][0] + (2 if art == "l'" else len(w)) : words[-1][1]].strip()
        whole = text[words[0][0] : words[-1][1]]
        media = fold(whole.strip(_STRIP)) in _MEDIA
        if media or (w[0].isupper() and not sent_start and rest[:1].isupper() and label in ("ORG", "MISC")):
            break
        if art == "l'" and len(w) > 2:
            words[0] = (words[0][0] + 2, words[0][1])
        else:
            words = words[1:]
    # lowercase leading words ("modèle R1", "ministre de l'Économie") and trailing dates
    while words and not _is_name_word(text[words[0][0] : words[0][1]].strip(_STRIP)):
        words = words[1:]
        lead = True
    if lead and words and re.match(r"[lLdD]['’]", text[words[0][0] : words[0][1]]):
        words[0] = (words[0][0] + 2, words[0][1])
    while words and (
        fold(text[words[-1][0] : words[-1][1]].strip(_STRIP)) in O.TRAILING_WORDS
        or not text[words[-1][0] : words[-1][1]].strip(_STRIP)
    ):
        words = words[:-1]
    if not words:
        return None
    s, e = words[0][0], words[-1][1]
    while s < e and text[s] in _STRIP and text[s] not in "'’":
        s += 1
    while e > s and text[e - 1] in _STRIP:
        e -= 1
    if e - s < 2 or not _is_name_word(text[s:e]):
        return None
    return s, e, title, lead


# --------------------------------------------------------------------------- evidence


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
            if doc[k].lower_ in ("de", "d'", "d’", "des", "du") or doc[k].pos_ == "DET":
                if doc[k].pos_ == "DET" and k > 0 and doc[k - 1].pos_ == "ADP":
                    k -= 1
        elif allow_names and (_is_code(t) or t.text[:1].isupper()):
            k -= 1
        else:
            break
        out.append(k)
    return out


def _head_before(doc: Doc, text: str, i: int, words: frozenset[str], *, allow_names: bool = False) -> bool:
    """`words` (a head noun) right before token i, with modifiers in between; `text` is doc.text."""
    pattern = _ends_with(words)
    for k in _window_start(doc, i, allow_names):
        if k < i and doc[i - 1].pos_ == "ADP":
            continue
        idx = doc[k].idx
        if pattern.search(text[max(0, idx - 50) : idx]):
            return True
    return False


def _of_before(doc: Doc, text: str, i: int, words: frozenset[str], *, allow_names: bool = False) -> bool:
    """ "<word> de/d'/du/des [la/l'] NAME": the name at token i is the complement of `words`."""
    k = i
    if k > 0 and doc[k - 1].lower_ in ("la", "l'", "l’", "les"):
        k -= 1
    if k == 0 or doc[k - 1].lower_ not in ("de", "d'", "d’", "du", "des"):
        return False
    return _head_before(doc, text, k - 1, words, allow_names=allow_names)


def _evidence(doc: Doc, text: str, c: _Cand, tokens: tuple[int, int]) -> None:
    """Collect the evidence around candidate `c` (token range `tokens`); `text` is doc.text."""
    i, j = tokens
    line_start = text.rfind("\n", max(0, c.start - 60), c.start) + 1
    before = text[max(line_start, c.start - 60) : c.start]
    name = text[c.start : c.end]
    words = name.split()
    if _head_before(doc, text, i, O.ORG_HEAD_NOUNS):
        c.org.add("head")
    if _of_before(doc, text, i, O.ORG_MEMBER_NOUNS):
        c.org.add("member")
    if _of_before(doc, text, i, O.FINANCE_NOUNS) or _head_before(
        doc, text, i, frozenset({"action", "titre", "l'action", "le titre"})
    ):
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
    if not c.person and _SOURCE_RE.search(before):
        c.org.add("source")
        c.strong = True
    after = text[c.end : c.end + 80]
    if _PERSON_AFTER_RE.match(after):
        c.person = True  # "Josiane, 74 ans,", "Nathalie, une infirmière"
    if i > 1 and doc[i - 1].lower_ == "chez" and _head_before(doc, text, i - 1, O.ORG_MEMBER_NOUNS):
        c.org.add("member")  # "analyste chez Bernstein"
        c.strong = True
    if _APPOSITION_RE.match(after):
        c.org.add("apposition")
    if words and fold(words[0]) in O.INSTITUTION_FIRST_WORDS and len(words) > 1 and c.label != "PER":
        c.org.add("institution")
        c.strong = True
    if fold(name) in _MEDIA:
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
    # not an organization
    if any(r.fullmatch(name) for r in _PRODUCT_RES):
        c.veto.add("product")
    if _head_before(doc, text, i, O.PRODUCT_HEADS) and not (i > 0 and doc[i - 1].lower_.endswith(("s", "x"))):
        c.veto.add("product-head")
    if fold(name) in O.PLACE_NAMES:
        c.veto.add("place")
    if len(words) == 1 and _PORTFOLIO_RE.search(text[max(0, c.start - 40) : c.start]):
        c.veto.add("portfolio")  # "la ministre de l'Économie"
    if words and (fold(words[0]) in O.EVENT_FIRST_WORDS or fold(" ".join(words[:2])) in O.EVENT_FIRST_WORDS):
        c.veto.add("event")
    if _ends_with(O.PLACE_PREPOSITIONS).search(before) and c.label in ("ORG", "LOC", ""):
        c.veto.add("place-preposition")


# --------------------------------------------------------------------------- candidates


def _sent_start(doc: Doc, i: int) -> bool:
    if i == 0 or doc[i].is_sent_start:
        return True
    prev = doc[i - 1]
    return "\n" in prev.whitespace_ or prev.is_space or prev.text in ("«", '"', "“", ":", "—", "–")


def _runs(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of capitalized words not at a sentence start (or with inner capitals)."""
    out: list[tuple[int, int]] = []
    i = 0
    n = len(doc)
    while i < n:
        t = doc[i]
        ok = _is_name_word(t.text) and t.text[0].isalpha() and not t.is_punct and t.text not in T.TITLES
        if ok and _sent_start(doc, i) and t.pos_ != "PROPN" and not any(c.isupper() for c in t.text[1:]):
            ok = False
        if not ok:
            i += 1
            continue
        j = i + 1
        while j < n and "\n" not in doc[j - 1].whitespace_:
            u = doc[j]
            if (_is_name_word(u.text) and not u.is_punct) or (u.text == "-" and not doc[j - 1].whitespace_):
                j += 1
            elif u.text == "&" and j + 1 < n and _is_name_word(doc[j + 1].text):
                j += 2
            else:
                break
        while j > i + 1 and doc[j - 1].text == "-":
            j -= 1
        out.append((i, j))
        i = j
    return out


def _is_cap_token(t: Token) -> bool:
    return t.text[:1].isupper() and t.text[:1].isalpha() and not t.is_punct


def _name_tokens(doc: Doc, k: int) -> int:
    """End (exclusive) of the capitalized name that starts at token k: its capitalized words and
    what is glued to them by hyphens ("Necker-Enfants", "Indre-et-Loire")."""
    n = len(doc)
    while k < n and _is_cap_token(doc[k]):
        k += 1
        while k < n and not doc[k - 1].whitespace_ and (doc[k].text == "-" or doc[k].text[:1].isalnum()):
            k += 1
        if k < n and "\n" in doc[k - 1].whitespace_:
            break
    return k


def _institutions(doc: Doc, folded: str, tok_starts: list[int]) -> list[tuple[int, int]]:
    """Character spans of institutions named by a lowercase noun and their complement:
    "le ministère de l'Agriculture", "le tribunal correctionnel de Lyon", "le musée Anselme-Duval",
    and of the lowercase names complete on their own ("l'agence régionale de santé")."""
    out: list[tuple[int, int]] = []
    n = len(doc)
    of_words = ("de", "du", "des", "d'", "d’")
    for m in _INSTITUTION_RE.finditer(folded):
        complete = fold(m.group()) in _INSTITUTION_NAMES
        k = bisect_left(tok_starts, m.end())
        if k > 0 and doc[k - 1].idx + len(doc[k - 1].text) > m.end():
            continue  # the match ends inside a token
        head_end = k
        if not complete:  # "tribunal correctionnel", "ministère allemand"
            while (
                k < n
                and k - head_end < 2
                and doc[k].pos_ == "ADJ"
                and doc[k].text[:1].islower()
                and doc[k].lower_ not in O.INSTITUTION_STOP_WORDS
                and "\n" not in doc[k - 1].whitespace_
            ):
                k += 1
        end_tok = -1
        chains = 0
        while k < n and "\n" not in doc[k - 1].whitespace_ and chains < 3:
            j = k
            if chains and doc[j].lower_ == "et":  # "de l'Industrie et de l'Énergie"
                j += 1
            if j < n and doc[j].lower_ in of_words:
                j += 1
                if j < n and doc[j].lower_ in ("la", "l'", "l’", "les"):
                    j += 1
            elif chains or j != head_end or complete:
                break  # a name right after the noun only: "le musée Anselme-Duval"
            if j >= n or not _is_cap_token(doc[j]) or doc[j].text in T.TITLES:
                break
            j = _name_tokens(doc, j)
            adj = 0  # "des Affaires étrangères", "de l'Éducation nationale"
            while (
                j < n
                and adj < 2
                and doc[j].pos_ == "ADJ"
                and doc[j].text[:1].islower()
                and doc[j].lower_ not in O.INSTITUTION_STOP_WORDS
                and "\n" not in doc[j - 1].whitespace_
            ):
                j += 1
                adj += 1
            end_tok = j
            k = j
            chains += 1
        if end_tok < 0 and not complete:
            continue
        end = doc[end_tok - 1].idx + len(doc[end_tok - 1].text) if end_tok > 0 else m.end()
        out.append((m.start(), end))
    return out


def _tokens(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return (span.start, span.end) if span is not None and len(span) else None


def _candidates(doc: Doc, english: list[tuple[int, int]], folded: str) -> list[_Cand]:
    text = doc.text
    out: list[_Cand] = []
    taken = GrowingIntervals()
    english_set = StaticIntervals(english)
    tok_starts = [t.idx for t in doc]

    def add(s: int, e: int, label: str, sent_start: bool) -> _Cand | None:
        cleaned = _clean(text, s, e, label, sent_start)
        if cleaned is None:
            return None
        s, e, title, lead = cleaned
        if lead:
            label = ""
        # "SoftBank Group Corp." keeps its abbreviation dot
        last = text[s:e].split()[-1]
        if last in O.DOTTED_FORMS and text[e : e + 1] == ".":
            e += 1
        if english_set.contains(s, e) or taken.overlaps(s, e):
            return None
        # "DeepSeek R1", "Airbus A320": the maker's name before a model code
        words = text[s:e].split()
        if len(words) > 1 and _CODE_RE.match(words[-1]) and not words[-1].isdigit() and label != "PER":
            e = s + text[s:e].rindex(words[-1])
            while text[e - 1] in " \u00a0\u202f":
                e -= 1
        # "Le Figaro": a media outlet keeps its article
        art = re.search(r"(?:^|\s)(L['’]|Les?\s+|La\s+)$", text[max(0, s - 5) : s])
        if art and fold(art.group(1) + text[s:e]) in _MEDIA:
            s -= len(art.group(1))
        c = _Cand(s, e, label, at_start=sent_start)
        if title:
            c.person = True
            c.gender = T.TITLES[title]
        taken.add(s, e)
        out.append(c)
        return c

    # institutions with a lowercase head: "le ministère de l'Agriculture"
    for s, e in _institutions(doc, folded, tok_starts):
        if english_set.contains(s, e) or taken.overlaps(s, e):
            continue
        inst = _Cand(s, e, "", lowercase=True)
        inst.org.add("institution")
        inst.strong = True
        taken.add(s, e)
        out.append(inst)
    # expansions of acronyms: "le Paris Saint-Germain (PSG)", "l'Organisation mondiale de la santé (OMS)"
    for m in _ACRONYM_RE.finditer(text):
        acr = m.group("acr")
        if not acr[:1].isupper():
            continue
        words = _words_before(text, m.start(), 8)
        for k in range(max(0, len(words) - 8), len(words)):
            first = text[words[k][0] : words[k][1]]
            if not first[:1].isupper():
                continue
            exp_words = [text[a:b] for a, b in words[k:]]
            if any(w[-1:] in ",;:." for w in exp_words):
                continue
            if _expands(" ".join(exp_words), acr):
                c = add(words[k][0], words[-1][1], "", _sent_start_char(doc, words[k][0]))
                if c is not None:
                    c.org.add("acronym")
                break
    # press credits "(Reuters/Amir Cohen)"
    for m in _CREDIT_RE.finditer(text):
        o = add(m.start("org"), m.end("org"), "ORG", False)
        if o is not None:
            o.org.add("credit")
            o.strong = True
        p = add(m.start("per"), m.end("per"), "PER", False)
        if p is not None:
            p.person = True
    # "Photo : Jean Martin / AFP"
    for m in _CREDIT_AFTER_RE.finditer(text):
        p = add(m.start("per"), m.end("per"), "PER", False)
        if p is not None:
            p.person = True
        o = add(m.start("org"), m.end("org"), "ORG", False)
        if o is not None:
            o.org.add("credit")
            o.strong = True
    # titles "M. Dupont", "Mme Élisabeth Borne"
    title_at: dict[int, str] = {}
    for m in _TITLE_RE.finditer(text):
        title_at[m.end()] = m.group("title")
    for ent in doc.ents:
        s, e = ent.start_char, ent.end_char
        label = ent.label_
        # "(Les Républicains)", "selon La Poste": a capitalized article inside a sentence is part of the name
        if (
            label in ("ORG", "MISC")
            and ent.start > 0
            and doc[ent.start - 1].text in ("Le", "La", "Les")
            and not _sent_start(doc, ent.start - 1)
        ):
            s = doc[ent.start - 1].idx
        # extend over a corporate form the model left out ("SoftBank Group" + "Corp")
        k = ent.end
        while k < len(doc) and doc[k].text in O.CORPORATE_FORMS and not doc[k - 1].whitespace_.count("\n"):
            e = doc[k].idx + len(doc[k].text)
            k += 1
        c = add(s, e, label, _sent_start(doc, ent.start))
        if c is not None and label == "PER":
            tok = _tokens(doc, c.start, c.end)
            if tok is not None and c.start in title_at:
                # title right before the name
                c.person = True
                c.gender = c.gender or T.TITLES[title_at[c.start]]
    for i, j in _runs(doc):
        s, e = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
        k = j
        while k < len(doc) and doc[k].text in O.CORPORATE_FORMS:
            e = doc[k].idx + len(doc[k].text)
            k += 1
        c = add(s, e, "", _sent_start(doc, i))
        if c is not None and c.start in title_at:
            c.person = True
            c.gender = T.TITLES[title_at[c.start]]
    for c in out:
        tok = _tokens(doc, c.start, c.end)
        if tok is not None:
            _evidence(doc, text, c, tok)
    return out


def _words_before(text: str, pos: int, n: int) -> list[tuple[int, int]]:
    """(start, end) of the words of the line that ends at `pos`, at least its last `n` ones."""
    step = 40 * (n + 1)
    lo = max(0, pos - step)
    while True:
        line_start = text.rfind("\n", lo, pos) + 1
        if line_start:
            lo = line_start
        words = [(lo + w.start(), lo + w.end()) for w in _WORD_RE.finditer(text[lo:pos])]
        # only the window's first word may be cut: enough when it is not among the last n
        if line_start or lo == 0 or len(words) > n:
            return words
        lo = max(0, lo - step)


def _initials(phrase: str) -> str:
    """Folded initials of the capitalized or long words: "Banque centrale européenne" -> "bce"."""
    return fold("".join(w[0] for w in re.split(r"[\s'’-]+", phrase) if w and (w[0].isupper() or len(w) > 3)))


def _expands(phrase: str, acr: str) -> bool:
    """`phrase` is the expansion of the acronym `acr`: "Banque centrale européenne" (BCE),
    "Institut national de la statistique et des études économiques" (Insee), "direction
    générale des finances publiques" (DGFiP: each capital starts a word, small letters follow it)."""
    letters = acr.replace(".", "").replace("-", "")
    if _initials(phrase) == fold(letters):
        return True
    chunks = [fold(c) for c in re.findall(r"[A-Z][a-z]*", letters)]
    if len(chunks) < 2 or "".join(chunks) != fold(letters):
        return False
    words = [fold(w) for w in re.split(r"[\s'’-]+", phrase) if w and (w[0].isupper() or len(w) > 3)]
    return len(words) == len(chunks) and all(w.startswith(c) for w, c in zip(words, chunks, strict=True))


def _sent_start_char(doc: Doc, char: int) -> bool:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span is None or _sent_start(doc, span.start)


def _acronyms(text: str, cands: list[_Cand]) -> list[tuple[str, str]]:
    """(expansion, acronym) pairs: "la Banque centrale européenne (BCE)"."""
    by_end = {c.end: c for c in cands}
    pairs: list[tuple[str, str]] = []
    for m in _ACRONYM_RE.finditer(text):
        acr = m.group("acr")
        letters = [ch for ch in acr if ch.isalpha()]
        if not letters or not letters[0].isupper():
            continue
        end = m.start()
        while end > 0 and text[end - 1] in " \u00a0\u202f":
            end -= 1
        c = by_end.get(end)
        if c is None:
            continue
        exp = text[c.start : c.end]
        if _expands(exp, acr):
            pairs.append((exp, text[m.start("acr") : m.end("acr")]))
    return pairs


# --------------------------------------------------------------------------- decision


def _person_shaped(name: str) -> bool:
    words = re.sub(r"-\w+", "", name).split()  # "Park Jin-ho", "Wong Kar-wai"
    return (
        0 < len(words) <= 7
        and not any(ch.isdigit() for ch in name)
        and all(w == "-" or w[0].isupper() or w.lower() in T.NAME_PARTICLES for w in words)
        and words[0][0].isupper()
        and not any(len(w) == 1 and w.isalpha() for w in words)  # "Livret A"
    )


def _decide(cands: list[_Cand], text: str, acronyms: list[tuple[str, str]]) -> dict[str, str]:
    """Folded surface -> "PER" or "ORG" for the surfaces kept."""
    lower_words = set(_LOWER_WORD_RE.findall(text))
    by: dict[str, list[_Cand]] = {}
    for c in cands:
        by.setdefault(fold(text[c.start : c.end]), []).append(c)
    acr_links: dict[str, str] = {}
    for exp, acr in acronyms:
        acr_links[fold(acr)] = fold(exp)
        acr_links[fold(exp)] = fold(acr)
    kinds: dict[str, str] = {}
    for key, cs in by.items():
        name = text[cs[0].start : cs[0].end]
        letters = [ch for ch in name if ch.isalpha()]
        if len(letters) < 2:
            continue
        labels = Counter(c.label for c in cs)
        org_ev = set().union(*(c.org for c in cs))
        veto = set().union(*(c.veto for c in cs))
        strong = any(c.strong for c in cs)
        per_votes = labels["PER"] + 2 * sum(c.person for c in cs)
        if "product" in veto and not (labels["ORG"] > labels["MISC"] + labels[""] and _CODE_RE.match(name)):
            continue  # a model or product; a code-like name the model calls ORG stays ("TF1")
        if len(name.split()) == 1 and name.lower() in _STOP_WORDS:
            continue  # "Non", "Grève" capitalized at a line start
        if (
            len(name.split()) == 1
            and all(c.at_start for c in cs)
            and not org_ev
            and name.lower() in lower_words
            and name not in T.FIRST_NAMES
        ):
            continue  # "Grève à la SNCF" in a heading, "grève" in the text: a common noun
        one_word = len(name.split()) == 1 and name not in T.FIRST_NAMES
        if org_ev & {"head", "apposition", "brand", "maker", "finance", "market"} and one_word:
            strong = True  # "le constructeur automobile Stellantis": not a person
        if org_ev & {"head", "apposition", "acronym"} and labels["LOC"]:
            strong = True  # "le club anglais Arsenal": not a place
        if per_votes > labels["ORG"] and _person_shaped(name) and not strong:
            kinds[key] = "PER"
            continue
        if org_ev and (strong or labels["LOC"] <= labels["ORG"] + labels["MISC"] + labels[""]):
            if not (veto & {"place", "event"}) or strong:
                kinds[key] = "ORG"
                continue
        if veto:
            continue
        if labels["ORG"] > labels["LOC"] and labels["ORG"] >= labels["MISC"]:
            kinds[key] = "ORG"
        elif per_votes and _person_shaped(name):
            kinds[key] = "PER"
    # an acronym and its expansion share their kind
    for _ in range(2):
        for a, b in acr_links.items():
            vetoed = "product" in set().union(*(c.veto for c in by.get(b, [])))
            if kinds.get(a) == "ORG" and b in by and b not in kinds and not vetoed:
                kinds[b] = "ORG"
    return kinds


# --------------------------------------------------------------------------- mentions and entities


def _find_all(
    text: str,
    folded: str,
    forms: dict[str, str],
    english: list[tuple[int, int]],
    lowercase: frozenset[str] | set[str] = frozenset(),
) -> list[tuple[int, int, str]]:
    """(start, end, folded form) of every capitalized occurrence of the forms, longest first, no overlaps."""
    found: list[tuple[int, int, str]] = []
    excluded = StaticIntervals(english)
    taken = GrowingIntervals()
    runs: dict[str, list[int]] = {}  # each maximal run of word characters -> its start offsets
    for m in _WORD_CHARS_RE.finditer(folded):
        runs.setdefault(m.group(), []).append(m.start())
    for form in sorted(forms, key=len, reverse=True):
        needle = fold_text(forms[form])
        for s, e in _occurrences(folded, needle, runs):
            if not _is_name_word(text[s:e]) and form not in lowercase:
                continue
            if excluded.contains(s, e) or taken.overlaps(s, e):
                continue
            found.append((s, e, form))
            taken.add(s, e)
    return sorted(found)


def _occurrences(folded: str, needle: str, runs: dict[str, list[int]]) -> list[tuple[int, int]]:
    """What ``re.finditer(r"(?<!\\w)NEEDLE(?!\\w)", folded)`` finds, read from the index of word runs:
    a match starts a run of word characters equal to the needle's first run."""
    first = _WORD_CHARS_RE.match(needle)
    if first is None:
        pattern = re.compile(rf"(?<![\w]){re.escape(needle)}(?![\w])")
        return [m.span() for m in pattern.finditer(folded)]
    out: list[tuple[int, int]] = []
    last_end = 0
    n = len(needle)
    for s in runs.get(first.group(), ()):
        if s < last_end or not folded.startswith(needle, s):
            continue
        if _WORD_CHAR_RE.match(folded, s + n):
            continue
        out.append((s, s + n))
        last_end = s + n
    return out


def _link(kind: str, acr_pairs: set[frozenset[str]]) -> object:
    def linked(a: str, b: str) -> bool:
        if frozenset((a, b)) in acr_pairs:
            return True
        if same_name(a, b):
            return True
        wa, wb = fold(a).split(), fold(b).split()
        short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
        if kind == "PER":
            return (
                len(short) == 1
                and len(long_) > 1
                and (short[0] == long_[-1] or " ".join(long_[-2:]) == short[0] or short[0] == long_[0])
            )
        rest = long_[len(short) :]
        return long_[: len(short)] == short and bool(rest) and all(w.strip(".") in _FORMS for w in rest)

    return linked


def _roles_and_gender(
    doc: Doc, mentions: list[tuple[int, int, str]]
) -> tuple[dict[str, list[str]], dict[str, str]]:
    """Roles from appositions around person mentions, and gender from their agreement."""
    roles: dict[str, list[str]] = {}
    genders: dict[str, str] = {}
    role_re = _alternation(_ROLE_WORDS)
    mod_re = _alternation(T.ROLE_MODIFIERS)
    det = r"(?:le|la|l['’]|un|une|son|sa|notre|leur|ce|cette)"
    text = doc.text
    phrase = (
        rf"(?P<role>(?:(?:{mod_re})[\s-]+)?(?:{role_re})"
        r"(?:\s+(?!et\b|qui\b|que\b|a\b|est\b|était\b)[a-zà-ÿ-]+|\s+(?:de|du|des|d['’])\s*(?:la\s+|l['’]\s*|les\s+)?"
        r"[\wÀ-ÿ-]+(?:\s+[a-zà-ÿ]+(?=\s*[,.;:)]))?){0,3}?)"
    )
    before_re = re.compile(rf"(?:^|[\s(])(?P<det>{det})\s*{phrase}\s*,?\s*$", re.IGNORECASE)
    after_re = re.compile(
        rf"^\s*,\s*(?:[a-zà-ÿ'’]+ment\s+|désormais\s+|aujourd['’]hui\s+|alors\s+|toujours\s+|encore\s+)?"
        rf"(?P<det>{det})?\s*{phrase}\s*(?=[,.;:)\n]|\set\s|$)",
        re.IGNORECASE,
    )

    def note(name: str, role: str, det_word: str) -> None:
        role = " ".join(role.split())
        lst = roles.setdefault(name, [])
        if role and role not in lst:
            lst.append(role)
        g = ""
        d = det_word.lower().replace("’", "'")
        if d in ("la", "une", "sa", "cette"):
            g = "f"
        elif d in ("le", "un", "ce"):
            g = "m"
        for w in role.split()[:2]:
            rg = R.ROLE_NOUNS.get(w.lower(), "")
            if rg:
                g = rg
                break
        if g:
            genders.setdefault(name, g)

    for s, e, name in mentions:
        lo = max(0, s - 90)
        line_start = max(text.rfind("\n", lo, s) + 1, text.rfind(".", lo, s) + 1, s - 90)
        m = before_re.search(text[line_start:s])
        if m:
            note(name, m.group("role"), m.group("det") or "")
        line_end = min(x for x in (text.find("\n", e, e + 90), len(text), e + 90) if x >= 0)
        m = after_re.match(text[e:line_end])
        if m:
            note(name, m.group("role"), m.group("det") or "")
    return roles, genders


class EntityFinder:
    """Finds persons and organizations; see the module docstring."""

    def __call__(self, doc: Doc) -> Doc:
        group(doc, PERSONS_KEY)
        group(doc, ORGS_KEY)
        text = doc.text
        english = [(s, e) for s, e in english_segments(doc)]
        folded = fold_text(text)
        cands = _candidates(doc, english, folded)
        acronyms = _acronyms(text, cands)
        kinds = _decide(cands, text, acronyms)
        # surface forms of each kind, with their counts
        forms: dict[str, dict[str, str]] = {"PER": {}, "ORG": {}}
        for c in cands:
            k = fold(text[c.start : c.end])
            if k in kinds:
                forms[kinds[k]].setdefault(k, text[c.start : c.end])
        # a surname alone that the model called an organization is the person's
        evidenced: set[str] = set()
        for c in cands:
            if c.strong or c.org:
                evidenced.add(fold(text[c.start : c.end]))
        for k in list(forms["ORG"]):
            if len(k.split()) == 1 and k not in evidenced:
                if any(len(p.split()) > 1 and p.split()[-1] == k for p in forms["PER"]):
                    forms["PER"][k] = forms["ORG"].pop(k)
        # a full name's surname alone is a later mention of the person ("Altman")
        surnames = Counter(v.split()[-1] for v in forms["PER"].values() if len(v.split()) > 1)
        for sur, n in surnames.items():
            if n == 1 and len(sur) > 2 and fold(sur) not in forms["ORG"] and sur.lower() not in _STOP_WORDS:
                forms["PER"].setdefault(fold(sur), sur)
        lowercase = {fold(text[c.start : c.end]) for c in cands if c.lowercase}
        found_per = _find_all(text, folded, forms["PER"], english)
        found_org = _find_all(
            text, folded, forms["ORG"], english + [(s, e) for s, e, _ in found_per], lowercase
        )
        # persons: also the surnames of full names
        acr_pairs = {frozenset((a, b)) for a, b in acronyms}
        expansion = {acr: exp for exp, acr in acronyms}
        gender_votes: dict[str, Counter[str]] = {}
        for key, found, grp_key, label in (
            ("PER", found_per, PERSONS_KEY, "PER"),
            ("ORG", found_org, ORGS_KEY, "ORG"),
        ):
            surfaces = [text[s:e] for s, e, _ in found]
            distinct = list(dict.fromkeys(surfaces))
            groups = clusters(distinct, _link(key, acr_pairs))  # type: ignore[arg-type]
            if key == "PER":
                groups = _split_ambiguous(groups)
            name_of: dict[str, str] = {}
            aliases: dict[str, list[str]] = {}
            for g in groups:
                canon = canonical([s for s in surfaces if s in g])
                if expansion.get(canon) in g:  # "DGFiP" -> "direction générale des finances publiques"
                    canon = expansion[canon]
                aliases[canon] = [f for f in g if f != canon]
                for f in g:
                    name_of[f] = canon
            grp = group(doc, grp_key)
            grp.attrs["aliases"] = aliases
            for n, (s, e, _) in enumerate(found, 1):
                add_span(doc, grp_key, s, e, label, f"{label.lower()}{n}", name=name_of[text[s:e]])
            if key == "PER":
                mentions = [(s, e, name_of[text[s:e]]) for s, e, _ in found]
                roles, genders = _roles_and_gender(doc, mentions)
                for c in cands:
                    nm = name_of.get(text[c.start : c.end])
                    if nm is None:
                        continue
                    if c.gender:
                        gender_votes.setdefault(nm, Counter())[c.gender] += 3
                    title = _title_before(text, c.start)
                    if title:
                        roles.setdefault(nm, [])
                        if title not in roles[nm]:
                            roles[nm].insert(0, title)
                        if T.TITLES.get(title):
                            gender_votes.setdefault(nm, Counter())[T.TITLES[title]] += 3
                for nm, gen in genders.items():
                    gender_votes.setdefault(nm, Counter())[gen] += 2
                gender: dict[str, str | None] = {}
                for nm in aliases:
                    votes = gender_votes.get(nm, Counter())
                    given = nm.split()[0] if len(nm.split()) > 1 else ""
                    if given in T.FIRST_NAMES:
                        votes[T.FIRST_NAMES[given]] += 1
                    top = votes.most_common(2)
                    gender[nm] = top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None
                grp.attrs["roles"] = {nm: roles.get(nm, []) for nm in aliases}
                grp.attrs["gender"] = gender
        return doc


def _title_before(text: str, start: int) -> str:
    m = re.search(r"(\S+)\s+$", text[max(0, start - 16) : start])
    return m.group(1) if m and m.group(1) in T.TITLES else ""


def _split_ambiguous(groups: list[list[str]]) -> list[list[str]]:
    """A surname shared by two full names ("Trump" with Donald and Melania Trump) stays apart."""
    out: list[list[str]] = []
    for g in groups:
        full = [f for f in g if len(f.split()) > 1]
        fulls = {fold(f) for f in full}
        distinct_full: list[str] = []
        for f in fulls:
            if not any(same_name(f, x) for x in distinct_full):
                distinct_full.append(f)
        if len(distinct_full) <= 1:
            out.append(g)
            continue
        singles = [f for f in g if len(f.split()) == 1]
        for f in distinct_full:
            out.append([x for x in full if same_name(fold(x), f)])
        if singles:
            out.append(singles)
    return out


@Language.factory(
    "dsn_entities", assigns=["doc.spans"], requires=["doc.ents", "token.pos", "token.dep", "token.lemma"]
)
def make_entities(nlp: Language, name: str) -> EntityFinder:
    return EntityFinder()


def records_from_doc(doc: Doc) -> tuple[list[Person], list[Organization]]:
    """Persons and organizations of `doc`, one entry per canonical name, offsets relative to the doc."""
    persons: dict[str, Person] = {}
    orgs: dict[str, Organization] = {}
    roles: dict[str, list[str]] = {}
    text = doc.text  # Doc.text joins every token: read it once
    if PERSONS_KEY in doc.spans:
        roles = doc.spans[PERSONS_KEY].attrs.get("roles", {})
    for _, m in items(doc, PERSONS_KEY):
        name = m["name"]
        if name not in persons:
            persons[name] = Person(id=f"p{len(persons) + 1}", name=name, roles=list(roles.get(name, [])))
        p = persons[name]
        surface = text[m["start"] : m["end"]]
        p.mentions.append(Mention(start=m["start"], end=m["end"], text=surface))
        if surface != name and surface not in p.aliases:
            p.aliases.append(surface)
    for _, m in items(doc, ORGS_KEY):
        name = m["name"]
        if name not in orgs:
            orgs[name] = Organization(id=f"o{len(orgs) + 1}", name=name)
        o = orgs[name]
        surface = text[m["start"] : m["end"]]
        o.mentions.append(Mention(start=m["start"], end=m["end"], text=surface))
        if surface != name and surface not in o.aliases:
            o.aliases.append(surface)
    return list(persons.values()), list(orgs.values())
