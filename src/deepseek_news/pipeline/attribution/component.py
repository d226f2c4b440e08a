"""Component ``dsn_attribution``: the cue and speaker of every quote, and speaker resolution.

For each quotation (``dsn_quotes``) and reported clause (``dsn_indirect``) it
finds what attributes it — a reporting verb before, after or inside the quote,
a colon, "selon X", a dash, a signing sentence ("La phrase, signée X"), or the
continuation of the previous quote (``cues``, ``pending``) — and the words naming the speaker
(``mentions``), then resolves those words (a name, a surname, a pronoun, a role
description such as "le patron d'OpenAI") to one speaker per real person
(``resolver``, ``descriptions``).

Writes ``doc.spans["dsn_cues"]`` and ``doc.spans["dsn_speaker_mentions"]``
(span id = quote id) and ``doc.spans["dsn_speakers"].attrs``: ``"speakers"``
(one plain dict per speaker) and ``"quotes"`` (quote id -> speaker key, cue,
confidence).
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ...records import Mention, Quote, Speaker
from .._perdoc import doc_text
from .._sources import SOURCE_CUES
from .._spans import add_span, group, items, require_upstream
from .._syntax import TokenIndex
from .adjuncts import strip_adjuncts
from .antecedents import antecedent
from .cues import attribute_quote, quote_site
from .mentions import expand_mention
from .model import (
    CONFIDENCE,
    CUES_KEY,
    INDIRECT_KEY,
    QUOTES_KEY,
    SPEAKER_MENTIONS_KEY,
    SPEAKERS_KEY,
    _Attr,
)
from .pending import defer, fill_titles, inside_report, resolve_pending
from .resolver import _Resolver


class Attribution:
    """Attributes every quotation and reported clause of a document (see the module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        require_upstream(doc, "dsn_attribution")
        for key in (CUES_KEY, SPEAKER_MENTIONS_KEY, SPEAKERS_KEY):
            group(doc, key)
        idx = TokenIndex(doc)
        text = doc_text(doc)
        quotes = [(qid, m) for qid, m in items(doc, QUOTES_KEY)]
        indirect = [(rid, m) for rid, m in items(doc, INDIRECT_KEY)]
        res = _Resolver(
            doc,
            text,
            [(m["start"], m["end"]) for _, m in quotes + indirect],
            [(m["start"], m["end"]) for _, m in quotes],
        )
        todo: list[tuple[int, str, dict[str, Any], str]] = [
            (m["start"], qid, m, "quote") for qid, m in quotes
        ]
        todo += [(m["start"], rid, m, "indirect") for rid, m in indirect]
        todo.sort(key=lambda t: t[0])
        # an interview laid out question / answer: the answers are the person the
        # article introduced before the first of them
        first_answer = min((m["start"] for _, m in quotes if m.get("interview")), default=None)
        interviewee = antecedent(res, first_answer, "") if first_answer is not None else None

        def resolve_mention(a: _Attr, mention: tuple[int, int]) -> bool:
            ms, me = strip_adjuncts(text, *expand_mention(doc, idx, *mention))
            speaker, factor = res.resolve(ms, me, a.start)
            if speaker is None:
                return False
            a.speaker, a.mention = speaker, (ms, me)
            a.confidence = CONFIDENCE.get(a.method, 0.5) * factor
            return True

        done: list[_Attr] = []
        for _, qid, m, what in todo:
            a = _Attr(qid, m["start"], m["end"], m["label"])
            if what == "quote" and m.get("interview") and interviewee is not None:
                a.speaker, a.cue, a.method = interviewee, "interview", "interview"
            elif what == "quote":
                site = quote_site(doc, text, idx, m)
                if not attribute_quote(site, a):
                    defer(site, a)
            else:
                if "cue_start" in m:
                    a.cue, a.cue_span = m["cue"], (m["cue_start"], m["cue_end"])
                if "subject_start" in m:
                    a.mention, a.method = (
                        (m["subject_start"], m["subject_end"]),
                        ("selon" if m["cue"] in SOURCE_CUES else "governs"),
                    )
                else:
                    a.method = "pending"
            if a.method == "pending":
                done.append(a)  # resolved once every cued quotation of the text is
                continue
            if a.mention is not None:
                ms, me = strip_adjuncts(text, *expand_mention(doc, idx, *a.mention))
                a.mention = (ms, me)
                a.speaker, factor = res.resolve(ms, me, a.start)
                for cue, cue_span, mention in a.fallbacks:
                    if a.speaker is not None:
                        break
                    ms, me = strip_adjuncts(text, *expand_mention(doc, idx, *mention))
                    speaker, factor = res.resolve(ms, me, a.start)
                    if speaker is not None:
                        a.speaker, a.cue, a.cue_span, a.mention = speaker, cue, cue_span, (ms, me)
                a.confidence = CONFIDENCE.get(a.method, 0.5) * (factor if a.speaker else 0.5)
            elif a.speaker is not None:
                a.confidence = CONFIDENCE.get(a.method, 0.5)
            else:
                a.confidence = CONFIDENCE["none"]
            if a.speaker is None and a.kind == "partial" and inside_report(a, done):
                a.confidence = CONFIDENCE["governs"]
            done.append(a)
        resolve_pending(text, done, resolve_mention)
        for n, a in enumerate(done):  # a clause whose speaker was pending when its words were read
            if a.speaker is None and a.kind == "partial" and inside_report(a, done[:n]):
                a.confidence = CONFIDENCE["governs"]
        self._echoes(text, done)
        fill_titles(text, done)
        self._write(doc, res, done)
        return doc

    @staticmethod
    def _echoes(text: str, done: list[_Attr]) -> None:
        """A quotation without a speaker (a headline, a recap) whose words an
        attributed quotation of the article repeats gets that speaker."""

        def norm(a: _Attr) -> str:
            return " ".join(text[a.start : a.end].lower().replace("’", "'").strip(" .!?…").split())

        attributed = [(norm(b), b) for b in done if b.speaker is not None and b.kind != "indirect"]
        for a in done:
            if a.speaker is not None or a.kind == "indirect":
                continue
            words = norm(a)
            if len(words) < 4:
                continue
            for other, b in attributed:
                if b is not a and (words in other or (len(other) >= 12 and other in words)):
                    a.speaker, a.method, a.cue = b.speaker, "echo", a.cue or "echo"
                    a.confidence = 0.6
                    break

    @staticmethod
    def _write(doc: Doc, res: _Resolver, done: list[_Attr]) -> None:
        table: dict[str, Any] = {}
        used: set[str] = set()
        mentions: dict[str, list[list[int]]] = {}
        for a in done:
            if a.cue_span is not None:
                add_span(doc, CUES_KEY, *a.cue_span, "CUE", a.qid, cue=a.cue)
            if a.mention is not None:
                add_span(doc, SPEAKER_MENTIONS_KEY, *a.mention, "SPEAKER", a.qid, speaker=a.speaker)
            table[a.qid] = {
                "speaker": a.speaker,
                "cue": a.cue,
                "confidence": round(a.confidence, 3),
                "method": a.method,
            }
            if a.speaker:
                used.add(a.speaker)
                if a.mention is not None:
                    mentions.setdefault(a.speaker, []).append(list(a.mention))
        speakers = [
            {
                "key": s.key,
                "name": s.name,
                "type": s.type,
                "organization": s.organization,
                "roles": s.roles,
                "gender": s.gender,
                "mentions": mentions.get(s.key, []),
            }
            for s in res.speakers.values()
            if s.key in used
        ]
        grp = doc.spans[SPEAKERS_KEY]
        grp.attrs["speakers"] = speakers
        grp.attrs["quotes"] = table


@Language.factory(
    "dsn_attribution",
    assigns=["doc.spans"],
    requires=["token.dep", "token.lemma", "token.pos", "doc.sents"],
)
def make_attribution(nlp: Language, name: str) -> Attribution:
    return Attribution()


def records_from_doc(doc: Doc) -> tuple[list[Quote], list[Speaker]]:
    """Quotes (direct, partial, indirect) and their speakers, doc-relative offsets."""
    text = doc_text(doc)
    attrs = doc.spans[SPEAKERS_KEY].attrs if SPEAKERS_KEY in doc.spans else {}
    table: dict[str, Any] = attrs.get("quotes", {})
    speakers: list[Speaker] = []
    ids: dict[str, str] = {}
    for i, s in enumerate(attrs.get("speakers", []), 1):
        sid = f"s{i}"
        ids[s["key"]] = sid
        speakers.append(
            Speaker(
                id=sid,
                name=s["name"],
                type=s["type"],
                organization=s["organization"],
                roles=list(s["roles"]),
                mentions=[Mention(start=a, end=b, text=text[a:b]) for a, b in s["mentions"]],
            )
        )
    names = {s["key"]: s["name"] for s in attrs.get("speakers", [])}
    cues = {qid: (m["start"], m["end"]) for qid, m in items(doc, CUES_KEY)}
    mentions = {qid: (m["start"], m["end"]) for qid, m in items(doc, SPEAKER_MENTIONS_KEY)}
    quotes: list[Quote] = []
    for key in (QUOTES_KEY, INDIRECT_KEY):
        for qid, m in items(doc, key):
            row = table.get(qid, {})
            skey = row.get("speaker")
            cue = cues.get(qid)
            men = mentions.get(qid)
            quotes.append(
                Quote(
                    id=qid,
                    text=text[m["start"] : m["end"]],
                    start=m["start"],
                    end=m["end"],
                    kind=m["label"],
                    speaker=names.get(skey) if skey else None,
                    speaker_id=ids.get(skey) if skey else None,
                    cue=row.get("cue"),
                    confidence=row.get("confidence", 0.3),
                    cue_mention=Mention(start=cue[0], end=cue[1], text=text[cue[0] : cue[1]])
                    if cue
                    else None,
                    speaker_mention=Mention(start=men[0], end=men[1], text=text[men[0] : men[1]])
                    if men
                    else None,
                )
            )
    return quotes, speakers
