"""Synthetic French news articles for the benchmarks, generated from templates.

The names, companies, cities and sentences below were written for these
benchmarks (no real article is copied); a seeded generator combines them, so
the same seed gives the same corpus on every machine.  The articles vary in
length, vocabulary, quotes (direct, partial, reported), amounts and
percentages, like a day of regional and economic news.
"""

from __future__ import annotations

import random

FIRST = [
    "Claire",
    "Julien",
    "Sophie",
    "Karim",
    "Élodie",
    "Thomas",
    "Nadia",
    "Pierre",
    "Inès",
    "Marc",
    "Camille",
    "Yannick",
    "Léa",
    "Olivier",
    "Fatou",
    "Hugo",
    "Amélie",
    "Rachid",
    "Manon",
    "Bruno",
]
LAST = [
    "Martin",
    "Lefèvre",
    "Benali",
    "Moreau",
    "Garnier",
    "Rousseau",
    "Diallo",
    "Fontaine",
    "Mercier",
    "Chevalier",
    "Perrin",
    "Girard",
    "Lambert",
    "Faure",
    "Roux",
    "Blanchard",
    "Nguyen",
    "Marchand",
]
ORGS = [
    "Solvéo",
    "Mobilia",
    "Transalp",
    "Banque Rhodanienne",
    "Agrinov",
    "Ciel Ouest",
    "Nordica Énergie",
    "Groupe Vauban",
    "Médiapôle",
    "Hexa Santé",
    "Lumen Industries",
    "Atelier Sud",
]
CITIES = [
    "Lyon",
    "Nantes",
    "Rennes",
    "Brest",
    "Lille",
    "Grenoble",
    "Toulouse",
    "Dijon",
    "Metz",
    "Pau",
    "Angers",
    "Limoges",
    "Besançon",
    "Orléans",
    "Perpignan",
]
ROLES = [
    "directrice générale de {org}",
    "président de {org}",
    "porte-parole de {org}",
    "maire de {city}",
    "adjoint au maire de {city}",
    "économiste chez {org}",
    "fondateur de {org}",
]
VERBS = ["a déclaré", "a affirmé", "a expliqué", "a estimé", "a assuré", "a souligné", "a indiqué"]
TOPICS = [
    "l'usine",
    "le nouveau tramway",
    "la rénovation du port",
    "le plan de relance",
    "les embauches",
    "la hausse des prix",
    "le projet de data center",
    "la réforme des retraites",
    "le marché local",
]
SAYINGS = [
    "Nous allons investir massivement dans {topic}",
    "C'est une étape décisive pour {city}",
    "Personne ne s'attendait à un tel succès",
    "Nous restons prudents pour l'année prochaine",
    "Les résultats dépassent nos prévisions",
    "Il faudra du temps pour convaincre les habitants",
    "Ce projet créera des centaines d'emplois",
    "La situation reste fragile",
]
FACTS = [
    "Le chiffre d'affaires de {org} a progressé de {pct} % sur un an, à {amt} millions d'euros.",
    "Le budget de {topic} atteint près de {amt} millions d'euros, selon la mairie de {city}.",
    "L'inflation a ralenti à {pct} % en mars, d'après les chiffres publiés mardi.",
    "{org} a levé {amt} millions de dollars auprès d'investisseurs américains.",
    "Le taux de chômage a reculé de {pct} point dans la région de {city}.",
    "Les ventes ont bondi de {pct} % au premier trimestre, une première depuis 2019.",
    "Le coût total est estimé entre {amt} et {amt2} millions d'euros.",
    "Environ {n} salariés sont concernés par le plan présenté jeudi à {city}.",
]
FILLER = [
    "La réunion s'est tenue dans les locaux de la préfecture, en présence de nombreux élus.",
    "Les syndicats ont demandé des garanties sur l'emploi et les salaires.",
    "Plusieurs habitants se sont dits inquiets des travaux prévus au printemps.",
    "Le conseil régional doit se prononcer sur le financement avant l'été.",
    "Les premiers chantiers devraient démarrer à l'automne, si le calendrier est tenu.",
    "L'opposition municipale dénonce un projet trop coûteux et mal préparé.",
    "Les commerçants du centre-ville attendent des mesures concrètes.",
    "Le dossier sera examiné lors du prochain conseil municipal.",
]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def article(rng: random.Random) -> str:
    """One article: a headline and 3 to 9 paragraphs."""
    org, city = rng.choice(ORGS), rng.choice(CITIES)
    topic = rng.choice(TOPICS)
    fill = {"org": org, "city": city, "topic": topic}
    paragraphs = [f"{org} : {topic} au cœur des débats à {city}"]
    for _ in range(rng.randint(3, 9)):
        who = _person(rng)
        role = rng.choice(ROLES).format(**fill)
        saying = rng.choice(SAYINGS).format(**fill)
        kind = rng.random()
        if kind < 0.4:
            sentence = f"« {saying} », {rng.choice(VERBS)} {who}, {role}."
        elif kind < 0.6:
            sentence = f"Selon {who}, {role}, le projet est « {saying.lower()} »."
        elif kind < 0.8:
            sentence = f"{who}, {role}, {rng.choice(VERBS)} que {saying[0].lower() + saying[1:]}."
        else:
            sentence = rng.choice(FILLER)
        amt = rng.randint(2, 900)
        fact = rng.choice(FACTS).format(
            pct=f"{rng.randint(1, 40)},{rng.randint(0, 9)}",
            amt=amt,
            amt2=amt + rng.randint(1, 50),
            n=rng.randint(20, 3000),
            **fill,
        )
        extra = " ".join(rng.sample(FILLER, rng.randint(0, 3)))
        paragraphs.append(" ".join(p for p in (sentence, fact, extra) if p))
    return "\n\n".join(paragraphs) + "\n"


def corpus(n: int, seed: int = 0) -> list[str]:
    """`n` articles, the same for the same seed."""
    rng = random.Random(seed)
    return [article(rng) for _ in range(n)]
