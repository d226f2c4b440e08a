"""Currencies as written in French text: one record per currency.

Each :class:`Currency` gathers everything the amount scanner knows about one
currency: its ISO 4217 code, its French names (singular, plural, spelling
variants), the qualifiers that pick it when a name is shared ("francs
*suisses*"), its symbols and codes, the names of its hundredth, and the
places, demonyms and institutions of the countries where a shared name or
symbol means it.  The scanner's tables (amounts/_grammar.py) are derived from
these records only, so a currency added here works in every written form.

Sources:

- Codes: ISO 4217 list of active codes (Table A.1) and historic codes
  (Table A.3) for the pre-euro currencies still quoted in archives (FRF, BEF,
  DEM, NLG, ITL, ESP, FIM, ...), as published by the ISO 4217 maintenance
  agency (SIX Group).
- French names, genders and plurals: "Liste des unités monétaires" of the
  Office québécois de la langue française and the Journal officiel list of
  state names, adjectives and currencies (recommandation concernant les noms
  d'États, d'habitants, de capitales et de monnaies).
- Symbols and compound symbols (US$, C$, HK$, FCFA, ₾, ...): Unicode block
  Currency Symbols (U+20A0-U+20CF) and the symbols in the Banque de France and
  Banque du Canada style guides; "25 $", "3 M$" and "$ US" follow the
  Office québécois de la langue française (Banque de dépannage linguistique,
  "symbole du dollar").
- Country context: country and capital names, demonyms and central banks from
  the same Journal officiel list; for Canada, the provinces and territories,
  main cities, federal and provincial institutions and taxes (TPS, TVQ, TVH)
  named in Canadian news; for Switzerland, the cantons, main towns and federal
  institutions.

Conventions:

- A name, symbol or qualifier shared by several records is *ambiguous*; the
  record that lists it in ``primary`` is what it means when the context does
  not say otherwise ("livres" are pounds sterling, "$" is the dollar of the
  caller's ``default_currency``, "FCFA" the West African franc).  A shared form
  with no primary ("francs", "roupies", "pesos") stays unresolved (currency
  ``None``) when the context names none of its countries.
- ``caller_default``: the primary forms of this record resolve to the caller's
  ``default_currency`` (``DEFAULT``), not to the record's own code: a bare
  "dollars" or "$" is USD by default, and the caller may say otherwise.
- ``countries``: words of the countries where a shared form means this
  record; entries written in lower case also match capitalized, capitalized
  entries also match without the accent of their capital ("Egypte") and in
  capitals, with or without accents (a dateline "MONTRÉAL —", "GENEVE (ATS)
  -"), and a dateline counts in every paragraph.  A record with
  none (historic currencies, "francs français") is read only through its
  qualifier, symbol or code.
- ``code``: ``"both"`` (the ISO code is recognized in upper case before or
  after a number: "EUR 29,99", "1 000 GEL"), ``"after"`` (only after it: the
  code is also a common acronym, "la COP 28", "PHP 8"), ``"none"`` (the code is
  a common word: ALL, TOP, CUP, MOP, BOB, SOS).
- ``needs_context``: the name has a common non-monetary sense ("livres" as
  books or a weight, "couronnes", "lires"), so it is money only with a scale
  word ("millions de livres"), a qualifier ("livres sterling"), or a price in
  a named country (see ``PRICE_WORDS``).
- ``not_after_un``: "un franc succès", "un sol glissant": after the bare
  article-like number "un"/"une" the name is money only with a qualifier.
- ``subunits`` are worth one hundredth of the currency ("50 cents" = 0.5,
  "25 ¢" = 0.25).
  After a subunit, "de"/"d'" and a name of the currency (with or without its
  qualifier) say whose hundredth it is ("centimes d'euro", "cents de dollar
  canadien").
"""

from __future__ import annotations

from typing import Literal, NamedTuple

DEFAULT = "*"  # resolved to the caller's default_currency


