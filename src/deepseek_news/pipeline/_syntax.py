"""Token-level helpers shared by the reported-speech and attribution components."""

from __future__ import annotations

import weakref
from bisect import bisect_left, bisect_right

import numpy
from spacy.attrs import IS_PUNCT, LEMMA, LOWER, POS
from spacy.symbols import ADJ as ADJ_POS
from spacy.symbols import AUX as AUX_POS
from spacy.symbols import NOUN as NOUN_POS
from spacy.symbols import VERB as VERB_POS
from spacy.symbols import X as X_POS
from spacy.tokens import Doc, Span, Token

from ..lang.fr.function_words import (
    AUXILIARY_LEMMAS,
    COMPLEMENTIZERS,
    EUPHONIC_T,
    NEGATION_PARTICLES,
    OF_PREPOSITIONS,
    REFLEXIVE_PRONOUNS,
    THIRD_PERSON_REFLEXIVES,
)
from ..lang.fr.pronouns import (
    INVERTED_SUBJECTS,
    NEGATION_WORDS,
    NP_STOP_WORDS,
    PRONOUN_GENDER,
    STRESSED_PRONOUNS,
    SUBJECT_PRONOUNS,
)
from ..lang.fr.reporting_verbs import (
    HYPOTHETICAL_MODALS,
    INCISE_ADJUNCTS,
    MULTIWORD_CUES,
    NOT_REPORTING,
    REFLEXIVE_VERBS,
    REPORTING_VERBS,
)
from ..lang.fr.time_words import TIME_WORDS
from ._perdoc import doc_text, doc_tokens

_VERB_ENDINGS = (
    "ées",
    "és",
    "ée",
    "é",
    "ent",
    "ons",
    "ez",
    "es",
    "e",
    "ait",
    "aient",
    "ant",
    "era",
    "eront",
    "erait",
)


def fold(word: str) -> str:
    """`word` lowercased, its typographic apostrophe folded to the straight one ("D’" -> "d'"):
    the form the word lists of ``lang/fr`` are written in."""
    return word.lower().replace("’", "'")


def low(tok: Token) -> str:
    """The token's text lowercased, typographic apostrophe folded (see `fold`)."""
    return tok.lower_.replace("’", "'")


def verb_lemma(tok: Token) -> str:
    """The token's lemma, repaired for first-group verbs the lemmatizer leaves inflected."""
    return _verb_lemma(tok.lemma_.lower(), tok.lower_)


def _verb_lemma(lemma: str, low: str) -> str:
    """`verb_lemma` from the lowercased lemma and the lowercased word."""
    if lemma in REPORTING_VERBS or lemma in REFLEXIVE_VERBS:
        return lemma
    for ending in _VERB_ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 2:
            guess = low[: -len(ending)] + "er"
            if guess in REPORTING_VERBS or guess in REFLEXIVE_VERBS:
                return guess  # "tweeté", "s'indigne" (read as an adjective)
    return lemma


def _reflexive(tok: Token) -> bool:
    return any(low(c) in REFLEXIVE_PRONOUNS and c.i < tok.i for c in tok.children) or (
        tok.i > 0 and low(tok.doc[tok.i - 1]) in THIRD_PERSON_REFLEXIVES
    )


def cue_lemma(tok: Token) -> str | None:
    """The reporting cue `tok` heads ("déclarer", "faire valoir"...), or None.

    Read from the table of the doc's cues (:func:`doc_cues`), computed once per doc."""
    return doc_cues(tok.doc).get(tok.i)


