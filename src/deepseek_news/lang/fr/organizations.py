"""Words that tell whether a name in French news designates an organization.

The entity layer reads these tables; all entries are lowercase unless said
otherwise.  Sources: the vocabulary of French business, political, sports and
media reporting (company and institution types as named in the French legal
and press usage: "la société", "le groupe", "la start-up"; corporate forms of
the Code de commerce and their common foreign equivalents; stock-market
vocabulary), the conventions of French press credits ("Source :", "(AFP)",
"(Reuters/Nom Prénom)"), and the boilerplate that news sites wrap around
articles (bylines, share buttons, session notices), collected for this project.
Extend freely: one entry per item.
"""

from __future__ import annotations

# "la start-up chinoise X", "le groupe X", "X, une société ...": a noun naming a
# kind of organization, before a name (adjectives may come between).
ORG_HEAD_NOUNS: frozenset[str] = frozenset(
    {
        # companies
        "entreprise", "entreprises", "société", "sociétés", "groupe", "groupes", "start-up", "startup",
        "jeune pousse", "firme", "compagnie", "géant", "géants", "mastodonte", "constructeur",
        "constructeurs", "fabricant", "fabricants", "équipementier", "éditeur", "opérateur", "assureur",
        "distributeur", "enseigne", "banque", "banques", "fonds", "fonds d'investissement", "holding",
        "conglomérat", "filiale", "laboratoire", "labo", "cabinet", "concurrent", "rival", "partenaire",
        "spécialiste", "leader", "numéro un", "champion", "pétrolier", "pétrolière", "industriel",
        "transporteur", "armateur", "avionneur", "motoriste", "chimiste", "sidérurgiste", "brasseur",
        "promoteur", "bailleur", "énergéticien", "fournisseur", "prestataire", "plateforme de e-commerce",
        "licorne", "pépite", "marque", "label", "studio", "chaîne de magasins", "cimentier",
        "sous-traitant", "exploitant", "gestionnaire d'actifs", "courtier", "néobanque",
        "bourse", "place boursière", "compagnie aérienne",
        # institutions, parties, unions, associations
        "parti", "formation", "syndicat", "association", "fédération", "organisation", "ong",
        "institution", "institut", "agence", "autorité", "régulateur", "gendarme", "office",
        "commission", "comité", "conseil", "ministère", "administration", "université", "école",
        "fondation", "think tank", "cercle de réflexion", "coalition", "mouvement", "alliance",
        # sport
        "club", "écurie", "franchise", "équipe",
        # media
        "journal", "quotidien", "hebdomadaire", "mensuel", "magazine", "média", "site d'information",
        "chaîne", "radio", "télévision", "agence de presse", "titre de presse", "confrère",
    }
)

# "le PDG d'OpenAI", "un porte-parole de Nvidia": someone's function in the
# organization named after "de".
ORG_MEMBER_NOUNS: frozenset[str] = frozenset(
    {
        "pdg", "p.-d.g.", "ceo", "patron", "patronne", "directeur", "directrice", "directeur général",
        "directrice générale", "dirigeant", "dirigeante", "dirigeants", "fondateur", "fondatrice",
        "cofondateur", "cofondatrice", "co-fondateur", "co-fondatrice", "porte-parole", "président",
        "présidente", "vice-président", "vice-présidente", "actionnaire", "actionnaires", "salarié",
        "salariée", "salariés", "employé", "employée", "employés", "ingénieur", "ingénieurs",
        "chercheur", "chercheurs", "chercheuse", "administrateur", "administratrice", "responsable",
        "responsables", "cadre", "cadres", "représentant", "représentante", "numéro un", "numéro deux",
        "secrétaire général", "secrétaire générale", "trésorier", "trésorière", "membre", "membres",
        "militant", "militants", "adhérent", "adhérents", "entraîneur", "joueur", "joueurs", "joueuse",
        "capitaine", "rédacteur en chef", "rédactrice en chef", "journaliste", "journalistes",
        "économiste", "analyste", "analystes", "avocat", "avocats", "conseil d'administration",
        "directoire", "direction", "siège", "patron des patrons",
    }
)

# "les actions de X", "le cours de X", "la capitalisation de X": vocabulary that
# only applies to organizations when followed by "de X".
FINANCE_NOUNS: frozenset[str] = frozenset(
    {
        "action", "actions", "titre", "titres", "cours", "capitalisation", "capitalisation boursière",
        "valorisation", "chiffre d'affaires", "bénéfice", "bénéfices", "bénéfice net", "perte nette",
        "résultats", "résultat net", "dividende", "dividendes", "rachat", "introduction en bourse",
        "comptes", "filiale", "filiales", "usine", "usines", "salariés", "effectifs", "clients",
        "concurrents", "siège social", "statuts", "faillite", "liquidation", "carnet de commandes",
        "plan social", "marge", "marges", "trésorerie", "levée de fonds", "cotation",
    }
)

