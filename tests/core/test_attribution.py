"""Quotes and their speakers, end to end.  Sentences written for this project,
grouped by attribution pattern; each row lists (kind, text, speaker) in text order."""

from __future__ import annotations

import pytest

from deepseek_news import Extractor

Row = tuple[str, str, str | None]

CUE_AFTER: list[tuple[str, list[Row]]] = [
    (
        "« Nous ne céderons pas », a lancé la ministre du Travail, Élisabeth Moreau.",
        [("direct", "Nous ne céderons pas", "Élisabeth Moreau")],
    ),
    (
        "Claire Martin a rappelé son bilan. « Nous avons tenu parole », a-t-elle affirmé.",
        [("direct", "Nous avons tenu parole", "Claire Martin")],
    ),
    (
        "Paul Martin et Claire Dubois se sont affrontés. « C'est faux », a-t-elle répliqué.",
        [("direct", "C'est faux", "Claire Dubois")],
    ),
    (
        "« Le marché est saturé » — Jean Moreau, analyste chez Natixis.",
        [("direct", "Le marché est saturé", "Jean Moreau")],
    ),
]

CUE_BEFORE: list[tuple[str, list[Row]]] = [
    (
        "Le sélectionneur Didier Deschamps a déclaré : « L'équipe est prête. »",
        [("direct", "L'équipe est prête.", "Didier Deschamps")],
    ),
    (
        "Marie Dupont : « Nous irons jusqu'au bout. »",
        [("direct", "Nous irons jusqu'au bout.", "Marie Dupont")],
    ),
    ("Selon Paul Martin, « le plan est déjà caduc ».", [("direct", "le plan est déjà caduc", "Paul Martin")]),
]

CONTINUATION_AND_SIGNATURE: list[tuple[str, list[Row]]] = [
    (
        "Lors d'un débat, Claire Martin a rappelé son bilan. « Nous avons tenu parole », a-t-elle affirmé. "
        "« Et nous continuerons. »",
        [
            ("direct", "Nous avons tenu parole", "Claire Martin"),
            ("direct", "Et nous continuerons.", "Claire Martin"),
        ],
    ),
    (
        "« Nous reconstruirons tout. » La phrase, signée Julien Caradec, a marqué les esprits.",
        [("direct", "Nous reconstruirons tout.", "Julien Caradec")],
    ),
]

PARTIAL_AND_UNNAMED: list[tuple[str, list[Row]]] = [
    (
        "Claire Martin a dénoncé une « trahison » des engagements pris.",
        [("partial", "trahison", "Claire Martin")],
    ),
    (
        "Un porte-parole de Renault a indiqué que la production reprendrait lundi.",
        [("indirect", "la production reprendrait lundi", "un porte-parole de Renault")],
    ),
]

INDIRECT: list[tuple[str, list[Row]]] = [
    (
        "Jean Valet, maire de Lyon, a estimé que la ville devait investir davantage.",
        [("indirect", "la ville devait investir davantage", "Jean Valet")],
    ),
    (
        "Pierre Durand a promis de baisser les impôts dès l'an prochain.",
        [("indirect", "baisser les impôts dès l'an prochain", "Pierre Durand")],
    ),
]

NOT_QUOTES: list[tuple[str, list[Row]]] = [
    ("Le Premier ministre n'a pas dit que la réforme serait abandonnée.", []),
    ("Je pense que cette réforme est une erreur.", []),
    ("Il pourrait dire que tout va bien.", []),
    ("L'entreprise a-t-elle dit que les salaires augmenteraient ?", []),
    ("Le film « Le Grand Bleu » ressort en salles.", []),
    ("La start-up a présenté “Orion-3”, son nouveau modèle.", []),
]