def doc_cues(doc: Doc) -> dict[int, str]:
    """Token index -> reporting cue (see `cue_lemma`) of every token of `doc` that heads one.

    Computed once per doc from its token arrays: only the tokens whose part of speech,
    lemma and form allow a cue are looked at one by one; the verdict on a (part of
    speech, lemma, form) triple is kept across docs."""
    cached = _CUE_TABLES.get(doc)
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    table: dict[int, str] = {}
    if len(doc):
        arr = doc.to_array([POS, IS_PUNCT, LEMMA, LOWER])
        keep = numpy.isin(arr[:, 0], _CUE_POS_IDS) & (arr[:, 1] == 0)
        where = numpy.flatnonzero(keep).tolist()
        strings = doc.vocab.strings
        for i, (pos, _, lemma, lower) in zip(where, arr[keep].tolist(), strict=True):
            key = (pos, lemma, lower)
            possible = _POSSIBLE_CUES.get(key)
            if possible is None:
                possible = _possible_cue(pos in _NOMINAL_POS_IDS, strings[lemma], strings[lower])
                if len(_POSSIBLE_CUES) >= _MAX_VERDICTS:
                    _POSSIBLE_CUES.clear()
                _POSSIBLE_CUES[key] = possible
            if possible:
                cue = _cue_lemma(doc[i])
                if cue is not None:
                    table[i] = cue
    _CUE_TABLES[doc] = (len(doc), table)
    return table


_CUE_TABLES: weakref.WeakKeyDictionary[Doc, tuple[int, dict[int, str]]] = weakref.WeakKeyDictionary()
# the parts of speech a cue may have (X: a word the tagger did not know, "a tweeté")
_CUE_POS_IDS = numpy.array([VERB_POS, AUX_POS, NOUN_POS, ADJ_POS, X_POS], dtype=numpy.uint64)
_NOMINAL_POS_IDS = frozenset({int(NOUN_POS), int(ADJ_POS), int(X_POS)})
_NOMINAL_CUE_ENDINGS = ("é", "ée", "és", "ées", "ant", "e")
# the lemmas (after `verb_lemma`) a cue may have: reporting and reflexive verbs, the first
# word of a multiword cue
_CUE_LEMMAS = (
    REPORTING_VERBS | REFLEXIVE_VERBS | {p.split()[0] for p in MULTIWORD_CUES if len(p.split()) > 1}
) - NOT_REPORTING
# the multiword cues split once: (first word, the other words, cue), in the table's order
_MULTIWORD_SPLIT = [(p.split()[0], p.split()[1:], cue) for p, cue in MULTIWORD_CUES.items()]
# (pos, lemma, lower) hashes -> whether a token with them may be a cue
_POSSIBLE_CUES: dict[tuple[int, int, int], bool] = {}
_MAX_VERDICTS = 500_000


def _possible_cue(nominal: bool, lemma: str, low: str) -> bool:
    """What `_cue_lemma` checks before it looks at the token's neighbours: whether a word of
    this form and lemma (a noun or adjective when `nominal`) may head a cue."""
    if nominal and not low.endswith(_NOMINAL_CUE_ENDINGS):
        return False
    return _verb_lemma(lemma.lower(), low) in _CUE_LEMMAS


def _cue_lemma(tok: Token) -> str | None:
    """The reporting cue `tok` heads, computed from the token and its neighbours."""
    if tok.pos_ not in {"VERB", "AUX", "NOUN", "ADJ", "X"} or tok.is_punct:
        return None
    if tok.pos_ in {"NOUN", "ADJ", "X"} and not tok.lower_.endswith(_NOMINAL_CUE_ENDINGS):
        return None
    if tok.pos_ == "X" and not (tok.i > 0 and tok.doc[tok.i - 1].lemma_ in AUXILIARY_LEMMAS):
        return None  # a word the tagger did not know, read as a participle after "a" ("a tweeté")
    lemma = verb_lemma(tok)
    if lemma in NOT_REPORTING:
        return None
    # multiword cues: faire valoir, tenir à préciser, mettre en garde
    for first, rest, multiword in _MULTIWORD_SPLIT:
        if lemma == first and rest:
            following = [t.lemma_.lower() for t in tok.doc[tok.i + 1 : tok.i + 1 + len(rest)]]
            if following == rest:
                return multiword
    if lemma in REPORTING_VERBS:
        return lemma
    if lemma in REFLEXIVE_VERBS and _reflexive(tok):
        return lemma
    return None


