"""Names of days and months, shared by the tables that need them.

Source: French calendar vocabulary (lowercase, as written in running text).
"""

from __future__ import annotations

WEEKDAYS: frozenset[str] = frozenset(
    {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}
)

MONTHS: frozenset[str] = frozenset(
    {
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    }
)

# Nouns of time that head a time adjunct with a determiner ("cette semaine",
# "le mois dernier", "ce matin"): an adjunct, not a direct object.
TIME_NOUNS: frozenset[str] = frozenset(
    """
    semaine mois année an jour journée matin matinée soir soirée nuit week-end veille
    lendemain fois heure minute instant moment printemps été automne hiver
    """.split()
)

# Every word that names a time in a time phrase: days, months, parts of the day.
TIME_WORDS: frozenset[str] = WEEKDAYS | MONTHS | TIME_NOUNS | {"midi", "après-midi"}

# Adjectives that close a time phrase after its noun ("le mois dernier", "la semaine
# prochaine", "lundi passé").
TIME_QUALIFIERS: frozenset[str] = frozenset(
    {"dernier", "dernière", "derniers", "dernières", "prochain", "prochaine", "passé", "passée"}
)
