"""Characters rewritten or dropped before analysis.

Source: Unicode general categories Zs (spaces), Pf/Pi (quotation marks) and
Cf (format characters) as they occur in scraped French news.  Every
replacement is one character for one character, so offsets stay exact; the
dropped characters are handled by the offset map in ``deepseek_news.text``.
"""

from __future__ import annotations

# one character -> one character (offsets unchanged)
REPLACE_CHARS: dict[str, str] = {
    "\u00a0": " ",  # no-break space (before : ; ! ? » and after «)
    "\u202f": " ",  # narrow no-break space
    "\u2009": " ",  # thin space
    "\u2007": " ",  # figure space
    "\u2002": " ",  # en space
    "\u2003": " ",  # em space
    "\u3000": " ",  # ideographic space
    "\u2019": "'",  # right single quotation mark used as apostrophe
    "\u2018": "'",  # left single quotation mark
    "\u02bc": "'",  # modifier letter apostrophe
    "\u2032": "'",  # prime
    "\u00b4": "'",  # acute accent used as apostrophe
    "\u2010": "-",  # hyphen
    "\u2011": "-",  # non-breaking hyphen
    "\r": "\n",
    "\t": " ",
}

# removed from the analysed text (zero-width and soft formatting characters)
DROP_CHARS: frozenset[str] = frozenset(
    {
        "\u200b",  # zero width space
        "\u200c",  # zero width non-joiner
        "\u200d",  # zero width joiner
        "\u2060",  # word joiner
        "\ufeff",  # byte order mark / zero width no-break space
        "\u00ad",  # soft hyphen
    }
)

# signs that belong to the number before them ("15 %", "3 ‰"): spaCy tags them as
# punctuation, but a clause ending with one keeps it
NUMBER_SIGNS: frozenset[str] = frozenset({"%", "‰"})

# quotation marks: opening -> closing.  Straight " opens and closes itself.
QUOTE_PAIRS: dict[str, str] = {
    "\u00ab": "\u00bb",  # « »
    "\u201c": "\u201d",  # “ ”
    "\u201e": "\u201c",  # „ “ (German-style, seen in some feeds)
    "\u2039": "\u203a",  # ‹ ›
    '"': '"',
}

# interviews: dashes opening a question or an answer line ("— Pourquoi … ?" /
# "— Parce que …"), and the labels of the "Q : … / R : …" layout.  Source:
# layouts of question-and-answer interviews in the French press.
DIALOGUE_DASHES: tuple[str, ...] = ("\u2014", "\u2013", "-")  # — – -
INTERVIEW_QUESTION_LABELS: tuple[str, ...] = ("Q", "Question")
INTERVIEW_ANSWER_LABELS: tuple[str, ...] = ("R", "Réponse")
