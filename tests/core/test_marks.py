"""Pairing quotation marks: no model needed.  Cases written for this project."""

from __future__ import annotations

import logging

import pytest

from deepseek_news.pipeline._marks import pair_marks
from deepseek_news.pipeline.quotes import _pieces, interview


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end].strip() for q in pair_marks(text)]


# (text, expected quoted passages)
PAIRING = [
    ("Il a dit « bonjour » puis « au revoir ».", ["bonjour", "au revoir"]),
    ("Il a dit «bonjour».", ["bonjour"]),
    ("Il a dit \u00ab\u00a0bonjour\u00a0\u00bb.", ["bonjour"]),
    ("Elle a écrit “merci” hier.", ["merci"]),
    ('Elle a écrit "merci" hier.', ["merci"]),
    ("Le ‹ mot › est là.", ["mot"]),
    ("« Il m'a dit “jamais”, et je l'ai cru », raconte-t-elle.", ["Il m'a dit “jamais”, et je l'ai cru"]),
    ("« Premier paragraphe.\n\n« Second paragraphe. »", ["Premier paragraphe.\n\n« Second paragraphe."]),
    ("Pas de guillemets ici.", []),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), PAIRING)
def test_pairing(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


# unbalanced marks: recovered or ignored, never a crash
UNBALANCED = [
    ("« Phrase sans fin\nParagraphe suivant.", ["Phrase sans fin"]),
    ("Texte » parasite.", []),
    ("« Un « deux » trois", ["Un", "deux"]),
    ("«", []),
    ("»«»«", []),
]


@pytest.mark.parametrize(("text", "expected"), UNBALANCED)
def test_unbalanced(text: str, expected: list[str], caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="deepseek_news"):
        assert quoted(text) == expected
    if "»" in text or "«" in text:
        assert caplog.records or expected


# marks typed the wrong way round, or left out, read by their place
MISPLACED = [
    # an opening mark right before a comma or a full stop closes
    (
        "Le maire : « Nous rouvrirons l'école « , a-t-il dit. Puis « la cantine ».",
        ["Nous rouvrirons l'école", "la cantine"],
    ),
    ("Elle a répondu : « Pas question « .", ["Pas question"]),
    # a stray closing mark opening a sentence opens a quote closed by such a mark
    ("Le prévenu se tait. » Pourquoi maintenant ? « , a demandé l'avocat.", ["Pourquoi maintenant ?"]),
    ("L'avocat a répliqué : » Il paiera « . Le juge a suspendu.", ["Il paiera"]),
    # ...but not one after a word, nor one closed by an opening mark followed by words
    ("Il parle » de tout « , dit-on.", []),
    ("Fin. » Suite du texte « autre chose ».", ["autre chose"]),
    # a paragraph ending with a stray closing mark after its last sentence
    (
        "Le coach a parlé.\n\nJe suis fier de mes joueurs. Ils ont tout donné. »\n\nFin.",
        ["Je suis fier de mes joueurs. Ils ont tout donné."],
    ),
    ("Titre\n\nLe « mot » est là. »", ["mot"]),
    ("Titre\n\nIl a parlé de sa fierté »\n\nFin.", []),
    # a straight mark glued to the end of the previous sentence opens
    ('Il a conclu en maya..."Merci à tous !".', ["Merci à tous !"]),
]


@pytest.mark.parametrize(("text", "expected"), MISPLACED)
def test_misplaced_marks(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


# a quotation inside another one with the same marks stays inside it
NESTED_SAME_MARKS = [
    ("“Il parle de “fake news”, dit-elle. C'est faux.”", ["Il parle de “fake news”, dit-elle. C'est faux."]),
    ("“On a lu “non” et “jamais” partout.”", ["On a lu “non” et “jamais” partout."]),
    (
        '"Elle a crié "au secours" puis s\'est tue", dit le voisin.',
        ['Elle a crié "au secours" puis s\'est tue'],
    ),
    ("« Il a dit « jamais » devant nous. »", ["Il a dit « jamais » devant nous."]),
    # a second opening mark with no second closing mark: the first one was left open
    ("« Un « deux » trois", ["Un", "deux"]),
]


@pytest.mark.parametrize(("text", "expected"), NESTED_SAME_MARKS)
def test_nested_same_marks(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


# a quotation split into paragraphs and around a speaker incise
PIECES = [
    ("« On a gagné, dit-elle. Et on continue. »", ["On a gagné", "Et on continue."]),
    ("« Un.\n\n« Deux. »", ["Un.", "Deux."]),
    ("« Rien à signaler. »", ["Rien à signaler."]),
    ("« Nous verrons, a-t-il ajouté, ce qui se passera. »", ["Nous verrons", "ce qui se passera."]),
]


@pytest.mark.parametrize(("text", "expected"), PIECES)
def test_pieces(text: str, expected: list[str]) -> None:
    (q,) = pair_marks(text)
    start, end = q.start + 1, q.end - 1
    assert [text[s:e] for s, e in _pieces(text, start, end)] == expected


# incises with the subject after the verb split only when the verb is a reporting cue
CUES = {"souri", "explique", "dit"}
NAMED_INCISES = [
    ("« Ce but, je l'attendais, a souri l'attaquant. Enfin. »", ["Ce but, je l'attendais", "Enfin."]),
    ("« Tout va bien, explique Anne Roux, pour le moment. »", ["Tout va bien", "pour le moment."]),
    ("« Le dossier, a dit M. Petit. Rien de plus. »", ["Le dossier", "Rien de plus."]),
    ("« Le projet, a coûté la somme prévue. »", ["Le projet, a coûté la somme prévue."]),
    ("« Le vote, reporte le Sénat, est fixé. »", ["Le vote, reporte le Sénat, est fixé."]),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_INCISES)
def test_pieces_named_incise(text: str, expected: list[str]) -> None:
    (q,) = pair_marks(text)
    start, end = q.start + 1, q.end - 1
    pieces = _pieces(text, start, end, lambda s, e: text[s:e] in CUES)
    assert [text[s:e] for s, e in pieces] == expected


# interview layouts: (text, answers, questions)
INTERVIEW_LAYOUTS = [
    (
        "Intro.\n— Pourquoi ?\n— Parce que.\n— Et demain ?\n— On verra.",
        ["Parce que.", "On verra."],
        ["Pourquoi ?", "Et demain ?"],
    ),
    (
        "Intro.\nQ : Un ?\nR : Deux.\nQuestion : Trois ?\nRéponse : Quatre.",
        ["Deux.", "Quatre."],
        ["Un ?", "Trois ?"],
    ),
    ("Intro.\n— Pourquoi ?\n— Parce que.", [], []),
    ("Liste :\n- un\n- deux\n- trois", [], []),
    ("— Vrai ?\n— Oui.\nUn paragraphe.\n— Encore ?\n— Non.", ["Oui.", "Non."], ["Vrai ?", "Encore ?"]),
]


@pytest.mark.parametrize(("text", "answers", "questions"), INTERVIEW_LAYOUTS)
def test_interview_layout(text: str, answers: list[str], questions: list[str]) -> None:
    qa = interview(text)
    assert [text[s:e] for _, s, e in qa.answers] == answers
    assert [text[s:e].lstrip("—-QR: ") for s, e in qa.questions] == questions
