"""Names and aliases of entities, and interval sets over offsets (pure Python, no spaCy).

Public: :func:`load_aliases` (an alias table for ``Extractor(aliases=...)``) and
:func:`fold`.  The entity component (``pipeline/entities``) also reads the
name-merging helpers and the interval sets from here:

>>> from deepseek_news.naming import load_aliases
>>> aliases = load_aliases("aliases.json")          # doctest: +SKIP
>>> Extractor(aliases=aliases)                       # doctest: +SKIP
"""

from __future__ import annotations

from ._aliases import load_aliases
from ._intervals import GrowingIntervals, StaticIntervals
from ._names import canonical, clusters, fold, fold_text, same_name

__all__ = [
    "GrowingIntervals",
    "StaticIntervals",
    "canonical",
    "clusters",
    "fold",
    "fold_text",
    "load_aliases",
    "same_name",
]