class Currency(NamedTuple):
    """Everything written about one currency (see the module doc)."""

    iso: str  # ISO 4217 code (active or historic)
    names: tuple[str, ...] = ()  # lowercase French names, singular and plural, variants
    qualifiers: tuple[str, ...] = ()  # lowercase words after a shared name that pick this one
    symbols: tuple[str, ...] = ()  # case-sensitive, before or after the number
    after_symbol: tuple[str, ...] = ()  # lowercase words after a shared symbol ("$ CA", "$ US")
    codes: tuple[str, ...] = ()  # other codes for it in upper case ("RMB")
    code: Literal["both", "after", "none"] = "both"
    lowercase_code: bool = False  # the code is also recognized in lower case ("usd 15")
    subunits: tuple[str, ...] = ()  # names and signs of its hundredth ("cent", "cents", "¢")
    countries: tuple[str, ...] = ()  # where a shared form means this currency
    primary: tuple[str, ...] = ()  # shared forms that mean this currency without context
    caller_default: bool = False
    needs_context: bool = False
    not_after_un: bool = False


def _pl(*words: str) -> tuple[str, ...]:
    """Each word with its regular plural in -s ("canadien" -> "canadien", "canadiens")."""
    out: list[str] = []
    for w in words:
        out.append(w)
        if not w.endswith(("s", "x")):
            out.append(w + "s")
    return tuple(out)


def _fem(*words: str) -> tuple[str, ...]:
    """Masculine and feminine singular and plural of demonyms ("indien" -> "indienne"...)."""
    out: list[str] = []
    for w in words:
        if w.endswith("en"):
            out += _pl(w, w + "ne")
        elif w.endswith("ain") or w.endswith("ais") or w.endswith("ois"):
            out += _pl(w, w + "e")
        elif w.endswith("e"):
            out += _pl(w)
        else:
            out += _pl(w, w + "e")
    return tuple(dict.fromkeys(out))


_DOLLAR = ("dollar", "dollars")
_CENT = ("cent", "cents")
_DOLLAR_CENT = (*_CENT, "¢")  # "25 ¢" (Office québécois de la langue française)
_FRANC = ("franc", "francs")
_CENTIME = ("centime", "centimes")


