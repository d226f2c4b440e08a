"""Postposed incises without quotation marks: "<clause>, a déclaré le ministre."."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...lang.fr.function_words import COMPLEMENTIZERS, EUPHONIC_T, INFINITIVE_MARKERS, NEGATION_PARTICLES
from ...lang.fr.pronouns import NP_STOP_WORDS
from ...lang.fr.reporting_verbs import INCISE_ADJUNCTS, INCISE_ADVERBIALS, INCISE_PREPOSITIONS
from .._perdoc import doc_tokens
from .._syntax import cue_lemma, low, negated, noun_phrase
from .clauses import _after_connector, _finite, _lead
from .intervals import _Intervals

# adverbial phrases as token sequences, an elided word split from the next ("d'" "abord")
_ADVERBIALS = [tuple(p.replace("'", "' ").split()) for p in INCISE_ADVERBIALS]


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
            # "a-t-il déclaré": the euphonic t and the clitic subject; "a ensuite précisé",
            # "a-t-elle aussi ajouté": an adverb between the auxiliary and the verb
            while v < len(rest) - 1 and (
                rest[v].lower_.startswith("-")
                or (rest[v].pos_ == "ADV" and low(rest[v]) not in NEGATION_PARTICLES)
            ):
                v += 1
        if v >= len(rest):
            continue
        cue_tok = rest[v]
        cue = cue_lemma(cue_tok)
        if cue is None or negated(cue_tok):
            continue
        if cue_tok.pos_ not in {"VERB", "AUX"} and not _present_as_noun(cue_tok, rest[v + 1 :], v):
            continue
        if v == 0 and cue_tok.pos_ in {"VERB", "AUX"} and "Fin" not in cue_tok.morph.get("VerbForm", []):
            continue  # "…, saluant les élus": a participle phrase, not an incise
        if any(
            c.dep_ in {"nsubj", "nsubj:pass"}
            and c.i < toks[k]  # not the clitic of "a-t-il déclaré"
            and not any(_finite(t) for t in doc[c.i + 1 : toks[k]])
            # "c'est la réponse, plaide X": a noun with its own copula heads a clause
            and not any(g.dep_ == "cop" and _finite(g) for g in c.children)
            for c in cue_tok.children
        ):
            continue  # "X, Y, a contesté la décision": the verb has its own subject before it
        after = _skip_incise_adjuncts(rest[v + 1 :], sent.end)
        subject: Span | Token | None = None
        if after and after[0].lower_.startswith("-"):
            # "ajoute-t-elle": the clitic after the euphonic t names the speaker
            euphonic = after[0].lower_ in EUPHONIC_T and len(after) > 1 and after[1].lower_.startswith("-")
            subject = after[1] if euphonic else after[0]
        elif v >= 2 and any(t.lower_.startswith("-") for t in rest[1:v]):
            subject = [t for t in rest[1:v] if t.lower_.startswith("-")][-1]
        elif after:
            subject = noun_phrase(doc, after[0].i, sent.end)
            if subject is None and len(after) > 2 and after[0].pos_ == "DET" and after[1].lower_ == "même":
                subject = noun_phrase(doc, after[2].i, sent.end)  # "ajoute la même source"
                subject = doc[after[0].i : subject.end] if subject is not None else None
        if subject is None:
            continue
        subject_end = subject.i + 1 if isinstance(subject, Token) else subject.end
        subject_end = max(subject_end, cue_tok.i + 1)  # "a-t-il déclaré": the clitic before the verb
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


def _present_as_noun(cue_tok: Token, after: list[Token], v: int) -> bool:
    """Whether a cue the parser tagged as a noun or an adjective is the present tense of an
    incise verb followed by its subject: "…, remarque M. Roux", "…, note la directrice" (a
    form in -e directly after the comma; participles in -ant or -é are not incises)."""
    if v != 0 or cue_tok.pos_ not in {"NOUN", "ADJ"} or not after:
        return False
    word = cue_tok.lower_
    if not word.endswith("e") or word.endswith("ée"):
        return False
    return after[0].pos_ in {"DET", "PROPN"} or after[0].is_title


def _skip_incise_adjuncts(after: list[Token], limit: int) -> list[Token]:
    """The tokens after an incise verb from its subject on, past time words and a phrase
    naming whom the speaker addressed: "a assuré mardi la directrice", "a déclaré à l'AFP
    le maire", "a indiqué devant la presse le préfet"."""
    while after:
        first = after[0]
        if first.lower_ in INCISE_ADJUNCTS:
            after = after[1:]
            continue
        n = next((len(w) for w in _ADVERBIALS if tuple(low(t) for t in after[: len(w)]) == w), 0)
        if n and n < len(after):
            after = after[n:]  # "a rappelé en préambule le président", "a ajouté pour sa part X"
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
        if nxt.lower_ in {"qui", "tout"}:
            return True
        # "ajoutant que", also a participle the parser tags as an adjective ("convenant que")
        after = doc[nxt.i + 1] if nxt.i + 1 < end else None
        return nxt.lower_.endswith("ant") and (
            nxt.pos_ in {"VERB", "AUX"} or (after is not None and low(after) in COMPLEMENTIZERS)
        )
    return False


def _adjunct(doc: Doc, start: int, end: int) -> bool:
    """Whether doc[start:end] only adds an apposition or circumstances to a postposed
    incise: ", Étienne Marchal, lors d'un déplacement", " mardi devant la presse", or the name
    of the speaker after a title the noun phrase stopped at ("la ministre de la Culture Léa
    Roux")."""
    for t in doc[start:end]:
        if low(t) in COMPLEMENTIZERS or (
            low(t) in INFINITIVE_MARKERS and t.i == start and not _of_noun(doc, t.i, end)
        ):
            return False
        if t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm", []):
            return False
    first = doc[start]
    if first.pos_ == "ADP" and _of_noun(doc, start, end):
        return True  # "ajoute-t-on de même source"
    return first.text == "," or first.lower_ in NP_STOP_WORDS or first.pos_ == "PROPN" or first.is_title


def _of_noun(doc: Doc, i: int, end: int) -> bool:
    """Whether the preposition at `i` opens a noun phrase ("de même source", "de source
    proche du dossier"), not an infinitive."""
    return i + 1 < end and doc[i + 1].pos_ in {"NOUN", "ADJ", "DET"}
