"""What the attribution modules share: span keys, confidences and the records of work in progress."""

from __future__ import annotations

from dataclasses import dataclass, field

CUES_KEY = "dsn_cues"
SPEAKER_MENTIONS_KEY = "dsn_speaker_mentions"
SPEAKERS_KEY = "dsn_speakers"
QUOTES_KEY = "dsn_quotes"
INDIRECT_KEY = "dsn_indirect"
PERSONS_KEY = "dsn_persons"
ORGS_KEY = "dsn_orgs"

# how sure each way of attributing is (before speaker resolution)
CONFIDENCE = {
    "after": 0.95,
    "before": 0.9,
    "colon": 0.85,
    "lead": 0.75,
    "inside": 0.85,
    "selon": 0.9,
    "dash": 0.85,
    "signature": 0.8,
    "governs": 0.85,
    "continuation": 0.7,
    "interview": 0.75,
    "sentence": 0.5,
    "none": 0.3,
}
_CONTINUATION_CHARS = 600
# the ways of attributing that read a cue of the quotation itself: their speaker may be lent
# to a cueless quotation of the same sentence or to a title line above
STRONG_METHODS: frozenset[str] = frozenset(
    {"after", "before", "colon", "inside", "selon", "dash", "signature", "governs", "interview"}
)


@dataclass
class _Ent:
    start: int
    end: int
    name: str
    kind: str  # "person" | "organization"


@dataclass
class _SpeakerInfo:
    key: str
    name: str
    type: str
    organization: str | None = None
    roles: list[str] = field(default_factory=list)
    gender: str = ""


@dataclass
class _Attr:
    qid: str
    start: int
    end: int
    kind: str
    cue: str | None = None
    cue_span: tuple[int, int] | None = None
    mention: tuple[int, int] | None = None
    speaker: str | None = None
    method: str = "none"
    confidence: float = 0.3
    # other (cue, cue span, mention) readings to try when the mention does not resolve
    fallbacks: list[tuple[str | None, tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    # for a quotation without a cue of its own ("pending"): where its sentence ends, whether
    # it stands in a title line, and the weaker evidence of its sentence: (cue, cue span,
    # source) of "Pour X," opening it, and its subject
    sent_end: int = -1
    title: bool = False
    view: tuple[str, tuple[int, int], tuple[int, int]] | None = None
    subject: tuple[int, int] | None = None
    # for a direct quotation opening its paragraph: the subject of the sentence after it
    # ("« … » Ce gérant d'un supermarché est un témoin-clé de la hausse des prix")
    next_subject: tuple[int, int] | None = None
    # for a direct quotation that is its whole paragraph: the person named as the subject of
    # the paragraph's last sentence before it ("Marie D. tient la boutique. ¶ « … » ¶")
    previous_subject: tuple[int, int] | None = None
