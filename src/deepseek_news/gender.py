"""The gender of the persons and speakers of a record, and their corpus-level key.

Gender is read from the text first, then from a first-name lexicon when the text
says nothing; it is ``None`` rather than a guess:

1. ``title`` — a civil title before a mention of the name ("Mme Borne", "M. Dupont");
2. ``agreement`` — a role noun, its determiner or an adjective agreeing with the
   person next to the name ("la ministre Rachida Dati", "l'ancienne directrice,
   X", "X, directrice de…", "X, économiste américaine");
3. ``participle`` — a past participle agreeing with the name after it ("X,
   interrogée par…", "X s'est dite satisfaite", "X a été élue");
4. ``pronoun`` — what the quotes attributed to the person were attributed
   through: a pronoun ("elle", "a-t-il ajouté", "celle-ci") or a role
   description ("la présidente a déclaré"); weaker, as it rests on attribution;
5. ``first_name`` — the given name of a name of two words or more, from the
   ``gender-guesser`` lexicon (``male``/``female`` only: names it marks as
   mostly one gender or as both, Camille, Dominique, Claude, are left ``None``).
   A one-word name is never looked up: it may be a surname.

Organizations and unnamed speakers have no gender.  ``gender_evidence`` is the
kind of the deciding evidence and its text: ``"title:Mme"``,
``"agreement:la ministre"``, ``"participle:interrogée"``, ``"pronoun:a-t-elle"``,
``"first_name:Marie"``.

``corpus_key`` is a person's name folded for counting across articles (no
accents, lowercase, hyphens as spaces): "Élisabeth Borne" and "Elisabeth
Borne" share ``"elisabeth borne"``; a one-word name that is the surname of
exactly one full name of the same record takes that full name's key.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal, cast

from .lang.fr import gender as G
from .lang.fr.pronouns import PRONOUN_GENDER
from .lang.fr.roles import ROLE_NOUNS as _ROLE_NOUNS
from .lang.fr.titles import ROLE_MODIFIERS, TITLES
from .naming import fold
from .records import ArticleRecord, GenderEvidenceKind, Mention, Person, Speaker

__all__ = ["assign_genders", "corpus_key", "first_name_gender", "text_gender"]

Gender = Literal["female", "male"]
ROLE_NOUNS: dict[str, str] = {**G.PERSON_NOUNS, **_ROLE_NOUNS}
_FULL: dict[str, Gender] = {"f": "female", "m": "male"}

# evidence weight; "strong" kinds are read next to a mention of the name itself
_WEIGHT: dict[str, int] = {
    "title": 3,
    "agreement": 2,
    "participle": 2,
    "pronoun": 1,
    "role": 1,
    "own_words": 1,
}
_STRONG = frozenset({"title", "agreement", "participle"})
_RANK = {"title": 0, "agreement": 1, "participle": 2, "pronoun": 3, "role": 4, "own_words": 5}
_CODE: dict[str, GenderEvidenceKind] = {"role": "agreement", "own_words": "participle"}

_TOKEN = re.compile(r"\w+['’]|\w+(?:-\w+)*|[^\w\s]")
_BOUNDARY = re.compile(r"[!?;:«»“”\"\n()\[\]]|\.\s")
_TITLE_BEFORE = re.compile(
    r"(?:^|[\s(«“\"'’])(?P<t>M\.|MM\.|Mme|Mmes|Mlle|Madame|Monsieur)\s+"
    rf"(?:(?:{'|'.join(sorted(G.SURNAME_PARTICLES))})\s+)?$"
)
_OF = frozenset({"de", "d'", "du", "des", "à", "au", "aux", "chez", "en", "sur", "par", "pour"})
_AGE = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?,\s*(?:\d+\s*ans\s*,\s*)?")


@dataclass(frozen=True)
class _Evidence:
    kind: str  # title | agreement | participle | pronoun | role | own_words
    text: str
    gender: str  # "f" | "m"
    position: int

    @property
    def code(self) -> GenderEvidenceKind:
        code = _CODE.get(self.kind)
        return code if code is not None else cast(GenderEvidenceKind, self.kind)


def _norm(word: str) -> str:
    return word.lower().replace("’", "'")


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


# ---------------------------------------------------------------- the lexicon


@lru_cache(maxsize=1)
def _detector() -> Any:
    """The first-name lexicon, or None when the optional ``gender-guesser`` package (GPL-3.0,
    installed with ``pip install "deepseek-news[gender]"``) is absent: the text's own evidence
    is then the only one."""
    try:
        import gender_guesser.detector as gg
    except ImportError:
        return None
    return gg.Detector(case_sensitive=False)


def preload() -> None:
    """Read the first-name lexicon now rather than for the first record that needs it."""
    _detector()


def _strip_accents(word: str) -> str:
    import unicodedata

    d = unicodedata.normalize("NFKD", word)
    return "".join(c for c in d if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 14)
def first_name_gender(given: str) -> Gender | None:
    """The gender of a given name by the ``gender-guesser`` lexicon, or None when it
    is unknown, an initial, or used for both genders.

    >>> first_name_gender("Élisabeth"), first_name_gender("Camille"), first_name_gender("Jean-Marie")
    ('female', None, 'male')
    """
    given = given.strip()
    if len(given) < 2 or given.endswith(".") or not given[0].isupper():
        return None
    det = _detector()
    if det is None:
        return None
    for form in dict.fromkeys((given, _strip_accents(given))):
        answer = det.get_gender(form)
        if answer in ("female", "male"):
            return answer  # type: ignore[no-any-return]
        if answer != "unknown":
            return None  # mostly_*, andy: ambiguous
    if "-" in given:  # compound given names take the gender of their first part
        return first_name_gender(given.split("-")[0])
    return None


def _given_name(name: str) -> str | None:
    words = name.split()
    if len(words) < 2:
        return None
    return words[0]


# ------------------------------------------------------------ reading the text


def _role_gender(words: list[str], head: int, head_len: int) -> tuple[str, int, int] | None:
    """Gender of the role phrase whose head noun is words[head:head+head_len], with the
    indexes of its first and last words (determiner or modifier, adjective).  None when
    it says nothing or its words disagree."""
    noun = " ".join(_norm(w) for w in words[head : head + head_len])
    genders: set[str] = set()
    first, last = head, head + head_len - 1
    if ROLE_NOUNS.get(noun):
        genders.add(ROLE_NOUNS[noun])
    fixed = noun.split()[0] in G.FIXED_GENDER_NOUNS
    i = head - 1
    while i >= 0 and not fixed:
        w = _norm(words[i])
        if w in G.MODIFIER_GENDER:
            genders.add(G.MODIFIER_GENDER[w])
        elif w not in G.NEUTRAL_MODIFIERS and w not in ROLE_MODIFIERS:
            if w in G.DETERMINER_GENDER:
                genders.add(G.DETERMINER_GENDER[w])
                first = i
            elif w in ("l'", "son", "leur"):
                first = i
            break
        first = i
        i -= 1
    after = head + head_len
    if not fixed and not ROLE_NOUNS.get(noun) and after < len(words):
        adj = words[after]
        if adj.islower() and _norm(adj) not in G.ROLE_PHRASE_STOPS:
            g = _adjective_gender(adj)
            if g:
                genders.add(g)
                last = after
    if len(genders) != 1:
        return None
    return genders.pop(), first, last


def _adjective_gender(word: str) -> str:
    w = _norm(word)
    if len(w) < 4:
        return ""
    if w.endswith(G.FEMININE_ADJECTIVE_ENDINGS):
        return "f"
    if w.endswith(G.MASCULINE_ADJECTIVE_ENDINGS):
        return "m"
    return ""


def _role_head(words: list[str], i: int) -> int:
    """Length (1 or 2) of the role noun ending at words[i], 0 when none."""
    if i >= 1 and f"{_norm(words[i - 1])} {_norm(words[i])}" in ROLE_NOUNS:
        return 2
    return 1 if _norm(words[i]) in ROLE_NOUNS else 0


def _clause_before(text: str, start: int) -> tuple[str, int]:
    lo = max(0, start - 160)
    ctx = text[lo:start]
    cut = 0
    for m in _BOUNDARY.finditer(ctx):
        cut = m.end()
    return ctx[cut:], lo + cut


def _clause_after(text: str, end: int) -> str:
    ctx = text[end : end + 160]
    m = _BOUNDARY.search(ctx)
    return ctx[: m.start() + (1 if m and m.group().startswith(".") else 0)] if m else ctx


def _before(text: str, start: int) -> list[_Evidence]:
    out: list[_Evidence] = []
    m = _TITLE_BEFORE.search(text[max(0, start - 20) : start])
    if m and TITLES.get(m.group("t")):
        out.append(_Evidence("title", m.group("t"), TITLES[m.group("t")], start))
    clause, base = _clause_before(text, start)
    toks = _tokens(clause)
    words = [t for t, _, _ in toks]
    if not words:
        return out
    end = len(words) - 1
    comma = words[end] == ","
    if comma:
        end -= 1
    elif _norm(words[end]) in G.COMPLEMENT_PREPOSITIONS:
        return out  # "la fille de Jean X": the name is a complement
    i = end
    while i >= 0 and end - i < 10:
        w = _norm(words[i])
        if w in G.ROLE_PHRASE_STOPS or (w == "," and i != end + 1) or w.endswith(("ait", "aient")):
            break
        n = _role_head(words, i)
        if n:
            found = _role_gender(words, i - n + 1, n)
            first = found[1] if found else i - n + 1
            attached = not comma and i >= end - 1  # "de l'ancien président Hery X"
            if not attached and first > 0 and _norm(words[first - 1]) in G.ROLE_COMPLEMENT_MARKERS:
                i = first - 2  # "l'adjoint à la maire, X": the outer role is X's
                continue
            if found:
                gender, first, last = found
                s, e = toks[first][1], toks[max(i, min(last, end))][2]
                out.append(_Evidence("agreement", clause[s:e], gender, base + s))
            break
        i -= 1
    part = _PARTICIPLE_BEFORE.search(clause)
    if part:  # "…, s'est félicitée Marie X"
        gender = _word_gender(_norm(part.group("w")))
        if gender:
            out.append(_Evidence("participle", part.group("w"), gender, base + part.start("w")))
    return out


def _after(text: str, start: int, end: int) -> list[_Evidence]:
    before = _clause_before(text, start)[0].rstrip()
    if before and _norm(_tokens(before)[-1][0]) in {"de", "d'", "du", "des"}:
        return []  # "l'épouse de Jean X, décédée…": the apposition may be the head noun's
    clause = _clause_after(text, end)
    out: list[_Evidence] = []
    m = _AGE.match(clause)
    if m:  # apposition: "X, directrice de…", "X, 45 ans, la nouvelle ministre"
        toks = _tokens(clause[m.end() :])
        words = [t for t, _, _ in toks]
        head = -1
        for i in range(min(len(words), 5)):
            w = _norm(words[i])
            if w in G.ROLE_PHRASE_STOPS or w in _OF or words[i] == ",":
                break
            if _role_head(words, i):
                head = i
        if head >= 0:
            n = _role_head(words, head)
            found = _role_gender(words, head - n + 1, n)
            if found:
                gender, first, last = found
                s, e = m.end() + toks[first][1], m.end() + toks[last][2]
                out.append(_Evidence("agreement", clause[s:e], gender, end + s))
    part = _participle(clause)
    if part is not None:
        word, gender, pos = part
        out.append(_Evidence("participle", word, gender, end + pos))
    return out


_AUX = "|".join(re.escape(a).replace("'", "['’]").replace(r"\ ", r"\s+") for a in G.BE_AUXILIARIES)
_PARTICIPLE = re.compile(
    rf"\s*(?:(?P<comma>,)\s*|(?:n['’]|ne\s+)?(?P<aux>{_AUX})\s+)"
    rf"(?:(?:{'|'.join(sorted(G.ADVERBS))})\s+)*(?P<w>[a-zà-ÿ]+)"
    rf"(?:\s+(?:(?:{'|'.join(sorted(G.ADVERBS))})\s+)*(?P<next>[a-zà-ÿ]+))?"
)


_PARTICIPLE_BEFORE = re.compile(
    rf"(?:^|\s)(?:{_AUX})\s+(?:(?:{'|'.join(sorted(G.ADVERBS))})\s+)*(?P<w>[a-zà-ÿ]+)\s+$"
)


_FIRST_PERSON = re.compile(
    r"(?:^|[^\w'’])(?:"
    + "|".join(re.escape(a).replace("'", "['’]").replace(r"\ ", r"\s+") for a in G.FIRST_PERSON_AUXILIARIES)
    + rf")\s+(?:(?:{'|'.join(sorted(G.ADVERBS))})\s+)*(?P<w>[a-zà-ÿ]+)\b",
    re.IGNORECASE,
)


def _own_words(quote: str, offset: int) -> list[_Evidence]:
    """Participles agreeing with the speaker in their own words: "je suis venue"."""
    out = []
    for m in _FIRST_PERSON.finditer(quote):
        gender = _word_gender(m.group("w").lower())
        if gender:
            out.append(_Evidence("own_words", m.group().strip(" ,'’"), gender, offset + m.start("w")))
    return out


def _word_gender(word: str) -> str:
    if word in G.NOT_PARTICIPLES or len(word) < 4:
        return ""
    if word in G.IRREGULAR_PARTICIPLES:
        return "f"
    if word in G.IRREGULAR_PARTICIPLES.values():
        return "m"
    if word.endswith("ée"):
        return "f"
    if word.endswith("é"):
        return "m"
    return ""


def _participle(clause: str) -> tuple[str, str, int] | None:
    m = _PARTICIPLE.match(clause)
    if not m:
        return None
    word = m.group("w")
    gender = _word_gender(word)
    if m.group("aux") and word in G.DECLARING_PARTICIPLES:
        # "s'est dit satisfaite": the adjective decides
        nxt = m.group("next")
        gender = _word_gender(nxt) if nxt else ""
        if gender:
            return clause[m.start("w") : m.end("next")], gender, m.start("w")
        return None
    if not gender:
        return None
    if m.group("comma") and word in ROLE_NOUNS:
        return None  # a role noun, read as agreement
    return clause[m.start("w") : m.end("w")], gender, m.start("w")


def text_gender(text: str, start: int, end: int) -> list[tuple[GenderEvidenceKind, str, Gender]]:
    """Evidence of gender next to the name at ``text[start:end]``: titles, agreeing role
    nouns and participles, as ``(kind, evidence text, gender)`` in text order.

    >>> text_gender("Selon la ministre Marie Dupont, interrogée lundi.", 18, 30)
    [('agreement', 'la ministre', 'female'), ('participle', 'interrogée', 'female')]
    """
    evidence = sorted(_before(text, start) + _after(text, start, end), key=lambda e: e.position)
    return [(e.code, e.text, _FULL[e.gender]) for e in evidence]


def _mention_evidence(text: str, mention: Mention, cue: Mention | None) -> _Evidence | None:
    """Evidence of a speaker mention the attribution resolved to the person: a pronoun
    ("elle", "-t-il"), a title ("M. Dupont") or a role description ("la présidente")."""
    raw = mention.text.strip()
    low = _norm(raw)
    bare = low.lstrip("-").removeprefix("t-")
    gender = PRONOUN_GENDER.get(low) or PRONOUN_GENDER.get(bare) or G.REFERRING_WORDS.get(low, "")
    if gender:
        if bare in {"ils", "elles", "eux"}:
            return None
        start, end = mention.start, mention.end
        while start > 0 and raw.startswith("-") and not text[start - 1].isspace():
            start -= 1  # the verb the clitic is glued to: "a-t-elle", "confie-t-il"
        if cue is not None and 0 <= cue.start - end <= 3:
            end = cue.end  # "a-t-elle assuré"
        elif cue is not None and 0 <= start - cue.end <= 3:
            start = cue.start
        shown = text[start:end]
        return _Evidence("pronoun", shown, gender, mention.start)
    words = [t for t, _, _ in _tokens(raw)]
    if words and words[0] in TITLES and TITLES[words[0]]:
        return _Evidence("title", words[0], TITLES[words[0]], mention.start)
    if len(words) >= 2 and _norm(words[0]) in G.DETERMINER_GENDER | {"l'": ""}:
        i = 1
        while i < len(words) - 1 and (
            _norm(words[i]) in G.MODIFIER_GENDER or _norm(words[i]) in ROLE_MODIFIERS
        ):
            i += 1
        n = 2 if i + 1 < len(words) and _role_head(words, i + 1) == 2 else _role_head(words, i)
        if n:
            found = _role_gender(words, i, n)
            if found:
                shown = " ".join(words[: i + n])
                return _Evidence("role", shown, found[0], mention.start)
    return None


# --------------------------------------------------------------- the decision


_INTRODUCED = re.compile(r"\s*,\s*(?:(?P<age>\d+\s*ans)\b|(?P<w>[\w'’-]+)(?:\s+(?P<w2>[\w'’-]+))?)")


def _introduced_by_given_name(text: str, mention: Mention) -> bool:
    """Whether a one-word name is introduced as a given name: followed by an age or a
    role ("Mohammed, 45 ans, …", "Paulette, retraitée", "Ibrahim, artisan boucher")."""
    m = _INTRODUCED.match(text, mention.end, mention.end + 80)
    if not m:
        return False
    if m.group("age"):
        return True
    words = [m.group("w"), m.group("w2") or ""]
    return any(_norm(w) in ROLE_NOUNS for w in words) or (
        _norm(words[0]) in ("un", "une") and _norm(words[1]) in ROLE_NOUNS
    )


def _decide(
    evidence: Iterable[_Evidence], name: str, given_alone: bool = False
) -> tuple[Gender | None, str | None]:
    ev = sorted(evidence, key=lambda e: (_RANK[e.kind], e.position))
    given = _given_name(name) or (name if given_alone else None)
    lexicon = first_name_gender(given) if given else None
    for tier in (_STRONG, frozenset({"pronoun", "role", "own_words"})):
        items = [e for e in ev if e.kind in tier]
        if not items:
            continue
        votes = {"f": 0, "m": 0}
        for e in items:
            votes[e.gender] += _WEIGHT[e.kind]
        win, lose = ("f", "m") if votes["f"] > votes["m"] else ("m", "f")
        if votes[win] < 2 * votes[lose] or votes[win] == 0:
            return None, None  # the text contradicts itself
        if tier is not _STRONG and lexicon is not None and lexicon != _FULL[win]:
            return None, None  # attribution and the given name disagree
        best = next(e for e in items if e.gender == win)
        return _FULL[win], f"{best.code}:{best.text}"
    if lexicon is not None:
        return lexicon, f"first_name:{given}"
    return None, None


# ------------------------------------------------------------------ corpus keys


def corpus_key(name: str) -> str:
    """A name folded for counting across articles.

    >>> corpus_key("Élisabeth  Borne") == corpus_key("elisabeth borne")
    True
    """
    return fold(name)


def _surname_keys(persons: list[Person]) -> dict[str, str]:
    """One-word key -> full key, for surnames that end exactly one full name."""
    by_surname: dict[str, set[str]] = {}
    for p in persons:
        key = fold(p.name)
        parts = key.split()
        if len(parts) > 1:
            by_surname.setdefault(parts[-1], set()).add(key)
    return {s: next(iter(keys)) for s, keys in by_surname.items() if len(keys) == 1}


# -------------------------------------------------------------------- records


def assign_genders(record: ArticleRecord, text: str) -> None:
    """Fill ``gender``, ``gender_evidence`` and ``corpus_key`` of the record's persons and
    speakers, in place.  `text` is the string the record's offsets refer to."""
    surnames = _surname_keys(record.persons)

    def key_of(name: str) -> str:
        k = fold(name)
        return surnames.get(k, k) if len(k.split()) == 1 else k

    person_of: dict[str, Person] = {}
    for p in record.persons:
        p.corpus_key = key_of(p.name)
        for form in (p.name, *p.aliases):
            person_of.setdefault(fold(form), p)
    by_id = {p.id: p for p in record.persons}

    def person_for(sp: Speaker) -> Person | None:
        if sp.entity_id is not None and sp.entity_id in by_id:
            return by_id[sp.entity_id]
        return person_of.get(fold(sp.name))

    evidence: dict[int, list[_Evidence]] = {}  # id(person or speaker) -> evidence
    for p in record.persons:
        ev = evidence.setdefault(id(p), [])
        for m in p.mentions:
            ev += _before(text, m.start) + _after(text, m.start, m.end)
    speakers = [sp for sp in record.speakers if sp.type == "person"]
    holder: dict[str, Person | Speaker] = {}
    for sp in speakers:
        owner: Person | Speaker = person_for(sp) or sp
        holder[sp.id] = owner
        ev = evidence.setdefault(id(owner), [])
        if owner is sp:
            for m in sp.mentions:
                if fold(m.text).endswith(fold(sp.name)):
                    ev += _before(text, m.end - len(sp.name)) + _after(text, m.start, m.end)
    seen: set[tuple[int, int]] = set()
    for q in record.quotes:
        if q.speaker_id not in holder:
            continue
        if q.kind != "indirect":
            evidence[id(holder[q.speaker_id])] += _own_words(text[q.start : q.end], q.start)
        if q.speaker_mention is None:
            continue
        m = q.speaker_mention
        if (m.start, m.end) in seen:
            continue
        seen.add((m.start, m.end))
        found = _mention_evidence(text, m, q.cue_mention)
        if found is not None:
            evidence[id(holder[q.speaker_id])].append(found)

    decided: dict[int, tuple[Gender | None, str | None]] = {}
    for p in record.persons:
        alone = len(p.name.split()) == 1 and any(_introduced_by_given_name(text, m) for m in p.mentions)
        decided[id(p)] = _decide(evidence.get(id(p), []), p.name, alone)
        p.gender, p.gender_evidence = decided[id(p)]
    for sp in record.speakers:
        if sp.type != "person":
            sp.gender, sp.gender_evidence = None, None
            sp.corpus_key = fold(sp.name) if sp.type == "organization" else None
            continue
        owner = holder[sp.id]
        if id(owner) not in decided:
            decided[id(owner)] = _decide(evidence.get(id(owner), []), sp.name)
        sp.gender, sp.gender_evidence = decided[id(owner)]
        sp.corpus_key = owner.corpus_key if isinstance(owner, Person) else key_of(sp.name)