# "X a perdu 589 milliards de dollars de capitalisation", "X a chuté de 17 % en
# Bourse": verbs (lemmas) and the market words that must appear in the same sentence.
MARKET_VERBS: frozenset[str] = frozenset(
    {
        "perdre", "gagner", "chuter", "plonger", "dévisser", "bondir", "grimper", "reculer",
        "progresser", "s'envoler", "envoler", "décrocher", "sombrer", "coter", "valoir", "lever",
        "racheter", "acquérir", "licencier", "embaucher", "publier",
    }
)
MARKET_WORDS: frozenset[str] = frozenset(
    {"bourse", "capitalisation", "action", "actions", "titre", "nasdaq", "cac", "dividende",
     "chiffre d'affaires", "bénéfice", "salariés", "valorisation", "actionnaires", "fonds"}
)

# Corporate forms after a name: "SoftBank Group Corp.", "Apple Inc.", "Renault SA".
# Case-sensitive, as written; a trailing dot is part of the name when present.
CORPORATE_FORMS: frozenset[str] = frozenset(
    {
        "SA", "S.A.", "SAS", "SASU", "SARL", "SE", "SCA", "SNC", "EURL", "Inc", "Corp", "Corporation",
        "Co", "Ltd", "Limited", "LLC", "LLP", "PLC", "plc", "GmbH", "AG", "NV", "N.V.", "BV", "SpA",
        "S.p.A.", "AB", "ASA", "Oyj", "KK", "Group", "Groupe", "Holding", "Holdings", "Technologies",
        "Technology", "Industries", "Motors", "Airlines", "Pharmaceuticals", "Bank", "Capital",
        "Partners", "Ventures", "Labs", "AI", "Systems", "Electronics", "Energy", "Entertainment",
    }
)
# Forms written with a closing abbreviation dot ("Corp.", "Inc.", "Co.", "Ltd.").
DOTTED_FORMS: frozenset[str] = frozenset({"Inc", "Corp", "Co", "Ltd", "Bros"})

# The first word of an institution's or party's own name: "Parti républicain",
# "Banque centrale européenne", "Commission européenne" (capitalized in the text).
INSTITUTION_FIRST_WORDS: frozenset[str] = frozenset(
    {
        "parti", "banque", "fonds", "organisation", "agence", "commission", "conseil", "cour",
        "tribunal", "ministère", "assemblée", "sénat", "union", "fédération", "confédération",
        "association", "syndicat", "institut", "office", "autorité", "comité", "caisse", "société",
        "compagnie", "groupe", "université", "école", "académie", "fondation", "bureau", "direction",
        "front", "rassemblement", "mouvement", "ligue", "centre", "observatoire", "haut conseil",
        "haute autorité", "régie", "chambre", "team",
    }
)

# Media outlets whose name starts with an article, kept with it ("selon Les Echos").
MEDIA_WITH_ARTICLE: frozenset[str] = frozenset(
    {
        "le monde", "le figaro", "les echos", "le parisien", "la croix", "la tribune", "le point",
        "l'express", "l'équipe", "l'obs", "l'humanité", "l'opinion", "le journal du dimanche",
        "le canard enchaîné", "la dépêche", "la voix du nord", "le progrès", "le télégramme",
        "les dernières nouvelles d'alsace", "le dauphiné libéré", "la provence", "le temps",
        "le soir", "la libre belgique", "le devoir", "la presse", "le nouvel obs", "les inrocks",
        "le monde diplomatique", "le financial times", "le new york times", "le wall street journal",
        "le washington post", "the guardian", "the economist", "the times",
    }
)

# Cues right before a name that make it a media outlet or agency:
# "Source : Les Echos", "selon le quotidien X", "a rapporté l'agence X".
SOURCE_CUES: tuple[str, ...] = ("source :", "source:", "sources :", "(source :", "crédit :", "crédit photo :",
                                "photo :", "©")

