"""Quoted words nobody is said to have uttered: titles and names ("le film « Le Parrain »"),
written text, glossed terms, offences, labels in headlines and questions, and terms the
journalist marks ("profiter du « bouclier fiscal »")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...lang.fr.scare_quotes import (
    AGENT_WORDS,
    EDITORIAL_NOTES,
    ELIDED_ARTICLES,
    GLOSS_DETERMINERS,
    LABEL_DETERMINERS,
    PROSECUTION_WORDS,
    SCARE_DETERMINERS,
    SENTENCE_END,
    TITLE_LINK_WORDS,
    WRITTEN_NOUNS,
)
from ...lang.fr.sources import VIEW_PREPOSITIONS
from .._marks import QuoteMarks
from .._sources import has_source_phrase, phrase_at
from .._syntax import cue_lemma
from .words import _DASHES, _QUOTE_CHARS, _SENTENCE_BREAK, _TOKEN, _WORD, _paragraph_bounds


def _looks_like_title(words: list[str]) -> bool:
    """Every word capitalized (or a short link word), or a name with a digit."""
    if not words[0][:1].isupper() and not words[0][:1].isdigit():
        return False
    if len(words) == 1:
        w = words[0]
        return any(c.isdigit() for c in w) or any(c.isupper() for c in w[1:])
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in TITLE_LINK_WORDS for w in words)


def _label_not_speech(text: str, q: QuoteMarks, before: str) -> bool:
    """Quoted words that are a label nobody said: right after a determiner opening
    a headline ("Le « trader de Mérignac » condamné"), or inside a question asked
    outside any quotation ("faut-il s'habituer à un « nouveau normal » ?")."""
    last_break = max((m.end() for m in _SENTENCE_BREAK.finditer(before)), default=0)
    lead = before[last_break:].strip().lower()
    m = _SENTENCE_BREAK.search(text, q.close_at + 1)
    rest_end = m.start() + 1 if m is not None else len(text)
    rest = text[q.close_at + 1 : rest_end]
    if "«" in rest or "“" in rest or "«" in lead or "»" in lead:
        return False
    rest_words = {w.lower() for w in _WORD.findall(rest)}
    attributed = bool(rest_words & AGENT_WORDS) or has_source_phrase(rest)
    headline = rest.rstrip()[-1:] not in SENTENCE_END  # a line with no final punctuation
    if lead in LABEL_DETERMINERS and headline and "," not in rest and not attributed:
        return True
    return rest.rstrip().endswith("?") and not attributed


# brackets right after the marks opening with a lowercase word: "« chapka » (bonnet …)"
_GLOSS = re.compile(r"\s*\(\s*([a-zàâçéèêëîïôûùœ]+'?)")


def _capitalized_name(content: str, words: list[str]) -> bool:
    """A capitalized name: "Wemby", "24H00 pour répondre", "l'After Foot" (past an
    elided article, every word capitalized)."""
    body = content.lstrip("«“\"'(—–- ")
    if body.startswith(ELIDED_ARTICLES):
        rest = _WORD.findall(body[2:])
        return bool(rest) and _looks_like_title(rest)
    first = words[0]
    return first[:1].isupper() or (any(c.isdigit() for c in first) and any(c.isalpha() for c in first))


def _name_not_speech(text: str, q: QuoteMarks, content: str, words: list[str], before: str) -> bool:
    """Quoted words that name something rather than report speech:

    - a capitalized phrase of at most four words inside a sentence ("le choix de
      « Wemby »", "le restaurant « Caneton »", "le compte « 24H00 pour répondre »"):
      quoted speech inside a sentence is a fragment and starts lowercase;
    - a word with inner capitals or digits, or a phrase with every word capitalized,
      wherever it stands ("« TP » se demande", "« Just Coup It » : …");
    - the text of something written ("l'inscription « … »");
    - a one- or two-word term glossed in brackets ("une « guayabera » (chemise …)");
    - an offence named after "poursuivi pour", "condamné pour"… (the law's words)."""
    if content.rstrip()[-1:] in SENTENCE_END:
        return False
    prev_char = before[-1:] or "\n"
    mid_sentence = prev_char not in '\n.!?…:»”"' and not before.endswith(_DASHES)
    if mid_sentence and len(words) <= 4 and _capitalized_name(content, words):
        return True
    if len(words) <= 6 and _looks_like_title(words) and (len(words) > 1 or words[0] != words[0].capitalize()):
        after = text[q.close_at + 1 : q.close_at + 3].lstrip()
        if len(words) > 1 or after[:1].islower():
            return True
    last_break = max((m.end() for m in _SENTENCE_BREAK.finditer(before)), default=0)
    lead = [w.lower() for w in _TOKEN.findall(before[last_break:])]
    if lead and lead[-1] in WRITTEN_NOUNS:
        return True
    if len(words) <= 2 and content[:1].islower() and lead and lead[-1] in GLOSS_DETERMINERS:
        gloss = _GLOSS.match(text, q.close_at + 1)
        if gloss is not None and gloss.group(1) not in GLOSS_DETERMINERS | EDITORIAL_NOTES:
            return True
    return len(lead) >= 2 and lead[-1] == "pour" and bool(PROSECUTION_WORDS & set(lead[:-1]))


def scare_quote(doc: Doc, text: str, q: QuoteMarks, start: int, end: int) -> bool:
    """A short lowercase noun phrase after a determiner, not the attribute of
    "être", alone in a sentence with no reporting cue and no source (nor in the
    sentences around it in its paragraph) ("profiter du « bouclier fiscal »"): a
    term the journalist marks, not words someone is said to have uttered. `text` is
    ``doc.text``, read once by the caller."""
    words = _TOKEN.findall(text[start:end])
    if not words or len(words) > 3 or not text[start:end][:1].islower():
        return False
    lead = _TOKEN.findall(text[max(0, q.open_at - 30) : q.open_at])
    if not lead or lead[-1].lower() not in SCARE_DETERMINERS:
        return False
    sent = doc.char_span(q.open_at, q.close_at + 1, alignment_mode="expand")
    if sent is None:
        return False
    sentence = sent[0].sent
    if any(t.lemma_ == "être" for t in doc[max(sentence.start, sent.start - 3) : sent.start]):
        return False  # a judgment: « c'est un « gâchis » »
    if any(t.lower_ in VIEW_PREPOSITIONS for t in sentence[:3]):
        return False  # "Pour X, …": X's view
    outside = text[sentence.start_char : q.open_at] + text[q.close_at + 1 : sentence.end_char]
    if _QUOTE_CHARS & set(outside):
        return False  # other quotations in the sentence: someone is quoted
    para_start, para_end = _paragraph_bounds(text, q.open_at)
    near = doc[max(0, sentence.start - 1) : min(len(doc), sentence.end + 1)]
    first = near[0].sent if near[0].idx >= para_start else sentence
    last = near[-1].sent if near[-1].idx < para_end else sentence
    for tok in doc[min(first.start, sentence.start) : max(last.end, sentence.end)]:
        if tok.lower_ in AGENT_WORDS or cue_lemma(tok) is not None:
            return False
        if phrase_at(doc, tok.i) is not None:
            return False  # "selon X", "d'après X": a source speaks
    return True
