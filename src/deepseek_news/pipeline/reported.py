"""Component ``dsn_reported``: indirect (reported) speech.

Writes ``doc.spans["dsn_indirect"]``, label ``indirect``: the clause governed
by a reporting verb ("X a déclaré que <clause>", "a dit espérer que <clause>",
"affirmant que <clause>", "a promis de <infinitive clause>"), "selon X,
<clause>" and postposed incises without quote marks ("<clause>, a déclaré le
ministre.").  Meta: ``cue`` (lemma), ``cue_start``/``cue_end``, and
``subject_start``/``subject_end`` for the token that names the speaker when
the sentence has one (the attribution component resolves it).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable
from itertools import accumulate

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..lang.fr.function_words import (
    CLAUSE_COORDINATORS,
    COMPLEMENTIZERS,
    DEMONSTRATIVE_CE,
    GERUND_WORDS,
    INFINITIVE_MARKERS,
    NEGATION_PARTICLES,
    PREPOSITIONAL_RELATIVES,
    REPORT_COORDINATORS,
)
from ..lang.fr.pronouns import FIRST_PERSON, NEGATION_WORDS, NP_STOP_WORDS, SPEAKER_PRONOUNS
from ..lang.fr.punctuation import NUMBER_SIGNS, QUOTE_PAIRS
from ..lang.fr.reporting_verbs import (
    ATTITUDE_VERBS,
    CONJUNCTION_HEADS,
    DATA_SOURCES,
    INCISE_ADJUNCTS,
    INCISE_PREPOSITIONS,
    INFINITIVE_CUES,
    LEADING_CONNECTORS,
    NON_SPEAKER_SUBJECTS,
    NON_SPEECH_GOVERNORS,
    NOT_REPORTING,
    OBJECT_THEN_QUE,
    OPINION_VERBS,
    REQUEST_VERBS,
    SOURCE_ADVERBS,
)
from ..lang.fr.roles import COLLECTIVE_HEADS, ROLE_NOUNS
from ..lang.fr.time_words import TIME_NOUNS, WEEKDAYS
from ._sources import SOURCES, VIEWS, phrase_at
from ._spans import add_span, group, items, require_upstream
from ._syntax import (
    cue_lemma,
    glued_period,
    hypothetical,
    is_pronoun_subject,
    low,
    negated,
    noun_phrase,
    sentences,
    subject_of,
)

KEY = "dsn_indirect"
QUOTES_KEY = "dsn_quotes"
ENGLISH_KEY = "dsn_english"

# object pronouns that open an infinitive complement ("disent se sentir", "assure l'avoir vu")
_CLITICS = {"se", "s'", "s’", "le", "la", "les", "l'", "l’", "lui", "leur", "y", "en"}
_CLAUSE_BREAKS = {";"}
# what may stand between a clause's last word and the closing mark of a quotation
_CLOSING_TAIL = frozenset(" \u00a0\u202f.!?…") | frozenset(QUOTE_PAIRS.values())
_COORDINATORS = {"et", "mais", "puis"}
# connectors as token sequences, longest first: "de son côté" before "de"
_CONNECTOR_FORMS = sorted((tuple(c.split()) for c in LEADING_CONNECTORS), key=len, reverse=True)


class _Intervals:
    """Character intervals with bisect lookups: a long text holds thousands of quotes, and
    every token is tested against them."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.spans = sorted(spans)
        self._index()

    def _index(self) -> None:
        self.starts = [s for s, _ in self.spans]
        self.reach = list(accumulate((e for _, e in self.spans), max))  # furthest end so far

    def add(self, start: int, end: int) -> None:
        if not self.spans or (start, end) >= self.spans[-1]:  # in text order: no re-indexing
            self.spans.append((start, end))
            self.starts.append(start)
            self.reach.append(max(end, self.reach[-1]) if self.reach else end)
            return
        insort(self.spans, (start, end))
        self._index()

    def contains(self, i: int) -> bool:
        """Some interval holds offset `i`."""
        k = bisect_right(self.starts, i)
        return k > 0 and self.reach[k - 1] > i

    def overlaps(self, start: int, end: int) -> bool:
        """Some interval overlaps [start, end)."""
        k = bisect_left(self.starts, end)
        return k > 0 and self.reach[k - 1] > start

    def covers(self, start: int, end: int) -> bool:
        """Some interval covers [start, end), two characters of slack on each side."""
        k = bisect_right(self.starts, start + 2)
        return k > 0 and self.reach[k - 1] >= end - 2

    def matches(self, start: int, end: int, reach: int) -> bool:
        """Some interval starts at `start` and ends between `end` and `reach`, two
        characters of slack on each side."""
        lo, hi = bisect_left(self.starts, start - 2), bisect_right(self.starts, start + 2)
        return any(end - 2 <= e <= reach + 2 for _, e in self.spans[lo:hi])

    def starts_in(self, start: int, end: int) -> bool:
        """Some interval starts inside [start, end)."""
        return bisect_left(self.starts, start) < bisect_left(self.starts, end)

    def straddles(self, start: int, end: int) -> bool:
        """Some interval overlaps [start, end) without lying inside it."""
        k0, k = bisect_left(self.starts, start), bisect_left(self.starts, end)
        if k0 > 0 and self.reach[k0 - 1] > start:
            return True  # opens before the start, closes after it
        return any(e > end for _, e in self.spans[k0:k])


