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

# Frequent verb forms that the lemma lookup table reads as another word or
# leaves as they are ("est" the compass point, "suis" unknown, "dit" the
# adjective): the verb's infinitive is used instead, and the form's own
# lexicon entries are ignored.
VERB_FORMS: dict[str, str] = {
    "est": "être",
    "suis": "être",
    "sommes": "être",
    "étais": "être",
    "été": "être",
    "dit": "dire",
    "fait": "faire",
    "faites": "faire",
    "doit": "devoir",
    "mis": "mettre",
    "pris": "prendre",
    "appris": "apprendre",
    "compris": "comprendre",
    "vécu": "vivre",
}

# Inflection strips for forms whose lemma is not in the lexicon (past
# participles "demandé", feminine and plural forms "chaude", "affaires",
# present-tense forms "donne"): (ending, replacement), tried in order on the
# lowercase form; the first result that is a lexicon entry is used.
INFLECTION_STRIPS: tuple[tuple[str, str], ...] = (
    ("ées", "er"),
    ("ée", "er"),
    ("és", "er"),
    ("é", "er"),
    ("ies", "ir"),
    ("ie", "ir"),
    ("is", "ir"),
    ("i", "ir"),
    ("us", "re"),
    ("u", "re"),
    ("ues", "re"),
    ("ue", "re"),
    ("gues", "g"),
    ("gue", "g"),
    ("ives", "if"),
    ("ive", "if"),
    ("euses", "eur"),
    ("euse", "eur"),
    ("euse", "eux"),
    ("elles", "el"),
    ("elle", "el"),
    ("ennes", "en"),
    ("enne", "en"),
    ("ères", "er"),
    ("ère", "er"),
    ("ent", "er"),
    ("es", ""),
    ("es", "er"),
    ("s", ""),
    ("x", ""),
    ("e", ""),
    ("e", "er"),
)

# Negation: a French clause is negative when it holds "ne" / "n'" and one of
# NEGATION_AFTER_NE ("ne … pas", "rien n'…"; "ne … que" is a restriction, not
# a negation), or one of NEGATION_ALONE (spoken "c'est pas", "jamais").
# Renderings keep the polarity of their original, so a polarity mismatch
# lowers a score.
NEGATION_NE: frozenset[str] = frozenset({"ne", "n'"})
NEGATION_AFTER_NE: frozenset[str] = frozenset(
    {"pas", "jamais", "rien", "personne", "aucun", "aucune", "plus", "guère", "ni", "nullement", "point"}
)
NEGATION_ALONE: frozenset[str] = frozenset({"pas", "jamais", "aucun", "aucune"})
