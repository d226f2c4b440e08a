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
# stressed third-person pronouns, which may echo a subject between commas ("Les grévistes
# ont, eux, annoncé", "Elle s'est, elle aussi, aperçue"); "elle" and "elles" are also subjects,
# so only their place between commas after a verb's auxiliary or subject makes them an echo
STRESSED_PRONOUNS: frozenset[str] = frozenset({"lui", "eux", "elle", "elles"})
# relative pronouns that stand for the noun phrase right before them as the subject of a
# reporting verb: "le procureur, qui affirme que…", "la rédaction, laquelle précise…"
RELATIVE_SUBJECTS: frozenset[str] = frozenset({"qui", "lequel", "laquelle", "lesquels", "lesquelles"})
# the plural ones: they refer to a group ("les grévistes … Ils avancent"), never to one person
PLURAL_PRONOUNS: frozenset[str] = frozenset({"ils", "elles", "eux"})

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

# "ce dernier", "cette dernière": the latest person-like noun phrase before, of that gender
# (any gender when empty) and number ("Elle s'est rendue chez son garagiste. Ce dernier a
# livré son diagnostic")
LATEST_MENTIONED: dict[str, tuple[str, str]] = {
    "ce dernier": ("m", "sing"),
    "cette dernière": ("f", "sing"),
    "ces derniers": ("m", "plur"),
    "ces dernières": ("f", "plur"),
    # indefinite pronouns for part of a group named just before ("interrompue par des
    # manifestants. « … », ont crié certains")
    "certains": ("", "plur"),
    "certaines": ("f", "plur"),
    "plusieurs": ("", "plur"),
    "quelques-uns": ("", "plur"),
    "quelques-unes": ("f", "plur"),
    "d'autres": ("", "plur"),
    "la plupart": ("", "plur"),
    "beaucoup": ("", "plur"),
}
