"""The ``dsn_entities`` component: the factory, the pipe, and the reader of its span groups."""

from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from ...lang.fr import titles as T
from ...naming import canonical, clusters, fold, fold_text
from ...records import Mention, Organization, Person
from .._perdoc import doc_text
from .._spans import add_span, group, items
from ..language import english_segments
from .acronyms import _acronyms, _expands
from .attributes import _roles_and_gender, _title_before
from .candidates import _candidates
from .decision import _decide
from .merging import _find_all, _link, _split_ambiguous
from .patterns import _ACRONYM_NAMES, _KNOWN_ORGS, _MEDIA, _STOP_WORDS, _WORD_RE

PERSONS_KEY = "dsn_persons"
ORGS_KEY = "dsn_orgs"


class EntityFinder:
    """Finds persons and organizations; see the module docstring."""

    def __call__(self, doc: Doc) -> Doc:
        group(doc, PERSONS_KEY)
        group(doc, ORGS_KEY)
        text = doc_text(doc)
        english = [(s, e) for s, e in english_segments(doc)]
        folded = fold_text(text)
        cands = _candidates(doc, english, folded)
        acronyms = _acronyms(text, cands)
        kinds = _decide(cands, text, acronyms)
        # surface forms of each kind, with their counts
        forms: dict[str, dict[str, str]] = {"PER": {}, "ORG": {}}
        for c in cands:
            k = fold(text[c.start : c.end])
            if k in kinds:
                forms[kinds[k]].setdefault(k, text[c.start : c.end])
        # "le patron de Wagner Evguéni Prigojine", "le député Renaissance Stéphane Vojetta": an
        # organization's name glued to the person's full name
        for k, v in list(forms["PER"].items()):
            starts = [m.start() for m in _WORD_RE.finditer(v)]
            for n in (1, 2):
                if len(starts) - n < 2:
                    continue
                head = fold(v[: starts[n]])
                if head in forms["ORG"] or head in _KNOWN_ORGS:
                    del forms["PER"][k]
                    forms["ORG"].setdefault(head, v[: starts[n]].rstrip())
                    rest = v[starts[n] :]
                    forms["PER"].setdefault(fold(rest), rest)
                    break
        # a surname alone that the model called an organization is the person's
        evidenced: set[str] = set()
        for c in cands:
            if c.strong or c.org:
                evidenced.add(fold(text[c.start : c.end]))
        for k in list(forms["ORG"]):
            if len(k.split()) == 1 and k not in evidenced:
                if any(len(p.split()) > 1 and p.split()[-1] == k for p in forms["PER"]):
                    forms["PER"][k] = forms["ORG"].pop(k)
        # a full name's surname alone is a later mention of the person ("Altman")
        surnames = Counter(_surname(v) for v in forms["PER"].values() if len(v.split()) > 1)
        for sur, n in surnames.items():
            if n == 1 and len(sur) > 2 and fold(sur) not in forms["ORG"] and sur.lower() not in _STOP_WORDS:
                forms["PER"].setdefault(fold(sur), sur)
        # "LFI" and "La France insoumise" both in the text, with no parentheses linking them
        linked = {acr for _, acr in acronyms}
        for acr in forms["ORG"].values():
            known = _ACRONYM_NAMES.get(fold(acr), frozenset())
            if (known or (acr.isupper() and 2 <= len(acr) <= 6)) and acr not in linked:
                for exp in forms["ORG"].values():
                    if len(exp.split()) > 1 and (
                        _expands(exp, acr) or fold(exp) in _ACRONYM_NAMES.get(fold(acr), ())
                    ):
                        acronyms.append((exp, acr))
                        break
        lowercase = {fold(text[c.start : c.end]) for c in cands if c.lowercase}
        found_per = _find_all(text, folded, forms["PER"], english)
        found_org = _find_all(
            text, folded, forms["ORG"], english + [(s, e) for s, e, _ in found_per], lowercase
        )
        # persons: also the surnames of full names
        acr_pairs = {frozenset((a, b)) for a, b in acronyms}
        expansion = {acr: exp for exp, acr in acronyms}
        gender_votes: dict[str, Counter[str]] = {}
        for key, found, grp_key, label in (
            ("PER", found_per, PERSONS_KEY, "PER"),
            ("ORG", found_org, ORGS_KEY, "ORG"),
        ):
            surfaces = [text[s:e] for s, e, _ in found]
            distinct = list(dict.fromkeys(surfaces))
            groups = clusters(distinct, _link(key, acr_pairs))  # type: ignore[arg-type]
            if key == "PER":
                groups = _split_ambiguous(groups)
            name_of: dict[str, str] = {}
            aliases: dict[str, list[str]] = {}
            for g in groups:
                canon = canonical([s for s in surfaces if s in g])
                if expansion.get(canon) in g:  # "DGFiP" -> "direction générale des finances publiques"
                    canon = expansion[canon]
                if canon[:1].islower() and fold(canon) in _MEDIA:  # "la France insoumise"
                    canon = canon[:1].upper() + canon[1:]
                if key == "ORG" and fold("le " + canon) in _MEDIA and fold(canon) not in _KNOWN_ORGS:
                    canon = "Le " + canon  # "au Progrès": the newspaper "Le Progrès"
                aliases[canon] = [f for f in g if f != canon]
                for f in g:
                    name_of[f] = canon
            grp = group(doc, grp_key)
            grp.attrs["aliases"] = aliases
            for n, (s, e, _) in enumerate(found, 1):
                add_span(doc, grp_key, s, e, label, f"{label.lower()}{n}", name=name_of[text[s:e]])
            if key == "PER":
                mentions = [(s, e, name_of[text[s:e]]) for s, e, _ in found]
                roles, genders = _roles_and_gender(doc, mentions)
                for c in cands:
                    nm = name_of.get(text[c.start : c.end])
                    if nm is None:
                        continue
                    if c.gender:
                        gender_votes.setdefault(nm, Counter())[c.gender] += 3
                    title = _title_before(text, c.start)  # "M.", "Mme": gender only, never a role
                    if title and T.TITLES.get(title):
                        gender_votes.setdefault(nm, Counter())[T.TITLES[title]] += 3
                for nm, gen in genders.items():
                    gender_votes.setdefault(nm, Counter())[gen] += 2
                gender: dict[str, str | None] = {}
                for nm in aliases:
                    votes = gender_votes.get(nm, Counter())
                    given = nm.split()[0] if len(nm.split()) > 1 else ""
                    if given in T.FIRST_NAMES:
                        votes[T.FIRST_NAMES[given]] += 1
                    top = votes.most_common(2)
                    gender[nm] = top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None
                grp.attrs["roles"] = {nm: roles.get(nm, []) for nm in aliases}
                grp.attrs["gender"] = gender
        return doc


