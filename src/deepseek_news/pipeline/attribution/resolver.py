"""Speaker resolution: a mention (a name, a surname, a pronoun, a role description such as
"le patron d'OpenAI") to one speaker key per real person or organization."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterator
from itertools import chain, islice

from spacy.tokens import Doc

from ...gender import first_name_gender
from ...lang.fr.function_words import (
    DEFINITE_ARTICLES,
    DEMONSTRATIVE_DETERMINERS,
    OF_PREPOSITIONS,
    PLURAL_DETERMINERS,
    SINGULAR_DEFINITE_ARTICLES,
    SINGULAR_INDEFINITE_ARTICLES,
    SPECIFIC_SINGULAR_DETERMINERS,
)
from ...lang.fr.pronouns import (
    FEMININE_DETERMINERS,
    FIRST_PERSON,
    IMPERSONAL_AFTER_IL,
    LATEST_MENTIONED,
    MASCULINE_DETERMINERS,
    RELATIVE_SUBJECTS,
    SPEAKER_PRONOUNS,
)
from ...lang.fr.reporting_verbs import REPORTING_VERBS
from ...lang.fr.roles import (
    AGENT_NOUN_SUFFIXES,
    BACK_REFERENCE_HEADS,
    BODY_OF_ROLE,
    BODY_SYNONYMS,
    DEFINITE_DETERMINERS,
    DOCUMENT_HEADS,
    FEMININE_PERSON_SUFFIXES,
    GROUP_HEADS,
    INDEFINITE_DETERMINERS,
    PERSON_NOUN_SUFFIXES,
    ROLE_NOUNS,
    SOURCE_HEADS,
    STAFF_HEADS,
    UNNAMED_HEADS,
)
from ...lang.fr.sources import VOICE_PHRASES
from ...lang.fr.titles import GENDERED_PERSON_NOUNS, NAME_PARTICLES
from .._sources import ON_PREPOSITIONS, ON_SOURCE_BEFORE
from .._spans import items
from .._syntax import fold, noun_phrase, pronoun_gender
from .._syntax import low as low_token
from .antecedents import COMPLEMENT_DEPS, antecedent, unknown_name_or_group
from .descriptions import (
    apposition_start,
    collective_head,
    document_head,
    introduces_name,
    role_fit,
    role_head,
    role_modifiers,
    without_article,
)
from .model import _CONTINUATION_CHARS, ORGS_KEY, PERSONS_KEY, _Ent, _SpeakerInfo

# parts of speech of a noun phrase's last word, and the functions that link it to the
# phrase's head ("la rédaction de Splann": nmod; "le procureur Vincent Edel": appos, flat)
# an acronym or a short precision in parentheses after a mention ("la cheffe des députés
# LFI (La France insoumise), Mathilde Panot"); the complement a mention may stop before
# ("le premier adjoint| à la maire de Paris, Emmanuel Grégoire"): no punctuation, no
# quotation mark, at most 60 characters; what may follow a name in apposition
_PARENTHESIS = re.compile(r"[ \u00a0]*\([^()\n]{1,40}\)")
_COMPLEMENT_STRETCH = re.compile(r"[^,.;:!?«»\"()\n]{1,60}(?=,)")
_APPOSITION_CLOSE = re.compile(r"[ \u00a0]*(?:[,.;:)»\"!?]|$)")
# "L'ONU, par la voix de son porte-parole, Jane Doe, a déploré": the person speaking for
# the body named before (the voice phrases of lang/fr/sources.py, de/du/des elided or not)
_VOICE = re.compile(
    r"[ \u00a0]*,?[ \u00a0]*(?:"
    + "|".join(
        re.escape(p).replace("'", "['’]") + ("['’]?" if p.endswith(" de") else "") for p in VOICE_PHRASES
    )
    + r")[ \u00a0]*"
)
# "explique-t-on à l'Élysée" (after the mention) and "Du côté de la CGT, on dénonce"
# (opening the sentence before it)
_ON_AFTER = re.compile(rf"[ \u00a0]*,?[ \u00a0]*(?:{ON_PREPOSITIONS})[ \u00a0]*(?<=[ \u00a0'’])")
_VOICE_END = re.compile(r"[^,.;:!?«»\n]{2,80}")
_GENDER_LETTER = {"female": "f", "male": "m"}
# "la même source", "de même source": the source quoted just before, whatever its words
_SAME = re.compile(r"(?<!\w)même(?!\w)")
_SAME_SOURCE = re.compile(r"[ \u00a0]*,?[ \u00a0]*(?:de|selon)(?: la)? même source")
# labels of the parser's entity recognizer that rule a name out as a person
_NOT_PERSON_LABELS = frozenset({"ORG"})
_NOMINAL = frozenset({"NOUN", "PROPN"})
_NOUN_PHRASE_DEPS = frozenset({"nmod", "appos", "flat:name", "flat", "amod", "fixed", "compound"})
_NOUN_MODIFIER_DEPS = frozenset({"det", "det:poss", "nmod:poss", "amod", "nummod"})


class _Resolver:
    """Resolves speaker mentions (names, pronouns, role descriptions) to speaker keys."""

    def __init__(
        self,
        doc: Doc,
        text: str,
        quoted: list[tuple[int, int]] | None = None,
        marked: list[tuple[int, int]] | None = None,
    ) -> None:
        self.doc = doc
        # the quotations in marks: words inside them never name the speaker
        self.marked = sorted(marked or [])
        self.marked_starts = [q[0] for q in self.marked]
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
        self.registered = 0  # persons before this index already have a speaker entry
        self._by_head: dict[str, tuple[list[int], list[str]]] = {}
        self._persons_by_word: dict[str, tuple[list[int], list[str]]] = {}
        attrs = doc.spans[PERSONS_KEY].attrs if PERSONS_KEY in doc.spans else {}
        self.person_roles: dict[str, list[str]] = dict(attrs.get("roles", {}))
        self.person_gender: dict[str, str] = {k: v or "" for k, v in attrs.get("gender", {}).items()}
        self.speakers: dict[str, _SpeakerInfo] = {}
        # (char offset, speaker key, gender) of every resolved mention, for pronouns; kept sorted
        self.history: list[tuple[int, str, str]] = []
        # (char offset, speaker key) of every resolved mention, whatever its kind; kept sorted
        self.resolved: list[tuple[int, str]] = []

    # -- entities ------------------------------------------------------------
    @property
    def low(self) -> str:
        if self._low is None:
            low = fold(self.text)
            if len(low) != len(self.text):  # "İ" lowercases to two characters: keep offsets
                low = "".join(
                    c if len(c) == 1 else o for c, o in zip(map(fold, self.text), self.text, strict=True)
                )
            self._low = low
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

    def person(self, name: str) -> str:
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
                self._name_gender(name),
            )
        return key

    def _name_gender(self, name: str) -> str:
        """The gender of the person `name`: from the text, else from the first-name lexicon
        ("a-t-elle ajouté" never refers to "Loïc Bernier"); "" when unknown."""
        info = self.speakers.get(f"person:{name}")
        if info is not None:
            return info.gender
        gender = self.person_gender.get(name, "")
        words = name.split()
        if not gender and len(words) >= 2:
            gender = _GENDER_LETTER.get(first_name_gender(words[0]) or "", "")
        return gender

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
        key, factor = self._resolve(start, end, at)
        if key is not None:
            insort(self.resolved, (start, key))
        return key, factor

    def _resolve(self, start: int, end: int, at: int) -> tuple[str | None, float]:
        text = self.text[start:end]
        head_words, _, last = text.rstrip().rpartition(" ")
        if (
            head_words
            and last.isalpha()
            and last.islower()
            and f"{fold(last)}r" in REPORTING_VERBS
            and fold(last) not in ROLE_NOUNS
            and self.text[end : end + 3].lstrip(" \u00a0").startswith(":")
        ):
            # "Le Soir titre : « … »": the verb the parser took for a noun of the subject
            end = start + len(head_words.rstrip())
            text = self.text[start:end]
        low = fold(text).strip()
        i = bisect_right(self.marked_starts, start) - 1
        if i >= 0 and start < self.marked[i][1]:
            return None, 0.0  # "« Deux corps sans vie » ont été retrouvés": words of a quotation
        for synonym in BODY_SYNONYMS.get(low, ()):
            # "l'exécutif" after "le gouvernement": the speaker the earlier phrase is
            found_at = self._earlier_phrase(synonym, start)
            if found_at is not None:
                return self.resolve(found_at, found_at + len(synonym), at)
        voice = _VOICE.match(self.low, end)
        if voice is not None:
            phrase = _VOICE_END.match(self.text, voice.end())
            if phrase is not None:
                key, factor = self.resolve(voice.end(), phrase.end(), at)
                if key is not None:
                    return key, factor
        inside = self.ents_in(start, end, "person")
        people = [p for p in inside if not self._complement_of_role(start, p)]
        complements = {p.name for p in inside if p not in people}  # "le fils de Paul Roux"
        described = not people
        people = people or self._apposition(end)
        if people:
            key = self.person(people[0].name)
            if described:
                # "l'imam de la mosquée, Yassin E." -> a later "l'imam" is Yassin E.
                role = without_article(" ".join(text.split()))
                info = self.speakers[key]
                if role and role.lower() != info.name.lower() and role not in info.roles:
                    info.roles.append(role[:1].lower() + role[1:] if not role[:2].isupper() else role)
            insort(self.history, (start, key, self.gender_of(key)))
            return key, 1.0
        initials = self._by_initials(text.strip(), start)
        if initials is not None:  # "« TP »" for Tony Parker
            insort(self.history, (start, initials, self.gender_of(initials)))
            return initials, 0.8
        words = low.replace("'", "' ").split()
        if not words:
            return None, 0.0
        if words[0] in DEFINITE_ARTICLES and role_head(words)[0] is None:
            apposed = self._org_in_apposition(end)
            if apposed is not None:  # "le gestionnaire du réseau français, RTE, a fait savoir"
                key = self._org(apposed)
                insort(self.history, (start, key, ""))
                return key, 0.9
        if low.lstrip("-").removeprefix("t-") == "on":
            return self._on_source(start, end, at)
        if low in FIRST_PERSON or words[0] in FIRST_PERSON:
            return None, 0.0
        if low in RELATIVE_SUBJECTS:
            # "la rédaction de X, qui précise que…": the noun phrase the relative stands for
            antecedent_np = self._relative_antecedent(start)
            if antecedent_np is None or antecedent_np[1] > start:
                return None, 0.0
            key, factor = self.resolve(antecedent_np[0], antecedent_np[1], at)
            return key, factor * 0.9
        if low in LATEST_MENTIONED:
            # "Ce dernier a livré son diagnostic": the latest person-like phrase before
            latest = self._latest_mentioned(start, *LATEST_MENTIONED[low])
            if latest is None:
                return None, 0.0
            key, factor = self.resolve(latest[0], latest[1], at)
            if key is None:
                key, factor = self._unnamed(self.text[latest[0] : latest[1]], LATEST_MENTIONED[low][0]), 0.7
            return key, factor * 0.9
        pron_gender = pronoun_gender(low)
        after = fold(self.text[end : end + 12]).split()
        if low == "il" and after and after[0] in IMPERSONAL_AFTER_IL:
            return None, 0.0  # "Il s'agit de « … »", "il faut": an impersonal il
        if low.lstrip("-").replace("t-", "") in SPEAKER_PRONOUNS:
            found = antecedent(self, start, pron_gender)
            if found is not None:
                insort(self.history, (start, found, self.gender_of(found)))
                return found, 0.9
            # no person or speaker before: the latest person-like phrase ("la procureure a
            # requis trois ans. « … », a-t-elle déclaré")
            bare = low.lstrip("-").replace("t-", "")
            latest = self._latest_mentioned(
                start, pron_gender, "plur" if bare in {"ils", "elles", "eux"} else "sing"
            )
            if latest is not None:
                key, factor = self.resolve(*latest, at)
                if key is None:
                    key, factor = self._unnamed(self.text[latest[0] : latest[1]], pron_gender), 0.7
                return key, factor * 0.8
            return None, 0.0
        orgs = self.ents_in(start, end, "organization")
        head, det = role_head(words)
        if head is not None and det in DEFINITE_ARTICLES:
            named = self._name_after_role(end, start)  # "le commandant Guy des marins-pompiers"
            if named:
                key = self.person(named[0].name)
                insort(self.history, (start, key, self.gender_of(key)))
                return key, 0.9
        if head is None and orgs and (orgs[0].start <= start + 4 or self._kind_before_name(start, orgs[0])):
            key = self._org(orgs[0].name)
            insort(self.history, (start, key, ""))
            return key, 1.0
        collective = collective_head(words) if head is None else None
        if collective in DOCUMENT_HEADS and det in DEFINITE_DETERMINERS and not orgs:
            # "conclut le communiqué" after "ont précisé les pompiers dans un communiqué":
            # a statement speaks for its signatory
            signatory = self._signatory(collective, start)
            if signatory is not None:
                insort(self.history, (start, signatory, self.gender_of(signatory)))
                return signatory, 0.8
        if collective is not None:
            org_name = self._collective(collective, text, det, orgs, start)
            if org_name is not None:
                key = self._org(org_name)
                insort(self.history, (start, key, ""))
                return key, 0.8
        if head is None:
            rest = words[1:] if det else []
            if det in SINGULAR_DEFINITE_ARTICLES and len(rest) == 1 and text.split()[-1][:1].isupper():
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
        if det in DEMONSTRATIVE_DETERMINERS and head in UNNAMED_HEADS and head not in SOURCE_HEADS:
            # "ce proche" after "un proche du ministre"; else "cette spécialiste" is the
            # person named before (below)
            earlier = self._earlier_unnamed(head, start)
            if earlier is not None:
                insort(self.history, (start, earlier, self.gender_of(earlier)))
                return earlier, 0.8
        if (
            det in INDEFINITE_DETERMINERS
            or head in SOURCE_HEADS
            or (
                head in UNNAMED_HEADS and det not in SPECIFIC_SINGULAR_DETERMINERS | DEMONSTRATIVE_DETERMINERS
            )
        ):
            if det not in INDEFINITE_DETERMINERS:
                # "cette source", "la même source", "ce proche": the source described before
                earlier = self._earlier_unnamed(head, start) or (
                    self._earlier_unnamed(head, start, any_head=True)
                    if head in SOURCE_HEADS and _SAME.search(low)
                    else None
                )
                if earlier is not None:
                    insort(self.history, (start, earlier, self.gender_of(earlier)))
                    return earlier, 0.8
            desc = " ".join(text.split())
            key = f"unnamed:{desc.lower()}"
            self.speakers.setdefault(
                key, _SpeakerInfo(key, desc[:1].lower() + desc[1:], "unnamed", org, [], gender)
            )
            if det in SINGULAR_INDEFINITE_ARTICLES:  # "Un porte-parole de X a estimé… Il a rappelé que…"
                insort(self.history, (start, key, gender))
            return key, 0.9
        # a definite role description: the person with that role, else the latest compatible one
        role_text = " ".join(text.split())
        # "ce gérant d'un supermarché": a complement with an indefinite article introduces
        # someone new, who is only a known person if a known role fits
        new_referent = any(
            w in SINGULAR_INDEFINITE_ARTICLES and words[k - 1] in OF_PREPOSITIONS
            for k, w in enumerate(words)
            if k > 0
        )
        # a spokesperson, an expert, a source ("l'attaché de presse du club") is a known
        # person only when a known role fits, never merely the latest person named
        # "le jeune homme", "la femme": a person's sex is no role, the latest person fits
        bare_person = (
            f"{words[1]} {head}" if len(words) > 2 and words[2] == head else head
        ) in GENDERED_PERSON_NOUNS and not any(w in OF_PREPOSITIONS for w in words[1:])
        role_key = self._by_role(
            head,
            words,
            org,
            gender,
            start,
            known_only=new_referent or (head in UNNAMED_HEADS and det not in DEMONSTRATIVE_DETERMINERS),
            not_names=complements,
            any_role=bare_person,
        )
        if role_key is not None:
            key = role_key
            info = self.speakers[key]
            clean = role_text[:1].lower() + role_text[1:]
            clean = without_article(clean)
            if clean not in info.roles and clean.lower() != info.name.lower() and not bare_person:
                info.roles.append(clean)
            insort(self.history, (start, key, info.gender))
            return key, 0.8
        desc = role_text[:1].lower() + role_text[1:]
        key = f"unnamed:{desc.lower()}"
        self.speakers.setdefault(key, _SpeakerInfo(key, desc, "unnamed", org, [], gender))
        insort(self.history, (start, key, gender))
        return key, 0.6

    def _complement_of_role(self, start: int, person: _Ent) -> bool:
        """Whether the person named in a mention starting at `start` is the complement of the
        role that opens it ("l'avocate de Yassin E.", "le fils de Paul Roux"): the role's
        holder speaks, not the person."""
        before = fold(self.text[start : person.start]).replace("'", "' ").split()
        while before and before[-1] in DEFINITE_ARTICLES:
            before.pop()
        if not before or before[-1] not in OF_PREPOSITIONS:
            return False
        head, _ = role_head(before[:-1])
        return head is not None

    def _on_source(self, start: int, end: int, at: int) -> tuple[str | None, float]:
        """The place an impersonal "on" speaks from ("explique-t-on à l'Élysée", "Du côté
        de la CGT, on dénonce"), or (None, 0.0): "on" alone names no one."""
        if _SAME_SOURCE.match(self.low, end):
            # "ajoute-t-on de même source": the unnamed source quoted just before
            earlier = self._earlier_unnamed("source", start, any_head=True)
            if earlier is not None:
                return earlier, 0.8
        after = _ON_AFTER.match(self.low, end)
        if after is not None:
            phrase = _VOICE_END.match(self.text, after.end())
            if phrase is not None:
                clean = " ".join(phrase.group().split())
                if self.low[after.start() : after.end()].strip(" ,\u00a0").startswith("de source"):
                    return self._unnamed("source " + clean), 0.8  # "de source policière"
                key, factor = self.resolve(after.end(), after.end() + len(phrase.group().rstrip()), at)
                if key is None and clean[:1].isupper():
                    key, factor = self._org(clean.removeprefix("l'").removeprefix("l’")), 0.7
                if key is not None:
                    return key, factor * 0.9
        line_start = max(self.text.rfind("\n", 0, start) + 1, start - 120)
        before = ON_SOURCE_BEFORE.search(self.low[line_start:start])
        if before is not None:
            s0 = line_start + before.start(1)
            key, factor = self.resolve(s0, s0 + len(before.group(1).rstrip()), at)
            if key is not None:
                return key, factor * 0.9
        return None, 0.0

    def _relative_antecedent(self, start: int) -> tuple[int, int] | None:
        """Offsets of the noun phrase a relative pronoun at `start` stands for: the phrase
        right before it (over a comma), from its head noun's first word to its last word
        ("la rédaction de X, qui", "le procureur Vincent Edel, qui")."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None:
            return None
        sent_start = span[0].sent.start
        i = span[0].i - 1
        while i >= sent_start and self.doc[i].is_punct:
            i -= 1
        if i < sent_start or self.doc[i].pos_ not in _NOMINAL:
            return None
        last = root = self.doc[i]
        while root.dep_ in _NOUN_PHRASE_DEPS and root.head.i < root.i and root.head.pos_ in _NOMINAL:
            root = root.head
        first = root.i
        while (
            first - 1 >= sent_start
            and self.doc[first - 1].head.i == root.i
            and self.doc[first - 1].dep_ in _NOUN_MODIFIER_DEPS
        ):
            first -= 1
        return self.doc[first].idx, last.idx + len(last.text)

    def _unnamed(self, description: str, gender: str = "") -> str:
        """The speaker key of an unnamed source described as `description`."""
        desc = " ".join(description.split())
        desc = desc[:1].lower() + desc[1:]
        key = f"unnamed:{desc.lower()}"
        self.speakers.setdefault(key, _SpeakerInfo(key, desc, "unnamed", None, [], gender))
        return key

    def _latest_mentioned(self, start: int, gender: str, number: str) -> tuple[int, int] | None:
        """Offsets of what "ce dernier" (of that gender and number) at `start` stands for:
        the latest person named, or noun phrase headed by a noun naming a person, in the
        same or the previous sentence of the paragraph, outside quotations."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None:
            return None
        # the sentence and the two before it (the parser often cuts one at a quotation
        # mark), within the paragraph
        first = span[0].sent.start
        for _ in range(2):
            if first > 0:
                first = self.doc[first - 1].sent.start
        for i in range(span[0].i - 1, first - 1, -1):
            tok = self.doc[i]
            if "\n" in tok.text or "\n" in tok.whitespace_:
                break  # never across a paragraph
            if self.in_quote(tok.idx):
                continue
            people = self.ents_in(tok.idx, tok.idx + len(tok.text), "person")
            if people:
                g = self.gender_of(self.person(people[0].name))
                if number == "sing" and (not g or not gender or g == gender):
                    return people[0].start, people[0].end
                continue
            if tok.pos_ != "NOUN":
                continue
            word = tok.lower_
            if not (
                word in ROLE_NOUNS
                or word in UNNAMED_HEADS
                or word in GROUP_HEADS
                or word.endswith(AGENT_NOUN_SUFFIXES)
            ):
                continue
            tok_number = "plur" if "Plur" in tok.morph.get("Number", []) else "sing"
            tok_gender = {"Masc": "m", "Fem": "f"}.get(next(iter(tok.morph.get("Gender", [])), ""), "")
            if tok_number != number or (gender and tok_gender and tok_gender != gender):
                continue
            left = tok.i
            while (
                left - 1 >= first
                and self.doc[left - 1].head.i == tok.i
                and self.doc[left - 1].dep_ in _NOUN_MODIFIER_DEPS
            ):
                left -= 1
            return self.doc[left].idx, tok.idx + len(tok.text)
        return None

    def _org_in_apposition(self, end: int) -> str | None:
        """The organization named in apposition right after a description ending at `end`
        ("le gestionnaire du réseau, RTE,"), else None."""
        comma = apposition_start(self.text, end)
        if comma is None:
            return None
        for e in self.ents_in(comma, comma + 1, "organization"):
            if e.start == comma and _APPOSITION_CLOSE.match(self.text, e.end):
                return e.name
        return None

    def _apposition(self, end: int) -> list[_Ent]:
        """A person named in apposition right after the mention: "Sa tête de liste, Arnaud
        Vial,", "la cheffe des députés LFI (La France insoumise), Mathilde Panot", "le
        premier adjoint à la maire de Paris, Emmanuel Grégoire" (the mention may stop
        before its complement), "le commandant Guy" (a role noun before a name); never the
        subject of the next clause ("D'après BFMTV, Gérald Darmanin aurait appelé")."""
        text = self.text
        i = end
        paren = _PARENTHESIS.match(text, i)
        if paren:
            i = paren.end()
        comma = apposition_start(text, i)
        if comma is None:
            # the description goes on after the mention: "le premier adjoint à la maire de
            # Paris, Emmanuel Grégoire"
            stretch = _COMPLEMENT_STRETCH.match(text, i)
            if stretch and stretch.end() > i:
                comma = apposition_start(text, stretch.end())
        if comma is None:
            return self._name_after_role(end)
        for e in self.ents_in(comma, comma + 30, "person"):
            if e.start < comma:
                continue
            # the name itself, or after a determiner and a title: "Son président, le Dr Alain Verdier,"
            if introduces_name(text[comma : e.start]) and _APPOSITION_CLOSE.match(text, e.end):
                return [e]
            return []
        orgs_after = self.ents_in(comma, comma + 1)
        if orgs_after:
            # a person the entity layer typed as an organization, named after a role: "le
            # directeur de l'OMS, Tedros Adhanom Ghebreyesus,"
            e = orgs_after[0]
            described = fold(text[max(0, end - 80) : end]).replace("'", "' ").split()
            if (
                e.start == comma
                and len(e.name.split()) >= 2
                and any(w in ROLE_NOUNS for w in described[-6:])
                and _APPOSITION_CLOSE.match(text, e.end)
            ):
                return [_Ent(e.start, e.end, e.name, "person")]
            return []
        # a name the entity layer did not type: "l'imam de la mosquée, Yassin E.,"
        span = self.doc.char_span(comma, comma + 1, alignment_mode="expand")
        if span is None:
            return []
        i = span[0].i
        stop, words = i, 0
        while stop < len(self.doc) and words < 4:
            tok = self.doc[stop]
            if tok.text[:1].isupper() and tok.pos_ != "PUNCT":
                words += 1
            elif not (tok.text == "-" and not self.doc[stop - 1].whitespace_ and stop > i):
                break  # a hyphen inside a name is kept: "Amélie Oudéa-Castéra"
            stop += 1
        if words < 2 or self.doc[stop - 1].text == "-":
            return []
        if not any(t.pos_ == "PROPN" or t.ent_type_ == "PER" for t in self.doc[i:stop]):
            return []
        name = self.doc[i:stop]
        if not _APPOSITION_CLOSE.match(text, name.end_char) or self.in_quote(name.start_char):
            return []
        return [_Ent(name.start_char, name.end_char, name.text, "person")]

    def _name_after_role(self, end: int, start: int | None = None) -> list[_Ent]:
        """A person named right after a role noun, in the same phrase: "le député X Manuel
        Bompard" (a person the entity layer found), "le commandant Guy" (a capitalized word
        it did not).  The role noun ends the mention, or, with `start`, is a word of the
        mention [start, end)."""
        span = self.doc.char_span(start if start is not None else end - 1, end, alignment_mode="expand")
        if span is None:
            return []
        roles = [t for t in span if fold(t.text) in ROLE_NOUNS]
        if not roles or (start is None and roles[-1].i != span[-1].i) or roles[0].i + 1 >= len(self.doc):
            return []
        last = roles[0]
        nxt = self.doc[last.i + 1]
        if not nxt.text[:1].isupper() or nxt.pos_ not in _NOMINAL or nxt.is_sent_start:
            return []
        people = self.ents_in(nxt.idx, nxt.idx + len(nxt.text), "person")
        if people:
            return people[:1]
        if self.ents_in(nxt.idx, nxt.idx + len(nxt.text)):
            return []  # an organization: "le président Renault" is no name
        stop = nxt.i + 1
        while stop < len(self.doc) and self.doc[stop].text[:1].isupper() and self.doc[stop].pos_ == "PROPN":
            stop += 1
        name = self.doc[nxt.i : stop]
        return [_Ent(name.start_char, name.end_char, name.text, "person")]

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
        if det in DEFINITE_ARTICLES and not after_head:
            named = self._named_by_head(head, start)  # "le ministère" after "le ministère de la Culture"
            if named is not None:
                return named
            headed = self._body_of_holder(head, start)  # "le ministère" after "la ministre de X"
            if headed is not None:
                return headed
        if head in BACK_REFERENCE_HEADS and det in DEFINITE_DETERMINERS:
            return self.orgs[n_before - 1].name if n_before else None
        return None

    def _by_initials(self, text: str, start: int) -> str | None:
        """The person named before `start` whose initials `text` is ("TP" for Tony Parker,
        "DSK" for Dominique Strauss-Kahn): two to four capitals, dots allowed; None if no
        person, or several, fit."""
        letters = text.replace(".", "")
        if not (2 <= len(letters) <= 4 and letters.isalpha() and letters.isupper()):
            return None
        found = {
            e.name
            for e in self.persons[: bisect_left(self.person_starts, start)]
            if "".join(w[0] for w in re.split(r"[\s-]+", e.name) if w[:1].isupper()) == letters
        }
        return self.person(found.pop()) if len(found) == 1 else None

    def _earlier_phrase(self, phrase: str, start: int) -> int | None:
        """Where `phrase` (folded) was last written before `start` outside quotations, as
        whole words; None if nowhere."""
        for m in reversed(list(re.finditer(rf"(?<![\w']){re.escape(phrase)}(?!\w)", self.low[:start]))):
            if not self.in_quote(m.start()):
                return m.start()
        return None

    def _body_of_holder(self, head: str, start: int) -> str | None:
        """The body named after the role of the latest person who holds it ("la ministre de
        la Transition énergétique" -> "ministère de la Transition énergétique"), for a bare
        "le ministère" at `start`; None when no person before has such a role."""
        holders = BODY_OF_ROLE.get(head, ())
        best: tuple[int, str] | None = None
        for name, roles in self._known_roles().items():
            for role in roles:
                noun, _, complement = role.partition(" ")
                first = fold(complement).replace("'", "' ").split()[:1]
                if noun.lower() not in holders or not first or first[0] not in OF_PREPOSITIONS:
                    continue
                if not any(c.isupper() for c in complement):
                    continue
                last = self._last_mention(name, start)
                if 0 <= last < start and (best is None or last > best[0]):
                    best = (last, f"{head} {complement}")
        return best[1] if best is not None else None

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
        if det in DEFINITE_ARTICLES and len(words) == 2:
            # "la rédaction" after "la rédaction de Splann !", "les pompiers" after "les
            # marins-pompiers de Marseille": the fuller description given before
            fuller = self._fuller_description(words[1], start)
            if fuller is not None:
                insort(self.history, (start, fuller, self.gender_of(fuller)))
                return fuller, 0.7
        if det.endswith("'"):
            rest = clean[len(det) :].lstrip()
        else:
            rest = clean.split(" ", 1)[1] if det and " " in clean else clean
        if det in DEFINITE_ARTICLES and rest[:1].isupper() and len(rest.split()) <= 4:
            key = self._org(rest)
            insort(self.history, (start, key, ""))
            return key, 0.7
        # a capitalized name with a lowercase word is an institution, not a person:
        # "Selon Santé publique France"
        lowercase = [w for w in clean.split()[1:] if w[:1].islower() and w not in NAME_PARTICLES]
        if not det and clean[:1].isupper() and lowercase and len(clean.split()) <= 5:
            key = self._org(clean)
            insort(self.history, (start, key, ""))
            return key, 0.7
        if collective_head(words) is not None and det in DEFINITE_ARTICLES:
            # "l'intersyndicale", "les syndicats": a collective the article does not name
            # ("son équipe" refers to someone: the outer cues of the sentence are tried instead)
            key = f"unnamed:{clean.lower()}"
            self.speakers.setdefault(key, _SpeakerInfo(key, clean[:1].lower() + clean[1:], "unnamed"))
            return key, 0.6
        first_word = words[1] if det and len(words) > 1 else words[0]
        if first_word in STAFF_HEADS and orgs:
            # "la rédaction de Splann" speaks as Splann
            key = self._org(orgs[0].name)
            insort(self.history, (start, key, ""))
            return key, 0.8
        found, factor = unknown_name_or_group(self, clean, words, det, orgs, start)
        if found is not None:
            return found, factor
        document = document_head(words, det)
        if document is not None:
            # "La proposition de loi prévoit…": a text speaks for its signatory, else as itself
            signatory = self._signatory(document.split()[0], start) if det in DEFINITE_DETERMINERS else None
            return (signatory, 0.7) if signatory is not None else (self._unnamed(clean), 0.6)
        return self._untyped_subject(clean, det, start)

    def _untyped_subject(self, clean: str, det: str, start: int) -> tuple[str | None, float]:
        """The subject of a reporting verb the entity layer did not type: a capitalized name
        ("a indiqué Savera Mosnier", "selon PeakMetrics": a person when the parser or a
        first name says so, else an organization) or a plural group of people ("les
        parlementaires", "les militaires israéliens")."""
        span = self.doc.char_span(start, start + len(clean), alignment_mode="expand")
        if span is None or not len(span):
            return None, 0.0
        tokens = clean.split()
        if (
            not det
            and 1 <= len(tokens) <= 4
            and all(w[:1].isupper() or w in NAME_PARTICLES for w in tokens)
            # a name by its tag or the entity recognizer, or a capitalized word inside a
            # sentence (a word opening one may be any word: "Lundi")
            and (any(t.pos_ == "PROPN" or t.ent_type_ for t in span) or not span[0].is_sent_start)
        ):
            if len(tokens) >= 2 and not any(t.ent_type_ in _NOT_PERSON_LABELS for t in span):
                key = self.person(clean)
            else:
                key = self._org(clean)
            insort(self.history, (start, key, self.gender_of(key)))
            return key, 0.6
        head = span.root
        if det in PLURAL_DETERMINERS and head.pos_ == "NOUN" and "Plur" in head.morph.get("Number", []):
            return self._unnamed(clean), 0.6
        if (
            det in SINGULAR_DEFINITE_ARTICLES
            and head.pos_ == "NOUN"
            and head.i == span.start + 1
            and head.lower_.endswith(PERSON_NOUN_SUFFIXES)
        ):
            # "le footballeur", "l'agricultrice": a person described by what they do, the
            # latest person named of that gender, else an unnamed speaker
            feminine = det in FEMININE_DETERMINERS or head.lower_.endswith(FEMININE_PERSON_SUFFIXES)
            gender = "f" if feminine else ""
            found = self._by_role(head.lower_, fold(clean).replace("'", "' ").split(), None, gender, start)
            described = found if found is not None else self._unnamed(clean, gender)
            insort(self.history, (start, described, self.gender_of(described)))
            return described, 0.6
        return None, 0.0

    def _known_roles(self) -> dict[str, list[str]]:
        """Every person's roles known so far: given by the entity layer next to the name, or
        by a description already resolved to them."""
        known = {name: list(roles) for name, roles in self.person_roles.items()}
        for info in self.speakers.values():
            if info.type == "person":
                known.setdefault(info.name, [])
                known[info.name].extend(r for r in info.roles if r not in known[info.name])
        return known

    def _last_mention(self, name: str, at: int) -> int:
        """Where the person `name` was last named before `at` (-1 if not before it)."""
        for e in reversed(self.persons[: bisect_left(self.person_starts, at)]):
            if e.name == name:
                return e.start
        return -1

    def _signatory(self, head: str, start: int) -> str | None:
        """The speaker of the sentence before `start` that mentions the document `head`
        ("a annoncé la mairie dans un communiqué"), else None."""
        found = [m.start() for m in re.finditer(rf"(?<![\w']){re.escape(head)}(?!\w)", self.low[:start])]
        for at in reversed(found[-3:]):
            if self.in_quote(at):
                continue
            span = self.doc.char_span(at, at + len(head), alignment_mode="expand")
            if span is None:
                continue
            sent = span[0].sent
            lo = bisect_left(self.resolved, (sent.start_char,))
            hi = bisect_left(self.resolved, (min(sent.end_char, start),))
            speakers = [key for _, key in self.resolved[lo:hi]]
            if speakers:
                return speakers[-1]
        return None

    def _earlier_unnamed(self, head: str, start: int, any_head: bool = False) -> str | None:
        """The latest unnamed speaker resolved before `start` whose description has the head
        noun `head` ("une source proche de l'enquête" for "cette source"), or, with
        `any_head`, whatever its head ("la même source" after "l'entourage du maire");
        else None."""
        for _, key in reversed(self.resolved[: bisect_left(self.resolved, (start,))]):
            info = self.speakers[key]
            if info.type == "unnamed" and (any_head or head in fold(info.name).replace("'", " ").split()):
                return key
        if any_head:
            return None
        # "Une source proche de l'enquête a confirmé l'information. « … », précise cette
        # source": the description introduced it without a quotation of its own
        for m in reversed(list(re.finditer(rf"(?<![\w']){re.escape(head)}(?!\w)", self.low[:start]))):
            if self.in_quote(m.start()):
                continue
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or span.start == 0:
                continue
            det = self.doc[span.start - 1]
            if low_token(det) not in INDEFINITE_DETERMINERS:
                continue
            np_ = noun_phrase(self.doc, det.i, min(len(self.doc), det.i + 12))
            if np_ is None:
                continue
            return self._unnamed(np_.text, ROLE_NOUNS.get(head, ""))
        return None

    def _kind_before_name(self, start: int, org: _Ent) -> bool:
        """Whether only a determiner and lowercase words naming a kind stand between the
        mention's start and the organization's name: "le quotidien régional La Provence",
        "la chaîne d'information BFMTV"."""
        words = self.text[start : org.start].replace("'", "' ").replace("’", "’ ").split()
        return (
            2 <= len(words) <= 5
            and all(w[:1].islower() for w in words)
            and role_head([fold(w) for w in words])[0] is None
        )

    def _fuller_description(self, head: str, start: int) -> str | None:
        """The speaker or organization named before `start` by a longer phrase holding the
        word `head` ("la rédaction de Splann !", "marins-pompiers de Marseille"), else None."""

        def holds(name: str) -> bool:
            words = fold(name).replace("'", " ").replace("-", " ").split()
            return len(words) > 1 and head in words

        low = self.low
        at = low.rfind(f" {head} ", 0, start)
        while at >= 0:
            # "la rédaction de Splann !" before: the organization named after the word
            after = at + len(head) + 2
            for e in self.ents_in(after, after + 40):
                between = low[after : e.start].replace("'", "' ").split()
                if (
                    e.start >= after
                    and between
                    and all(w in OF_PREPOSITIONS or w in DEFINITE_ARTICLES for w in between)
                ):
                    return self._org(e.name) if e.kind == "organization" else self.person(e.name)
                break
            at = low.rfind(f" {head} ", 0, at)
        for info in reversed(list(self.speakers.values())):
            if info.type == "person" or not holds(info.name):
                continue
            at = self.low.find(fold(info.name))
            if 0 <= at < start:
                return info.key
        for e in reversed(self.orgs[: bisect_left(self.org_starts, start)]):
            if holds(e.name):
                return self._org(e.name)
        named = self._named_by_head(head, start)
        return self._org(named) if named is not None else None

    def _named_by_head(self, head: str, start: int) -> str | None:
        """The latest phrase before `start` that names a body by the word `head` and a
        capitalized complement ("le ministère de la Transition énergétique", "les
        marins-pompiers de Marseille"), outside quotations; None if there is none."""
        found = [m.start() for m in re.finditer(rf"(?<![\w']){re.escape(head)}(?!\w)", self.low[:start])]
        for at in reversed(found):
            if self.in_quote(at):
                continue
            span = self.doc.char_span(at, at + len(head), alignment_mode="expand")
            if span is None:
                continue
            tok = span[-1]
            for child in tok.rights:
                if child.dep_ != "nmod" or not any(t.text[:1].isupper() for t in child.subtree):
                    continue
                last = max(t.i for t in child.subtree if not t.is_punct)
                end = self.doc[last].idx + len(self.doc[last].text)
                if end > start or "\n" in self.text[tok.idx : end]:
                    break
                return " ".join(self.text[tok.idx : end].split())
        return None

    def _by_role(
        self,
        head: str,
        words: list[str],
        org: str | None,
        gender: str,
        at: int,
        known_only: bool = False,
        not_names: frozenset[str] | set[str] = frozenset(),
        any_role: bool = False,
    ) -> str | None:
        # 1. the person whose known roles fit the description best: the same organization,
        #    the same head noun and the words that say which role it is ("le président
        #    brésilien" is not the person known as "président ukrainien"); ties go to the
        #    person named last
        modifiers = role_modifiers(words, head)
        excluded: set[str] = set(not_names)
        best: tuple[int, int, str] | None = None
        for name, roles in () if any_role else self._known_roles().items():
            score = 0
            for role in roles:
                fit = role_fit(head, modifiers, role)
                same_org = bool(org) and org is not None and org.lower() in role.lower()
                if fit < 0 and not same_org:
                    excluded.add(name)
                    continue
                score = max(score, max(fit, 0) + (2 if same_org else 0))
            if name in excluded and score < 2:
                continue
            excluded.discard(name)
            if score and gender:
                known = self._name_gender(name)  # (no speaker entry created for a mere candidate)
                if known and known != gender:
                    continue  # "l'élue" is no man, whatever roles fit
            if score >= 2 or (score and not org):
                cand = (score, self._last_mention(name, at), name)
                if best is None or cand[:2] > best[:2]:
                    best = cand
        if best is not None:
            return self.person(best[2])
        if known_only:
            return None
        # 2. the only person the article introduced with that word ("le coureur Paul Roux")
        introduced = self._introduced_person(head, at)
        if introduced is not None and self.speakers[introduced].name not in excluded:
            return introduced
        # 3. the latest person mentioned before, of a compatible gender and not known by
        #    another role of the same kind; in a headline or lead, the first person named
        #    just after
        # lazily: no list of every person before `at` (linear time on long texts)
        candidates = (
            e for e in self._persons_around(at) if not self.in_quote(e.start) and e.name not in excluded
        )
        first = list(islice(candidates, 3))
        # the latest person is only a complement: a recent subject first ("X a devancé Y.
        # « … », a raconté le coureur" -> X)
        recent = [e for e in first if e.start < at and at - e.start < 400]
        preferred: list[_Ent] = []
        if recent and recent[0] is first[0] and self._dep(recent[0]) in COMPLEMENT_DEPS:
            preferred = [e for e in recent if self._dep(e) in {"nsubj", "nsubj:pass"}]
        for e in chain(preferred, first, candidates):
            key = self.person(e.name)
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
        return self.person(before.pop())

    def _persons_around(self, at: int) -> Iterator[_Ent]:
        """Persons mentioned before `at`, latest first, then those within the continuation
        window after it."""
        i = bisect_left(self.person_starts, at)
        yield from reversed(self.persons[:i])
        yield from self.persons[i : bisect_left(self.person_starts, at + _CONTINUATION_CHARS)]
