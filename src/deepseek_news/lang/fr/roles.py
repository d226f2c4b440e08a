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

# Nouns of kinship, with their gender: a description head ("le père de la victime") and,
# after a name, a word that tells the person's gender though it is no role ("Nadia, la
# fille du maire": titles.GENDERED_PERSON_NOUNS).
KINSHIP_NOUNS: dict[str, str] = {
    "fils": "m",
    "fille": "f",
    "père": "m",
    "mère": "f",
    "frère": "m",
    "sœur": "f",
    "mari": "m",
    "épouse": "f",
}

ROLE_NOUNS: dict[str, str] = {
    # business
    "patron": "m",
    "patronne": "f",
    "pdg": "",
    "p.-d.g.": "",
    "président-directeur": "m",
    "directeur": "m",
    "directrice": "f",
    "dirigeant": "m",
    "dirigeante": "f",
    "fondateur": "m",
    "fondatrice": "f",
    "cofondateur": "m",
    "cofondatrice": "f",
    "co-fondateur": "m",
    "co-fondatrice": "f",
    "gérant": "m",
    "gérante": "f",
    "administrateur": "m",
    "administratrice": "f",
    "actionnaire": "",
    "investisseur": "m",
    "investisseuse": "f",
    "analyste": "",
    "économiste": "",
    "stratégiste": "",
    "trader": "",
    "banquier": "m",
    "banquière": "f",
    "associé": "m",
    "associée": "f",
    "créateur": "m",
    "créatrice": "f",
    "responsable": "",
    "cadre": "",
    "chef": "",
    "cheffe": "f",
    "manager": "",
    "directeur général": "m",
    "directrice générale": "f",
    "ceo": "",
    "directeur financier": "m",
    "directrice financière": "f",
    "salarié": "m",
    "salariée": "f",
    "employé": "m",
    "employée": "f",
    "ingénieur": "m",
    "ingénieure": "f",
    "chercheur": "m",
    "chercheuse": "f",
    "expert": "m",
    "experte": "f",
    "consultant": "m",
    "consultante": "f",
    "syndicaliste": "",
    "représentant": "m",
    "représentante": "f",
    "délégué": "m",
    "déléguée": "f",
    "porte-parole": "",
    "porte-voix": "",
    "conseiller": "m",
    "conseillère": "f",
    # politics and institutions
    "président": "m",
    "présidente": "f",
    "vice-président": "m",
    "vice-présidente": "f",
    "ministre": "",
    "secrétaire": "",
    "premier ministre": "",
    "première ministre": "f",
    "chef de l'état": "m",
    "cheffe de l'état": "f",
    "chef du gouvernement": "m",
    "député": "m",
    "députée": "f",
    "sénateur": "m",
    "sénatrice": "f",
    "maire": "",
    "édile": "",
    "parlementaire": "",
    "adjoint": "m",  # "le premier adjoint à la maire": the role is the adjoint's
    "adjointe": "f",
    "élu": "m",
    "élue": "f",
    "candidat": "m",
    "candidate": "f",
    "gouverneur": "m",
    "gouverneure": "f",
    "ambassadeur": "m",
    "ambassadrice": "f",
    "diplomate": "",
    "commissaire": "",
    "préfet": "m",
    "préfète": "f",
    "chancelier": "m",
    "chancelière": "f",
    "roi": "m",
    "reine": "f",
    "prince": "m",
    "princesse": "f",
    "sénateur-maire": "m",
    "leader": "",
    "opposant": "m",
    "opposante": "f",
    "militant": "m",
    "militante": "f",
    "eurodéputé": "m",
    "eurodéputée": "f",
    "rapporteur": "m",
    "rapporteure": "f",
    "gouvernant": "m",
    "dirigeant politique": "m",
    "locataire": "",
    # religion
    "imam": "m",
    "rabbin": "m",
    "prêtre": "m",
    "curé": "m",
    "pasteur": "m",
    "pasteure": "f",
    "évêque": "m",
    "archevêque": "m",
    "recteur": "m",
    "rectrice": "f",
    "aumônier": "m",
    "aumônière": "f",
    # justice, police, health, science, education
    "juge": "",
    "procureur": "m",
    "procureure": "f",
    "avocat": "m",
    "avocate": "f",
    "magistrat": "m",
    "magistrate": "f",
    "enquêteur": "m",
    "enquêtrice": "f",
    "policier": "m",
    "policière": "f",
    "commandant": "m",
    "commandante": "f",
    "général": "m",
    "médecin": "",
    "docteur": "m",
    "docteure": "f",
    "infirmier": "m",
    "infirmière": "f",
    "épidémiologiste": "",
    "scientifique": "",
    "professeur": "m",
    "professeure": "f",
    "enseignant": "m",
    "enseignante": "f",
    "historien": "m",
    "historienne": "f",
    "sociologue": "",
    "politologue": "",
    "spécialiste": "",
    "universitaire": "",
    # sport and culture
    "entraîneur": "m",
    "entraîneuse": "f",
    "sélectionneur": "m",
    "sélectionneuse": "f",
    "joueur": "m",
    "joueuse": "f",
    "capitaine": "",
    "coureur": "m",
    "coureuse": "f",
    "coach": "",
    "technicien": "m",
    "technicienne": "f",
    "attaquant": "m",
    "attaquante": "f",
    "défenseur": "m",
    "défenseure": "f",
    "gardien": "m",
    "gardienne": "f",
    "milieu": "m",
    "athlète": "",
    "pilote": "",
    "champion": "m",
    "championne": "f",
    "arbitre": "",
    "artiste": "",
    "acteur": "m",
    "actrice": "f",
    "chanteur": "m",
    "chanteuse": "f",
    "réalisateur": "m",
    "réalisatrice": "f",
    "écrivain": "m",
    "écrivaine": "f",
    "auteur": "m",
    "autrice": "f",
    "journaliste": "",
    "éditorialiste": "",
    "rédacteur": "m",
    "rédactrice": "f",
    "chroniqueur": "m",
    "chroniqueuse": "f",
    "photographe": "",
    # generic
    "homme": "m",
    "femme": "f",
    "source": "f",
    "témoin": "",
    "habitant": "m",
    "habitante": "f",
    "exploitant": "m",
    "exploitante": "f",
    "agriculteur": "m",
    "agricultrice": "f",
    "éleveur": "m",
    "éleveuse": "f",
    "commerçant": "m",
    "commerçante": "f",
    "patron de la diplomatie": "m",
    "numéro un": "",
    "numéro deux": "",
    "ancien": "m",
    "ancienne": "f",
    "successeur": "m",
    "prédécesseur": "m",
    **KINSHIP_NOUNS,
    "milliardaire": "",
    "magnat": "m",
    "entrepreneur": "m",
    "entrepreneuse": "f",
    # ranks of the armed forces, the police, the gendarmerie and fire services, as they
    # come before a surname ("le lieutenant Morvan", "la commissaire Perrin")
    "lieutenant": "",
    "lieutenante": "f",
    "lieutenant-colonel": "",
    "colonel": "",
    "colonelle": "f",
    "adjudant": "",
    "adjudant-chef": "",
    "sergent": "",
    "brigadier": "",
    "major": "",
    "amiral": "m",
    "contre-amiral": "m",
    "caporal": "",
    "instituteur": "m",
    "institutrice": "f",
    "tête de liste": "",
}

