"""Contextual evidence around a candidate: is it an organization, a person, or neither?"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ...crosslingual import french_lexicon_word
from ...lang.fr import name_context as N
from ...lang.fr import organizations as O
from ...lang.fr import titles as T
from ...naming import fold
from .acronyms import _expands
from .cleaning import _Cand
from .patterns import (
    _ACRONYM_THING_RE,
    _APPOSITION_RE,
    _CLOSE_QUOTES,
    _CODE_RE,
    _ERA_NAMES,
    _EVENT_FIRST,
    _GENERIC_BODIES,
    _INSTITUTION_FIRST,
    _KNOWN_ORGS,
    _MEDIA,
    _NAME_AHEAD_RE,
    _PERSON_AFTER_RE,
    _PERSON_BARE_APPOSITION_RE,
    _PERSON_ROLES,
    _PLACE_NAMES,
    _PRODUCT_RE,
    _QUOTED_BEFORE_RE,
    _TEXT_FIRST,
    _ends_with,
    _ends_with_any,
    _ends_with_match,
    _portfolio_before,
    _source_before,
)


def _first_words_in(words: list[str], table: frozenset[str]) -> bool:
    """The name's first word, or its first two words, folded, are an entry of `table` (a folded
    table): "Coupe du monde", "Haute Autorité de santé"."""
    return bool(words) and (fold(words[0]) in table or fold(" ".join(words[:2])) in table)


def _is_code(t: Token) -> bool:
    return bool(_CODE_RE.match(t.text)) and not t.text.isdigit()


def _window_start(doc: Doc, i: int, allow_names: bool = False) -> list[int]:
    """Token indexes k <= i such that doc[k:i] is a run of modifiers (adjectives,
    "des semi-conducteurs", codes when `allow_names`) between a head noun and a name."""
    out = [i]
    k = i
    while k > 0 and i - k < 6:
        t = doc[k - 1]
        if t.is_punct or t.is_space or "\n" in t.whitespace_:
            break
        low = t.text[:1].islower()
        if low and t.pos_ in ("ADJ", "NOUN") and not t.text.endswith(("'", "’")):
            k -= 1
        elif (
            low
            and t.pos_ in ("NOUN", "ADJ")
            and k - 2 >= 0
            and doc[k - 2].pos_ in ("ADP", "DET")
            and k - 2 > i - 6
        ):
            k -= 2
            if doc[k].lower_ in N.OF_WORDS or doc[k].pos_ == "DET":
                if doc[k].pos_ == "DET" and k > 0 and doc[k - 1].pos_ == "ADP":
                    k -= 1
        elif (
            t.lower_ in N.OF_WORDS
            and k < i
            and k - 2 >= 0
            and doc[k - 2].text[:1].islower()
            and doc[k - 2].pos_ == "NOUN"
        ):
            k -= 1  # "le média d'investigation X", "le groupe de luxe X": the "de" of a complement
        elif allow_names and (_is_code(t) or t.text[:1].isupper()):
            k -= 1
        else:
            break
        out.append(k)
    return out


def _head_before(
    doc: Doc,
    text: str,
    i: int,
    words: frozenset[str],
    *,
    allow_names: bool = False,
    window: list[int] | None = None,
) -> bool:
    """`words` (a head noun) right before token i, with modifiers in between; `text` is doc.text.
    `window`: ``_window_start(doc, i, allow_names)`` when the caller has it already."""
    for k in _window_start(doc, i, allow_names) if window is None else window:
        if k < i and doc[i - 1].pos_ == "ADP":
            continue
        idx = doc[k].idx
        lo = max(0, idx - 50)
        found = _ends_with_match(words, text[lo:idx])
        if found is not None and _common_noun(found[0], text[lo : lo + found[1]]):
            return True
    return False


def _common_noun(word: str, before: str) -> bool:
    """`word` (a head noun as written) is a common noun, not the first word of another name
    ("le premier secrétaire du Parti socialiste X"): lowercase, an acronym ("l'ONG X"), or
    capitalized at a sentence start."""
    return word[:1].islower() or word.isupper() or not before.strip() or before.rstrip()[-1:] in '.!?:«"“—–-'


def _of_before(doc: Doc, text: str, i: int, words: frozenset[str], *, allow_names: bool = False) -> bool:
    """ "<word> de/d'/du/des [la/l'] NAME": the name at token i is the complement of `words`."""
    k = i
    if k > 0 and doc[k - 1].lower_ in N.ARTICLES_AFTER_OF:
        k -= 1
    if k == 0 or doc[k - 1].lower_ not in N.OF_WORDS:
        return False
    return _head_before(doc, text, k - 1, words, allow_names=allow_names)


def _role_before(doc: Doc, text: str, i: int, j: int, words: list[str]) -> bool:
    """A person's role right before a full name at tokens i..j ("l'actrice Stormy Daniels"), or
    a role and its organization ("le premier secrétaire du Parti socialiste Harlem Désir")."""
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or any(w.isupper() for w in words):
        return False
    if j < len(doc) and doc[j].text[:1].isupper() and not doc[j].is_punct:
        return False  # "la députée Nouveau Front Clémentine Autain": the name goes on
    if _head_before(doc, text, i, _PERSON_ROLES):
        return True
    return any(
        k < i and _of_before(doc, text, k, _PERSON_ROLES) for k in _window_start(doc, i, allow_names=True)
    )


def _stands_for_thing(text: str, start: int, acr: str) -> bool:
    """The acronym `acr` at `start` stands for a lowercase thing written just before it ("le
    registre international français, le RIF", "le fichier des auteurs d'infractions terroristes
    (Fijait)"), not for an organization."""
    lo = max(text.rfind("\n", 0, start) + 1, start - 150)
    found = None
    for m in _ACRONYM_THING_RE.finditer(text, lo, start):
        found = m
    if found is None:
        return False
    if re.fullmatch(r"\s*\([^()]*", text[found.end() : start]):
        return True
    return _expands(found.group(), acr)


def _beside_place(doc: Doc, i: int, j: int) -> bool:
    """The name at tokens i..j sits beside a place the model recognises: in parentheses after
    it or around it ("Saint-Ouen (Seine-Saint-Denis)", "au Mexique (Chichen Itza)"), or in the
    same enumeration ("Campeche, Yucatan et Quintana Roo")."""
    n = len(doc)

    def place(k: int) -> bool:
        return 0 <= k < n and doc[k].ent_type_ == "LOC"

    if j + 2 < n and doc[j].text == "(" and place(j + 1) and doc[j + 2].text == ")":
        return True
    if i >= 2 and doc[i - 1].text == "(" and place(i - 2) and j < n and doc[j].text == ")":
        return True
    if i >= 2 and doc[i - 1].lower_ in N.ENUMERATION_JOINS and place(i - 2):
        return True
    return j + 1 < n and doc[j].lower_ in N.ENUMERATION_JOINS and place(j + 1)


_LEADING_ARTICLE = re.compile(r"^(?:[LlDd]['’]|(?:Les?|La|les?|la)\s+)")


def _evidence(doc: Doc, text: str, c: _Cand, tokens: tuple[int, int]) -> None:
    """Collect the evidence around candidate `c` (token range `tokens`); `text` is doc.text."""
    i, j = tokens
    window = _window_start(doc, i)  # the modifiers before the name, for each head noun looked for
    line_start = text.rfind("\n", max(0, c.start - 60), c.start) + 1
    before = text[max(line_start, c.start - 60) : c.start]
    name = text[c.start : c.end]
    words = name.split()
    if _head_before(doc, text, i, O.ORG_HEAD_NOUNS, window=window):
        c.org.add("head")
    if _of_before(doc, text, i, O.ORG_MEMBER_NOUNS):
        c.org.add("member")
    if _of_before(doc, text, i, O.FINANCE_NOUNS) or _head_before(doc, text, i, N.SHARE_NOUNS, window=window):
        c.org.add("finance")
    if _of_before(doc, text, i, O.PRODUCT_NOUNS, allow_names=True):
        c.org.add("maker")
    if i > 0 and doc[i - 1].lower_ in O.PRODUCT_NOUNS and doc[i - 1].lower_.endswith(("s", "x")):
        c.org.add("maker")
    if j < len(doc) and _is_code(doc[j]) and text[c.end : doc[j].idx].strip() == "":
        c.org.add("brand")
    if len(words) > 1 and words[-1].rstrip(".") in O.CORPORATE_FORMS:
        c.org.add("form")
        c.strong = True
    if not c.person and _source_before(before):
        c.org.add("source")
        c.strong = True
    after = text[c.end : c.end + 80]
    if _role_before(doc, text, i, j, words):
        c.person = True  # "l'actrice Stormy Daniels", "le premier secrétaire du PS Harlem Désir"
    if len(words) > 1 and all(w[:1].isupper() for w in words) and _PERSON_BARE_APPOSITION_RE.match(after):
        c.person = True  # "Savera Mosnier, habitante d'une rue proche"
    if _PERSON_AFTER_RE.match(after):
        c.person = True  # "Josiane, 74 ans,", "Nathalie, une infirmière"
    employer = i > 1 and doc[i - 1].lower_ in N.EMPLOYER_PREPOSITIONS
    if employer and _head_before(doc, text, i - 1, O.ORG_MEMBER_NOUNS):
        c.org.add("member")  # "analyste chez Bernstein"
        c.strong = True
    appo = _APPOSITION_RE.match(after)
    if appo and not _NAME_AHEAD_RE.match(after, appo.end()):
        c.org.add("apposition")  # not "Dans le XVe arrondissement, l'opérateur privé Pizzorno"
    if words and _first_words_in(words, _INSTITUTION_FIRST) and len(words) > 1 and c.label != "PER":
        c.org.add("institution")
        c.strong = True
    # "Le Monde" but not "Le monde a besoin de...": the name after the article is capitalized
    proper = _LEADING_ARTICLE.sub("", name)[:1]
    proper_name = proper.isupper() or proper.isdigit()
    if fold(name) in _MEDIA and proper_name:
        c.org.add("media")
        c.strong = True
    if (
        text[c.start - 1 : c.start] == "("
        and text[c.end : c.end + 1] == ")"
        and name.isupper()
        and c.label != "LOC"
        and (
            re.match(r"\)\s*(?:[-–—]|$)", text[c.end : c.end + 4]) or re.search(r"(?:^|[.!?]\s*)\($", before)
        )
    ):
        c.org.add("agency")  # dateline or signature: "Paris (AFP) -", "... (Reuters)"
    # "X a perdu 17 % en Bourse"
    for t in doc[i:j]:
        if t.dep_.startswith("nsubj") and t.head.lemma_ in O.MARKET_VERBS:
            sent_words = {x.lower_ for x in t.sent}
            if sent_words & O.MARKET_WORDS:
                c.org.add("market")
            break
    if fold(name) in _KNOWN_ORGS and proper_name:
        c.org.add("known")  # "selon Politis", "sur Telegram", "le Pentagone a déclaré"
        c.strong = True
    # not a person: a place or a building named after one, a place in a list or in parentheses
    if _head_before(doc, text, i, N.NAMED_AFTER_HEADS):
        c.veto.add("not-person")  # "l'école Franklin Roosevelt"
    if len(words) == 1 and name.lower().startswith(N.PLACE_NAME_PREFIXES):
        c.veto.add("not-person")  # "Saint-Ouen"
    if words[0] not in T.FIRST_NAMES and _beside_place(doc, i, j):
        c.veto.add("not-person")  # "Saint-Ouen (Seine-Saint-Denis)", "Campeche, Yucatan et Quintana Roo"
    if fold(name) in _ERA_NAMES and before.rstrip().lower().endswith(tuple(N.ERA_WORDS)):
        c.veto.add("era")  # "300 ans après Jésus-Christ"
    if (
        len(words) == 1
        and c.at_start
        and doc[i].pos_ in ("VERB", "ADJ")
        and j < len(doc)
        and doc[j].text == ","
    ):
        c.veto.add("opener")  # "Surpeuplé, le site abrite…": a participle opening the sentence
    if len(words) == 1 and not before.strip() and re.match(r"\.\s+[A-ZÀ-Þ]", after):
        c.veto.add("label")  # "Politique. Le gouvernement…", "Frain. Incendie…": a label or dateline
    # not an organization
    quoted = _QUOTED_BEFORE_RE.search(before)
    if quoted and after.lstrip(" \u00a0\u202f").startswith(_CLOSE_QUOTES):
        c.veto.add("quoted")  # « l'After Foot », le restaurant "Caneton": the name of a thing
        if _ends_with(O.ORG_HEAD_NOUNS).search(before[: quoted.start()]):
            c.org.add("head")  # la start-up « Kestrel »
    if (
        len(words) == 1
        and i > 0
        and doc[i - 1].lower_ in N.PLURAL_ARTICLES
        and name[-1:] in "sx"
        and fold("les " + name) not in _MEDIA  # "des Républicains": the party
        and french_lexicon_word(name)  # "des Spurs" is the team's name
    ):
        c.veto.add("nickname")  # "les Bleus", "aux Verts": a common word as a team's nickname
    if (
        len(words) == 1
        and name[:1].isupper()
        and 2 <= len(name) <= 8
        and _stands_for_thing(text, c.start, name)
    ):
        c.veto.add("thing")  # "le registre international français, le RIF"
    if _PRODUCT_RE.fullmatch(name):
        c.veto.add("product")
    if _head_before(doc, text, i, O.PRODUCT_HEADS, window=window) and not (
        i > 0 and doc[i - 1].lower_.endswith(("s", "x"))
    ):
        c.veto.add("product-head")
    if fold(name) in _PLACE_NAMES:
        c.veto.add("place")
    if len(words) == 1 and _portfolio_before(text[max(0, c.start - 40) : c.start]):
        c.veto.add("portfolio")  # "la ministre de l'Économie"
    if _first_words_in(words, _EVENT_FIRST):
        c.veto.add("event")
    if _first_words_in(words, _TEXT_FIRST):
        c.veto.add("event")  # "Accord de Paris", "Code du travail": a text
    if fold(name) in _GENERIC_BODIES:
        c.veto.add("generic")  # "l'État", "la Fédération": a body without a name
    if _ends_with_any(O.PLACE_PREPOSITIONS, before) and c.label in ("ORG", "LOC", ""):
        c.veto.add("place-preposition")
