"""Mention expansion: from the token a cue points at to the noun phrase naming the speaker
("patron" -> "Le patron d'OpenAI", "Altman" -> "Le PDG d'OpenAI, Sam Altman")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...lang.fr.function_words import OF_PREPOSITIONS, RELATIVE_PRONOUNS
from ...lang.fr.pronouns import SPEAKER_PRONOUNS
from ...lang.fr.roles import COLLECTIVE_HEADS, GROUP_HEADS, ROLE_NOUNS, UNNAMED_HEADS
from .._syntax import TokenIndex, is_pronoun_subject, low, verbal_noun


def names_someone(tok: Token) -> bool:
    """Whether a subject can name a speaker: a name, a personal pronoun, a role or a group
    ("Nadia Ferhat", "il", "le maire", "les pompiers"), not a thing ("la réforme")."""
    word = low(tok)
    if tok.ent_type_ == "PER":
        return True  # a name the tagger took for a common noun
    if tok.pos_ == "PRON":
        return word in SPEAKER_PRONOUNS
    if tok.pos_ == "NOUN":
        return word in GROUP_HEADS or word in ROLE_NOUNS or word in UNNAMED_HEADS
    return tok.pos_ == "PROPN"


def expand_mention(doc: Doc, idx: TokenIndex, start: int, end: int) -> tuple[int, int]:
    """From a subject token to its noun phrase ("patron" -> "Le patron d'OpenAI")."""
    tok = doc[idx.at(start)]
    if is_pronoun_subject(tok) or tok.lower_.startswith("-"):
        return start, end
    if end - start > len(tok.text):
        return start, _apposed_name(doc, idx, start, end)
    left = tok.i
    # a name the parser took for the subject in "un porte-parole de France Nature Environnement"
    k = tok.i
    while k > 0 and (doc[k - 1].pos_ == "PROPN" or doc[k - 1].is_title):
        k -= 1
    # ... or "le leader de l'équipe Nordvik": a collective noun before the name
    j = k - 1
    if j >= 1 and doc[j].lower_ in COLLECTIVE_HEADS:
        j -= 1
        if j >= 1 and doc[j].pos_ == "DET":
            j -= 1
    if (
        (tok.pos_ == "PROPN" or tok.is_title)
        and j >= 1
        and low(doc[j]) in OF_PREPOSITIONS
        and (doc[j - 1].lower_ in ROLE_NOUNS or doc[j - 1].lower_ in UNNAMED_HEADS)
    ):
        left = j - 1
        if left > 0 and doc[left - 1].pos_ == "DET":
            left -= 1
        last = tok.i
        while last + 1 < len(doc) and (doc[last + 1].pos_ == "PROPN" or doc[last + 1].is_title):
            last += 1
        return doc[left].idx, doc[last].idx + len(doc[last])
    for c in tok.lefts:
        if c.dep_ in {"det", "amod", "nummod", "flat:name", "compound"} and not c.is_punct:
            left = min(left, c.left_edge.i)
    right = tok.i
    for c in tok.rights:
        if c.dep_ in {"flat:name", "amod", "nmod", "appos", "compound", "conj"} and not c.is_punct:
            # stop at a relative clause or at a comma-separated apposition boundary
            stop = c.right_edge.i
            for k in range(tok.i + 1, stop + 1):
                if doc[k].text in {",", "(", "«"} or doc[k].lower_ in RELATIVE_PRONOUNS:
                    stop = k - 1
                    break
                if doc[k].pos_ in {"VERB", "AUX"}:
                    stop = k - 1
                    break
            right = max(right, stop)
        elif c.is_punct or c.dep_ in {"acl", "acl:relcl"}:
            break
    # an apposition after a comma: "Le PDG d'OpenAI, Sam Altman, a salué"
    for c in tok.rights:
        if c.dep_ == "appos" and c.pos_ in {"PROPN", "NOUN", "X"} and not verbal_noun(c):
            last = max([c.i, *[g.i for g in c.children if g.dep_ in {"flat:name", "flat"}]])
            right = max(right, last)
    span = doc[left : right + 1]
    return span.start_char, _apposed_name(doc, idx, span.start_char, span.end_char)


# the most tokens between a role description's head and the comma before the name
_COMPLEMENT_TOKENS = 10


def _apposed_name(doc: Doc, idx: TokenIndex, start: int, end: int) -> int:
    """End of the mention ending at `end` past the person named in apposition after the
    rest of a role description the parser cut: "le premier adjoint [à la maire de Paris],
    Emmanuel Grégoire", "la cheffe des députés [de la France insoumise (LFI)], Léa Roux"."""
    first, last = doc[idx.at(start)], doc[idx.at(end - 1)]
    words = doc[first.i : last.i + 1]
    if (
        first.pos_ != "DET"
        or not any(t.pos_ == "NOUN" for t in words)
        or any(t.ent_type_ == "PER" for t in words)
    ):
        return end  # a description that names its person already
    k = last.i + 1
    while k < len(doc) and k - last.i <= _COMPLEMENT_TOKENS and doc[k].text != ",":
        t = doc[k]
        if t.pos_ in {"VERB", "AUX", "PRON", "SCONJ"} or (t.is_punct and t.text not in {"(", ")", "-"}):
            return end
        k += 1
    if k + 1 >= len(doc) or doc[k].text != "," or doc[k + 1].ent_type_ != "PER":
        return end
    name = k + 1
    while name + 1 < len(doc) and doc[name + 1].ent_type_ == "PER" and doc[name + 1].ent_iob_ == "I":
        name += 1
    return doc[name].idx + len(doc[name])
