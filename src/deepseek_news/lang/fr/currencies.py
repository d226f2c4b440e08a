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
