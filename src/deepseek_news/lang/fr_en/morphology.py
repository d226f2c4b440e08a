"""French morphology facts used when matching French to English.

Source: written for deepseek_news from French and English grammar.

- ``FUTURE_ENDINGS`` / ``CONDITIONAL_ENDINGS``: what follows the future stem
  (the infinitive, minus the final ``e`` of ``-re`` verbs) in the simple future
  ("déclarer-a") and the conditional ("déclarer-ait"); such a verb form also
  carries English "will" / "would".
- ``IRREGULAR_FUTURE_STEMS``: verbs whose future stem is not the infinitive.
- ``COGNATE_SUFFIXES``: regular French → English suffix correspondences of
  learned vocabulary (nationalité → nationality), applied to accent-stripped
  French lemmas before comparing spellings.
- ``FRENCH_FUNCTION_POS``: lexicon parts of speech that mark function words.
"""

from __future__ import annotations

FUTURE_ENDINGS: frozenset[str] = frozenset({"ai", "as", "a", "ons", "ez", "ont"})
CONDITIONAL_ENDINGS: frozenset[str] = frozenset({"ais", "ait", "ions", "iez", "aient"})

IRREGULAR_FUTURE_STEMS: dict[str, str] = {
    "être": "ser",
    "avoir": "aur",
    "faire": "fer",
    "aller": "ir",
    "pouvoir": "pourr",
    "vouloir": "voudr",
    "devoir": "devr",
    "venir": "viendr",
    "devenir": "deviendr",
    "revenir": "reviendr",
    "tenir": "tiendr",
    "obtenir": "obtiendr",
    "soutenir": "soutiendr",
    "savoir": "saur",
    "voir": "verr",
    "revoir": "reverr",
    "falloir": "faudr",
    "valoir": "vaudr",
    "envoyer": "enverr",
    "mourir": "mourr",
    "courir": "courr",
    "recevoir": "recevr",
    "apercevoir": "apercevr",
    "pleuvoir": "pleuvr",
    "asseoir": "assiér",
    "acquérir": "acquerr",
    "payer": "paier",
    "essayer": "essaier",
    "employer": "emploier",
    "appeler": "appeller",
    "jeter": "jetter",
    "acheter": "achèter",
    "lever": "lèver",
    "mener": "mèner",
    "amener": "amèner",
}

# (French suffix, English suffix), longest first; on accent-stripped lemmas.
COGNATE_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("iquement", "ically"),
    ("ement", "ly"),
    ("ique", "ic"),
    ("isme", "ism"),
    ("iste", "ist"),
    ("eur", "or"),
    ("eux", "ous"),
    ("euse", "ous"),
    ("if", "ive"),
    ("ive", "ive"),
    ("iser", "ize"),
    ("ifier", "ify"),
    ("ite", "ity"),
    ("te", "ty"),
    ("aire", "ary"),
    ("oire", "ory"),
    ("ie", "y"),
    ("er", "e"),
    ("re", "er"),
)

FRENCH_FUNCTION_POS: frozenset[str] = frozenset({"PRON", "DET", "ADP", "CCONJ", "SCONJ"})

# Verbs so frequent (auxiliaries, light verbs) that they weigh like function words.
LIGHT_VERBS: frozenset[str] = frozenset({"être", "avoir", "faire", "aller", "pouvoir", "devoir"})