# "les puces Nvidia", "le modèle R1 de DeepSeek", "le chatbot d'OpenAI": nouns for
# things an organization makes; the name after "de" (or after a plural noun) is its maker.
PRODUCT_NOUNS: frozenset[str] = frozenset(
    {
        "modèle", "modèles", "produit", "produits", "puce", "puces", "processeur", "processeurs",
        "carte graphique", "cartes graphiques", "application", "applications", "logiciel",
        "logiciels", "chatbot", "chatbots", "assistant", "assistants", "robot conversationnel",
        "agent conversationnel", "smartphone", "smartphones", "téléphone", "téléphones", "voiture",
        "voitures", "véhicule", "véhicules", "avion", "avions", "moteur", "moteurs", "médicament",
        "médicaments", "vaccin", "vaccins", "service", "services", "plateforme", "console",
        "consoles", "serveurs", "ordinateurs", "batteries", "magasins", "boutiques", "camions",
        "satellites", "fusées", "lanceur", "outil", "outils", "offre", "offres",
    }
)

# Heads before a name that make it a product, a work or a platform, not an organization:
# "le modèle R1", "le réseau social X", "le chatbot ChatGPT".
PRODUCT_HEADS: frozenset[str] = frozenset(
    {
        "modèle", "modèles", "application", "appli", "app", "logiciel", "chatbot", "robot conversationnel",
        "agent conversationnel", "assistant", "réseau social", "messagerie", "navigateur",
        "moteur de recherche",
        "système d'exploitation", "smartphone", "téléphone", "console", "jeu", "jeu vidéo", "film",
        "série", "livre", "roman", "album", "chanson", "émission", "magazine télévisé", "opération",
        "plan", "programme", "projet", "loi", "texte", "traité", "accord", "vaccin", "médicament",
        "missile", "satellite", "fusée", "avion", "navire", "porte-avions", "porte-avion",
    }
)

# Names of products and platforms (regular expressions, matched on the whole name,
# case-sensitive): never organizations.
PRODUCT_PATTERNS: tuple[str, ...] = (
    r"ChatGPT(?:[ -].*)?", r"GPT-?\d.*", r"o\d(?:-\w+)?", r"[A-Z]{1,3}-?\d{1,4}[a-z]?",
    r"i(?:Phone|Pad|Mac|OS|Pod|Cloud)\b.*",
    r"Mac(?:Book)?\b.*", r"App Store.*", r"Play Store.*", r"Google Play.*", r"Windows\b.*", r"Android\b.*",
    r"Galaxy\b.*", r"Pixel\b.*", r"Copilot\b.*", r"Gemini\b.*", r"Llama\b.*", r"Bard", r"Siri", r"Alexa",
    r"Instagram Reels", r"YouTube Shorts", r"PlayStation\b.*", r"Xbox\b.*", r"Switch", r"Airbus A\d+.*",
    r"Boeing \d+.*", r"Model [A-Z3Y]\b.*", r"Starlink", r"Starship", r"Falcon \d+",
    r"[A-Z][\w]+-\d+(?:\.\d+)?[a-z]?", r"Bitcoin", r"bitcoin", r"Ethereum", r"Web", r"Internet",
    r"Wi-?Fi", r"Bluetooth",
)

# Places that news uses like actors but that are not organizations.
PLACE_NAMES: frozenset[str] = frozenset(
    {
        "silicon valley", "wall street", "la city", "city", "la défense", "bercy", "matignon",
        "l'élysée", "élysée", "maison blanche", "la maison blanche", "kremlin", "le kremlin",
        "capitole", "le capitole", "pentagone", "le pentagone", "quai d'orsay", "beauvau", "davos",
        "bruxelles", "washington", "pékin", "moscou", "hollywood", "broadway", "république",
        "la république", "état", "l'état", "etat", "europe", "occident", "orient", "asie", "afrique",
        "amérique", "la place de paris", "the city",
    }
)

# First words of event names: "Jeux olympiques", "Coupe du monde", "Salon de l'auto".
EVENT_FIRST_WORDS: frozenset[str] = frozenset(
    {
        "jeux", "coupe", "championnat", "championnats", "tournoi", "salon", "sommet", "festival",
        "grand prix", "mondial", "euro", "tour", "open", "masters", "forum", "conférence",
        "cop", "g7", "g20", "biennale", "exposition", "journée", "journées", "semaine", "nuit",
        "fête", "guerre", "bataille", "révolution", "crise", "affaire", "brexit", "covid", "covid-19",
        "grève", "manifestation", "élection", "élections", "scrutin", "procès", "réforme",
    }
)