# Descriptions that designate an unnamed source: they never resolve to a named
# person even when one is nearby ("une source proche du dossier").
UNNAMED_HEADS: frozenset[str] = frozenset(
    {
        "porte-parole",
        "source",
        "sources",
        "proche",
        "proches",
        "responsable",
        "responsables",
        "représentant",
        "représentante",
        "conseiller",
        "conseillère",
        "membre",
        "collaborateur",
        "collaboratrice",
        "expert",
        "experte",
        "analyste",
        "témoin",
        "habitant",
        "habitante",
        "salarié",
        "salariée",
        "employé",
        "employée",
        "cadre",
        "dirigeant",
        "dirigeante",
        "observateur",
        "observatrice",
        "spécialiste",
        "négociateur",
        "négociatrice",
        "attaché de presse",
        "attachée de presse",
        "chargé de communication",
        "chargée de communication",
    }
)

# Determiners of a role description that refers back to someone already named
# ("le patron d'OpenAI") versus ones that introduce an unnamed source
# ("un porte-parole de Nvidia").
DEFINITE_DETERMINERS: frozenset[str] = frozenset({"le", "la", "l'", "les", "son", "sa", "ses", "ce", "cette"})
INDEFINITE_DETERMINERS: frozenset[str] = frozenset({"un", "une", "des", "plusieurs", "deux", "trois"})

