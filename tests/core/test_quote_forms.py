"""Forms of quotation in French news: incises inside the marks, a quotation
resumed after its attribution, and quotation marks around a label nobody said.
Sentences written for this project; each row lists (kind, text, speaker) in text order."""

from __future__ import annotations

import pytest

from deepseek_news import Extractor

Row = tuple[str, str, str | None]

# « A, a souri X. B » / « A, explique X. B »: the incise names the speaker of both parts
INCISE_SUBJECT_AFTER_VERB: list[tuple[str, list[Row]]] = [
    (
        "L'équipe de Lorient s'est imposée dimanche. « Ce point, on ne l'espérait plus, a reconnu "
        "la gardienne Léa Fontaine. Maintenant, il faut enchaîner. »",
        [
            ("direct", "Ce point, on ne l'espérait plus", "Léa Fontaine"),
            ("direct", "Maintenant, il faut enchaîner.", "Léa Fontaine"),
        ],
    ),
    (
        "Le maire Paul Renaud a pris la parole. « Nous ferons tout pour rouvrir l'école, a dit "
        "Paul Renaud. Les parents attendent. »",
        [
            ("direct", "Nous ferons tout pour rouvrir l'école", "Paul Renaud"),
            ("direct", "Les parents attendent.", "Paul Renaud"),
        ],
    ),
    (
        "Le club a battu Lens samedi. « Ce but, je ne l'attendais plus, a souri l'attaquant de 22 ans. "
        "Franchement, c'est un soulagement. »",
        [
            ("direct", "Ce but, je ne l'attendais plus", "l'attaquant de 22 ans"),
            ("direct", "Franchement, c'est un soulagement.", "l'attaquant de 22 ans"),
        ],
    ),
    # a description after the incise's subject belongs to the incise
    (
        "Le chantier du tramway a repris lundi. « Les travaux dureront deux ans, explique Nadia Benali, "
        "adjointe aux mobilités. Nous avons prévenu les commerçants. »",
        [
            ("direct", "Les travaux dureront deux ans", "Nadia Benali"),
            ("direct", "Nous avons prévenu les commerçants.", "Nadia Benali"),
        ],
    ),
    # ...but a clause after it is the speaker's again
    (
        "« Le pont est sûr, explique Nadia Benali, nous l'avons vérifié. »",
        [("direct", "Le pont est sûr", "Nadia Benali"), ("direct", "nous l'avons vérifié.", "Nadia Benali")],
    ),
]

# inverted incises, which split a quotation already
INCISE_INVERTED: list[tuple[str, list[Row]]] = [
    (
        "La présidente de la région, Sophie Garnier, a tranché. « Le lycée ouvrira, a-t-elle affirmé, "
        "dès la rentrée prochaine. »",
        [
            ("direct", "Le lycée ouvrira", "Sophie Garnier"),
            ("direct", "dès la rentrée prochaine.", "Sophie Garnier"),
        ],
    ),
]

# « A », a dit X, « suite »: the second quotation resumes the first sentence
RESUMED_AFTER_ATTRIBUTION: list[tuple[str, list[Row]]] = [
    (
        "Le préfet Alain Mercier s'est exprimé mardi. « La situation reste fragile », a déclaré "
        "Alain Mercier, « mais les secours sont en place ».",
        [
            ("direct", "La situation reste fragile", "Alain Mercier"),
            ("direct", "mais les secours sont en place", "Alain Mercier"),
        ],
    ),
]

# a title noun ending the previous sentence does not make the next quotation a title
AFTER_A_SENTENCE_ENDING_WITH_A_TITLE_NOUN: list[tuple[str, list[Row]]] = [
    (
        "La Compagnie des Alpes a présenté son plan. « Ce but, je ne l'attendais plus », a souri "
        "l'attaquant Hugo Lemaire.",
        [("direct", "Ce but, je ne l'attendais plus", "Hugo Lemaire")],
    ),
]

# quotation marks around a label: a determiner opening the headline, or a question
# the journalist asks
LABELS_NOT_QUOTES: list[tuple[str, list[Row]]] = [
    ("Le « trader de Mérignac » condamné à deux ans de prison", []),
    ("Les « gilets jaunes » de retour sur les ronds-points", []),
    ("Le « roi du bitcoin » arrêté à Nice", []),
    ("Faut-il s'habituer à un « nouveau normal » ?", []),
    # in a sentence of the article, the same words may well be someone's
    (
        "Le conseil a voté le budget. Des « erreurs » ont été commises, reconnaît le maire Luc Perrin.",
        [("partial", "erreurs", "Luc Perrin")],
    ),
    ("Un « désastre », a jugé l'élu Marc Tissier.", [("partial", "désastre", "Marc Tissier")]),
    ("Interrogée sur la réforme, la députée répond. Faut-il craindre une « année blanche » ?", []),
]