def negated(tok: Token) -> bool:
    """The verb is negated ("n'a pas dit", "ne dément jamais")."""
    doc = tok.doc
    window = [c for c in tok.children if _same_clause(doc, c.i, tok.i)]
    window += [t for t in doc[max(0, tok.i - 4) : tok.i] if _same_clause(doc, t.i, tok.i)]
    words = {low(t) for t in window}
    return bool(words & NEGATION_PARTICLES) and bool(words & NEGATION_WORDS)


def _same_clause(doc: Doc, i: int, j: int) -> bool:
    """No punctuation between the tokens i and j (a quotation's words hung on the verb of
    the incise after it are not the verb's: "« … n'est pas assez », réagit X")."""
    lo, hi = (i, j) if i < j else (j, i)
    return not any(doc[k].is_punct for k in range(lo + 1, hi))


def hypothetical(tok: Token) -> bool:
    """Governed by a conditional modal ("pourrait dire que") or a question."""
    head = tok.head
    chain = [head] if head is not tok else []
    chain += [c for c in tok.children if c.dep_.startswith("aux")]
    for t in chain:
        if t.lemma_ in HYPOTHETICAL_MODALS and "Cnd" in t.morph.get("Mood", []):
            return True
    return False


def is_pronoun_subject(tok: Token) -> bool:
    return tok.lower_ in SUBJECT_PRONOUNS or tok.lower_ in INVERTED_SUBJECTS


def pronoun_gender(text: str) -> str:
    return PRONOUN_GENDER.get(text.lower(), "")


def noun_phrase(doc: Doc, start: int, limit: int) -> Span | None:
    """The noun phrase starting at token `start` (a speaker after an incise verb):
    "le ministre de l'Économie", "un porte-parole de Nvidia", "Sam Altman"."""
    end = start
    while end < min(limit, len(doc)):
        t = doc[end]
        if t.is_punct and t.text not in {"-", "'"}:
            break
        if t.pos_ in {"VERB", "AUX"} and end > start and doc[end - 1].pos_ != "DET":
            break  # (after a determiner it is a noun: "cet exploitant")
        if t.lower_ in NP_STOP_WORDS and end > start:
            break
        if t.pos_ in {"ADP", "SCONJ"} and low(t) not in OF_PREPOSITIONS and end > start:
            break
        if t.pos_ == "ADP" and end == start:
            return None
        end += 1
        if end - start >= 9:
            break
    while end > start and (
        doc[end - 1].pos_ in {"ADP", "DET", "CCONJ"}
        or (doc[end - 1].pos_ == "ADV" and end - 1 > start and doc[end - 1].is_lower)
    ):
        end -= 1  # "l'attaché de presse du club juste [avant…]"
    if end <= start:
        return None
    return doc[start:end]


def verbal_noun(tok: Token) -> bool:
    """A reporting verb the tagger read as its homograph noun ("Le PDG, Luca Roux, juge que
    …"): a noun with a cue reading, right before "que", not after a determiner, an adjective
    or a preposition ("le juge qu'il a vu" is a noun)."""
    doc = tok.doc
    return (
        tok.pos_ == "NOUN"
        and cue_lemma(tok) is not None
        and tok.i + 1 < len(doc)
        and low(doc[tok.i + 1]) in COMPLEMENTIZERS
        and tok.i > 0
        and doc[tok.i - 1].pos_ not in {"DET", "ADJ", "ADP", "NUM"}
    )


