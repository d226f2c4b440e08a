"""Candidate names: the model's entities, capitalized runs, institutions named by a lowercase
noun, acronym expansions and press credits, each with its evidence."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache

from spacy.tokens import Doc, Token

from ...lang.fr import name_context as N
from ...lang.fr import organizations as O
from ...lang.fr import roles as R
from ...lang.fr import titles as T
from ...naming import GrowingIntervals, StaticIntervals, fold
from .._perdoc import doc_text, doc_tokens
from .acronyms import _expands, _words_before
from .cleaning import _Cand, _clean, _is_name_word
from .evidence import _evidence
from .patterns import (
    _ACRONYM_FIRST_RE,
    _ACRONYM_RE,
    _CODE_RE,
    _CONTRACTED_MEDIA_RE,
    _CREDIT_AFTER_RE,
    _CREDIT_RE,
    _INSTITUTION_NAMES,
    _INSTITUTION_RE,
    _KNOWN_SPANS_RE,
    _MATCH_RE,
    _MEDIA,
    _MINISTRY_FIELD_RE,
    _MINISTRY_RE,
    _TITLE_RE,
    _portfolio_before,
)


def _sent_start(doc: Doc, i: int) -> bool:
    table = doc_tokens(doc)
    if i == 0 or table.sent_starts[i]:
        return True
    return (
        "\n" in table.whitespace[i - 1]
        or table.spaces[i - 1]
        or table.texts[i - 1] in N.SENTENCE_OPENING_MARKS
    )


def _runs(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of capitalized words not at a sentence start (or with inner capitals)."""
    out: list[tuple[int, int]] = []
    table = doc_tokens(doc)  # the token values, read without making Token objects
    texts, punct, ws = table.texts, table.punct, table.whitespace
    i = 0
    n = len(doc)
    while i < n:
        t = texts[i]
        ok = _is_name_word(t) and t[0].isalpha() and not punct[i] and t not in T.TITLES
        if ok and _sent_start(doc, i) and doc[i].pos_ != "PROPN" and not any(c.isupper() for c in t[1:]):
            ok = False
        if not ok:
            i += 1
            continue
        j = i + 1
        while j < n and "\n" not in ws[j - 1]:
            u = texts[j]
            if (_is_name_word(u) and not punct[j]) or (u == "-" and not ws[j - 1]):
                j += 1
            elif u == "&" and j + 1 < n and _is_name_word(texts[j + 1]):
                j += 2
            else:
                break
        while j > i + 1 and texts[j - 1] == "-":
            j -= 1
        out.append((i, j))
        i = j
    return out


def _is_cap_token(t: Token) -> bool:
    return t.text[:1].isupper() and t.text[:1].isalpha() and not t.is_punct


def _name_tokens(doc: Doc, k: int) -> int:
    """End (exclusive) of the capitalized name that starts at token k: its capitalized words and
    what is glued to them by hyphens ("Necker-Enfants", "Indre-et-Loire")."""
    n = len(doc)
    while k < n and _is_cap_token(doc[k]):
        k += 1
        while k < n and not doc[k - 1].whitespace_ and (doc[k].text == "-" or doc[k].text[:1].isalnum()):
            k += 1
        if k < n and "\n" in doc[k - 1].whitespace_:
            break
    return k


def _institutions(doc: Doc, folded: str, tok_starts: list[int]) -> list[tuple[int, int]]:
    """Character spans of institutions named by a lowercase noun and their complement:
    "le ministère de l'Agriculture", "le tribunal correctionnel de Lyon", "le musée Anselme-Duval",
    and of the lowercase names complete on their own ("l'agence régionale de santé")."""
    out: list[tuple[int, int]] = []
    n = len(doc)
    for m in _INSTITUTION_RE.finditer(folded):
        complete = fold(m.group()) in _INSTITUTION_NAMES
        k = bisect_left(tok_starts, m.end())
        if k > 0 and doc[k - 1].idx + len(doc[k - 1].text) > m.end():
            continue  # the match ends inside a token
        head = bisect_left(tok_starts, m.start())
        if head > 0 and doc[head - 1].lower_ in O.INDEFINITE_BEFORE_INSTITUTION:
            continue  # "un tribunal de New York": one of several, not named
        if head > 1 and doc[head - 1].lower_ == "de" and doc[head - 2].lower_ in R.ROLE_NOUNS:
            continue  # "le préfet de police de Paris": a bare complement of a role, not a body
        field = _MINISTRY_FIELD_RE.match(folded, m.end()) if _MINISTRY_RE.search(m.group()) else None
        if field is not None and doc[bisect_left(tok_starts, field.start("field"))].text[:1].islower():
            # "le ministère de l'intérieur"
            out.append((m.start(), field.end()))
            continue
        head_end = k
        if not complete:  # "tribunal correctionnel", "ministère allemand"
            while (
                k < n
                and k - head_end < 2
                and doc[k].pos_ == "ADJ"
                and doc[k].text[:1].islower()
                and doc[k].lower_ not in O.INSTITUTION_STOP_WORDS
                and "\n" not in doc[k - 1].whitespace_
            ):
                k += 1
        end_tok = -1
        chains = 0
        while k < n and "\n" not in doc[k - 1].whitespace_ and chains < 3:
            j = k
            if chains and doc[j].lower_ in N.COMPLEMENT_CONJUNCTIONS:  # "de l'Industrie et de l'Énergie"
                j += 1
            if j < n and doc[j].lower_ in N.OF_WORDS:
                j += 1
                if j < n and doc[j].lower_ in N.ARTICLES_AFTER_OF:
                    j += 1
            elif chains or j != head_end or complete:
                break  # a name right after the noun only: "le musée Anselme-Duval"
            if j >= n or not _is_cap_token(doc[j]) or doc[j].text in T.TITLES:
                break
            j = _name_tokens(doc, j)
            adj = 0  # "des Affaires étrangères", "de l'Éducation nationale"
            while (
                j < n
                and adj < 2
                and doc[j].pos_ == "ADJ"
                and doc[j].text[:1].islower()
                and doc[j].lower_ not in O.INSTITUTION_STOP_WORDS
                and "\n" not in doc[j - 1].whitespace_
            ):
                j += 1
                adj += 1
            end_tok = j
            k = j
            chains += 1
        if end_tok < 0 and not complete:
            continue
        end = doc[end_tok - 1].idx + len(doc[end_tok - 1].text) if end_tok > 0 else m.end()
        out.append((m.start(), end))
    return out


