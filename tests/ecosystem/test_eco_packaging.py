"""Packaging: cheap import, py.typed shipped in the wheel."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


# Modules that must import without spaCy (the package, its records, the HTML view).
@pytest.mark.parametrize("module", ["deepseek_news", "deepseek_news.records", "deepseek_news.render"])
def test_import_does_not_load_spacy(module: str) -> None:
    code = (
        f"import sys, {module}, deepseek_news; deepseek_news.ArticleRecord; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_py_typed_in_source() -> None:
    assert (ROOT / "src" / "deepseek_news" / "py.typed").is_file()


@pytest.mark.slow
def test_py_typed_in_wheel(tmp_path: Path) -> None:
    pytest.importorskip(
        "hatchling", reason="building the wheel offline needs hatchling (pip install hatchling)"
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("deepseek_news-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "deepseek_news/py.typed" in names
    assert "deepseek_news/render.py" in names
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[spacy_factories]" in text and "dsn_quotes = deepseek_news.pipeline.quotes:make_quotes" in text