def _surname(name: str) -> str:
    """The surname of a full name: its last word, with a capitalized particle before it ("Le Gac"
    for "Didier Le Gac", "Van Damme"; "de Meo" keeps "Meo")."""
    words = name.split()
    if len(words) > 2 and words[-2][:1].isupper() and words[-2].lower() in T.NAME_PARTICLES:
        return " ".join(words[-2:])
    return words[-1]


@Language.factory(
    "dsn_entities", assigns=["doc.spans"], requires=["doc.ents", "token.pos", "token.dep", "token.lemma"]
)
def make_entities(nlp: Language, name: str) -> EntityFinder:
    return EntityFinder()


def records_from_doc(doc: Doc) -> tuple[list[Person], list[Organization]]:
    """Persons and organizations of `doc`, one entry per canonical name, offsets relative to the doc."""
    persons: dict[str, Person] = {}
    orgs: dict[str, Organization] = {}
    roles: dict[str, list[str]] = {}
    text = doc_text(doc)
    if PERSONS_KEY in doc.spans:
        roles = doc.spans[PERSONS_KEY].attrs.get("roles", {})
    for _, m in items(doc, PERSONS_KEY):
        name = m["name"]
        if name not in persons:
            persons[name] = Person(id=f"p{len(persons) + 1}", name=name, roles=list(roles.get(name, [])))
        p = persons[name]
        surface = text[m["start"] : m["end"]]
        p.mentions.append(Mention(start=m["start"], end=m["end"], text=surface))
        if surface != name and surface not in p.aliases:
            p.aliases.append(surface)
    for _, m in items(doc, ORGS_KEY):
        name = m["name"]
        if name not in orgs:
            orgs[name] = Organization(id=f"o{len(orgs) + 1}", name=name)
        o = orgs[name]
        surface = text[m["start"] : m["end"]]
        o.mentions.append(Mention(start=m["start"], end=m["end"], text=surface))
        if surface != name and surface not in o.aliases:
            o.aliases.append(surface)
    return list(persons.values()), list(orgs.values())
