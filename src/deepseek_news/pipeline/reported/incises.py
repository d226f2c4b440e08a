"""Postposed incises without quotation marks: "<clause>, a déclaré le ministre."."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...lang.fr.function_words import COMPLEMENTIZERS, INFINITIVE_MARKERS
from ...lang.fr.pronouns import NP_STOP_WORDS
from ...lang.fr.reporting_verbs import INCISE_ADJUNCTS, INCISE_PREPOSITIONS
from .._perdoc import doc_tokens
from .._syntax import cue_lemma, low, negated, noun_phrase
from .clauses import _after_connector, _finite, _lead
from .intervals import _Intervals


def postposed(sent: Span, direct: _Intervals, quotes: _Intervals, emit: object) -> None:
    """'<clause>, a déclaré le ministre.' with no quote marks."""
    doc = sent.doc
    table = doc_tokens(doc)
    base = _after_connector(sent, _lead(sent))
    texts, idx = table.texts, table.idx
    if "," not in texts[base : sent.end]:
        return  # the incise follows a comma
    # the sentence's tokens from `base` on, without spaces, as token indexes
    toks = [i for i in range(base, sent.end) if not table.spaces[i]]
    if len(toks) < 6:
        return
    last = len(toks) - 1
    while last > 0 and table.punct[toks[last]]:
        last -= 1
    # ", [aux] [clitic] cue subject [adjuncts]" closing the sentence
    for k in range(2, last):
        if texts[toks[k]] != ",":
            continue
        if not any(table.finite[i] for i in toks[:k]):
            continue  # "Le ministre, Paul Roux, a annoncé …": no clause before the comma
        if quotes.contains(idx[toks[k]]) or quotes.straddles(idx[toks[0]], idx[toks[k]]):
            continue  # an incise inside quotation marks, or a quotation running past the clause
        if any(texts[i] == ":" and not quotes.contains(idx[i]) for i in toks[:k]):
            continue  # "<lead> : « … », a déclaré X": the quotation is the speech
        rest = [doc[i] for i in toks[k + 1 : last + 1]]
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
            and not any(_finite(t) for t in doc[c.i + 1 : toks[k]])
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
        if subject_end <= toks[last] and not _incise_tail(doc, subject_end, toks[last] + 1):
            continue  # more follows the incise: not a postposed incise
        # "« A » pour B, a déclaré X": quoted words opening a longer clause are partial
        # a period the sentence splitter missed ends the journalist's sentence before it
        start = max(
            (i + 1 for i in toks[:k] if texts[i] in {".", "!", "?"} and not quotes.contains(idx[i])),
            default=base,
        )
        emit(start, toks[k], cue_tok, cue, subject, nested=True)  # type: ignore[operator]
        return


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
        if low(nxt) in {"se", "s'"} and t.i + 2 < end:
            nxt = doc[t.i + 2]
        return nxt.lower_ in {"qui", "tout"} or (nxt.lower_.endswith("ant") and nxt.pos_ in {"VERB", "AUX"})
    return False


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
