"""Pronouns and small function-word lists used by attribution.

Source: French grammar (personal pronouns, inverted subject clitics, negation
adverbs), collected for this project.
"""

from __future__ import annotations

# subject pronouns that can designate a speaker of a third-person report
SUBJECT_PRONOUNS: frozenset[str] = frozenset({"il", "elle", "ils", "elles"})

# clitics of an inverted subject, as spaCy tokenizes them ("affirme-t-il", "dit-elle")
INVERTED_SUBJECTS: frozenset[str] = frozenset(
    {
        "-t-il",
        "-t-elle",
        "-il",
        "-elle",
        "-ils",
        "-elles",
        "-t-ils",
        "-t-elles",
        "-t-on",
        "-on",
        "il",
        "elle",
        "ils",
        "elles",
    }
)

# third-person pronouns that refer back to a speaker: subjects, inverted clitics
# (normalized: "-t-il" -> "il") and the stressed forms after a preposition
# ("selon lui", "d'après elle", "pour eux")
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"il", "elle", "ils", "elles", "lui", "eux"})
# the plural ones: they refer to a group ("les grévistes … Ils avancent"), never to one person
PLURAL_PRONOUNS: frozenset[str] = frozenset({"ils", "elles", "eux"})
# determiners that open a plural description ("les riverains", "des témoins", "plusieurs élus")
PLURAL_DETERMINERS: frozenset[str] = frozenset(
    {"les", "des", "ces", "ses", "leurs", "plusieurs", "certains", "certaines", "quelques", "de nombreux"}
)

PRONOUN_GENDER: dict[str, str] = {
    "lui": "m",
    "eux": "m",
    "il": "m",
    "-il": "m",
    "-t-il": "m",
    "ils": "m",
    "-ils": "m",
    "-t-ils": "m",
    "elle": "f",
    "-elle": "f",
    "-t-elle": "f",
    "elles": "f",
    "-elles": "f",
    "-t-elles": "f",
}

# a narrator's own voice: never the speaker of a report
FIRST_PERSON: frozenset[str] = frozenset({"je", "j'", "j’", "nous", "on", "moi"})

# with "ne", these make a verb negative ("n'a pas dit", "rien n'indique", "personne ne dit")
NEGATION_WORDS: frozenset[str] = frozenset(
    {
        "pas",
        "jamais",
        "guère",
        "nullement",
        "point",
        "aucunement",
        "plus",
        "rien",
        "personne",
        "aucun",
        "aucune",
        "nul",
        "nulle",
    }
)

# words that end a speaker noun phrase after an incise verb
# ("a déclaré le ministre devant les députés", "a lancé X lundi")
NP_STOP_WORDS: frozenset[str] = frozenset(
    """
    devant lors pendant depuis après avant avec sans sur sous dans en à au aux par pour vers chez
    lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui demain mardi soir
    qui que qu' dont où lorsque quand alors ainsi également aussi encore même toutefois
    cependant pourtant notamment et ou mais
    """.split()
)

# first names with a known gender are taken from the entity layer when it has them;
# these determiners tell the gender of a role description ("la ministre")
MASCULINE_DETERMINERS: frozenset[str] = frozenset({"le", "un", "ce", "cet", "son", "du", "au"})
FEMININE_DETERMINERS: frozenset[str] = frozenset({"la", "une", "cette", "sa"})

# Words after "il" that make it impersonal, never a speaker: "il s'agit de",
# "il faut", "il y a", "il semble", "il reste", "il importe". Compared with the
# next word lowercased, its typographic apostrophe folded.
# Source: French grammar (impersonal verbs and constructions, Grevisse, Le Bon Usage).
IMPERSONAL_AFTER_IL: frozenset[str] = frozenset(
    {
        "s'agit",
        "faut",
        "fallait",
        "faudra",
        "faudrait",
        "y",
        "semble",
        "semblait",
        "reste",
        "restait",
        "importe",
        "suffit",
        "convient",
        "paraît",
        "arrive",
        "s'avère",
    }
)
