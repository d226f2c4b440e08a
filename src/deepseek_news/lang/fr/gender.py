"""Words that tell the gender of the person a French text names.

Used by :mod:`deepseek_news.gender` to read a person's gender from the text
around their name, before any first-name lexicon is consulted: the agreement
of a determiner, of a role noun or of an adjective with the person ("la
ministre", "l'ancienne directrice", "économiste américaine"), the agreement of
a past participle after the name ("Marie Dupont, interrogée", "X s'est dite
satisfaite", "X a été élue"), and pronouns that stand for a speaker ("elle",
"-t-il", "celle-ci").  Titles ("M.", "Mme") are in ``titles.py``, role nouns
with their gender in ``roles.py``, personal pronouns in ``pronouns.py``.

Sources: French grammar of agreement (Grevisse, *Le Bon Usage*: gender of
determiners, of adjectives and of past participles conjugated with *être*;
feminine suffixes of adjectives), and the role nouns whose grammatical gender
does not follow the person's ("une victime", "un témoin"), collected for this
project.
"""

from __future__ import annotations

# Nouns for people, with their gender ("m", "f", "" when epicene), beyond the
# role nouns of roles.ROLE_NOUNS: kinship, everyday conditions, witnesses,
# parties to a trial, the military and sport ("l'influenceuse X", "X, retraitée").
PERSON_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        """
        influenceur retraité étudiant lycéen ouvrier chauffeur instituteur oncle neveu cousin ami
        compagnon veuf comédien romancier correspondant blogueur youtubeur sympathisant électeur
        manifestant syndiqué riverain voisin passant client patient agent sportif footballeur buteur
        nageur tennisman imam rabbin prêtre pasteur évêque moine soldat colonel lieutenant sergent
        caporal pompier détenu prisonnier accusé prévenu suspect condamné plaignant rescapé survivant
        blessé défunt papa garçon duc grand-père
        """.split(),
        "m",
    ),
    **dict.fromkeys(
        """
        influenceuse retraitée étudiante lycéenne ouvrière institutrice tante nièce cousine amie
        compagne veuve comédienne romancière correspondante blogueuse youtubeuse sympathisante
        électrice manifestante syndiquée riveraine voisine passante cliente patiente agente sportive
        footballeuse nageuse tenniswoman religieuse pompière détenue prisonnière accusée prévenue
        suspecte condamnée plaignante rescapée survivante blessée défunte maman dame duchesse
        grand-mère
        """.split(),
        "f",
    ),
    **dict.fromkeys(
        "gendarme élève photographe reporter gréviste bénévole volontaire militaire otage mannequin".split(),
        "",
    ),
}

# Determiners of a role noun, with the gender they mark.  "son"/"l'" are left
# out: "son avocate", "l'avocate" (both before a vowel) say nothing by themselves.
DETERMINER_GENDER: dict[str, str] = {
    "la": "f",
    "une": "f",
    "cette": "f",
    "sa": "f",
    "le": "m",
    "un": "m",
    "ce": "m",
    "cet": "m",
}

# Prepositions before a role phrase that make it the complement of another noun
# ("le premier adjoint à la maire de Paris, X": X is the adjoint, not the maire).
ROLE_COMPLEMENT_MARKERS: frozenset[str] = frozenset({"de", "d'", "du", "des", "à", "au", "aux", "chez"})

# Particles of a surname that may stand between a title and the rest of the
# name as the entity layer keeps it ("MM. Le Gac et Berville").
SURNAME_PARTICLES: frozenset[str] = frozenset(
    {"Le", "La", "De", "Du", "Des", "Van", "Von", "Da", "Di", "El", "Al"}
)

# Modifiers between the determiner and the role noun ("l'ancienne ministre").
MODIFIER_GENDER: dict[str, str] = {
    "ancienne": "f",
    "ancien": "m",
    "nouvelle": "f",
    "nouveau": "m",
    "nouvel": "m",
    "future": "f",
    "futur": "m",
    "actuelle": "f",
    "actuel": "m",
    "première": "f",
    "premier": "m",
    "seule": "f",
    "seul": "m",
    "éternelle": "f",
    "éternel": "m",
}

# Epicene modifiers that may stand between the determiner and the noun.
NEUTRAL_MODIFIERS: frozenset[str] = frozenset(
    {"ex", "ex-", "jeune", "célèbre", "emblématique", "très", "populaire", "vice", "co", "sous", "même"}
)

# Nouns whose grammatical gender is fixed whatever the person's: "la victime",
# "le témoin", "la star", "la tête de liste".  Their determiner tells nothing.
FIXED_GENDER_NOUNS: frozenset[str] = frozenset(
    {
        "victime",
        "témoin",
        "personne",
        "personnalité",
        "star",
        "vedette",
        "recrue",
        "figure",
        "sentinelle",
        "idole",
        "icône",
        "tête",
        "chef",
        "médecin",
        "numéro",
        "membre",
        "source",
        "otage",
        "mannequin",
    }
)

