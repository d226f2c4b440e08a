"""Reported clauses introduced by a source phrase: "Selon X, <clause>", "<clause>, selon X"
and "Pour X, <clause>"."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...lang.fr.function_words import COMPLEMENTIZERS, PREPOSITIONAL_RELATIVES
from ...lang.fr.pronouns import FIRST_PERSON, SPEAKER_PRONOUNS
from ...lang.fr.reporting_verbs import DATA_SOURCES, SOURCE_ADVERBS
from ...lang.fr.roles import COLLECTIVE_HEADS, ROLE_NOUNS
from .._perdoc import doc_text, doc_tokens
from .._sources import SOURCES, VIEWS, phrase_at
from .._syntax import low, noun_phrase
from .clauses import _after_connector, _clause_end, _finite, _lead
from .intervals import _Intervals


def selon(sent: Span, direct: _Intervals, emit: object) -> None:
    """'Selon X, <clause>' and '<clause>, selon X.' as indirect speech of X."""
    doc = sent.doc
    # a headline or a fragment: only "<clause>, selon X" closing it, the clause with a verb
    text = doc_text(doc)[sent.start_char : sent.end_char]
    title = not text.rstrip().rstrip('»”"\u00a0\u202f ').endswith((".", "!", "…"))
    if direct.starts_in(sent.start_char, sent.end_char):
        return
    lows = doc_tokens(doc).lows
    for j in range(sent.start, sent.end):
        if lows[j] not in SOURCES.by_first:
            continue  # no source phrase starts with this word
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
        if title:
            _selon_after(sent, _after_label(sent, base, j), cue, src.cue, np_, emit, title=True)
        elif j == base or (j == base + 1 and doc[base].is_punct):
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


def view(sent: Span, direct: _Intervals, quotes: _Intervals, emit: object) -> None:
    """'Pour X, <clause>.' as indirect speech of X, when X is a person, an
    organization, a stressed pronoun or a role ("Pour la CFDT, la réforme va
    trop loin.")."""
    doc = sent.doc
    base = _lead(sent)
    view = phrase_at(doc, base, sent.end, VIEWS) if base < sent.end - 3 else None
    if view is None:
        return
    if not doc_text(doc)[sent.start_char : sent.end_char].rstrip().endswith((".", "!", "…")):
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
        or any(
            t.lemma_.lower() in ROLE_NOUNS or t.lemma_.lower() in COLLECTIVE_HEADS for t in _head_noun(np_)
        )
    ):
        return  # the head noun names a role or a body ("Pour le syndicat"), not a topic of one
        # ("Pour les réformes de société")
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


def _read_data(sent: Span, source: Span) -> bool:
    """Whether a source phrase names figures or a study with no author ("les chiffres
    officiels", "leur étude", "les premières estimations"), unlike "une étude de l'OCDE",
    "un sondage Ifop" or "les chiffres publiés par l'Insee", which name who speaks."""
    doc = sent.doc
    if not any(t.lemma_.lower() in DATA_SOURCES for t in source):
        return False
    end = next((t.i for t in doc[source.start : sent.end] if t.text == ","), sent.end)
    return not any(t.pos_ == "PROPN" or t.ent_type_ in {"ORG", "PER"} for t in doc[source.start : end])


def _after_label(sent: Span, base: int, limit: int) -> int:
    """First token after a label and its colon opening a headline ("Ukraine : <clause>, selon
    X"), or `base`: the label is the headline's topic, not the source's words."""
    doc = sent.doc
    colon = next((t.i for t in doc[base:limit] if t.text == ":"), None)
    if colon is None or any(_finite(t) for t in doc[base:colon]):
        return base
    return colon + 1


def _selon_after(
    sent: Span, base: int, cue: Span, cue_name: str, source: Span, emit: object, title: bool = False
) -> None:
    """ "<clause>, selon X." and "<clause>, selon X, <rest of the clause>.": the clause
    around the source phrase ("toujours selon X" too), without the leading connector; in a
    headline (`title`), only a clause with a verb before a source that closes it."""
    doc = sent.doc
    prev = cue.start - 1
    if prev > base and doc[prev].lower_ in SOURCE_ADVERBS:
        prev -= 1  # "toujours selon X", "encore selon X"
    if prev <= base or doc[prev].text != ",":
        return
    if title and not _states(doc, base, prev):
        return  # "Un « avertissement » pour les États-Unis, selon X": an intertitle's phrase
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
        if _states(doc, base, prev) or not any(_finite(t) for t in doc[base:prev]):
            # "Un bilan de six disparus, selon X" (headline ellipsis) but not a noun and its
            # relative clause ("Un cliché qui aurait fait le tour du monde, selon X")
            emit(base, prev, cue, cue_name, source)  # type: ignore[operator]
        return
    if title:
        return
    if doc[tail].text != ",":
        return
    # "<A>, selon X, <B>.": the source phrase inside the reported clause
    end = _clause_end(sent, tail + 1)
    if _states(doc, base, end):
        emit(base, end, cue, cue_name, source)  # type: ignore[operator]


def _states(doc: Doc, start: int, end: int) -> bool:
    """Whether doc[start:end] is a statement: a finite verb outside a relative clause ("Un
    cliché qui aurait fait le tour du monde, à en croire X" names a thing, it states nothing)."""
    for t in doc[start:end]:
        if _finite(t) and (t if t.pos_ == "VERB" else t.head).dep_ != "acl:relcl":
            return True
    return False


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


def _head_noun(np_: Span) -> list[Token]:
    """The head noun of a noun phrase, its first noun ("réformes" in "les réformes de
    société"), as a list (empty when it has none)."""
    return next(([t] for t in np_ if t.pos_ == "NOUN"), [])
