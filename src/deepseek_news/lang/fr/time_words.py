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

# Parts of the day and of the week, after a determiner or alone in a time phrase
# ("ce matin", "cette semaine", "mardi soir").
TIME_NOUNS: frozenset[str] = frozenset({"matin", "soir", "midi", "après-midi", "nuit", "semaine", "week-end"})

# Every word that names a time in a time phrase: days, months, parts of the day.
TIME_WORDS: frozenset[str] = WEEKDAYS | MONTHS | TIME_NOUNS