# names in quotation marks: a capitalized phrase inside a sentence, a word with inner
# capitals, a phrase with every word capitalized, written text, a glossed term, an
# offence named after "poursuivi pour"
NAMES_NOT_QUOTES: list[tuple[str, list[Row]]] = [
    ("Le club a salué le départ de « Gigi » vers l'Italie.", []),
    ("Ils ont dîné au restaurant « Le Phare » près du port.", []),
    ("La rumeur est partie du compte « 20H pile » sur X.", []),
    ("Il est revenu sur ses propos tenus dans l'émission « l'Heure Bleue » sur la radio.", []),
    ("« JLB » a encore frappé samedi soir.", []),
    ("« Ride On » : la marque de vélos rachetée par un fonds", []),
    ("L'inscription « rue libre » a été peinte sur le mur.", []),
    ("Il portait une « chapka » (bonnet de fourrure à rabats) malgré la chaleur.", []),
    ("Le militant était poursuivi pour « provocation à la rébellion » et pour « outrage ».", []),
    # ...but a fragment starting with a proper noun or a number is someone's words
    (
        "Si rien ne change, « l'État reprendra la main », a prévenu le préfet Marc Olier.",
        [("partial", "l'État reprendra la main", "Marc Olier")],
    ),
    (
        "La présidente Anne Roux a rappelé que « 300 bénévoles » seront mobilisés.",
        [("partial", "300 bénévoles", "Anne Roux")],
    ),
    # a whole capitalized sentence in a sentence is a quote
    (
        "Le maire Paul Giraud a été clair : « Nous ne céderons pas. »",
        [("direct", "Nous ne céderons pas.", "Paul Giraud")],
    ),
    # a term with brackets that do not gloss it
    (
        "La ministre Claire Dumas a dénoncé une « faute » (la troisième cette année).",
        [("partial", "faute", "Claire Dumas")],
    ),
    # a charge in someone's words, with no prosecution word before it
    (
        "L'avocat Paul Serre a plaidé pour « la clémence du tribunal ».",
        [("partial", "la clémence du tribunal", "Paul Serre")],
    ),
]

# a short term after a determiner, alone in quotation marks in a passage where nobody
# speaks, is the journalist's label; the same term near a speech verb, a source, a
# "pour X," view or another quotation, or as the attribute of "être", is someone's word
SCARE_QUOTES: list[tuple[str, list[Row]]] = [
    ("Les ménages modestes pourront bénéficier du « chèque énergie » dès le mois de mars.", []),
    ("Le texte n'a pas été voté, une « séance de nuit » ne pouvant pas dépasser deux heures.", []),
    (
        "Le maire Jean Dufour a dénoncé un « abandon » de l'État.",
        [("partial", "abandon", "Jean Dufour")],
    ),
    (
        "Le syndicat parle d'un « mépris » total. La direction n'a pas répondu.",
        [("partial", "mépris", "le syndicat")],
    ),
    (
        "Pour la maire Lise Bernard, le projet est une « erreur » coûteuse.",
        [("partial", "erreur", "Lise Bernard")],
    ),
    (
        "Ce rapport est un « désaveu » pour le ministère.",
        [("partial", "désaveu", None)],
    ),
    (
        "Le club « regrette » la décision et dénonce une « sanction » injuste.",
        [("partial", "regrette", "le club"), ("partial", "sanction", "le club")],
    ),
]

# direct or partial: a capitalized quotation opening a sentence that goes on is a
# fragment, unless it speaks in the first person; a headline or intertitle fragment
# with no finite verb is partial; a clause after a colon followed by its attribution,
# and a quotation joined by "et" to a direct one, are direct
KINDS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Le feu a pris dans la nuit.\n\n« Trois blessés légers » ont été évacués, selon les pompiers.",
        [("partial", "Trois blessés légers")],
    ),
    (
        "La digue a cédé.\n\n« Un vrai miracle » que personne n'ait été emporté, a réagi le maire Luc Bodin.",
        [("partial", "Un vrai miracle")],
    ),
    # first person: the speaker's own sentence, whatever follows
    (
        "Le chef Hugo Marin a présenté sa carte. « J'assume et je revendique ce choix » de cuisine locale.",
        [("direct", "J'assume et je revendique ce choix")],
    ),
    # a speech verb after the marks, with or without a comma, does not continue the sentence
    (
        "« Nous rouvrirons lundi », a annoncé la directrice Inès Vidal.",
        [("direct", "Nous rouvrirons lundi")],
    ),
    (
        "Le port est fermé.\n\n« Il faudra du temps » explique le capitaine Yves Le Goff.",
        [("direct", "Il faudra du temps")],
    ),
    # intertitles
    (
        "Les régions demandent plus.\n\n« Taxer les grandes fortunes », réclame Élise Caron\n\nLa suite.",
        [("partial", "Taxer les grandes fortunes")],
    ),
    (
        "Les régions demandent plus.\n\n« Nous voulons être entendus », prévient Élise Caron\n\nLa suite.",
        [("direct", "Nous voulons être entendus")],
    ),
    # a cut quotation heading a headline
    (
        "« Le jour où tout a basculé... » : récit d'une nuit d'orage",
        [("partial", "Le jour où tout a basculé...")],
    ),
    # after a colon, attributed after the marks
    (
        "Le ministre Paul Armand a été clair : « les prix ne monteront pas cet hiver », a-t-il déclaré.",
        [("direct", "les prix ne monteront pas cet hiver")],
    ),
    # joined to a direct quotation
    (
        "Le témoin Karim Saïdi a rapporté ces mots : « Il m'a dit de partir » et "
        "« il m'a menacé devant tout le monde ».",
        [
            ("direct", "Il m'a dit de partir"),
            ("direct", "il m'a menacé devant tout le monde"),
        ],
    ),
    # ...but not to a partial one
    (
        "La mairie « étudie toutes les options » et « ne ferme aucune porte », assure son porte-parole.",
        [
            ("partial", "étudie toutes les options"),
            ("partial", "ne ferme aucune porte"),
        ],
    ),
]

