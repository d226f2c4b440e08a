#!/usr/bin/env python3
"""Speed of ``find_amounts`` on about 1 MB of French news text, optionally against a peer.

    python benchmarks/bench_amounts.py [--size-mb 1.0] [--peer-python /tmp/peer/bin/python]
                                       [--peer-mb 0.1]

The text repeats the paragraphs below (written for this benchmark, varied
forms of amounts) until it reaches ``--size-mb``; it is processed paragraph by
paragraph.  With ``--peer-python`` (a Python where ``recognizers-text-suite``
is installed, for example ``python3 -m venv /tmp/peer && /tmp/peer/bin/pip
install recognizers-text-suite emoji==0.6.0``), the same paragraphs go through
the peer's French currency and percentage recognizers in a subprocess; the
peer is timed on the first ``--peer-mb`` of the text (it is slow) and both
rates are reported per second.  Without a peer the comparison is skipped.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

PARAGRAPHS = [
    "La start-up parisienne a levé 12,5 millions d'euros auprès de fonds américains, "
    "soit près de 13 millions de dollars, pour une valorisation proche de 80 M€.",
    "Le titre a perdu 4,7\u202f% mardi à la Bourse de Paris, après une chute de près de 17 % "
    "la veille ; l'indice a cédé 1,2 % en clôture.",
    "Le budget de la ville atteint 3\u00a0000\u00a0000 € cette année, contre 2,4 millions en 2023, "
    "et la dette a reculé de 0,5 point de pourcentage.",
    "Entre 5 et 10 milliards de dollars seraient nécessaires, selon le ministre, qui évoque "
    "aussi une enveloppe de 300 k€ pour les associations.",
    "Le baril de Brent s'échange à 82,40 dollars, tandis que l'once d'or dépasse 2 000 $ "
    "et que l'euro vaut 1,08 dollar.",
    "La BCE a relevé ses taux de 25 points de base, à 4,5 %, et l'inflation est retombée à 2,9 % sur un an.",
    "Le groupe japonais a annoncé un bénéfice de 1 200 milliards de yens, en hausse de 8 %, "
    "et un dividende de 50 yens par action.",
    "Le club anglais a déboursé 100 millions de livres sterling, environ 115 millions d'euros, "
    "pour le milieu de terrain.",
    "Les salariés réclament une hausse de 3 à 5 % ; la direction propose 2,5 % et une prime de mille euros.",
    "Le loyer moyen s'élève à 1 250 € par mois à Lyon, 890 € à Lille et vingt-deux euros "
    "le mètre carré à Limoges.",
    "Le fonds souverain norvégien pèse plus de 15 000 milliards de couronnes norvégiennes, "
    "soit 1,4 billion de dollars.",
    "Le 14 juillet 2024, à 14 h 30, 3 000 personnes ont défilé rue de la Paix ; il faisait "
    "28 degrés et le cortège s'étirait sur 2 km.",
    "Le prix du ticket passe de 1,90 € à 2,10 € au 1er janvier, soit une hausse de 10,5 %, "
    "a indiqué la régie qui transporte 1,2 million de voyageurs.",
    "Le constructeur vise une marge de 8 % et un chiffre d'affaires de 1,2 Md€, contre 950 M€ "
    "l'an dernier, avec un carnet de commandes de 4 Mds$.",
]

PEER_SCRIPT = r"""
import json, sys, time
from recognizers_text import Culture
from recognizers_number_with_unit import recognize_currency
from recognizers_number import recognize_percentage
paras = json.load(sys.stdin)
recognize_currency(paras[0], Culture.French)  # warm-up outside the timing
recognize_percentage(paras[0], Culture.French)
t0 = time.perf_counter()
n = 0
for p in paras:
    n += len(recognize_currency(p, Culture.French)) + len(recognize_percentage(p, Culture.French))
print(json.dumps({"seconds": time.perf_counter() - t0, "amounts": n}))
"""


def corpus(size_mb: float) -> list[str]:
    target = int(size_mb * 1_000_000)
    out: list[str] = []
    total = 0
    i = 0
    while total < target:
        p = PARAGRAPHS[i % len(PARAGRAPHS)]
        out.append(p)
        total += len(p.encode("utf-8")) + 1
        i += 1
    return out


def run_ours(paras: list[str]) -> tuple[float, int]:
    from deepseek_news.amounts import find_amounts

    find_amounts(paras[0])  # compile the grammar outside the timing
    t0 = time.perf_counter()
    n = 0
    for p in paras:
        n += len(find_amounts(p))
    return time.perf_counter() - t0, n


def run_peer(python: str, paras: list[str]) -> tuple[float, int] | None:
    if not Path(python).exists():
        print(f"peer python {python} not found: peer skipped")
        return None
    proc = subprocess.run(
        [python, "-c", PEER_SCRIPT], input=json.dumps(paras), capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        print("peer failed, skipped:", proc.stderr.strip().splitlines()[-1:])
        return None
    res = json.loads(proc.stdout.strip().splitlines()[-1])
    return float(res["seconds"]), int(res["amounts"])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size-mb", type=float, default=1.0)
    ap.add_argument("--peer-python", default=None)
    ap.add_argument("--peer-mb", type=float, default=0.1)
    a = ap.parse_args()

    paras = corpus(a.size_mb)
    mb = sum(len(p.encode("utf-8")) + 1 for p in paras) / 1e6
    secs, n = run_ours(paras)
    print(
        f"deepseek_news  {mb:.2f} MB  {n} amounts  {secs:.2f} s  "
        f"{n / secs:,.0f} amounts/s  {mb / secs:.2f} MB/s"
    )
    if a.peer_python:
        sub = corpus(a.peer_mb)
        peer = run_peer(a.peer_python, sub)
        if peer is not None:
            psecs, pn = peer
            pmb = sum(len(p.encode("utf-8")) + 1 for p in sub) / 1e6
            print(
                f"peer           {pmb:.2f} MB  {pn} amounts  {psecs:.2f} s  "
                f"{pn / psecs:,.0f} amounts/s  {pmb / psecs:.3f} MB/s"
            )
            print(f"speed ratio (MB/s): {(mb / secs) / (pmb / psecs):.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