def subject_of(verb: Token) -> Token | None:
    """The subject of `verb`, climbing through participles, infinitives and coordination."""
    if verbal_noun(verb):
        prev = verb.doc[verb.i - 1]
        if verb.dep_ == "conj" and verb.head.i < verb.i and verb.head.pos_ in {"VERB", "AUX"}:
            return subject_of(verb.head)  # "X a salué « … » mais juge que": the first verb's subject
        if verb.dep_ in {"appos", "conj"} and verb.head.i < verb.i:
            head = verb.head  # "Le PDG de Renault, Luca de Meo, juge que": the phrase before
            while head.dep_ in {"appos", "flat:name"} and head.head.i < head.i:
                head = head.head
            return head
        if prev.pos_ in {"NOUN", "PROPN"}:
            return _paragraph_lead(verb.doc, prev.i) or prev
    seen = 0
    t: Token = verb
    while seen < 5:
        seen += 1
        inverted = _incise_subject(t)
        if inverted is not None:
            return inverted
        for c in t.children:
            if c.dep_ in {"nsubj", "nsubj:pass", "expl:subj"} and c.i != verb.i and not _participle(c):
                if _paragraph_break(c.doc, c.i, verb.i):
                    continue  # the parser joined two paragraphs: an intertitle, the last words above
                if _emphatic_pronoun(c):
                    earlier = _subject_before_emphatic(c, t)
                    if earlier is not None:
                        return earlier
                return _subject_word(c, t)
        if t.dep_ in {"xcomp", "advcl", "conj", "ccomp", "acl", "parataxis", "acl:relcl"} and t.head is not t:
            if t.dep_ in {"ccomp"}:
                return None
            t = t.head
            continue
        break
    return _left_subject(verb)


def _incise_subject(verb: Token) -> Token | None:
    """The subject of a reporting verb in an incise, written after it whatever the parser
    attached it to: "<clause>, a confirmé le procureur, ajoutant que…", "<clause>, assure
    cette économiste, car…", "Certes, concède-t-elle, …" (the clitic). The verb follows a
    comma or a closing quotation mark, a clause with a finite verb stands before it, and the
    noun phrase after it closes the incise (punctuation or a complement follows)."""
    doc = verb.doc
    if verb.pos_ not in {"VERB", "AUX"} or cue_lemma(verb) is None:
        return None
    k = verb.i - 1
    while k >= 0 and (doc[k].pos_ == "AUX" or low(doc[k]) in EUPHONIC_T or _clitic(doc[k])):
        if _clitic(doc[k]):
            return doc[k]  # "…, a-t-elle ajouté"
        k -= 1
    if k >= 0 and low(doc[k]) in THIRD_PERSON_REFLEXIVES:
        k -= 1  # "…, s'est félicité le maire"
    if k < 0 or doc[k].text not in _INCISE_OPENERS:
        return None
    if k == verb.i - 1 and verb.lower_.endswith("ant"):
        return None  # "…, ajoutant que": a participle phrase, not an incise
    j = verb.i + 1
    while j < len(doc) and low(doc[j]) in EUPHONIC_T:
        j += 1
    if j < len(doc) and _clitic(doc[j]):
        return doc[j]  # "…, concède-t-elle, …"
    start = verb.sent.start
    if not any(
        t.pos_ == "AUX" or "Fin" in t.morph.get("VerbForm", []) or t.text in _CLOSING_MARKS
        for t in doc[start:k]
    ):
        return None  # "Le ministre, Paul Roux, a annoncé un plan": no clause (nor quotation) before the comma
    while j < len(doc) and (doc[j].pos_ == "ADV" or low(doc[j]) in _INCISE_SKIPPED):
        j += 1
    np_ = noun_phrase(doc, j, len(doc))
    if np_ is None or _paragraph_break(doc, verb.i, np_.end - 1):
        return None
    if np_.end < len(doc):
        nxt = doc[np_.end]
        closes = nxt.is_space or nxt.pos_ == "ADP" or nxt.lower_ == "qui" or nxt.is_punct
        if not closes or nxt.text in _OPENING_MARKS:
            return None  # the noun phrase is the verb's object: "…, a déclaré le plan « prioritaire »"
    return next((t for t in np_ if t.pos_ in {"NOUN", "PROPN"}), None)


def _clitic(tok: Token) -> bool:
    """An inverted subject clitic ("-il", "-elle", "-t-on")."""
    return tok.lower_.startswith("-") and len(tok.text) > 2


