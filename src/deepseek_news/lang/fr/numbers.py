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
  abbreviations ``p. 100`` and ``p. cent`` (Office québécois de la langue
  française, *Banque de dépannage linguistique*, "pourcentage"); ``pourcentage``
  right after a number is not standard French but appears in machine-translated
  text and is accepted.  "Un pourcentage de 20" gives the value after the noun
  (Trésor de la langue française, entry *pourcentage*).  ``point(s) de pourcentage`` and ``point(s) de base``
  (one hundredth of a percentage point) from financial usage.
- ``virgule`` as the decimal separator of numbers read aloud ("trois virgule
  cinq") and ``et demi(e)`` after a number or a scale word ("deux milliards et
  demi"): Académie française, *Dire, ne pas dire* and the Trésor de la langue
  française (entries *virgule*, *demi*).
- Bare ``point(s)`` as percentage points: the rates French economic and
  political news gives in percent (INSEE and Banque de France vocabulary:
  *taux*, *croissance*, *inflation*, *chômage*, *part de marché*, *marge*,
  *déficit* and *dette* in points of GDP; polling vocabulary: *intentions de
  vote*, *sondage*, *popularité*), the nouns of a change that introduce the
  change ("une hausse de 0,2 point"), and, against them, the words of sports
  scores and rankings (*avance*, *retard*, *classement*, *match*...), of stock
  index points and of the common nouns made with *point* ("point de vue",
  "points de vente", "un point bas").
- A second amount with its currency left implicit ("de 3,8 milliards d'euros
  à 4,1 milliards"): the words after *de* that do not name what is counted
  ("2 milliards de plus", "d'ici 2027"), from the Trésor de la langue
  française (entries *plus*, *moins*, *ici*).
- Minus signs: the typographic minus (U+2212), and the hyphen typed in its
  place; publishing software (WordPress ``wptexturize`` among others) turns a
  typed " - " into a spaced en dash " – ", so a spaced en dash after a
  preposition is read as a minus sign too.
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
# "un demi-milliard" (0,5 milliard): the prefix of half a scale word, after "un"
HALF_PREFIXES: tuple[str, ...] = ("demi-",)

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
    "p. cent",
    "p.cent",
    "pour-cent",
    "pourcent",
    "pourcents",
    "pourcentage",
    "pourcentages",
)

# "un pourcentage de 20": the value of a percentage named before it, after "de"; read only
# when the number ends the clause or one of these words follows it (a noun after it is what
# the percentage counts: "le pourcentage de 18 ans", "un pourcentage de 20 élèves")
PERCENT_NOUNS: tuple[str, ...] = ("pourcentage", "pourcentages")
PERCENT_VALUE_FOLLOWERS: tuple[str, ...] = (
    "chez",
    "dans",
    "parmi",
    "en",
    "selon",
    "pour",
    "contre",
    "au",
    "aux",
)

# "1,1^23 %", "10^6 euros": a power written with a caret; larger exponents are not numbers
MAX_POWER_EXPONENT = 30

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
    "Bourse",
    "Wall Street",
    "Euronext",
)

# --- percentage points ("0,2 point", "de trois points") --------------------
#
# Bare "point(s)" after a number are percentage points when the sentence is
# about a rate (RATE_WORDS), when a percentage comes earlier in the sentence, or
# when a noun of change introduces the number (CHANGE_NOUNS: "une hausse de 2
# points"); never when the sentence has a score or ranking word (SCORE_WORDS) or
# names a stock index (INDEX_WORDS).

# Lower case, matched case-insensitively as whole words.
RATE_WORDS: tuple[str, ...] = (
    "taux",
    "croissance",
    "inflation",
    "chômage",
    "pib",
    "part de marché",
    "parts de marché",
    "part",
    "parts",
    "marge",
    "marges",
    "rendement",
    "déficit",
    "déficits",
    "dette",
    "endettement",
    "pourcentage",
    "proportion",
    "natalité",
    "mortalité",
    "pauvreté",
    "participation",
    "abstention",
    "intentions de vote",
    "sondage",
    "sondages",
    "popularité",
    "prélèvements obligatoires",
    "salaire minimum",
)

# Phrases containing a rate word without meaning a rate ("d'autre part", "à part").
RATE_IDIOMS: tuple[str, ...] = (
    "de la part",
    "de sa part",
    "de leur part",
    "de ma part",
    "de ta part",
    "de notre part",
    "de votre part",
    "d'autre part",
    "d'une part",
    "à part",
    "pour sa part",
    "pour leur part",
    "pour ma part",
    "pour notre part",
    "pour votre part",
    "quelque part",
    "nulle part",
    "de part et d'autre",
    "faire part",
    "fait part",
    "prendre part",
    "pris part",
    "prend part",
)

# A noun of change right before the number: "une hausse de 0,2 point", "recul d'un point".
CHANGE_NOUNS: tuple[str, ...] = (
    "hausse",
    "baisse",
    "recul",
    "repli",
    "progression",
    "augmentation",
    "diminution",
    "chute",
    "bond",
    "remontée",
    "dégradation",
    "amélioration",
)

