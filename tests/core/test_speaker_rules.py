"""Speaker-resolution rules, one table per rule.  Sentences written for this project; each
row is (text, quote text, expected speaker) for the one quotation or clause the rule is
about, negative cases included (speaker None)."""

from __future__ import annotations

import pytest

from deepseek_news import Extractor
from deepseek_news.pipeline.attribution.adjuncts import strip_adjuncts
from deepseek_news.pipeline.attribution.layout import TIMESTAMP, boundary_between, is_title
from deepseek_news.pipeline.attribution.model import _Attr
from deepseek_news.pipeline.attribution.pending import resolve_pending

Row = tuple[str, str, str | None]

# 1. adjuncts between a postposed reporting verb and its subject, and between an inverted
#    clitic and the verb
ADJUNCTS_BEFORE_SUBJECT: list[Row] = [
    (
        "« Nous rouvrirons la piscine en juin », a annoncé dans un communiqué "
        "le maire de Valbonne, Henri Castel.",
        "Nous rouvrirons la piscine en juin",
        "Henri Castel",
    ),
    (
        "« Le dossier est clos », a confirmé à l'AFP la préfecture du Gard.",
        "Le dossier est clos",
        "préfecture du Gard",
    ),
    (
        "« Rien ne change », a répété mardi soir la porte-parole du collectif, Inès Barral.",
        "Rien ne change",
        "Inès Barral",
    ),
    ("« La grève continuera », a lancé lundi le syndicat Sud-Rail.", "La grève continuera", "Sud-Rail"),
    (
        "« Nous porterons plainte », a ajouté encore la mairie de Lunel.",
        "Nous porterons plainte",
        "mairie de Lunel",
    ),
    (
        "Jacques Ferrand défend son projet. "
        "« Nous avions prévenu tout le monde », avait-il par exemple déclaré.",
        "Nous avions prévenu tout le monde",
        "Jacques Ferrand",
    ),
]

# 3. untyped full names and groups of people as speakers
NAMES_AND_GROUPS: list[Row] = [
    ("« Nous avons été entendus », ont affirmé les grévistes.", "Nous avons été entendus", "les grévistes"),
    (
        "« L'eau est montée très vite », ont raconté les riverains.",
        "L'eau est montée très vite",
        "les riverains",
    ),
    ("« Nous restons mobilisés », a assuré Maëlle Kerbrat.", "Nous restons mobilisés", "Maëlle Kerbrat"),
    # an emphatic pronoun set off by commas echoes the subject, it is not the subject
    (
        "Le préfet a réagi. Les chauffeurs et contrôleurs de la régie ont, eux, annoncé qu'ils "
        "feraient grève « dès lundi ».",
        "dès lundi",
        "les chauffeurs et contrôleurs de la régie",
    ),
    (
        "Le port reste fermé\n\nLes dockers de la ville ont, eux aussi, prévenu qu'ils "
        "bloqueraient les quais « aussi longtemps qu'il le faudra ».",
        "aussi longtemps qu'il le faudra",
        "les dockers de la ville",
    ),
    # the words of a quotation are never a speaker, even a group's name
    ("« Plusieurs témoins » ont raconté avoir entendu une explosion.", "Plusieurs témoins", None),
]