def _paragraph_break(doc: Doc, i: int, j: int) -> bool:
    """Whether a line break lies between the tokens i and j (in either order)."""
    lo, hi = (i, j) if i < j else (j, i)
    return any(t.is_space and "\n" in t.text for t in doc[lo:hi])


_INCISE_OPENERS = frozenset({",", "»", "”", '"'})
# words between an incise's verb and its subject ("a assuré mardi la directrice")
_INCISE_SKIPPED = INCISE_ADJUNCTS | TIME_WORDS
_OPENING_MARKS = frozenset({"«", "“", '"'})
_CLOSING_MARKS = frozenset({"»", "”"})


def _participle(tok: Token) -> bool:
    """A participle is never a subject: "Interrogée par la presse, X a promis" (parser error)."""
    return tok.pos_ in {"VERB", "ADJ"} and "Part" in tok.morph.get("VerbForm", [])


def _left_subject(verb: Token) -> Token | None:
    """The noun phrase right before a finite verb, after a comma or at the sentence start,
    when the parser attached it elsewhere: "Interrogée par la presse, Maëlle Quéré a promis"."""
    doc = verb.doc
    k = _before_emphatic(doc, verb.i - 1)
    while k >= 0 and (
        doc[k].pos_ == "AUX" or low(doc[k]) in NEGATION_PARTICLES or low(doc[k]) in THIRD_PERSON_REFLEXIVES
    ):
        k -= 1
    if k >= 2 and doc[k].text in _CLOSING_MARKS and verb.pos_ == "VERB":
        # "« TP » se demande": a nickname in quotation marks opening the clause
        o = k - 1
        while o > k - 5 and o > 0 and doc[o].text not in _OPENING_MARKS:
            o -= 1
        found = quoted_words(doc, o)
        opens = o == 0 or doc[o - 1].is_space or doc[o - 1].text in {",", "."} or doc[o].is_sent_start
        if found is not None and found[1] == k and opens:
            return found[0][-1]
    if k > 0 and doc[k].pos_ == "ADJ" and doc[k - 1].pos_ in {"NOUN", "PROPN"}:
        k -= 1  # "Le président brésilien estime"
    if k < 0 or verb.pos_ != "VERB" or doc[k].pos_ not in {"NOUN", "PROPN"}:
        return None
    if not any(
        doc[j].pos_ == "AUX" or "Fin" in doc[j].morph.get("VerbForm", []) for j in range(k + 1, verb.i + 1)
    ):
        return None  # not a finite verb
    lead = _paragraph_lead(doc, k)
    if lead is not None:
        return lead
    head = first = k
    while first > 0 and first > k - 4 and doc[first - 1].pos_ in {"PROPN", "DET", "ADJ", "NOUN"}:
        first -= 1
        if doc[first].pos_ == "PROPN":
            head = first
    if not (first == 0 or doc[first].is_sent_start or doc[first - 1].text == ","):
        return None
    if doc[first].pos_ == "DET" or doc[head].pos_ == "PROPN":
        return doc[head]
    return None


def quoted_words(doc: Doc, i: int) -> tuple[Span, int] | None:
    """One to three capitalized words between the quotation mark at token `i` and its closing
    mark ("« TP »", "« Wemby »"): the words and the index of the closing mark, else None."""
    if i >= len(doc) or doc[i].text not in _OPENING_MARKS:
        return None
    j = i + 1
    while j < len(doc) and j <= i + 4 and doc[j].text not in _CLOSING_MARKS | {'"'}:
        if not (doc[j].text[:1].isupper() or doc[j].is_space):
            return None
        j += 1
    if j >= len(doc) or j > i + 4 or doc[j].text not in _CLOSING_MARKS | {'"'}:
        return None
    words = [t for t in doc[i + 1 : j] if not t.is_space]
    if not words:
        return None
    return doc[words[0].i : words[-1].i + 1], j


