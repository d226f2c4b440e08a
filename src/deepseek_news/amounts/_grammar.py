"""Regular expressions of the amount grammar, built once from the language data.

Every pattern is a sequence of literal alternations and bounded character
classes with no nested unbounded repetition over overlapping input, so
matching time stays linear in the text length.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from ..lang.fr import currencies as cur
from ..lang.fr import numbers as num

HS = r"[^\S\n]"  # horizontal white space, including U+00A0, U+202F, U+2009
APOS = "['’]"


def alternation(words: Iterable[str], *, spaces: bool = True) -> str:
    """A regex alternation of literal `words`, longest first; inner spaces match any
    horizontal space, apostrophes match ' and ’."""
    out = []
    for w in sorted(set(words), key=lambda w: (-len(w), w)):
        piece = re.escape(w)
        if spaces:
            piece = piece.replace(r"\ ", HS + "+")
        piece = piece.replace("'", APOS)
        out.append(piece)
    return "(?:" + "|".join(out) + ")"


# --- numbers ---------------------------------------------------------------

# digits: space-grouped thousands, dot-grouped thousands, comma-grouped (English), plain
DIGITS = (
    r"(?:\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:,\d+)?(?!\d)"
    r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d]|\.\d)"
    r"|\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?(?!\d)"
    r"|\d+(?:[.,]\d+)?(?!\d))"
)
SIGN = "[-+−]"

WORD_VALUES: dict[str, tuple[str, int]] = {}
for _kind, _table in (
    ("unit", num.UNITS),
    ("teen", num.TEENS),
    ("tens", num.TENS),
    ("hundred", num.HUNDRED),
    ("thousand", num.THOUSAND),
    ("scale", num.LARGE_SCALES),
):
    for _w, _v in _table.items():
        WORD_VALUES[_w] = (_kind, _v)

_START_WORDS = [w for w, (k, _) in WORD_VALUES.items() if k != "scale"]
_ALL_WORDS = list(WORD_VALUES)
_AND = rf"(?:{num.AND_WORD}(?:{HS}+|-)(?={alternation(num.AND_BEFORE)}(?![^\W\d_])))?"
_WSEP = rf"(?:{HS}+|-)"
WORDS = (
    rf"(?i:(?<![^\W\d_]){alternation(_START_WORDS)}(?![^\W\d_])"
    rf"(?:{_WSEP}{_AND}{alternation(_ALL_WORDS)}(?![^\W\d_]))*)"
)
WORD_TOKEN = re.compile(r"[^\W\d_]+")

# --- currencies -------------------------------------------------------------

SYMBOLS: dict[str, str] = dict(cur.SYMBOLS)
CODES: dict[str, str] = {c: c for c in cur.ISO_CODES}
CODES.update(cur.CODE_ALIASES)
CODES.update({c: c.upper() for c in cur.LOWERCASE_CODES})

NAMES: dict[str, cur.CurrencyName] = {}
for _entry in cur.CURRENCY_NAMES:
    for _form in _entry.forms:
        NAMES[_form] = _entry
NAME_FORMS_LOWER = {" ".join(k.split()): v for k, v in NAMES.items()}


def _symbol_alternation() -> str:
    parts = []
    for s in sorted(SYMBOLS, key=lambda s: (-len(s), s)):
        p = re.escape(s).replace(r"\ ", HS + "*")
        if s[-1].isalpha():
            p += r"(?![^\W\d_])"
        parts.append(p)
    return "(?:" + "|".join(parts) + ")"


_SYM = _symbol_alternation()
_CODE = alternation(CODES, spaces=False) + r"(?![^\W\d_])"
_DOLLAR_Q = rf"(?:{HS}*(?P<dq>(?i:{alternation(cur.DOLLAR_SYMBOL_QUALIFIERS, spaces=False)}))(?![\w'’]))?"
_NAME = rf"(?i:{alternation(NAMES)})(?![\w'’-])"

# a currency after the number: "$", "$ CA", "€", "EUR", "dollars", "livres sterling"
CURRENCY_AFTER = re.compile(
    rf"{HS}*(?P<de>(?i:de{HS}+|d{APOS}{HS}*))?"
    rf"(?:(?P<sym>{_SYM}){_DOLLAR_Q}|(?P<code>{_CODE})|(?P<name>{_NAME}))"
)
# a currency before the number: "$", "US$", "€", "EUR", "usd$"
PREFIX = rf"(?<![\w$€£¥])(?P<pre>{_SYM}|{_CODE})"

QUALIFIER: dict[int, re.Pattern[str]] = {}
for _entry in cur.CURRENCY_NAMES:
    if _entry.qualifiers and id(_entry) not in QUALIFIER:
        QUALIFIER[id(_entry)] = re.compile(
            rf"(?:{HS}+|-)(?P<q>(?i:{alternation(_entry.qualifiers)}))(?![\w'’])"
        )