def _clause_end(sent: Span, first: int) -> int:
    """Token index where a reported clause starting at `first` ends (exclusive)."""
    doc = sent.doc
    end = sent.end
    i = first
    while i < sent.end:
        t = doc[i]
        if t.text in _CLAUSE_BREAKS or "\n" in t.text:
            end = i
            break
        if (
            low(t) in CLAUSE_COORDINATORS
            and i + 1 < sent.end
            and low(doc[i + 1]) in COMPLEMENTIZERS
            and i > first
        ):
            return i  # "… et qu'<new clause>": a new reported clause
        if low(t) in REPORT_COORDINATORS and i > first and _new_speaker(sent, i + 1) is not None:
            return i  # "… et la rapporteure a estimé que": a new speaker's report
        if (
            (low(t) in REPORT_COORDINATORS or t.text == ",")
            and i > first
            and _new_report(sent, i + 1) is not None
        ):
            # "…, mais a promis que": the speaker's next report, coordinated with the first
            return i - 1 if doc[i - 1].text == "," else i
        if t.text == "," and i + 1 < sent.end and i > first:
            nxt = doc[i + 1]
            nxt2 = doc[i + 2] if i + 2 < sent.end else None
            # ", ajoutant que", ", a-t-il déclaré", ", selon X"
            if cue_lemma(nxt) and (nxt.tag_ == "VERB" or nxt.lower_.endswith("ant")):
                return i
            if nxt.pos_ == "AUX" and nxt2 is not None and (cue_lemma(nxt2) or nxt2.lower_.startswith("-")):
                return i
            if phrase_at(doc, i + 1, sent.end) is not None:
                return i
        i += 1
    while end > first and (
        doc[end - 1].is_space
        or (
            doc[end - 1].is_punct
            and doc[end - 1].text not in {"»", "”", '"', ")"}
            and doc[end - 1].text.rstrip(".") not in NUMBER_SIGNS  # "15 %", "0,5 ‰." (one token)
        )
    ):
        end -= 1
    return end


def _new_report(sent: Span, i: int) -> int | None:
    """The cue of a reporting predicate with no subject of its own starting at token `i`
    ("[et] a promis que", "[mais] a aussi reconnu", "[puis] ajoute que"), or None."""
    doc = sent.doc
    aux = False
    k = i
    while k < sent.end and k < i + 5:
        t = doc[k]
        if t.pos_ == "AUX" and not aux:
            aux = True
        elif (t.pos_ == "ADV" and low(t) not in NEGATION_PARTICLES) or low(t) in GERUND_WORDS:
            pass  # "mais a aussi promis", "tout en soulignant"
        else:
            break
        k += 1
    if k >= sent.end or cue_lemma(doc[k]) is None or doc[k].pos_ != "VERB":
        return None
    if aux:
        return k if "Part" in doc[k].morph.get("VerbForm", []) else None
    # no auxiliary: a finite verb, a participle sharing the first one's auxiliary ("et
    # affirmé que") or a gerund ("tout en soulignant que"), directly followed by "que"
    if {"Fin", "Part"} & set(doc[k].morph.get("VerbForm", [])) and any(
        low(doc[j]) in COMPLEMENTIZERS for j in range(k + 1, min(sent.end, k + 3))
    ):
        return k
    return None


