"""Entity names: alias tables and the name-merging logic (pure Python, no spaCy).

>>> from deepseek_news.entities import load_aliases
>>> aliases = load_aliases("aliases.json")          # doctest: +SKIP
>>> Extractor(aliases=aliases)                       # doctest: +SKIP
"""

from __future__ import annotations

from ._aliases import load_aliases
from ._names import fold

__all__ = ["fold", "load_aliases"]
