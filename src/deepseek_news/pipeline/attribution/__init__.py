"""Component ``dsn_attribution``: the cue and speaker of every quote, and speaker resolution.

Modules: ``component`` (the factory, the component, ``records_from_doc``), ``cues`` (the
cue finders, tried in order), ``pending`` (quotations without a cue of their own, title
lines), ``layout`` (title lines and live-feed time stamps), ``adjuncts`` (words between a
reporting verb and its subject), ``mentions`` (from a cue's subject token to the speaker's
noun phrase), ``resolver`` (mentions to speakers), ``antecedents`` (pronoun antecedents by
salience, untyped names and groups), ``descriptions`` (reading a role or collective
description), ``model`` (span keys, confidences, shared records).
"""

from __future__ import annotations

from .component import Attribution, make_attribution, records_from_doc
from .model import (
    CONFIDENCE,
    CUES_KEY,
    INDIRECT_KEY,
    ORGS_KEY,
    PERSONS_KEY,
    QUOTES_KEY,
    SPEAKER_MENTIONS_KEY,
    SPEAKERS_KEY,
)

__all__ = [
    "CONFIDENCE",
    "CUES_KEY",
    "INDIRECT_KEY",
    "ORGS_KEY",
    "PERSONS_KEY",
    "QUOTES_KEY",
    "SPEAKERS_KEY",
    "SPEAKER_MENTIONS_KEY",
    "Attribution",
    "make_attribution",
    "records_from_doc",
]