# 4. pending quotations: "Pour X," opening the sentence, the sentence's subject, title lines
PENDING: list[Row] = [
    # a quotation that is its whole paragraph, after a paragraph that names a person as its
    # last sentence's subject and quotes no one
    (
        "Marie Dubreuil dirige la boulangerie depuis dix ans.\n\n« Je n'ai jamais vu ça. »\n\n"
        "La farine a doublé en un an.",
        "Je n'ai jamais vu ça.",
        "Marie Dubreuil",
    ),
    (
        "La boulangerie a fermé ses portes en mai.\n\n« Je n'ai jamais vu ça. »\n\nLa farine a doublé.",
        "Je n'ai jamais vu ça.",
        None,
    ),
    ("Mais pour Hugo Lefranc, ce plan est « une occasion manquée ».", "une occasion manquée", "Hugo Lefranc"),
    ("Les pompiers décrivent un feu « hors de contrôle ».", "hors de contrôle", "les pompiers"),
    ("Nadia Ferhat dénonce une « erreur historique » du gouvernement.", "erreur historique", "Nadia Ferhat"),
    # a subject that names no one
    ("La réforme est « un tournant historique » pour le secteur.", "un tournant historique", None),
    # a headline takes the first speaker the body below it quotes
    (
        "Le maire veut une ville « zéro déchet »\n"
        "Lors du conseil municipal, Gérard Pons a présenté son plan. « Nous trierons tout », a-t-il affirmé.",
        "zéro déchet",
        "Gérard Pons",
    ),
    # no continuation across an intertitle
    (
        "Alain Mercier a ouvert la séance. « Bienvenue à tous », a-t-il lancé.\n"
        "La suite du programme\n"
        "« Les résultats seront publiés demain. »",
        "Les résultats seront publiés demain.",
        None,
    ),
    # a live-feed time stamp is no speaker, and no speaker continues across it
    # (but the speaker of a live-feed item is: "17h52 – X : « … »")
    (
        "17h40 – « Bienvenue à tous », a lancé Alain Mercier.\n"
        "17h52 – Le porte-parole du comité, Hugo Lefranc : « Le vote commence. »",
        "Le vote commence.",
        "Hugo Lefranc",
    ),
    (
        "Alain Mercier a ouvert la séance. « Bienvenue à tous », a-t-il lancé.\n"
        "09h12 : « Les bureaux de vote ferment à 20 heures »",
        "Les bureaux de vote ferment à 20 heures",
        None,
    ),
    # within the body, the previous speaker continues
    (
        "Alain Mercier a ouvert la séance. « Bienvenue à tous », a-t-il lancé. "
        "« Nous commencerons par le budget. »",
        "Nous commencerons par le budget.",
        "Alain Mercier",
    ),
]

# 5. pronoun antecedents by salience; impersonal "il"
PRONOUNS: list[Row] = [
    # the subject of the previous sentence, not its object
    (
        "Claire Dubois a longuement remercié Sophie Martin pour son aide. "
        "« Nous avons gagné ensemble », a-t-elle déclaré.",
        "Nous avons gagné ensemble",
        "Claire Dubois",
    ),
    # not a person named inside a relative clause
    (
        "Paul Roux, qui a longtemps côtoyé Marc Dupuis, a pris la parole. "
        "« Je reste confiant », a-t-il affirmé.",
        "Je reste confiant",
        "Paul Roux",
    ),
    # an impersonal "il" refers to no one
    ("Marc Olivier a présenté son plan. Il faut dire « stop » aux gaspillages.", "stop", None),
    # a name coordinated inside a complement is a complement too
    (
        "Le maire de Vienne, Paul Garnier, a déposé plainte jeudi pour diffamation à l'encontre de "
        "l'éditeur et essayiste Marc Olivier. Il l'accuse d'avoir publié de fausses informations sur "
        "sa famille.",
        "avoir publié de fausses informations sur sa famille",
        "Paul Garnier",
    ),
    # a role description subject of the paragraph names the person the pronoun refers to
    (
        "Paul Mercier a porté plainte contre le chroniqueur Hugo Vial. Le chroniqueur avait tenu des "
        "propos très durs envers l'entraîneur en janvier. « Il ment depuis le début », avait-il "
        "déclaré à l'antenne.",
        "Il ment depuis le début",
        "Hugo Vial",
    ),
    # a plural pronoun refers to a group, never to one person
    (
        "Le ministre Olivier Mas a défendu la réforme devant les députés. « Nous ne céderons pas », "
        "ont lancé les grévistes devant la mairie. Ils réclament une « hausse immédiate » des salaires.",
        "hausse immédiate",
        "les grévistes",
    ),
    # ... and with no group speaker before, the latest group named (never the minister)
    (
        "Le ministre Olivier Mas a défendu la réforme devant les députés mardi. Ils dénoncent une "
        "« provocation » du gouvernement.",
        "provocation",
        "les députés",
    ),
]

