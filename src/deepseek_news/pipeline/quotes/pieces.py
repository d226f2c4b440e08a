"""A quotation split into its paragraphs and around incises that name its speaker."""

from __future__ import annotations

import re
from collections.abc import Callable

_REOPEN = re.compile(r"\s*\n\s*[«“\"]\s*")
# an incise inside a quotation: "…, dit-elle. …", "…, a-t-il ajouté, …"
_INCISE = re.compile(
    r",\s+(?:\w+-t-(?:il|elle|ils|elles|on)\s+\w+|\w+(?:-t)?-(?:il|elle|ils|elles|on))\s*([.,;])\s+"
)
# an incise with its subject after the verb: "…, a souri l'attaquant. …",
# "…, explique Marie Roux, …"; the verb is checked against the reporting lexicon
_NAMED_INCISE = re.compile(
    r",\s+(?:(?:a|avait|ont|avaient|aura)\s+)?(?P<verb>\w+)\s+"
    r"(?:(?:M|Mme|Mmes|MM|Mgr|Me|Dr|Pr)\.?\s+)?"
    r"(?:l'|le\s|la\s|les\s|un\s|une\s|son\s|sa\s|ses\s|leur\s|cet\s|cette\s|ce\s|[A-ZÉÈÀÂÎÔ])"
    r"[^,.;:!?«»“”\"\n]{0,70}?\s*(?P<punct>[.,;])\s+"
)

# a phrase after an incise's subject, up to a sentence end: ", adjointe au maire. "
_APPOSITION = re.compile(r"\s*([^,.;:!?«»“”\"\n]{1,60}?)\s*[.;]\s+")


def _pieces(
    text: str,
    start: int,
    end: int,
    is_cue: Callable[[int, int], bool] | None = None,
    is_apposition: Callable[[int, int], bool] | None = None,
) -> list[tuple[int, int]]:
    """A quotation split into its paragraphs, and around incises that name its speaker.

    `is_cue(start, end)` tells whether the word at those offsets is a reporting
    verb; without it only inverted incises ("dit-elle") split a quotation.
    `is_apposition(start, end)` tells whether a phrase after the incise's subject
    describes it ("adjointe au maire") and belongs to the incise."""
    pieces: list[tuple[int, int]] = []
    s = start
    for reopen in _REOPEN.finditer(text, start, end):
        pieces.append((s, reopen.start()))
        s = reopen.end()
    pieces.append((s, end))
    out: list[tuple[int, int]] = []
    for s, e in pieces:
        m = _INCISE.search(text, s, e)
        incise = (m.start(), m.end()) if m is not None else None
        if m is None and is_cue is not None:
            at = s
            while (cand := _NAMED_INCISE.search(text, at, e)) is not None:
                if is_cue(cand.start("verb"), cand.end("verb")):
                    incise = (cand.start(), cand.end())
                    break
                at = cand.start() + 1  # candidates may overlap: ", je l'ai dit, a souri X."
            if cand is not None and cand.group("punct") == "," and is_apposition is not None:
                appo = _APPOSITION.match(text, cand.end(), e)
                if appo is not None and is_apposition(appo.start(1), appo.end(1)):
                    incise = (cand.start(), appo.end())  # "…, explique Nadia Roux, adjointe au maire. …"
        if incise is not None and e - incise[1] > 2:
            out.append((s, incise[0]))
            out.append((incise[1], e))
        else:
            out.append((s, e))
    return [(s, e) for s, e in out if e > s]


def _piece_open(text: str, s: int) -> int:
    """Where a piece after a split opens: its first word when an incise ending a
    sentence comes before it (so the incise is not read as part of its sentence)."""
    return s if text[:s].rstrip()[-1:] in {".", ";"} else s - 1
