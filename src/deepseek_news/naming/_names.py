"""Name folding, alias clustering and canonical names (pure Python)."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from rapidfuzz import fuzz

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "`": "'", "\u2010": "-", "\u2011": "-"})


def fold_char(c: str) -> str:
    """One character, lowercased and without accent (always one character long)."""
    d = unicodedata.normalize("NFKD", c.translate(_APOSTROPHES))
    base = "".join(x for x in d if not unicodedata.combining(x)).lower()
    return base[0] if len(base) == 1 else c.lower()[:1] or c


def fold_text(text: str) -> str:
    """`text` folded character by character: same length, so offsets are unchanged."""
    chars = set(text)
    if not chars <= _FOLDED_CHARS:  # fold each new character once, then translate at C speed
        for c in chars - _FOLDED_CHARS:
            _FOLD_TABLE[ord(c)] = fold_char(c)
        _FOLDED_CHARS.update(chars)
    return text.translate(_FOLD_TABLE)


# code point -> fold_char, for every character fold_text has seen
_FOLD_TABLE: dict[int, str] = {}
_FOLDED_CHARS: set[str] = set()


def fold(name: str) -> str:
    """Comparison key of a name: no accents, lowercase, hyphens as spaces, single spaces.

    >>> fold("Etats-Unis") == fold("États-Unis")
    True
    """
    return _fold(name)


@lru_cache(maxsize=1 << 16)
def _fold(name: str) -> str:
    return " ".join(fold_text(name).replace("-", " ").replace("'", "' ").split())


def same_name(a: str, b: str, threshold: float = 92.0) -> bool:
    """Spelling variants of one name ("Deepseek" / "DeepSeek", "Etats-Unis" / "États-Unis")."""
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    if min(len(fa), len(fb)) < 6:
        return False
    return fuzz.ratio(fa, fb, processor=None) >= threshold


def well_cased(form: str) -> int:
    """How well a surface form is cased: 2 mixed or title case, 1 all capitals, 0 all lowercase."""
    letters = [c for c in form if c.isalpha()]
    if not letters or not any(c.isupper() for c in letters):
        return 0
    if all(c.isupper() for c in letters) and len(letters) > 4:
        return 1
    return 2


def canonical(forms: Iterable[str]) -> str:
    """The fullest, most frequent, well-cased form of a list of surface forms (with repeats)."""
    counts = Counter(forms)
    return max(
        counts,
        key=lambda f: (
            well_cased(f) > 0,
            len(f.split()),
            well_cased(f),
            counts[f],
            sum(c.isupper() for c in f),
            f,
        ),
    )


def clusters(names: Sequence[str], linked: Callable[[str, str], bool]) -> list[list[str]]:
    """Groups of `names` (connected components of `linked`), in first-seen order."""
    parent = list(range(len(names)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(names)):
        for j in range(i + 1, len(names)):
            if find(i) != find(j) and linked(names[i], names[j]):
                parent[find(j)] = find(i)
    groups: dict[int, list[str]] = {}
    for i, n in enumerate(names):
        groups.setdefault(find(i), []).append(n)
    return list(groups.values())
