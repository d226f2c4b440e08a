"""Roles and gender of persons: appositions ("Marie Dupont, directrice de Renault"), titles."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from ...lang.fr import name_context as N
from ...lang.fr import roles as R
from ...lang.fr import titles as T
from ...lang.fr.function_words import OF_PREPOSITIONS, ROLE_LINK_WORDS
from .._perdoc import doc_text
from .patterns import _ROLE_WORDS, _alternation, _words


def _roles_and_gender(
    doc: Doc, mentions: list[tuple[int, int, str]]
) -> tuple[dict[str, list[str]], dict[str, str]]:
    """Roles from appositions around person mentions, and gender from their agreement."""
    roles: dict[str, list[str]] = {}
    genders: dict[str, str] = {}
    text = doc_text(doc)
    before_re, after_re = _role_patterns()
    kin_re = _kin_pattern()

    def note(name: str, role: str, det_word: str) -> None:
        role = " ".join(role.split())
        lst = roles.setdefault(name, [])
        if role and role not in lst:
            lst.append(role)
        g = ""
        d = det_word.lower().replace("’", "'")
        if d in N.FEMININE_ROLE_DETERMINERS:
            g = "f"
        elif d in N.MASCULINE_ROLE_DETERMINERS:
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
        if m and m.group("role").split()[-1].lower() not in _LINKS:
            # (not "l'avocate de Yassin E.": the name is the role's complement)
            note(name, m.group("role"), m.group("det") or "")
        line_end = min(x for x in (text.find("\n", e, e + 90), len(text), e + 90) if x >= 0)
        m = after_re.match(text[e:line_end])
        if m:
            note(name, m.group("role"), m.group("det") or "")
        else:
            kin = kin_re.match(text[e:line_end])
            if kin:
                genders.setdefault(name, T.GENDERED_PERSON_NOUNS[" ".join(kin.group("noun").lower().split())])
    return roles, genders


@cache
def _kin_pattern() -> re.Pattern[str]:
    """ "Yassin E., un homme qui…": a noun after a name that tells the gender, not a role;
    compiled once."""
    det = rf"(?:{_words(N.ROLE_DETERMINERS)})"
    return re.compile(
        rf"^\s*,\s*(?:{det}\s*)?(?P<noun>{_alternation(tuple(T.GENDERED_PERSON_NOUNS))})\b", re.IGNORECASE
    )


@cache
def _role_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The role phrases before a name ("la directrice de Renault, ") and after it
    (", directrice de Renault"), compiled once."""
    role_re = _alternation(_ROLE_WORDS)
    mod_re = _alternation(T.ROLE_MODIFIERS)
    det = rf"(?:{_words(N.ROLE_DETERMINERS)})"
    stops = _words(N.ROLE_PHRASE_STOPS, after=r"\b")
    adverbs = _words(N.ROLE_ADVERBS, after=r"\s+")
    phrase = (
        rf"(?P<role>(?:(?:{mod_re})[\s-]+)?(?:{role_re})"
        rf"(?:\s+(?!{stops})[a-zà-ÿ-]+|\s+(?:de|du|des|d['’]|à|au|aux)\s*(?:la\s+|l['’]\s*|les\s+)?"
        r"[\wÀ-ÿ-]+(?:\s+[a-zà-ÿ]+(?=\s*[,.;:)]))?){0,3}?"
        r"(?:\s*\([A-ZÀ-Þ][^()\n]{0,30}\))?)"  # "de la mosquée de Beaucaire (Gard)"
    )
    before_re = re.compile(rf"(?:^|[\s(])(?P<det>{det})\s*{phrase}\s*,?\s*$", re.IGNORECASE)
    after_re = re.compile(
        rf"^\s*,\s*(?:[a-zà-ÿ'’]+ment\s+|{adverbs})?"
        rf"(?P<det>{det})?\s*{phrase}\s*(?=[,.;:)\n]|\set\s|$)",
        re.IGNORECASE,
    )
    return before_re, after_re


# words that may close a role phrase only when a complement follows ("l'avocate de [X]")
_LINKS = OF_PREPOSITIONS | ROLE_LINK_WORDS | frozenset(w.replace("'", "’") for w in OF_PREPOSITIONS)
_LAST_WORD = re.compile(r"(\S+)\s+$")


def _title_before(text: str, start: int) -> str:
    m = _LAST_WORD.search(text[max(0, start - 16) : start])
    return m.group(1) if m and m.group(1) in T.TITLES else ""