def _new_speaker(sent: Span, i: int) -> tuple[int, Token] | None:
    """A clause with its own subject and a reporting verb starting at token `i`
    ("[et] la rapporteure a estimé que"): (cue index, subject head), or None."""
    doc = sent.doc
    k = i
    head: Token | None = None
    while k < sent.end and k < i + 8 and doc[k].pos_ in {"DET", "NOUN", "PROPN", "ADJ", "ADP", "PRON"}:
        if doc[k].pos_ in {"NOUN", "PROPN"} or (doc[k].pos_ == "PRON" and is_pronoun_subject(doc[k])):
            head = head if head is not None and head.pos_ in {"NOUN", "PRON"} else doc[k]
        elif low(doc[k]) in COMPLEMENTIZERS:
            return None
        k += 1
    if head is None:
        return None
    while k < sent.end and doc[k].pos_ in {"AUX", "ADV"}:
        k += 1
    if k < sent.end and doc[k].pos_ == "VERB" and cue_lemma(doc[k]) is not None:
        return k, head
    return None


def _finite(t: Token) -> bool:
    return t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm", [])


def _lead(sent: Span) -> int:
    """First token after a live-feed time stamp or dateline and its dash ("16h15 – ", "Lyon — ")."""
    doc = sent.doc
    for i in range(sent.start, min(sent.end, sent.start + 4)):
        if doc[i].text in {"–", "—"} or (doc[i].text == "-" and doc[i].whitespace_):
            return i + 1
    return sent.start


def _negated_infinitive(doc: Doc, i: int, limit: int) -> bool:
    """ "ne pas augmenter", "n'avoir jamais eu", "ne plus vouloir" from the "ne" at `i`."""
    window = doc[i + 1 : min(limit, i + 4)]
    return any(t.lower_ in NEGATION_WORDS for t in window) and any(
        "Inf" in t.morph.get("VerbForm", []) for t in window
    )


def _holds(marks: _Intervals, clause: Span) -> bool:
    """Whether the quotations overlapping a clause all lie inside it and leave a verb of the
    clause outside them and outside parentheses: "« Il reste de l'espoir » pour trouver des
    survivants", "« Deux corps » ont été retrouvés" (not "« A », « B »" nor "« A » (B)")."""
    start, end = clause.start_char, clause.end_char
    if marks.straddles(start, end) or marks.covers(start, end):
        return False
    depth = 0
    for t in clause:
        depth += (t.text == "(") - (t.text == ")")
        if depth or marks.contains(t.idx) or t.pos_ not in {"VERB", "AUX"}:
            continue
        if {"Fin", "Inf"} & set(t.morph.get("VerbForm", [])):
            return True
    return False


def _not_speech(tok: Token, cue: str) -> bool:
    """A cue that governs no reported speech here: a wish or a fear ("espèrent que"), a
    request or a call ("a demandé au maire de"), a report only intended or made possible
    ("veut croire que", "permet d'affirmer que"), or one whose subject is a fact ("Ce qui
    signifie que")."""
    if cue in ATTITUDE_VERBS or cue in REQUEST_VERBS:
        return True
    if tok.dep_ == "xcomp" and tok.head.lemma_ in NON_SPEECH_GOVERNORS:
        return True
    doc = tok.doc
    before = [t.lower_ for t in doc[max(0, tok.i - 3) : tok.i] if t.pos_ != "AUX"]
    return bool(before) and (
        before[-1] in NON_SPEAKER_SUBJECTS or (before[-2:-1] == ["ce"] and before[-1] == "qui")
    )


def _restrictive(sent: Span, tok: Token, que: int) -> bool:
    """ "ne … que" is a restriction, not a complement clause: "ne pourront parler qu'à la fin",
    "n'a évoqué que deux cas"."""
    doc = sent.doc
    for k in range(max(sent.start, tok.i - 4), que):
        if doc[k].lower_ in {"ne", "n'", "n’"}:
            return not any(t.lower_ in NEGATION_WORDS for t in doc[k + 1 : que])
    return False


def _direct_object(doc: Doc, i: int, cue: str) -> bool:
    """Whether a determiner at `i` opens the cue's direct object ("a annoncé ses décisions"),
    which ends the search for a complement clause; time adjuncts ("cette semaine", "le 5
    mars") and objects of the verbs of informing ("a prévenu ses clients que") do not."""
    t = doc[i]
    if t.pos_ != "DET" or cue in OBJECT_THEN_QUE:
        return False
    if doc[i - 1].pos_ == "ADP" or doc[i - 1].lower_ in {"de", "d'", "d’", "à", "au", "aux"}:
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return not (nxt is not None and (nxt.like_num or nxt.lower_ in TIME_NOUNS or nxt.lower_ in WEEKDAYS))