# how news articles refer back to the speaker of the previous sentence
SPEAKER_RESOLUTION: list[tuple[str, list[Row]]] = [
    (  # a person named inside the quote (an idiom) is no antecedent of the incise's pronoun
        "Le maire, Étienne Fourcade, a défendu son budget. « On ne peut pas donner à Jacques sans prendre "
        "à Marie », a-t-il lancé.",
        [("direct", "On ne peut pas donner à Jacques sans prendre à Marie", "Étienne Fourcade")],
    ),
    (  # a role description with a title and a name in apposition
        "Son vice-président, le Dr Rémi Castel, estime que la réforme arrive trop tard.",
        [("indirect", "la réforme arrive trop tard", "Rémi Castel")],
    ),
    (  # "d'après X" after the quotation, written with a typographic apostrophe
        "« Le marché du vélo repartira en 2026 », d’après Sandrine Olivo, économiste chez Natixis.",
        [("direct", "Le marché du vélo repartira en 2026", "Sandrine Olivo")],
    ),
    (  # a nationality used as a role: the person the article introduced with it
        "La Norvégienne Ingrid Solberg a pris la tête. Elle devance Lucie Armand. « Rien n'est joué », "
        "a prévenu la Norvégienne.",
        [("direct", "Rien n'est joué", "Ingrid Solberg")],
    ),
    (  # a person named inside the speaker's reported clause is no antecedent of the next pronoun
        "L'entraîneur, Mathieu Serres, a expliqué que Karim Benali avait beaucoup progressé. "
        "« Il peut viser le titre », a-t-il ajouté.",
        [
            ("indirect", "Karim Benali avait beaucoup progressé", "Mathieu Serres"),
            ("direct", "Il peut viser le titre", "Mathieu Serres"),
        ],
    ),
    (  # a role description: the subject of the previous sentence, not a person in its complement
        "Théo Marchal a remporté la course devant Julien Fabre. « J'ai tout donné », a raconté le coureur.",
        [("direct", "J'ai tout donné", "Théo Marchal")],
    ),
    (  # "le leader de l'équipe X": a person, not the team
        "Sofiane Amrani, lui, reste serein. Le leader de l'équipe Verdazur affirme que le titre est "
        "encore jouable.",
        [("indirect", "le titre est encore jouable", "Sofiane Amrani")],
    ),
    (  # "cet exploitant" (tagged as a verb by the parser) after an incise: the farmer named before
        "Didier Coquerel élève 90 vaches. « On nous a oubliés, et maintenant on nous accuse », s’emporte "
        "cet exploitant de 58 ans.",
        [("direct", "On nous a oubliés, et maintenant on nous accuse", "Didier Coquerel")],
    ),
    (  # a multiword cue ("faire savoir") before an unnamed speaker, then a participle
        "« Nous coopérons avec la justice », a fait savoir un porte-parole de Nexalia, précisant que la "
        "filiale était « hors de cause ».",
        [
            ("direct", "Nous coopérons avec la justice", "un porte-parole de Nexalia"),
            ("indirect", "la filiale était « hors de cause »", "un porte-parole de Nexalia"),
            ("partial", "hors de cause", "un porte-parole de Nexalia"),
        ],
    ),
]

CASES = (
    SPEAKER_RESOLUTION
    + CUE_AFTER
    + CUE_BEFORE
    + CONTINUATION_AND_SIGNATURE
    + PARTIAL_AND_UNNAMED
    + INDIRECT
    + NOT_QUOTES
)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes_and_speakers(extractor: Extractor, text: str, expected: list[Row]) -> None:
    record = extractor.extract(text)
    got = [(q.kind, q.text, q.speaker) for q in record.quotes]
    assert got == expected
    for q in record.quotes:
        assert text[q.start : q.end] == q.text
        assert 0.0 <= q.confidence <= 1.0


def test_offsets_exact_with_no_break_spaces(extractor: Extractor) -> None:
    text = (
        "\u00ab\u202fNous gagnerons\u202f\u00bb, a affirm\u00e9 Sophie Marchand.\u200b"
        " Elle l\u2019a r\u00e9p\u00e9t\u00e9."
    )
    record = extractor.extract(text)
    (q,) = record.quotes
    assert (q.text, q.speaker) == ("Nous gagnerons", "Sophie Marchand")
    assert text[q.start : q.end] == "Nous gagnerons"
    assert q.speaker_mention is not None
    assert text[q.speaker_mention.start : q.speaker_mention.end] == q.speaker_mention.text


def test_pronoun_resolves_to_named_speaker(extractor: Extractor) -> None:
    text = (
        "La ministre de la Santé, Agnès Roussel, a visité l'hôpital lundi. "
        "« Il faut des lits », a-t-elle déclaré. Le directeur, Marc Lebon, a approuvé. "
        "« Nous en aurons », a-t-il répondu."
    )
    record = extractor.extract(text)
    assert [(q.text, q.speaker) for q in record.quotes if q.kind == "direct"] == [
        ("Il faut des lits", "Agnès Roussel"),
        ("Nous en aurons", "Marc Lebon"),
    ]
    names = {s.name: s for s in record.speakers}
    assert set(names) == {"Agnès Roussel", "Marc Lebon"}
    assert all(s.type == "person" for s in record.speakers)