# head nouns that always designate an unnamed source, even after "la" ("la source", "les sources")
SOURCE_HEADS: frozenset[str] = frozenset({"source", "sources"})

# Collective and institutional descriptions that designate an organization, not a
# person: "l'entreprise", "le groupe", "la direction de la SNCF", "le ministère de
# la Santé", "les syndicats", and the documents an organization publishes ("une
# étude de l'OCDE", "un sondage Ifop").  Such a speaker resolves to the
# organization the description names, else to the organization the article
# introduced with the same word ("la start-up chinoise Kestrel AI" … "la
# start-up"), else, for the words of BACK_REFERENCE_HEADS, to the latest
# organization mentioned before.
# Source: the ways French news refers back to a company or an institution,
# collected for this project.
COLLECTIVE_HEADS: frozenset[str] = frozenset(
    """
    entreprise entreprises société sociétés groupe groupes start-up startup jeune-pousse firme
    compagnie constructeur constructeurs fabricant fabricants éditeur opérateur opérateurs
    laboratoire laboratoires plateforme enseigne distributeur assureur banque banques
    direction directions syndicat syndicats intersyndicale fédération confédération
    association associations ministère ministères gouvernement exécutif administration
    autorité autorités régulateur gendarme agence institut institution organisme office
    commission conseil cabinet mairie municipalité préfecture région département parquet
    tribunal cour parti club équipe collectif organisation organisations
    fonds chambre rectorat académie ambassade consulat
    police gendarmerie armée douane douanes justice mouvement milice
    étude rapport sondage enquête communiqué note bulletin baromètre chiffres données statistiques
    prévisions estimations projections
    """.split()
)

# Of the collective heads, those naming a document rather than the organization
# itself ("une étude de l'OCDE"): they never become a speaker of their own.
DOCUMENT_HEADS: frozenset[str] = frozenset(
    """
    étude rapport sondage enquête communiqué note bulletin baromètre chiffres données statistiques
    prévisions estimations projections
    """.split()
)

# Collective heads that, alone ("l'entreprise", "le groupe", "la direction",
# "l'autorité"), refer back to the latest organization the article mentioned.
# "le syndicat" refers back to the union a delegate was just introduced with
# ("déléguée Force ouvrière").  Words such as "gouvernement" or "parquet" are
# left out: they rarely designate the organization named just before.
BACK_REFERENCE_HEADS: frozenset[str] = frozenset(
    """
    entreprise société groupe start-up startup jeune-pousse firme compagnie constructeur
    fabricant éditeur opérateur laboratoire plateforme enseigne distributeur assureur banque
    direction autorité régulateur gendarme agence institut organisme syndicat fonds
    organisation mouvement milice parti
    """.split()
)

