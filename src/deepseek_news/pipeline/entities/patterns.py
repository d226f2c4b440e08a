"""Regular expressions and word sets of the entity finder, compiled once from lang/fr tables."""

from __future__ import annotations

import re
from functools import cache

from ...lang.fr import name_context as N
from ...lang.fr import organizations as O
from ...lang.fr import punctuation as P
from ...lang.fr import roles as R
from ...lang.fr import titles as T
from ...naming import fold, fold_text

try:
    from spacy.lang.fr.stop_words import STOP_WORDS as _SPACY_STOP_WORDS
except ImportError:  # pragma: no cover
    _SPACY_STOP_WORDS = set()
_STOP_WORDS = frozenset(_SPACY_STOP_WORDS)


def _words(words: tuple[str, ...], *, apostrophes: bool = True, after: str = "") -> str:
    """`words` as a regex alternation in their order, each followed by `after`; spaces match any
    run of spaces and, with `apostrophes`, "'" matches the typographic apostrophe too."""
    parts = (re.escape(w).replace(r"\ ", r"\s+") for w in words)
    if apostrophes:
        parts = (p.replace("'", "['’]") for p in parts)
    return "|".join(p + after for p in parts)


_STRIP = " \t\u00a0\u202f.,;:!?«»\"“”()[]{}*•|/–—-_'’"
_CODE_RE = re.compile(r"^(?=[A-Za-z0-9-]*\d)(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9-]{2,10}$")
_CREDIT_RE = re.compile(
    rf"\((?:(?:{_words(N.CREDIT_LABELS)})\s*:?\s*)?"
    r"(?P<org>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})\s*/\s*"
    rf"(?P<per>[A-Z][\w'’-]+(?: (?:[A-Z][\w'’-]+|{_words(N.CREDIT_NAME_PARTICLES)})){{1,3}})\)"
)
_ACRONYM_RE = re.compile(r"\(\s*(?P<acr>[A-Z][A-Za-z0-9&.-]{1,9})\s*\)")
# the acronym first, its expansion in parentheses: "la FTDNEEA (Filière traitement, déchets, …)"
_ACRONYM_FIRST_RE = re.compile(
    r"(?<![\w-])(?P<acr>[A-Z][A-Z0-9&]{1,9})\s*\(\s*(?P<exp>[A-ZÀ-Þ][^()\n]{2,150}?)\s*\)"
)
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


def _ends_with_any(words: frozenset[str] | tuple[str, ...], text: str) -> bool:
    """Whether ``_ends_with(words).search(text)`` finds a match, tried at one place only: the
    mirrored pattern (`_ends_with_reversed`) matched at the start of the reversed text, where
    the search tries every position of `text` in turn."""
    return _ends_with_reversed(words).match(text[::-1]) is not None


def _ends_with_match(words: frozenset[str] | tuple[str, ...], text: str) -> tuple[str, int] | None:
    """Like `_ends_with_any`, with the word found as written and where it starts in `text`."""
    m = _ends_with_reversed(words).match(text[::-1])
    if m is None:
        return None
    start = len(text) - m.end()
    return text[start:].rstrip(), start


@cache
def _ends_with_reversed(words: frozenset[str] | tuple[str, ...]) -> re.Pattern[str]:
    """`_ends_with(words)` mirrored, for the reversed text: spaces, one of `words` spelt
    backwards, and no word character or hyphen after it."""
    parts = {re.escape(w[::-1]).replace(r"\ ", r"\s+").replace("'", "['’]") for w in words}
    return re.compile(rf"\s*(?:{'|'.join(sorted(parts, key=len, reverse=True))})(?![\w-])", re.IGNORECASE)


_ROLE_WORDS = frozenset(k for k in R.ROLE_NOUNS if k not in T.GENERIC_ROLE_NOUNS)
_PARTICLES = frozenset(fold(p) for p in T.NAME_PARTICLES)
# a function or rank opening a heading before a name: "Colonel Barry accusé…", "Président Macron"
_LEADING_ROLES = _ROLE_WORDS | T.RANKS
_TITLE_RE = re.compile(
    rf"(?<![\w.])(?P<title>{'|'.join(sorted((re.escape(t) for t in T.TITLES), key=len, reverse=True))})"
    r"(?=\s)\s+(?=[A-ZÀ-ÖØ-Þ])"
)
_SOURCE_RE = re.compile(
    rf"(?:{'|'.join(re.escape(c) for c in O.SOURCE_CUES)})\s*(?:l['’]|les?\s+|la\s+)?$", re.IGNORECASE
)
# _SOURCE_RE mirrored, matched at the start of the reversed text (one place tried, not every
# one): "$" also matches before a final line break, hence the optional one
_SOURCE_REVERSED = re.compile(
    rf"\n?(?:['’]l|\s+s?el|\s+al)?\s*(?:{'|'.join(re.escape(c[::-1]) for c in O.SOURCE_CUES)})",
    re.IGNORECASE,
)


