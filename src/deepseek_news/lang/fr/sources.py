"""Phrases that introduce the source of a statement: "selon X", "d'après X", "à en croire X".

Used by one matcher (``pipeline/_sources.py``) for quotations ("Selon X, « … »"),
reported speech ("Selon X, <clause>." / "<clause>, selon X.") and attribution
("« … », selon X").  Phrases are written lowercase with the straight apostrophe;
the matcher folds the typographic apostrophe (’) and case, and accepts an elided
article either glued to the next word or split from it by the tokenizer
("d'après" or "d'" + "après").

Sources: French grammar (prepositions and prepositional phrases of source and
point of view: Grevisse, Le Bon Usage, "selon", "d'après", "à en croire") and press
usage (agency copy: "citant", "aux yeux de"), collected for this project.
"""

from __future__ import annotations

# source phrase -> the cue recorded for it: the phrases that mean "according to"
# all record "selon", so that a record's cue names the way of attributing
SOURCE_PHRASES: dict[str, str] = {
    "selon": "selon",
    "d'après": "selon",
    "d'apres": "selon",  # the accent is often lost in agency copy and feeds
    "à en croire": "selon",
    "aux yeux de": "selon",
    "de l'avis de": "selon",
    "pour reprendre les mots de": "selon",
    "citant": "selon",
}

# Prepositions that give someone's view only when the sentence opens with them
# and they introduce a person, an organization, a stressed pronoun or a role:
# "Pour la CFDT, la réforme va trop loin." / "Pour lui, rien n'est joué." —
# unlike "Pour 2025, le budget…" or "Pour la France, c'est une victoire" (a
# place). Press usage; the annotation guide of the fixtures treats them as the
# indirect speech of X.  Phrase -> the cue recorded for it.
VIEW_PREPOSITIONS: dict[str, str] = {"pour": "pour"}

# Phrases by which a body speaks through a person: "L'ONU, par la voix de son
# porte-parole, Jane Doe, a déploré…" — the person after the phrase is the speaker.
# Written lowercase, straight apostrophe; the elided "d'" is matched too.
# Source: press usage, collected for this project.
VOICE_PHRASES: tuple[str, ...] = (
    "par la voix de",
    "par la voix du",
    "par la voix des",
    "par la bouche de",
    "par la bouche du",
    "par l'intermédiaire de",
    "par l'intermédiaire du",
)

# Where an impersonal "on" speaks from: "explique-t-on à l'Élysée", "indique-t-on de
# source policière", "confie-t-on dans l'entourage du ministre", "Du côté de la CGT, on
# dénonce…", "Chez Renault, on assure que…".  The phrase after the preposition is the
# speaker; without one, "on" names no one.  Written lowercase, straight apostrophe.
# Source: press usage, collected for this project.
ON_SOURCE_PREPOSITIONS: tuple[str, ...] = (
    "dans l'entourage de",
    "dans l'entourage du",
    "du côté de",
    "du côté du",
    "du côté des",
    "au sein de",
    "au sein du",
    "auprès de",
    "auprès du",
    "de source",
    "chez",
    "à",
    "au",
    "aux",
    "dans",
)

# Words that introduce the speaker inside a short lead closed by a colon: "Même son de cloche
# chez Force ouvrière : « … »", "Du côté de la CGT : « … »", "Côté patronat : « … »". The
# noun phrase after them speaks. Written lowercase, as token sequences.
# Source: press usage, collected for this project.
LEAD_SOURCE_WORDS: tuple[str, ...] = ("chez", "du côté de", "du côté du", "du côté des", "côté")
