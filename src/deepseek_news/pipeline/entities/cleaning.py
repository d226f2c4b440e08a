"""A candidate name and its cleaning: one line, no boilerplate, titles and articles cut."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ...lang.fr import name_context as N
from ...lang.fr import titles as T
from ...naming import fold
from .patterns import _BOILERPLATE, _KNOWN_ORGS, _LEADING_ROLES, _MEDIA, _STRIP, _TRAILING, _WORD_RE


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


@lru_cache(maxsize=1 << 16)  # called on every token: the same words come back
def _is_name_word(w: str) -> bool:
    return bool(w) and (
        w[0].isupper()
        or w[0].isdigit()
        or (len(w) > 1 and w[0].islower() and any(c.isupper() for c in w[1:3]))
    )


def _in_prose(text: str, pos: int) -> bool:
    """The line around `pos` is a sentence (several lowercase words), not a row of links."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return sum(1 for w in line.split() if w[:1].islower()) >= 3


_LINE_RE = re.compile(r"[^\n\r]+")
_WORD_STRIP = (
    _STRIP.replace(".", "").replace("'", "").replace("’", "")
)  # a word keeps its dots and apostrophes


def _clean(
    text: str, start: int, end: int, label: str, sent_start: bool
) -> tuple[int, int, str, bool] | None:
    """Trim a candidate span; returns (start, end, title, lead) or None when nothing name-like is left;
    `lead` tells that lowercase words were cut from its start (the model's label no longer applies)."""
    lead = False
    seg = text[start:end]
    # one line only: the first line holding a word
    lines = [(m.start(), m.end()) for m in _LINE_RE.finditer(seg)]
    lines = [(a, b) for a, b in lines if seg[a:b].strip(_STRIP)]
    if not lines:
        return None
    a, b = lines[0]
    start, end = start + a, start + b
    words = [(start + m.start(), start + m.end()) for m in _WORD_RE.finditer(text[start:end])]
    title = ""
    out: list[tuple[int, int]] = []
    for i, (ws, we) in enumerate(words):
        w = text[ws:we].strip(_WORD_STRIP).rstrip(".,;:")
        fw = fold(w)
        two = fold(" ".join(text[x:y] for x, y in words[i : i + 2]))
        if len(words) == 1 and fw in _KNOWN_ORGS and _in_prose(text, ws):
            out.append((ws, we))  # "publié sur Facebook": the platform, not a share button
            break
        if fw in _BOILERPLATE or two.strip(":") in _BOILERPLATE or w.endswith(":"):
            if fw in _BOILERPLATE or two.strip(":") in _BOILERPLATE:
                break
            out.append((ws, we))
            break
        if text[ws:we] == ":" and i + 1 < len(words):
            out = []  # "Tech : Mistral AI lève…": a heading's label before the colon
            continue
        out.append((ws, we))
    words = out
    # leading titles and articles
    kept_article = False
    while words:
        w = text[words[0][0] : words[0][1]]
        if w in T.TITLES and len(words) > 1:
            title = title or w
            words = words[1:]
            continue
        lw = w.lower().replace("’", "'")
        art = next((x for x in N.LEADING_ARTICLES if lw == x or (x == "l'" and lw.startswith(x))), None)
        if art is None:
            break
        rest = text[words[0][0] + (2 if art == "l'" else len(w)) : words[-1][1]].strip()
        whole = text[words[0][0] : words[-1][1]]
        media = fold(whole.strip(_STRIP)) in _MEDIA and _is_name_word(rest)  # not "Le monde a..."
        if media or (w[0].isupper() and not sent_start and rest[:1].isupper() and label in ("ORG", "MISC")):
            kept_article = media
            break
        if art == "l'" and len(w) > 2:
            words[0] = (words[0][0] + 2, words[0][1])
        else:
            words = words[1:]
    # a capitalized rank or function before a name, as in a heading: "Colonel Barry accusé…"
    if label != "ORG" and len(words) > 1:
        first, second = (text[a:b].strip(_STRIP) for a, b in words[:2])
        if first[:1].isupper() and first.lower() in _LEADING_ROLES and second[:1].isupper():
            words = words[1:]
    # lowercase leading words ("modèle R1", "ministre de l'Économie") and trailing dates
    while not kept_article and words and not _is_name_word(text[words[0][0] : words[0][1]].strip(_STRIP)):
        words = words[1:]
        lead = True
    if lead and words and re.match(r"[lLdD]['’]", text[words[0][0] : words[0][1]]):
        words[0] = (words[0][0] + 2, words[0][1])
    while words and (
        fold(text[words[-1][0] : words[-1][1]].strip(_STRIP)) in _TRAILING
        or not text[words[-1][0] : words[-1][1]].strip(_STRIP)
    ):
        words = words[:-1]
    # a person's name ends before a preposition: "le commandant Guy des marins-pompiers"
    if label == "PER":
        for k in range(1, len(words)):
            w = text[words[k][0] : words[k][1]].lower().replace("’", "'")
            if w in N.PERSON_NAME_BREAKS or w[:2] in N.PERSON_NAME_BREAKS:
                if not any(_is_name_word(text[a:b].strip(_STRIP)) for a, b in words[k:]):
                    words = words[:k]
                    break
    if not words:
        return None
    s, e = words[0][0], words[-1][1]
    while s < e and text[s] in _STRIP and text[s] not in "'’":
        s += 1
    while e > s and text[e - 1] in _STRIP:
        e -= 1
    # "Yassin E.": a surname cut to its initial keeps its dot
    last = text[s:e].split()[-1] if e > s else ""
    if (
        len(last) == 1
        and last.isupper()
        and text[e : e + 1] == "."
        and len(text[s:e].split()) > 1
        and (label == "PER" or text[s:e].split()[0] in T.FIRST_NAMES)
    ):
        e += 1
    if e - s < 2 or not (kept_article or _is_name_word(text[s:e])):
        return None
    return s, e, title, lead
