"""Scoring rules of deepseek_news.evaluate, and the library's figures on the fixture articles."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from deepseek_news.evaluate import FIELDS, evaluate, main, same_name, score_records

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
GOLD = FIXTURES / "gold.jsonl"
ARTICLES = FIXTURES / "articles"

TEXT = (
    "« Nous tiendrons nos engagements », a déclaré Lucie Aubert. "
    "Elle a ajouté que le chantier coûterait 3,5 millions d'euros, soit 12 % de plus."
)
#           positions in TEXT
Q_START, Q_END = 2, 32  # Nous tiendrons nos engagements
I_START = TEXT.index("le chantier")
I_END = TEXT.rindex(".")  # the clause runs to the end of the sentence
M_START = TEXT.index("3,5")
M_END = M_START + len("3,5 millions d'euros")
P_START = TEXT.index("12 %")
P_END = P_START + 4


def _gold(**changes: Any) -> dict[str, Any]:
    gold: dict[str, Any] = {
        "id": "t1",
        "quotes": [
            {
                "text": TEXT[Q_START:Q_END],
                "speaker": "Lucie Aubert",
                "kind": "direct",
                "start": Q_START,
                "end": Q_END,
            },
            {
                "text": TEXT[I_START:I_END],
                "speaker": "Lucie Aubert",
                "kind": "indirect",
                "start": I_START,
                "end": I_END,
            },
        ],
        "money": [
            {"text": TEXT[M_START:M_END], "value": 3.5e6, "currency": "EUR", "start": M_START, "end": M_END}
        ],
        "percent": [{"text": "12 %", "value": 12.0, "start": P_START, "end": P_END}],
        "organizations": ["Mairie de Lille"],
        "persons": ["Lucie Aubert"],
    }
    gold.update(changes)
    return gold


def _pred_from_gold(gold: dict[str, Any]) -> dict[str, Any]:
    """A record (as a dict) that repeats the gold exactly."""
    return {
        "quotes": [dict(q) for q in gold["quotes"]],
        "money": [dict(m) for m in gold["money"]],
        "percentages": [dict(p) for p in gold["percent"]],
        "organizations": [{"name": n} for n in gold["organizations"]],
        "persons": [{"name": n} for n in gold["persons"]],
    }


def _score(gold: dict[str, Any], pred: dict[str, Any]) -> dict[str, dict[str, float | int]]:
    return score_records([(gold, pred, TEXT)])


def _prf(r: dict[str, float | int]) -> tuple[float | int, ...]:
    return (r["p"], r["r"], r["f1"], r["tp"], r["fp"], r["fn"])


# --- names: same speaker or entity despite spelling differences (own examples) ---


@pytest.mark.parametrize(
    ("pred", "gold", "expected"),
    [
        ("Lucie Aubert", "Lucie Aubert", True),
        ("lucie aubert", "Lucie Aubert", True),
        ("Lucie  Aubert", "Lucie Aubert", True),
        ("Hélène Vidal", "Helene Vidal", True),
        ("Jean-Marc Lefort", "Jean Marc Lefort", True),
        ("l'Agence", "l\u2019Agence", True),
        ("Confédération paysanne", "Confederation paysane", True),
        ("Aubert", "Lucie Aubert", True),  # token set: one name contained in the other
        ("Lucie Aubert", "Paul Aubert", False),
        ("Medef", "CFDT", False),
        (None, None, True),
        (None, "Lucie Aubert", False),
        ("Lucie Aubert", None, False),
        ("", None, True),
    ],
)
def test_same_name(pred: str | None, gold: str | None, expected: bool) -> None:
    assert same_name(pred, gold) is expected


# --- scoring on hand-made gold / prediction pairs ---


def test_perfect_prediction_scores_one_everywhere() -> None:
    gold = _gold()
    result = _score(gold, _pred_from_gold(gold))
    assert set(result) == set(FIELDS)
    expected_tp = {"quotes": 1, "quotes+speaker": 1, "kind": 1, "indirect": 1, "indirect+speaker": 1,
                   "money": 1, "money.span": 1, "percent": 1, "percent.span": 1,
                   "organizations": 1, "persons": 1}  # fmt: skip
    for field in FIELDS:
        assert _prf(result[field]) == (1.0, 1.0, 1.0, expected_tp[field], 0, 0), field


def test_empty_gold_and_empty_prediction_score_one() -> None:
    gold = _gold(quotes=[], money=[], percent=[], organizations=[], persons=[])
    result = _score(gold, {})
    assert _prf(result["quotes"]) == (1.0, 1.0, 1.0, 0, 0, 0)
    assert _prf(result["persons"]) == (1.0, 1.0, 1.0, 0, 0, 0)


def test_prediction_with_nothing_to_find_has_zero_precision() -> None:
    gold = _gold(quotes=[], organizations=[])
    pred = _pred_from_gold(_gold())
    result = _score(gold, pred)
    assert _prf(result["quotes"]) == (0.0, 1.0, 0.0, 0, 1, 0)
    assert _prf(result["organizations"]) == (0.0, 1.0, 0.0, 0, 1, 0)


def test_missing_everything_has_zero_recall() -> None:
    result = _score(_gold(), {})
    assert _prf(result["quotes"]) == (0.0, 0.0, 0.0, 0, 0, 1)
    assert _prf(result["money"]) == (0.0, 0.0, 0.0, 0, 0, 1)


@pytest.mark.parametrize(
    ("start", "end", "matched"),
    [
        (Q_START, Q_END, True),  # exact
        (Q_START - 2, Q_END + 2, True),  # marks included: IoU 30/34
        (Q_START, Q_START + 15, True),  # half the quote: IoU 15/30 = 0.5
        (Q_START, Q_START + 14, False),  # IoU 14/30 < 0.5
        (Q_END, Q_END + 10, False),  # no overlap
    ],
)
def test_direct_quote_needs_half_overlap(start: int, end: int, matched: bool) -> None:
    gold = _gold()
    pred = _pred_from_gold(gold)
    pred["quotes"][0].update(start=start, end=end, text=TEXT[start:end])
    assert result_tp(_score(gold, pred), "quotes") == int(matched)


@pytest.mark.parametrize(
    ("start", "end", "matched"),
    [
        (I_START, I_END, True),
        (I_START, TEXT.index(", soit"), True),  # clause cut at the comma: IoU 42/61
        (I_START - len("Elle a ajouté que "), I_END, True),  # verb included: IoU 61/79
        (I_START, I_START + 19, True),  # IoU 19/61 = 0.311
        (I_START, I_START + 18, False),  # IoU 18/61 = 0.295
    ],
)
def test_indirect_needs_a_third_of_overlap(start: int, end: int, matched: bool) -> None:
    gold = _gold()
    pred = _pred_from_gold(gold)
    pred["quotes"][1].update(start=start, end=end, text=TEXT[start:end])
    assert result_tp(_score(gold, pred), "indirect") == int(matched)


def result_tp(result: dict[str, dict[str, float | int]], field: str) -> int:
    return int(result[field]["tp"])


def test_wrong_speaker_counts_against_quotes_plus_speaker_only() -> None:
    gold = _gold()
    pred = _pred_from_gold(gold)
    pred["quotes"][0]["speaker"] = "Paul Aubert"
    result = _score(gold, pred)
    assert _prf(result["quotes"]) == (1.0, 1.0, 1.0, 1, 0, 0)
    assert _prf(result["quotes+speaker"]) == (0.0, 0.0, 0.0, 0, 1, 1)
    assert _prf(result["indirect+speaker"]) == (1.0, 1.0, 1.0, 1, 0, 0)


def test_speaker_spelling_variant_is_accepted() -> None:
    gold = _gold()
    pred = _pred_from_gold(gold)
    pred["quotes"][0]["speaker"] = "lucie aubert"
    assert result_tp(_score(gold, pred), "quotes+speaker") == 1


def test_wrong_kind_is_scored_apart() -> None:
    gold = _gold()
    pred = _pred_from_gold(gold)
    pred["quotes"][0]["kind"] = "partial"
    result = _score(gold, pred)
    assert _prf(result["quotes"]) == (1.0, 1.0, 1.0, 1, 0, 0)
    assert _prf(result["kind"]) == (0.0, 0.0, 0.0, 0, 1, 1)


def test_indirect_predicted_as_direct_is_missed_and_extra() -> None:
    gold = _gold()
    pred = _pred_from_gold(gold)
    pred["quotes"][1]["kind"] = "direct"
    result = _score(gold, pred)
    assert _prf(result["quotes"]) == (0.5, 1.0, 0.6667, 1, 1, 0)
    assert _prf(result["indirect"]) == (0.0, 0.0, 0.0, 0, 0, 1)


def test_one_gold_quote_pairs_with_one_prediction() -> None:
    gold = _gold()
    pred = _pred_from_gold(gold)
    pred["quotes"].append({"text": TEXT[Q_START:Q_END], "kind": "direct", "start": Q_START, "end": Q_END - 1})
    result = _score(gold, pred)
    assert _prf(result["quotes"]) == (0.5, 1.0, 0.6667, 1, 1, 0)


def test_best_overlap_wins_the_pairing() -> None:
    gold = _gold()
    pred = _pred_from_gold(gold)
    pred["quotes"][0].update(start=Q_START, end=Q_START + 20, speaker="Paul Aubert")
    pred["quotes"].append(dict(gold["quotes"][0]))  # exact span, right speaker
    result = _score(gold, pred)
    assert _prf(result["quotes+speaker"]) == (0.5, 1.0, 0.6667, 1, 1, 0)


def test_prediction_without_offsets_is_found_by_its_text() -> None:
    gold = _gold()
    pred = _pred_from_gold(gold)
    del pred["quotes"][0]["start"], pred["quotes"][0]["end"]
    assert result_tp(_score(gold, pred), "quotes") == 1


@pytest.mark.parametrize(
    ("value", "currency", "money_tp"),
    [
        (3.5e6, "EUR", 1),
        (3.51e6, "EUR", 1),  # within 0.5 %
        (3.6e6, "EUR", 0),
        (3.5e6, "USD", 0),
        (3.5e6, None, 0),
        (None, "EUR", 0),
    ],
)
def test_money_needs_value_and_currency(value: float | None, currency: str | None, money_tp: int) -> None:
    gold = _gold()
    pred = _pred_from_gold(gold)
    pred["money"][0].update(value=value, currency=currency)
    result = _score(gold, pred)
    assert result_tp(result, "money.span") == 1
    assert result_tp(result, "money") == money_tp


def test_money_span_without_the_currency_still_overlaps() -> None:
    gold = _gold()
    pred = _pred_from_gold(gold)
    pred["money"][0].update(start=M_START, end=M_START + len("3,5 millions"))
    assert _prf(_score(gold, pred)["money"]) == (1.0, 1.0, 1.0, 1, 0, 0)


@pytest.mark.parametrize(("value", "tp"), [(12.0, 1), (12.05, 1), (0.12, 0), (1.2, 0)])
def test_percent_value(value: float, tp: int) -> None:
    gold = _gold()
    pred = _pred_from_gold(gold)
    pred["percentages"][0].update(value=value, currency="XXX")  # currency ignored for percentages
    assert result_tp(_score(gold, pred), "percent") == tp


def test_names_are_matched_once() -> None:
    gold = _gold(organizations=["Mairie de Lille", "Métropole de Lille"])
    pred = _pred_from_gold(gold)
    pred["organizations"] = [{"name": "mairie de Lille"}, {"name": "Mairie de Lille"}, {"name": "Lille"}]
    result = _score(gold, pred)
    assert _prf(result["organizations"]) == (0.6667, 1.0, 0.8, 2, 1, 0)


def test_figures_add_up_over_articles() -> None:
    gold = _gold()
    perfect = _pred_from_gold(gold)
    result = score_records([(gold, perfect, TEXT), (gold, {}, TEXT)])
    assert _prf(result["quotes"]) == (1.0, 0.5, 0.6667, 1, 0, 1)


def test_errors_describe_each_mismatch() -> None:
    gold = _gold()
    pred = _pred_from_gold(gold)
    pred["quotes"][0]["speaker"] = None
    pred["persons"] = []
    errors: list[str] = []
    score_records([(gold, pred, TEXT)], errors)
    assert errors == [
        "t1 speaker quotes: 'Nous tiendrons nos engagements' gold='Lucie Aubert' got=None",
        "t1 missed persons: 'Lucie Aubert'",
    ]


def test_article_record_is_accepted() -> None:
    from deepseek_news.records import ArticleRecord, Quote

    gold = _gold(money=[], percent=[], organizations=[], persons=[])
    record = ArticleRecord(
        quotes=[
            Quote(
                id="q1",
                text=TEXT[Q_START:Q_END],
                start=Q_START,
                end=Q_END,
                kind="direct",
                speaker="Lucie Aubert",
            )
        ]
    )
    result = score_records([(gold, record, TEXT)])
    assert _prf(result["quotes+speaker"]) == (1.0, 1.0, 1.0, 1, 0, 0)
    assert _prf(result["indirect"]) == (0.0, 0.0, 0.0, 0, 0, 1)


# --- evaluate() and the command, with a stand-in extractor (no model) ---


class _Echo:
    """Returns the gold of each article as its record."""

    def __init__(self, golds: dict[str, dict[str, Any]]) -> None:
        self.golds = golds
        self.calls: list[tuple[str | None, tuple[str, ...]]] = []

    def extract(
        self, text: str, *, originals: Sequence[str] = (), doc_id: str | None = None
    ) -> dict[str, Any]:
        self.calls.append((doc_id, tuple(originals)))
        return _pred_from_gold(self.golds[str(doc_id)])


@pytest.fixture
def tiny_corpus(tmp_path: Path) -> tuple[Path, Path]:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "t1.txt").write_text(TEXT, encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(_gold(originals=["We will keep our promises."])) + "\n\n", encoding="utf-8")
    return gold, docs


def test_evaluate_reads_gold_and_articles(tiny_corpus: tuple[Path, Path]) -> None:
    gold_path, docs = tiny_corpus
    echo = _Echo({"t1": _gold()})
    result = evaluate(gold_path, docs, extractor=echo)
    assert echo.calls == [("t1", ("We will keep our promises.",))]
    assert result["articles"] == 1
    assert all(result[field]["f1"] == 1.0 for field in FIELDS)


def test_command_prints_and_writes_json(
    tiny_corpus: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import deepseek_news.evaluate as ev

    gold_path, docs = tiny_corpus
    real = ev.evaluate

    def fake(
        gold: Any, docs_dir: Any, extractor: Any = None, *, errors: Any = None, calibration: Any = None
    ) -> dict[str, Any]:
        empty = _Echo({"t1": _gold(quotes=[], money=[], percent=[], organizations=[], persons=[])})
        return real(gold, docs_dir, extractor=empty, errors=errors, calibration=calibration)

    monkeypatch.setattr(ev, "evaluate", fake)
    out = tmp_path / "scores.json"
    assert main([str(gold_path), str(docs), "--json", str(out), "--show-errors"]) == 0
    printed = capsys.readouterr().out
    assert "  t1 missed quotes: 'Nous tiendrons nos engagements'" in printed
    assert f"{'quotes':18s} P=0.000 R=0.000 F1=0.000  (tp=0 fp=0 fn=1)" in printed
    assert json.loads(out.read_text(encoding="utf-8"))["persons"]["fn"] == 1


@pytest.mark.parametrize(
    ("floors", "code", "message"),
    [
        (["quotes.f1=1.0", "money.span.r=1"], 0, None),
        (["quotes+speaker.p=1", "money.p=1.0"], 0, None),
        (["persons.p=0.1"], 1, "below floor: persons.p=0.000<0.1"),  # nothing predicted, something missed
        (["persons.r=0.5"], 1, "below floor: persons.r=0.000<0.5"),
        (["quotes.f1=0.5", "indirect.p=0.5"], 1, "below floor: indirect.p=0.000<0.5"),
    ],
)
def test_command_floors(
    tiny_corpus: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    floors: list[str],
    code: int,
    message: str | None,
) -> None:
    import deepseek_news.evaluate as ev

    gold_path, docs = tiny_corpus
    real = ev.evaluate
    first_quote_only = _gold(money=[], percent=[], organizations=[], persons=[])
    first_quote_only["quotes"] = first_quote_only["quotes"][:1]
    first_quote_only["money"] = _gold()["money"]

    def fake(
        gold: Any, docs_dir: Any, extractor: Any = None, *, errors: Any = None, calibration: Any = None
    ) -> dict[str, Any]:
        return real(
            gold, docs_dir, extractor=_Echo({"t1": first_quote_only}), errors=errors, calibration=calibration
        )

    monkeypatch.setattr(ev, "evaluate", fake)
    args = [str(gold_path), str(docs)] + [f"--min={f}" for f in floors]
    assert main(args) == code
    last = capsys.readouterr().out.splitlines()[-1]
    assert (last == message) if message else last.startswith("1 articles")


@pytest.mark.parametrize(
    "bad", ["quotes=0.8", "quote.f1=0.8", "quotes.f2=0.8", "quotes.f1=high", "quotes.f1"]
)
def test_command_rejects_malformed_floors(tiny_corpus: tuple[Path, Path], bad: str) -> None:
    gold_path, docs = tiny_corpus
    with pytest.raises(SystemExit) as exc:
        main([str(gold_path), str(docs), f"--min={bad}"])
    assert exc.value.code == 2


# --- the fixture gold itself ---


def _fixture_golds() -> list[dict[str, Any]]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_fixture_gold_offsets_are_exact() -> None:
    golds = _fixture_golds()
    assert len(golds) >= 16
    for gold in golds:
        text = (ARTICLES / f"{gold['id']}.txt").read_text(encoding="utf-8")
        for group in ("quotes", "money", "percent"):
            for item in gold[group]:
                assert text[item["start"] : item["end"]] == item["text"], (gold["id"], item)
        for original in gold["originals"]:
            assert original in text


def test_fixture_gold_is_built_from_the_annotations() -> None:
    import subprocess
    import sys

    tool = FIXTURES / "tools" / "build_gold.py"
    done = subprocess.run([sys.executable, str(tool), "--check"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_fixture_articles_all_have_gold() -> None:
    assert sorted(p.stem for p in ARTICLES.glob("*.txt")) == [g["id"] for g in _fixture_golds()]


# --- the library on the fixture articles: floors measured, minus a margin ---

FLOORS = {  # F1 on the 31 fixture articles, measured on 2026-11-22, minus about 0.04
    "quotes": 0.95,
    "quotes+speaker": 0.80,
    "kind": 0.95,
    "indirect": 0.90,
    "indirect+speaker": 0.77,
    "money": 0.96,
    "money.span": 0.96,
    "percent": 0.96,
    "percent.span": 0.96,
    "organizations": 0.88,
    "persons": 0.93,
}


@pytest.mark.slow
def test_fixture_figures_stay_above_floors(extractor: Any) -> None:
    result = evaluate(GOLD, ARTICLES, extractor=extractor)
    below = {field: result[field]["f1"] for field, floor in FLOORS.items() if result[field]["f1"] < floor}
    assert below == {}


CALIBRATION_CASES = [
    ([], []),
    ([(0.95, True), (0.85, True), (0.85, False)], [(0.8, 0.9, 2, 0.5), (0.9, 1.0, 1, 1.0)]),
    ([(1.0, True), (0.3, False), (0.55, True)], [(0.0, 0.5, 1, 0.0), (0.5, 0.6, 1, 1.0), (0.9, 1.0, 1, 1.0)]),
]


@pytest.mark.parametrize(("pairs", "expected"), CALIBRATION_CASES)
def test_calibration_table(
    pairs: list[tuple[float, bool]], expected: list[tuple[float, float, int, float]]
) -> None:
    from deepseek_news.evaluate import calibration_table

    assert calibration_table(pairs) == expected
