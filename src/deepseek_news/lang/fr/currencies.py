"""Currencies as written in French text: symbols, ISO 4217 codes, names and qualifiers.

Sources:

- Codes: ISO 4217 list of active codes (Table A.1) and historic codes
  (Table A.3) for the pre-euro currencies still quoted in archives (FRF, BEF,
  DEM, NLG, ITL, ESP, FIM, ...), as published by the ISO 4217 maintenance
  agency (SIX Group).
- French names, genders and plurals: "Liste des unités monétaires" of the
  Office québécois de la langue française and the Journal officiel list of
  state names, adjectives and currencies (recommandation concernant les noms
  d'États, d'habitants, de capitales et de monnaies).
- Symbols and compound symbols (US$, C$, HK$, FCFA, ...): Unicode block
  Currency Symbols (U+20A0-U+20CF) and the symbols in the Banque de France and
  Banque du Canada style guides.

Conventions:

- ``DEFAULT`` marks a currency left to the caller's ``default_currency``: a bare
  "dollar(s)", "$" or "cents" (USD by default).
- ``iso=None`` marks a name that stays ambiguous when used alone ("francs",
  "pesos", "dinars", ...); a qualifier ("francs suisses") resolves it.
- ``needs_context``: the word has a common non-monetary sense ("livres" as
  books or a weight, "couronnes"), so it is money only with a scale word
  ("millions de livres") or a qualifier ("livres sterling").
- ``not_after_un``: "un franc succès", "un sol glissant": after the bare
  article-like number "un"/"une" the word is money only with a qualifier.
- ``factor`` converts a subunit to units of its currency (50 cents -> 0.5).
- ``COUNTRY_CONTEXT`` resolves a currency name left ambiguous ("francs",
  "roupies", "dirhams", "livres"...): the currency among the name's qualifier
  codes whose country the paragraph names, else the whole text, when exactly
  one of them is named ("francs" in a paragraph on Geneva are CHF).  Its entries
  are country and capital names, demonyms and central banks, from the same
  Journal officiel list of states, capitals and currencies; entries written in
  lower case also match capitalized.  Only currencies in use are listed:
  an old currency ("francs français") needs its qualifier.
- ``PRICE_WORDS``: a name that is also a common noun ("livres" are books and
  pounds of weight, "couronnes" crowns) is money without a scale or a
  qualifier only when the sentence gives a price before it ("le billet coûte
  12 livres") and the country context names its currency.
- ``CFA_ZONES``: "francs CFA", "FCFA" and "F CFA" name two currencies, the West
  African (XOF, BCEAO) and the Central African (XAF, BEAC) franc; the country
  context picks the Central African one, else West African is kept.
- ``NOT_AMOUNT_BEFORE_UN``: "pas un euro", "sans un centime", "n'a pas touché un
  centime" deny any amount; after these words (with at most one verb between
  for ``NOT_AMOUNT_BEFORE_UN_VERB``) "un"/"une" and a currency name are not an
  amount.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

DEFAULT = "*"  # resolved to the caller's default_currency


class CurrencyName(NamedTuple):
    forms: tuple[str, ...]  # lowercase spellings, singular and plural
    iso: str | None  # ISO 4217 code when the name is used alone, DEFAULT, or None (ambiguous)
    qualifiers: Mapping[str, str] = {}  # lowercase words after the name -> ISO code
    factor: float = 1.0  # value of one of these in units of the currency
    needs_context: bool = False
    not_after_un: bool = False


_DOLLAR_QUALIFIERS: dict[str, str] = {
    "américain": "USD",
    "américains": "USD",
    "us": "USD",
    "usd": "USD",
    "des états-unis": "USD",
    "canadien": "CAD",
    "canadiens": "CAD",
    "can": "CAD",
    "cad": "CAD",
    "ca": "CAD",
    "australien": "AUD",
    "australiens": "AUD",
    "aud": "AUD",
    "néo-zélandais": "NZD",
    "néozélandais": "NZD",
    "nzd": "NZD",
    "de hong kong": "HKD",
    "de hongkong": "HKD",
    "de hong-kong": "HKD",
    "hongkongais": "HKD",
    "hk": "HKD",
    "hkd": "HKD",
    "de singapour": "SGD",
    "singapourien": "SGD",
    "singapouriens": "SGD",
    "sgd": "SGD",
    "taïwanais": "TWD",
    "taiwanais": "TWD",
    "de taïwan": "TWD",
    "de taiwan": "TWD",
    "jamaïcain": "JMD",
    "jamaïcains": "JMD",
    "des caraïbes orientales": "XCD",
    "bahaméen": "BSD",
    "bahaméens": "BSD",
    "barbadien": "BBD",
    "barbadiens": "BBD",
    "bélizien": "BZD",
    "béliziens": "BZD",
    "libérien": "LRD",
    "libériens": "LRD",
    "namibien": "NAD",
    "namibiens": "NAD",
    "zimbabwéen": "ZWL",
    "zimbabwéens": "ZWL",
    "fidjien": "FJD",
    "fidjiens": "FJD",
    "brunéien": "BND",
    "brunéiens": "BND",
    "guyanien": "GYD",
    "guyaniens": "GYD",
    "trinidadien": "TTD",
    "trinidadiens": "TTD",
}

_CENT_QUALIFIERS: dict[str, str] = {
    "d'euro": "EUR",
    "d'euros": "EUR",
    "de dollar": DEFAULT,
    "de dollars": DEFAULT,
    "de dollar canadien": "CAD",
    "de dollar américain": "USD",
}

CURRENCY_NAMES: tuple[CurrencyName, ...] = (
    CurrencyName(("dollar", "dollars"), DEFAULT, _DOLLAR_QUALIFIERS),
    CurrencyName(("euro", "euros"), "EUR"),
    CurrencyName(
        ("livre", "livres"),
        "GBP",
        {
            "sterling": "GBP",
            "sterlings": "GBP",
            "britannique": "GBP",
            "britanniques": "GBP",
            "égyptienne": "EGP",
            "égyptiennes": "EGP",
            "libanaise": "LBP",
            "libanaises": "LBP",
            "syrienne": "SYP",
            "syriennes": "SYP",
            "soudanaise": "SDG",
            "soudanaises": "SDG",
            "turque": "TRY",
            "turques": "TRY",
        },
        needs_context=True,
    ),
    CurrencyName(("sterling",), "GBP"),
    CurrencyName(("yen", "yens"), "JPY", {"japonais": "JPY"}),
    CurrencyName(("yuan", "yuans"), "CNY", {"chinois": "CNY"}),
    CurrencyName(("renminbi", "renminbis"), "CNY"),
    CurrencyName(("won", "wons"), "KRW", {"sud-coréen": "KRW", "sud-coréens": "KRW", "nord-coréen": "KPW"}),
    CurrencyName(
        ("franc", "francs"),
        None,
        {
            "suisse": "CHF",
            "suisses": "CHF",
            "cfa": "XOF",
            "cfa (bceao)": "XOF",
            "cfa (beac)": "XAF",
            "cfp": "XPF",
            "pacifique": "XPF",
            "congolais": "CDF",
            "guinéen": "GNF",
            "guinéens": "GNF",
            "rwandais": "RWF",
            "burundais": "BIF",
            "djiboutien": "DJF",
            "djiboutiens": "DJF",
            "comorien": "KMF",
            "comoriens": "KMF",
            "français": "FRF",
            "belge": "BEF",
            "belges": "BEF",
            "luxembourgeois": "LUF",
        },
        not_after_un=True,
    ),
    CurrencyName(("fcfa",), "XOF"),
    CurrencyName(("rouble", "roubles"), "RUB", {"russe": "RUB", "russes": "RUB", "biélorusse": "BYN"}),
    CurrencyName(
        ("roupie", "roupies"),
        None,
        {
            "indienne": "INR",
            "indiennes": "INR",
            "pakistanaise": "PKR",
            "pakistanaises": "PKR",
            "srilankaise": "LKR",
            "srilankaises": "LKR",
            "sri-lankaise": "LKR",
            "sri-lankaises": "LKR",
            "népalaise": "NPR",
            "népalaises": "NPR",
            "mauricienne": "MUR",
            "mauriciennes": "MUR",
            "indonésienne": "IDR",
            "indonésiennes": "IDR",
            "seychelloise": "SCR",
            "seychelloises": "SCR",
        },
    ),
    CurrencyName(("roupiah", "roupiahs", "rupiah", "rupiahs"), "IDR"),
    CurrencyName(("gourde", "gourdes"), "HTG", {"haïtienne": "HTG", "haïtiennes": "HTG"}, not_after_un=True),
    CurrencyName(
        ("couronne", "couronnes"),
        None,
        {
            "suédoise": "SEK",
            "suédoises": "SEK",
            "norvégienne": "NOK",
            "norvégiennes": "NOK",
            "danoise": "DKK",
            "danoises": "DKK",
            "tchèque": "CZK",
            "tchèques": "CZK",
            "islandaise": "ISK",
            "islandaises": "ISK",
            "estonienne": "EEK",
            "estoniennes": "EEK",
            "slovaque": "SKK",
            "slovaques": "SKK",
        },
        needs_context=True,
    ),
    CurrencyName(
        ("peso", "pesos"),
        None,
        {
            "mexicain": "MXN",
            "mexicains": "MXN",
            "argentin": "ARS",
            "argentins": "ARS",
            "colombien": "COP",
            "colombiens": "COP",
            "chilien": "CLP",
            "chiliens": "CLP",
            "philippin": "PHP",
            "philippins": "PHP",
            "cubain": "CUP",
            "cubains": "CUP",
            "uruguayen": "UYU",
            "uruguayens": "UYU",
            "dominicain": "DOP",
            "dominicains": "DOP",
        },
    ),
    CurrencyName(
        ("réal", "real", "reais", "réais", "réals", "reals"),
        "BRL",
        {"brésilien": "BRL", "brésiliens": "BRL"},
        not_after_un=True,
    ),
    CurrencyName(
        ("rand", "rands"), "ZAR", {"sud-africain": "ZAR", "sud-africains": "ZAR"}, not_after_un=True
    ),
    CurrencyName(("naira", "nairas"), "NGN"),
    CurrencyName(("cedi", "cedis"), "GHS"),
    CurrencyName(
        ("shilling", "shillings"),
        None,
        {
            "kényan": "KES",
            "kényans": "KES",
            "kenyan": "KES",
            "kenyans": "KES",
            "ougandais": "UGX",
            "tanzanien": "TZS",
            "tanzaniens": "TZS",
            "somalien": "SOS",
            "somaliens": "SOS",
            "autrichien": "ATS",
            "autrichiens": "ATS",
        },
    ),
    CurrencyName(("schilling", "schillings"), "ATS", {"autrichien": "ATS", "autrichiens": "ATS"}),
    CurrencyName(
        ("dirham", "dirhams"),
        None,
        {
            "marocain": "MAD",
            "marocains": "MAD",
            "émirati": "AED",
            "émiratis": "AED",
            "des émirats": "AED",
            "des émirats arabes unis": "AED",
        },
    ),
    CurrencyName(
        ("dinar", "dinars"),
        None,
        {
            "algérien": "DZD",
            "algériens": "DZD",
            "tunisien": "TND",
            "tunisiens": "TND",
            "koweïtien": "KWD",
            "koweïtiens": "KWD",
            "irakien": "IQD",
            "irakiens": "IQD",
            "jordanien": "JOD",
            "jordaniens": "JOD",
            "libyen": "LYD",
            "libyens": "LYD",
            "serbe": "RSD",
            "serbes": "RSD",
            "bahreïni": "BHD",
            "bahreïnis": "BHD",
        },
    ),
    CurrencyName(
        ("riyal", "riyals", "rial", "rials"),
        None,
        {
            "saoudien": "SAR",
            "saoudiens": "SAR",
            "qatari": "QAR",
            "qataris": "QAR",
            "qatarien": "QAR",
            "qatariens": "QAR",
            "iranien": "IRR",
            "iraniens": "IRR",
            "omanais": "OMR",
            "yéménite": "YER",
            "yéménites": "YER",
        },
    ),
    CurrencyName(("shekel", "shekels", "shekalim", "sheqel", "sheqalim"), "ILS"),
    CurrencyName(("zloty", "zlotys", "złoty", "złotys"), "PLN"),
    CurrencyName(("forint", "forints"), "HUF"),
    CurrencyName(
        ("leu", "lei"), "RON", {"roumain": "RON", "roumains": "RON", "moldave": "MDL", "moldaves": "MDL"}
    ),
    CurrencyName(("lev", "leva", "levs"), "BGN"),
    CurrencyName(("hryvnia", "hryvnias", "hryvnas", "hryvna", "grivna", "grivnas"), "UAH"),
    CurrencyName(("kuna", "kunas"), "HRK"),
    CurrencyName(
        ("lire", "lires"),
        None,
        {"turque": "TRY", "turques": "TRY", "italienne": "ITL", "italiennes": "ITL"},
        needs_context=True,
    ),
    CurrencyName(("baht", "bahts"), "THB"),
    CurrencyName(("ringgit", "ringgits"), "MYR"),
    CurrencyName(("dong", "dongs"), "VND"),
    CurrencyName(("taka", "takas"), "BDT"),
    CurrencyName(("tenge", "tenges"), "KZT"),
    CurrencyName(("lari", "laris"), "GEL"),
    CurrencyName(("dram", "drams"), "AMD"),
    CurrencyName(("manat", "manats"), "AZN"),
    CurrencyName(("afghani", "afghanis"), "AFN"),
    CurrencyName(
        ("kwacha", "kwachas"),
        None,
        {"zambien": "ZMW", "zambiens": "ZMW", "malawite": "MWK", "malawites": "MWK"},
    ),
    CurrencyName(("birr", "birrs"), "ETB"),
    CurrencyName(("ariary", "ariarys"), "MGA"),
    CurrencyName(("ouguiya", "ouguiyas"), "MRU"),
    CurrencyName(("dalasi", "dalasis"), "GMD"),
    CurrencyName(("kwanza", "kwanzas"), "AOA"),
    CurrencyName(("metical", "meticais", "meticals"), "MZN"),
    CurrencyName(("pula", "pulas"), "BWP"),
    CurrencyName(
        ("escudo", "escudos"), None, {"portugais": "PTE", "capverdien": "CVE", "capverdiens": "CVE"}
    ),
    CurrencyName(("peseta", "pesetas"), "ESP"),
    CurrencyName(("drachme", "drachmes"), "GRD"),
    CurrencyName(
        ("mark", "marks", "markka", "markkaa", "deutschemark", "deutschemarks", "deutsche mark"),
        None,
        {"allemand": "DEM", "allemands": "DEM", "finlandais": "FIM", "finlandaises": "FIM"},
        not_after_un=True,
    ),
    CurrencyName(
        ("florin", "florins"),
        None,
        {"hollandais": "NLG", "néerlandais": "NLG", "arubais": "AWG", "hongrois": "HUF"},
    ),
    CurrencyName(("bolivar", "bolivars", "bolívar", "bolívares"), "VES", {"vénézuélien": "VES"}),
    CurrencyName(
        ("sol", "sols", "soles", "nuevo sol", "nuevos soles"),
        "PEN",
        {"péruvien": "PEN", "péruviens": "PEN"},
        not_after_un=True,
    ),
    CurrencyName(("quetzal", "quetzals", "quetzales"), "GTQ"),
    CurrencyName(("lempira", "lempiras"), "HNL"),
    CurrencyName(("boliviano", "bolivianos"), "BOB"),
    # subunits
    CurrencyName(("cent", "cents"), DEFAULT, _CENT_QUALIFIERS, factor=0.01),
    CurrencyName(
        ("centime", "centimes"), "EUR", {"d'euro": "EUR", "d'euros": "EUR", "de franc": "FRF"}, factor=0.01
    ),
    CurrencyName(("penny", "pence", "pennies"), "GBP", factor=0.01),
    CurrencyName(("pesewa", "pesewas"), "GHS", factor=0.01),
    CurrencyName(("kopeck", "kopecks", "kopek", "kopeks", "copeck", "copecks"), "RUB", factor=0.01),
    CurrencyName(("paisa", "paise"), "INR", factor=0.01),
)

# After "un"/"une" as the whole number, these following words show the currency
# word is meant as the currency itself, not an amount ("un euro fort").
NOT_AMOUNT_AFTER_UN: tuple[str, ...] = (
    "fort",
    "forte",
    "faible",
    "fragile",
    "solide",
    "stable",
    "numérique",
    "digital",
    "commun",
    "unique",
    "succès",
    "parler",
    "jeu",
)

# symbols written before or after the number (longest first is handled by the grammar)
SYMBOLS: dict[str, str] = {
    "$": DEFAULT,
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "元": "CNY",
    "₹": "INR",
    "₽": "RUB",
    "₩": "KRW",
    "₺": "TRY",
    "₪": "ILS",
    "₦": "NGN",
    "₱": "PHP",
    "₴": "UAH",
    "₫": "VND",
    "฿": "THB",
    "zł": "PLN",
    "Kč": "CZK",
    "US$": "USD",
    "$US": "USD",
    "USD$": "USD",
    "usd$": "USD",
    "C$": "CAD",
    "CA$": "CAD",
    "CAD$": "CAD",
    "cad$": "CAD",
    "$CA": "CAD",
    "$CAN": "CAD",
    "$CAD": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "AUD$": "AUD",
    "aud$": "AUD",
    "NZ$": "NZD",
    "NZD$": "NZD",
    "nzd$": "NZD",
    "HK$": "HKD",
    "HKD$": "HKD",
    "hkd$": "HKD",
    "S$": "SGD",
    "SG$": "SGD",
    "NT$": "TWD",
    "R$": "BRL",
    "MX$": "MXN",
    "MXN$": "MXN",
    "mxn$": "MXN",
    "F CFA": "XOF",
    "FCFA": "XOF",
}

# words right after "$" (case-insensitive) that name the dollar: "16,4 M$ CA", "$ US", "$ c"
DOLLAR_SYMBOL_QUALIFIERS: dict[str, str] = {
    "us": "USD",
    "usd": "USD",
    "ca": "CAD",
    "can": "CAD",
    "cad": "CAD",
    "c": "CAD",
    "aud": "AUD",
    "hk": "HKD",
    "hkd": "HKD",
    "nz": "NZD",
    "nzd": "NZD",
    "sg": "SGD",
    "sgd": "SGD",
}

# ISO 4217 codes recognized in upper case, before or after a number ("EUR 29,99", "1000 CHF").
# Codes that are also common words or acronyms (ALL, TOP, CUP, MOP, BOB) are left out.
ISO_CODES: tuple[str, ...] = (
    "USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "KRW",
    "INR", "RUB", "BRL", "MXN", "ARS", "CLP", "COP", "PEN", "ZAR", "NGN", "EGP", "MAD", "DZD",
    "TND", "XOF", "XAF", "XPF", "SEK", "NOK", "DKK", "ISK", "PLN", "CZK", "HUF", "RON", "BGN",
    "TRY", "ILS", "SAR", "AED", "QAR", "KWD", "BHD", "OMR", "IRR", "PKR", "IDR", "MYR", "THB",
    "VND", "PHP", "UAH", "KZT", "HTG", "GHS", "KES", "ETB", "CDF", "GNF", "MGA", "XCD", "FRF",
    "DEM", "BEF", "ITL", "ESP", "NLG", "FIM", "LUF", "ATS", "PTE", "GRD",
)  # fmt: skip

# non-ISO codes with an ISO equivalent
CODE_ALIASES: dict[str, str] = {"RMB": "CNY"}

# codes also recognized in lower case ("150 millions de $ usd", "usd 15")
LOWERCASE_CODES: tuple[str, ...] = (
    "usd",
    "eur",
    "gbp",
    "chf",
    "cad",
    "aud",
    "nzd",
    "hkd",
    "mxn",
    "jpy",
    "cny",
)


# Words right before "un"/"une" that turn "un euro", "un centime" into a denial
# of any amount ("pas un euro n'a été versé", "sans un centime").
NOT_AMOUNT_BEFORE_UN: tuple[str, ...] = ("pas", "plus", "jamais", "sans", "ni", "pas même", "sans même")
# the same with one verb between: "il n'a pas touché un centime", "n'a jamais payé un euro"
NOT_AMOUNT_BEFORE_UN_VERB: tuple[str, ...] = ("pas", "plus", "jamais")

# The two CFA francs: West African (default) and Central African.
CFA_ZONES: tuple[str, ...] = ("XOF", "XAF")
# written forms of the CFA franc that do not say which one
CFA_SYMBOLS: tuple[str, ...] = ("F CFA", "FCFA")
CFA_QUALIFIERS: tuple[str, ...] = ("cfa",)
CFA_NAMES: tuple[str, ...] = ("fcfa",)

# Price words before a bare "livres", "couronnes", "lires" in the same sentence
# (verbs and nouns of price, payment and pay in news writing; lower case,
# matched case-insensitively).  Buying and selling verbs are left out: "il a
# acheté 12 livres" is about books.
PRICE_WORDS: tuple[str, ...] = (
    "coûte", "coûtent", "coûtait", "coûtaient", "coûté", "coûter", "coûtera", "coût",
    "prix", "tarif", "tarifs", "facture", "facturé", "facturée", "amende", "salaire", "salaires",
    "loyer", "loyers", "payer", "payé", "payée", "paie", "paye", "paient", "payait", "payaient",
    "vaut", "valent", "valait", "valaient", "gagne", "gagnent", "gagnait", "touche", "touchent",
    "redevance", "taxe", "pourboire", "billet", "ticket", "abonnement", "cotisation", "dépense",
    "dépensé", "dépenser", "économiser", "économisé", "rembourser", "remboursé", "versé", "verser",
    "smic", "pinte", "baril",
)  # fmt: skip
# PRICE_WORDS are looked for in the clause before the number (after the last ":" or
# ";" of the sentence), at most PRICE_WINDOW characters back; PRICE_RIGHT_BEFORE
# right before it ("il a acheté 12 livres pour 300 livres").
PRICE_WINDOW = 50
PRICE_RIGHT_BEFORE: tuple[str, ...] = ("pour",)

# Country context of the currencies a name may stand for (see the module doc).
COUNTRY_CONTEXT: dict[str, tuple[str, ...]] = {
    "GBP": (
        "Royaume-Uni", "Grande-Bretagne", "britannique", "britanniques", "Angleterre", "anglaise",
        "anglaises", "Écosse", "écossais", "écossaise", "Pays de Galles", "gallois", "Irlande du Nord",
        "Londres", "londonien", "londonienne", "Manchester", "Liverpool", "Birmingham", "Édimbourg",
        "Glasgow", "outre-Manche", "Downing Street", "Brexit", "Banque d'Angleterre", "sterling",
    ),
    "EGP": ("Égypte", "égyptien", "égyptienne", "égyptiens", "égyptiennes", "Le Caire", "Alexandrie"),
    "LBP": ("Liban", "libanais", "libanaise", "libanaises", "Beyrouth"),
    "SYP": ("Syrie", "syrien", "syrienne", "syriens", "syriennes", "Damas", "Alep"),
    "SDG": ("Soudan", "soudanais", "soudanaise", "Khartoum"),
    "TRY": ("Turquie", "turc", "turque", "turcs", "turques", "Ankara", "Istanbul"),
    "CHF": (
        "Suisse", "suisses", "helvétique", "helvétiques", "Genève", "genevois", "genevoise", "Zurich",
        "zurichois", "Lausanne", "vaudois", "vaudoise", "Berne", "Bâle", "Lugano", "Neuchâtel",
        "Valais", "valaisan", "valaisanne", "BNS", "Banque nationale suisse",
    ),
    "XOF": (
        "Sénégal", "sénégalais", "sénégalaise", "Côte d'Ivoire", "ivoirien", "ivoirienne", "ivoiriens",
        "Mali", "malien", "malienne", "maliens", "Burkina Faso", "burkinabè", "burkinabé", "Niger",
        "nigérien", "nigérienne", "Bénin", "béninois", "béninoise", "Togo", "togolais", "togolaise",
        "Guinée-Bissau", "Dakar", "Abidjan", "Bamako", "Ouagadougou", "Niamey", "Cotonou", "Lomé",
        "UEMOA", "BCEAO",
    ),
    "XAF": (
        "Cameroun", "camerounais", "camerounaise", "Gabon", "gabonais", "gabonaise", "Tchad", "tchadien",
        "tchadienne", "Centrafrique", "centrafricain", "centrafricaine", "Guinée équatoriale",
        "équato-guinéen", "Congo-Brazzaville", "Brazzaville", "Yaoundé", "Douala", "Libreville",
        "N'Djamena", "Bangui", "Malabo", "CEMAC", "BEAC",
    ),
    "XPF": ("Polynésie", "polynésien", "polynésienne", "Nouvelle-Calédonie", "calédonien", "calédonienne",
            "Wallis-et-Futuna", "Papeete", "Nouméa"),
    "CDF": ("RDC", "République démocratique du Congo", "Kinshasa", "congolais de Kinshasa"),
    "GNF": ("Conakry", "guinéen", "guinéenne", "guinéens"),
    "RWF": ("Rwanda", "rwandais", "rwandaise", "Kigali"),
    "BIF": ("Burundi", "burundais", "burundaise", "Bujumbura", "Gitega"),
    "DJF": ("Djibouti", "djiboutien", "djiboutienne"),
    "KMF": ("Comores", "comorien", "comorienne", "Moroni"),
    "INR": ("Inde", "indien", "indienne", "indiens", "indiennes", "New Delhi", "Bombay", "Mumbai",
            "Bangalore", "Calcutta", "Chennai"),
    "PKR": ("Pakistan", "pakistanais", "pakistanaise", "Islamabad", "Karachi", "Lahore"),
    "LKR": ("Sri Lanka", "srilankais", "sri-lankais", "sri-lankaise", "Colombo"),
    "NPR": ("Népal", "népalais", "népalaise", "Katmandou"),
    "MUR": ("île Maurice", "mauricien", "mauricienne", "mauriciens", "Port-Louis"),
    "IDR": ("Indonésie", "indonésien", "indonésienne", "Jakarta", "Bali"),
    "SCR": ("Seychelles", "seychellois", "seychelloise"),
    "MAD": ("Maroc", "marocain", "marocaine", "marocains", "marocaines", "Rabat", "Casablanca",
            "Marrakech", "Tanger", "Fès", "Bank Al-Maghrib"),
    "AED": ("Émirats", "émirati", "émiratie", "émiratis", "Dubaï", "Abou Dhabi", "Abu Dhabi"),
    "DZD": ("Algérie", "algérien", "algérienne", "algériens", "Alger", "Oran"),
    "TND": ("Tunisie", "tunisien", "tunisienne", "tunisiens", "Tunis", "Sfax"),
    "KWD": ("Koweït", "koweïtien", "koweïtienne"),
    "IQD": ("Irak", "irakien", "irakienne", "Bagdad"),
    "JOD": ("Jordanie", "jordanien", "jordanienne", "Amman"),
    "LYD": ("Libye", "libyen", "libyenne", "Benghazi"),
    "RSD": ("Serbie", "serbe", "Belgrade"),
    "BHD": ("Bahreïn", "bahreïni", "Manama"),
    "SAR": ("Arabie saoudite", "saoudien", "saoudienne", "saoudiens", "Riyad", "Djeddah"),
    "QAR": ("Qatar", "qatari", "qatarie", "qatarien", "qatarienne", "Doha"),
    "IRR": ("Iran", "iranien", "iranienne", "iraniens", "Téhéran"),
    "OMR": ("Oman", "omanais", "omanaise", "Mascate"),
    "YER": ("Yémen", "yéménite", "Sanaa", "Aden"),
    "SEK": ("Suède", "suédois", "suédoise", "Stockholm", "Göteborg", "Riksbank"),
    "NOK": ("Norvège", "norvégien", "norvégienne", "Oslo", "Bergen"),
    "DKK": ("Danemark", "danois", "danoise", "Copenhague"),
    "CZK": ("Tchéquie", "République tchèque", "tchèque", "Prague", "Brno"),
    "ISK": ("Islande", "islandais", "islandaise", "Reykjavik"),
    "MXN": ("Mexique", "mexicain", "mexicaine", "mexicains", "Mexico", "Guadalajara"),
    "ARS": ("Argentine", "argentin", "argentine", "argentins", "Buenos Aires"),
    "COP": ("Colombie", "colombien", "colombienne", "Bogota", "Medellín", "Medellin"),
    "CLP": ("Chili", "chilien", "chilienne", "Santiago du Chili"),
    "PHP": ("Philippines", "philippin", "philippine", "Manille"),
    "CUP": ("Cuba", "cubain", "cubaine", "La Havane"),
    "UYU": ("Uruguay", "uruguayen", "uruguayenne", "Montevideo"),
    "DOP": ("République dominicaine", "dominicain", "dominicaine", "Saint-Domingue"),
    "KES": ("Kenya", "kényan", "kényane", "kenyan", "Nairobi", "Mombasa"),
    "UGX": ("Ouganda", "ougandais", "ougandaise", "Kampala"),
    "TZS": ("Tanzanie", "tanzanien", "tanzanienne", "Dodoma", "Dar es Salaam"),
    "SOS": ("Somalie", "somalien", "somalienne", "Mogadiscio"),
    "ZMW": ("Zambie", "zambien", "zambienne", "Lusaka"),
    "MWK": ("Malawi", "malawite", "Lilongwe"),
    "CVE": ("Cap-Vert", "capverdien", "capverdienne", "Praia"),
    "HUF": ("Hongrie", "hongrois", "hongroise", "Budapest"),
    "AWG": ("Aruba", "arubais"),
}  # fmt: skip
