"""Cue finders: what attributes a quotation — a reporting verb after, before or inside it,
a colon, "selon X", a dash, a governing verb of its sentence, a signing sentence — tried in
the order of ``CUE_FINDERS``.

Every finder has the signature ``(site, attr) -> bool``: it reads the quotation's place in
the document (``QuoteSite``), fills ``attr`` (cue, cue span, speaker mention, method) and
returns True when it found the cue.  A new way of attributing is a new function added to
``CUE_FINDERS`` at the place its precedence calls for.  A quotation no finder attributes is
left to ``pending``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from ...lang.fr.function_words import (
    AUXILIARY_LEMMAS,
    EUPHONIC_T,
    OF_PREPOSITIONS,
    PAST_PARTICIPLE_ENDINGS,
    PREPOSITIONAL_RELATIVES,
)
from ...lang.fr.reporting_verbs import (
    ATTRIBUTING_NOUN_DETERMINERS,
    ATTRIBUTING_NOUNS,
    SIGNATURE_OPENERS,
    SIGNING_PARTICIPLES,
)
from ...lang.fr.roles import ROLE_NOUNS
from ...lang.fr.sources import LEAD_SOURCE_WORDS
from .._sources import SOURCES, SOURCES_AND_VIEWS, phrase_at
from .._syntax import TokenIndex, cue_lemma, low, negated, noun_phrase, quoted_words, subject_of, verbal_noun
from .adjuncts import adverbial_at, skip_adjuncts
from .layout import TIMESTAMP
from .mentions import names_someone
from .model import _Attr


@dataclass(frozen=True)
class QuoteSite:
    """A quotation in its document: its meta (``dsn_quotes``), the tokens of its marks and
    the token bounds [sent_start, sent_end) of the sentence around it."""

    doc: Doc
    idx: TokenIndex
    meta: dict[str, Any]
    open_tok: Token
    close_tok: Token
    sent_start: int
    sent_end: int


CueFinder = Callable[[QuoteSite, _Attr], bool]


def quote_site(doc: Doc, text: str, idx: TokenIndex, m: dict[str, Any]) -> QuoteSite:
    """The tokens and the sentence around the quotation `m`."""
    open_tok = doc[idx.at(m["open_at"])]
    close_tok = doc[idx.at(m["close_at"])] if m["close_at"] < len(text) else doc[-1]
    sent_end = _sentence_end(doc, close_tok)
    content = text[m["start"] : m["end"]].rstrip()
    nxt = doc[close_tok.i + 1] if close_tok.i + 1 < len(doc) else None
    if content[-1:] in {".", "!", "?", "…"} and (nxt is None or nxt.text not in {",", "—", "–", "-"}):
        sent_end = close_tok.i + 1  # « Phrase entière. » Next sentence.
    sent_start = _sentence_start(doc, open_tok)
    return QuoteSite(doc, idx, m, open_tok, close_tok, sent_start, sent_end)


def attribute_quote(site: QuoteSite, a: _Attr) -> bool:
    """Applies the first cue finder that finds a cue; False when none does."""
    return any(finder(site, a) for finder in CUE_FINDERS)


def _name_mark(doc: Doc, i: int) -> bool:
    """An exclamation or question mark at token i that belongs to a name, not to the end of a
    sentence: a comma or a lowercase word follows ("Pour la rédaction de Splann !, média…")."""
    if doc[i].text not in {"!", "?"} or i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    return nxt.text == "," or nxt.text[:1].islower()


def _sentence_end(doc: Doc, close_tok: Token) -> int:
    """End (exclusive) of the sentence a closing mark belongs to, by punctuation."""
    i = close_tok.i + 1
    while i < len(doc):
        t = doc[i]
        if "\n" in t.text or (t.text in {".", "!", "?", "…", "«", "“"} and not _name_mark(doc, i)):
            return i
        i += 1
    return len(doc)


def _sentence_start(doc: Doc, open_tok: Token) -> int:
    i = open_tok.i - 1
    while i >= 0:
        t = doc[i]
        if "\n" in t.text or (t.text in {".", "!", "?", "…", "»", "”"} and not _name_mark(doc, i)):
            return i + 1
        i -= 1
    return 0


def after(site: QuoteSite, a: _Attr) -> bool:
    """« … », affirme-t-il / a lancé le ministre / — X / , selon X."""
    doc, i, end = site.doc, site.close_tok.i + 1, site.sent_end
    while i < end and (doc[i].is_punct and doc[i].text in {",", ")"}):
        i += 1
    if i >= end:
        return False
    t = doc[i]
    if t.text in {"—", "–", "-"} and i + 1 < end:
        np_ = noun_phrase(doc, i + 1, end)
        if np_ is not None and any(x.pos_ in {"PROPN", "NOUN"} for x in np_):
            a.cue, a.cue_span, a.mention, a.method = (
                "dash",
                (t.idx, t.idx + 1),
                (np_.start_char, np_.end_char),
                "dash",
            )
            return True
        return False
    # "…, selon X" anywhere later in the sentence (past the next quotations for a partial one:
    # "« Un acte criminel » qui s'est reproduit « au même endroit », selon les équipes de X")
    if site.meta["label"] == "partial":
        end = _past_quotations(doc, i)[0]
    for k in range(i, end):
        if k > i and doc[k - 1].text != ",":
            continue
        src = phrase_at(doc, k, end, SOURCES)
        if src is not None:
            np_ = noun_phrase(doc, src.end, end)
            if np_ is not None and doc[src.end].lower_ not in PREPOSITIONAL_RELATIVES:
                a.cue, a.cue_span, a.method = src.cue, _char_span(doc, src.start, src.end), "selon"
                a.mention = (np_.start_char, np_.end_char)
                return True
    # up to: aux, inverted clitic, adverbs, then the verb
    j = i
    limit = min(end, i + 5)
    verb: Token | None = None
    clitic: Token | None = None
    while j < limit:
        x = doc[j]
        n_adv = adverbial_at(doc, j, end)
        if n_adv:  # "avait-il par exemple déclaré"
            j += n_adv
            limit = min(end, limit + n_adv)
            continue
        if x.lower_.startswith("-") and len(x.text) > 1:
            clitic = x
        elif cue_lemma(x) and x.pos_ != "AUX":
            verb = x
            break
        elif x.pos_ in {"AUX", "ADV", "PRON"} or x.lower_ in EUPHONIC_T or x.lemma_ in AUXILIARY_LEMMAS:
            pass  # (an auxiliary the tagger missed before a word it did not know: "a tweeté")
        else:
            break
        j += 1
    if verb is None or negated(verb) or _passive(verb):
        return False
    if verb.i == i and clitic is None and _present_participle(verb):
        return False  # "« … », ajoutant que …": the participle's subject is the clause's, not after it
    lemma = cue_lemma(verb)
    a.cue, a.cue_span = lemma, (verb.idx, verb.idx + len(verb))
    a.method = "after"
    # clitic after the verb ("affirme-t-il") or between aux and verb ("a-t-il dit")
    k = verb.i + 1
    while k < end and k < verb.i + 3 and doc[k].lower_ in EUPHONIC_T:
        k += 1
    if k < end and doc[k].lower_.startswith("-") and len(doc[k].text) > 2:
        clitic = doc[k]
    if clitic is not None:
        a.mention = (clitic.idx, clitic.idx + len(clitic))
        return True
    # the speaker comes after the whole cue: "a fait savoir un porte-parole de X"
    # (past adverbs, time phrases and complements: "a réagi dans un communiqué le maire")
    after_cue = skip_adjuncts(doc, verb.i + 1 + (len(lemma.split()) - 1 if lemma else 0), end)
    nickname = _quoted_name(doc, after_cue)
    if nickname is not None:  # "indique « TP »": a nickname in quotation marks
        a.mention = (nickname.start_char, nickname.end_char)
        return True
    np_ = noun_phrase(doc, after_cue, end)
    if np_ is not None and not all(x.pos_ in {"ADV", "ADP", "DET"} for x in np_):
        a.mention = (np_.start_char, np_.end_char)
        return True
    subj = subject_of(verb)
    if subj is not None and not a.start <= subj.idx < a.end:  # never a word of the quote itself
        a.mention = (subj.idx, subj.idx + len(subj))
        return True
    a.method = "after"
    return True  # cue found, speaker unknown


def before(site: QuoteSite, a: _Attr) -> bool:
    """X a déclaré : « … » / Le ministre : « … » / Selon X, « … »."""
    doc, start, open_i = site.doc, site.sent_start, site.open_tok.i
    if open_i <= start:
        return False
    j = open_i - 1
    while j >= start and doc[j].is_space:
        j -= 1
    if j < start:
        return False
    prev = doc[j]
    if prev.text == ":":
        lead = doc[start:j]
        cue_tok = next(
            (
                t
                for t in reversed(lead)
                if cue_lemma(t)
                and t.pos_ in {"VERB"}
                and not _adjectival(t)
                and not _opening_participle(t, start)
            ),
            None,
        )
        if cue_tok is not None and not negated(cue_tok):
            a.cue, a.cue_span, a.method = (
                cue_lemma(cue_tok),
                (cue_tok.idx, cue_tok.idx + len(cue_tok)),
                "before",
            )
            subj = subject_of(cue_tok)
            if subj is not None:
                a.mention = (subj.idx, subj.idx + len(subj))
            return True
        if TIMESTAMP.fullmatch(lead.text.strip()):
            return False  # "08h26 : « … »": a live-feed heading names no speaker
        subj = _lead_subject(lead)
        if len(lead) > 14 and subj is not None:
            # "X a rendu hommage aux secours : « … »": the subject of the clause before the colon
            a.cue, a.cue_span, a.method = "colon", (prev.idx, prev.idx + 1), "lead"
            a.mention = (subj.idx, subj.idx + len(subj))
            return True
        if 0 < len(lead) <= 14:
            k = start
            for t in lead:  # a live-feed time stamp or a dash before the speaker
                if t.text in {"–", "—", "-"}:
                    k = t.i + 1
            src = phrase_at(doc, k, j + 1, SOURCES_AND_VIEWS)
            if src is not None:
                k = src.end
            else:
                k = _after_lead_source(doc, k, j) or k  # "Même son de cloche chez X :"
            np_ = noun_phrase(doc, k, j + 1) or doc[k:j]
            persons = [t for t in lead if t.ent_type_ == "PER"]
            if persons and not any(t.pos_ in {"PROPN", "NOUN"} for t in np_):
                np_ = doc[persons[0].i : persons[-1].i + 1]
            a.cue, a.cue_span, a.method = "colon", (prev.idx, prev.idx + 1), "colon"
            a.mention = (np_.start_char, np_.end_char)
            return True
        return False
    # "Selon X, « … »"
    src = phrase_at(doc, start, open_i, SOURCES_AND_VIEWS)
    if src is not None:
        source = noun_phrase(doc, src.end, open_i)
        if source is not None:
            a.cue, a.cue_span, a.method = src.cue, _char_span(doc, src.start, src.end), "selon"
            a.mention = (source.start_char, source.end_char)
            return True
    return False


def inside(site: QuoteSite, a: _Attr) -> bool:
    """« …, dit-elle. … »: an incise inside a direct quotation."""
    if site.meta["label"] != "direct":
        return False
    doc, idx, m = site.doc, site.idx, site.meta
    first, last = idx.at(m["start"]), idx.at(max(m["start"], m["end"] - 1))
    for t in doc[first : last + 1]:
        if t.text != "," or t.i + 2 > last:
            continue
        verb = doc[t.i + 1]
        k = t.i + 2
        if verb.pos_ == "AUX" and k <= last:
            verb, k = doc[k], k + 1
        lemma = cue_lemma(verb)
        if lemma is None or k > last:
            continue
        clitic = doc[k]
        while clitic.lower_ in EUPHONIC_T and clitic.i < last:
            clitic = doc[clitic.i + 1]
        if clitic.lower_.startswith("-") and len(clitic.text) > 2 and clitic.i + 1 <= last + 1:
            nxt = doc[clitic.i + 1] if clitic.i + 1 < len(doc) else None
            if nxt is None or nxt.is_punct:
                a.cue, a.cue_span, a.method = lemma, (verb.idx, verb.idx + len(verb)), "inside"
                a.mention = (clitic.idx, clitic.idx + len(clitic))
                return True
    return False


def governs(site: QuoteSite, a: _Attr) -> bool:
    """A reporting verb of the sentence whose clause holds the quotation
    (the closest before it first, then outer ones, then one after it)."""
    doc, start, end = site.doc, site.sent_start, site.sent_end
    open_tok, close_tok = site.open_tok, site.close_tok
    before: list[Token] = []
    after: list[Token] = []
    for t in doc[start:end]:
        if open_tok.i <= t.i <= close_tok.i:
            continue
        if cue_lemma(t) is None or (t.pos_ != "VERB" and not verbal_noun(t)) or negated(t) or _passive(t):
            continue
        if _adjectival(t):
            continue  # "un immeuble soufflé par une « explosion »": a participle qualifying a noun
        (before if t.i < open_tok.i else after).append(t)
    if site.meta["label"] == "partial" and not after:
        after = _cues_past_quotations(doc, end)
    readings: list[tuple[str | None, tuple[int, int], tuple[int, int] | None]] = []
    for cue_tok in [*reversed(before), *after[:1]]:
        mention: tuple[int, int] | None = None
        subj = subject_of(cue_tok)
        if subj is not None and open_tok.i <= subj.i <= close_tok.i:
            # never a word of the quotation: "X s'est dit « consterné », rappelant que « le
            # droit … »" (the participle's subject is its clause's)
            subj = None
            if _present_participle(cue_tok):
                head = cue_tok.head
                while open_tok.i <= head.i <= close_tok.i and head.head is not head:
                    head = head.head  # the parser hung the participle on the quotation's verb
                if head is not cue_tok and not open_tok.i <= head.i <= close_tok.i:
                    subj = subject_of(head)
            if subj is not None and open_tok.i <= subj.i <= close_tok.i:
                subj = None
        if subj is not None:
            mention = (subj.idx, subj.idx + len(subj))
        elif cue_tok.i > close_tok.i:
            np_ = noun_phrase(doc, cue_tok.i + 1, end)
            if np_ is not None:
                mention = (np_.start_char, np_.end_char)
        readings.append((cue_lemma(cue_tok), (cue_tok.idx, cue_tok.idx + len(cue_tok)), mention))
    if not readings:
        return False
    a.method = "governs"
    a.cue, a.cue_span, a.mention = readings[0]
    a.fallbacks = [(c, cs, m) for c, cs, m in readings[1:] if m is not None]
    return True


def signature(site: QuoteSite, a: _Attr) -> bool:
    """« … » La phrase, signée X / prononcée … par X / Le message de X … after a direct quotation."""
    if site.meta["label"] != "direct":
        return False
    doc, sent_end = site.doc, site.sent_end
    i = sent_end
    while i < len(doc) and (doc[i].is_punct or doc[i].is_space):
        i += 1
    for opener in _SIGNATURE_OPENERS:  # "C'est le message lancé par X"
        if tuple(low(t) for t in doc[i : i + len(opener)]) == opener:
            i += len(opener)
            break
    window = doc[i : min(len(doc), i + 16)]
    if len(window) < 2 or low(window[0]) not in ATTRIBUTING_NOUN_DETERMINERS:
        return False
    noun = 2 if window[1].pos_ == "ADJ" and len(window) > 3 else 1  # "Cette petite phrase de X"
    if window[noun].lower_ not in ATTRIBUTING_NOUNS:
        return False
    signed = False
    for t in window[noun + 1 :]:
        if t.text in {".", "!", "?"}:
            break
        if t.lower_ in SIGNING_PARTICIPLES:
            signed = True
            if t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN":
                np_ = noun_phrase(doc, t.i + 1, min(len(doc), t.i + 6))
            else:
                continue
        elif (signed and t.lower_ == "par") or (t.i == window[noun + 1].i and low(t) in OF_PREPOSITIONS):
            np_ = noun_phrase(doc, t.i + 1, min(len(doc), t.i + 6))
        else:
            continue
        if np_ is not None and any(x.pos_ == "PROPN" or low(x) in ROLE_NOUNS for x in np_):
            a.cue, a.cue_span, a.method = "signature", (t.idx, t.idx + len(t)), "signature"
            a.mention = (np_.start_char, np_.end_char)
            return True
    return False


# in order of precedence
CUE_FINDERS: tuple[CueFinder, ...] = (after, before, inside, governs, signature)


def _past_quotations(doc: Doc, i: int) -> tuple[int, list[Token]]:
    """The end (exclusive) of the sentence token `i` is in, read over the quotations it holds
    (a partial quotation's sentence goes on after the next quotation mark), and its tokens
    from `i` on that stand outside them."""
    outside: list[Token] = []
    depth = 0
    while i < len(doc):
        t = doc[i]
        if "\n" in t.text or (depth == 0 and t.text in {".", "!", "?", "…"}):
            return i, outside
        if t.text in {"«", "“"}:
            depth += 1
        elif t.text in {"»", "”"}:
            depth = max(0, depth - 1)
        elif depth == 0:
            outside.append(t)
        i += 1
    return len(doc), outside


def _cues_past_quotations(doc: Doc, i: int) -> list[Token]:
    """The reporting verbs after token `i` up to the end of the sentence, outside its other
    quotations: "un immeuble soufflé par une « explosion » à la cause « encore
    indéterminée », a précisé la procureure"."""
    return [
        t
        for t in _past_quotations(doc, i)[1]
        if cue_lemma(t) and t.pos_ == "VERB" and not (negated(t) or _passive(t) or _adjectival(t))
    ]


_LEAD_SOURCE_WORDS = [tuple(w.split()) for w in LEAD_SOURCE_WORDS]
_SIGNATURE_OPENERS = [tuple(w.split()) for w in SIGNATURE_OPENERS]


def _after_lead_source(doc: Doc, k: int, end: int) -> int | None:
    """The token after the last words of LEAD_SOURCE_WORDS in tokens [k, end) ("chez",
    "du côté de"), when a noun phrase follows them; None if there are none."""
    found = None
    for i in range(k, end):
        for words in _LEAD_SOURCE_WORDS:
            n = len(words)
            if i + n < end and tuple(low(t) for t in doc[i : i + n]) == words:
                found = i + n
    return found if found is not None and noun_phrase(doc, found, end) is not None else None


def _quoted_name(doc: Doc, i: int) -> Span | None:
    """A name in quotation marks opening at token `i` ("« TP »", "« Wemby »") that closes a
    clause (punctuation, a space or the end after its closing mark)."""
    found = quoted_words(doc, i)
    if found is None:
        return None
    name, close = found
    if close + 1 < len(doc) and not (doc[close + 1].is_punct or doc[close + 1].is_space):
        return None
    return name


def _char_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character offsets of the tokens [start, end)."""
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def _present_participle(tok: Token) -> bool:
    """A present participle ("ajoutant", "rappelant"), which opens a participle phrase whose
    subject is the subject of the clause it depends on, never the noun phrase after it."""
    return "Part" in tok.morph.get("VerbForm", []) and "Pres" in tok.morph.get("Tense", [])


def _adjectival(tok: Token) -> bool:
    """A past participle without auxiliary qualifying a noun ("le candidat déclaré à
    l'élection", "les propos rapportés"): an adjective, no reporting verb."""
    return (
        (tok.dep_ == "acl" or (tok.i > 0 and tok.doc[tok.i - 1].pos_ == "NOUN"))
        and tok.lower_.endswith(PAST_PARTICIPLE_ENDINGS)  # not "résume" tagged as one
        and "Part" in tok.morph.get("VerbForm", [])
        and "Past" in tok.morph.get("Tense", [])
        and not any(c.dep_.startswith("aux") for c in tok.children)
    )


def _opening_participle(tok: Token, start: int) -> bool:
    """A participle opening the sentence before a comma or its agent ("Interrogé, X…",
    "Contactée par nos soins, X…"): it says how X was reached, X's own verb comes later."""
    doc = tok.doc
    return (
        tok.i == start
        and "Part" in tok.morph.get("VerbForm", [])
        and tok.i + 1 < len(doc)
        and (doc[tok.i + 1].text == "," or low(doc[tok.i + 1]) == "par")
    )


def _lead_subject(lead: Span) -> Token | None:
    """The subject of the first clause of `lead` (the words before a colon) when it names
    someone: "Sur France Inter, la députée Léa Roux a salué les secours : « … »"."""
    for t in lead:
        if t.pos_ not in {"VERB", "AUX"} or _adjectival(t) or _present_participle(t):
            continue
        subj = subject_of(t)
        if subj is not None and lead.start <= subj.i < lead.end:
            return subj if names_someone(subj) and subj.lower_ != "qui" else None
    return None


def _passive(tok: Token) -> bool:
    """A reporting verb in the passive ("le service minimum qui est assuré", "a été annoncé"):
    its subject is what is said, not who says it."""
    return any(c.dep_ == "aux:pass" for c in tok.children)
