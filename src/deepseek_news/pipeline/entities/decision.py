"""The decision: which surface forms are persons, which are organizations."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from ...crosslingual import french_lexicon_word
from ...lang.fr import titles as T
from ...naming import fold
from .cleaning import _Cand
from .patterns import _CODE_RE, _LOWER_WORD_RE, _PAREN_LIST_RE, _STOP_WORDS


def _person_shaped(name: str) -> bool:
    words = re.sub(r"-\w+", "", name).split()  # "Park Jin-ho", "Wong Kar-wai"
    return (
        0 < len(words) <= 7
        and not any(ch.isdigit() for ch in name)
        and all(w == "-" or w[0].isupper() or w.lower() in T.NAME_PARTICLES for w in words)
        and words[0][0].isupper()
        and not any(len(w) == 1 and w.isalpha() for w in words)  # "Livret A"
    )


def _common_word(word: str) -> bool:
    """`word` (one word) is a French common word, adjective or verb form of the lexicon:
    "Barbu", "Distribué", "Retrancher" capitalized at a sentence start."""
    return french_lexicon_word(word)


def _decide(cands: list[_Cand], text: str, acronyms: list[tuple[str, str]]) -> dict[str, str]:
    """Folded surface -> "PER" or "ORG" for the surfaces kept."""

    @cache
    def lower_words() -> set[str]:  # the text's lowercase words, read once a heading word asks
        return set(_LOWER_WORD_RE.findall(text))

    by: dict[str, list[_Cand]] = {}
    for c in cands:
        by.setdefault(fold(text[c.start : c.end]), []).append(c)
    acr_links: dict[str, str] = {}
    for exp, acr in acronyms:
        acr_links[fold(acr)] = fold(exp)
        acr_links[fold(exp)] = fold(acr)
    kinds: dict[str, str] = {}
    for key, cs in by.items():
        name = text[cs[0].start : cs[0].end]
        letters = [ch for ch in name if ch.isalpha()]
        if len(letters) < 2:
            continue
        labels = Counter(c.label for c in cs)
        org_ev = set().union(*(c.org for c in cs))
        veto = set().union(*(c.veto for c in cs))
        strong = any(c.strong for c in cs)
        per_votes = labels["PER"] + 2 * sum(c.person for c in cs)
        if "product" in veto and not (labels["ORG"] > labels["MISC"] + labels[""] and _CODE_RE.match(name)):
            continue  # a model or product; a code-like name the model calls ORG stays ("TF1")
        if "generic" in veto:
            continue  # "l'État", "la Constitution"
        if "place" in veto and not any(c.person for c in cs) and not strong:
            continue  # "Matignon", "Wall Street": a place named like an actor
        if len(name.split()) == 1 and name.lower() in _STOP_WORDS:
            continue  # "Non", "Grève" capitalized at a line start
        if (
            len(name.split()) == 1
            and all(c.at_start for c in cs)
            and not org_ev
            and name.lower() in lower_words()
            and name not in T.FIRST_NAMES
        ):
            continue  # "Grève à la SNCF" in a heading, "grève" in the text: a common noun
        one_word = len(name.split()) == 1 and name not in T.FIRST_NAMES
        if (
            one_word
            and all(c.at_start for c in cs)
            and not org_ev
            and not any(c.person for c in cs)
            and _common_word(name)
        ):
            continue  # "Barbu, le visage fermé, ...": a common word opening the sentence

        if "nickname" in veto and not strong:
            continue  # "les Bleus", "aux Verts": a nickname, the team has its own name
        if org_ev & {"head", "apposition", "brand", "maker", "finance", "market"} and one_word:
            strong = True  # "le constructeur automobile Stellantis": not a person
        if org_ev & {"head", "apposition", "acronym"} and labels["LOC"]:
            strong = True  # "le club anglais Arsenal": not a place
        if labels["LOC"] > per_votes + labels["ORG"] and not org_ev and not any(c.person for c in cs):
            continue  # mostly read as a place: "Bakhmout"
        titled = any(c.person for c in cs)
        if "quoted" in veto and not titled and not org_ev:
            continue  # « l'After Foot », le restaurant "Caneton": the name of a thing
        if veto & {"era", "opener", "label"} and not titled and not org_ev:
            continue  # "après Jésus-Christ", "Surpeuplé, le site…", "Politique. Le gouvernement…"
        if all("not-person" in c.veto for c in cs) and not titled:
            per_votes = 0  # "l'école Franklin Roosevelt", "Saint-Ouen (Seine-Saint-Denis)"
        if veto & {"event", "product"} and not titled and not org_ev:
            continue  # "deux années de Covid", "la Coupe Davis": no person, no organization
        if per_votes > labels["ORG"] and _person_shaped(name) and not strong:
            kinds[key] = "PER"
            continue
        if org_ev and (strong or labels["LOC"] <= labels["ORG"] + labels["MISC"] + labels[""]):
            if not (veto & {"place", "event"}) or strong:
                kinds[key] = "ORG"
                continue
        if veto:
            continue
        if labels["ORG"] > labels["LOC"] and labels["ORG"] >= labels["MISC"]:
            kinds[key] = "ORG"
        elif per_votes and _person_shaped(name):
            kinds[key] = "PER"
    # a list in parentheses holds names of one kind: "(UCL, ANU, Columbia, Peking University)"
    for m in _PAREN_LIST_RE.finditer(text):
        keys = [fold(item.strip()) for item in m.group("items").split(",")]
        if not any(kinds.get(k) == "ORG" for k in keys):
            continue
        members = [c for k in keys for c in by.get(k, [])]
        if any(c.person or text[c.start : c.end].split()[0] in T.FIRST_NAMES for c in members):
            continue  # persons among them
        for c in members:
            key = fold(text[c.start : c.end])
            if not c.veto & {"place", "place-preposition", "product", "generic"} and key in keys:
                kinds[key] = "ORG"
    # an acronym and its expansion share their kind
    for _ in range(2):
        for a, b in acr_links.items():
            vetoed = "product" in set().union(*(c.veto for c in by.get(b, [])))
            if kinds.get(a) == "ORG" and b in by and b not in kinds and not vetoed:
                kinds[b] = "ORG"
    return kinds
