"""Persons and organizations: forms of French news writing, each case a sentence written for
these tests, grouped by where the form was met."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _names(extractor, text: str) -> tuple[list[str], list[str]]:  # type: ignore[no-untyped-def]
    rec = extractor.extract(text)
    return sorted(p.name for p in rec.persons), sorted(o.name for o in rec.organizations)


# The word tables hold accented entries ("académie", "conférence"): they are compared with
# folded words, so an accented first word counts.
FOLDED_TABLES: list[tuple[str, list[str], list[str]]] = [
    ("L'Académie Goncourt a dévoilé sa première sélection.", [], ["Académie Goncourt"]),
    ("La Confédération paysanne appelle à manifester.", [], ["Confédération paysanne"]),
]


@pytest.mark.parametrize(("text", "persons", "orgs"), FOLDED_TABLES)
def test_folded_tables(extractor, text: str, persons: list[str], orgs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _names(extractor, text) == (persons, orgs)


# Titles and days in front of a name: "M." and "Mme" tell the gender but are no role; a day or
# month opening the sentence is not part of the name.
TITLES_AND_DAYS: list[tuple[str, str, list[str]]] = [
    ("M. Paul Ferrand a démissionné de son poste.", "Paul Ferrand", []),
    (
        "Selon Mme Claire Vidal, directrice de l'usine, le site fermera.",
        "Claire Vidal",
        ["directrice de l'usine"],
    ),
    ("Retraites : Mercredi Élisabeth Borne recevra les syndicats", "Élisabeth Borne", []),
    ("EN DIRECT – Samedi Gabriel Attal sera à Lille.", "Gabriel Attal", []),
]


@pytest.mark.parametrize(("text", "name", "roles"), TITLES_AND_DAYS)
def test_titles_are_no_roles(extractor, text: str, name: str, roles: list[str]) -> None:  # type: ignore[no-untyped-def]
    rec = extractor.extract(text)
    assert [(p.name, p.roles) for p in rec.persons] == [(name, roles)]


# Persons as French news names them: a Brazilian or Portuguese name shortened to one of its
# inner words, a first name after a rank and before its unit, a rank capitalized in a
# heading, a defendant's surname cut to its initial (court reporting), a disease that is no one.
PERSON_FORMS: list[tuple[str, list[str]]] = [
    (
        "Le président brésilien Luiz Inácio Lula da Silva est arrivé à Pékin. Lula a rencontré son "
        "homologue chinois.",
        ["Luiz Inácio Lula da Silva"],
    ),
    ("Jean-Marie Le Pen et sa petite-fille Marie ont voté.", ["Jean-Marie Le Pen", "Marie"]),
    (
        "L'immeuble était « en bon état », a indiqué le commandant Guy des marins-pompiers de Marseille.",
        ["Guy"],
    ),
    (
        "Colonel Traoré accusé de corruption\n\nLe colonel Ibrahim Traoré a été entendu mardi. Traoré nie.",
        ["Ibrahim Traoré"],
    ),
    (
        "Nadia B., 34 ans, comparaissait mardi devant le tribunal. Nadia B. a reconnu les faits.",
        ["Nadia B."],
    ),
    ("Après deux années de Covid, le festival retrouve son public.", []),
]


@pytest.mark.parametrize(("text", "persons"), PERSON_FORMS)
def test_person_forms(extractor, text: str, persons: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _names(extractor, text)[0] == persons


# Organizations as French news names them: a kind of outlet with its complement before the
# name, a ministry with a lowercase field (the house style of some dailies), an institution
# after an indefinite article (one of several, unnamed), high courts and national cultural
# institutions named on their own.
ORG_FORMS: list[tuple[str, list[str], list[str]]] = [
    ("Pour le média d'investigation Lumière, il s'agit d'un nouvel acte de sabotage.", [], ["Lumière"]),
    ("La chaîne d'information Horizon a licencié dix salariés.", [], ["Horizon"]),
    (
        "Un porte-parole du ministère des affaires étrangères a démenti.",
        [],
        ["ministère des affaires étrangères"],
    ),
    # a named police or gendarmerie force; a bare complement of a role is none
    ("La gendarmerie de l'Hérault a rouvert la route.", [], ["gendarmerie de l'Hérault"]),
    ("Le préfet de police de Paris a reçu les syndicats.", [], []),
    (
        "Les rassemblements ont été interdits par le ministère de l’intérieur.",
        [],
        ["ministère de l'intérieur"],
    ),
    ("Le ministère de tutelle n'a pas répondu.", [], []),
    ("Selon des médias américains, un grand jury d'un tribunal de New York a voté l'inculpation.", [], []),
    ("Le parti a saisi la Haute Cour constitutionnelle lundi.", [], ["Haute Cour constitutionnelle"]),
    ("La Comédie-Française a annulé sa représentation.", [], ["Comédie-Française"]),
]


@pytest.mark.parametrize(("text", "persons", "orgs"), ORG_FORMS)
def test_organization_forms(extractor, text: str, persons: list[str], orgs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _names(extractor, text) == (persons, orgs)


# One entry for two names of one body: an acronym the press spells differently from the name it
# uses ("l'ONU", "les Nations unies"), a kind of organization before the name ("l'Université
# PSL", "PSL").
ONE_ENTRY: list[tuple[str, list[tuple[str, list[str]]]]] = [
    (
        "L'ONU a condamné l'attaque. Les Nations unies réclament un cessez-le-feu.",
        [("Nations unies", ["ONU"])],
    ),
    (
        "L'Otan renforce son flanc est ; l'Alliance atlantique tient sommet à Vilnius.",
        [("Alliance atlantique", ["Otan"])],
    ),
    (
        "L'Université PSL grimpe dans les classements. PSL compte onze établissements.",
        [("Université PSL", ["PSL"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ONE_ENTRY)
def test_one_entry_per_organization(extractor, text: str, expected: list[tuple[str, list[str]]]) -> None:  # type: ignore[no-untyped-def]
    rec = extractor.extract(text)
    assert [(o.name, o.aliases) for o in rec.organizations] == expected


# A person's role right before the full name, or a role and its organization; an organization's
# name glued to the person's by the model ("le patron de Wagner Evguéni Prigojine"); a head
# noun capitalized inside another name is no head ("du Parti socialiste Harlem Désir").
ROLE_AND_NAME: list[tuple[str, list[str], list[str]]] = [
    (
        "Le dossier concerne l'actrice de films pornographiques Stormy Daniels, payée en 2016.",
        ["Stormy Daniels"],
        [],
    ),
    (
        "Il pose avec le nouveau premier secrétaire du Parti socialiste Harlem Désir.",
        ["Harlem Désir"],
        ["Parti socialiste"],
    ),
    ("Selon le porte-parole du gouvernement Olivier Véran, la grève sera longue.", ["Olivier Véran"], []),
    ("Le député LR Philippe Goujon a demandé des renforts.", ["Philippe Goujon"], ["LR"]),
    ("Le chef de l'ONG Greenpeace a été reçu.", [], ["Greenpeace"]),
    (
        "Tech : Mistral AI lève 600 millions d'euros\n\nLa start-up Mistral AI a annoncé une levée.",
        [],
        ["Mistral AI"],
    ),
    (
        "Le groupe Wagner a revendiqué la prise de la ville. Le patron de Wagner Evguéni Prigojine a "
        "admis des pertes.",
        ["Evguéni Prigojine"],
        ["Wagner"],
    ),
    (
        "Le texte est porté par le député Renaissance Stéphane Vojetta et par Arthur Delaporte.",
        ["Arthur Delaporte", "Stéphane Vojetta"],
        ["Renaissance"],
    ),
]


@pytest.mark.parametrize(("text", "persons", "orgs"), ROLE_AND_NAME)
def test_role_and_name(extractor, text: str, persons: list[str], orgs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _names(extractor, text) == (persons, orgs)


# Known organizations the model cuts or misses: a name with a digit ("Europe 1" read as the
# continent, "20 Minutes"), a newspaper whose article is contracted ("au Progrès"), and the
# duration that only looks like the newspaper.
KNOWN_SPANS: list[tuple[str, list[tuple[str, list[str]]]]] = [
    ("Le porte-parole a insisté sur Europe 1\u00a0ce mercredi 15\u00a0mars.", [("Europe 1", [])]),
    ("Comme chaque jour, la rédaction de 20 Minutes est mobilisée.", [("20 Minutes", [])]),
    ("La réunion a duré 20 minutes à peine.", []),
    ("Selon Santé publique France, l'épidémie recule.", [("Santé publique France", [])]),
    (
        "Dans une interview accordée au Progrès, le président du club a parlé.",
        [("Le Progrès", ["Progrès"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), KNOWN_SPANS)
def test_known_organizations_spans(extractor, text: str, expected: list[tuple[str, list[str]]]) -> None:  # type: ignore[no-untyped-def]
    rec = extractor.extract(text)
    assert [(o.name, o.aliases) for o in rec.organizations] == expected


# Bodies named by a lowercase noun and a place (gendarmerie units, fire brigades, national
# teams), and an acronym given first with its expansion in parentheses.
NAMED_BODIES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    (
        "Elle a déposé plainte samedi à la brigade de gendarmerie de Quimperlé (Finistère).",
        [("brigade de gendarmerie de Quimperlé", [])],
    ),
    (
        "« Les marins-pompiers de Marseille font un travail extraordinaire », a dit le député.",
        [("marins-pompiers de Marseille", [])],
    ),
    ("Les pompiers sont intervenus vers minuit.", []),
    ("Le sélectionneur de l'équipe de France a déposé plainte.", [("équipe de France", [])]),
    (
        "Selon le syndicat SNPT (Syndicat national des personnels techniques), la grève continue.",
        [("Syndicat national des personnels techniques", ["SNPT"])],
    ),
    (
        "La Banque publique d'investissement (Bpifrance) participe au tour de table.",
        [("Banque publique d'investissement", ["Bpifrance"])],
    ),
    (
        "La CNIL (Commission nationale de l'informatique et des libertés) a infligé une amende.",
        [("Commission nationale de l'informatique et des libertés", ["CNIL"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_BODIES)
def test_named_bodies(extractor, text: str, expected: list[tuple[str, list[str]]]) -> None:  # type: ignore[no-untyped-def]
    rec = extractor.extract(text)
    assert [(o.name, o.aliases) for o in rec.organizations] == expected


# Names that are neither organizations nor persons though capitalized: a show or a shop named
# between quotation marks, a team's nickname, an acronym of a lowercase thing (a register, a
# file, a unit); an apposition that introduces the next name; a party named after "des".
NOT_ENTITIES: list[tuple[str, list[str], list[str]]] = [
    ("Le chroniqueur a tenu ces propos dans l'émission « l'After Foot » sur RMC.", [], ["RMC"]),
    ('La scène se passe devant le restaurant "Caneton" à la devanture rouge.', [], []),
    ("La start-up « Kestrel » a levé 10 millions d'euros.", [], ["Kestrel"]),
    ("L'entraîneur des Bleus a convoqué 23 joueurs.", [], []),
    (
        "Le ministre a promis d'exclure ces liaisons du registre international français, le RIF, "
        "moins protecteur.",
        [],
        [],
    ),
    ("Il a été inscrit au fichier des auteurs d'infractions terroristes (Fijait).", [], []),
    ("Les foyers dont le revenu par unité de consommation (UC) est faible sont aidés.", [], []),
    ("La Caisse d'allocations familiales (CAF) versera la prime.", [], ["Caisse d'allocations familiales"]),
    ("Dans le XVe arrondissement, l'opérateur privé Pizzorno assure la collecte.", [], ["Pizzorno"]),
    (
        "Le président des Républicains a réagi. Les Républicains voteront contre.",
        [],
        ["Les Républicains"],
    ),
]


@pytest.mark.parametrize(("text", "persons", "orgs"), NOT_ENTITIES)
def test_not_entities(extractor, text: str, persons: list[str], orgs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _names(extractor, text) == (persons, orgs)


# Capitalized names that are no persons: a school named after someone, a town with its
# département in parentheses, a site in parentheses after its country, the era "après
# Jésus-Christ", a participle opening a sentence, a town's name as a regional daily's dateline.
NOT_PERSONS: list[tuple[str, list[str], list[str]]] = [
    (
        "Les parents de l'école Franklin Roosevelt se mobilisent pour les sinistrés.",
        [],
        ["école Franklin Roosevelt"],
    ),
    (
        "L'incinérateur d'Ivry est à l'arrêt. Celui de Saint-Ouen (Seine-Saint-Denis) est en maintenance.",
        [],
        [],
    ),
    ("Les cités mayas les plus visitées sont au Mexique (Chichen Itza) et au Guatemala (Tikal).", [], []),
    ("La civilisation maya a connu son apogée vers 600 après Jésus-Christ.", [], []),
    ("Le camp abrite 116 000 personnes. Surpeuplé, il manque d'eau.", [], []),
    ("Frain. Incendie dans une maison : cinq personnes relogées", [], []),
    (
        "Le lycée Jean Moulin rouvre lundi. Jean Moulin fut un héros de la Résistance.",
        ["Jean Moulin"],
        ["lycée Jean Moulin"],
    ),
    ("Selon Éric Pauget (Alpes-Maritimes), la loi est nécessaire.", ["Éric Pauget"], []),
    (
        "« Ça sentait le gaz », a indiqué Lina Ferrand, habitante d'une rue proche.",
        ["Lina Ferrand"],
        [],
    ),
]


@pytest.mark.parametrize(("text", "persons", "orgs"), NOT_PERSONS)
def test_not_persons(extractor, text: str, persons: list[str], orgs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _names(extractor, text) == (persons, orgs)


# Names of one kind together: the two teams of a live report's match heading (not two persons
# debating), a list in parentheses where one member is an organization (not a list of cities).
TOGETHER: list[tuple[str, list[str], list[str]]] = [
    (
        "Brest vs Stade Rennais\n\n90'\n\nC'est terminé ! Brest a tenu tête au Stade Rennais.",
        [],
        ["Brest", "Stade Rennais"],
    ),
    (
        "Trump vs Biden\n\nLe débat a opposé Donald Trump à Joe Biden mardi soir.",
        ["Donald Trump", "Joe Biden"],
        [],
    ),
    (
        "Des universités ont signé des accords avec elle (UCL, ANU, Columbia, Peking University, etc.).",
        [],
        ["ANU", "Columbia", "Peking University", "UCL"],
    ),
    ("Les villes candidates (Paris, Lyon, Marseille) attendent la décision de l'UEFA.", [], ["UEFA"]),
]


@pytest.mark.parametrize(("text", "persons", "orgs"), TOGETHER)
def test_names_of_one_kind(extractor, text: str, persons: list[str], orgs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _names(extractor, text) == (persons, orgs)


# Surnames with a capitalized particle ("Le Gac", "Le Pen") are one word of the person's name,
# not its last word alone; a lowercase particle leaves the last word ("de Meo" → "Meo"); a role
# in parentheses after a name makes it a person's.
PARTICLES: list[tuple[str, list[tuple[str, list[str]]], list[str]]] = [
    (
        "Le député Didier Le Gac a voté. Selon Le Gac, le texte protège les marins.",
        [("Didier Le Gac", ["Le Gac"])],
        [],
    ),
    (
        "Hier, Marine Le Pen a voté. Le Pen a souri.",
        [("Marine Le Pen", ["Le Pen"])],
        [],
    ),
    (
        "Le patron de Renault, Luca de Meo, a parlé. De Meo a confirmé.",
        [("Luca de Meo", ["Meo"])],
        ["Renault"],
    ),
    (
        "« Je pense que (Noël) Le Graët (ancien président de la Fédération) est dépassé », a dit Riolo.",
        [("Le Graët", []), ("Riolo", [])],
        [],
    ),
]


@pytest.mark.parametrize(("text", "persons", "orgs"), PARTICLES)
def test_names_with_particles(  # type: ignore[no-untyped-def]
    extractor, text: str, persons: list[tuple[str, list[str]]], orgs: list[str]
) -> None:
    rec = extractor.extract(text)
    assert [(p.name, p.aliases) for p in rec.persons] == persons
    assert [o.name for o in rec.organizations] == orgs


# A noun of sex or kinship in apposition tells the gender without being a role (court and
# local reporting: "Karim T., un homme instruit"), so a later "elle" is not taken for him.
KIN_GENDER: list[tuple[str, str, list[str], str]] = [
    ("Karim T., un homme instruit, a été condamné mardi.", "Karim T.", [], "m"),
    ("Camille Martin, une femme de 40 ans, a témoigné.", "Camille Martin", [], "f"),
]


@pytest.mark.parametrize(("text", "name", "roles", "gender"), KIN_GENDER)
def test_kin_nouns_tell_gender(nlp, text: str, name: str, roles: list[str], gender: str) -> None:  # type: ignore[no-untyped-def]
    attrs = nlp(text).spans["dsn_persons"].attrs
    assert (attrs["roles"][name], attrs["gender"][name]) == (roles, gender)


def test_kin_gender_keeps_pronoun_away(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Pour son avocate, Claire Roux, Karim T., un homme instruit, « savait ce qu'il faisait », "
        "déplore-t-elle."
    )
    rec = extractor.extract(text)
    assert [(q.text, q.speaker) for q in rec.quotes] == [("savait ce qu'il faisait", "Claire Roux")]


# What may follow a full name to make it a person's without a determiner (the model sometimes
# reads an unusual name as a place): a role or a person's noun, not a plural nor a company's kind.
BARE_APPOSITIONS: list[tuple[str, bool]] = [
    (", habitante d'une rue proche", True),
    (", directeur de l'usine", True),
    (", ancien ministre", True),
    (", habitants et commerçants", False),
    (", constructeur automobile", False),
    (" a déclaré", False),
]


@pytest.mark.parametrize(("after", "expected"), BARE_APPOSITIONS)
def test_bare_apposition_after_a_name(after: str, expected: bool) -> None:
    from deepseek_news.pipeline.entities.patterns import _PERSON_BARE_APPOSITION_RE

    assert bool(_PERSON_BARE_APPOSITION_RE.match(after)) is expected