CURRENCIES: tuple[Currency, ...] = (
    # --- dollars: "$" and "dollars" are the caller's default unless the country says otherwise
    Currency(
        "USD",
        _DOLLAR,
        qualifiers=(*_fem("américain"), "us", "usd", "des états-unis"),
        symbols=("$", "US$", "$US", "USD$", "usd$"),
        after_symbol=("us", "usd"),
        lowercase_code=True,
        subunits=_DOLLAR_CENT,
        countries=(
            "États-Unis", "Etats-Unis", *_fem("américain"), "Washington", "New York", "Wall Street",
            "Maison-Blanche", "Maison Blanche", "Réserve fédérale", "Fed", "Congrès américain",
            "Californie", "Texas", "Floride", "Chicago", "Los Angeles", "San Francisco",
            "Silicon Valley",
        ),
        primary=(*_DOLLAR, "$", *_DOLLAR_CENT),
        caller_default=True,
    ),
    Currency(
        "CAD",
        _DOLLAR,
        qualifiers=(*_fem("canadien"), "can", "cad", "ca"),
        symbols=("$", "C$", "CA$", "CAD$", "cad$", "$CA", "$CAN", "$CAD"),
        after_symbol=("ca", "can", "cad", "c"),
        lowercase_code=True,
        subunits=_DOLLAR_CENT,
        countries=(
            "Canada", *_fem("canadien"), "Québec", *_fem("québécois"), "Ottawa", "Montréal",
            *_fem("montréalais"), "Toronto", "Vancouver", "Calgary", "Edmonton", "Winnipeg", "Halifax",
            "Gatineau", "Sherbrooke", "Trois-Rivières", "Saguenay", "Lévis", "Longueuil",
            "Ontario", *_fem("ontarien"), "Alberta", *_fem("albertain"), "Colombie-Britannique",
            "Manitoba", "Saskatchewan", "Nouveau-Brunswick", "Nouvelle-Écosse", "Terre-Neuve",
            "Île-du-Prince-Édouard", "Acadie", "provincial", "provinciale",
            "provinciaux", "provinciales", "Assemblée nationale du Québec", "Hydro-Québec",
            "Banque du Canada", "Revenu Québec", "Agence du revenu du Canada",
            "Caisse de dépôt et placement", "TPS", "TVQ", "TVH", "Radio-Canada",
            "Yukon", "Nunavut", "Territoires du Nord-Ouest", "Loto-Québec",
            # "le fédéral" for the federal government is Canadian usage (Office québécois de
            # la langue française); the adjective alone is also American, Swiss, German
            "le fédéral", "du fédéral", "au fédéral",
        ),
    ),
    Currency(
        "AUD",
        _DOLLAR,
        qualifiers=(*_fem("australien"), "aud"),
        symbols=("$", "A$", "AU$", "AUD$", "aud$"),
        after_symbol=("aud",),
        lowercase_code=True,
        subunits=_DOLLAR_CENT,
        countries=("Australie", *_fem("australien"), "Sydney", "Melbourne", "Canberra", "Brisbane", "Perth"),
    ),
    Currency(
        "NZD",
        _DOLLAR,
        qualifiers=("néo-zélandais", "néozélandais", "nzd"),
        symbols=("$", "NZ$", "NZD$", "nzd$"),
        after_symbol=("nz", "nzd"),
        lowercase_code=True,
        subunits=_DOLLAR_CENT,
        countries=("Nouvelle-Zélande", *_fem("néo-zélandais"), "Wellington", "Auckland"),
    ),
    Currency(
        "HKD",
        _DOLLAR,
        qualifiers=("de hong kong", "de hongkong", "de hong-kong", *_fem("hongkongais"), "hk", "hkd"),
        symbols=("$", "HK$", "HKD$", "hkd$"),
        after_symbol=("hk", "hkd"),
        lowercase_code=True,
        subunits=_DOLLAR_CENT,
        countries=("Hong Kong", "Hongkong", "Hong-Kong", *_fem("hongkongais")),
    ),
    Currency(
        "SGD",
        _DOLLAR,
        qualifiers=("de singapour", *_fem("singapourien"), "sgd"),
        symbols=("$", "S$", "SG$"),
        after_symbol=("sg", "sgd"),
        subunits=_DOLLAR_CENT,
        countries=("Singapour", *_fem("singapourien")),
    ),
    Currency(
        "TWD",
        _DOLLAR,
        qualifiers=("taïwanais", "taiwanais", "de taïwan", "de taiwan"),
        symbols=("$", "NT$"),
        countries=("Taïwan", "Taiwan", *_fem("taïwanais"), "Taipei"),
    ),
    Currency("JMD", _DOLLAR, qualifiers=_fem("jamaïcain")),
    Currency("XCD", _DOLLAR, qualifiers=("des caraïbes orientales",)),
    Currency("BSD", _DOLLAR, qualifiers=_fem("bahaméen")),
    Currency("BBD", _DOLLAR, qualifiers=_fem("barbadien")),
    Currency("BZD", _DOLLAR, qualifiers=_fem("bélizien")),
    Currency("LRD", _DOLLAR, qualifiers=_fem("libérien")),
    Currency("NAD", _DOLLAR, qualifiers=_fem("namibien")),
    Currency("ZWL", _DOLLAR, qualifiers=_fem("zimbabwéen")),
    Currency("FJD", _DOLLAR, qualifiers=_fem("fidjien")),
    Currency("BND", _DOLLAR, qualifiers=_fem("brunéien")),
    Currency("GYD", _DOLLAR, qualifiers=_fem("guyanien")),
    Currency("TTD", _DOLLAR, qualifiers=_fem("trinidadien")),
    # --- euro and pound
    Currency(
        "EUR",
        ("euro", "euros"),
        symbols=("€",),
        lowercase_code=True,
        subunits=(*_CENT, *_CENTIME),
        primary=_CENTIME,
    ),
    Currency(
        "GBP",
        ("livre", "livres", "sterling"),
        qualifiers=("sterling", "sterlings", "britannique", "britanniques"),
        symbols=("£",),
        lowercase_code=True,
        subunits=("penny", "pence", "pennies"),
        countries=(
            "Royaume-Uni", "Grande-Bretagne", "britannique", "britanniques", "Angleterre", "anglaise",
            "anglaises", "Écosse", "écossais", "écossaise", "Pays de Galles", "gallois", "Irlande du Nord",
            "Londres", *_fem("londonien"), "Manchester", "Liverpool", "Birmingham", "Édimbourg",
            "Glasgow", "outre-Manche", "Downing Street", "Brexit", "Banque d'Angleterre", "sterling",
        ),
        primary=("livre", "livres"),
        needs_context=True,
    ),
    Currency(
        "EGP",
        ("livre", "livres"),
        qualifiers=_fem("égyptien"),
        countries=("Égypte", *_fem("égyptien"), "Le Caire", "Alexandrie"),
        needs_context=True,
    ),
    Currency(
        "LBP",
        ("livre", "livres"),
        qualifiers=_fem("libanais"),
        countries=("Liban", *_fem("libanais"), "Beyrouth"),
        needs_context=True,
    ),
    Currency(
        "SYP",
        ("livre", "livres"),
        qualifiers=_fem("syrien"),
        countries=("Syrie", *_fem("syrien"), "Damas", "Alep"),
        needs_context=True,
    ),
    Currency(
        "SDG",
        ("livre", "livres"),
        qualifiers=_fem("soudanais"),
        code="after",
        countries=("Soudan", *_fem("soudanais"), "Khartoum"),
        needs_context=True,
    ),
    Currency(
        "TRY",
        ("livre", "livres", "lire", "lires"),
        qualifiers=("turque", "turques"),
        symbols=("₺",),
        countries=("Turquie", "turc", "turque", "turcs", "turques", "Ankara", "Istanbul"),
        needs_context=True,
    ),
    Currency("ITL", ("lire", "lires"), qualifiers=_fem("italien"), needs_context=True),
    # --- Asia
    Currency("JPY", ("yen", "yens"), qualifiers=("japonais",), symbols=("¥",), lowercase_code=True),
    Currency(
        "CNY",
        ("yuan", "yuans", "renminbi", "renminbis"),
        qualifiers=("chinois",),
        symbols=("元",),
        codes=("RMB",),
        lowercase_code=True,
    ),
    Currency(
        "KRW",
        ("won", "wons"),
        qualifiers=_fem("sud-coréen"),
        symbols=("₩",),
        primary=("won", "wons"),
    ),
    Currency("KPW", ("won", "wons"), qualifiers=_fem("nord-coréen")),
    Currency(
        "INR",
        ("roupie", "roupies"),
        qualifiers=_fem("indien"),
        symbols=("₹",),
        subunits=("paisa", "paise"),
        countries=(
            "Inde", *_fem("indien"), "New Delhi", "Bombay", "Mumbai", "Bangalore", "Calcutta", "Chennai",
        ),
    ),
    Currency(
        "PKR",
        ("roupie", "roupies"),
        qualifiers=_fem("pakistanais"),
        countries=("Pakistan", *_fem("pakistanais"), "Islamabad", "Karachi", "Lahore"),
    ),
    Currency(
        "LKR",
        ("roupie", "roupies"),
        qualifiers=(*_fem("srilankais"), *_fem("sri-lankais")),
        countries=("Sri Lanka", *_fem("srilankais"), *_fem("sri-lankais"), "Colombo"),
    ),
    Currency(
        "NPR",
        ("roupie", "roupies"),
        qualifiers=_fem("népalais"),
        code="after",
        countries=("Népal", *_fem("népalais"), "Katmandou"),
    ),
    Currency(
        "MUR",
        ("roupie", "roupies"),
        qualifiers=_fem("mauricien"),
        countries=("île Maurice", *_fem("mauricien"), "Port-Louis"),
    ),
    Currency(
        "IDR",
        ("roupie", "roupies", "roupiah", "roupiahs", "rupiah", "rupiahs"),
        qualifiers=_fem("indonésien"),
        countries=("Indonésie", *_fem("indonésien"), "Jakarta", "Bali"),
    ),
    Currency(
        "SCR",
        ("roupie", "roupies"),
        qualifiers=_fem("seychellois"),
        countries=("Seychelles", *_fem("seychellois")),
    ),
    Currency("THB", ("baht", "bahts"), symbols=("฿",)),
    Currency("MYR", ("ringgit", "ringgits")),
    Currency("VND", ("dong", "dongs"), symbols=("₫",)),
    Currency("BDT", ("taka", "takas"), symbols=("৳",)),
    Currency("KZT", ("tenge", "tenges"), symbols=("₸",)),
    Currency("GEL", ("lari", "laris"), symbols=("₾",)),
    Currency("AMD", ("dram", "drams"), symbols=("֏",), code="after"),
    Currency("AZN", ("manat", "manats"), symbols=("₼",)),
    Currency("AFN", ("afghani", "afghanis"), symbols=("؋",)),
    Currency("ILS", ("shekel", "shekels", "shekalim", "sheqel", "sheqalim"), symbols=("₪",)),
    # --- Middle East and North Africa
    Currency(
        "MAD",
        ("dirham", "dirhams"),
        qualifiers=_fem("marocain"),
        countries=(
            "Maroc", *_fem("marocain"), "Rabat", "Casablanca", "Marrakech", "Tanger", "Fès",
            "Bank Al-Maghrib",
        ),
    ),
    Currency(
        "AED",
        ("dirham", "dirhams"),
        qualifiers=("émirati", "émiratis", "des émirats", "des émirats arabes unis"),
        countries=("Émirats", "émirati", "émiratie", "émiratis", "Dubaï", "Abou Dhabi", "Abu Dhabi"),
    ),
    Currency(
        "DZD",
        ("dinar", "dinars"),
        qualifiers=_fem("algérien"),
        countries=("Algérie", *_fem("algérien"), "Alger", "Oran"),
    ),
    Currency(
        "TND",
        ("dinar", "dinars"),
        qualifiers=_fem("tunisien"),
        countries=("Tunisie", *_fem("tunisien"), "Tunis", "Sfax"),
    ),
    Currency(
        "KWD", ("dinar", "dinars"), qualifiers=_fem("koweïtien"), countries=("Koweït", *_fem("koweïtien"))
    ),
    Currency(
        "IQD",
        ("dinar", "dinars"),
        qualifiers=_fem("irakien"),
        countries=("Irak", *_fem("irakien"), "Bagdad"),
    ),
    Currency(
        "JOD",
        ("dinar", "dinars"),
        qualifiers=_fem("jordanien"),
        countries=("Jordanie", *_fem("jordanien"), "Amman"),
    ),
    Currency(
        "LYD",
        ("dinar", "dinars"),
        qualifiers=_fem("libyen"),
        countries=("Libye", *_fem("libyen"), "Benghazi"),
    ),
    Currency(
        "RSD", ("dinar", "dinars"), qualifiers=("serbe", "serbes"), countries=("Serbie", "serbe", "Belgrade")
    ),
    Currency(
        "BHD",
        ("dinar", "dinars"),
        qualifiers=("bahreïni", "bahreïnis"),
        countries=("Bahreïn", "bahreïni", "Manama"),
    ),
    Currency(
        "SAR",
        ("riyal", "riyals", "rial", "rials"),
        qualifiers=_fem("saoudien"),
        countries=("Arabie saoudite", *_fem("saoudien"), "Riyad", "Djeddah"),
    ),
    Currency(
        "QAR",
        ("riyal", "riyals", "rial", "rials"),
        qualifiers=("qatari", "qataris", *_fem("qatarien")),
        countries=("Qatar", "qatari", "qatarie", *_fem("qatarien"), "Doha"),
    ),
    Currency(
        "IRR",
        ("riyal", "riyals", "rial", "rials"),
        qualifiers=_fem("iranien"),
        countries=("Iran", *_fem("iranien"), "Téhéran"),
    ),
    Currency(
        "OMR",
        ("riyal", "riyals", "rial", "rials"),
        qualifiers=_fem("omanais"),
        countries=("Oman", *_fem("omanais"), "Mascate"),
    ),
    Currency(
        "YER",
        ("riyal", "riyals", "rial", "rials"),
        qualifiers=("yéménite", "yéménites"),
        countries=("Yémen", "yéménite", "yéménites", "Sanaa", "Aden"),
    ),
    # --- francs
    Currency(
        "CHF",
        (*_FRANC, "fr."),  # "200 fr.", "Fr. 150.-": the Swiss abbreviations
        qualifiers=_fem("suisse"),
        symbols=("Fr.",),
        lowercase_code=True,
        subunits=_CENTIME,
        countries=(
            "Suisse", "suisses", "helvétique", "helvétiques", "Genève", *_fem("genevois"), "Zurich",
            *_fem("zurichois"), "Lausanne", *_fem("vaudois"), "Berne", "Bâle", "Lugano", "Neuchâtel",
            "Valais", *_fem("valaisan"), "BNS", "Banque nationale suisse",
            # cantons, towns and federal institutions (Chancellerie fédérale, "Les autorités
            # fédérales de la Confédération suisse")
            "Vaud", "Fribourg", *_fem("fribourgeois"), "Tessin", *_fem("tessinois"), *_fem("bernois"),
            *_fem("bâlois"), "Argovie", "Thurgovie", "Grisons", "Lucerne", "Saint-Gall", "Zoug",
            "Schaffhouse", "Soleure", "Appenzell", "Glaris", "Schwytz", "Nidwald", "Obwald",
            "Winterthour", "Bienne", "Montreux", "Conseil fédéral", "conseiller fédéral",
            "conseillère fédérale", "conseillers fédéraux", "Conseil des États", "FINMA",
        ),
        not_after_un=True,
    ),
    Currency(
        "XOF",
        (*_FRANC, "fcfa"),
        qualifiers=("cfa", "cfa (bceao)"),
        symbols=("F CFA", "FCFA"),
        subunits=_CENTIME,
        countries=(
            "Sénégal", *_fem("sénégalais"), "Côte d'Ivoire", *_fem("ivoirien"), "Mali", *_fem("malien"),
            "Burkina Faso", "Burkina", "burkinabè", "burkinabé", "burkinabés", "Niger", *_fem("nigérien"),
            "Bénin", *_fem("béninois"), "Togo", *_fem("togolais"), "Guinée-Bissau", "Dakar", "Abidjan",
            "Bamako", "Ouagadougou", "Niamey", "Cotonou", "Porto-Novo", "Lomé", "UEMOA", "BCEAO",
        ),
        primary=("fcfa", "cfa", "F CFA", "FCFA"),
        not_after_un=True,
    ),
    Currency(
        "XAF",
        (*_FRANC, "fcfa"),
        qualifiers=("cfa", "cfa (beac)"),
        symbols=("F CFA", "FCFA"),
        subunits=_CENTIME,
        countries=(
            "Cameroun", *_fem("camerounais"), "Gabon", *_fem("gabonais"), "Tchad", *_fem("tchadien"),
            "Centrafrique", *_fem("centrafricain"), "Guinée équatoriale", "équato-guinéen",
            "Congo-Brazzaville", "Brazzaville", "Yaoundé", "Douala", "Libreville", "N'Djamena",
            "Bangui", "Malabo", "CEMAC", "BEAC",
        ),
        not_after_un=True,
    ),
    Currency(
        "XPF",
        _FRANC,
        qualifiers=("cfp", "pacifique"),
        countries=(
            "Polynésie", *_fem("polynésien"), "Nouvelle-Calédonie", *_fem("calédonien"),
            "Wallis-et-Futuna", "Papeete", "Nouméa",
        ),
        not_after_un=True,
    ),
    Currency(
        "CDF",
        _FRANC,
        qualifiers=("congolais",),
        countries=("RDC", "République démocratique du Congo", "Kinshasa", "congolais de Kinshasa"),
        not_after_un=True,
    ),
    Currency(
        "GNF",
        _FRANC,
        qualifiers=_fem("guinéen"),
        countries=("Guinée", "Conakry", *_fem("guinéen")),
        not_after_un=True,
    ),
    Currency(
        "RWF",
        _FRANC,
        qualifiers=("rwandais",),
        countries=("Rwanda", *_fem("rwandais"), "Kigali"),
        not_after_un=True,
    ),
    Currency(
        "BIF",
        _FRANC,
        qualifiers=("burundais",),
        countries=("Burundi", *_fem("burundais"), "Bujumbura", "Gitega"),
        not_after_un=True,
    ),
    Currency(
        "DJF",
        _FRANC,
        qualifiers=_pl("djiboutien"),
        countries=("Djibouti", *_fem("djiboutien")),
        not_after_un=True,
    ),
    Currency(
        "KMF",
        _FRANC,
        qualifiers=_pl("comorien"),
        countries=("Comores", *_fem("comorien"), "Moroni"),
        not_after_un=True,
    ),
    Currency("FRF", _FRANC, qualifiers=("français",), subunits=_CENTIME, not_after_un=True),
    Currency("BEF", _FRANC, qualifiers=("belge", "belges"), not_after_un=True),
    Currency("LUF", _FRANC, qualifiers=("luxembourgeois",), not_after_un=True),
    # --- Europe
    Currency(
        "RUB",
        ("rouble", "roubles"),
        qualifiers=("russe", "russes"),
        symbols=("₽",),
        subunits=("kopeck", "kopecks", "kopek", "kopeks", "copeck", "copecks"),
        primary=("rouble", "roubles"),
    ),
    Currency("BYN", ("rouble", "roubles"), qualifiers=("biélorusse", "biélorusses")),
    Currency(
        "SEK",
        ("couronne", "couronnes"),
        qualifiers=_fem("suédois"),
        countries=("Suède", *_fem("suédois"), "Stockholm", "Göteborg", "Riksbank"),
        needs_context=True,
    ),
    Currency(
        "NOK",
        ("couronne", "couronnes"),
        qualifiers=_fem("norvégien"),
        countries=("Norvège", *_fem("norvégien"), "Oslo", "Bergen"),
        needs_context=True,
    ),
    Currency(
        "DKK",
        ("couronne", "couronnes"),
        qualifiers=_fem("danois"),
        countries=("Danemark", *_fem("danois"), "Copenhague"),
        needs_context=True,
    ),
    Currency(
        "CZK",
        ("couronne", "couronnes"),
        qualifiers=("tchèque", "tchèques"),
        symbols=("Kč",),
        countries=("Tchéquie", "République tchèque", "tchèque", "tchèques", "Prague", "Brno"),
        needs_context=True,
    ),
    Currency(
        "ISK",
        ("couronne", "couronnes"),
        qualifiers=_fem("islandais"),
        countries=("Islande", *_fem("islandais"), "Reykjavik"),
        needs_context=True,
    ),
    Currency("EEK", ("couronne", "couronnes"), qualifiers=_fem("estonien"), needs_context=True),
    Currency("SKK", ("couronne", "couronnes"), qualifiers=("slovaque", "slovaques"), needs_context=True),
    Currency("PLN", ("zloty", "zlotys", "złoty", "złotys"), symbols=("zł",)),
    Currency(
        "HUF",
        ("forint", "forints", "florin", "florins"),
        qualifiers=("hongrois",),
        countries=("Hongrie", *_fem("hongrois"), "Budapest"),
    ),
    Currency(
        "RON", ("leu", "lei"), qualifiers=_fem("roumain"), primary=("leu", "lei")
    ),
    Currency("MDL", ("leu", "lei"), qualifiers=("moldave", "moldaves")),
    Currency("BGN", ("lev", "leva", "levs")),
    Currency("UAH", ("hryvnia", "hryvnias", "hryvnas", "hryvna", "grivna", "grivnas"), symbols=("₴",)),
    Currency("HRK", ("kuna", "kunas")),
    Currency("ATS", ("shilling", "shillings", "schilling", "schillings"), qualifiers=_pl("autrichien")),
    Currency("PTE", ("escudo", "escudos"), qualifiers=("portugais",)),
    Currency("ESP", ("peseta", "pesetas")),
    Currency("GRD", ("drachme", "drachmes")),
    Currency(
        "DEM",
        ("mark", "marks", "deutschemark", "deutschemarks", "deutsche mark"),
        qualifiers=_pl("allemand"),
        not_after_un=True,
    ),
    Currency(
        "FIM", ("mark", "marks", "markka", "markkaa"), qualifiers=_fem("finlandais"), not_after_un=True
    ),
    Currency("NLG", ("florin", "florins"), qualifiers=("hollandais", "néerlandais")),
    Currency("AWG", ("florin", "florins"), qualifiers=("arubais",), countries=("Aruba", "arubais")),
    # --- Africa
    Currency("NGN", ("naira", "nairas"), symbols=("₦",)),
    Currency("GHS", ("cedi", "cedis"), subunits=("pesewa", "pesewas")),
    Currency(
        "ZAR", ("rand", "rands"), qualifiers=_fem("sud-africain"), not_after_un=True
    ),
    Currency(
        "KES",
        ("shilling", "shillings"),
        qualifiers=(*_fem("kényan"), *_fem("kenyan")),
        countries=("Kenya", *_fem("kényan"), *_fem("kenyan"), "Nairobi", "Mombasa"),
    ),
    Currency(
        "UGX",
        ("shilling", "shillings"),
        qualifiers=("ougandais",),
        countries=("Ouganda", *_fem("ougandais"), "Kampala"),
    ),
    Currency(
        "TZS",
        ("shilling", "shillings"),
        qualifiers=_pl("tanzanien"),
        countries=("Tanzanie", *_fem("tanzanien"), "Dodoma", "Dar es Salaam"),
    ),
    Currency(
        "SOS",
        ("shilling", "shillings"),
        qualifiers=_pl("somalien"),
        code="none",
        countries=("Somalie", *_fem("somalien"), "Mogadiscio"),
    ),
    Currency(
        "ZMW",
        ("kwacha", "kwachas"),
        qualifiers=_pl("zambien"),
        countries=("Zambie", *_fem("zambien"), "Lusaka"),
    ),
    Currency(
        "MWK",
        ("kwacha", "kwachas"),
        qualifiers=("malawite", "malawites"),
        countries=("Malawi", "malawite", "Lilongwe"),
    ),
    Currency("ETB", ("birr", "birrs")),
    Currency("MGA", ("ariary", "ariarys")),
    Currency("MRU", ("ouguiya", "ouguiyas")),
    Currency("GMD", ("dalasi", "dalasis")),
    Currency("AOA", ("kwanza", "kwanzas")),
    Currency("MZN", ("metical", "meticais", "meticals")),
    Currency("BWP", ("pula", "pulas")),
    Currency(
        "CVE",
        ("escudo", "escudos"),
        qualifiers=_pl("capverdien"),
        code="after",
        countries=("Cap-Vert", *_fem("capverdien"), "Praia"),
    ),
    # --- Americas
    Currency(
        "BRL",
        ("réal", "real", "reais", "réais", "réals", "reals"),
        qualifiers=_pl("brésilien"),
        symbols=("R$",),
        not_after_un=True,
    ),
    Currency(
        "MXN",
        ("peso", "pesos"),
        qualifiers=_pl("mexicain"),
        symbols=("MX$", "MXN$", "mxn$"),
        lowercase_code=True,
        countries=("Mexique", *_fem("mexicain"), "Mexico", "Guadalajara"),
    ),
    Currency(
        "ARS",
        ("peso", "pesos"),
        qualifiers=_pl("argentin"),
        countries=("Argentine", *_fem("argentin"), "Buenos Aires"),
    ),
    Currency(
        "COP",
        ("peso", "pesos"),
        qualifiers=_pl("colombien"),
        code="after",
        countries=("Colombie", *_fem("colombien"), "Bogota", "Medellín", "Medellin"),
    ),
    Currency(
        "CLP",
        ("peso", "pesos"),
        qualifiers=_pl("chilien"),
        countries=("Chili", *_fem("chilien"), "Santiago du Chili"),
    ),
    Currency(
        "PHP",
        ("peso", "pesos"),
        qualifiers=_pl("philippin"),
        symbols=("₱",),
        code="after",
        countries=("Philippines", *_fem("philippin"), "Manille"),
    ),
    Currency(
        "CUP",
        ("peso", "pesos"),
        qualifiers=_pl("cubain"),
        code="none",
        countries=("Cuba", *_fem("cubain"), "La Havane"),
    ),
    Currency(
        "UYU",
        ("peso", "pesos"),
        qualifiers=_pl("uruguayen"),
        countries=("Uruguay", *_fem("uruguayen"), "Montevideo"),
    ),
    Currency(
        "DOP",
        ("peso", "pesos"),
        qualifiers=_pl("dominicain"),
        countries=("République dominicaine", *_fem("dominicain"), "Saint-Domingue"),
    ),
    Currency("HTG", ("gourde", "gourdes"), qualifiers=_fem("haïtien"), not_after_un=True),
    Currency("VES", ("bolivar", "bolivars", "bolívar", "bolívares"), qualifiers=("vénézuélien",)),
    Currency(
        "PEN",
        ("sol", "sols", "soles", "nuevo sol", "nuevos soles"),
        qualifiers=_pl("péruvien"),
        not_after_un=True,
    ),
    Currency("GTQ", ("quetzal", "quetzals", "quetzales")),
    Currency("HNL", ("lempira", "lempiras")),
    Currency("BOB", ("boliviano", "bolivianos"), code="none"),
)  # fmt: skip

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

# Words right before "un"/"une" that turn "un euro", "un centime" into a denial
# of any amount ("pas un euro n'a été versé", "sans un centime").
NOT_AMOUNT_BEFORE_UN: tuple[str, ...] = ("pas", "plus", "jamais", "sans", "ni", "pas même", "sans même")
# the same with one verb between: "il n'a pas touché un centime", "n'a jamais payé un euro"
NOT_AMOUNT_BEFORE_UN_VERB: tuple[str, ...] = ("pas", "plus", "jamais")

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
