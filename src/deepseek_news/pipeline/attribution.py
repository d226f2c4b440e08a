"""Component ``dsn_attribution``: the cue and speaker of every quote, and speaker resolution.

For each quotation (``dsn_quotes``) and reported clause (``dsn_indirect``) it
finds what attributes it — a reporting verb before, after or inside the quote,
a colon, "selon X", a dash, a signing sentence ("La phrase, signée X"), or the
continuation of the previous quote — and the words naming the speaker, then
resolves those words (a name, a surname, a pronoun, a role description such as
"le patron d'OpenAI") to one speaker per real person.

Writes ``doc.spans["dsn_cues"]`` and ``doc.spans["dsn_speaker_mentions"]``
(span id = quote id) and ``doc.spans["dsn_speakers"].attrs``: ``"speakers"``
(one plain dict per speaker) and ``"quotes"`` (quote id -> speaker key, cue,
confidence).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain, islice
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..lang.fr.pronouns import FEMININE_DETERMINERS, FIRST_PERSON, MASCULINE_DETERMINERS, SPEAKER_PRONOUNS
from ..lang.fr.reporting_verbs import ATTRIBUTING_NOUNS, SIGNING_PARTICIPLES, SOURCE_PREPOSITIONS
from ..lang.fr.roles import (
    BACK_REFERENCE_HEADS,
    COLLECTIVE_HEADS,
    DEFINITE_DETERMINERS,
    DOCUMENT_HEADS,
    INDEFINITE_DETERMINERS,
    ROLE_NOUNS,
    UNNAMED_HEADS,
)
from ..lang.fr.titles import TITLES
from ..records import Mention, Quote, Speaker
from ._spans import add_span, group, items, require_upstream
from ._syntax import (
    TokenIndex,
    cue_lemma,
    is_pronoun_subject,
    negated,
    noun_phrase,
    pronoun_gender,
    subject_of,
)

CUES_KEY = "dsn_cues"
SPEAKER_MENTIONS_KEY = "dsn_speaker_mentions"
SPEAKERS_KEY = "dsn_speakers"
QUOTES_KEY = "dsn_quotes"
INDIRECT_KEY = "dsn_indirect"
PERSONS_KEY = "dsn_persons"
ORGS_KEY = "dsn_orgs"

# how sure each way of attributing is (before speaker resolution)
CONFIDENCE = {
    "after": 0.95,
    "before": 0.9,
    "colon": 0.85,
    "inside": 0.85,
    "selon": 0.9,
    "dash": 0.85,
    "signature": 0.8,
    "governs": 0.85,
    "continuation": 0.7,
    "interview": 0.75,
    "sentence": 0.5,
    "none": 0.3,
}
_CONTINUATION_CHARS = 600
# functions of a name that make it a complement of someone else's action, not the topic
_COMPLEMENT_DEPS = frozenset({"obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "obj", "iobj"})
_SOURCE_WORDS = frozenset(p for p in SOURCE_PREPOSITIONS if " " not in p)
_NAME_PARTICLES = frozenset({"de", "du", "des", "d'", "la", "le", "van", "von", "der", "di", "da"})
_DETERMINERS = (
    MASCULINE_DETERMINERS | FEMININE_DETERMINERS | INDEFINITE_DETERMINERS | DEFINITE_DETERMINERS | {"leur"}
)


@dataclass
class _Ent:
    start: int
    end: int
    name: str
    kind: str  # "person" | "organization"


@dataclass
class _SpeakerInfo:
    key: str
    name: str
    type: str
    organization: str | None = None
    roles: list[str] = field(default_factory=list)
    gender: str = ""


@dataclass
class _Attr:
    qid: str
    start: int
    end: int
    kind: str
    cue: str | None = None
    cue_span: tuple[int, int] | None = None
    mention: tuple[int, int] | None = None
    speaker: str | None = None
    method: str = "none"
    confidence: float = 0.3
    # other (cue, cue span, mention) readings to try when the mention does not resolve
    fallbacks: list[tuple[str | None, tuple[int, int], tuple[int, int]]] = field(default_factory=list)


class _Resolver:
    """Resolves speaker mentions (names, pronouns, role descriptions) to speaker keys."""

    def __init__(self, doc: Doc, text: str, quoted: list[tuple[int, int]] | None = None) -> None:
        self.doc = doc
        # quotations and reported clauses (start, end), merged where they nest: a person
        # named inside what someone said is no antecedent
        self.quoted: list[tuple[int, int]] = []
        for qs, qe in sorted(quoted or []):
            if self.quoted and qs < self.quoted[-1][1]:
                self.quoted[-1] = (self.quoted[-1][0], max(qe, self.quoted[-1][1]))
            else:
                self.quoted.append((qs, qe))
        self.quoted_starts = [q[0] for q in self.quoted]
        self.text = text  # Doc.text rebuilds the string on every access: read it once
        self._low: str | None = None
        self.ents: list[_Ent] = []
        for key, kind in ((PERSONS_KEY, "person"), (ORGS_KEY, "organization")):
            for _, m in items(doc, key):
                self.ents.append(
                    _Ent(m["start"], m["end"], m.get("name") or text[m["start"] : m["end"]], kind)
                )
        self.ents.sort(key=lambda e: e.start)
        # indexes for lookups by offset (bisect) instead of scans over every entity
        self.starts = [e.start for e in self.ents]
        self.max_len = max((e.end - e.start for e in self.ents), default=0)
        self.persons = [e for e in self.ents if e.kind == "person"]
        self.person_starts = [e.start for e in self.persons]
        self.orgs = [e for e in self.ents if e.kind == "organization"]
        self.org_starts = [e.start for e in self.orgs]
        first_orgs: dict[str, str] = {}
        for e in self.orgs:
            first_orgs.setdefault(e.name, e.name.lower())
        self.org_names = list(first_orgs.items())  # (name, lowercase), in order of first mention
        self._registered = 0  # persons before this index already have a speaker entry
        self._by_head: dict[str, tuple[list[int], list[str]]] = {}
        self._persons_by_word: dict[str, tuple[list[int], list[str]]] = {}
        attrs = doc.spans[PERSONS_KEY].attrs if PERSONS_KEY in doc.spans else {}
        self.person_roles: dict[str, list[str]] = dict(attrs.get("roles", {}))
        self.person_gender: dict[str, str] = {k: v or "" for k, v in attrs.get("gender", {}).items()}
        self.speakers: dict[str, _SpeakerInfo] = {}
        # (char offset, speaker key, gender) of every resolved mention, for pronouns; kept sorted
        self.history: list[tuple[int, str, str]] = []

    # -- entities ------------------------------------------------------------
    @property
    def low(self) -> str:
        if self._low is None:
            self._low = self.text.lower()
        return self._low

    def ents_in(self, start: int, end: int, kind: str | None = None) -> list[_Ent]:
        """Entities overlapping [start, end), in text order."""
        lo = bisect_left(self.starts, start - self.max_len)
        hi = bisect_left(self.starts, end)
        return [e for e in self.ents[lo:hi] if start < e.end and (kind is None or e.kind == kind)]

    def in_quote(self, at: int) -> bool:
        """Whether the offset `at` lies inside a quotation."""
        i = bisect_right(self.quoted_starts, at) - 1
        return i >= 0 and at < self.quoted[i][1]

    def gender_of(self, key: str) -> str:
        info = self.speakers.get(key)
        return info.gender if info else ""

    def _person(self, name: str) -> str:
        key = f"person:{name}"
        if key not in self.speakers:
            org = None
            for role in self.person_roles.get(name, []):
                org = org or self._org_in_text(role)
            self.speakers[key] = _SpeakerInfo(
                key,
                name,
                "person",
                org,
                list(self.person_roles.get(name, [])),
                self.person_gender.get(name, ""),
            )
        return key

    def _org(self, name: str) -> str:
        key = f"organization:{name}"
        self.speakers.setdefault(key, _SpeakerInfo(key, name, "organization", name))
        return key

    def _org_in_text(self, text: str) -> str | None:
        low = text.lower()
        for name, name_low in self.org_names:
            if name_low in low:
                return name
        return None

    # -- resolution ----------------------------------------------------------
    def resolve(self, start: int, end: int, at: int) -> tuple[str | None, float]:
        """Speaker key for the mention [start, end) and a confidence factor."""
        text = self.text[start:end]
        low = text.lower().strip()
        people = self.ents_in(start, end, "person") or self._apposition(end)
        if people:
            key = self._person(people[0].name)
            insort(self.history, (start, key, self.gender_of(key)))
            return key, 1.0
        words = low.replace("'", "' ").split()
        if not words:
            return None, 0.0
        if low in FIRST_PERSON or words[0] in FIRST_PERSON:
            return None, 0.0
        pron_gender = pronoun_gender(low)
        if low.lstrip("-").replace("t-", "") in SPEAKER_PRONOUNS:
            found = self._antecedent(start, pron_gender)
            if found is not None:
                insort(self.history, (start, found, self.gender_of(found)))
                return found, 0.9
            return None, 0.0
        orgs = self.ents_in(start, end, "organization")
        head, det = self._role_head(words)
        if head is None and orgs and orgs[0].start <= start + 4:
            key = self._org(orgs[0].name)
            insort(self.history, (start, key, ""))
            return key, 1.0
        collective = self._collective_head(words) if head is None else None
        if collective is not None:
            org_name = self._collective(collective, text, det, orgs, start)
            if org_name is not None:
                key = self._org(org_name)
                insort(self.history, (start, key, ""))
                return key, 0.8
        if head is None:
            rest = words[1:] if det else []
            if det in {"le", "la", "l'"} and len(rest) == 1 and text.split()[-1][:1].isupper():
                # "a estimé le Danois": the person introduced as "le Danois Mads Lindgren"
                introduced = self._introduced_person(rest[0], start)
                if introduced is not None:
                    insort(self.history, (start, introduced, self.gender_of(introduced)))
                    return introduced, 0.8
            return self._fallback(text, words, det, orgs, start)
        gender = ROLE_NOUNS.get(head, "") or (
            "f" if det in FEMININE_DETERMINERS else "m" if det in MASCULINE_DETERMINERS else ""
        )
        org = orgs[0].name if orgs else None
        if (
            det in INDEFINITE_DETERMINERS
            or head in {"source", "sources"}
            or (head in UNNAMED_HEADS and det not in {"le", "la", "l'", "son", "sa"})
        ):
            desc = " ".join(text.split())
            key = f"unnamed:{desc.lower()}"
            self.speakers.setdefault(
                key, _SpeakerInfo(key, desc[:1].lower() + desc[1:], "unnamed", org, [], gender)
            )
            if det in {"un", "une"}:  # "Un porte-parole de X a estimé… Il a rappelé que…"
                insort(self.history, (start, key, gender))
            return key, 0.9
        # a definite role description: the person with that role, else the latest compatible one
        role_text = " ".join(text.split())
        role_key = self._by_role(head, org, gender, start)
        if role_key is not None:
            key = role_key
            info = self.speakers[key]
            clean = role_text[:1].lower() + role_text[1:]
            for prefix in ("le ", "la ", "l'", "les "):
                if clean.startswith(prefix):
                    clean = clean[len(prefix) :]
                    break
            if clean not in info.roles and clean.lower() != info.name.lower():
                info.roles.append(clean)
            insort(self.history, (start, key, info.gender))
            return key, 0.8
        desc = role_text[:1].lower() + role_text[1:]
        key = f"unnamed:{desc.lower()}"
        self.speakers.setdefault(key, _SpeakerInfo(key, desc, "unnamed", org, [], gender))
        insort(self.history, (start, key, gender))
        return key, 0.6

    def _apposition(self, end: int) -> list[_Ent]:
        """A person named in apposition right after the mention: "Sa tête de liste, Arnaud Vial,"."""
        text = self.text
        i = _ws_skip(text, end)
        if i >= len(text) or text[i] != ",":
            return []
        i = _ws_skip(text, i + 1)
        for e in self.ents_in(i, i + 30, "person"):
            if e.start < i:
                continue
            # the name itself, or after a determiner and a title: "Son président, le Dr Alain Verdier,"
            between = text[i : e.start].replace("'", "' ").split()
            if len(between) <= 3 and all(w.lower() in _DETERMINERS or w in TITLES for w in between):
                return [e]
            break
        return []

    @staticmethod
    def _collective_head(words: list[str]) -> str | None:
        """The collective noun heading a description ("la direction de la SNCF" -> "direction")."""
        first = 1 if words and words[0] in _DETERMINERS else 0
        for w in words[first : first + 2]:
            if w in COLLECTIVE_HEADS:
                return w
        return None

    def _collective(self, head: str, text: str, det: str, orgs: list[_Ent], start: int) -> str | None:
        """The organization a collective description designates, or None."""
        if orgs:
            return orgs[0].name  # "la direction de la SNCF", "une étude de l'OCDE"
        if head in DOCUMENT_HEADS:
            return None
        clean = " ".join(text.split()).strip(" ,")
        rest = clean.split(" ", 1)[1] if det and " " in clean and not det.endswith("'") else clean
        if det.endswith("'"):
            rest = clean[len(det) :].lstrip()
        after_head = rest.split(" ", 1)[1] if " " in rest else ""
        if any(c.isupper() for c in after_head):
            return rest  # an institution named by its description: "le ministère de la Santé"
        n_before = bisect_left(self.org_starts, start)
        starts, names = self._introduced(head)
        k = bisect_left(starts, start)
        if k:
            return names[k - 1]
        if head in BACK_REFERENCE_HEADS and det in DEFINITE_DETERMINERS:
            return self.orgs[n_before - 1].name if n_before else None
        return None

    def _introduced(self, head: str) -> tuple[list[int], list[str]]:
        """Offsets and names of the organizations introduced with a collective word ("la
        start-up chinoise Kestrel AI") or named by it ("la préfecture de la Vienne"), in
        text order; computed once per word."""
        if head not in self._by_head:
            low = self.low
            found = [
                e
                for e in self.orgs
                if head in low[max(0, e.start - 40) : e.start].replace("'", "' ").split()
                or e.name.lower().split(" ", 1)[0] == head
            ]
            self._by_head[head] = ([e.start for e in found], [e.name for e in found])
        return self._by_head[head]

    def _fallback(
        self, text: str, words: list[str], det: str, orgs: list[_Ent], start: int
    ) -> tuple[str | None, float]:
        """A phrase that names nobody known: an unnamed source ("un contrôleur de la
        SNCF") or an organization the entity layer missed ("La Fnaim")."""
        clean = " ".join(text.split()).strip(" ,")
        if det in INDEFINITE_DETERMINERS and len(words) >= 2:
            org = orgs[0].name if orgs else None
            key = f"unnamed:{clean.lower()}"
            self.speakers.setdefault(key, _SpeakerInfo(key, clean[:1].lower() + clean[1:], "unnamed", org))
            return key, 0.8
        if det.endswith("'"):
            rest = clean[len(det) :].lstrip()
        else:
            rest = clean.split(" ", 1)[1] if det and " " in clean else clean
        if det in {"le", "la", "l'", "les"} and rest[:1].isupper() and len(rest.split()) <= 4:
            key = self._org(rest)
            insort(self.history, (start, key, ""))
            return key, 0.7
        # a capitalized name with a lowercase word is an institution, not a person:
        # "Selon Santé publique France"
        lowercase = [w for w in clean.split()[1:] if w[:1].islower() and w not in _NAME_PARTICLES]
        if not det and clean[:1].isupper() and lowercase and len(clean.split()) <= 5:
            key = self._org(clean)
            insort(self.history, (start, key, ""))
            return key, 0.7
        if self._collective_head(words) is not None and det in {"le", "la", "l'", "les"}:
            # "l'intersyndicale", "les syndicats": a collective the article does not name
            # ("son équipe" refers to someone: the outer cues of the sentence are tried instead)
            key = f"unnamed:{clean.lower()}"
            self.speakers.setdefault(key, _SpeakerInfo(key, clean[:1].lower() + clean[1:], "unnamed"))
            return key, 0.6
        return None, 0.0

    @staticmethod
    def _role_head(words: list[str]) -> tuple[str | None, str]:
        det = ""
        for i, w in enumerate(words[:4]):
            if i == 0 and w in MASCULINE_DETERMINERS | FEMININE_DETERMINERS | INDEFINITE_DETERMINERS | {
                "l'",
                "les",
            }:
                det = w
                continue
            for n in (3, 2, 1):
                cand = " ".join(words[i : i + n])
                if cand in ROLE_NOUNS or cand in UNNAMED_HEADS:
                    return cand, det
        return None, det

    def _by_role(self, head: str, org: str | None, gender: str, at: int) -> str | None:
        # 1. a person whose known roles name the same organization or head noun
        best: tuple[int, str] | None = None
        for name, roles in self.person_roles.items():
            for role in roles:
                r = role.lower()
                score = 0
                if org and org.lower() in r:
                    score += 2
                if head in r.split() or head in r:
                    score += 1
                if score and (best is None or score > best[0]):
                    best = (score, name)
        if best is not None and (best[0] >= 2 or not org):
            return self._person(best[1])
        # 2. a speaker already described this way
        for key, info in self.speakers.items():
            if (
                info.type == "person"
                and any(head in r.lower() for r in info.roles)
                and (not org or any(org.lower() in r.lower() for r in info.roles))
            ):
                return key
        # 2b. the only person the article introduced with that word ("le coureur Paul Roux")
        introduced = self._introduced_person(head, at)
        if introduced is not None:
            return introduced
        # 3. the latest person mentioned before, of a compatible gender; in a
        #    headline or lead, the first person named just after
        # lazily: no list of every person before `at` (linear time on long texts)
        candidates = (e for e in self._persons_around(at) if not self.in_quote(e.start))
        first = list(islice(candidates, 3))
        # the latest person is only a complement: a recent subject first ("X a devancé Y.
        # « … », a raconté le coureur" -> X)
        recent = [e for e in first if e.start < at and at - e.start < 400]
        preferred: list[_Ent] = []
        if recent and recent[0] is first[0] and self._dep(recent[0]) in _COMPLEMENT_DEPS:
            preferred = [e for e in recent if self._dep(e) in {"nsubj", "nsubj:pass"}]
        for e in chain(preferred, first, candidates):
            key = self._person(e.name)
            g = self.gender_of(key)
            if not gender or not g or g == gender:
                return key
        return None

    def _dep(self, e: _Ent) -> str:
        """The syntactic function of the person's name in its clause (through appositions)."""
        span = self.doc.char_span(e.start, e.end, alignment_mode="expand")
        if span is None:
            return ""
        root = span.root
        while root.dep_ in {"appos", "flat:name", "flat"} and root.head is not root:
            root = root.head
        return str(root.dep_)

    def _introduced_person(self, word: str, at: int) -> str | None:
        """The speaker key of the one person introduced before `at` with `word` just before
        the name ("le Danois Mads Lindgren", "la navigatrice Anne Caseneuve"), else None."""
        if word not in self._persons_by_word:
            low = self.low
            found = [
                e
                for e in self.persons
                if word in low[max(0, e.start - 30) : e.start].replace("'", "' ").split()[-3:]
            ]
            self._persons_by_word[word] = ([e.start for e in found], [e.name for e in found])
        starts, names = self._persons_by_word[word]
        before = set(names[: bisect_left(starts, at)])
        if len(before) != 1:
            return None
        return self._person(before.pop())

    def _persons_around(self, at: int) -> Iterator[_Ent]:
        """Persons mentioned before `at`, latest first, then those within the continuation
        window after it."""
        i = bisect_left(self.person_starts, at)
        yield from reversed(self.persons[:i])
        yield from self.persons[i : bisect_left(self.person_starts, at + _CONTINUATION_CHARS)]

    def _antecedent(self, at: int, gender: str) -> str | None:
        """The latest speaker or person before `at` (resolved mentions and person entities,
        latest first) of a compatible gender."""
        n_persons = bisect_left(self.person_starts, at)
        for e in self.persons[self._registered : n_persons]:
            self._person(e.name)  # every person before `at` gets a speaker entry, in text order
        self._registered = max(self._registered, n_persons)
        h = bisect_left(self.history, (at,)) - 1
        p = n_persons - 1
        while h >= 0 or p >= 0:
            ph = f"person:{self.persons[p].name}" if p >= 0 else ""
            if h >= 0 and (p < 0 or self.history[h][:2] >= (self.persons[p].start, ph)):
                key = self.history[h][1]
                h -= 1
            else:
                key = ph
                p -= 1
                if self.in_quote(self.persons[p + 1].start):
                    continue  # "« On déshabille Pierre pour habiller Paul », a-t-il dit"
            info = self.speakers[key]
            if info.type == "organization":
                continue
            g = info.gender
            if not gender or not g or g == gender:
                return key
        return None


def _sent_of(doc: Doc, tok: Token) -> Span:
    return tok.sent


def _ws_skip(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \u00a0":
        i += 1
    return i


class Attribution:
    def __call__(self, doc: Doc) -> Doc:
        require_upstream(doc, "dsn_attribution")
        for key in (CUES_KEY, SPEAKER_MENTIONS_KEY, SPEAKERS_KEY):
            group(doc, key)
        idx = TokenIndex(doc)
        text = doc.text
        quotes = [(qid, m) for qid, m in items(doc, QUOTES_KEY)]
        indirect = [(rid, m) for rid, m in items(doc, INDIRECT_KEY)]
        res = _Resolver(doc, text, [(m["start"], m["end"]) for _, m in quotes + indirect])
        todo: list[tuple[int, str, dict[str, Any], str]] = [
            (m["start"], qid, m, "quote") for qid, m in quotes
        ]
        todo += [(m["start"], rid, m, "indirect") for rid, m in indirect]
        todo.sort(key=lambda t: t[0])
        # an interview laid out question / answer: the answers are the person the
        # article introduced before the first of them
        first_answer = min((m["start"] for _, m in quotes if m.get("interview")), default=None)
        interviewee = res._antecedent(first_answer, "") if first_answer is not None else None
        done: list[_Attr] = []
        for _, qid, m, what in todo:
            a = _Attr(qid, m["start"], m["end"], m["label"])
            if what == "quote" and m.get("interview") and interviewee is not None:
                a.speaker, a.cue, a.method = interviewee, "interview", "interview"
            elif what == "quote":
                self._attribute_quote(doc, text, idx, m, a, done)
            else:
                if "cue_start" in m:
                    a.cue, a.cue_span = m["cue"], (m["cue_start"], m["cue_end"])
                if "subject_start" in m:
                    a.mention, a.method = (
                        (m["subject_start"], m["subject_end"]),
                        ("selon" if m["cue"] == "selon" else "governs"),
                    )
                else:
                    self._continue(a, done, subjectless=True)
            if a.mention is not None:
                ms, me = self._expand_mention(doc, idx, *a.mention)
                a.mention = (ms, me)
                a.speaker, factor = res.resolve(ms, me, a.start)
                for cue, cue_span, mention in a.fallbacks:
                    if a.speaker is not None:
                        break
                    ms, me = self._expand_mention(doc, idx, *mention)
                    speaker, factor = res.resolve(ms, me, a.start)
                    if speaker is not None:
                        a.speaker, a.cue, a.cue_span, a.mention = speaker, cue, cue_span, (ms, me)
                a.confidence = CONFIDENCE.get(a.method, 0.5) * (factor if a.speaker else 0.5)
            elif a.speaker is not None:
                a.confidence = CONFIDENCE.get(a.method, 0.5)
            else:
                a.confidence = CONFIDENCE["none"]
            if a.speaker is None and a.kind == "partial" and self._inside_report(a, done):
                a.confidence = CONFIDENCE["governs"]
            done.append(a)
        self._echoes(text, done)
        self._write(doc, res, done)
        return doc

    @staticmethod
    def _inside_report(a: _Attr, done: list[_Attr]) -> bool:
        """Quoted words with no speaker of their own inside a reported clause take the clause's
        speaker: "…, précisant que la direction n'était « en rien concernée »"."""
        for prev in reversed(done[-4:]):
            if prev.kind == "indirect" and prev.start <= a.start and a.end <= prev.end and prev.speaker:
                a.speaker, a.method = prev.speaker, "governs"
                return True
        return False

    @staticmethod
    def _echoes(text: str, done: list[_Attr]) -> None:
        """A quotation without a speaker (a headline, a recap) whose words an
        attributed quotation of the article repeats gets that speaker."""

        def norm(a: _Attr) -> str:
            return " ".join(text[a.start : a.end].lower().replace("’", "'").strip(" .!?…").split())

        attributed = [(norm(b), b) for b in done if b.speaker is not None and b.kind != "indirect"]
        for a in done:
            if a.speaker is not None or a.kind == "indirect":
                continue
            words = norm(a)
            if len(words) < 4:
                continue
            for other, b in attributed:
                if b is not a and (words in other or (len(other) >= 12 and other in words)):
                    a.speaker, a.method, a.cue = b.speaker, "echo", a.cue or "echo"
                    a.confidence = 0.6
                    break

    # -- finding cues --------------------------------------------------------
    def _attribute_quote(
        self, doc: Doc, text: str, idx: TokenIndex, m: dict[str, Any], a: _Attr, done: list[_Attr]
    ) -> None:
        open_tok = doc[idx.at(m["open_at"])]
        close_tok = doc[idx.at(m["close_at"])] if m["close_at"] < len(text) else doc[-1]
        sent_end = self._sentence_end(doc, close_tok)
        content = text[m["start"] : m["end"]].rstrip()
        nxt = doc[close_tok.i + 1] if close_tok.i + 1 < len(doc) else None
        if content[-1:] in {".", "!", "?", "…"} and (nxt is None or nxt.text not in {",", "—", "–", "-"}):
            sent_end = close_tok.i + 1  # « Phrase entière. » Next sentence.
        sent_start = self._sentence_start(doc, open_tok)
        if self._after(doc, close_tok.i + 1, sent_end, a):
            return
        if self._before(doc, sent_start, open_tok.i, a):
            return
        if m["label"] == "direct" and self._inside(doc, idx, m, a):
            return
        if self._governs(doc, sent_start, sent_end, open_tok, close_tok, a):
            return
        if m["label"] == "direct" and self._signature(doc, sent_end, a):
            return
        self._continue(a, done, subjectless=False)

    @staticmethod
    def _sentence_end(doc: Doc, close_tok: Token) -> int:
        """End (exclusive) of the sentence a closing mark belongs to, by punctuation."""
        i = close_tok.i + 1
        while i < len(doc):
            t = doc[i]
            if "\n" in t.text or t.text in {".", "!", "?", "…", "«", "“"}:
                return i
            i += 1
        return len(doc)

    @staticmethod
    def _sentence_start(doc: Doc, open_tok: Token) -> int:
        i = open_tok.i - 1
        while i >= 0:
            t = doc[i]
            if "\n" in t.text or t.text in {".", "!", "?", "…", "»", "”"}:
                return i + 1
            i -= 1
        return 0

    def _after(self, doc: Doc, i: int, end: int, a: _Attr) -> bool:
        """« … », affirme-t-il / a lancé le ministre / — X / , selon X."""
        while i < end and (doc[i].is_punct and doc[i].text in {",", ")"}):
            i += 1
        if i >= end:
            return False
        t = doc[i]
        if t.text in {"—", "–", "-"} and i + 1 < end:
            np_ = noun_phrase(doc, i + 1, end)
            if np_ is not None and any(x.pos_ in {"PROPN", "NOUN"} for x in np_):
                a.cue, a.cue_span, a.mention, a.method = (
                    "dash",
                    (t.idx, t.idx + 1),
                    (np_.start_char, np_.end_char),
                    "dash",
                )
                return True
            return False
        # "…, selon X" anywhere later in the sentence
        for k in range(i, end):
            x = doc[k]
            source = x.lower_ in _SOURCE_WORDS and (k == i or doc[k - 1].text == ",")
            # "d'après X", in two tokens
            source = source or (
                x.lower_ == "après"
                and k > i
                and doc[k - 1].lower_ in {"d'", "d’"}
                and (k - 1 == i or doc[k - 2].text == ",")
            )
            if source:
                np_ = noun_phrase(doc, k + 1, end)
                if np_ is not None and doc[k + 1].lower_ not in {
                    "lequel",
                    "laquelle",
                    "lesquels",
                    "lesquelles",
                }:
                    a.cue, a.cue_span, a.method = "selon", (x.idx, x.idx + len(x)), "selon"
                    a.mention = (np_.start_char, np_.end_char)
                    return True
        # up to: aux, inverted clitic, adverbs, then the verb
        j = i
        limit = min(end, i + 5)
        verb: Token | None = None
        clitic: Token | None = None
        while j < limit:
            x = doc[j]
            if x.lower_.startswith("-") and len(x.text) > 1:
                clitic = x
            elif cue_lemma(x) and x.pos_ != "AUX":
                verb = x
                break
            elif x.pos_ in {"AUX", "ADV", "PRON"} or x.lower_ in {"t", "-t"}:
                pass
            else:
                break
            j += 1
        if verb is None or negated(verb):
            return False
        lemma = cue_lemma(verb)
        a.cue, a.cue_span = lemma, (verb.idx, verb.idx + len(verb))
        a.method = "after"
        # clitic after the verb ("affirme-t-il") or between aux and verb ("a-t-il dit")
        k = verb.i + 1
        while k < end and k < verb.i + 3 and doc[k].lower_ in {"-t", "t", "-t-"}:
            k += 1
        if k < end and doc[k].lower_.startswith("-") and len(doc[k].text) > 2:
            clitic = doc[k]
        if clitic is not None:
            a.mention = (clitic.idx, clitic.idx + len(clitic))
            return True
        # the speaker comes after the whole cue: "a fait savoir un porte-parole de X"
        after_cue = verb.i + 1 + (len(lemma.split()) - 1 if lemma else 0)
        np_ = noun_phrase(doc, after_cue, end)
        if np_ is not None and not all(x.pos_ in {"ADV", "ADP", "DET"} for x in np_):
            a.mention = (np_.start_char, np_.end_char)
            return True
        subj = subject_of(verb)
        if subj is not None and not a.start <= subj.idx < a.end:  # never a word of the quote itself
            a.mention = (subj.idx, subj.idx + len(subj))
            return True
        a.method = "after"
        return True  # cue found, speaker unknown

    def _before(self, doc: Doc, start: int, open_i: int, a: _Attr) -> bool:
        """X a déclaré : « … » / Le ministre : « … » / Selon X, « … »."""
        if open_i <= start:
            return False
        j = open_i - 1
        while j >= start and doc[j].is_space:
            j -= 1
        if j < start:
            return False
        prev = doc[j]
        if prev.text == ":":
            lead = doc[start:j]
            cue_tok = next((t for t in reversed(lead) if cue_lemma(t) and t.pos_ in {"VERB"}), None)
            if cue_tok is not None and not negated(cue_tok):
                a.cue, a.cue_span, a.method = (
                    cue_lemma(cue_tok),
                    (cue_tok.idx, cue_tok.idx + len(cue_tok)),
                    "before",
                )
                subj = subject_of(cue_tok)
                if subj is not None:
                    a.mention = (subj.idx, subj.idx + len(subj))
                return True
            if 0 < len(lead) <= 14:
                k = start
                for t in lead:  # a live-feed time stamp or a dash before the speaker
                    if t.text in {"–", "—", "-"}:
                        k = t.i + 1
                if doc[k].lower_ in _SOURCE_WORDS | {"pour"}:
                    k += 1
                np_ = noun_phrase(doc, k, j + 1) or doc[k:j]
                persons = [t for t in lead if t.ent_type_ == "PER"]
                if persons and not np_.text.strip():
                    np_ = doc[persons[0].i : persons[-1].i + 1]
                a.cue, a.cue_span, a.method = "colon", (prev.idx, prev.idx + 1), "colon"
                a.mention = (np_.start_char, np_.end_char)
                return True
            return False
        # "Selon X, « … »"
        lead_words = [t.lower_ for t in doc[start:open_i]]
        if lead_words and lead_words[0] in _SOURCE_WORDS | {"pour"}:
            src = noun_phrase(doc, start + 1, open_i)
            if src is not None:
                np_ = src
                t = doc[start]
                a.cue, a.cue_span, a.method = "selon", (t.idx, t.idx + len(t)), "selon"
                a.mention = (np_.start_char, np_.end_char)
                return True
        return False

    def _inside(self, doc: Doc, idx: TokenIndex, m: dict[str, Any], a: _Attr) -> bool:
        """« …, dit-elle. … »: an incise inside the quotation."""
        first, last = idx.at(m["start"]), idx.at(max(m["start"], m["end"] - 1))
        for t in doc[first : last + 1]:
            if t.text != "," or t.i + 2 > last:
                continue
            verb = doc[t.i + 1]
            k = t.i + 2
            if verb.pos_ == "AUX" and k <= last:
                verb, k = doc[k], k + 1
            lemma = cue_lemma(verb)
            if lemma is None or k > last:
                continue
            clitic = doc[k]
            while clitic.lower_ in {"-t", "t"} and clitic.i < last:
                clitic = doc[clitic.i + 1]
            if clitic.lower_.startswith("-") and len(clitic.text) > 2 and clitic.i + 1 <= last + 1:
                nxt = doc[clitic.i + 1] if clitic.i + 1 < len(doc) else None
                if nxt is None or nxt.is_punct:
                    a.cue, a.cue_span, a.method = lemma, (verb.idx, verb.idx + len(verb)), "inside"
                    a.mention = (clitic.idx, clitic.idx + len(clitic))
                    return True
        return False

    def _governs(self, doc: Doc, start: int, end: int, open_tok: Token, close_tok: Token, a: _Attr) -> bool:
        """A reporting verb of the sentence whose clause holds the quotation
        (the closest before it first, then outer ones, then one after it)."""
        before: list[Token] = []
        after: list[Token] = []
        for t in doc[start:end]:
            if open_tok.i <= t.i <= close_tok.i:
                continue
            if cue_lemma(t) is None or t.pos_ not in {"VERB"} or negated(t):
                continue
            (before if t.i < open_tok.i else after).append(t)
        readings: list[tuple[str | None, tuple[int, int], tuple[int, int] | None]] = []
        for cue_tok in [*reversed(before), *after[:1]]:
            mention: tuple[int, int] | None = None
            subj = subject_of(cue_tok)
            if subj is not None:
                mention = (subj.idx, subj.idx + len(subj))
            elif cue_tok.i > close_tok.i:
                np_ = noun_phrase(doc, cue_tok.i + 1, end)
                if np_ is not None:
                    mention = (np_.start_char, np_.end_char)
            readings.append((cue_lemma(cue_tok), (cue_tok.idx, cue_tok.idx + len(cue_tok)), mention))
        if not readings:
            return False
        a.method = "governs"
        a.cue, a.cue_span, a.mention = readings[0]
        a.fallbacks = [(c, cs, m) for c, cs, m in readings[1:] if m is not None]
        return True

    def _signature(self, doc: Doc, sent_end: int, a: _Attr) -> bool:
        """« … » La phrase, signée X / prononcée … par X / Le message de X …"""
        i = sent_end
        while i < len(doc) and (doc[i].is_punct or doc[i].is_space):
            i += 1
        window = doc[i : min(len(doc), i + 16)]
        if len(window) < 2 or window[0].lower_ not in {
            "la",
            "le",
            "ce",
            "cette",
            "ces",
            "les",
            "l'",
            "un",
            "une",
        }:
            return False
        if window[1].lower_ not in ATTRIBUTING_NOUNS:
            return False
        signed = False
        for t in window[2:]:
            if t.text in {".", "!", "?"}:
                break
            if t.lower_ in SIGNING_PARTICIPLES:
                signed = True
                if t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN":
                    np_ = noun_phrase(doc, t.i + 1, min(len(doc), t.i + 6))
                else:
                    continue
            elif (signed and t.lower_ == "par") or (t.i == window[2].i and t.lower_ in {"de", "du"}):
                np_ = noun_phrase(doc, t.i + 1, min(len(doc), t.i + 6))
            else:
                continue
            if np_ is not None and any(x.pos_ == "PROPN" for x in np_):
                a.cue, a.cue_span, a.method = "signature", (t.idx, t.idx + len(t)), "signature"
                a.mention = (np_.start_char, np_.end_char)
                return True
        return False

    @staticmethod
    def _continue(a: _Attr, done: list[_Attr], *, subjectless: bool) -> None:
        """No cue of its own: the previous quote's speaker when it is close."""
        for prev in reversed(done):
            if a.start - prev.end > _CONTINUATION_CHARS:
                return  # stop at the window's edge: no scan back over the whole text
            if prev.speaker is None:
                continue
            a.speaker, a.cue, a.method = prev.speaker, "continuation", "continuation"
            return

    @staticmethod
    def _expand_mention(doc: Doc, idx: TokenIndex, start: int, end: int) -> tuple[int, int]:
        """From a subject token to its noun phrase ("patron" -> "Le patron d'OpenAI")."""
        tok = doc[idx.at(start)]
        if end - start > len(tok.text) or is_pronoun_subject(tok) or tok.lower_.startswith("-"):
            return start, end
        left = tok.i
        # a name the parser took for the subject in "un porte-parole de France Nature Environnement"
        k = tok.i
        while k > 0 and (doc[k - 1].pos_ == "PROPN" or doc[k - 1].is_title):
            k -= 1
        # ... or "le leader de l'équipe Nordvik": a collective noun before the name
        j = k - 1
        if j >= 1 and doc[j].lower_ in COLLECTIVE_HEADS:
            j -= 1
            if j >= 1 and doc[j].pos_ == "DET":
                j -= 1
        if (
            (tok.pos_ == "PROPN" or tok.is_title)
            and j >= 1
            and doc[j].lower_ in {"de", "du", "d'", "d’", "des"}
            and (doc[j - 1].lower_ in ROLE_NOUNS or doc[j - 1].lower_ in UNNAMED_HEADS)
        ):
            left = j - 1
            if left > 0 and doc[left - 1].pos_ == "DET":
                left -= 1
            last = tok.i
            while last + 1 < len(doc) and (doc[last + 1].pos_ == "PROPN" or doc[last + 1].is_title):
                last += 1
            return doc[left].idx, doc[last].idx + len(doc[last])
        for c in tok.lefts:
            if c.dep_ in {"det", "amod", "nummod", "flat:name", "compound"} and not c.is_punct:
                left = min(left, c.left_edge.i)
        right = tok.i
        for c in tok.rights:
            if c.dep_ in {"flat:name", "amod", "nmod", "appos", "compound", "conj"} and not c.is_punct:
                # stop at a relative clause or at a comma-separated apposition boundary
                stop = c.right_edge.i
                for k in range(tok.i + 1, stop + 1):
                    if doc[k].text in {",", "(", "«"} or doc[k].lower_ in {"qui", "que", "dont"}:
                        stop = k - 1
                        break
                    if doc[k].pos_ in {"VERB", "AUX"}:
                        stop = k - 1
                        break
                right = max(right, stop)
            elif c.is_punct or c.dep_ in {"acl", "acl:relcl"}:
                break
        # an apposition after a comma: "Le PDG d'OpenAI, Sam Altman, a salué"
        for c in tok.rights:
            if c.dep_ == "appos" and c.pos_ in {"PROPN", "NOUN", "X"}:
                last = max([c.i, *[g.i for g in c.children if g.dep_ in {"flat:name", "flat"}]])
                right = max(right, last)
        span = doc[left : right + 1]
        return span.start_char, span.end_char

    # -- output --------------------------------------------------------------
    @staticmethod
    def _write(doc: Doc, res: _Resolver, done: list[_Attr]) -> None:
        table: dict[str, Any] = {}
        used: set[str] = set()
        mentions: dict[str, list[list[int]]] = {}
        for a in done:
            if a.cue_span is not None:
                add_span(doc, CUES_KEY, *a.cue_span, "CUE", a.qid, cue=a.cue)
            if a.mention is not None:
                add_span(doc, SPEAKER_MENTIONS_KEY, *a.mention, "SPEAKER", a.qid, speaker=a.speaker)
            table[a.qid] = {
                "speaker": a.speaker,
                "cue": a.cue,
                "confidence": round(a.confidence, 3),
                "method": a.method,
            }
            if a.speaker:
                used.add(a.speaker)
                if a.mention is not None:
                    mentions.setdefault(a.speaker, []).append(list(a.mention))
        speakers = [
            {
                "key": s.key,
                "name": s.name,
                "type": s.type,
                "organization": s.organization,
                "roles": s.roles,
                "gender": s.gender,
                "mentions": mentions.get(s.key, []),
            }
            for s in res.speakers.values()
            if s.key in used
        ]
        grp = doc.spans[SPEAKERS_KEY]
        grp.attrs["speakers"] = speakers
        grp.attrs["quotes"] = table


@Language.factory(
    "dsn_attribution",
    assigns=["doc.spans"],
    requires=["token.dep", "token.lemma", "token.pos", "doc.sents"],
)
def make_attribution(nlp: Language, name: str) -> Attribution:
    return Attribution()


def records_from_doc(doc: Doc) -> tuple[list[Quote], list[Speaker]]:
    """Quotes (direct, partial, indirect) and their speakers, doc-relative offsets."""
    text = doc.text
    attrs = doc.spans[SPEAKERS_KEY].attrs if SPEAKERS_KEY in doc.spans else {}
    table: dict[str, Any] = attrs.get("quotes", {})
    speakers: list[Speaker] = []
    ids: dict[str, str] = {}
    for i, s in enumerate(attrs.get("speakers", []), 1):
        sid = f"s{i}"
        ids[s["key"]] = sid
        speakers.append(
            Speaker(
                id=sid,
                name=s["name"],
                type=s["type"],
                organization=s["organization"],
                roles=list(s["roles"]),
                mentions=[Mention(start=a, end=b, text=text[a:b]) for a, b in s["mentions"]],
            )
        )
    names = {s["key"]: s["name"] for s in attrs.get("speakers", [])}
    cues = {qid: (m["start"], m["end"]) for qid, m in items(doc, CUES_KEY)}
    mentions = {qid: (m["start"], m["end"]) for qid, m in items(doc, SPEAKER_MENTIONS_KEY)}
    quotes: list[Quote] = []
    for key in (QUOTES_KEY, INDIRECT_KEY):
        for qid, m in items(doc, key):
            row = table.get(qid, {})
            skey = row.get("speaker")
            cue = cues.get(qid)
            men = mentions.get(qid)
            quotes.append(
                Quote(
                    id=qid,
                    text=text[m["start"] : m["end"]],
                    start=m["start"],
                    end=m["end"],
                    kind=m["label"],
                    speaker=names.get(skey) if skey else None,
                    speaker_id=ids.get(skey) if skey else None,
                    cue=row.get("cue"),
                    confidence=row.get("confidence", 0.3),
                    cue_mention=Mention(start=cue[0], end=cue[1], text=text[cue[0] : cue[1]])
                    if cue
                    else None,
                    speaker_mention=Mention(start=men[0], end=men[1], text=text[men[0] : men[1]])
                    if men
                    else None,
                )
            )
    return quotes, speakers
