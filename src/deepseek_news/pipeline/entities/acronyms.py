"""Acronyms and their expansions: "la Banque centrale européenne (BCE)"."""

from __future__ import annotations

import re

from ...lang.fr import name_context as N
from ...naming import fold
from .cleaning import _Cand
from .patterns import _ACRONYM_FIRST_RE, _ACRONYM_RE, _WORD_RE


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


def _full_initials(phrase: str) -> str:
    """Folded initials of every word but the small ones an acronym skips ("de", "et", "l'")."""
    words = [w for w in re.split(r"[\s,;]+|(?<=['’])", phrase) if w and w.strip("'’")]
    kept = [w for w in words if fold(w).replace("' ", "'") not in N.ACRONYM_SKIPPED_WORDS]
    if not words or not kept or kept[0] is not words[0]:
        return ""  # "Pour l'Union régionale…": the expansion starts with its first letter
    return fold("".join(w[0] for w in kept))


def _expands(phrase: str, acr: str) -> bool:
    """`phrase` is the expansion of the acronym `acr`: "Banque centrale européenne" (BCE),
    "Institut national de la statistique et des études économiques" (Insee), "direction
    générale des finances publiques" (DGFiP: each capital starts a word, small letters follow it)."""
    letters = acr.replace(".", "").replace("-", "")
    if _initials(phrase) == fold(letters) or _full_initials(phrase) == fold(letters):
        return True
    chunks = [fold(c) for c in re.findall(r"[A-Z][a-z]*", letters)]
    if len(chunks) < 2 or "".join(chunks) != fold(letters):
        return False
    words = [fold(w) for w in re.split(r"[\s'’-]+", phrase) if w and (w[0].isupper() or len(w) > 3)]
    return len(words) == len(chunks) and all(w.startswith(c) for w, c in zip(words, chunks, strict=True))


def _short_name(phrase: str, short: str) -> bool:
    """`short`, in parentheses after `phrase`, is the body's short name built on its initials:
    "la Banque publique d'investissement (Bpifrance)"."""
    initials = _initials(phrase)
    return len(initials) >= 2 and len(short) > len(initials) and fold(short).startswith(initials)


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
        if _expands(exp[:1].upper() + exp[1:], acr) or _short_name(exp, acr):  # "la France insoumise (LFI)"
            pairs.append((exp, text[m.start("acr") : m.end("acr")]))
    by_start = {c.start: c for c in cands}
    for m in _ACRONYM_FIRST_RE.finditer(text):  # "la FTDNEEA (Filière traitement, …)"
        c = by_start.get(m.start("exp"))
        if c is not None and "acronym" in c.org:
            pairs.append((text[c.start : c.end], m.group("acr")))
    return pairs