def _adjuncts_only(doc: Doc, start: int, end: int) -> bool:
    """Whether doc[start:end], between a cue and its infinitive, holds only a clitic and time
    or place adjuncts: "ce jeudi 30 mars", "sur France 2", "se"."""
    for t in doc[start:end]:
        if t.pos_ in {"VERB", "AUX", "SCONJ", "CCONJ"} or t.text in {",", "«", "“", '"', ":"}:
            return False
        if t.pos_ == "DET" and _direct_object(doc, t.i, ""):
            return False
    return True


def _without_unbalanced_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without a quotation mark at either end that the clause does not close or open
    (a quote whose other mark is missing): quote text never holds quotation marks."""
    mark = text[start] if start < end else ""
    if mark in QUOTE_PAIRS:
        closer = QUOTE_PAIRS[mark]
        inner = text[start + 1 : end]
        if (inner.count(mark) % 2 == 0) if closer == mark else closer not in inner:
            start += 1
            while start < end and text[start].isspace():
                start += 1
    mark = text[end - 1] if start < end else ""
    openers = [o for o, c in QUOTE_PAIRS.items() if c == mark]
    if openers:
        inner = text[start : end - 1]
        if (inner.count(mark) % 2 == 0) if openers == [mark] else not any(o in inner for o in openers):
            end -= 1
            while end > start and text[end - 1].isspace():
                end -= 1
    return start, end


def _first_person(subject: Token | None) -> bool:
    return subject is not None and subject.lower_ in FIRST_PERSON


class ReportedSpeech:
    def __call__(self, doc: Doc) -> Doc:
        require_upstream(doc, "dsn_reported")
        group(doc, KEY)
        text = doc.text  # Doc.text rebuilds the string on every access: read it once
        marks = [(m["open_at"], m["close_at"] + 1, m["label"]) for _, m in items(doc, QUOTES_KEY)]
        quotes = _Intervals((s, e) for s, e, _ in marks)
        direct = _Intervals((s, e) for s, e, label in marks if label == "direct")
        english = _Intervals((m["start"], m["end"]) for _, m in items(doc, ENGLISH_KEY))
        found = _Intervals()
        n = 0

        def emit(
            first: int,
            end: int,
            cue: Token | Span | None,
            cue_name: str,
            subject: Span | Token | None,
            nested: bool = False,
        ) -> None:
            nonlocal n
            if end <= first:
                return
            start_char, end_char = doc[first].idx, doc[end - 1].idx + len(doc[end - 1])
            if glued_period(doc[end - 1]) or doc[end - 1].text[:-1] in NUMBER_SIGNS:
                end_char -= 1  # "SpaceX." or "‰." before the next sentence
            start_char, end_char = _without_unbalanced_marks(text, start_char, end_char)
            if end_char <= start_char:
                return
            if "\n" in text[start_char:end_char].strip():
                return  # a reported clause never runs over a paragraph break
            if found.overlaps(start_char, end_char):
                return
            if direct.overlaps(start_char, end_char) and not (nested and _holds(direct, doc[first:end])):
                return
            reach = end_char  # the clause stops before the punctuation closing a quotation
            while reach < len(text) and text[reach] in _CLOSING_TAIL:
                reach += 1
            if quotes.covers(start_char, end_char) and (
                not nested or quotes.matches(start_char, end_char, reach)
            ):
                # the whole clause is a quotation: "Selon X, « … »." is direct speech, and
                # "a reconnu que « … »" a partial quote only
                return
            n += 1
            meta: dict[str, object] = {"cue": cue_name}
            if isinstance(cue, Token):
                meta.update(cue_start=cue.idx, cue_end=cue.idx + len(cue))
            elif cue is not None:
                meta.update(cue_start=cue.start_char, cue_end=cue.end_char)
            if subject is not None:
                if isinstance(subject, Token):
                    meta.update(subject_start=subject.idx, subject_end=subject.idx + len(subject))
                else:
                    meta.update(subject_start=subject.start_char, subject_end=subject.end_char)
            add_span(doc, KEY, start_char, end_char, "indirect", f"r{n}", **meta)
            found.add(start_char, end_char)

        # cues coordinated with an earlier report ("a reconnu que …, mais a promis que …")
        # keep that report's subject, whatever the parser attached them to
        shared_subject: dict[int, Token | None] = {}
        for sent in sentences(doc, text):
            if english.contains(sent.start_char):
                continue
            if sent.text.rstrip().endswith("?"):
                continue  # a question about speech is not a report
            for tok in sent:
                if direct.contains(tok.idx) or found.contains(tok.idx):
                    continue
                cue = cue_lemma(tok)
                if cue is None or (tok.pos_ not in {"VERB", "AUX"} and not tok.lower_.endswith("ant")):
                    continue
                if negated(tok) or hypothetical(tok):
                    continue
                if tok.dep_ == "xcomp" and tok.head.lemma_ in NOT_REPORTING:
                    continue  # "semble penser que", "paraît dire que": an appearance, not a report
                if _not_speech(tok, cue):
                    continue
                subject = shared_subject[tok.i] if tok.i in shared_subject else subject_of(tok)
                if _first_person(subject):
                    continue
                if cue in OPINION_VERBS and subject is None and tok.dep_ not in {"advcl", "conj"}:
                    continue
                first = self._complement_start(sent, tok, cue)
                if first is None:
                    continue
                end = _clause_end(sent, first)
                # "a reconnu que « … »": the reported clause and the partial quote it holds
                emit(first, end, tok, cue, subject, nested=True)
                after = end + 1 if end < sent.end and doc[end].text == "," else end
                if end < sent.end and (doc[end].text == "," or low(doc[end]) in REPORT_COORDINATORS):
                    next_cue = _new_report(
                        sent, after + 1 if low(doc[after]) in REPORT_COORDINATORS else after
                    )
                    if next_cue is not None:
                        shared_subject[next_cue] = subject
                    other = _new_speaker(sent, end + 1) if low(doc[end]) in REPORT_COORDINATORS else None
                    if other is not None:
                        shared_subject[other[0]] = other[1]
                # "… que A et qu'B": each coordinated clause is reported speech of the same subject
                while (
                    end + 2 < sent.end
                    and low(doc[end]) in CLAUSE_COORDINATORS
                    and low(doc[end + 1]) in COMPLEMENTIZERS
                ):
                    first = end + 2
                    end = _clause_end(sent, first)
                    emit(first, end, tok, cue, subject, nested=True)
            self._postposed(sent, direct, quotes, emit)
            self._selon(sent, direct, emit)
            self._view(sent, direct, quotes, emit)
        return doc

    @staticmethod
    def _complement_start(sent: Span, tok: Token, cue: str) -> int | None:
        """First token of the clause the cue governs, or None."""
        doc = sent.doc
        i = tok.i + 1
        limit = min(sent.end, tok.i + 25)
        # "a dit espérer que", "a reconnu, lundi soir, que", "affirme en effet que"
        while i < limit:
            t = doc[i]
            if low(t) in NEGATION_PARTICLES:
                # "a promis de ne pas augmenter …", "assure n'avoir jamais menti": a negated
                # infinitive is the complement; "n'avoir dépensé que …" is restrictive
                if cue in INFINITIVE_CUES and _negated_infinitive(doc, i, sent.end):
                    prev = doc[i - 1]
                    if i == tok.i + 1 or low(prev) in INFINITIVE_MARKERS:
                        return i
                return None
            if low(t) in COMPLEMENTIZERS and t.pos_ in {"SCONJ", "PRON", "ADV"} and (i + 1 < sent.end):
                if low(doc[i - 1]) in DEMONSTRATIVE_CE:
                    return None  # "contre ce qu'il a appelé …": a relative, not a complement
                if doc[i - 1].lower_ in CONJUNCTION_HEADS or _restrictive(sent, tok, i):
                    return None  # "alors que", "pour que", "ne … que"
                nxt = doc[i + 1]
                if nxt.lower_ in PREPOSITIONAL_RELATIVES:
                    return None
                return i + 1
            if (
                "Inf" in t.morph.get("VerbForm", [])
                and cue in INFINITIVE_CUES
                and cue_lemma(t) is None
                and _adjuncts_only(doc, tok.i + 1, i)
            ):
                # "assure avoir …", "a dit cette semaine vouloir …", "disent se sentir …"
                return i - 1 if doc[i - 1].lower_ in _CLITICS else i
            if (
                t.pos_ in {"VERB"}
                and t.dep_ != "xcomp"
                and not (t.head.i == tok.i and t.dep_ in {"xcomp", "ccomp"})
            ):
                break
            if t.lower_ in {"«", "“", '"', ":"}:
                break
            if _direct_object(doc, i, cue):
                break
            if low(t) in INFINITIVE_MARKERS and cue in INFINITIVE_CUES and i + 1 < sent.end:
                nxt = doc[i + 1]
                if "Inf" in nxt.morph.get("VerbForm", []) or (
                    nxt.pos_ in {"PRON", "ADV"}
                    and i + 2 < sent.end
                    and "Inf" in doc[i + 2].morph.get("VerbForm", [])
                ):
                    return i + 1

            i += 1
        return None

    @staticmethod
    def _selon(sent: Span, direct: _Intervals, emit: object) -> None:
        """'Selon X, <clause>' and '<clause>, selon X.' as indirect speech of X."""
        doc = sent.doc
        if not sent.text.rstrip().endswith((".", "!", "…")):
            return  # headlines and fragments
        if direct.starts_in(sent.start_char, sent.end_char):
            return
        for j in range(sent.start, sent.end):
            src = phrase_at(doc, j, sent.end, SOURCES)
            if src is None:
                continue
            if src.end < sent.end and (
                doc[src.end].lower_ in PREPOSITIONAL_RELATIVES or low(doc[src.end]) in FIRST_PERSON
            ):
                continue
            np_ = noun_phrase(doc, src.end, sent.end)
            if np_ is None:
                continue
            if _read_data(sent, np_):
                return  # "d'après les chiffres officiels": figures the journalist reads
            cue = doc[src.start : src.end]
            base = _after_connector(sent, _lead(sent))
            if j == base or (j == base + 1 and doc[base].is_punct):
                # "Selon X, <clause>."
                comma = next((t.i for t in doc[np_.end : sent.end] if t.text == ","), None)
                if comma is None:
                    continue
                comma = _apposition_end(sent, comma)
                end = _clause_end(sent, comma + 1)
                emit(comma + 1, end, cue, src.cue, np_)  # type: ignore[operator]
            else:
                _selon_after(sent, base, cue, src.cue, np_, emit)
            return

    @staticmethod
    def _view(sent: Span, direct: _Intervals, quotes: _Intervals, emit: object) -> None:
        """'Pour X, <clause>.' as indirect speech of X, when X is a person, an
        organization, a stressed pronoun or a role ("Pour la CFDT, la réforme va
        trop loin.")."""
        doc = sent.doc
        base = _lead(sent)
        view = phrase_at(doc, base, sent.end, VIEWS) if base < sent.end - 3 else None
        if view is None:
            return
        if not sent.text.rstrip().endswith((".", "!", "…")):
            return
        if direct.starts_in(sent.start_char, sent.end_char):
            return
        np_ = noun_phrase(doc, view.end, sent.end)
        if np_ is None or np_.end >= sent.end or doc[np_.end].text != ",":
            return
        labels = {e.label_ for e in doc.ents if e.start < np_.end and np_.start < e.end}
        words = [t.lower_ for t in np_]
        if labels:
            if not labels <= {"PER", "ORG"}:
                return  # a place, an event, a date: "Pour la France, …"
        elif not (
            (len(words) == 1 and words[0] in SPEAKER_PRONOUNS)  # "lui", "elle", "eux"
            or any(t.lemma_.lower() in ROLE_NOUNS or t.lemma_.lower() in COLLECTIVE_HEADS for t in np_)
        ):
            return
        first = np_.end + 1
        second = next((t.i for t in doc[first : sent.end] if t.text == ","), None)
        if second is not None and not any(_finite(t) for t in doc[first:second]):
            first = second + 1  # "Pour X, analyste chez Y, <clause>": skip the apposition
        end = _clause_end(sent, first)
        clause = doc[first:end]
        if not any(_finite(t) for t in clause):
            return  # no statement: "Pour Paris, une victoire."
        if quotes.overlaps(clause.start_char, clause.end_char):
            return  # "Pour X, <clause with « … »>": X's quoted words are partial quotes
        emit(first, end, doc[view.start : view.end], view.cue, np_)  # type: ignore[operator]

    @staticmethod
    def _postposed(sent: Span, direct: _Intervals, quotes: _Intervals, emit: object) -> None:
        """'<clause>, a déclaré le ministre.' with no quote marks."""
        doc = sent.doc
        base = _after_connector(sent, _lead(sent))
        toks = [t for t in sent if not t.is_space and t.i >= base]
        if len(toks) < 6:
            return
        last = len(toks) - 1
        while last > 0 and toks[last].is_punct:
            last -= 1
        # ", [aux] [clitic] cue subject [adjuncts]" closing the sentence
        for k in range(2, last):
            if toks[k].text != ",":
                continue
            if not any("Fin" in t.morph.get("VerbForm", []) for t in toks[:k]):
                continue  # "Le ministre, Paul Roux, a annoncé …": no clause before the comma
            if quotes.contains(toks[k].idx) or quotes.straddles(toks[0].idx, toks[k].idx):
                continue  # an incise inside quotation marks, or a quotation running past the clause
            if any(t.text == ":" and not quotes.contains(t.idx) for t in toks[:k]):
                continue  # "<lead> : « … », a déclaré X": the quotation is the speech
            rest = toks[k + 1 : last + 1]
            v = 0
            if rest[0].pos_ == "AUX" and len(rest) > 1:
                v = 1
                if rest[1].lower_.startswith("-"):
                    v = 2
            if v >= len(rest):
                continue
            cue_tok = rest[v]
            cue = cue_lemma(cue_tok)
            if cue is None or cue_tok.pos_ not in {"VERB", "AUX"} or negated(cue_tok):
                continue
            if v == 0 and "Fin" not in cue_tok.morph.get("VerbForm", []):
                continue  # "…, saluant les élus": a participle phrase, not an incise
            if any(
                c.dep_ in {"nsubj", "nsubj:pass"}
                and c.i < cue_tok.i
                and not any(_finite(t) for t in doc[c.i + 1 : toks[k].i])
                for c in cue_tok.children
            ):
                continue  # "X, Y, a contesté la décision": the verb has its own subject before it
            after = _skip_incise_adjuncts(rest[v + 1 :], sent.end)
            subject: Span | Token | None = None
            if after and after[0].lower_.startswith("-"):
                subject = after[0]
            elif v == 2:
                subject = rest[1]
            elif after:
                subject = noun_phrase(doc, after[0].i, sent.end)
            if subject is None:
                continue
            subject_end = subject.i + 1 if isinstance(subject, Token) else subject.end
            if subject_end <= toks[last].i and not _incise_tail(doc, subject_end, toks[last].i + 1):
                continue  # more follows the incise: not a postposed incise
            # "« A » pour B, a déclaré X": quoted words opening a longer clause are partial
            # a period the sentence splitter missed ends the journalist's sentence before it
            start = max(
                (t.i + 1 for t in toks[:k] if t.text in {".", "!", "?"} and not quotes.contains(t.idx)),
                default=base,
            )
            emit(start, toks[k].i, cue_tok, cue, subject, nested=True)  # type: ignore[operator]
            return


def _read_data(sent: Span, source: Span) -> bool:
    """Whether a source phrase names figures or a study with no author ("les chiffres
    officiels", "leur étude", "les premières estimations"), unlike "une étude de l'OCDE",
    "un sondage Ifop" or "les chiffres publiés par l'Insee", which name who speaks."""
    doc = sent.doc
    if not any(t.lemma_.lower() in DATA_SOURCES for t in source):
        return False
    end = next((t.i for t in doc[source.start : sent.end] if t.text == ","), sent.end)
    return not any(t.pos_ == "PROPN" or t.ent_type_ in {"ORG", "PER"} for t in doc[source.start : end])


def _selon_after(sent: Span, base: int, cue: Span, cue_name: str, source: Span, emit: object) -> None:
    """ "<clause>, selon X." and "<clause>, selon X, <rest of the clause>.": the clause
    around the source phrase ("toujours selon X" too), without the leading connector."""
    doc = sent.doc
    prev = cue.start - 1
    if prev > base and doc[prev].lower_ in SOURCE_ADVERBS:
        prev -= 1  # "toujours selon X", "encore selon X"
    if prev <= base or doc[prev].text != ",":
        return
    last = sent.end
    while last > source.end and (doc[last - 1].is_punct or doc[last - 1].is_space):
        last -= 1
    tail = source.end
    if tail < last and doc[tail].pos_ == "ADP":
        # "selon le premier adjoint à la maire de Paris, …": a complement of the source
        while (
            tail < last
            and doc[tail].text != ","
            and not _finite(doc[tail])
            and low(doc[tail]) not in COMPLEMENTIZERS
        ):
            tail += 1
        if tail < last and doc[tail].text != ",":
            return
    if tail >= last or _source_apposition(doc, tail, last):
        # "<clause>, selon X." / "<clause>, selon X, qui …." / "…, selon X, porte-parole."
        emit(base, prev, cue, cue_name, source)  # type: ignore[operator]
        return
    if doc[tail].text != ",":
        return
    # "<A>, selon X, <B>.": the source phrase inside the reported clause
    end = _clause_end(sent, tail + 1)
    if any(_finite(t) for t in doc[base:end]):
        emit(base, end, cue, cue_name, source)  # type: ignore[operator]


def _source_apposition(doc: Doc, start: int, end: int) -> bool:
    """Whether doc[start:end], after the noun phrase of a source, only describes that
    source: ", qui en est chargé", ", porte-parole du ministère"."""
    if doc[start].text != "," or start + 1 >= end:
        return False
    first = doc[start + 1]
    if first.lower_ in {"qui", "dont"}:
        return True
    if first.pos_ not in {"PROPN", "NOUN", "DET", "ADJ", "VERB"} or first.like_num:
        return False  # ", lors de frappes …", ", sept des otages …": the clause goes on
    if first.pos_ == "VERB" and "Part" not in first.morph.get("VerbForm", []):
        return False
    return not any(_finite(t) or low(t) in COMPLEMENTIZERS for t in doc[start + 1 : end])


def _apposition_end(sent: Span, comma: int) -> int:
    """ "Selon X, contrôlé par Y, <clause>": the comma closing a participle phrase or an
    apposition about the source, or `comma` itself."""
    doc = sent.doc
    second = next((t.i for t in doc[comma + 1 : sent.end] if t.text == ","), None)
    if second is None:
        return comma
    phrase = doc[comma + 1 : second]
    if any(_finite(t) for t in phrase) or not any(_finite(t) for t in doc[second + 1 : sent.end]):
        return comma
    first = phrase[0]
    if "Part" in first.morph.get("VerbForm", []) or first.lower_ in {"qui", "dont"}:
        return second
    return comma


def _skip_incise_adjuncts(after: list[Token], limit: int) -> list[Token]:
    """The tokens after an incise verb from its subject on, past time words and a phrase
    naming whom the speaker addressed: "a assuré mardi la directrice", "a déclaré à l'AFP
    le maire", "a indiqué devant la presse le préfet"."""
    while after:
        first = after[0]
        if first.lower_ in INCISE_ADJUNCTS:
            after = after[1:]
            continue
        if first.pos_ == "ADP" and first.lower_ in INCISE_PREPOSITIONS:
            np_ = noun_phrase(first.doc, first.i + 1, limit)
            if np_ is None or np_.end >= limit:
                return after
            # "à l'AFP le maire": the audience ends where the subject's determiner starts
            end = next((t.i for t in np_[2:] if t.pos_ == "DET" and t.nbor(-1).pos_ != "ADP"), np_.end)
            after = [t for t in after if t.i >= end]
            continue
        break
    return after


def _incise_tail(doc: Doc, start: int, end: int) -> bool:
    """Whether doc[start:end], after the subject of a postposed incise, closes it: an
    adjunct (see `_adjunct`), or one followed by a participle phrase or a relative clause
    about the speaker (", ajoutant que …", ", reconnaissant avoir …", ", qui précise que …")."""
    if _adjunct(doc, start, end):
        return True
    for t in doc[start:end]:
        if t.text != ",":
            continue
        if t.i > start and not _adjunct(doc, start, t.i):
            return False
        nxt = doc[t.i + 1] if t.i + 1 < end else None
        if nxt is None:
            return False
        if nxt.lower_ in {"se", "s'", "s’"} and t.i + 2 < end:
            nxt = doc[t.i + 2]
        return nxt.lower_ in {"qui", "tout"} or (nxt.lower_.endswith("ant") and nxt.pos_ in {"VERB", "AUX"})
    return False


def _after_connector(sent: Span, base: int) -> int:
    """First token after a connector opening the sentence ("Mais", "Pourtant,", "De son
    côté,"), which belongs to the journalist's text rather than to a reported clause."""
    doc = sent.doc
    for forms in _CONNECTOR_FORMS:
        n = len(forms)
        if base + n < sent.end and tuple(t.lower_ for t in doc[base : base + n]) == forms:
            k = base + n
            if forms[-1] != "," and doc[k].text == ",":
                k += 1
            return k if k < sent.end else base
    return base


def _adjunct(doc: Doc, start: int, end: int) -> bool:
    """Whether doc[start:end] only adds an apposition or circumstances to a postposed
    incise: ", Étienne Marchal, lors d'un déplacement", " mardi devant la presse"."""
    for t in doc[start:end]:
        if low(t) in COMPLEMENTIZERS or (low(t) in INFINITIVE_MARKERS and t.i == start):
            return False
        if t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm", []):
            return False
    first = doc[start]
    return first.text == "," or first.lower_ in NP_STOP_WORDS


@Language.factory(
    "dsn_reported",
    assigns=["doc.spans"],
    requires=["token.dep", "token.lemma", "token.pos", "token.morph", "doc.sents"],
)
def make_reported(nlp: Language, name: str) -> ReportedSpeech:
    return ReportedSpeech()
