"""Component ``dsn_reported``: indirect (reported) speech.

Modules: ``component`` (the factory and the component, which emits the clauses), ``complements``
(the clause a reporting verb governs, and the cues that govern no speech), ``clauses`` (where a
reported clause ends, and the report coordinated after it), ``sources`` ("selon X", "Pour X"),
``incises`` (postposed incises without quotation marks), ``intervals`` (character intervals
with bisect lookups).
"""

from __future__ import annotations

from .component import ENGLISH_KEY, KEY, QUOTES_KEY, ReportedSpeech, make_reported

__all__ = ["ENGLISH_KEY", "KEY", "QUOTES_KEY", "ReportedSpeech", "make_reported"]
