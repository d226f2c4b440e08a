"""Corpus-level alias tables read from JSON files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def load_aliases(path: str | Path) -> dict[str, str]:
    """Read an alias table (alias -> canonical name) from a JSON file.

    Two layouts are accepted, and may be mixed in one object:

    - ``{"Deepseek": "DeepSeek", "Altman": "Sam Altman"}``: alias -> canonical name;
    - ``{"DeepSeek": ["Deepseek", "Deep Seek"]}``: canonical name -> list of aliases.

    The result is meant for ``Extractor(aliases=...)``.  Raises ``ValueError``
    when the file is not a JSON object of strings or lists of strings, and
    when one alias is given two different canonical names.
    """
    p = Path(path)
    try:
        data: Any = json.loads(p.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{p}: not valid JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise ValueError(f"{p}: an alias table is a JSON object, got {type(data).__name__}")
    table: dict[str, str] = {}

    def put(alias: str, canonical: str) -> None:
        alias, canonical = alias.strip(), canonical.strip()
        if not alias or not canonical:
            raise ValueError(f"{p}: empty name in the alias table")
        if alias == canonical:
            return
        if table.get(alias, canonical) != canonical:
            raise ValueError(f"{p}: alias {alias!r} maps to both {table[alias]!r} and {canonical!r}")
        table[alias] = canonical

    for key, value in data.items():
        if isinstance(value, str):
            put(key, value)
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            for alias in value:
                put(alias, key)
        else:
            raise ValueError(
                f"{p}: the value of {key!r} must be a canonical name (string) or a list of aliases"
            )
    return table
