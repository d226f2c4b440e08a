"""Reading a speaker description: its determiner, its role or collective head noun, and a
name in apposition after it ("Son président, le Dr Alain Verdier,")."""

from __future__ import annotations

from ...lang.fr.function_words import (
    DEFINITE_ARTICLES,
    DESCRIPTION_DETERMINERS,
    OF_PREPOSITIONS,
    ROLE_DETERMINERS,
    ROLE_LINK_WORDS,
)
from ...lang.fr.roles import (
    COLLECTIVE_HEADS,
    GROUP_HEADS,
    NEUTRAL_ROLE_MODIFIERS,
    ROLE_HYPERNYMS,
    ROLE_NOUNS,
    ROLE_PREFIXES,
    SPEAKING_DOCUMENTS,
    UNNAMED_HEADS,
)
from ...lang.fr.titles import TITLES
from .._syntax import fold


def _ws_skip(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \u00a0":
        i += 1
    return i


def apposition_start(text: str, end: int) -> int | None:
    """Where an apposition after a mention ending at `end` starts (after its comma), or None."""
    i = _ws_skip(text, end)
    if i >= len(text) or text[i] != ",":
        return None
    return _ws_skip(text, i + 1)


def introduces_name(between: str) -> bool:
    """The words between an apposition's comma and a name only introduce it: nothing, or a
    determiner and a title ("le Dr")."""
    words = between.replace("'", "' ").split()
    return len(words) <= 3 and all(w.lower() in DESCRIPTION_DETERMINERS or w in TITLES for w in words)


def collective_head(words: list[str]) -> str | None:
    """The collective noun heading a description ("la direction de la SNCF" -> "direction")."""
    first = 1 if words and words[0] in DESCRIPTION_DETERMINERS else 0
    for w in words[first : first + 2]:
        if w in COLLECTIVE_HEADS:
            return w
    return None


def document_head(words: list[str], det: str) -> str | None:
    """The text heading a description ("la proposition de loi transpartisane" ->
    "proposition de loi", "le décret" -> "décret"), or None."""
    first = 1 if det else 0
    for n in (3, 1):
        cand = " ".join(words[first : first + n])
        if cand in SPEAKING_DOCUMENTS:
            return cand
    return None


def role_head(words: list[str]) -> tuple[str | None, str]:
    """The role noun heading a description and its determiner ("le patron d'OpenAI" ->
    ("patron", "le")); (None, determiner) when no role noun comes in the first words."""
    det = ""
    for i, w in enumerate(words[:4]):
        if i == 0 and w in ROLE_DETERMINERS:
            det = w
            continue
        for n in (3, 2, 1):
            cand = " ".join(words[i : i + n])
            for prefix in ROLE_PREFIXES:
                cand = cand.removeprefix(prefix)  # "l'ex-ministre" -> "ministre"
            if cand in ROLE_NOUNS or cand in UNNAMED_HEADS:
                return cand, det
        if w in GROUP_HEADS:
            return None, det  # "l'entourage du ministre": the group speaks, not the minister
    return None, det


def without_article(description: str) -> str:
    """The description without its definite article ("le patron d'OpenAI" -> "patron d'OpenAI")."""
    first, sep, rest = description.partition(" ")
    if fold(description[:2]) in DEFINITE_ARTICLES and fold(description[:2]).endswith("'"):
        return description[2:]
    if sep and first in DEFINITE_ARTICLES:
        return rest
    return description


def _role_words(text: str) -> list[str]:
    return fold(text).replace("'", "' ").replace(",", " ").replace("(", " ").replace(")", " ").split()


def role_modifiers(words: list[str], head: str) -> frozenset[str]:
    """The words of a role description that say which role it is, beyond its head noun:
    "le ministre de l'Intérieur" -> {"intérieur"}, "le président brésilien" -> {"brésilien"};
    determiners, prepositions, articles and modifiers of time ("ancien") left out."""
    head_words = set(head.split())
    return frozenset(
        w
        for w in words
        if w not in head_words
        and w not in DESCRIPTION_DETERMINERS
        and w not in DEFINITE_ARTICLES
        and w not in OF_PREPOSITIONS
        and w not in NEUTRAL_ROLE_MODIFIERS
        and w not in ROLE_LINK_WORDS
        and len(w) > 1
    )


def role_fit(head: str, modifiers: frozenset[str], role: str) -> int:
    """How well a description (its head noun and modifiers) fits a role a person is known
    by: 0 when the role has another head, -1 when both say which role it is and disagree
    ("ministre de l'Intérieur" against "ministre des Transports"), else 1 plus the number
    of modifiers they share."""
    words = _role_words(role)
    joined = f" {' '.join(words)} "
    if f" {head} " not in joined:
        # "le magistrat" for the person known as "président du tribunal"
        return 1 if any(f" {fold(h)} " in joined for h in ROLE_HYPERNYMS.get(head, ())) else 0
    own = role_modifiers(words, head)
    shared = modifiers & own
    if shared:
        return 1 + len(shared)
    if modifiers and own:
        return -1
    return 1