# --- scales, percent, points ------------------------------------------------

SCALE = re.compile(
    rf"{HS}*(?:(?P<sw>(?i:{alternation(num.LARGE_SCALES)}|{alternation(num.THOUSAND)}))(?![^\W\d_])"
    rf"|(?P<sa>{alternation(num.SCALE_ABBREVIATIONS, spaces=False)})(?![^\W\d_]))"
)
PERCENT = re.compile(
    rf"{HS}*(?:(?P<sign>{alternation(num.PERCENT_SIGNS, spaces=False)})(?![0-9A-Fa-f]{{2}})"
    rf"|(?P<word>(?i:{alternation(num.PERCENT_WORDS)}))(?![\w'’]|{HS}\d))"
)
POINTS = re.compile(
    rf"{HS}+(?i:{alternation(num.POINT_WORDS)})(?![\w'’])"
    rf"(?:{HS}+(?:(?P<pp>(?i:{alternation(num.POINT_OF_PERCENT)}))|(?P<pb>(?i:{alternation(num.POINT_OF_BASE)}))))?"
    r"(?![\w'’])"
)

# "trois virgule cinq", "deux milliards et demi"
DECIMAL_WORD = re.compile(rf"{HS}+(?i:{alternation(num.DECIMAL_WORDS)}){HS}+")
HALF = re.compile(rf"{HS}+(?i:{alternation(num.HALF_WORDS)})(?![\w'’])")
SPACES = re.compile(rf"{HS}+")
SCALE_WORDS = frozenset([*num.LARGE_SCALES, *num.THOUSAND])

# --- context ----------------------------------------------------------------

APPROX_BEFORE = re.compile(rf"(?<![\w'’])(?i:{alternation(num.APPROXIMATORS)}){HS}*\Z")
APPROX_AFTER = re.compile(rf"{HS}*,?{HS}*(?i:{alternation(num.APPROXIMATORS_AFTER)})(?![\w'’])")
RANGE_OPENER = re.compile(rf"(?<![\w'’])(?i:{alternation(num.RANGE_OPENERS)}){HS}+\Z")
RANGE_JOIN = re.compile(rf"{HS}*(?i:{alternation(num.RANGE_JOINERS)}){HS}*\Z")
RANGE_JOIN_AFTER_OPENER = re.compile(rf"{HS}+(?i:{alternation(num.RANGE_JOINERS_AFTER_OPENER)}){HS}+\Z")
SENTENCE_BREAK = re.compile(r"[.!?](?:\s|\Z)|\n")
INDEX_WORD = re.compile(rf"(?<!\w){alternation(num.INDEX_WORDS)}(?!\w)")
NOT_AMOUNT_AFTER_UN = re.compile(rf"{HS}+(?i:{alternation(cur.NOT_AMOUNT_AFTER_UN)})(?![\w'’])")
URL = re.compile(r"(?:https?|ftp)://\S+|www\.\S+", re.IGNORECASE)

# "15 dollars et 15 cents", "3 euros 50", "3€50"
SUBUNIT_AFTER = re.compile(rf"{HS}*(?P<sub>(?i:cents?|centimes?|pence))(?![\w'’])")
COMPOSITE_LEAD = re.compile(rf"(?P<et>{HS}+et{HS}+)|(?P<sp>{HS}+)|")
COMPOSITE_DIGITS = re.compile(r"\d{1,2}(?![\d.,]\d|\d)")
CLAUSE_END = re.compile(rf"{HS}*(?:[.;:!?)\]]|,(?!\d)|\Z|\n)")

# The scanners.  Digits are found by one regex; a currency written before them
# ("$", "US$", "EUR") is looked up in the few characters to their left.  Number
# words are found by testing letter runs against the start words, then matching
# WORDS there: far faster than one big case-insensitive alternation tried at
# every position.
DIGIT_SCANNER = re.compile(rf"(?<![\d%/=&#@.,^])(?P<sign>{SIGN}(?=\d))?(?P<num>{DIGITS})")
PREFIX_LEFT = re.compile(rf"{PREFIX}{HS}*\Z")
PREFIX_WIDTH = max(len(s) for s in [*SYMBOLS, *CODES]) + 3
LETTER_RUN = re.compile(r"[^\W\d_]+")
START_WORDS = frozenset(_START_WORDS)
WORD_SCANNER = re.compile(rf"(?P<words>{WORDS})")

BASIS_POINT = Decimal(str(num.BASIS_POINT_FACTOR))

# --- percentage points in context ("0,2 point", "de trois points") ----------


def _words(words: Iterable[str]) -> re.Pattern[str]:
    """Whole-word, case-insensitive search for any of `words`."""
    return re.compile(rf"(?<!\w)(?i:{alternation(words)})(?![\w'’])")