# a headline opening with a quotation and a colon is partial, however long the quotation;
# a quoted title in apposition to a title noun is no quote
HEADLINES: list[tuple[str, list[Row]]] = [
    (
        "« On ne peut plus tout miser sur le ski » : les stations s'adaptent\n"
        "Dans les Alpes, les stations de moyenne montagne diversifient leurs activités.",
        [("partial", "On ne peut plus tout miser sur le ski", None)],
    ),
    ("« Bravo » : la ministre félicite les bénévoles", [("partial", "Bravo", "la ministre")]),
    ("Avignon : « La Nuit des rois », la pièce qui fait salle comble", []),
    (
        "« Nous tiendrons. » : la phrase de Lina Morel a fait le tour des réseaux.",
        [("direct", "Nous tiendrons.", "Lina Morel")],
    ),
]

# interviews laid out line by line: answers are direct quotes of the person introduced
# before them, questions are not quotes
INTERVIEWS: list[tuple[str, list[Row]]] = [
    (
        "Après dix ans à la tête du musée, Hélène Carrel passe la main.\n"
        "— Quel souvenir gardez-vous de l'ouverture ?\n"
        "— Une immense fierté. Le public était au rendez-vous.\n"
        "— Regrettez-vous le « tout numérique » ?\n"
        "— Non, c'était nécessaire.",
        [
            ("direct", "Une immense fierté. Le public était au rendez-vous.", "Hélène Carrel"),
            ("direct", "Non, c'était nécessaire.", "Hélène Carrel"),
        ],
    ),
    (
        "Le navigateur Yann Kerbrat rentre d'un tour du monde en solitaire.\n"
        "Q : Avez-vous eu peur ?\n"
        "R : Deux fois, dans l'océan Indien.\n"
        "Q. Et la suite ?\n"
        "R. Je repars dans un an, si le bateau est prêt.",
        [
            ("direct", "Deux fois, dans l'océan Indien.", "Yann Kerbrat"),
            ("direct", "Je repars dans un an, si le bateau est prêt.", "Yann Kerbrat"),
        ],
    ),
    # one exchange only, or dashes that open a list: not an interview
    ("La réunion a duré trois heures.\n— Combien de temps encore ?\n— Personne ne le sait.", []),
    ("Le programme de la journée :\n- accueil des participants\n- discours du maire", []),
]

CASES = (
    INCISE_SUBJECT_AFTER_VERB
    + INCISE_INVERTED
    + RESUMED_AFTER_ATTRIBUTION
    + AFTER_A_SENTENCE_ENDING_WITH_A_TITLE_NOUN
    + LABELS_NOT_QUOTES
    + NAMES_NOT_QUOTES
    + SCARE_QUOTES
    + HEADLINES
    + INTERVIEWS
)

# known limits
KNOWN_FAILURES: list[tuple[str, list[Row]]] = [
    # the part after an incise ending with a comma is given the verb's parsed subject
    (
        "« Les prix, a observé M. Lambert, ont doublé en un an. » Le boulanger songe à fermer.",
        [("direct", "Les prix", "Lambert"), ("direct", "ont doublé en un an.", "Lambert")],
    ),
]


def _rows(extractor: Extractor, text: str) -> list[Row]:
    record = extractor.extract(text)
    for q in record.quotes:
        assert text[q.start : q.end] == q.text
    return [(q.kind, q.text, q.speaker) for q in record.quotes if q.kind != "indirect"]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quote_forms(extractor: Extractor, text: str, expected: list[Row]) -> None:
    assert _rows(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), KINDS)
def test_quote_kinds(extractor, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(kind, quoted) for kind, quoted, _ in _rows(extractor, text)] == expected


@pytest.mark.xfail(strict=True)
@pytest.mark.parametrize(("text", "expected"), KNOWN_FAILURES)
def test_quote_forms_known_failures(extractor: Extractor, text: str, expected: list[Row]) -> None:
    assert _rows(extractor, text) == expected
