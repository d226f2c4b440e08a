"""The clause a reporting verb governs ("a déclaré que <clause>", "a promis de <infinitive>"):
where it starts, and the cues that govern no reported speech."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...lang.fr.function_words import (
    COMPLEMENTIZERS,
    DEMONSTRATIVE_CE,
    INFINITIVE_CLITICS,
    INFINITIVE_MARKERS,
    NEGATION_PARTICLES,
    OF_PREPOSITIONS,
    PREPOSITIONAL_RELATIVES,
)
from ...lang.fr.pronouns import FIRST_PERSON, NEGATION_WORDS
from ...lang.fr.reporting_verbs import (
    ATTITUDE_VERBS,
    CONJUNCTION_HEADS,
    INFINITIVE_CUES,
    NON_SPEAKER_SUBJECTS,
    NON_SPEECH_GOVERNORS,
    OBJECT_THEN_QUE,
    REQUEST_VERBS,
)
from ...lang.fr.time_words import TIME_NOUNS, WEEKDAYS
from .._perdoc import doc_text
from .._sources import ON_SOURCE_BEFORE
from .._syntax import cue_lemma, low

# object pronouns that open an infinitive complement ("disent se sentir", "assure l'avoir vu")


def complement_start(sent: Span, tok: Token, cue: str) -> int | None:
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
            if (
                doc[i - 1].text == ","
                and i - 1 > tok.i + 1
                and not any(t.text == "," for t in doc[tok.i + 1 : i - 1])
            ):
                # "révélé par le journal Le Soir, que la police n'a pas pu authentifier": a comma
                # closing no adjunct opened after the cue ("a indiqué, dans un communiqué, que")
                # puts "que" after a noun, a relative pronoun
                return None
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
            return i - 1 if low(doc[i - 1]) in INFINITIVE_CLITICS else i
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


def _negated_infinitive(doc: Doc, i: int, limit: int) -> bool:
    """ "ne pas augmenter", "n'avoir jamais eu", "ne plus vouloir" from the "ne" at `i`."""
    window = doc[i + 1 : min(limit, i + 4)]
    return any(t.lower_ in NEGATION_WORDS for t in window) and any(
        "Inf" in t.morph.get("VerbForm", []) for t in window
    )


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
    before = [low(t) for t in doc[max(0, tok.i - 3) : tok.i] if t.pos_ != "AUX"]
    return bool(before) and (
        before[-1] in NON_SPEAKER_SUBJECTS or (before[-2:-1] == ["ce"] and before[-1] == "qui")
    )


def _restrictive(sent: Span, tok: Token, que: int) -> bool:
    """ "ne … que" is a restriction, not a complement clause: "ne pourront parler qu'à la fin",
    "n'a évoqué que deux cas", "ne serait en mesure d'assurer qu'un tiers" (back from the cue
    to the punctuation before its verb group)."""
    doc = sent.doc
    first = tok.i
    while first > max(sent.start, tok.i - 8) and not doc[first - 1].is_punct:
        first -= 1
    for k in range(first, que):
        if low(doc[k]) in NEGATION_PARTICLES:
            return not any(t.lower_ in NEGATION_WORDS for t in doc[k + 1 : que])
    return False


def _direct_object(doc: Doc, i: int, cue: str) -> bool:
    """Whether a determiner at `i` opens the cue's direct object ("a annoncé ses décisions"),
    which ends the search for a complement clause; time adjuncts ("cette semaine", "le 5
    mars") and objects of the verbs of informing ("a prévenu ses clients que") do not."""
    t = doc[i]
    if t.pos_ != "DET" or cue in OBJECT_THEN_QUE:
        return False
    if doc[i - 1].pos_ == "ADP" or low(doc[i - 1]) in OF_PREPOSITIONS | {"à", "au", "aux"}:
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


def _first_person(subject: Token | None) -> bool:
    """The subject is the writer or a generic "on" — unless a place of speech opens the clause
    ("Du côté de l'Élysée, on assure que…")."""
    if subject is None or subject.lower_ not in FIRST_PERSON:
        return False
    if subject.lower_ == "on":
        text = doc_text(subject.doc)
        line_start = max(text.rfind("\n", 0, subject.idx) + 1, subject.idx - 120)
        return ON_SOURCE_BEFORE.search(text[line_start : subject.idx].lower()) is None
    return True