# Feminine and masculine endings of an adjective right after an epicene role
# noun ("économiste américaine", "ministre délégué").  Longest endings first.
FEMININE_ADJECTIVE_ENDINGS: tuple[str, ...] = (
    "ienne",
    "aine",
    "aise",
    "oise",
    "euse",
    "rice",
    "ière",
    "ale",
    "elle",
    "ée",
    "ive",
    "ante",
    "ente",
)
MASCULINE_ADJECTIVE_ENDINGS: tuple[str, ...] = (
    "ien",
    "ain",
    "ais",
    "ois",
    "eux",
    "eur",
    "ier",
    "al",
    "el",
    "é",
    "if",
    "ant",
)

# Auxiliaries after which a past participle agrees with the subject ("X est
# arrivée", "X s'est dite", "X a été élue").  "a" is not there: "X a déclaré".
BE_AUXILIARIES: tuple[str, ...] = (
    "s'est",
    "s'était",
    "se serait",
    "s'étaient",
    "est",
    "était",
    "a été",
    "avait été",
    "aurait été",
    "sera",
    "serait",
    "fut",
    "reste",
    "restait",
    "semble",
    "semblait",
    "paraît",
    "se dit",
    "se disait",
    "se montre",
    "se montrait",
    "se déclare",
    "se veut",
    "se voulait",
)

# A speaker's own words: first-person auxiliaries after which a participle
# agrees with the speaker ("je suis venue", "je me suis sentie").
FIRST_PERSON_AUXILIARIES: tuple[str, ...] = (
    "je suis",
    "je me suis",
    "j'étais",
    "je m'étais",
    "j'ai été",
    "j'avais été",
    "je serai",
    "je serais",
    "je reste",
    "je me sens",
    "je me sentais",
)

# Adverbs that may stand between the auxiliary and the participle.
ADVERBS: frozenset[str] = frozenset(
    """
    pas plus très bien déjà toujours aussi encore également particulièrement visiblement notamment
    alors ensuite longtemps récemment personnellement publiquement officiellement même jamais guère
    """.split()
)

# Participles of "se dire" and the like, which take the adjective after them:
# "X s'est dit satisfaite" is written for women too; the adjective decides.
DECLARING_PARTICIPLES: frozenset[str] = frozenset({"dit", "montré", "déclaré", "affirmé", "avoué", "voulu"})

# Past participles and adjectives, feminine -> masculine, that do not follow
# the regular -ée / -é pair.
IRREGULAR_PARTICIPLES: dict[str, str] = {
    "dite": "dit",
    "satisfaite": "satisfait",
    "élue": "élu",
    "réélue": "réélu",
    "née": "né",
    "venue": "venu",
    "revenue": "revenu",
    "devenue": "devenu",
    "convaincue": "convaincu",
    "surprise": "surpris",
    "mise": "mis",
    "prise": "pris",
    "reprise": "repris",
    "partie": "parti",
    "sortie": "sorti",
    "morte": "mort",
    "décidée": "décidé",
    "connue": "connu",
    "reconnue": "reconnu",
    "inquiète": "inquiet",
    "soucieuse": "soucieux",
    "heureuse": "heureux",
    "furieuse": "furieux",
    "ravie": "ravi",
    "émue": "ému",
    "déçue": "déçu",
    "contente": "content",
    "présente": "présent",
    "absente": "absent",
    "prudente": "prudent",
    "confiante": "confiant",
    "opposée": "opposé",
    "favorable": "",
    "ouverte": "ouvert",
    "prête": "prêt",
    "interdite": "interdit",
    "conduite": "conduit",
    "poursuivie": "poursuivi",
    "entendue": "entendu",
    "retenue": "retenu",
    "soutenue": "soutenu",
}

# Words ending in -é / -ée that are not participles of the person ("X, été 2020").
NOT_PARTICIPLES: frozenset[str] = frozenset(
    {"été", "côté", "année", "journée", "soirée", "matinée", "entrée"}
)

# Pronouns and demonstratives that stand for a speaker, with their gender (the
# personal ones are in pronouns.PRONOUN_GENDER).
REFERRING_WORDS: dict[str, str] = {
    "celui-ci": "m",
    "celle-ci": "f",
    "celui-là": "m",
    "celle-là": "f",
    "celui": "m",
    "celle": "f",
    "ce dernier": "m",
    "cette dernière": "f",
    "l'intéressé": "m",
    "l'intéressée": "f",
}

# Words that end the noun phrase of a role before a name: verbs, relatives and
# conjunctions ("le ministre a reçu Marie X" is not an apposition).
ROLE_PHRASE_STOPS: frozenset[str] = frozenset(
    """
    a ont est sont était étaient avait avaient été fut sera seront serait aurait qui que qu dont où
    et ou mais selon avec contre par pour après avant puis car comme lorsque quand si ni
    dit affirmé indiqué expliqué annoncé reçu rencontré remplacé succédé
    """.split()
)

# Prepositions that make the name after them a complement of the role noun
# ("la fille de Jean X"), not the person the role designates.
COMPLEMENT_PREPOSITIONS: frozenset[str] = frozenset(
    {"de", "d'", "du", "des", "à", "au", "aux", "chez", "en", "sur", "par", "pour", "la", "le", "les", "l'"}
)
