"""Function words and labels read around a name to tell a person from an organization.

The entity finder (``pipeline/entities``) reads these tables next to the
capitalized names it finds: the label of a press credit ("Photo : Jean Martin /
AFP"), the verb and determiner of an apposition ("X, une start-up ...", "X est
la banque ..."), the determiners that agree with a role in gender ("la
directrice"), the prepositions and articles that link a noun to its complement
("le ministère de l'Agriculture").  Sources: French grammar (determiners,
contracted articles "du", "au", elision "l'", "d'"), the conventions of French
press credits and photo captions, and the apposition patterns of French news
writing, collected for this project.

Tuples keep the order in which the alternatives are tried in a regular
expression; entries are lowercase unless the table says otherwise.
"""

from __future__ import annotations

# Case sensitive.  Label before "(Agency/Firstname Lastname)": "(Photo : Reuters/Jean Martin)".
CREDIT_LABELS: tuple[str, ...] = ("Photo", "Crédit", "Crédits", "Credit")

# Case sensitive.  Label before "Firstname Lastname / Agency": "Photo : Jean Martin / AFP".
CREDIT_LABELS_BEFORE_NAME: tuple[str, ...] = ("Photo", "Photos", "Crédit", "Crédits", "Credit", "©")

# Lowercase words allowed inside the photographer's name of a credit ("Ahmed ben Ali").
CREDIT_NAME_PARTICLES: tuple[str, ...] = ("de", "van", "von", "der", "da", "di", "el", "al", "ben")

# Verbs of an attribute naming a kind of organization: "X est la banque ...", "X, devenue la ...".
APPOSITION_VERBS: tuple[str, ...] = ("est", "était", "sera", "reste", "devenue", "devenu")

# Determiners of that attribute or apposition: "X, une start-up ...", "X, cette société ...".
APPOSITION_DETERMINERS: tuple[str, ...] = ("une", "un", "la", "le", "l'", "cette", "ce")

# Indefinite articles of a person's apposition: "Nathalie, une infirmière qui ...".
PERSON_APPOSITION_DETERMINERS: tuple[str, ...] = ("un", "une")

# Unit of an age after a name: "Josiane, 74 ans".
AGE_WORDS: tuple[str, ...] = ("ans",)

# Nouns naming a company's shares, right before its name: "l'action Renault", "le titre Kering".
SHARE_NOUNS: frozenset[str] = frozenset({"action", "titre", "l'action", "le titre"})

# Preposition of an employer after a job: "analyste chez Bernstein".
EMPLOYER_PREPOSITIONS: frozenset[str] = frozenset({"chez"})

# Lowercase words after which a person's name has ended ("le commandant Guy des marins-pompiers",
# "Marc Roux pour la CGT"): the model's span is cut before them.
PERSON_NAME_BREAKS: frozenset[str] = frozenset(
    {
        "de",
        "du",
        "des",
        "d'",
        "à",
        "au",
        "aux",
        "en",
        "pour",
        "par",
        "sur",
        "avec",
        "dans",
        "chez",
        "et",
        "qui",
    }
)

# Small words an acronym skips: "Filière traitement, déchets, nettoiement, eau, égouts et
# assainissement (FTDNEEA)" takes one letter from each other word.
ACRONYM_SKIPPED_WORDS: frozenset[str] = frozenset(
    {"de", "du", "des", "d'", "la", "le", "les", "l'", "et", "à", "au", "aux", "en", "pour", "sur"}
)

# Nouns of places and buildings named after a person: "l'école Franklin Roosevelt", "la rue
# Victor-Hugo", "le stade Pierre-Mauroy". The name after them is the place's, not a person
# mentioned. Source: French street and building naming, collected for this project.
NAMED_AFTER_HEADS: frozenset[str] = frozenset(
    {
        "école",
        "groupe scolaire",
        "collège",
        "lycée",
        "rue",
        "avenue",
        "boulevard",
        "place",
        "quai",
        "cours",
        "allée",
        "impasse",
        "square",
        "parc",
        "jardin",
        "stade",
        "gymnase",
        "piscine",
        "salle",
        "gare",
        "station",
        "aéroport",
        "pont",
        "hôpital",
        "centre hospitalier",
        "résidence",
        "cité",
        "porte",
        "promenade",
    }
)

