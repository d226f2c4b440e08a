"""French number words, scale words and abbreviations, percent and approximation phrases.

Sources:

- Cardinal number words and their composition (``vingt-et-un``, ``soixante-dix``,
  ``quatre-vingt-dix-neuf``, ``deux cents`` / ``deux cent mille``): the Académie
  française rules on numerals and the 1990 spelling rectifications (hyphens
  between all the elements).  Belgian and Swiss forms (``septante``,
  ``huitante``, ``octante``, ``nonante``) from the Office québécois de la langue
  française and the Belgian Service de la langue française.
- Scale words: French long scale (``million`` 10^6, ``milliard`` 10^9,
  ``billion`` 10^12, ``billiard`` 10^15, ``trillion`` 10^18), as defined by the
  Académie française and the 1961 decree on units.
- Abbreviations of scales in the French financial press (style guides of
  Les Echos and AFP): ``k``/``K`` thousand, ``M`` and ``Mn`` million,
  ``Md``/``Mds``/``Mrd``/``Mrds`` milliard; ``G`` is the Quebec prefix in ``G$``.
- Percent markers: ``%`` and the spellings ``pour cent``, ``pour-cent``,
  ``pourcent`` (Trésor de la langue française, entry *cent*) and the
  abbreviation ``p. 100`` (Office québécois de la langue française, *Banque de
  dépannage linguistique*, "pourcentage"); ``pourcentage``
  right after a number is not standard French but appears in machine-translated
  text and is accepted.  ``point(s) de pourcentage`` and ``point(s) de base``
  (one hundredth of a percentage point) from financial usage.
- ``virgule`` as the decimal separator of numbers read aloud ("trois virgule
  cinq") and ``et demi(e)`` after a number or a scale word ("deux milliards et
  demi"): Académie française, *Dire, ne pas dire* and the Trésor de la langue
  française (entries *virgule*, *demi*).
- Approximation phrases: adverbs and prepositional phrases of approximation
  and bounds listed in the Trésor de la langue française (entries *près*,
  *environ*, *quelque*, *moins*, *plus*, *jusque*, *ordre*) as they precede
  amounts in news writing.
"""

from __future__ import annotations

# word -> value; "un"/"une" count as 1 only inside an amount
UNITS: dict[str, int] = {
    "zéro": 0,
    "zero": 0,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
}

TEENS: dict[str, int] = {
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
}

TENS: dict[str, int] = {
    "vingt": 20,
    "vingts": 20,  # "quatre-vingts"
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "septante": 70,  # Belgium, Switzerland
    "octante": 80,  # Switzerland (rare)
    "huitante": 80,  # Switzerland
    "nonante": 90,  # Belgium, Switzerland
}

HUNDRED: dict[str, int] = {"cent": 100, "cents": 100}

THOUSAND: dict[str, int] = {"mille": 1000}

# long scale: a billion is 10^12 in French
LARGE_SCALES: dict[str, int] = {
    "million": 10**6,
    "millions": 10**6,
    "milliard": 10**9,
    "milliards": 10**9,
    "billion": 10**12,
    "billions": 10**12,
    "billiard": 10**15,
    "billiards": 10**15,
    "trillion": 10**18,
    "trillions": 10**18,
}

# "trois virgule cinq" (3,5): the decimal separator spoken in words
DECIMAL_WORDS: tuple[str, ...] = ("virgule",)
# "deux milliards et demi" (2,5 milliards), "deux et demi pour cent" (2,5 %)
HALF_WORDS: tuple[str, ...] = ("et demi", "et demie")

# the joining word of "vingt et un", "soixante et onze"; only before these words
AND_WORD = "et"
AND_BEFORE: tuple[str, ...] = ("un", "une", "onze")

# abbreviations written after digits, case-sensitive ("5 M$", "1,2 Md€", "300 k€")
SCALE_ABBREVIATIONS: dict[str, int] = {
    "k": 10**3,
    "K": 10**3,
    "M": 10**6,
    "Mn": 10**6,
    "Mio": 10**6,
    "Md": 10**9,
    "Mds": 10**9,
    "Mrd": 10**9,
    "Mrds": 10**9,
    "G": 10**9,
}

# markers of a percentage after a number (lowercase; matched case-insensitively)
PERCENT_SIGNS: tuple[str, ...] = ("%", "％")
PERCENT_WORDS: tuple[str, ...] = (
    "pour cent",
    "p. 100",
    "p.100",
    "pour-cent",
    "pourcent",
    "pourcents",
    "pourcentage",
    "pourcentages",
)

# "N points de pourcentage" (always percentage points) and basis points (value / 100)
POINT_WORDS: tuple[str, ...] = ("point", "points", "pt", "pts")
POINT_OF_PERCENT: tuple[str, ...] = ("de pourcentage", "de %")
POINT_OF_BASE: tuple[str, ...] = ("de base",)
BASIS_POINT_FACTOR = 0.01

# Words showing that bare "points" are index points, not percentage points
# (stock indices named in French financial news).
INDEX_WORDS: tuple[str, ...] = (
    "indice",
    "indices",
    "CAC",
    "Dow",
    "Nasdaq",
    "S&P",
    "Footsie",
    "FTSE",
    "Nikkei",
    "DAX",
    "Stoxx",
    "Hang Seng",
    "SBF",
    "Bel 20",
    "SMI",
)

# Phrases right before an amount that make it approximate or a bound.  Matched
# case-insensitively, followed by optional spaces; "près" alone covers the
# frequent slip "près 17 %".
APPROXIMATORS: tuple[str, ...] = (
    "près de",
    "près d'",
    "près",
    "environ",
    "env.",
    "quelque",
    "plus de",
    "plus d'",
    "moins de",
    "moins d'",
    "au moins",
    "au plus",
    "au maximum",
    "au minimum",
    "jusqu'à",
    "jusqu'a",
    "presque",
    "quasiment",
    "approximativement",
    "autour de",
    "autour d'",
    "aux alentours de",
    "aux alentours d'",
    "de l'ordre de",
    "de l'ordre d'",
    "à peu près",
    "pas loin de",
    "pas loin d'",
    "au-delà de",
    "au-delà d'",
    "au bas mot",
    "grosso modo",
    "plus ou moins",
    "avoisinant",
    "frôlant",
    "approchant",
    "estimé à",
    "estimée à",
    "estimés à",
    "estimées à",
    "~",
    "≈",
)

# Phrases right after an amount that make it approximate ("5 millions environ").
APPROXIMATORS_AFTER: tuple[str, ...] = ("environ", "à peu près", "au bas mot", "tout au plus")

# "entre 5 et 10 millions": the word before a range joined by "et"
RANGE_OPENERS: tuple[str, ...] = ("entre",)
# words joining the two bounds of a range
RANGE_JOINERS: tuple[str, ...] = ("à", "-", "–", "—")
RANGE_JOINERS_AFTER_OPENER: tuple[str, ...] = ("et",)