def _source_before(text: str) -> bool:
    """Whether ``_SOURCE_RE.search(text)`` finds a match: `text` ends with a credit or source
    label ("Source :", "Photo : ", "© la")."""
    return _SOURCE_REVERSED.match(text[::-1]) is not None


_MEDIA = frozenset(fold(m) for m in O.MEDIA_WITH_ARTICLE | O.NAMES_WITH_ARTICLE)
_KNOWN_ORGS = frozenset(fold(n) for n in O.KNOWN_ORGANIZATIONS) | _MEDIA
_GENERIC_BODIES = frozenset(fold(w) for w in O.GENERIC_BODY_WORDS)
_TEXT_FIRST = frozenset(fold(w) for w in O.TEXT_FIRST_WORDS)
# the tables below are read with folded words ("Conférence" -> "conference"): folded once here
_EVENT_FIRST = frozenset(fold(w) for w in O.EVENT_FIRST_WORDS)
_INSTITUTION_FIRST = frozenset(fold(w) for w in O.INSTITUTION_FIRST_WORDS)
_PLACE_NAMES = frozenset(fold(w) for w in O.PLACE_NAMES)
_BOILERPLATE = frozenset(fold(w) for w in O.BOILERPLATE_WORDS)
_TRAILING = frozenset(fold(w) for w in O.TRAILING_WORDS)
_PRODUCT_RES = [re.compile(p) for p in O.PRODUCT_PATTERNS]
# the same in one pattern: it matches a whole name exactly when one of them does
_PRODUCT_RE = re.compile("|".join(f"(?:{p})" for p in O.PRODUCT_PATTERNS))
_FORMS = frozenset(fold(f) for f in O.CORPORATE_FORMS)
# "X, une start-up ...", "X est la banque ...": an apposition or attribute naming a kind of organization
_APPOSITION_RE = re.compile(
    rf"\s*(?:,|{_words(N.APPOSITION_VERBS)})\s+(?:{_words(N.APPOSITION_DETERMINERS)})\s*(?:[a-zà-ÿ-]+\s+){{0,2}}?"
    rf"(?:{_alternation(O.ORG_HEAD_NOUNS)})\b"
)
_WORD_CHARS_RE = re.compile(r"\w+")
# a capitalized name right after a head noun and its adjectives: "l'opérateur privé Pizzorno"
_NAME_AHEAD_RE = re.compile(r"(?:\s+[a-zà-ÿ-]+){0,2}\s+[A-ZÀ-Þ]")
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


def _folded_alternation(names: list[str]) -> str:
    parts = {re.escape(fold_text(n)).replace(r"\ ", r"\s+").replace(r"\-", r"[-\s]") for n in names}
    return "|".join(sorted(parts, key=len, reverse=True))


