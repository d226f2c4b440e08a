"""Every written form of every currency record, from one table generated from
lang/fr/currencies.py: names alone and with each qualifier, symbols before and
after the number, codes, subunits, and each country word resolving a shared name.

The sentences are templates written for these tests; the expected currency is
computed from the records, so a currency added there is tested here in every
form it declares.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from deepseek_news.amounts import _grammar as g
from deepseek_news.amounts import find_amounts
from deepseek_news.lang.fr import currencies as cur
from deepseek_news.records import MoneyAmount

Case = tuple[str, str, float, str | None]  # sentence, span text, value, currency


def _money(text: str) -> list[tuple[str, float | None, str | None]]:
    out = []
    for a in find_amounts(text):
        assert text[a.start : a.end] == a.text
        if isinstance(a, MoneyAmount):
            out.append((a.text, a.value, a.currency))
    return out


def _alone(reading: g.Reading) -> str | None:
    """What a form means in a sentence naming no country (caller default: USD)."""
    return "USD" if reading.primary == cur.DEFAULT else reading.primary


def _needs_context(name: str) -> bool:
    return g.NAMES[name].needs_context


def _cases() -> list[tuple[str, Case]]:
    cases: dict[str, tuple[str, Case]] = {}

    def add(case_id: str, case: Case) -> None:
        cases.setdefault(case[0], (case_id, case))

    for r in cur.CURRENCIES:
        for name in r.names:
            # a scale word makes every name money, even "livres" and "couronnes"
            span = f"3 millions de {name}"
            add(
                f"{r.iso}-name-{name}",
                (f"Le fonds a reçu {span} hier.", span, 3e6, _alone(g.NAMES[name].alone)),
            )
            if name[0] in "aeiouyéè":  # "3 millions d'euros", with both apostrophes
                for apostrophe in ("'", "’"):
                    span = f"3 millions d{apostrophe}{name}"
                    add(
                        f"{r.iso}-name-elided-{name}-{apostrophe}",
                        (f"Le fonds a reçu {span} hier.", span, 3e6, _alone(g.NAMES[name].alone)),
                    )
            for q in r.qualifiers:
                span = f"1 500 {name} {q}"
                reading = g.NAMES[name].qualifiers[q]
                add(
                    f"{r.iso}-qualifier-{name}-{q}",
                    (f"Le loyer atteint {span} par mois.", span, 1500.0, _alone(reading)),
                )
        for sym in r.symbols:
            reading = g.SYMBOLS[" ".join(sym.split())]
            add(
                f"{r.iso}-symbol-after-{sym}",
                (f"Le loyer atteint 1 500 {sym} par mois.", f"1 500 {sym}", 1500.0, _alone(reading)),
            )
            add(
                f"{r.iso}-symbol-before-{sym}",
                (f"Le loyer atteint {sym} 1 500 par mois.", f"{sym} 1 500", 1500.0, _alone(reading)),
            )
            if " " not in sym:  # glued: "1500€", "€1500"
                add(
                    f"{r.iso}-symbol-glued-after-{sym}",
                    (f"Le loyer atteint 1500{sym} par mois.", f"1500{sym}", 1500.0, _alone(reading)),
                )
                if not sym[-1].isalpha() and sym[-1] != ".":  # "Fr.1500" is not written
                    add(
                        f"{r.iso}-symbol-glued-before-{sym}",
                        (f"Le loyer atteint {sym}1500 par mois.", f"{sym}1500", 1500.0, _alone(reading)),
                    )
            # after a scale: "5 millions $", "5 milliards de $", and "5 M€" for a sign
            for span, value in ((f"5 millions {sym}", 5e6), (f"5 milliards de {sym}", 5e9)):
                add(
                    f"{r.iso}-symbol-scale-{span}",
                    (f"Le fonds lève {span} ici.", span, value, _alone(reading)),
                )
            if not sym[0].isalpha():
                span = f"5 M{sym}"
                add(
                    f"{r.iso}-symbol-abbreviation-{sym}",
                    (f"Le fonds lève {span} ici.", span, 5e6, _alone(reading)),
                )
        for after in r.after_symbol:
            for sym in r.symbols:
                if sym in g.SYMBOL_QUALIFIERS:
                    span = f"1 500 {sym} {after.upper()}"
                    add(
                        f"{r.iso}-after-symbol-{after}",
                        (f"Le loyer atteint {span} par mois.", span, 1500.0, r.iso),
                    )
        codes = (r.iso, *r.codes) + ((r.iso.lower(),) if r.lowercase_code else ())
        for code in codes:
            if r.code == "none":
                add(f"{r.iso}-code-none-{code}", (f"Le loyer atteint 1 500 {code} par mois.", "", 0.0, None))
                continue
            add(
                f"{r.iso}-code-after-{code}",
                (f"Le loyer atteint 1 500 {code} par mois.", f"1 500 {code}", 1500.0, r.iso),
            )
            add(
                f"{r.iso}-code-scale-{code}",
                (f"Le fonds lève 5 millions {code} ici.", f"5 millions {code}", 5e6, r.iso),
            )
            if r.code == "both":
                add(
                    f"{r.iso}-code-before-{code}",
                    (f"Le loyer atteint {code} 1 500 par mois.", f"{code} 1 500", 1500.0, r.iso),
                )
            else:  # a common acronym before a number: "la COP 28"
                add(
                    f"{r.iso}-code-not-before-{code}",
                    (f"Le sommet {code} 28 se tient demain.", "", 0.0, None),
                )
        for sub in r.subunits:
            add(
                f"{r.iso}-subunit-{sub}",
                (f"Le timbre augmente de 50 {sub}.", f"50 {sub}", 0.5, _alone(g.NAMES[sub].alone)),
            )
        shared = [n for n in r.names if len(g.NAMES[n].alone.candidates) > 1]
        if shared:
            name = shared[-1]
            expected = "USD" if r.caller_default else r.iso
            for word in sorted({f for w in r.countries for f in g.country_forms(w)}):
                others = [
                    o.iso
                    for o in cur.CURRENCIES
                    if o.iso != r.iso
                    and o.iso in g.NAMES[name].alone.candidates
                    and g.COUNTRY_CONTEXT.get(o.iso) is not None
                    and g.COUNTRY_CONTEXT[o.iso].search(word)
                ]
                if others:
                    continue  # a word shared by two countries decides nothing
                text = f"Selon un rapport sur {word}, le billet coûte 1 500 {name}."
                add(f"{r.iso}-country-{word}", (text, f"1 500 {name}", 1500.0, expected))
                if word[0].isupper() and word == word.upper() and " " not in word:
                    # a dateline counts in every paragraph
                    text = f"{word} — Le rapport est paru.\n\nLe billet coûte 1 500 {name}."
                    add(f"{r.iso}-dateline-{word}", (text, f"1 500 {name}", 1500.0, expected))
    return list(cases.values())


CASES = _cases()


@pytest.mark.parametrize("case", [c for _, c in CASES], ids=[i for i, _ in CASES])
def test_every_form_of_every_currency(case: Case) -> None:
    text, span, value, currency = case
    expected = [(span, value, currency)] if span else []
    assert _money(text) == expected


def test_the_table_covers_every_record() -> None:
    covered = {i.split("-", 1)[0] for i, _ in CASES}
    assert covered == {r.iso for r in cur.CURRENCIES}


def test_one_record_per_currency() -> None:
    isos = [r.iso for r in cur.CURRENCIES]
    assert len(isos) == len(set(isos))


@pytest.mark.parametrize("name", sorted(g.NAMES))
def test_records_sharing_a_name_agree_on_its_traits(name: str) -> None:
    records = [r for r in cur.CURRENCIES if name in r.names]
    assert len({(r.needs_context, r.not_after_un) for r in records}) <= 1


def test_a_form_has_at_most_one_primary() -> None:
    for form in {f for r in cur.CURRENCIES for f in r.primary}:
        owners = [r.iso for r in cur.CURRENCIES if form in r.primary]
        assert len(owners) == 1, (form, owners)


# A currency added by its record alone: a subprocess appends two records to CURRENCIES before
# the scanner is imported (its tables are built once, at import), then runs the generated
# table above on them.  XTS is the ISO 4217 code reserved for tests, ZZS one of its
# user-assigned codes; the second record shares "francs" with the real ones and is chosen by
# its country alone.
_ADDED = """
import json, sys
sys.path.insert(0, sys.argv[1])
from deepseek_news.lang.fr import currencies as cur
cur.CURRENCIES = cur.CURRENCIES + (
    cur.Currency(
        "XTS", ("zorglub", "zorglubs"), qualifiers=("zorglubien", "zorglubiens"),
        symbols=("₳",), subunits=("zorglet", "zorglets"), countries=("Zorglubie",),
    ),
    cur.Currency("ZZS", ("franc", "francs"), qualifiers=("syldave",), countries=("Syldavie",)),
)
from tests.amounts import test_currency_records as t
failed, ran = [], []
for case_id, (text, span, value, currency) in t.CASES:
    if case_id.split("-", 1)[0] in ("XTS", "ZZS"):
        ran.append(case_id)
        if t._money(text) != ([(span, value, currency)] if span else []):
            failed.append(case_id)
print(json.dumps({"ran": ran, "failed": failed}))
"""


def test_a_currency_added_by_its_record_alone_works_in_every_form() -> None:
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", _ADDED, str(root)], capture_output=True, text=True, check=True, cwd=root
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["failed"] == []
    assert {
        "XTS-name-zorglubs",
        "XTS-qualifier-zorglubs-zorglubiens",
        "XTS-symbol-after-₳",
        "XTS-symbol-before-₳",
        "XTS-symbol-glued-after-₳",
        "XTS-symbol-abbreviation-₳",
        "XTS-code-after-XTS",
        "XTS-code-before-XTS",
        "XTS-subunit-zorglets",
        "ZZS-qualifier-francs-syldave",
        "ZZS-country-Syldavie",
        "ZZS-dateline-SYLDAVIE",
    } <= set(result["ran"])
