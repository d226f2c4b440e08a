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