# Nouns naming a group of people or a people-like body that speaks without being
# an organization the article names: "les grévistes ont dit…", "ont précisé les
# pompiers", "la rédaction poursuit", "l'entourage du ministre a avancé".  A
# speaker mention headed by one of these that names no known person or
# organization becomes an unnamed speaker described by the mention itself.
# Plural forms are listed because a group speaks in the plural; the singular
# forms of persons are in ROLE_NOUNS and UNNAMED_HEADS.
# Source: the ways French news refers to groups of speakers, collected for this
# project (general press usage).
GROUP_HEADS: frozenset[str] = frozenset(
    """
    grévistes manifestants protestataires opposants militants écologistes syndicalistes
    pompiers marins-pompiers sapeurs-pompiers secours secouristes sauveteurs policiers gendarmes
    enquêteurs magistrats juges avocats procureurs élus députés sénateurs ministres maires
    habitants riverains voisins témoins victimes familles parents proches fidèles
    salariés employés agents ouvriers éboueurs soignants médecins infirmiers infirmières
    enseignants professeurs chercheurs scientifiques experts économistes analystes spécialistes
    observateurs organisateurs responsables dirigeants représentants négociateurs diplomates
    agriculteurs éleveurs viticulteurs pêcheurs commerçants artisans entrepreneurs patrons
    commentateurs internautes utilisateurs usagers consommateurs clients passagers voyageurs
    étudiants lycéens élèves supporters supporteurs joueurs
    rédaction entourage équipes
    """.split()
)

# Modifiers of a role that say when someone holds it, not which role it is: "l'ancien
# président" may be the person the article introduced as "président russe".  When a
# description is compared with a person's known roles, these words neither match nor
# contradict ("le ministre de l'Intérieur" contradicts "ministre des Transports";
# "le nouveau ministre" contradicts neither).
# Source: French press usage for titles held, collected for this project.
NEUTRAL_ROLE_MODIFIERS: frozenset[str] = frozenset(
    """
    ancien ancienne anciens anciennes ex nouveau nouvel nouvelle nouveaux nouvelles actuel actuelle
    futur future jeune même très sympathique célèbre fameux fameuse puissant puissante influent
    influente emblématique charismatique controversé controversée
    """.split()
)

# Endings of French nouns that name a person by an activity or a function ("garagiste",
# "enquêteur", "boulangère", "pharmacien", "gérante", "fonctionnaire"): with ROLE_NOUNS,
# UNNAMED_HEADS and GROUP_HEADS they tell which noun "ce dernier" can stand for when it
# is the subject of a reporting verb.  A heuristic: "le véhicule" does not end so, but
# "le compteur" does; only nouns of the sentences just before are considered.
# Source: French derivational morphology (agent suffixes -iste, -eur/-euse/-rice,
# -ier/-ière, -ien/-ienne, -ant/-ante, -aire, -ste), collected for this project.
# Of those endings, the ones that name a person almost always (not "-ant", "-ent", "-ier",
# "-aire": "le restaurant", "le document", "le dossier", "le salaire"): a definite singular
# description ending so ("le footballeur", "la cycliste") is a person when it speaks.
PERSON_NOUN_SUFFIXES: tuple[str, ...] = ("iste", "eur", "euse", "rice", "ien", "ienne")
# the feminine ones ("la footballeuse", "l'agricultrice", "la pharmacienne")
FEMININE_PERSON_SUFFIXES: tuple[str, ...] = ("euse", "rice", "ienne")

AGENT_NOUN_SUFFIXES: tuple[str, ...] = (
    "iste",
    "istes",
    "eur",
    "eurs",
    "euse",
    "euses",
    "rice",
    "rices",
    "ier",
    "iers",
    "ière",
    "ières",
    "ien",
    "iens",
    "ienne",
    "iennes",
    "ant",
    "ants",
    "ante",
    "antes",
    "aire",
    "aires",
    "ent",
    "ents",
    "ente",
    "entes",
)

