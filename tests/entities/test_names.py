"""Name folding, alias merging and alias tables (no model needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from deepseek_news.naming import canonical, fold, load_aliases, same_name

# Spelling variants written by hand for these tests.
VARIANTS = [
    ("Deepseek", "DeepSeek", True),
    ("Etats-Unis", "États-Unis", True),
    ("Société Générale", "societe generale", True),
    ("Renault", "Nissan", False),
    ("Jean Dupont", "Jean Durand", False),
]


@pytest.mark.parametrize(("a", "b", "expected"), VARIANTS)
def test_same_name(a: str, b: str, expected: bool) -> None:
    assert same_name(a, b) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [("États-Unis", "etats unis"), ("L’Oréal", "l' oreal"), ("  Air   France ", "air france")],
)
def test_fold(name: str, expected: str) -> None:
    assert fold(name) == expected


@pytest.mark.parametrize(
    ("forms", "expected"),
    [
        (["DeepSeek", "DeepSeek", "Deepseek"], "DeepSeek"),
        (["Altman", "Sam Altman", "Altman"], "Sam Altman"),
        (["SoftBank", "SoftBank Group Corp."], "SoftBank Group Corp."),
        (["NVIDIA", "Nvidia Corporation", "Nvidia"], "Nvidia Corporation"),
    ],
)
def test_canonical(forms: list[str], expected: str) -> None:
    assert canonical(forms) == expected


def test_load_aliases_both_layouts(tmp_path: Path) -> None:
    p = tmp_path / "aliases.json"
    p.write_text(
        json.dumps({"Deepseek": "DeepSeek", "Sam Altman": ["Altman", "S. Altman"]}), encoding="utf-8"
    )
    assert load_aliases(p) == {"Deepseek": "DeepSeek", "Altman": "Sam Altman", "S. Altman": "Sam Altman"}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[1, 2]", "JSON object"),
        ("{not json", "not valid JSON"),
        ('{"A": 3}', "canonical name"),
        ('{"X": "A", "B": ["X"]}', "maps to both"),
    ],
)
def test_load_aliases_errors(tmp_path: Path, content: str, message: str) -> None:
    p = tmp_path / "bad.json"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_aliases(p)


def test_import_is_light() -> None:
    import subprocess
    import sys

    code = "import sys, deepseek_news.naming; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
