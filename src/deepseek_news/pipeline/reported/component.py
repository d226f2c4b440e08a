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

from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ...lang.fr.function_words import CLAUSE_COORDINATORS, COMPLEMENTIZERS, REPORT_COORDINATORS
from ...lang.fr.punctuation import NUMBER_SIGNS, QUOTE_PAIRS
from ...lang.fr.reporting_verbs import NOT_REPORTING, OPINION_VERBS
from .._perdoc import doc_text
from .._spans import add_span, group, items, require_upstream
from .._syntax import doc_cues, glued_period, hypothetical, low, negated, sentences, subject_of, verbal_noun
from .clauses import _clause_end, _new_report, _new_speaker
from .complements import _first_person, _not_speech, complement_start
from .incises import postposed
from .intervals import _Intervals
from .sources import selon, view

KEY = "dsn_indirect"
QUOTES_KEY = "dsn_quotes"
ENGLISH_KEY = "dsn_english"

# what may stand between a clause's last word and the closing mark of a quotation
_CLOSING_TAIL = frozenset(" \u00a0\u202f.!?…") | frozenset(QUOTE_PAIRS.values())


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


def _through_closing_mark(text: str, start: int, end: int) -> int:
    """The end of a clause that opens a quotation closed after the sentence's final
    punctuation ("a dit que le feu était « désormais fixé. »"): past the closing mark, which
    the parser leaves to the next sentence; otherwise `end`."""
    inner = text[start:end]
    for opener, closer in QUOTE_PAIRS.items():
        if opener == closer or inner.count(opener) <= inner.count(closer):
            continue
        k = end
        while k < len(text) and k - end < 4 and text[k] in _CLOSING_TAIL and text[k] != closer:
            k += 1
        if k < len(text) and text[k] == closer:
            return k + 1
    return end


class ReportedSpeech:
    def __call__(self, doc: Doc) -> Doc:
        require_upstream(doc, "dsn_reported")
        group(doc, KEY)
        text = doc_text(doc)
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
            end_char = _through_closing_mark(text, start_char, end_char)
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
        cues = doc_cues(doc)
        cue_at = list(cues)  # token indexes, ascending
        # a partial quotation of several sentences before an incise ("Le président « ne peut
        # pas X. Il doit Y », a déclaré Z"): the sentences it runs over, read as one
        run_on: tuple[int, int] | None = None  # (first token, end of the quotation)
        for sent in sentences(doc, text):
            if run_on is not None and "\n" not in text[doc[run_on[0]].idx : sent.start_char]:
                if run_on[1] <= sent.end_char:
                    postposed(doc[run_on[0] : sent.end], direct, quotes, emit)
                    run_on = None
            else:
                run_on = None
            last = quotes.around(sent.end_char - 1)
            if (
                run_on is None
                and last is not None
                and sent.start_char <= last[0]
                and last[1] > sent.end_char
                and not direct.contains(last[0])
                and doc[sent.start].is_title  # a sentence of its own, not a cut ", qui …"
            ):
                run_on = (sent.start, last[1])
            if english.contains(sent.start_char):
                continue
            if text[sent.start_char : sent.end_char].rstrip().endswith("?"):
                continue  # a question about speech is not a report
            # the sentence's cues, read from the doc's table (the other tokens head none)
            for i in cue_at[bisect_left(cue_at, sent.start) : bisect_left(cue_at, sent.end)]:
                tok = doc[i]
                if direct.contains(tok.idx) or found.contains(tok.idx):
                    continue
                cue = cues[i]
                if (
                    tok.pos_ not in {"VERB", "AUX"}
                    and not tok.lower_.endswith("ant")
                    and not verbal_noun(tok)
                ):
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
                first = complement_start(sent, tok, cue)
                n_words = len(cue.split())
                if first is None and n_words > 1 and tok.i + n_words - 1 < sent.end:
                    # "a fait savoir que": the parser may hang the clause on the last word
                    first = complement_start(sent, doc[tok.i + n_words - 1], cue)
                    if subject is None:
                        subject = subject_of(doc[tok.i + n_words - 1])
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
            postposed(sent, direct, quotes, emit)
            selon(sent, direct, emit)
            view(sent, direct, quotes, emit)
        return doc


@Language.factory(
    "dsn_reported",
    assigns=["doc.spans"],
    requires=["token.dep", "token.lemma", "token.pos", "token.morph", "doc.sents"],
)
def make_reported(nlp: Language, name: str) -> ReportedSpeech:
    return ReportedSpeech()
