"""The committed JSON Schema (docs/schema/article_record.schema.json) matches the models."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from deepseek_news.records import ArticleRecord

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "docs" / "schema" / "article_record.schema.json"
REGENERATE = (
    '.venv/bin/python -c "import json; from deepseek_news.records import ArticleRecord; '
    'print(json.dumps(ArticleRecord.model_json_schema(), indent=2, ensure_ascii=False))" '
    "> docs/schema/article_record.schema.json"
)


def _committed() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return data


def test_schema_file_matches_models() -> None:
    assert _committed() == ArticleRecord.model_json_schema(), (
        "records.py and the committed JSON Schema differ. If the change is intended, "
        f"regenerate it with:\n  {REGENERATE}\nand note the change in CHANGELOG.md"
    )


# The public contract: the fields every consumer relies on, per definition.
@pytest.mark.parametrize(
    ("definition", "fields"),
    [
        (
            None,
            {"doc_id", "quotes", "speakers", "persons", "organizations", "money", "percentages", "originals"},
        ),
        (
            "Quote",
            {"id", "text", "start", "end", "kind", "speaker", "speaker_id", "cue", "confidence", "original"},
        ),
        ("Speaker", {"id", "name", "type", "organization", "roles", "mentions"}),
        ("Person", {"id", "name", "aliases", "mentions"}),
        ("Organization", {"id", "name", "aliases", "mentions"}),
        ("MoneyAmount", {"text", "start", "end", "value", "currency", "approximate", "low", "high"}),
        ("Percentage", {"text", "start", "end", "value", "approximate", "points"}),
        ("Original", {"id", "text", "language", "source"}),
        ("OriginalMatch", {"original_id", "text", "start", "end", "score"}),
        ("Mention", {"start", "end", "text"}),
    ],
)
def test_contract_fields_present(definition: str | None, fields: set[str]) -> None:
    schema = _committed()
    node = schema if definition is None else schema["$defs"][definition]
    assert fields <= set(node["properties"])


@pytest.mark.parametrize(
    ("definition", "field", "enum"),
    [
        ("Quote", "kind", ["direct", "partial", "indirect"]),
        ("Speaker", "type", ["person", "organization", "unnamed"]),
        ("Original", "source", ["given", "embedded"]),
    ],
)
def test_enums(definition: str, field: str, enum: list[str]) -> None:
    assert _committed()["$defs"][definition]["properties"][field]["enum"] == enum