def _coordinated_nouns(span: Span) -> bool:
    """Whether `span` is nouns coordinated by "et", each with its determiners, adjectives and
    "de" complements ("les éboueurs et agents de propreté de la Ville")."""
    allowed = {"DET", "NOUN", "PROPN", "ADJ"}
    return len(span) <= 14 and all(
        t.pos_ in allowed or low(t) in OF_PREPOSITIONS or (t.pos_ == "CCONJ" and t.lower_ == "et")
        for t in span
    )


def _paragraph_lead(doc: Doc, k: int) -> Token | None:
    """The head noun of a noun phrase that opens its paragraph and ends at token k, right
    before the verb: "Le président du club estime que…" below a paragraph the parser joined."""
    p = k
    while p > 0 and not (doc[p - 1].is_space and "\n" in doc[p - 1].text):
        p -= 1
    np_ = noun_phrase(doc, p, k + 1)
    if np_ is not None and np_.end != k + 1 and _coordinated_nouns(doc[p : k + 1]):
        np_ = doc[p : k + 1]  # "Les éboueurs et agents de la Ville ont annoncé"
    if np_ is None or np_.end != k + 1 or doc[p].pos_ not in {"DET", "PROPN"}:
        return None
    # a name closing the phrase in apposition ("La start-up nantaise Lumeo"), not the
    # complement of a noun ("Le président de l'Asvel", "Le patron du PSG")
    first = k
    while first > np_.start and doc[first - 1].pos_ == "PROPN":
        first -= 1
    if doc[k].pos_ == "PROPN" and first > np_.start:
        before = doc[first - 1]
        if low(before) not in OF_PREPOSITIONS and before.pos_ not in {"DET", "ADP"}:
            return doc[first]
    return next((t for t in np_ if t.pos_ in {"NOUN", "PROPN"}), None)


def _emphatic_pronoun(tok: Token) -> bool:
    """A stressed pronoun set off by commas that echoes the subject ("Les grévistes ont, eux,
    annoncé", "X s'est, elle aussi, aperçue"): never the subject itself."""
    doc = tok.doc
    if low(tok) not in STRESSED_PRONOUNS or tok.i < 2 or doc[tok.i - 1].text != ",":
        return False
    j = tok.i + 1
    while j < len(doc) and doc[j].pos_ == "ADV":
        j += 1  # "elle aussi", "lui non plus"
    return j < len(doc) and doc[j].text == "," and doc[tok.i - 2].pos_ in {"AUX", "NOUN", "PROPN"}


def _before_emphatic(doc: Doc, k: int) -> int:
    """The token before an emphatic pronoun set off by commas that ends at token k (", eux,",
    ", elle aussi,"), else k."""
    if k < 2 or doc[k].text != ",":
        return k
    j = k - 1
    while j > 0 and doc[j].pos_ == "ADV":
        j -= 1  # "elle aussi", "lui non plus"
    if _emphatic_pronoun(doc[j]):
        return j - 2
    return k


def _subject_before_emphatic(pron: Token, verb: Token) -> Token | None:
    """The subject the emphatic pronoun `pron` echoes: a subject the parser gave to the
    auxiliary, else the noun phrase right before the auxiliary and its clitics."""
    for aux in verb.children:
        if aux.i < pron.i and aux.pos_ == "AUX":
            for c in aux.children:
                if c.dep_ in {"nsubj", "nsubj:pass"}:
                    return _subject_word(c, aux)
    doc = pron.doc
    k = pron.i - 2  # the comma before the pronoun
    while k >= 0 and (doc[k].pos_ in {"AUX", "PRON"} and low(doc[k]) not in STRESSED_PRONOUNS):
        k -= 1  # "s'est", "ont"
    if k >= 0 and doc[k].pos_ in {"NOUN", "PROPN"}:
        head = doc[k]
        while head.dep_ in {"flat:name", "flat", "nmod", "amod"} and head.head.i < head.i:
            head = head.head
        return head
    return None