# Words that never belong to a name and end it (or remove it) when found inside:
# site boilerplate, bylines, navigation, session notices.
BOILERPLATE_WORDS: frozenset[str] = frozenset(
    {
        "auteur", "auteurs", "source", "sources", "mot clé", "mots clés", "mot-clé", "mots-clés", "cliquer",
        "cliquez", "vous", "tags", "tag", "partager", "partagez", "abonnez", "abonnez-vous", "abonné",
        "abonnés", "newsletter", "publicité", "commentaires", "commentaire", "connexion", "connectez",
        "inscrivez", "lire", "lire aussi", "voir", "voir aussi", "menu", "accueil", "rubrique",
        "admin", "administrateur", "rédaction", "crédit", "crédits", "photo", "photos", "vidéo",
        "article", "mis à jour", "publié", "cookies", "web", "site", "temps", "secondes", "date",
        "facebook", "twitter", "whatsapp", "linkedin", "email", "e-mail", "imprimer", "suivez",
    }
)

# Words that end a name when they trail it: "Wall Street lundi" -> "Wall Street".
TRAILING_WORDS: frozenset[str] = frozenset(
    {
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février",
        "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre", "hier", "aujourd'hui", "demain", "matin", "soir", "midi", "dernier", "dernière",
        "prochain", "prochaine", "cette", "semaine", "année", "mois", "jour", "fois", "aussi",
        "également", "donc", "alors", "encore", "déjà",
    }
)

# Determiners that may start an organization's name when capitalized mid-sentence.
NAME_ARTICLES: frozenset[str] = frozenset({"le", "la", "les", "l'", "l’"})

# Prepositions of place before a name: "depuis Air Force One", "à bord du Charles-de-Gaulle".
PLACE_PREPOSITIONS: tuple[str, ...] = (
    "depuis", "à bord de", "à bord du", "à bord d'", "en", "vers", "au large de",
)

# Institutions written with a lowercase common noun, named by what follows it:
# "le ministère de l'Agriculture", "le tribunal correctionnel de Lyon" (adjectives may
# come between), "la préfecture de la Vienne", "le musée Anselme-Duval". The name runs
# from the noun to the end of its capitalized complement. Source: the names of French
# public bodies as written in the press and in the typographic tradition (Lexique des
# règles typographiques en usage à l'Imprimerie nationale: "ministère", "tribunal",
# "préfecture" take no capital when followed by what specifies them).
INSTITUTION_HEADS: frozenset[str] = frozenset(
    {
        "ministère", "secrétariat d'état", "tribunal", "cour d'appel", "cour administrative d'appel",
        "cour d'assises", "conseil régional", "conseil départemental", "conseil municipal",
        "conseil général", "conseil de prud'hommes", "préfecture", "sous-préfecture", "mairie",
        "parquet", "hôpital", "centre hospitalier", "centre hospitalier universitaire", "chu", "musée",
        "université", "rectorat", "agglomération", "communauté d'agglomération",
        "communauté de communes", "métropole", "ambassade", "consulat", "lycée",
    }
)

# Institutions whose lowercase name is complete on its own, though a place may follow
# ("l'agence régionale de santé", "la chambre d'agriculture de la Vienne"). Source: the
# French public bodies listed by service-public.fr, as the press writes them.
INSTITUTION_NAMES: frozenset[str] = frozenset(
    {
        "agence régionale de santé", "chambre régionale des comptes", "chambre d'agriculture",
        "chambre de commerce et d'industrie", "chambre des métiers et de l'artisanat",
        "direction générale des finances publiques", "direction générale de la santé",
        "direction générale de la sécurité intérieure", "direction générale de la police nationale",
        "caisse primaire d'assurance maladie", "caisse d'allocations familiales",
        "parquet national financier", "parquet national antiterroriste", "inspection du travail",
        "inspection générale des finances", "préfecture de police",
    }
)

# Words that close an institution's name even when they follow it directly.
INSTITUTION_STOP_WORDS: frozenset[str] = frozenset(
    {"et", "ou", "qui", "que", "dont", "pour", "par", "sur", "avec", "dans", "en", "à", "au", "aux"}
)

# "le ministre de l'Économie", "la secrétaire d'État au Numérique": the capitalized word
# after these is a government portfolio, not an organization of its own.
PORTFOLIO_NOUNS: frozenset[str] = frozenset(
    {"ministre", "ministres", "ministère", "secrétaire d'état", "portefeuille", "service", "rubrique"}
)

# Organizations whose name starts with an article, kept with it: parties and movements
# ("Les Républicains", "La France insoumise"), as the parties write their own names.
NAMES_WITH_ARTICLE: frozenset[str] = frozenset(
    {"les républicains", "la france insoumise", "les écologistes", "les verts", "la poste",
     "la république en marche", "les centristes", "les patriotes", "la française des jeux"}
)