# 6. the words a cue points at: a paragraph break bounds the search for a subject (an
#    intertitle above, the last words of the paragraph before); a reporting verb after a
#    comma, in the middle of a sentence, has its subject after it; a participle phrase
#    ("…, ajoutant que", "…, rappelant que") takes the subject of the clause it depends on,
#    never the noun phrase after the participle. Patterns of French news copy.
CUE_MENTIONS: list[Row] = [
    (
        "Un métier « pénible et risqué »\n\nMardi matin, le ministre du Travail, Paul Girard, "
        "a déclaré sur France Inter attendre des patrons « qu'ils augmentent les salaires ».",
        "qu'ils augmentent les salaires",
        "Paul Girard",
    ),
    (
        "« Nous avons tout donné », lâche Karim Bensaïd, déçu par la défaite\n\n"
        "Le président du club Marc Tessier estime que son équipe aurait pu « viser le titre » cette année.",
        "viser le titre",
        "Marc Tessier",
    ),
    (
        "Le marché a changé depuis dix ans, assure Léa Marchand, car « les clients comparent tout » "
        "désormais.",
        "les clients comparent tout",
        "Léa Marchand",
    ),
    (
        "Lucie Garnier défend son client. Certes, concède-t-elle, le message était maladroit, "
        "mais c'est « une erreur isolée ».",
        "une erreur isolée",
        "Lucie Garnier",
    ),
    (
        "Cette enquête, confiée à la gendarmerie, est « prioritaire », a confirmé le procureur Paul Vidal, "
        "ajoutant que des fouilles « sont en cours dans la forêt », confirmant une information du Progrès.",
        "sont en cours dans la forêt",
        "Paul Vidal",
    ),
    (
        "Cette enquête, confiée à la gendarmerie, est « prioritaire », a confirmé le procureur Paul Vidal, "
        "ajoutant que des fouilles « sont en cours dans la forêt », confirmant une information du Progrès.",
        "des fouilles « sont en cours dans la forêt »",
        "Paul Vidal",
    ),
    (
        "Le président du Sénat, Henri Lambert, s'est dit « très inquiet », rappelant que "
        "« la loi doit être respectée par tous ».",
        "très inquiet",
        "Henri Lambert",
    ),
    # the participle's subject is its clause's, never a word of the quotation it introduces
    (
        "La présidente de la région, Anne Morvan, s'était dite « inquiète », rappelant que « le "
        "droit de grève doit être respecté ».",
        "le droit de grève doit être respecté",
        "Anne Morvan",
    ),
    # a direct quotation after a colon closing a clause without a reporting verb: the
    # clause's subject, when it names someone
    (
        "Sur Radio Nova, la députée du Gers Léa Roux a rendu hommage aux bénévoles mobilisés "
        "depuis samedi : « Ils ont travaillé jour et nuit sans relâche. »",
        "Ils ont travaillé jour et nuit sans relâche.",
        "Léa Roux",
    ),
    (
        "Karim, chauffeur de bus, a assisté à la réunion publique qui a suivi l'accident de la "
        "semaine dernière : « Personne n'a voulu prendre la parole. »",
        "Personne n'a voulu prendre la parole.",
        "Karim",
    ),
    (
        "La réforme des retraites a suscité une vive polémique dans tout le pays ces dernières "
        "semaines : « Travailler plus longtemps, c'est impossible. »",
        "Travailler plus longtemps, c'est impossible.",
        None,
    ),
    # a reporting verb in the passive is no cue: its subject is what is said
    (
        "Le préfet Louis Perrin a visité le dépôt. Le tri « fonctionne déjà très bien » et "
        "« c'est plus qu'un simple essai » qui est assuré avec dix agents, a-t-il dit.",
        "c'est plus qu'un simple essai",
        "Louis Perrin",
    ),
    # a signing sentence may qualify its noun ("Cette courte phrase de X"); a newspaper
    # "titre" its front page
    (
        "La ministre défend son budget. « Nous ne toucherons pas aux retraites. » Cette courte "
        "phrase de Lucie Garnier a suffi à rassurer les syndicats.",
        "Nous ne toucherons pas aux retraites.",
        "Lucie Garnier",
    ),
    (
        "La presse régionale réagit. « Le grand gâchis », titre ce mardi Le Télégramme en une.",
        "Le grand gâchis",
        "Le Télégramme",
    ),
    # a participle qualifying a noun is no reporting verb ("candidate déclarée")
    (
        "La maire, candidate déclarée à sa propre succession, a présenté son bilan : "
        "« Nous avons tenu nos promesses. »",
        "Nous avons tenu nos promesses.",
        "la maire",
    ),
    # an exclamation mark inside a name ends no sentence
    (
        "Le maire a parlé.\n\nPour le collectif Debout Lyon ! qu'elle a fondé, il s'agit d'un "
        "« nouvel acte de vandalisme » contre le local.",
        "nouvel acte de vandalisme",
        "Debout Lyon",
    ),
    # "selon X" closes a partial quotation's sentence past the next quotation
    (
        "Le maire a parlé.\n\n« Une provocation » qui s'est produite « au même endroit et à la "
        "même heure », selon l'association Vigie Rhône.",
        "Une provocation",
        "Vigie Rhône",
    ),
    # verbs the tagger misreads: an unknown participle after "a", a reflexive read as an
    # adjective
    ("« Quelle honte », a tweeté le député Louis Brévan.", "Quelle honte", "Louis Brévan"),
    (
        "« C'est scandaleux », s'indigne Fabien Morvan auprès de la radio.",
        "C'est scandaleux",
        "Fabien Morvan",
    ),
    # bodies without a name speak as themselves; a named force is an organization
    (
        "« La situation est sous contrôle », a indiqué la gendarmerie.",
        "La situation est sous contrôle",
        "la gendarmerie",
    ),
    (
        "« La route est rouverte », a indiqué la gendarmerie de l'Hérault sur Facebook.",
        "La route est rouverte",
        "gendarmerie de l'Hérault",
    ),
    # a signing sentence opened by "C'est", its agent a role with a name in apposition
    (
        "« Il faut agir vite. » C'est le message lancé mardi par la présidente de la région, Carole Vasseur.",
        "Il faut agir vite.",
        "Carole Vasseur",
    ),
    # a participle opening the lead says how the speaker was reached, it is no cue
    (
        "Interrogé, Thomas Rivière, 45 ans, ne cache pas sa colère : « On nous a oubliés. »",
        "On nous a oubliés.",
        "Thomas Rivière",
    ),
    # a negation inside the quotation does not negate the incise's verb
    (
        "« Ce n'est pas assez », réagit le retraité Marcel Ody dans le reportage.",
        "Ce n'est pas assez",
        "Marcel Ody",
    ),
    # ... nor is one inside the sentence of a partial quotation: the sentence's reporting verb,
    # even after the next quotation, names the speaker
    (
        "Le toit s'est effondré dans la nuit. Un hangar fragilisé par une « surcharge » de neige "
        "« jamais vue », a précisé Odile Marchal, la maire du village.",
        "surcharge",
        "Odile Marchal",
    ),
    (
        "« Le port revit », s'est félicité Gaël Tanguy après le vote, qualifié de « victoire collective ».",
        "victoire collective",
        "Gaël Tanguy",
    ),
]