def _subject_word(subj: Token, verb: Token) -> Token:
    """The word that names a subject: the clitic after the euphonic "-t" ("estime-t-elle"),
    the antecedent of a relative "qui" ("le syndicat, qui estime que")."""
    doc = subj.doc
    if subj.lower_ in EUPHONIC_T and subj.i + 1 < len(doc) and doc[subj.i + 1].lower_.startswith("-"):
        return doc[subj.i + 1]
    if subj.lower_ == "qui" and verb.dep_ == "acl:relcl" and verb.head.pos_ in {"NOUN", "PROPN"}:
        near = _before_comma(subj)
        return near if near is not None else verb.head
    return subj


def _before_comma(qui: Token) -> Token | None:
    """The antecedent of ", qui": the noun phrase right before the comma, which the parser
    sometimes skips ("un chiffre contesté par le SNCTA, qui estime que" -> SNCTA), climbing
    to its head noun ("la chambre régionale des comptes, qui" -> chambre)."""
    doc = qui.doc
    if qui.i < 2 or doc[qui.i - 1].text != ",":
        return None
    tok = doc[qui.i - 2]
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return None
    while (
        tok.dep_ in {"nmod", "flat:name", "flat", "amod", "compound"}
        and tok.head.i < tok.i
        and tok.head.pos_ in {"NOUN", "PROPN"}
        and "," not in tok.doc[tok.head.i : tok.i].text
    ):
        tok = tok.head
    return tok


class TokenIndex:
    """Map character offsets to token indices."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.starts = doc_tokens(doc).idx

    def at(self, char: int) -> int:
        """Index of the token containing (or starting before) `char`."""
        return max(0, bisect_right(self.starts, char) - 1)


def glued_period(tok: Token) -> bool:
    """A word the tokenizer glued to a sentence-final period ("SpaceX." before "Chaque")."""
    return _glued_period(tok.text)


def _glued_period(text: str) -> bool:
    """`glued_period` of a token's text."""
    return len(text) >= 4 and text.endswith(".") and "." not in text[:-1] and text[-2].isalnum()


def sentences(doc: Doc, text: str | None = None) -> list[Span]:
    """The parser's sentences, repaired: split again at paragraph breaks and at a period
    the tokenizer glued to the last word; joined again where the parser cut before a
    comma or a lowercase word with no sentence-final punctuation before the cut
    ("Selon Santé publique France | , l'épidémie…").  Leading and trailing spaces are
    left out.  `text` is ``doc.text`` when the caller already has it."""
    text = doc_text(doc) if text is None else text
    table = doc_tokens(doc)
    texts, spaces = table.texts, table.spaces
    # the tokens where a sentence may be cut: line breaks and words glued to a period
    marks = [
        i for i, t in enumerate(texts) if (spaces[i] and "\n" in t) or (t[-1:] == "." and _glued_period(t))
    ]
    pieces: list[tuple[int, int]] = []
    for sent in doc.sents:
        start = sent.start
        for i in marks[bisect_left(marks, sent.start) : bisect_left(marks, sent.end)]:
            cut = None
            if spaces[i] and "\n" in texts[i]:
                cut = i
            elif _glued_period(texts[i]) and i + 1 < sent.end and doc[i + 1].is_title:
                cut = i + 1
            if cut is not None:
                _push(doc, text, start, cut, pieces)
                start = cut
        _push(doc, text, start, sent.end, pieces)
    return [doc[s:e] for s, e in pieces if e > s]


_NOT_SENTENCE_START = {",", ";", ")", "»", "”", "…", "."}


def _push(doc: Doc, text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    if end <= start:
        return
    first = doc[start]
    if out:
        last = doc[out[-1][1] - 1]
        gap = text[last.idx + len(last) : first.idx]
        continues = first.text in _NOT_SENTENCE_START or first.text[:1].islower()
        if continues and "\n" not in gap and last.text not in {".", "!", "?", "…"}:
            out[-1] = (out[-1][0], end)
            return
    out.append((start, end))