# Words of sports scores and rankings, exams and scoring systems; any of them in
# the sentence keeps bare "points" out of the percentages.
SCORE_WORDS: tuple[str, ...] = (
    "avance",
    "retard",
    "classement",
    "classé",
    "match",
    "matchs",
    "matches",
    "équipe",
    "équipes",
    "championnat",
    "champion",
    "championne",
    "ligue",
    "buts",
    "paniers",
    "rebonds",
    "essais",
    "tournoi",
    "barème",
    "permis",
    "copie",
    "points de suture",
    "podium",
    "relégation",
    "finale",
    "demi-finale",
    "set",
    "sets",
)

# Words right after "point(s)" that make another noun ("un point bas", "les points clés").
POINT_NOUN_ADJECTIVES: tuple[str, ...] = (
    "bas",
    "haut",
    "hauts",
    "mort",
    "morts",
    "culminant",
    "culminants",
    "final",
    "faible",
    "faibles",
    "fort",
    "forts",
    "noir",
    "noirs",
    "chaud",
    "chauds",
    "commun",
    "communs",
    "clé",
    "clés",
    "clef",
    "clefs",
    "essentiel",
    "essentiels",
    "important",
    "importants",
    "principal",
    "principaux",
    "précis",
    "presse",
    "relais",
    "retraite",
    "virgule",
    "limite",
    "critique",
    "critiques",
    "crucial",
    "cruciaux",
)

# Fractions of a point after "un"/"une"/"trois" ("relevé d'un demi-point", "un quart de
# point", "trois quarts de point"): the value of one of them in percentage points.
POINT_FRACTIONS: dict[str, float] = {
    "demi-point": 0.5,
    "demi point": 0.5,
    "quart de point": 0.25,
    "quarts de point": 0.25,
}

# Words right before the number of bare points: percentage points are a change or a
# gap ("de 0,2 point", "d'un point", "perd 3 points", "soit 0,5 point de plus"); a
# number without them ("le dossier comporte 12 points") is a count of items.
POINT_CUES_BEFORE: tuple[str, ...] = (
    "de",
    "soit",
    "perd",
    "perdent",
    "perdu",
    "perdait",
    "gagne",
    "gagnent",
    "gagné",
    "gagnait",
    "prend",
    "prennent",
    "pris",
    "prenait",
    "reprend",
    "repris",
    "cède",
    "cèdent",
    "cédé",
    "cédait",
    "abandonne",
    "abandonné",
    "lâche",
    "lâché",
    "grignote",
    "grignoté",
    "grappille",
    "grappillé",
    "rogne",
    "rogné",
)
# ... or right after the points
POINT_CUES_AFTER: tuple[str, ...] = ("de plus", "de moins", "supplémentaires", "supplémentaire")

# Determiners before the number that make "points" a list of items ("les 3 points du plan").
POINT_LIST_DETERMINERS: tuple[str, ...] = ("les", "ces", "des", "ses", "leurs", "nos", "vos", "mes", "tes")

# --- implicit currency ("passé de 96 millions d'euros à 71 millions") ------
#
# A number with a scale word of at least a million and no unit after it takes
# the currency of the nearest earlier amount of the same paragraph worth at
# least IMPLICIT_MIN_ANTECEDENT units of its currency.
IMPLICIT_MIN_SCALE = 10**6
IMPLICIT_MIN_ANTECEDENT = 100_000
# words after "de"/"d'" that do not name what is counted
NOT_A_UNIT_AFTER_DE: tuple[str, ...] = ("plus", "moins", "mieux", "trop", "ici", "l'heure")

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
# A spaced en dash before a number is a minus sign after these words ("recule de – 0,5 %"):
# publishing software turns a typed " - " into " – ", so the en dash stands for the minus
# sign there; after other words it opens an incise or a list item.
EN_DASH_MINUS_AFTER: tuple[str, ...] = ("de", "à", "soit", "contre", "entre", "et", "ou", "par")
EN_DASH_MINUS_AFTER_CHARS = "(:=/"
RANGE_JOINERS_AFTER_OPENER: tuple[str, ...] = ("et",)
# "20 ou 50 euros", "2 ou 3 %": a bare number, "ou" and an amount are one amount with
# the low value, like a range (only a bare number: "20 euros ou 50 euros" are two)
ALTERNATIVE_JOINERS: tuple[str, ...] = ("ou",)

# Time words before a year ("en 2022", "fin 2023", "d'ici 2030"): such a year is
# not the low bound of a range ("passé de 3 % en 2022 à 5 % en 2024").
YEAR_BEFORE: tuple[str, ...] = (
    "en",
    "depuis",
    "dès",
    "d'ici",
    "fin",
    "début",
    "mi",
    "année",
    "l'an",
    "courant",
    "avant",
    "après",
    "jusqu'en",
    "printemps",
    "été",
    "automne",
    "hiver",
)