def _tokens(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return (span.start, span.end) if span is not None and len(span) else None


_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(L['’]|Les?\s+|La\s+)$")


def _candidates(doc: Doc, english: list[tuple[int, int]], folded: str) -> list[_Cand]:
    text = doc_text(doc)
    out: list[_Cand] = []
    taken = GrowingIntervals()
    english_set = StaticIntervals(english)
    tok_starts = doc_tokens(doc).idx

    @cache
    def persons() -> set[str]:  # the model's person names, read once a portfolio asks for them
        return {e.text for e in doc.ents if e.label_ == "PER"}

    def add(s: int, e: int, label: str, sent_start: bool) -> _Cand | None:
        if taken.covers(s, e):
            return None  # cleaning only narrows a span: what is left would overlap a taken one
        cleaned = _clean(text, s, e, label, sent_start)
        if cleaned is None:
            return None
        s, e, title, lead = cleaned
        if lead:
            label = ""
        # "SoftBank Group Corp." keeps its abbreviation dot
        last = text[s:e].split()[-1]
        if last in O.DOTTED_FORMS and text[e : e + 1] == ".":
            e += 1
        if english_set.contains(s, e) or taken.overlaps(s, e):
            return None
        # "DeepSeek R1", "Airbus A320": the maker's name before a model code
        words = text[s:e].split()
        if len(words) > 1 and _CODE_RE.match(words[-1]) and not words[-1].isdigit() and label != "PER":
            e = s + text[s:e].rindex(words[-1])
            while text[e - 1] in " \u00a0\u202f":
                e -= 1
        # "Le Figaro": a media outlet keeps its article
        art = _ARTICLE_BEFORE.search(text[max(0, s - 5) : s])
        if art and fold(art.group(1) + text[s:e]) in _MEDIA:
            s -= len(art.group(1))
        c = _Cand(s, e, label, at_start=sent_start)
        if title:
            c.person = True
            c.gender = T.TITLES[title]
        taken.add(s, e)
        out.append(c)
        return c

    # institutions with a lowercase head: "le ministère de l'Agriculture"
    for s, e in _institutions(doc, folded, tok_starts):
        if english_set.contains(s, e) or taken.overlaps(s, e):
            continue
        inst = _Cand(s, e, "", lowercase=True)
        inst.org.add("institution")
        inst.strong = True
        taken.add(s, e)
        out.append(inst)
    # the two teams of a match heading, unless the model reads one as a person ("Trump vs Biden")
    for m in _MATCH_RE.finditer(text):
        sides = [m.group("a"), m.group("b")]
        if any(s in persons() or s.split()[0] in T.FIRST_NAMES for s in sides):
            continue
        for g in ("a", "b"):
            c = add(m.start(g), m.end(g), "ORG", False)
            if c is not None:
                c.org.add("match")
                c.strong = True
    # known organizations the model may cut ("Europe 1", "20 Minutes"), newspapers after "au"/"du"
    for m in _KNOWN_SPANS_RE.finditer(folded):
        if text[m.start()].isupper() or any(ch.isupper() for ch in text[m.start() : m.end()]):
            add(m.start(), m.end(), "ORG", _sent_start_char(doc, m.start()))
    for m in _CONTRACTED_MEDIA_RE.finditer(folded):
        if text[m.start("name")].isupper():
            c = add(m.start("name"), m.end("name"), "ORG", False)
            if c is not None:
                c.org.add("media")
                c.strong = True
    # expansions of acronyms: "le Paris Saint-Germain (PSG)", "l'Organisation mondiale de la santé (OMS)"
    for m in _ACRONYM_RE.finditer(text):
        acr = m.group("acr")
        if not acr[:1].isupper():
            continue
        words = _words_before(text, m.start(), 8)
        for k in range(max(0, len(words) - 8), len(words)):
            first = text[words[k][0] : words[k][1]]
            exp_words = [text[a:b] for a, b in words[k:]]
            if not first[:1].isupper() and fold(" ".join(exp_words)) not in _MEDIA:
                continue  # "la France insoumise (LFI)" keeps its article
            if any(w[-1:] in ",;:." for w in exp_words):
                continue
            phrase = " ".join(exp_words)
            if _expands(phrase[:1].upper() + phrase[1:], acr):
                c = add(words[k][0], words[-1][1], "", _sent_start_char(doc, words[k][0]))
                if c is not None:
                    c.org.add("acronym")
                break
    # the acronym first: "la FTDNEEA (Filière traitement, déchets, nettoiement, eau, …)"
    for m in _ACRONYM_FIRST_RE.finditer(text):
        if _expands(m.group("exp"), m.group("acr")):
            c = add(m.start("exp"), m.end("exp"), "", False)
            if c is not None:
                c.org.add("acronym")
    # press credits "(Reuters/Amir Cohen)"
    for m in _CREDIT_RE.finditer(text):
        o = add(m.start("org"), m.end("org"), "ORG", False)
        if o is not None:
            o.org.add("credit")
            o.strong = True
        p = add(m.start("per"), m.end("per"), "PER", False)
        if p is not None:
            p.person = True
    # "Photo : Jean Martin / AFP"
    for m in _CREDIT_AFTER_RE.finditer(text):
        p = add(m.start("per"), m.end("per"), "PER", False)
        if p is not None:
            p.person = True
        o = add(m.start("org"), m.end("org"), "ORG", False)
        if o is not None:
            o.org.add("credit")
            o.strong = True
    # titles "M. Dupont", "Mme Élisabeth Borne"
    title_at: dict[int, str] = {}
    for m in _TITLE_RE.finditer(text):
        title_at[m.end()] = m.group("title")
    for ent in doc.ents:
        s, e = ent.start_char, ent.end_char
        label = ent.label_
        # "(Les Républicains)", "selon La Poste": a capitalized article inside a sentence is part of the name
        if (
            label in ("ORG", "MISC")
            and ent.start > 0
            and doc[ent.start - 1].text in N.CAPITALIZED_ARTICLES
            and not _sent_start(doc, ent.start - 1)
        ):
            s = doc[ent.start - 1].idx
        if label != "PER":
            k = _after_portfolio(doc, text, persons, ent.start, ent.end, add)
            if k > ent.start:
                s, label = doc[k].idx, "PER"
        # extend over a corporate form the model left out ("SoftBank Group" + "Corp")
        k = ent.end
        while k < len(doc) and doc[k].text in O.CORPORATE_FORMS and not doc[k - 1].whitespace_.count("\n"):
            e = doc[k].idx + len(doc[k].text)
            k += 1
        c = add(s, e, label, _sent_start(doc, ent.start))
        if c is not None and label == "PER":
            tok = _tokens(doc, c.start, c.end)
            if tok is not None and c.start in title_at:
                # title right before the name
                c.person = True
                c.gender = c.gender or T.TITLES[title_at[c.start]]
    for i, j in _runs(doc):
        i = _after_portfolio(doc, text, persons, i, j, add)
        s, e = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
        k = j
        while k < len(doc) and doc[k].text in O.CORPORATE_FORMS:
            e = doc[k].idx + len(doc[k].text)
            k += 1
        c = add(s, e, "", _sent_start(doc, i))
        if c is not None and c.start in title_at:
            c.person = True
            c.gender = T.TITLES[title_at[c.start]]
    for c in out:
        tok = _tokens(doc, c.start, c.end)
        if tok is not None:
            _evidence(doc, text, c, tok)
    return out


def _after_portfolio(
    doc: Doc,
    text: str,
    persons: Callable[[], set[str]],
    i: int,
    j: int,
    add: Callable[[int, int, str, bool], object],
) -> int:
    """ "le ministre des Transports Clément Beaune": when the name at tokens i..j follows a
    portfolio and a person's name ends it (a first name, or a name the model reads as a person
    elsewhere: `persons()`, the texts of the model's PER entities), add the portfolio on its own and
    return the person's first token (else i).  `text` is ``doc.text``."""
    if not _portfolio_before(text[max(0, doc[i].idx - 40) : doc[i].idx]):
        return i
    k = next(
        (k for k in range(i + 1, j - 1) if doc[k].text in T.FIRST_NAMES or doc[k:j].text in persons()), j
    )
    if k == j:
        return i
    add(doc[i].idx, doc[k - 1].idx + len(doc[k - 1].text), "", _sent_start(doc, i))
    return k


def _sent_start_char(doc: Doc, char: int) -> bool:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span is None or _sent_start(doc, span.start)