RATE_WORD = _words(num.RATE_WORDS)
RATE_IDIOM = _words(num.RATE_IDIOMS)
SCORE_WORD = _words(num.SCORE_WORDS)
CHANGE_BEFORE = re.compile(
    rf"(?<![\w'’])(?i:{alternation(num.CHANGE_NOUNS)}){HS}+(?i:de{HS}+|d{APOS}{HS}*)"
    rf"(?:(?i:{alternation(num.APPROXIMATORS)}){HS}*)?\Z"
)
DE_BEFORE = re.compile(rf"(?<![\w'’])(?i:de{HS}+|d{APOS}{HS}*)\Z")
LIST_DETERMINER_BEFORE = re.compile(rf"(?<![\w'’])(?i:{alternation(num.POINT_LIST_DETERMINERS)}){HS}+\Z")
# after "point(s)": "de"/"d'" and a word, or an adjective making another noun
POINT_DE_WORD = re.compile(
    rf"{HS}+(?i:(?:de|du|des){HS}+|d{APOS}{HS}*)(?P<w>[^\W\d_][\w'’-]*(?:{HS}+[^\W\d_]+)?)"
)
POINT_ADJECTIVE = re.compile(rf"{HS}+(?i:{alternation(num.POINT_NOUN_ADJECTIVES)})(?![\w'’])")
NOT_A_UNIT_WORD = re.compile(rf"(?i:{alternation(num.NOT_A_UNIT_AFTER_DE)})(?![\w'’])")
POINT_CUE_BEFORE = re.compile(
    rf"(?<![\w'’])(?i:{alternation(num.POINT_CUES_BEFORE)}{HS}+|d{APOS}{HS}*)"
    rf"(?:(?i:{alternation(num.APPROXIMATORS)}){HS}*)?\Z"
)
POINT_CUE_AFTER = re.compile(rf"{HS}+(?i:{alternation(num.POINT_CUES_AFTER)})(?![\w'’])")
RATE_WORD_FULL = re.compile(rf"(?i:{alternation(num.RATE_WORDS)})(?![\w'’])")

# --- implicit currency ------------------------------------------------------

# "de"/"d'" and a word naming what is counted after a scale ("2 millions d'habitants")
UNIT_AFTER_SCALE = re.compile(
    rf"{HS}*(?i:de{HS}+|d{APOS}{HS}*)(?!(?i:{alternation(num.NOT_A_UNIT_AFTER_DE)})(?![\w'’]))[^\W\d_]"
)
# a range joiner and a number after a bare amount: "3 milliards à 4 milliards d'euros"
RANGE_NEXT = re.compile(rf"{HS}*(?:{alternation(num.RANGE_JOINERS)}){HS}*")

# --- currency context -------------------------------------------------------


def _context_pattern(words: Iterable[str]) -> re.Pattern[str]:
    forms: set[str] = set()
    for w in words:
        forms.add(w)
        forms.add(w[0].upper() + w[1:])
    return re.compile(rf"(?<![\w-]){alternation(forms)}(?![\w'’-])")


COUNTRY_CONTEXT: dict[str, re.Pattern[str]] = {
    iso: _context_pattern(words) for iso, words in cur.COUNTRY_CONTEXT.items()
}
PRICE_WORD = _words(cur.PRICE_WORDS)
PRICE_RIGHT_BEFORE = re.compile(rf"(?<![\w'’])(?i:{alternation(cur.PRICE_RIGHT_BEFORE)}){HS}+\Z")
CLAUSE_BREAK = re.compile(r"[:;]")
NOT_AMOUNT_BEFORE_UN = re.compile(
    rf"(?<![\w'’])(?:(?i:{alternation(cur.NOT_AMOUNT_BEFORE_UN)})"
    rf"|(?i:{alternation(cur.NOT_AMOUNT_BEFORE_UN_VERB)}){HS}+[^\W\d_]+){HS}+\Z"
)
CFA_SYMBOLS = frozenset(" ".join(s.split()) for s in cur.CFA_SYMBOLS)

# a year after a time word is never the low bound of a range: "de 3 % en 2022 à 5 %"
YEAR = re.compile(r"(?:1[89]|2[01])\d\d")
YEAR_BEFORE = re.compile(rf"(?<![\w'’])(?i:{alternation(num.YEAR_BEFORE)})(?:{HS}+|-)\Z")

# "un demi-point", "un quart de point", "trois quarts de point (de pourcentage)"
FRACTION_POINT = re.compile(
    rf"{HS}+(?P<f>(?i:{alternation(num.POINT_FRACTIONS)}))(?![\w'’])"
    rf"(?:{HS}+(?P<pp>(?i:{alternation(num.POINT_OF_PERCENT)}))(?![\w'’]))?"
)