# known organizations of several words or with a digit ("Europe 1", "20 Minutes", "Parti
# socialiste"), which the model and the capitalized runs may cut: matched on the folded text
_KNOWN_SPANS_RE = re.compile(
    r"(?<![\w-])(?:"
    + _folded_alternation([n for n in O.KNOWN_ORGANIZATIONS if " " in n or any(ch.isdigit() for ch in n)])
    + r")(?![\w-])"
)
# a newspaper whose article is contracted with a preposition: "au Progrès", "du Parisien"
_CONTRACTED_MEDIA_RE = re.compile(
    r"(?<![\w-])(?:au|du)\s+(?P<name>"
    + _folded_alternation([m[3:] for m in O.MEDIA_WITH_ARTICLE if m.startswith("le ")])
    + r")(?![\w-])"
)
_NAME = r"[A-ZÀ-Þ][\w'’.-]*(?:[ \t\u00a0][A-ZÀ-Þ][\w'’.-]*){0,3}"
# a match heading on a line of its own: "Lorient vs Olympique Lyonnais"
_MATCH_RE = re.compile(
    rf"^[ \t]*(?P<a>{_NAME})[ \t\u00a0]+(?:{_words(N.MATCH_SEPARATORS, apostrophes=False)})"
    rf"[ \t\u00a0]+(?P<b>{_NAME})[ \t]*$",
    re.MULTILINE,
)
# a list of three names or more in parentheses: "(UCL, ANU, Columbia, Peking University, etc.)"
_PAREN_LIST_RE = re.compile(rf"\((?P<items>{_NAME}(?:\s*,\s*{_NAME}){{2,}})(?:\s*,\s*etc\.?)?\)")
_ERA_NAMES = frozenset(fold(n) for n in N.ERA_NAMES)
_CLOSE_QUOTES = tuple(P.QUOTE_PAIRS.values())
# a name between quotation marks, with its article inside or outside: « l'After Foot »
_QUOTED_BEFORE_RE = re.compile(
    rf"[{''.join(map(re.escape, P.QUOTE_PAIRS))}]\s*(?:[lL]['’]|(?:[Ll]es?|[Ll]a)\s+)?$"
)
_ACRONYM_THING_RE = re.compile(rf"(?<![\w-])(?:{_alternation(O.ACRONYM_THING_HEADS)})(?:\s+[a-zà-ÿ'’-]+)*")
_ACRONYM_NAMES = {fold(a): frozenset(fold(n) for n in names) for a, names in O.ACRONYM_NAMES.items()}
# "l'Université PSL" and "PSL": a kind of organization before a name is part of the name
_ARTICLES = frozenset(fold(a) for a in O.NAME_ARTICLES)
_ORG_KIND_WORDS = frozenset(fold(w) for w in O.ORG_HEAD_NOUNS | O.INSTITUTION_FIRST_WORDS if " " not in w)
# "le ministère de l'intérieur": a lowercase field after "ministère", on the folded text
_MINISTRY_RE = re.compile(r"(?<![\w-])ministeres?$")
_MINISTRY_FIELD_RE = re.compile(
    r"\s+(?:de\s+la\s+|de\s+l'\s*|du\s+|des\s+|de\s+)(?P<field>"
    + "|".join(
        sorted(
            (re.escape(fold_text(f)).replace(r"\ ", r"\s+") for f in O.MINISTRY_FIELDS), key=len, reverse=True
        )
    )
    + r")(?![\w-])"
)
_PERSON_ROLES = frozenset(r for r in _ROLE_WORDS if r not in O.ORG_HEAD_NOUNS)
# after a name: "Josiane, 74 ans", "Nathalie, une infirmière qui..."
_PERSON_AFTER_RE = re.compile(
    rf"\s*,\s*(?:\d{{1,3}}\s+(?:{_words(N.AGE_WORDS)})\b"
    rf"|(?:{_words(N.PERSON_APPOSITION_DETERMINERS)})\s+(?:{_alternation(_PERSON_ROLES)})\b)"
    # "Le Graët (ancien président de la Fédération)": a role in parentheses
    rf"|\s*\(\s*(?:(?:{_alternation(T.ROLE_MODIFIERS)})[\s-]+)?(?:{_alternation(_PERSON_ROLES)})\b"
)
# "Savera Mosnier, habitante d'une rue proche": a full name, then a role or a person's noun
# without a determiner
_PERSON_BARE_APPOSITION_RE = re.compile(
    rf"\s*,\s*(?:(?:{_alternation(T.ROLE_MODIFIERS)})[\s-]+)?"
    rf"(?:{_alternation(_PERSON_ROLES | frozenset(T.GENDERED_PERSON_NOUNS))})(?![\w-])"
)
_PORTFOLIO_RE = re.compile(
    rf"(?<![\w-])(?:{_alternation(O.PORTFOLIO_NOUNS)})(?:\s+[a-zà-ÿ-]+)?\s+"
    rf"(?:{_words(N.PORTFOLIO_LINKS, apostrophes=False)})\s*$",
    re.IGNORECASE,
)
# _PORTFOLIO_RE mirrored, matched at the start of the reversed text (one place tried, not every one)
_PORTFOLIO_REVERSED = re.compile(
    rf"\s*(?:{_words(tuple(w[::-1] for w in N.PORTFOLIO_LINKS), apostrophes=False)})\s+"
    rf"(?:[a-zà-ÿ-]+\s+)?(?:{_alternation(frozenset(w[::-1] for w in O.PORTFOLIO_NOUNS))})(?![\w-])",
    re.IGNORECASE,
)


def _portfolio_before(text: str) -> bool:
    """Whether ``_PORTFOLIO_RE.search(text)`` finds a match: `text` ends with a portfolio and
    its link ("le ministre des", "la ministre de l'")."""
    return _PORTFOLIO_REVERSED.match(text[::-1]) is not None


# "Photo : Jean Martin / AFP": a person, then the agency
_CREDIT_AFTER_RE = re.compile(
    rf"(?:{_words(N.CREDIT_LABELS_BEFORE_NAME)})\s*:?\s*"
    rf"(?P<per>[A-Z][\w'’-]+(?: (?:[A-Z][\w'’-]+|{_words(N.CREDIT_NAME_PARTICLES)})){{1,3}})\s*/\s*"
    r"(?P<org>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})"
)
_WORD_CHAR_RE = re.compile(r"\w")
