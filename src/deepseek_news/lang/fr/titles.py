"""Civil titles and given names that tell a person's grammatical gender.

Used by the entity layer to strip titles from person names ("M. Dupont" ->
"Dupont", kept as a role) and to fill the gender table of the persons found.

Sources: the abbreviations of the French typographic tradition (Lexique des
règles typographiques en usage à l'Imprimerie nationale: M., MM., Mme, Mmes,
Mlle, Me, Dr, Pr, Mgr) with their unabbreviated forms; given names: a
hand-picked selection of frequent given names in France (INSEE "fichier des
prénoms") and of foreign given names frequent in French news, each with its
usual gender.  Names used for both genders (Camille, Dominique, Claude...) are
left out on purpose.
"""

from __future__ import annotations

# title as written (case-sensitive, with its dot when it has one) -> gender ("m", "f" or "")
TITLES: dict[str, str] = {
    "M.": "m", "MM.": "m", "Mr": "m", "Mr.": "m", "Monsieur": "m", "monsieur": "m",
    "Mme": "f", "Mmes": "f", "Mme.": "f", "Madame": "f", "madame": "f", "Mlle": "f", "Mademoiselle": "f",
    "Me": "", "Maître": "", "maître": "",
    "Dr": "", "Dr.": "", "Docteur": "m", "docteur": "m", "Docteure": "f",
    "Pr": "", "Pr.": "", "Professeur": "m", "professeur": "m", "Professeure": "f",
    "Mgr": "m", "Monseigneur": "m", "Sir": "m", "Lord": "m", "Lady": "f",
    "Mrs": "f", "Mrs.": "f", "Ms": "f", "Ms.": "f",
}

# given name -> gender
FIRST_NAMES: dict[str, str] = {
    # masculine
    **dict.fromkeys(
        [
            "Adam", "Adrien", "Alain", "Alexandre", "Alexis", "André", "Antoine", "Arnaud", "Arthur",
            "Benjamin", "Benoît", "Bernard", "Bill", "Bruno", "Bruce", "Carlos", "Charles", "Christian",
            "Christophe", "Cédric", "Daniel", "David", "Didier", "Donald", "Édouard", "Elon", "Emmanuel",
            "Éric", "Eric", "Étienne", "Fabien", "Fabrice", "Florian", "François", "Franck", "Frédéric",
            "Gabriel", "Gérald", "Gérard", "Gilles", "Guillaume", "Henri", "Hugo", "Jacques", "Jean",
            "Jean-Claude", "Jean-Luc", "Jean-Marie", "Jean-Michel", "Jean-Pierre", "Jeff", "Jensen",
            "Jérôme", "Joe", "John", "Jordan", "Joseph", "Julien", "Kevin", "Kylian", "Laurent", "Louis",
            "Luc", "Lucas", "Marc", "Mark", "Marcel", "Mathieu", "Matthieu", "Maxime", "Michel",
            "Michael", "Mohamed", "Nicolas", "Olivier", "Pascal", "Patrick", "Paul", "Philippe",
            "Pierre", "Rafael", "Raphaël", "Richard", "Robert", "Romain", "Sam", "Samuel", "Satya",
            "Sébastien", "Serge", "Stéphane", "Steve", "Sundar", "Thierry", "Thomas", "Tim", "Vincent",
            "Vladimir", "Volodymyr", "Xavier", "Xi", "Yann", "Yannick", "Yves", "Zinedine",
        ],
        "m",
    ),
    # feminine
    **dict.fromkeys(
        [
            "Agnès", "Aurélie", "Amélie", "Anne", "Anne-Sophie", "Angela", "Brigitte", "Catherine",
            "Caroline", "Cécile", "Céline", "Christine", "Claire", "Clémence", "Delphine", "Élisabeth",
            "Elisabeth", "Élise", "Emma", "Emmanuelle", "Fabienne", "Florence", "Françoise", "Hélène",
            "Hillary", "Isabelle", "Jacqueline", "Jeanne", "Julie", "Juliette", "Kamala", "Karine",
            "Laura", "Laure", "Léa", "Louise", "Lucie", "Manon", "Margaux", "Marie", "Marine",
            "Marion", "Martine", "Mathilde", "Monique", "Nathalie", "Nicole", "Pauline", "Rachida",
            "Sandrine", "Sarah", "Ségolène", "Sophie", "Stéphanie", "Sylvie", "Ursula", "Valérie",
            "Véronique", "Virginie",
        ],
        "f",
    ),
}

# Lowercase particles inside a person's name: "Charles de Gaulle", "Ursula von der Leyen".
NAME_PARTICLES: frozenset[str] = frozenset(
    {"de", "du", "des", "d'", "d’", "la", "le", "van", "von", "der", "den", "da", "di", "del", "della",
     "dos", "das", "y", "ben", "bin", "el", "al", "zu", "ter", "ten", "af"}
)

# Words before a role noun that belong to the role as written: "l'ancien président".
ROLE_MODIFIERS: frozenset[str] = frozenset(
    {"ancien", "ancienne", "ex", "ex-", "nouveau", "nouvel", "nouvelle", "futur", "future", "actuel",
     "actuelle", "premier", "première", "jeune", "célèbre", "puissant", "puissante", "influent",
     "influente", "emblématique", "richissime", "éphémère", "très", "populaire", "charismatique",
     "vice", "co", "sous"}
)

# Role nouns too generic to be kept as a person's role in an apposition
# ("Sam Altman, l'homme derrière ChatGPT").
GENERIC_ROLE_NOUNS: frozenset[str] = frozenset(
    {"homme", "femme", "source", "ancien", "ancienne", "fils", "fille", "père", "mère", "frère", "sœur",
     "mari", "épouse", "témoin", "habitant", "habitante", "locataire", "milieu", "cadre"}
)
