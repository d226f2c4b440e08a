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

from ..lang.fr.pronouns import FIRST_PERSON, NEGATION_WORDS, NP_STOP_WORDS, SPEAKER_PRONOUNS
from ..lang.fr.punctuation import NUMBER_SIGNS, QUOTE_PAIRS
from ..lang.fr.reporting_verbs import (
    INCISE_ADJUNCTS,
    INFINITIVE_CUES,
    NOT_REPORTING,
    OPINION_VERBS,
    SOURCE_PREPOSITIONS,
    VIEW_PREPOSITIONS,
)
from ..lang.fr.roles import COLLECTIVE_HEADS, ROLE_NOUNS
from ._spans import add_span, group, items, require_upstream
from ._syntax import (
    cue_lemma,
    glued_period,
    hypothetical,
    is_pronoun_subject,
    negated,
    noun_phrase,
    sentences,
    subject_of,
)

KEY = "dsn_indirect"
QUOTES_KEY = "dsn_quotes"
ENGLISH_KEY = "dsn_english"

_QUE = {"que", "qu'", "qu’"}
_CLAUSE_BREAKS = {";"}
_COORDINATORS = {"et", "mais", "puis"}
# token sequences of each source preposition; the tokenizer splits an elided article:
# "d'après" -> "d'" "après"
_SOURCE_FORMS = [
    {tuple(prep.split()), tuple(prep.replace("'", "' ").split())} for prep in SOURCE_PREPOSITIONS
]


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

    def starts_in(self, start: int, end: int) -> bool:
        """Some interval starts inside [start, end)."""
        return bisect_left(self.starts, start) < bisect_left(self.starts, end)


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
        if t.lower_ in {"et", "mais"} and i + 1 < sent.end and doc[i + 1].lower_ in _QUE and i > first:
            return i  # "… et qu'<new clause>": a new reported clause
        if t.lower_ in _COORDINATORS and i > first and _new_speaker(sent, i + 1) is not None:
            return i  # "… et la rapporteure a estimé que": a new speaker's report
        if (
            (t.lower_ in _COORDINATORS or t.text == ",")
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
            if nxt.lower_ in {"selon", "d'après", "d’après"}:
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
        elif (t.pos_ == "ADV" and t.lower_ not in {"ne", "n'", "n’"}) or t.lower_ in {"tout", "en"}:
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
        doc[j].lower_ in _QUE for j in range(k + 1, min(sent.end, k + 3))
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
        elif doc[k].lower_ in _QUE:
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
            cue: Token | None,
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
            if found.overlaps(start_char, end_char) or direct.overlaps(start_char, end_char):
                return
            if not nested and quotes.covers(start_char, end_char):
                return  # the whole clause is a quotation: "Selon X, « … »." is direct speech
            n += 1
            meta: dict[str, object] = {"cue": cue_name}
            if cue is not None:
                meta.update(cue_start=cue.idx, cue_end=cue.idx + len(cue))
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
                if end < sent.end and (doc[end].text == "," or doc[end].lower_ in _COORDINATORS):
                    next_cue = _new_report(sent, after + 1 if doc[after].lower_ in _COORDINATORS else after)
                    if next_cue is not None:
                        shared_subject[next_cue] = subject
                    other = _new_speaker(sent, end + 1) if doc[end].lower_ in _COORDINATORS else None
                    if other is not None:
                        shared_subject[other[0]] = other[1]
                # "… que A et qu'B": each coordinated clause is reported speech of the same subject
                while (
                    end + 2 < sent.end and doc[end].lower_ in {"et", "mais"} and doc[end + 1].lower_ in _QUE
                ):
                    first = end + 2
                    end = _clause_end(sent, first)
                    emit(first, end, tok, cue, subject, nested=True)
            self._selon(sent, direct, emit)
            self._view(sent, direct, emit)
            self._postposed(sent, direct, quotes, emit)
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
            if t.lower_ in {"ne", "n'", "n’"}:
                # "a promis de ne pas augmenter …", "assure n'avoir jamais menti": a negated
                # infinitive is the complement; "n'avoir dépensé que …" is restrictive
                if cue in INFINITIVE_CUES and _negated_infinitive(doc, i, sent.end):
                    prev = doc[i - 1]
                    if i == tok.i + 1 or prev.lower_ in {"de", "d'", "d’"}:
                        return i
                return None
            if t.lower_ in _QUE and t.pos_ in {"SCONJ", "PRON"} and (i + 1 < sent.end):
                if doc[i - 1].lower_ in {"ce", "c'", "c’"}:
                    return None  # "contre ce qu'il a appelé …": a relative, not a complement
                nxt = doc[i + 1]
                if nxt.lower_ in {"lequel", "laquelle", "lesquels", "lesquelles"}:
                    return None
                return i + 1
            if (
                t.pos_ in {"VERB"}
                and t.dep_ != "xcomp"
                and not (t.head.i == tok.i and t.dep_ in {"xcomp", "ccomp"})
            ):
                break
            if t.lower_ in {"«", "“", '"', ":"}:
                break
            if t.lower_ in {"de", "d'", "d’"} and cue in INFINITIVE_CUES and i + 1 < sent.end:
                nxt = doc[i + 1]
                if "Inf" in nxt.morph.get("VerbForm", []) or (
                    nxt.pos_ in {"PRON", "ADV"}
                    and i + 2 < sent.end
                    and "Inf" in doc[i + 2].morph.get("VerbForm", [])
                ):
                    return i + 1
            if (
                "Inf" in t.morph.get("VerbForm", [])
                and cue in INFINITIVE_CUES
                and i == tok.i + 1
                and cue_lemma(t) is None
            ):
                return i  # "assure avoir …"
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
        low = [t.lower_ for t in sent]
        present = set(low)
        for forms in _SOURCE_FORMS:
            if not any(f[0] in present for f in forms):
                continue
            for j in range(len(low)):
                k = next((len(f) for f in forms if tuple(low[j : j + len(f)]) == f), 0)
                if not k:
                    continue
                src_first = sent.start + j + k
                if src_first < sent.end and doc[src_first].lower_ in {
                    "lequel",
                    "laquelle",
                    "lesquels",
                    "lesquelles",
                    "moi",
                    "nous",
                }:
                    continue
                np_ = noun_phrase(doc, src_first, sent.end)
                if np_ is None:
                    continue
                cue_tok = doc[sent.start + j]
                base = _lead(sent)
                if sent.start + j == base or (sent.start + j == base + 1 and doc[base].is_punct):
                    # "Selon X, <clause>."
                    comma = next((t.i for t in doc[np_.end : sent.end] if t.text == ","), None)
                    if comma is None:
                        continue
                    end = _clause_end(sent, comma + 1)
                    emit(comma + 1, end, cue_tok, "selon", np_)  # type: ignore[operator]
                elif sent.start + j - 1 >= sent.start and doc[sent.start + j - 1].text == ",":
                    # "<clause>, selon X."
                    if np_.end < sent.end - 1:
                        continue
                    emit(base, sent.start + j - 1, cue_tok, "selon", np_)  # type: ignore[operator]
                return

    @staticmethod
    def _view(sent: Span, direct: _Intervals, emit: object) -> None:
        """'Pour X, <clause>.' as indirect speech of X, when X is a person, an
        organization, a stressed pronoun or a role ("Pour la CFDT, la réforme va
        trop loin.")."""
        doc = sent.doc
        base = _lead(sent)
        if base >= sent.end - 3 or doc[base].lower_ not in VIEW_PREPOSITIONS:
            return
        if not sent.text.rstrip().endswith((".", "!", "…")):
            return
        if direct.starts_in(sent.start_char, sent.end_char):
            return
        np_ = noun_phrase(doc, base + 1, sent.end)
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
        emit(first, end, doc[base], "pour", np_)  # type: ignore[operator]

    @staticmethod
    def _postposed(sent: Span, direct: _Intervals, quotes: _Intervals, emit: object) -> None:
        """'<clause>, a déclaré le ministre.' with no quote marks."""
        doc = sent.doc
        if quotes.starts_in(sent.start_char, sent.end_char):
            return
        base = _lead(sent)
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
            if any(c.dep_ in {"nsubj", "nsubj:pass"} and c.i < cue_tok.i for c in cue_tok.children):
                continue  # "X, Y, a contesté la décision": the verb has its own subject before it
            after = rest[v + 1 :]
            while after and after[0].lower_ in INCISE_ADJUNCTS:
                after = after[1:]  # "a assuré mardi la directrice"
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
            if subject_end <= toks[last].i and not _adjunct(doc, subject_end, toks[last].i + 1):
                continue  # more follows the incise: not a postposed incise
            emit(base, toks[k].i, cue_tok, cue, subject)  # type: ignore[operator]
            return


def _adjunct(doc: Doc, start: int, end: int) -> bool:
    """Whether doc[start:end] only adds an apposition or circumstances to a postposed
    incise: ", Étienne Marchal, lors d'un déplacement", " mardi devant la presse"."""
    for t in doc[start:end]:
        if t.lower_ in _QUE or (t.lower_ in {"de", "d'", "d’"} and t.i == start):
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