def _speaker_of(extractor: Extractor, text: str, quote: str) -> str | None:
    record = extractor.extract(text)
    found = [q for q in record.quotes if q.text == quote]
    assert len(found) == 1, [q.text for q in record.quotes]
    q = found[0]
    assert text[q.start : q.end] == quote
    if q.speaker_mention is not None:
        assert text[q.speaker_mention.start : q.speaker_mention.end] == q.speaker_mention.text
    return q.speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    ADJUNCTS_BEFORE_SUBJECT + NAMES_AND_GROUPS + PENDING + PRONOUNS + CUE_MENTIONS,
)
def test_speaker_rules(extractor: Extractor, text: str, quote: str, speaker: str | None) -> None:
    assert _speaker_of(extractor, text, quote) == speaker


# 7. where a speaker mention ends: past a time phrase closed by an adjective ("le mois
#    dernier") and "notamment" before it, without a trailing adverb ("juste [avant]"), and
#    with the person named in apposition after the complements of a role description.
#    (text, quote, expected speaker, expected mention text)
MENTION_BOUNDS: list[tuple[str, str, str | None, str]] = [
    (
        "« Les prix ne baisseront pas », avait déclaré le mois dernier sur RTL le PDG de la SNCF, "
        "Hugo Mallet.",
        "Les prix ne baisseront pas",
        "Hugo Mallet",
        "le PDG de la SNCF, Hugo Mallet",
    ),
    (
        "Le musée rouvrira bientôt. « Nous ouvrirons en mai », avait expliqué l'attaché de presse du "
        "musée juste avant la conférence.",
        "Nous ouvrirons en mai",
        "l'attaché de presse du musée",
        "l'attaché de presse du musée",
    ),
    (
        "Le tribunal rendra sa décision en juin, rapportent notamment Le Parisien et France Bleu.",
        "Le tribunal rendra sa décision en juin",
        "Le Parisien",
        "Le Parisien",
    ),
    (
        "« Nous ne lâcherons rien », a lancé la présidente du groupe Les Écologistes (LE), "
        "Inès Garnier, devant la presse.",
        "Nous ne lâcherons rien",
        "Inès Garnier",
        "la présidente du groupe Les Écologistes (LE), Inès Garnier",
    ),
    (
        "La fréquentation a baissé de 10 % en un an, selon le premier adjoint au maire de Lille, Karim Sadi.",
        "La fréquentation a baissé de 10 % en un an",
        "Karim Sadi",
        "le premier adjoint au maire de Lille, Karim Sadi",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "mention"), MENTION_BOUNDS)
