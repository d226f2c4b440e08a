"""Typed, JSON-serializable records: the public contract of deepseek_news.

Every offset (`start`, `end`) is a character offset into the caller's original
string, end exclusive: ``text[start:end] == record.text``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

QuoteKind = Literal["direct", "partial", "indirect"]
SpeakerType = Literal["person", "organization", "unnamed"]
Gender = Literal["female", "male"]
GenderEvidenceKind = Literal["title", "pronoun", "agreement", "participle", "first_name"]

_GENDER_DOC = (
    "the person's gender as the text tells it (title, pronoun, agreement, participle), else by the "
    "first name; None when unknown or ambiguous, and for organizations and unnamed speakers"
)
_EVIDENCE_DOC = 'why `gender`: "<kind>:<evidence text>", e.g. "title:Mme", "agreement:la ministre"'
_EVIDENCE_PATTERN = r"^(title|pronoun|agreement|participle|first_name):.+$"
_KEY_DOC = (
    "the name folded for counting across articles (no accents, lowercase): the same person "
    "has the same key in every record"
)


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Mention(_Record):
    """A stretch of the input text."""

    start: int
    end: int
    text: str


class WordPair(_Record):
    """One aligned word pair, evidence for a French–English match."""

    fr: str
    en: str
    score: float


class Match(_Record):
    """A French segment matched to an English segment by :func:`deepseek_news.match`."""

    fr_index: int
    en_index: int
    score: float = Field(ge=0.0, le=1.0)
    fr_text: str = ""
    en_text: str = ""
    evidence: list[WordPair] = Field(default_factory=list)


class OriginalMatch(_Record):
    """The English segment a quote renders."""

    original_id: str
    text: str
    start: int = Field(description="offset of the segment inside the Original's text")
    end: int
    score: float = Field(ge=0.0, le=1.0)
    article_start: int | None = Field(
        default=None, description="offsets in the article when the original is embedded in it"
    )
    article_end: int | None = None
    evidence: list[WordPair] = Field(default_factory=list)


class Quote(_Record):
    id: str
    text: str
    start: int
    end: int
    kind: QuoteKind
    speaker: str | None = None
    speaker_id: str | None = None
    cue: str | None = Field(
        default=None,
        description='reporting verb lemma ("déclarer"), or "selon", "colon", "continuation", ...',
    )
    cue_mention: Mention | None = None
    speaker_mention: Mention | None = None
    confidence: float = Field(default=0.0, ge=0.0, le=1.0)
    original: OriginalMatch | None = None


class Speaker(_Record):
    id: str
    name: str
    type: SpeakerType
    organization: str | None = None
    roles: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    entity_id: str | None = Field(default=None, description="id of the Person or Organization entry")
    organization_id: str | None = Field(
        default=None, description="id of the Organization entry named by `organization`"
    )
    gender: Gender | None = Field(default=None, description=_GENDER_DOC)
    gender_evidence: str | None = Field(default=None, description=_EVIDENCE_DOC, pattern=_EVIDENCE_PATTERN)
    corpus_key: str | None = Field(default=None, description=_KEY_DOC + "; None for unnamed speakers")


class Person(_Record):
    id: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    gender: Gender | None = Field(default=None, description=_GENDER_DOC)
    gender_evidence: str | None = Field(default=None, description=_EVIDENCE_DOC, pattern=_EVIDENCE_PATTERN)
    corpus_key: str | None = Field(default=None, description=_KEY_DOC)


class Organization(_Record):
    id: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)


class MoneyAmount(_Record):
    text: str
    start: int
    end: int
    value: float | None = Field(description="in units of the currency; for a range, its low bound")
    currency: str | None = Field(default=None, description="ISO 4217 code, or None when unknown")
    approximate: bool = False
    low: float | None = None
    high: float | None = None


class Percentage(_Record):
    text: str
    start: int
    end: int
    value: float | None = Field(description="4.7 for '4,7 %'; for a range, its low bound")
    approximate: bool = False
    points: bool = Field(default=False, description="percentage points rather than a percentage")
    low: float | None = None
    high: float | None = None


class Original(_Record):
    id: str
    text: str
    language: str = "en"
    source: Literal["given", "embedded"] = "given"
    start: int | None = Field(default=None, description="offsets in the article when embedded")
    end: int | None = None


class RecordError(_Record):
    type: str
    message: str


class RecordWarning(_Record):
    """Something the record says about its input that is not a failure (the record is complete)."""

    type: str = Field(description='what was done, for example "ReplacedSurrogates"')
    message: str


class ArticleRecord(_Record):
    schema_version: str = SCHEMA_VERSION
    doc_id: str | None = None
    text: str | None = Field(default=None, description="the text the offsets refer to, when asked for")
    quotes: list[Quote] = Field(default_factory=list)
    speakers: list[Speaker] = Field(default_factory=list)
    persons: list[Person] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    money: list[MoneyAmount] = Field(default_factory=list)
    percentages: list[Percentage] = Field(default_factory=list)
    originals: list[Original] = Field(default_factory=list)
    error: RecordError | None = None
    warnings: list[RecordWarning] = Field(
        default_factory=list,
        exclude_if=lambda v: not v,
        description="what was changed to process the input (left out of the JSON when empty)",
    )
