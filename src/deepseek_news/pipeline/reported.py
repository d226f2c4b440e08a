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

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..lang.fr.pronouns import FIRST_PERSON
from ..lang.fr.reporting_verbs import INFINITIVE_CUES, OPINION_VERBS, SOURCE_PREPOSITIONS
from ._spans import add_span, group, items
from ._syntax import cue_lemma, hypothetical, negated, noun_phrase, subject_of

KEY = "dsn_indirect"
QUOTES_KEY = "dsn_quotes"
ENGLISH_KEY = "dsn_english"

_QUE = {"que", "qu'", "qu’"}
_CLAUSE_BREAKS = {";"}


def _inside(spans: list[tuple[int, int]], i: int) -> bool:
    return any(s <= i < e for s, e in spans)


def _clause_end(sent: Span, first: int, direct: list[tuple[int, int]]) -> int:
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
        doc[end - 1].is_space or (doc[end - 1].is_punct and doc[end - 1].text not in {"»", "”", '"', ")"})
    ):
        end -= 1
    return end


def _first_person(subject: Token | None) -> bool:
    return subject is not None and subject.lower_ in FIRST_PERSON


class ReportedSpeech:
    def __call__(self, doc: Doc) -> Doc:
        group(doc, KEY)
        quotes = [(m["open_at"], m["close_at"] + 1, m["label"]) for _, m in items(doc, QUOTES_KEY)]
        direct = [(s, e) for s, e, label in quotes if label == "direct"]
        english = [(m["start"], m["end"]) for _, m in items(doc, ENGLISH_KEY)]
        found: list[tuple[int, int]] = []
        n = 0

        def emit(
            first: int, end: int, cue: Token | None, cue_name: str, subject: Span | Token | None
        ) -> None:
            nonlocal n
            if end <= first:
                return
            start_char, end_char = doc[first].idx, doc[end - 1].idx + len(doc[end - 1])
            if "\n" in doc.text[start_char:end_char].strip():
                return  # a reported clause never runs over a paragraph break
            if any(s < end_char and start_char < e for s, e in found):
                return
            if any(s < end_char and start_char < e for s, e in direct):
                return
            if any(s <= start_char + 2 and end_char - 2 <= e for s, e, _ in quotes):
                return  # the whole clause is a quotation
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
            found.append((start_char, end_char))

        for sent in doc.sents:
            if _inside(english, sent.start_char):
                continue
            text = sent.text.rstrip()
            if text.endswith("?"):
                continue  # a question about speech is not a report
            for tok in sent:
                if _inside(direct, tok.idx) or _inside(found, tok.idx):
                    continue
                cue = cue_lemma(tok)
                if cue is None or (tok.pos_ not in {"VERB", "AUX"} and not tok.lower_.endswith("ant")):
                    continue
                if negated(tok) or hypothetical(tok):
                    continue
                subject = subject_of(tok)
                if _first_person(subject):
                    continue
                if cue in OPINION_VERBS and subject is None and tok.dep_ not in {"advcl", "conj"}:
                    continue
                first = self._complement_start(sent, tok, cue)
                if first is None:
                    continue
                end = _clause_end(sent, first, direct)
                emit(first, end, tok, cue, subject)
                # "… que A et qu'B": each coordinated clause is reported speech of the same subject
                while (
                    end + 2 < sent.end and doc[end].lower_ in {"et", "mais"} and doc[end + 1].lower_ in _QUE
                ):
                    first = end + 2
                    end = _clause_end(sent, first, direct)
                    emit(first, end, tok, cue, subject)
            self._selon(sent, direct, emit)
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
                return None  # "n'avoir dépensé que …": restrictive, not a complement
            if t.lower_ in _QUE and t.pos_ in {"SCONJ", "PRON"} and (i + 1 < sent.end):
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
    def _selon(sent: Span, direct: list[tuple[int, int]], emit: object) -> None:
        """'Selon X, <clause>' and '<clause>, selon X.' as indirect speech of X."""
        doc = sent.doc
        if not sent.text.rstrip().endswith((".", "!", "…")):
            return  # headlines and fragments
        if any(sent.start_char <= s < sent.end_char for s, _ in direct):
            return
        low = [t.lower_ for t in sent]
        for prep in SOURCE_PREPOSITIONS:
            words = prep.split()
            k = len(words)
            for j in range(len(low) - k + 1):
                if low[j : j + k] != words:
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
                if j == 0 or (j == 1 and doc[sent.start].is_punct):
                    # "Selon X, <clause>."
                    comma = next((t.i for t in doc[np_.end : sent.end] if t.text == ","), None)
                    if comma is None:
                        continue
                    end = _clause_end(sent, comma + 1, direct)
                    emit(comma + 1, end, cue_tok, "selon", np_)  # type: ignore[operator]
                elif sent.start + j - 1 >= sent.start and doc[sent.start + j - 1].text == ",":
                    # "<clause>, selon X."
                    if np_.end < sent.end - 1:
                        continue
                    emit(sent.start, sent.start + j - 1, cue_tok, "selon", np_)  # type: ignore[operator]
                return

    @staticmethod
    def _postposed(
        sent: Span, direct: list[tuple[int, int]], quotes: list[tuple[int, int, str]], emit: object
    ) -> None:
        """'<clause>, a déclaré le ministre.' with no quote marks."""
        doc = sent.doc
        if any(sent.start_char <= s < sent.end_char for s, _, _ in quotes):
            return
        toks = [t for t in sent if not t.is_space]
        if len(toks) < 6:
            return
        last = len(toks) - 1
        while last > 0 and toks[last].is_punct:
            last -= 1
        # find ", [aux] cue subject" at the end
        for k in range(last, max(1, last - 16), -1):
            t = toks[k]
            if t.text != ",":
                continue
            rest = toks[k + 1 : last + 1]
            if not rest:
                return
            v = 0
            if rest[0].pos_ == "AUX" and len(rest) > 1:
                v = 1
                if rest[1].lower_.startswith("-"):
                    v = 2
            if v >= len(rest):
                return
            cue_tok = rest[v]
            cue = cue_lemma(cue_tok)
            if cue is None:
                return
            after = rest[v + 1 :]
            subject: Span | Token | None = None
            if after and after[0].lower_.startswith("-"):
                subject = after[0]
            elif v == 2:
                subject = rest[1]
            elif after:
                subject = noun_phrase(doc, after[0].i, sent.end)
            if subject is None:
                return
            subject_end = subject.i + 1 if isinstance(subject, Token) else subject.end
            if subject_end <= toks[last].i:
                return  # more follows the incise: not a postposed incise
            emit(sent.start, toks[k].i, cue_tok, cue, subject)  # type: ignore[operator]
            return


@Language.factory(
    "dsn_reported",
    assigns=["doc.spans"],
    requires=["token.dep", "token.lemma", "token.pos", "token.morph", "doc.sents"],
)
def make_reported(nlp: Language, name: str) -> ReportedSpeech:
    return ReportedSpeech()
