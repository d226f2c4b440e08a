"""Role nouns: how French news refers to a person by function.

Used to recognise role descriptions ("le patron d'OpenAI", "la ministre",
"le président américain", "un porte-parole de Nvidia") and to resolve them to
the person they designate.  Entries: lowercase head noun -> grammatical gender
("m", "f" or "" when epicene, e.g. "porte-parole", "ministre" with le/la).

Sources: the job titles and functions found in French press style guides and in
everyday French news (government, business, sport, justice, health, media),
collected for this project.  Extend freely: one entry per line.
"""

from __future__ import annotations

ROLE_NOUNS: dict[str, str] = {
    # business
    "patron": "m", "patronne": "f", "pdg": "", "p.-d.g.": "", "président-directeur": "m",
    "directeur": "m", "directrice": "f", "dirigeant": "m", "dirigeante": "f",
    "fondateur": "m", "fondatrice": "f", "cofondateur": "m", "cofondatrice": "f",
    "co-fondateur": "m", "co-fondatrice": "f", "gérant": "m", "gérante": "f",
    "administrateur": "m", "administratrice": "f", "actionnaire": "", "investisseur": "m",
    "investisseuse": "f", "analyste": "", "économiste": "", "stratégiste": "", "trader": "",
    "banquier": "m", "banquière": "f", "associé": "m", "associée": "f", "créateur": "m",
    "créatrice": "f", "responsable": "", "cadre": "", "chef": "", "cheffe": "f",
    "manager": "", "directeur général": "m", "directrice générale": "f", "ceo": "",
    "directeur financier": "m", "directrice financière": "f", "salarié": "m", "salariée": "f",
    "employé": "m", "employée": "f", "ingénieur": "m", "ingénieure": "f", "chercheur": "m",
    "chercheuse": "f", "expert": "m", "experte": "f", "consultant": "m", "consultante": "f",
    "syndicaliste": "", "représentant": "m", "représentante": "f", "délégué": "m", "déléguée": "f",
    "porte-parole": "", "porte-voix": "", "conseiller": "m", "conseillère": "f",
    # politics and institutions
    "président": "m", "présidente": "f", "vice-président": "m", "vice-présidente": "f",
    "ministre": "", "secrétaire": "", "premier ministre": "", "première ministre": "f",
    "chef de l'état": "m", "cheffe de l'état": "f", "chef du gouvernement": "m",
    "député": "m", "députée": "f", "sénateur": "m", "sénatrice": "f", "maire": "",
    "élu": "m", "élue": "f", "candidat": "m", "candidate": "f", "gouverneur": "m",
    "gouverneure": "f", "ambassadeur": "m", "ambassadrice": "f", "diplomate": "",
    "commissaire": "", "préfet": "m", "préfète": "f", "chancelier": "m", "chancelière": "f",
    "roi": "m", "reine": "f", "prince": "m", "princesse": "f", "sénateur-maire": "m",
    "leader": "", "opposant": "m", "opposante": "f", "militant": "m", "militante": "f",
    "eurodéputé": "m", "eurodéputée": "f", "rapporteur": "m", "rapporteure": "f",
    "gouvernant": "m", "dirigeant politique": "m", "locataire": "",
    # justice, police, health, science, education
    "juge": "", "procureur": "m", "procureure": "f", "avocat": "m", "avocate": "f",
    "magistrat": "m", "magistrate": "f", "enquêteur": "m", "enquêtrice": "f",
    "policier": "m", "policière": "f", "commandant": "m", "commandante": "f", "général": "m",
    "médecin": "", "docteur": "m", "docteure": "f", "infirmier": "m", "infirmière": "f",
    "épidémiologiste": "", "scientifique": "", "professeur": "m", "professeure": "f",
    "enseignant": "m", "enseignante": "f", "historien": "m", "historienne": "f",
    "sociologue": "", "politologue": "", "spécialiste": "", "universitaire": "",
    # sport and culture
    "entraîneur": "m", "entraîneuse": "f", "sélectionneur": "m", "sélectionneuse": "f",
    "joueur": "m", "joueuse": "f", "capitaine": "", "coach": "", "attaquant": "m",
    "attaquante": "f", "défenseur": "m", "défenseure": "f", "gardien": "m", "gardienne": "f",
    "milieu": "m", "athlète": "", "pilote": "", "champion": "m", "championne": "f",
    "arbitre": "", "artiste": "", "acteur": "m", "actrice": "f", "chanteur": "m",
    "chanteuse": "f", "réalisateur": "m", "réalisatrice": "f", "écrivain": "m",
    "écrivaine": "f", "auteur": "m", "autrice": "f", "journaliste": "", "éditorialiste": "",
    "rédacteur": "m", "rédactrice": "f",
    # generic
    "homme": "m", "femme": "f", "source": "f", "témoin": "", "habitant": "m", "habitante": "f",
    "patron de la diplomatie": "m", "numéro un": "", "numéro deux": "", "ancien": "m",
    "ancienne": "f", "successeur": "m", "prédécesseur": "m", "fils": "m", "fille": "f",
    "père": "m", "mère": "f", "frère": "m", "sœur": "f", "mari": "m", "épouse": "f",
    "milliardaire": "", "magnat": "m", "entrepreneur": "m", "entrepreneuse": "f",
}

# Descriptions that designate an unnamed source: they never resolve to a named
# person even when one is nearby ("une source proche du dossier").
UNNAMED_HEADS: frozenset[str] = frozenset(
    {
        "porte-parole", "source", "sources", "proche", "proches", "responsable", "responsables",
        "représentant", "représentante", "conseiller", "conseillère", "membre", "collaborateur",
        "collaboratrice", "expert", "experte", "analyste", "témoin", "habitant", "habitante",
        "salarié", "salariée", "employé", "employée", "cadre", "dirigeant", "dirigeante",
        "observateur", "observatrice", "spécialiste", "négociateur", "négociatrice",
    }
)

# Determiners of a role description that refers back to someone already named
# ("le patron d'OpenAI") versus ones that introduce an unnamed source
# ("un porte-parole de Nvidia").
DEFINITE_DETERMINERS: frozenset[str] = frozenset({"le", "la", "l'", "les", "son", "sa", "ses", "ce", "cette"})
INDEFINITE_DETERMINERS: frozenset[str] = frozenset({"un", "une", "des", "plusieurs", "deux", "trois"})