def test_mention_bounds(
    extractor: Extractor, text: str, quote: str, speaker: str | None, mention: str
) -> None:
    found = [q for q in extractor.extract(text).quotes if q.text == quote]
    assert len(found) == 1
    assert found[0].speaker == speaker
    assert found[0].speaker_mention is not None
    assert found[0].speaker_mention.text == mention


# 2. time words and adverbs a parser leaves at the start of a mention
STRIPPED: list[tuple[str, str]] = [
    ("lundi le parquet", "le parquet"),
    ("hier soir la préfecture", "la préfecture"),
    ("encore la mairie", "la mairie"),
    ("le parquet", "le parquet"),
    ("Lundi", "Lundi"),  # a single word is kept
]


@pytest.mark.parametrize(("mention", "expected"), STRIPPED)
def test_strip_adjuncts(mention: str, expected: str) -> None:
    start, end = strip_adjuncts(mention, 0, len(mention))
    assert mention[start:end] == expected


TITLES: list[tuple[str, bool]] = [
    ("Le maire veut une ville « zéro déchet »", True),
    ("09h12 : « Les bureaux ferment »", True),
    ("14:05 Le point sur la situation", True),
    ("14:05 – Le maire juge la grève « injustifiée ».", False),  # a live-feed item that is a sentence
    ("Le maire a présenté son plan.", False),
    ("« Nous trierons tout », a-t-il affirmé.", False),
    ("Le ministre a déclaré :", False),
    ("", False),
]


@pytest.mark.parametrize(("line", "expected"), TITLES)
def test_title_lines(line: str, expected: bool) -> None:
    assert is_title(line) is expected


BOUNDARIES: list[tuple[str, bool]] = [
    ("« A », dit-il.\nUn intertitre\n« B »", True),
    ("« A », dit-il.\n08h26 : « B »", True),
    ("« A », dit-il.\nIl poursuit son propos.\n« B »", False),
    ("« A », dit-il. « B »", False),
]


@pytest.mark.parametrize(("text", "expected"), BOUNDARIES)
def test_boundary_between(text: str, expected: bool) -> None:
    assert boundary_between(text, text.index("»") + 1, text.rindex("«")) is expected


@pytest.mark.parametrize(
    ("stamp", "expected"), [("08h26", True), ("8 h 26", True), ("14:05", True), ("2024", False)]
)
def test_timestamp(stamp: str, expected: bool) -> None:
    assert (TIMESTAMP.match(stamp) is not None) is expected


def test_pending_takes_a_strong_attribution_of_the_same_sentence() -> None:
    """« A » … « B », a répondu X: the cueless quotation takes X when B is cued in the same
    sentence; a continuation lends nothing, and a quotation of another sentence neither."""
    text = "x" * 200

    def never(a: _Attr, mention: tuple[int, int]) -> bool:
        return False

    pending = _Attr("q1", 10, 20, "direct", method="pending", sent_end=80)
    cued = _Attr("q2", 40, 50, "direct", speaker="person:X", cue="répondre", method="after")
    resolve_pending(text, [pending, cued], never)
    assert (pending.speaker, pending.method, pending.cue) == ("person:X", "sentence", "répondre")

    pending = _Attr("q1", 10, 20, "direct", method="pending", sent_end=30)
    resolve_pending(text, [pending, cued], never)  # q2 is in the next sentence
    assert (pending.speaker, pending.method) == (None, "none")

    pending = _Attr("q1", 10, 20, "direct", method="pending", sent_end=80)
    weak = _Attr("q2", 40, 50, "direct", speaker="person:X", cue="continuation", method="continuation")
    resolve_pending(text, [pending, weak], never)
    assert (pending.speaker, pending.method) == (None, "none")


# a present tense the tagger may read as a past participle ("résume") keeps its cue; a real
# participle qualifying a noun gives none. (text, quote, expected cue)
PARTICIPLE_CUES: list[tuple[str, str, str | None]] = [
    (
        "À la sortie, un moniteur croisé sur le parking résume l'état d'esprit général : « On y croit. »",
        "On y croit.",
        "résumer",
    ),
    ("Un entrepôt soufflé par une « explosion » ce matin.", "explosion", None),
]


@pytest.mark.parametrize(("text", "quote", "cue"), PARTICIPLE_CUES)
def test_participle_cues(extractor: Extractor, text: str, quote: str, cue: str | None) -> None:
    found = [q for q in extractor.extract(text).quotes if q.text == quote]
    assert len(found) == 1
    assert found[0].cue == cue
