"""Function words the syntax helpers compare tokens with: prepositions, conjunctions,
relative pronouns, clitics and determiner groups.

Written lowercase with the straight apostrophe: the code compares them with a token
lowercased and its typographic apostrophe folded (``pipeline/_syntax.low``), so "d’"
and "D'" both match "d'".

Source: French grammar (Grevisse, Le Bon Usage: articles, prepositions, relative
pronouns, the euphonic "t" of inverted subjects), collected for this project.
"""

from __future__ import annotations

from .pronouns import FEMININE_DETERMINERS, MASCULINE_DETERMINERS
from .roles import DEFINITE_DETERMINERS, INDEFINITE_DETERMINERS

# "de" and its contracted forms before a noun complement ("le patron d'OpenAI", "le maire du village")
OF_PREPOSITIONS: frozenset[str] = frozenset({"de", "du", "d'", "des"})
# "de" before an infinitive clause ("a promis de baisser", "assure d'avoir")
INFINITIVE_MARKERS: frozenset[str] = frozenset({"de", "d'"})
# the negation particle ("ne dit pas", "n'a jamais dit")
NEGATION_PARTICLES: frozenset[str] = frozenset({"ne", "n'"})
# the complementizer of a reported clause ("a dit que", "a dit qu'il")
COMPLEMENTIZERS: frozenset[str] = frozenset({"que", "qu'"})
# "ce" before a relative "que": "contre ce qu'il a appelé" is no reported clause
DEMONSTRATIVE_CE: frozenset[str] = frozenset({"ce", "c'"})
# demonstrative determiners: "cette spécialiste", "ce témoin" point back at someone named
DEMONSTRATIVE_DETERMINERS: frozenset[str] = frozenset({"ce", "cet", "cette", "ces"})
# relative pronouns that end a speaker's noun phrase ("le ministre qui…")
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"qui", "que", "dont"})
# relative pronouns after a preposition: "selon lequel", "d'après laquelle" name no source
PREPOSITIONAL_RELATIVES: frozenset[str] = frozenset({"lequel", "laquelle", "lesquels", "lesquelles"})
# coordinators between two reports ("a reconnu que…, mais a promis que…", "puis ajoute que")
REPORT_COORDINATORS: frozenset[str] = frozenset({"et", "mais", "puis"})
# coordinators before a second que-clause of the same report ("que A et qu'B")
CLAUSE_COORDINATORS: frozenset[str] = frozenset({"et", "mais"})
# words between a coordinator and a second reporting verb ("tout en soulignant que")
GERUND_WORDS: frozenset[str] = frozenset({"tout", "en"})
# reflexive pronouns before a verb ("s'est exclamé", "nous nous félicitons")
REFLEXIVE_PRONOUNS: frozenset[str] = frozenset({"se", "s'", "me", "m'", "nous", "vous"})
# the third-person reflexive right before a verb ("se félicite")
THIRD_PERSON_REFLEXIVES: frozenset[str] = frozenset({"se", "s'"})
# the euphonic t of an inverted subject, as the tokenizer splits it ("a-t-il", "affirme-t-elle")
EUPHONIC_T: frozenset[str] = frozenset({"-t", "t", "-t-"})

# determiner groups of speaker descriptions
SINGULAR_DEFINITE_ARTICLES: frozenset[str] = frozenset({"le", "la", "l'"})
DEFINITE_ARTICLES: frozenset[str] = frozenset({"le", "la", "l'", "les"})
# determiners of a plural group ("les élus", "des témoins", "ces experts", "leurs avocats")
PLURAL_DETERMINERS: frozenset[str] = frozenset(
    {
        "les",
        "des",
        "ces",
        "ses",
        "leurs",
        "plusieurs",
        "certains",
        "certaines",
        "quelques",
        "de nombreux",
        "nombreux",
    }
)
SINGULAR_INDEFINITE_ARTICLES: frozenset[str] = frozenset({"un", "une"})
# a definite or possessive singular determiner: "la source", "son entourage" point at
# someone known, unlike "une source"
SPECIFIC_SINGULAR_DETERMINERS: frozenset[str] = frozenset({"le", "la", "l'", "son", "sa"})
# the determiner that may open a role description ("le patron", "une porte-parole", "les élus")
ROLE_DETERMINERS: frozenset[str] = (
    MASCULINE_DETERMINERS | FEMININE_DETERMINERS | INDEFINITE_DETERMINERS | {"l'", "les"}
)
# every determiner of a description, for skipping them ("Son président, le Dr X")
DESCRIPTION_DETERMINERS: frozenset[str] = (
    MASCULINE_DETERMINERS | FEMININE_DETERMINERS | INDEFINITE_DETERMINERS | DEFINITE_DETERMINERS | {"leur"}
)

# connectors that may open a sentence before a "Pour X," / "Selon X," lead
# ("Mais pour la CFDT, …", "Or, selon X, …")
SENTENCE_CONNECTORS: frozenset[str] = frozenset(
    {"mais", "et", "or", "car", "donc", "ainsi", "pourtant", "cependant", "enfin", "aussi"}
)


# The endings of French past participles (with their feminine and plural forms): "déclaré",
# "dit", "écrit", "mis", "venu", "fini". A word the tagger reads as a past participle without
# one of them ("résume") is a tagging error. Source: French conjugation.
PAST_PARTICIPLE_ENDINGS: tuple[str, ...] = (
    "é",
    "ée",
    "és",
    "ées",
    "i",
    "ie",
    "is",
    "ies",
    "u",
    "ue",
    "us",
    "ues",
    "t",
    "te",
    "ts",
    "tes",
    "s",
    "se",
    "ses",
)

# The lemmas of the auxiliaries of compound tenses ("a déclaré", "s'est dit"). Source:
# French grammar.
AUXILIARY_LEMMAS: frozenset[str] = frozenset({"avoir", "être"})

# Object and reflexive clitics that may open an infinitive complement, before the
# infinitive: "disent se sentir …", "assure l'avoir vu". Source: French grammar
# (pronoms conjoints).
INFINITIVE_CLITICS: frozenset[str] = frozenset(
    {"se", "s'", "le", "la", "les", "l'", "lui", "leur", "y", "en"}
)

# Prepositions and conjunctions inside a role description that link its words without
# saying which role it is ("adjoint à la maire", "chargé des relations avec la presse",
# "ministre de l'Économie et des Finances")
ROLE_LINK_WORDS: frozenset[str] = frozenset({"à", "au", "aux", "en", "et", "pour", "chez", "avec", "sur"})
