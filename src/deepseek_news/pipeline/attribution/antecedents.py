"""Speaker resolution beyond names and role descriptions: the person a pronoun refers to
(the most salient recent candidate) and the mentions the entity layer did not type — a
person's name written in full, a group of people ("les grévistes", "la rédaction")."""

from __future__ import annotations

from bisect import bisect_left, insort
from typing import TYPE_CHECKING

from ...lang.fr.function_words import DESCRIPTION_DETERMINERS
from ...lang.fr.roles import GROUP_HEADS
from ...lang.fr.titles import NAME_PARTICLES
from .model import _Ent, _SpeakerInfo

if TYPE_CHECKING:
    from .resolver import _Resolver

# pronoun resolution: how many recent candidates of each kind (resolved speakers, named
# persons) are weighed, and the weights of their salience
_ANTECEDENTS = 6
_SPEAKER_BONUS = 0.8  # already a speaker of the article
_SUBJECT_BONUS = 0.3  # the subject of its clause
_COMPLEMENT_PENALTY = 0.3  # a complement of someone else's action, or inside a relative clause
_DISTANCE_SCALE = 300.0  # characters of distance that cost as much as one unit of salience
# how many heads up from a name a relative clause is looked for
_CLAUSE_CLIMB = 6
# functions of a name that make it a complement of someone else's action, not the topic
COMPLEMENT_DEPS = frozenset({"obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "obj", "iobj"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})
_NAME_DEPS = frozenset({"appos", "flat:name", "flat"})
_CLAUSE_DEPS = frozenset({"acl:relcl", "acl"})


def antecedent(res: _Resolver, at: int, gender: str) -> str | None:
    """The person a pronoun at `at` refers to: among the latest speakers and persons before
    it (gender-compatible, outside quotations, never an organization), the most salient:
    recent, already a speaker, or the subject of its clause rather than a complement or a
    word of a relative clause."""
    n_persons = bisect_left(res.person_starts, at)
    for e in res.persons[res.registered : n_persons]:
        res.person(e.name)  # every person before `at` gets a speaker entry, in text order
    res.registered = max(res.registered, n_persons)
    cands: list[tuple[int, str, float]] = []
    h = bisect_left(res.history, (at,)) - 1
    for k in range(h, max(-1, h - _ANTECEDENTS), -1):
        cands.append((res.history[k][0], res.history[k][1], _SPEAKER_BONUS))
    p, taken = n_persons - 1, 0
    while p >= 0 and taken < _ANTECEDENTS:
        e = res.persons[p]
        p -= 1
        if res.in_quote(e.start):
            continue  # "« On déshabille Pierre pour habiller Paul », a-t-il dit"
        taken += 1
        cands.append((e.start, f"person:{e.name}", salience(res, e)))
    best: tuple[float, int, str] | None = None
    for start, key, bonus in cands:
        info = res.speakers[key]
        if info.type == "organization":
            continue
        if gender and info.gender and info.gender != gender:
            continue
        score = bonus - (at - start) / _DISTANCE_SCALE
        if best is None or (score, start) > best[:2]:
            best = (score, start, key)
    return best[2] if best is not None else None


def salience(res: _Resolver, e: _Ent) -> float:
    """How likely a named person is the topic a later pronoun refers to."""
    span = res.doc.char_span(e.start, e.end, alignment_mode="expand")
    if span is None:
        return 0.0
    root = span.root
    while root.dep_ in _NAME_DEPS and root.head is not root:
        root = root.head
    score = 0.0
    if root.dep_ in _SUBJECT_DEPS:
        score += _SUBJECT_BONUS
    elif root.dep_ in COMPLEMENT_DEPS:
        score -= _COMPLEMENT_PENALTY
    t = root
    for _ in range(_CLAUSE_CLIMB):
        if t.dep_ in _CLAUSE_DEPS:
            score -= _COMPLEMENT_PENALTY
            break
        if t.head is t:
            break
        t = t.head
    return score


def unknown_name_or_group(
    res: _Resolver, clean: str, words: list[str], det: str, orgs: list[_Ent], start: int
) -> tuple[str | None, float]:
    """A mention the entity layer did not type: a person's name written in full (proper
    nouns only) or a description headed by a group of people ("les grévistes", "la rédaction
    de X"); (None, 0.0) otherwise."""
    tokens = clean.split()
    if not det and 1 <= len(tokens) <= 4 and all(w[:1].isupper() or w in NAME_PARTICLES for w in tokens):
        span = res.doc.char_span(start, start + len(clean), alignment_mode="expand")
        if span is not None and all(t.pos_ == "PROPN" or t.lower_ in NAME_PARTICLES for t in span):
            # a single word is a name only in an article that names no organization
            if len(tokens) >= 2 or not res.orgs:
                key = res.person(clean)
                insort(res.history, (start, key, res.gender_of(key)))
                return key, 0.6
    first = 1 if det else 0
    for w in words[first : first + 3]:
        if w in GROUP_HEADS:
            org = orgs[0].name if orgs else None
            key = f"unnamed:{clean.lower()}"
            res.speakers.setdefault(key, _SpeakerInfo(key, clean[:1].lower() + clean[1:], "unnamed", org))
            return key, 0.6
        if w not in DESCRIPTION_DETERMINERS and not w.endswith("'"):
            break
    return None, 0.0
