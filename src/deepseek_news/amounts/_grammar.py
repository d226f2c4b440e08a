"""Regular expressions of the amount grammar, built once from the language data.

Every pattern is a sequence of literal alternations and bounded character
classes with no nested unbounded repetition over overlapping input, so
matching time stays linear in the text length.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
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
#
# Every table below is derived from the records of lang/fr/currencies.py.


@dataclass(frozen=True, slots=True)
class Reading:
    """What a written currency form may stand for."""

    candidates: tuple[str, ...]  # ISO codes of the records that write it, in record order
    primary: str | None  # its meaning without context: an ISO code, cur.DEFAULT, or None
    primary_iso: str | None  # the ISO code of the primary record (USD when primary is DEFAULT)


@dataclass(frozen=True, slots=True)
class Name:
    """A currency name or subunit name as written after a number."""

    alone: Reading
    qualifiers: dict[str, Reading]  # normalized qualifier -> reading
    factor: Decimal  # 1, or 0.01 for a subunit
    needs_context: bool
    not_after_un: bool
    qualifier: re.Pattern[str] | None  # a qualifier right after the name


def _reading(records: Iterable[cur.Currency], form: str) -> Reading:
    recs = list(records)
    candidates = tuple(dict.fromkeys(r.iso for r in recs))
    if len(candidates) == 1:
        return Reading(candidates, candidates[0], candidates[0])
    primary = [r for r in recs if form in r.primary]
    if not primary:
        return Reading(candidates, None, None)
    p = primary[0]
    return Reading(candidates, cur.DEFAULT if p.caller_default else p.iso, p.iso)


def _norm(form: str) -> str:
    return " ".join(form.lower().replace("’", "'").split())


def _de(name: str) -> str:
    return ("d'" if name[0] in "aeiouyéèêhâ" else "de ") + name


def _qualifier_pattern(qualifiers: Iterable[str]) -> re.Pattern[str]:
    return re.compile(rf"(?:{HS}+|-)(?P<q>(?i:{alternation(qualifiers)}))(?![\w'’])")


def _names() -> dict[str, Name]:
    by_name: dict[str, list[cur.Currency]] = {}
    by_subunit: dict[str, list[cur.Currency]] = {}
    for r in cur.CURRENCIES:
        for n in r.names:
            by_name.setdefault(n, []).append(r)
        for n in r.subunits:
            by_subunit.setdefault(n, []).append(r)
    out: dict[str, Name] = {}
    for form, recs in by_name.items():
        quals: dict[str, list[cur.Currency]] = {}
        for r in recs:
            for q in r.qualifiers:
                quals.setdefault(_norm(q), []).append(r)
        out[_norm(form)] = Name(
            _reading(recs, form),
            {q: _reading(rs, q) for q, rs in quals.items()},
            Decimal(1),
            any(r.needs_context for r in recs),
            any(r.not_after_un for r in recs),
            _qualifier_pattern(quals) if quals else None,
        )
    for form, recs in by_subunit.items():
        # "centimes d'euro", "cents de dollar", "cents de dollars canadiens"
        quals = {}
        forms: dict[str, str] = {}  # qualifier -> the form deciding its primary
        for r in recs:
            for n in r.names:
                quals.setdefault(_norm(_de(n)), []).append(r)
                forms[_norm(_de(n))] = n
                for q in r.qualifiers:
                    quals.setdefault(_norm(f"{_de(n)} {q}"), []).append(r)
                    forms[_norm(f"{_de(n)} {q}")] = q
        out[_norm(form)] = Name(
            _reading(recs, form),
            {q: _reading(rs, forms[q]) for q, rs in quals.items()},
            Decimal("0.01"),
            False,
            False,
            _qualifier_pattern(quals),
        )
    return out


NAMES: dict[str, Name] = _names()
SUBUNIT_NAMES = tuple(_norm(n) for r in cur.CURRENCIES for n in r.subunits)

SYMBOLS: dict[str, Reading] = {}
# words after a symbol shared by several currencies: "$ CA", "$ US", "$ hk"
SYMBOL_QUALIFIERS: dict[str, dict[str, str]] = {}
CODES: dict[str, str] = {}  # before or after the number
CODES_AFTER: dict[str, str] = {}  # only after it
for _sym in dict.fromkeys(s for r in cur.CURRENCIES for s in r.symbols):
    _recs = [r for r in cur.CURRENCIES if _sym in r.symbols]
    SYMBOLS[" ".join(_sym.split())] = _reading(_recs, _sym)
    if len(_recs) > 1:
        SYMBOL_QUALIFIERS[_sym] = {w: r.iso for r in _recs for w in r.after_symbol}
for _r in cur.CURRENCIES:
    if _r.code != "none":
        _codes = (_r.iso, *_r.codes) + ((_r.iso.lower(),) if _r.lowercase_code else ())
        for _c in _codes:
            (CODES if _r.code == "both" else CODES_AFTER)[_c] = _r.iso
ALL_CODES = {**CODES_AFTER, **CODES}


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
_ANY_CODE = alternation(ALL_CODES, spaces=False) + r"(?![^\W\d_])"
_SYM_Q_WORDS = {w for ws in SYMBOL_QUALIFIERS.values() for w in ws}
_SYM_Q = rf"(?:{HS}*(?P<dq>(?i:{alternation(_SYM_Q_WORDS, spaces=False)}))(?![\w'’]))?"
_NAME = rf"(?i:{alternation(NAMES)})(?![\w'’-])"

# a currency after the number: "$", "$ CA", "€", "EUR", "dollars", "livres sterling"
CURRENCY_AFTER = re.compile(
    rf"{HS}*(?P<de>(?i:de{HS}+|d{APOS}{HS}*))?"
    rf"(?:(?P<sym>{_SYM}){_SYM_Q}|(?P<code>{_ANY_CODE})|(?P<name>{_NAME}))"
)
# a currency before the number: "$", "US$", "€", "EUR", "usd$"
PREFIX = rf"(?<![\w$€£¥])(?P<pre>{_SYM}|{_CODE})"

# A name misspelt by one letter and followed by one of its qualifiers ("165 millions
# de francq guinéens"): the qualifier confirms the name.
_ALL_QUALIFIERS = {q for n in NAMES.values() if n.factor == 1 for q in n.qualifiers}
MISSPELT_NAME = re.compile(
    rf"{HS}*(?i:de{HS}+|d{APOS}{HS}*)(?P<w>[^\W\d_]{{5,}}){HS}+"
    rf"(?P<q>(?i:{alternation(_ALL_QUALIFIERS)}))(?![\w'’])"
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
HALF = re.compile(rf"{HS}+(?i:{alternation(num.HALF_WORDS)})(?![\w'’-])")
# "un demi-milliard"
HALF_SCALE = re.compile(
    rf"{HS}+(?i:{alternation(num.HALF_PREFIXES, spaces=False)})"
    rf"(?P<sw>(?i:{alternation(num.LARGE_SCALES)}))(?![^\W\d_])"
)
# "1,1^23", "10^6": a whole exponent after a caret
POWER = re.compile(r"\^(?P<exp>[-−+]?\d{1,3})(?!\d|[.,]\d)")
# "un pourcentage de vingt": the noun, then "de", before the number
PERCENT_NOUN_BEFORE = re.compile(
    rf"(?<![\w'’])(?i:{alternation(num.PERCENT_NOUNS)}){HS}+(?i:de{HS}+|d{APOS}{HS}*)\Z"
)
# what may follow the value of such a percentage: the end of the clause or a preposition
PERCENT_VALUE_END = re.compile(
    rf"{HS}*(?:[.,;:!?)\]»”\"]|\n|\Z|(?i:{alternation(num.PERCENT_VALUE_FOLLOWERS)})(?![\w'’]))"
)
SPACES = re.compile(rf"{HS}+")
SCALE_WORDS = frozenset([*num.LARGE_SCALES, *num.THOUSAND])

# --- context ----------------------------------------------------------------

APPROX_BEFORE = re.compile(rf"(?<![\w'’])(?i:{alternation(num.APPROXIMATORS)}){HS}*\Z")
APPROX_AFTER = re.compile(rf"{HS}*,?{HS}*(?i:{alternation(num.APPROXIMATORS_AFTER)})(?![\w'’])")
RANGE_OPENER = re.compile(rf"(?<![\w'’])(?i:{alternation(num.RANGE_OPENERS)}){HS}+\Z")
RANGE_JOIN = re.compile(rf"{HS}*(?i:{alternation(num.RANGE_JOINERS)}){HS}*\Z")
ALTERNATIVE_JOIN = re.compile(rf"{HS}+(?i:{alternation(num.ALTERNATIVE_JOINERS)}){HS}+\Z")
RANGE_JOIN_AFTER_OPENER = re.compile(rf"{HS}+(?i:{alternation(num.RANGE_JOINERS_AFTER_OPENER)}){HS}+\Z")
SENTENCE_BREAK = re.compile(r"[.!?](?:\s|\Z)|\n")
INDEX_WORD = re.compile(rf"(?<!\w){alternation(num.INDEX_WORDS)}(?!\w)")
NOT_AMOUNT_AFTER_UN = re.compile(rf"{HS}+(?i:{alternation(cur.NOT_AMOUNT_AFTER_UN)})(?![\w'’])")
URL = re.compile(r"(?:https?|ftp)://\S+|www\.\S+", re.IGNORECASE)

# "15 dollars et 15 cents", "3 euros 50", "3€50"
SUBUNIT_AFTER = re.compile(rf"{HS}*(?P<sub>(?i:{alternation(SUBUNIT_NAMES)}))(?![\w'’])")
COMPOSITE_LEAD = re.compile(rf"(?P<et>{HS}+et{HS}+)|(?P<sp>{HS}+)|")
COMPOSITE_DIGITS = re.compile(r"\d{1,2}(?![\d.,]\d|\d)")
CLAUSE_END = re.compile(rf"{HS}*(?:[.;:!?)\]\"»”]|,(?!\d)|\Z|\n)")

# The scanners.  Digits are found by one regex; a currency written before them
# ("$", "US$", "EUR") is looked up in the few characters to their left.  Number
# words are found by testing letter runs against the start words, then matching
# WORDS there: far faster than one big case-insensitive alternation tried at
# every position.
# a minus sign apart from the number: hyphen or U+2212 and spaces, or a glued en dash
MINUS_BEFORE = re.compile(rf"(?P<sign>−{HS}*|[-–]{HS}+|–)\Z")
# the words after which a spaced en dash is a minus sign: "recule de – 0,5 %"
EN_DASH_MINUS_WORD = re.compile(rf"(?<![\w'’])(?i:{alternation(num.EN_DASH_MINUS_AFTER)})\Z")
# a number right before a glued hyphen: "10 -15 %" is a range when it is the smaller
NUMBER_BEFORE_DASH = re.compile(rf"(?<![\w.,]){DIGITS}{HS}+\Z")
# what may stand right before such a minus (besides a letter): "(- 2 %)", ": - 3 %"
MINUS_AFTER_CHARS = "(:=,;/«\"'’"
# the closing dash of an incise after the number: "- 3 % selon l'institut - ralentit"
INCISE_CLOSE = re.compile(rf"{HS}[-–—]{HS}+[^\W\d_]")
# (the lookahead, implied by what follows, lets the scan pass over letters at once)
DIGIT_SCANNER = re.compile(rf"(?=\d|{SIGN})(?<![\d%/=&#@.,^])(?P<sign>{SIGN}(?=\d))?(?P<num>{DIGITS})")
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
# between an amount and its conversion: " (", " (soit ", " (environ "
CONVERSION_GAP = re.compile(rf"{HS}*\({HS}*(?:[^\W\d_]+{APOS}?{HS}*){{0,3}}")
# a range joiner and a number after a bare amount: "3 milliards à 4 milliards d'euros"
RANGE_NEXT = re.compile(rf"{HS}*(?:{alternation(num.RANGE_JOINERS)}){HS}*")

# --- currency context -------------------------------------------------------


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def country_forms(word: str) -> set[str]:
    """A country word as written and capitalized; a name also without the accent of its capital
    ("Egypte", as capitals are often written) and in capitals, with or without accents."""
    forms = {word, word[0].upper() + word[1:]}
    if word[0].isupper():
        forms |= {_unaccented(word[0]) + word[1:], word.upper(), _unaccented(word.upper())}
    return forms


def _context_pattern(iso: str, words: Iterable[str]) -> re.Pattern[str]:
    """Whole-word search for `words` in their forms; a word that begins a longer place of
    another currency is not matched there ("Guinée" is not "Guinée équatoriale")."""
    others = [w for r in cur.CURRENCIES if r.iso != iso for w in r.countries]
    parts = []
    for w in sorted({f for w in words for f in country_forms(w)}, key=lambda w: (-len(w), w)):
        longer = [
            o[len(w) + 1 :] for o in others if _unaccented(o.lower()).startswith(_unaccented(w.lower()) + " ")
        ]
        piece = alternation([w])
        if longer:
            piece += rf"(?!{HS}+(?i:{alternation(longer)})(?![\w'’-]))"
        parts.append(piece)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(parts)})(?![\w'’-])")


# where a shared name or symbol means this currency
COUNTRY_CONTEXT: dict[str, re.Pattern[str]] = {
    r.iso: _context_pattern(r.iso, r.countries) for r in cur.CURRENCIES if r.countries
}

# A dateline opening a line: a place in capitals, or any place followed by the agency in
# parentheses, then a dash ("MONTRÉAL —", "GENÈVE, 3 mars (ATS) -", "Dakar (AFP) –").
DATELINE = re.compile(
    rf"(?m)^{HS}*(?P<place>[^\W\d_][^\W\d_'’ .-]*(?:(?:{HS}|[-'’]){{1,2}}[^\W\d_]+){{0,3}})"
    rf"(?:{HS}*,{HS}*[^\n,()—–-]{{1,30}})?(?P<agency>{HS}*\([^()\n]{{1,30}}\))?{HS}*[—–-]{HS}"
)


def _explicit_pattern(r: cur.Currency) -> re.Pattern[str]:
    """The forms that can only mean `r`: its own symbols and codes, a shared symbol with
    its qualifier ("$ US"), a name with its qualifier ("dollars américains")."""
    parts = [re.escape(s).replace(r"\ ", HS + "*") for s in r.symbols if len(SYMBOLS[s].candidates) == 1]
    parts += [re.escape(c) + r"(?![^\W\d_])" for c, iso in ALL_CODES.items() if iso == r.iso]
    for s in r.symbols:
        if s in SYMBOL_QUALIFIERS and r.after_symbol:
            parts.append(re.escape(s) + rf"{HS}*(?i:{alternation(r.after_symbol, spaces=False)})(?![\w'’])")
    own = [
        f"{n} {q}"
        for n in r.names
        for q in r.qualifiers
        if NAMES[_norm(n)].qualifiers[_norm(q)].candidates == (r.iso,)
    ]
    if own:
        parts.append(rf"(?i:{alternation(own)})(?![\w'’])")
    return re.compile("|".join(parts))


# the forms that say a primary currency explicitly, for every currency that is a primary
EXPLICIT: dict[str, re.Pattern[str]] = {r.iso: _explicit_pattern(r) for r in cur.CURRENCIES if r.primary}
PRICE_WORD = _words(cur.PRICE_WORDS)
PRICE_RIGHT_BEFORE = re.compile(rf"(?<![\w'’])(?i:{alternation(cur.PRICE_RIGHT_BEFORE)}){HS}+\Z")
CLAUSE_BREAK = re.compile(r"[:;]")
NOT_AMOUNT_BEFORE_UN = re.compile(
    rf"(?<![\w'’])(?:(?i:{alternation(cur.NOT_AMOUNT_BEFORE_UN)})"
    rf"|(?i:{alternation(cur.NOT_AMOUNT_BEFORE_UN_VERB)}){HS}+[^\W\d_]+){HS}+\Z"
)

# a year after a time word is never the low bound of a range: "de 3 % en 2022 à 5 %"
YEAR = re.compile(r"(?:1[89]|2[01])\d\d")
YEAR_BEFORE = re.compile(rf"(?<![\w'’])(?i:{alternation(num.YEAR_BEFORE)})(?:{HS}+|-)\Z")

# "un demi-point", "un quart de point", "trois quarts de point (de pourcentage)"
FRACTION_POINT = re.compile(
    rf"{HS}+(?P<f>(?i:{alternation(num.POINT_FRACTIONS)}))(?![\w'’])"
    rf"(?:{HS}+(?P<pp>(?i:{alternation(num.POINT_OF_PERCENT)}))(?![\w'’]))?"
)
