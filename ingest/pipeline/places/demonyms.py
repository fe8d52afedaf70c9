"""Country aliases and demonyms (facts, hand-written)."""

from __future__ import annotations

from ingest.pipeline.places.normalize import fold

# ISO code -> (other names the news uses, demonyms and adjectives).
COUNTRY_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "AF": ((), ("Afghan", "Afghans")),
    "AM": ((), ("Armenian", "Armenians")),
    "AO": ((), ("Angolan", "Angolans")),
    "AU": ((), ("Australian", "Australians")),
    "AZ": ((), ("Azerbaijani", "Azerbaijanis", "Azeri")),
    "BD": ((), ("Bangladeshi", "Bangladeshis")),
    "BF": ((), ("Burkinabe", "Burkinabè")),
    "BI": ((), ("Burundian", "Burundians")),
    "BJ": ((), ("Beninese",)),
    "BR": ((), ("Brazilian", "Brazilians")),
    "BY": ((), ("Belarusian", "Belarusians")),
    "CA": ((), ("Canadian", "Canadians")),
    "CD": (
        ("DRC", "DR Congo", "D.R. Congo", "Democratic Republic of Congo", "Congo-Kinshasa"),
        ("Congolese",),
    ),
    "CF": (("CAR", "Central African Republic"), ("Central African",)),
    "CG": (("Congo-Brazzaville", "Republic of Congo"), ()),
    "CI": (("Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"), ("Ivorian", "Ivorians")),
    "CM": ((), ("Cameroonian", "Cameroonians")),
    "CN": ((), ("Chinese",)),
    "CO": ((), ("Colombian", "Colombians")),
    "CU": ((), ("Cuban", "Cubans")),
    "CZ": (("Czech Republic", "Czechia"), ("Czech",)),
    "DE": ((), ("German", "Germans")),
    "DZ": ((), ("Algerian", "Algerians")),
    "EC": ((), ("Ecuadorian", "Ecuadorians")),
    "EG": ((), ("Egyptian", "Egyptians")),
    "ER": ((), ("Eritrean", "Eritreans")),
    "ES": ((), ("Spanish", "Spaniards")),
    "ET": ((), ("Ethiopian", "Ethiopians")),
    "FR": ((), ("French",)),
    "GB": (
        ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom"),
        ("British", "Briton", "Britons"),
    ),
    "GE": ((), ("Georgian", "Georgians")),
    "GH": ((), ("Ghanaian", "Ghanaians")),
    "GN": ((), ("Guinean", "Guineans")),
    "GT": ((), ("Guatemalan", "Guatemalans")),
    "HN": ((), ("Honduran", "Hondurans")),
    "HT": ((), ("Haitian", "Haitians")),
    "IN": ((), ("Indian", "Indians")),
    "IQ": ((), ("Iraqi", "Iraqis")),
    "IR": ((), ("Iranian", "Iranians")),
    "IL": ((), ("Israeli", "Israelis")),
    "IT": ((), ("Italian", "Italians")),
    "JO": ((), ("Jordanian", "Jordanians")),
    "JP": ((), ("Japanese",)),
    "KE": ((), ("Kenyan", "Kenyans")),
    "KP": (("North Korea", "DPRK"), ("North Korean", "North Koreans")),
    "KR": (("South Korea",), ("South Korean", "South Koreans")),
    "LB": ((), ("Lebanese",)),
    "LY": ((), ("Libyan", "Libyans")),
    "MA": ((), ("Moroccan", "Moroccans")),
    "MD": ((), ("Moldovan", "Moldovans")),
    "ML": ((), ("Malian", "Malians")),
    "MM": (("Burma",), ("Burmese", "Myanmar's")),
    "MR": ((), ("Mauritanian", "Mauritanians")),
    "MX": ((), ("Mexican", "Mexicans")),
    "MZ": ((), ("Mozambican", "Mozambicans")),
    "NE": ((), ("Nigerien", "Nigeriens")),
    "NG": ((), ("Nigerian", "Nigerians")),
    "NI": ((), ("Nicaraguan", "Nicaraguans")),
    "PE": ((), ("Peruvian", "Peruvians")),
    "PH": ((), ("Filipino", "Filipinos", "Philippine")),
    "PK": ((), ("Pakistani", "Pakistanis")),
    "PL": ((), ("Polish", "Poles")),
    "PS": (
        ("Palestine", "State of Palestine", "Palestinian territories", "occupied territories"),
        ("Palestinian", "Palestinians"),
    ),
    "RU": (("Russian Federation",), ("Russian", "Russians")),
    "RW": ((), ("Rwandan", "Rwandans")),
    "SA": ((), ("Saudi", "Saudis")),
    "SD": ((), ("Sudanese",)),
    "SN": ((), ("Senegalese",)),
    "SO": ((), ("Somali", "Somalis")),
    "SS": ((), ("South Sudanese",)),
    "SV": ((), ("Salvadoran", "Salvadorans")),
    "SY": ((), ("Syrian", "Syrians")),
    "TD": ((), ("Chadian", "Chadians")),
    "TN": ((), ("Tunisian", "Tunisians")),
    "TR": (("Türkiye", "Turkiye"), ("Turkish", "Turks")),
    "TZ": ((), ("Tanzanian", "Tanzanians")),
    "UA": ((), ("Ukrainian", "Ukrainians")),
    "UG": ((), ("Ugandan", "Ugandans")),
    "US": (
        ("US", "U.S.", "USA", "U.S.A.", "United States of America", "America"),
        ("American", "Americans"),
    ),
    "VE": ((), ("Venezuelan", "Venezuelans")),
    "YE": ((), ("Yemeni", "Yemenis")),
    "ZA": ((), ("South African", "South Africans")),
    "ZW": ((), ("Zimbabwean", "Zimbabweans")),
}

# Short upper-case aliases match only as written, so "us" and "car" stay words.
CASE_SENSITIVE_ALIASES = frozenset({"US", "UK", "USA", "DRC", "CAR", "DPRK", "UAE"})

_DEMONYMS: dict[str, str] = {
    fold(word): code for code, (_, words) in COUNTRY_WORDS.items() for word in words
}


def country_for_demonym(word: str) -> str | None:
    """ISO code for a demonym or adjective ("Sudanese" -> "SD"), or None."""
    key = fold(word)
    if key.endswith(" s"):  # "Myanmar's" folds to "myanmar s"
        key = key[:-2]
    return _DEMONYMS.get(key)
