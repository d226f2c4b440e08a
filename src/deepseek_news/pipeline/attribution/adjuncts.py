"""Adjuncts around a speaker: the adverbs, time phrases and prepositional complements that
may stand between a reporting verb and its postposed subject ("a réagi dans un communiqué
le maire"), between an inverted clitic and the verb ("avait-il par exemple déclaré"), or
that a parser leaves at the start of a mention ("lundi le parquet")."""

from __future__ import annotations

from spacy.tokens import Doc

from ...lang.fr.function_words import OF_PREPOSITIONS
from ...lang.fr.reporting_verbs import INCISE_ADJUNCTS, INCISE_ADVERBIALS, INCISE_COMPLEMENT_PREPOSITIONS
from ...lang.fr.time_words import TIME_QUALIFIERS, TIME_WORDS
from ...lang.fr.titles import TITLES
from .._perdoc import doc_tokens
from .._syntax import fold, low

# the adverbial phrases as token sequences, an elided word split from the next ("d'" "abord")
_ADVERBIALS = [tuple(p.replace("'", "' ").split()) for p in INCISE_ADVERBIALS]
# the same by first word, in the same order
_ADVERBIALS_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _words in _ADVERBIALS:
    if _words:
        _ADVERBIALS_BY_FIRST.setdefault(_words[0], []).append(_words)


def adverbial_at(doc: Doc, i: int, end: int) -> int:
    """Length in tokens of an adverbial phrase of INCISE_ADVERBIALS starting at token i
    (before token `end`), or 0."""
    if i >= end:
        return 0
    lows = doc_tokens(doc).lows
    for words in _ADVERBIALS_BY_FIRST.get(lows[i], ()):
        n = len(words)
        if i + n <= end and tuple(lows[i : i + n]) == words:
            return n
    return 0


def skip_adjuncts(doc: Doc, i: int, end: int) -> int:
    """First token at or after `i` past the adverbs, time phrases and prepositional
    complements that may stand between a postposed reporting verb and its subject ("a réagi
    dans un communiqué le maire", "a insisté sur Europe 1 ce mercredi le porte-parole",
    "a annoncé lundi le parquet")."""
    k = i
    while k < end:
        t = doc[k]
        word = low(t)
        n = adverbial_at(doc, k, end)
        if n:
            k += n
            continue
        if word in INCISE_COMPLEMENT_PREPOSITIONS and k + 1 < end:
            j = k + 1
            if j + 1 < end and (
                low(doc[j]) in OF_PREPOSITIONS or low(doc[j]) in INCISE_COMPLEMENT_PREPOSITIONS
            ):
                j += 1  # "auprès de", "lors du", "face à"
            k = _complement_end(doc, j, end)
            if k < 0:
                break
            continue
        if (
            t.pos_ == "ADV"
            or word in INCISE_ADJUNCTS
            or word in TIME_WORDS
            or (t.like_num and t.pos_ not in {"PROPN", "DET", "PRON"})  # a date, not "un porte-parole"
        ):
            k += 1
            continue
        if t.pos_ == "DET" and k + 1 < end and low(doc[k + 1]) in TIME_WORDS:
            k += 2  # "ce mercredi", "cette semaine"
            if k < end and low(doc[k]) in TIME_QUALIFIERS:
                k += 1  # "le mois dernier"
            continue
        break
    return k


def _complement_end(doc: Doc, j: int, end: int) -> int:
    """End of the noun phrase of a prepositional complement starting at token j ("un
    communiqué", "Europe 1", "l'antenne de France Inter"), or -1 when there is none."""
    if doc[j].pos_ == "DET":
        j += 1
    start_np = j
    while j < end and (
        doc[j].pos_ in {"NOUN", "PROPN", "ADJ", "NUM"}
        or (low(doc[j]) in OF_PREPOSITIONS and j > start_np)
        or (doc[j].pos_ == "DET" and j > start_np and low(doc[j - 1]) in OF_PREPOSITIONS)
    ):
        name_begins = doc[j].text in TITLES or (doc[j].ent_iob_ == "B" and doc[j - 1].ent_iob_ != "O")
        if j > start_np and name_begins:
            break  # "à l'AFP Léa Morel", "auprès de l'AFP Me Jean Vidal": the speaker's name begins
        j += 1
    return -1 if j == start_np else j


def strip_adjuncts(text: str, start: int, end: int) -> tuple[int, int]:
    """The mention [start, end) without the time words and adverbs a parser left at its
    start ("lundi le parquet", "encore la préfecture")."""
    while True:
        word_end = text.find(" ", start, end)
        if word_end < 0:
            return start, end
        word = fold(text[start:word_end])
        if word not in INCISE_ADJUNCTS and word not in TIME_WORDS:
            return start, end
        start = word_end + 1
        while start < end and text[start] == " ":
            start += 1
