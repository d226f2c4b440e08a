"""Component ``dsn_quotes``: quoted passages, direct or partial.

Modules: ``component`` (the factory and the component), ``kinds`` (``classify``: direct,
partial, or a title or name; a fragment read as whole sentences), ``labels`` (titles, names,
written text, glossed terms, offences, labels and scare quotes: quoted words nobody said),
``pieces`` (a quotation split into paragraphs and around incises), ``interviews`` (question and
answer layouts), ``words`` (word patterns and text helpers shared by the rules).
"""

from __future__ import annotations

from .component import ENGLISH_KEY, KEY, QuoteFinder, make_quotes
from .interviews import Interview, interview
from .kinds import classify
from .pieces import _pieces as _pieces

__all__ = ["ENGLISH_KEY", "KEY", "Interview", "QuoteFinder", "classify", "interview", "make_quotes"]
