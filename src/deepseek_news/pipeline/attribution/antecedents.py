"""Speaker resolution beyond names and role descriptions: the person a pronoun refers to
(the most salient recent candidate) and the mentions the entity layer did not type — a
person's name written in full, a group of people ("les grévistes", "la rédaction")."""

from __future__ import annotations

from bisect import bisect_left, insort
from typing import TYPE_CHECKING

from ...lang.fr.function_words import (
    DESCRIPTION_DETERMINERS,
    PLURAL_DETERMINERS,
    SPECIFIC_SINGULAR_DETERMINERS,
)
from ...lang.fr.pronouns import PLURAL_PRONOUNS
from ...lang.fr.roles import GROUP_HEADS, ROLE_NOUNS
from ...lang.fr.titles import NAME_PARTICLES, TITLES
from .._syntax import fold, low
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
# how many tokens before a pronoun a role description subject is looked for
_SUBJECT_REACH = 80
_PRONOUN_CHARS = 10
# how far back (in characters) a group named by a plural description is an antecedent
_GROUP_REACH = 600
# how many heads up from a name a relative clause is looked for
_CLAUSE_CLIMB = 6
# functions of a name that make it a complement of someone else's action, not the topic
COMPLEMENT_DEPS = frozenset({"obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "obj", "iobj"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})
_NAME_DEPS = frozenset({"appos", "flat:name", "flat"})
_CONJ_DEPS = frozenset({"conj"})
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
    plural = _plural_pronoun(res, at)
    p, taken = (-1 if plural else n_persons - 1), 0  # a plural pronoun never names one person
    while p >= 0 and taken < _ANTECEDENTS:
        e = res.persons[p]
        p -= 1
        if res.in_quote(e.start):
            continue  # "« On déshabille Pierre pour habiller Paul », a-t-il dit"
        taken += 1
        cands.append((e.start, f"person:{e.name}", salience(res, e)))
    best: tuple[float, int, str] | None = None
    subject = None if plural else _subject_description(res, at, gender)
    for start, key, bonus in cands:
        info = res.speakers[key]
        if info.type == "organization" or plural != _group(info):
            continue
        if plural and at - start > _GROUP_REACH:
            continue  # a group is referred to by "ils" only while it is the topic
        if gender and info.gender and info.gender != gender:
            continue
        score = bonus - (at - start) / _DISTANCE_SCALE
        if best is None or (score, start) > best[:2]:
            best = (score, start, key)
    if subject is not None:
        ms, me = subject
        score = _SUBJECT_BONUS - (at - ms) / _DISTANCE_SCALE
        if best is None or (score, ms) > best[:2]:
            # "Le chroniqueur a tenu des propos… « … », a-t-il déclaré": the role description
            # the pronoun follows names someone the text has introduced
            named, _ = res.resolve(ms, me, at)
            if named is not None and res.speakers[named].type != "organization":
                return named
    return best[2] if best is not None else None


def _plural_pronoun(res: _Resolver, at: int) -> bool:
    """Whether the pronoun at `at` is plural ("ils", "-t-elles", "eux")."""
    word = fold(res.text[at : at + _PRONOUN_CHARS]).split()[0] if at < len(res.text) else ""
    return word.removeprefix("-").removeprefix("t-").rstrip(",.") in PLURAL_PRONOUNS


def _group(info: _SpeakerInfo) -> bool:
    """Whether a speaker is a group of people named by a plural description ("les grévistes")."""
    first = info.name.split(" ", 1)[0].lower()
    return info.type == "unnamed" and first in PLURAL_DETERMINERS


def _subject_description(res: _Resolver, at: int, gender: str) -> tuple[int, int] | None:
    """(start, end) of the latest definite role description that is the subject of a clause
    of the pronoun's paragraph before it ("Le chroniqueur", "la ministre"), outside
    quotations and of a compatible gender."""
    doc = res.doc
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return None
    k = span.start
    for tok in reversed(doc[max(0, k - _SUBJECT_REACH) : k]):
        if tok.is_space and "\n" in tok.text:
            return None
        if tok.dep_ != "nsubj" or tok.pos_ != "NOUN" or res.in_quote(tok.idx):
            continue
        role_gender = ROLE_NOUNS.get(tok.lower_)
        if role_gender is None or (gender and role_gender and role_gender != gender):
            continue
        det = next((c for c in tok.lefts if c.dep_ == "det" and c.i == tok.i - 1), None)
        if det is not None and low(det) in SPECIFIC_SINGULAR_DETERMINERS | {"ce", "cette"}:
            return det.idx, tok.idx + len(tok)
    return None


def salience(res: _Resolver, e: _Ent) -> float:
    """How likely a named person is the topic a later pronoun refers to."""
    span = res.doc.char_span(e.start, e.end, alignment_mode="expand")
    if span is None:
        return 0.0
    root = span.root
    while root.dep_ in _NAME_DEPS | _CONJ_DEPS and root.head is not root:
        root = root.head  # "Y" in "le journaliste et chroniqueur Y" has the function of "journaliste"
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
    while len(tokens) > 1 and tokens[0] in TITLES:
        start += len(tokens[0]) + 1  # "Me Jean Vidal", "Dr Anne Roy": the name after the title
        tokens = tokens[1:]
        clean = " ".join(tokens)
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
            if _group(res.speakers[key]):
                insort(res.history, (start, key, ""))  # "les grévistes … Ils avancent"
            return key, 0.6
        if w not in DESCRIPTION_DETERMINERS and not w.endswith("'"):
            break
    return None, 0.0