# Texts that speak as themselves when quoted ("La proposition de loi prévoit de « … »",
# "le décret précise que"): a bill, a ruling, a statement, a report has the text's
# description as speaker, unless the article gave its signatory in the sentence that
# introduced it ("a annoncé la mairie dans un communiqué" … "conclut le communiqué").
# Multi-word entries are matched first.
# Source: the kinds of documents French news quotes (parliament, justice, government,
# companies), collected for this project.
SPEAKING_DOCUMENTS: frozenset[str] = frozenset(
    {
        "proposition de loi",
        "projet de loi",
        "texte de loi",
        "texte",
        "loi",
        "décret",
        "arrêté",
        "arrêt",
        "jugement",
        "ordonnance",
        "décision",
        "résolution",
        "déclaration",
        "amendement",
        "lettre",
        "courrier",
        "tribune",
        "pétition",
        "motion",
        "circulaire",
        "document",
        "accord",
        "traité",
        "charte",
        "plainte",
        "réquisitoire",
        "avis",
    }
)

# Prefixes glued to a role noun that keep its head: "l'ex-ministre" is a "ministre",
# "l'ex-président du club" a "président".
# Source: French word formation (préfixe ex-), collected for this project.
ROLE_PREFIXES: tuple[str, ...] = ("ex-",)

# Of the group heads, those naming the staff that speaks for a body: "la rédaction de
# Splann", "les équipes de la mairie", "la direction de l'usine" speak as the body named
# after them (unlike "les salariés de X" or "l'entourage du ministre").
# Source: press usage, collected for this project.
STAFF_HEADS: frozenset[str] = frozenset(
    {"rédaction", "rédactions", "équipe", "équipes", "direction", "services"}
)

# Role nouns that stand for more specific ones later in an article: a judge, a court's
# president or a prosecutor is later "le magistrat"; a mayor or a deputy "l'élu"; a coach
# "le technicien". A description headed by the key fits a person known by one of the roles
# listed (the words compared after folding, as in the known roles).
# Source: press usage (reprises lexicales by hypernyms), collected for this project.
ROLE_HYPERNYMS: dict[str, tuple[str, ...]] = {
    "magistrat": (
        "juge",
        "président du tribunal",
        "présidente du tribunal",
        "président de la cour",
        "présidente de la cour",
        "procureur",
        "procureure",
        "substitut",
        "avocat général",
        "avocate générale",
    ),
    "magistrate": (
        "juge",
        "présidente du tribunal",
        "présidente de la cour",
        "procureure",
        "substitut",
        "avocate générale",
    ),
    "élu": ("maire", "député", "sénateur", "conseiller", "adjoint", "eurodéputé"),
    "élue": ("maire", "députée", "sénatrice", "conseillère", "adjointe", "eurodéputée"),
    "édile": ("maire",),
    "parlementaire": ("député", "députée", "sénateur", "sénatrice", "eurodéputé", "eurodéputée"),
    "technicien": ("entraîneur", "sélectionneur", "coach"),
    "technicienne": ("entraîneuse", "sélectionneuse", "coach"),
    "entraîneur": ("coach",),
    "coach": ("entraîneur", "entraîneuse"),
}

# The body a role holder heads, for "le ministère", "la préfecture", "la mairie" written bare:
# the body of the latest person known by the role with its complement ("la ministre de la
# Transition énergétique" … "selon le ministère" -> "ministère de la Transition énergétique").
# Body noun -> role nouns of its holder.
# Source: French administrative usage, collected for this project.
BODY_OF_ROLE: dict[str, tuple[str, ...]] = {
    "ministère": ("ministre",),
    "préfecture": ("préfet", "préfète"),
    "mairie": ("maire",),
    "rectorat": ("recteur", "rectrice"),
    "ambassade": ("ambassadeur", "ambassadrice"),
    "consulat": ("consul", "consule"),
}

# Collective descriptions that take up another one written earlier in the article: "l'exécutif"
# after "le gouvernement" is the same speaker. Description -> the earlier descriptions it
# takes up (folded: lowercase, straight apostrophe).
# Source: press usage (reprises lexicales), collected for this project.
BODY_SYNONYMS: dict[str, tuple[str, ...]] = {
    "l'exécutif": ("le gouvernement",),
    "le gouvernement": ("l'exécutif",),
}