# A name after these words dates a period, it mentions no one: "après Jésus-Christ".
ERA_WORDS: frozenset[str] = frozenset({"avant", "après"})
ERA_NAMES: frozenset[str] = frozenset({"jésus-christ", "j.-c."})

# Conjunctions that join the members of an enumeration: "Campeche, Yucatan et Quintana Roo"
# (not the comma, which also closes a fronted place: "À Marseille, Benoît Payan a dit").
ENUMERATION_JOINS: frozenset[str] = frozenset({"et", "ou"})

# First words of place names that are never a person's name on their own: "Saint-Ouen",
# "Sainte-Maxime" (a whole hyphenated name).
PLACE_NAME_PREFIXES: tuple[str, ...] = ("saint-", "sainte-")

# Between two teams in a match heading of a live sports report: "Lorient vs Olympique Lyonnais".
MATCH_SEPARATORS: tuple[str, ...] = ("vs", "vs.", "VS", "v.")

# Plural articles before a team's or a group's nickname: "les Bleus", "des Merlus", "aux Verts".
PLURAL_ARTICLES: frozenset[str] = frozenset({"les", "des", "aux"})

# "de" and its contracted and elided forms, linking a noun to its complement.
OF_WORDS: tuple[str, ...] = ("de", "du", "des", "d'", "d’")

# Definite articles after "de": "le ministère de la Santé", "de l'Agriculture".
ARTICLES_AFTER_OF: tuple[str, ...] = ("la", "l'", "l’", "les")

# Prepositions (with their article) between a portfolio noun and its field:
# "la ministre de l'Économie", "le secrétaire d'État au Numérique".
PORTFOLIO_LINKS: tuple[str, ...] = ("de la", "de l'", "du", "des", "de", "d'", "à la", "à l'", "au", "aux")

# Conjunction joining two complements: "de l'Industrie et de l'Énergie".
COMPLEMENT_CONJUNCTIONS: frozenset[str] = frozenset({"et"})

# Articles cut from the start of a candidate name ("le PSG"), unless the article belongs to it.
# "à" is there too: "A Bakhmout, ..." opens a sentence with the preposition, its accent
# dropped on the capital as French typography allows.
LEADING_ARTICLES: tuple[str, ...] = ("l'", "le", "la", "les", "à", "a")

# Case sensitive.  A capitalized article inside a sentence that is part of the name after it:
# "(Les Républicains)", "selon La Poste".
CAPITALIZED_ARTICLES: frozenset[str] = frozenset({"Le", "La", "Les"})

# Marks after which a capital letter opens a sentence, as after a full stop: "« Nous", ": Le".
SENTENCE_OPENING_MARKS: tuple[str, ...] = ("«", '"', "“", ":", "—", "–")

# Determiners of a role in apposition to a person: "Marie Dupont, la directrice de ...".
ROLE_DETERMINERS: tuple[str, ...] = (
    "le",
    "la",
    "l'",
    "un",
    "une",
    "son",
    "sa",
    "notre",
    "leur",
    "ce",
    "cette",
)

# Those determiners that tell the person's gender.
FEMININE_ROLE_DETERMINERS: frozenset[str] = frozenset({"la", "une", "sa", "cette"})
MASCULINE_ROLE_DETERMINERS: frozenset[str] = frozenset({"le", "un", "ce"})

# Words that end a role phrase: "le directeur et ...", "la ministre qui ...".
ROLE_PHRASE_STOPS: tuple[str, ...] = ("et", "qui", "que", "a", "est", "était")

# Adverbs between a name's comma and its role: "Marie Dupont, désormais directrice de ...".
# (Adverbs in "-ment" are recognised by their ending.)
ROLE_ADVERBS: tuple[str, ...] = ("désormais", "aujourd'hui", "alors", "toujours", "encore")
