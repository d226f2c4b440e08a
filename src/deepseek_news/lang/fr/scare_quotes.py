"""Words that announce a name or title in quotation marks rather than speech.

"le film « Le Parrain »", "l'opération « Tempête du désert »", "baptisé
« Stargate »": the quoted words are a name nobody said, so they are not
quotes.  Sources: French press usage for titles of works, operations, plans,
programmes, products and nicknames, collected for this project.
"""

from __future__ import annotations

# nouns after which a quoted name is a title ("le film « ... »")
TITLE_NOUNS: frozenset[str] = frozenset(
    """
    film films livre livres roman romans ouvrage ouvrages essai album albums chanson chansons
    titre titres série séries émission émissions documentaire pièce spectacle exposition
    tableau œuvre journal magazine rubrique chronique podcast jeu opération opérations
    plan plans programme programmes projet projets loi lois réforme dispositif mission
    campagne slogan devise label marque logo application appli modèle modèles logiciel
    produit produits offre service plateforme fonds entreprise société collectif mouvement
    association parti groupe alliance sommet accord pacte traité festival prix trophée
    concours affaire dossier surnom nom sobriquet hashtag
    mot-clé néologisme concept notion doctrine stratégie méthode rapport note texte
    amendement article code décret ordonnance circulaire navire bateau fusée satellite
    mission code-nom opus morceau tube clip
    """.split()
)

# participles and verbs that introduce a name ("baptisé « ... »", "surnommé « ... »")
NAMING_WORDS: frozenset[str] = frozenset(
    """
    baptisé baptisée baptisés baptisées surnommé surnommée surnommés surnommées nommé nommée
    nommés nommées intitulé intitulée intitulés intitulées appelé appelée appelés appelées
    dénommé dénommée dénommés dénommées qualifié qualifiée qualifiés
    qualifiées connu connue connus connues labellisé labellisée estampillé estampillée
    rebaptisé rebaptisée alias
    """.split()
)

# sentence-final punctuation inside a quote that marks a whole sentence
SENTENCE_END: frozenset[str] = frozenset({".", "!", "?", "…"})

# lowercase words allowed inside a capitalized title ("Les Nuits de Saïgon",
# "In the Mood for Love")
TITLE_LINK_WORDS: frozenset[str] = frozenset(
    {
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "l",
        "d",
        "et",
        "à",
        "au",
        "aux",
        "en",
        "sur",
        "pour",
        "the",
        "of",
        "for",
        "in",
        "and",
        "a",
        "an",
        "to",
        "on",
    }
)

# determiners that, opening a sentence or headline right before the quotation
# marks, make the quoted words a label ("Le « trader de Mérignac » condamné",
# "Les « gilets jaunes » manifestent") rather than someone's words
LABEL_DETERMINERS: frozenset[str] = frozenset(
    "le la les l' un une des ce cet cette ces son sa ses leur leurs notre nos votre vos".split()
)

# words after a labelled term that show it was someone's words after all
# ("Le « mur » promis par Trump"); a source phrase does too ("la « trahison »,
# selon Marine Roux": the phrases of sources.py)
AGENT_WORDS: frozenset[str] = frozenset({"par"})

# nouns of written things whose text is quoted, not said ("l'inscription « … »",
# "une pancarte « … »"): the quoted words are a mention, whatever their case.
# Source: French press usage for tags, signs and banners, collected for this project.
WRITTEN_NOUNS: frozenset[str] = frozenset(
    """
    inscription inscriptions pancarte pancartes banderole banderoles panneau panneaux
    affiche affiches tag tags graffiti graffitis enseigne écriteau étiquette mention
    """.split()
)

# participles of prosecution after which "pour « … »" names an offence as the law
# words it ("poursuivi pour « apologie du terrorisme »"), not anyone's speech.
# Source: French court reporting (code pénal qualifications), collected for this project.
PROSECUTION_WORDS: frozenset[str] = frozenset(
    """
    poursuivi poursuivie poursuivis poursuivies condamné condamnée condamnés condamnées
    inculpé inculpée inculpés inculpées jugé jugée jugés jugées renvoyé renvoyée renvoyés
    renvoyées écroué écrouée écroués écrouées examen vue
    """.split()
)

# elided articles that may open a quoted name: "l'émission « l'After Foot »"
ELIDED_ARTICLES: tuple[str, ...] = ("l'", "d'", "L'", "D'")

# determiners before a one- or two-word term glossed in brackets right after the
# marks ("vêtu d'une « guayabera » (chemise traditionnelle)")
GLOSS_DETERMINERS: frozenset[str] = frozenset("un une des le la les l' du de d'".split())

# first words of brackets after quoted words that comment on them rather than gloss
# a term ("« faute » (sic)", "(la troisième)", "(voir encadré)"); with the
# determiners above. Source: French press editorial notes, collected for this project.
EDITORIAL_NOTES: frozenset[str] = frozenset("sic ndlr ndlr. rires voir cf lire".split())

# words joining two quotations of one speaker into one statement ("« … » et « … »")
COORDINATORS: tuple[str, ...] = ("et", "ou", "puis")

# determiners right before a quoted term the journalist marks ("profiter du
# « bouclier fiscal »"): the label determiners and the contracted articles
SCARE_DETERMINERS: frozenset[str] = LABEL_DETERMINERS | frozenset("du des au aux l' d'".split())
