"""More armed groups and named units of states' forces, with the aliases news reports use.

General knowledge, by region: each entry is (canonical name, ISO2 of its home country, alias
regexes, regex flags), in the format of ``actor_tables.ARMED_GROUPS``, which this list extends.
Units of a state's forces ("FARDC", "Frontier Corps", "CRPF") carry the state's actor name
(``Military Forces of <Country>``), so they read as that state. Acronyms shared with other bodies
count only before a fighters noun or in a text that goes on to name the group's home ground.
"""

from __future__ import annotations

_CS = 0
_FIGHTERS = r"(?=\s+(?:rebels?|fighters|militants?|militia(?:men)?|gunmen|forces|members|group))"


def _context(*words: str) -> str:
    """A lookahead: the text goes on to name one of ``words`` (the group's home ground)."""
    return r"(?=[\s\S]{0,3000}?\b(?:" + "|".join(words) + r"))"


def _state(country: str) -> str:
    return f"Military Forces of {country}"


EXTRA_ARMED_GROUPS: list[tuple[str, str | None, list[str], int]] = [
    # Al-Qaeda's regional branches go by their own names (the longer match wins over al-Qaeda).
    (
        "AQAP",
        "YE",
        [r"AQAP", r"[Aa]l[\s-]Qa'?[ei]da\s+in\s+the\s+Arabian\s+Peninsula"],
        _CS,
    ),
    (
        "AQIM",
        "DZ",
        [r"AQIM", r"[Aa]l[\s-]Qa'?[ei]da\s+in\s+the\s+Islamic\s+Maghreb"],
        _CS,
    ),
    # South and Southeast Asia
    (
        "CPI (Maoist)",
        "IN",
        [
            r"CPI\s*\(\s*Maoist\s*\)",
            r"Communist\s+Party\s+of\s+India\s*\(\s*Maoist\s*\)",
            r"Naxal(?:ite)?s",
            r"Naxal(?:ite)?\s+(?:rebels|insurgents|cadres|guerrillas|militants)",
            # "Maoists" elsewhere (Nepal's party, the Philippines' NPA) only in an Indian report.
            r"(?<!anti-)Maoists?(?:\s+(?:rebels|insurgents|cadres|guerrillas))?"
            + _context(
                "India",
                "Indian",
                "Chhattisgarh",
                "Jharkhand",
                "Odisha",
                "Bastar",
                "Gadchiroli",
                "Telangana",
                "Maharashtra",
                "Naxal",
            ),
        ],
        _CS,
    ),
    (
        "Barisan Revolusi Nasional",
        "TH",
        [r"Barisan\s+Revolusi\s+Nasional(?:-Koordinasi)?", r"BRN(?:-C)?"],
        _CS,
    ),
    ("Jaish-e-Mohammed", "PK", [r"Jaish-e-Moha?mm[ae]d", r"JeM"], _CS),
    ("Lashkar-e-Taiba", "PK", [r"Lashkar-e-Ta[iy]y?[ei]?ba", r"LeT"], _CS),
    ("The Resistance Front", "IN", [r"The\s+Resistance\s+Front", r"TRF" + _FIGHTERS], _CS),
    ("Hizbul Mujahideen", "IN", [r"Hizb(?:ul|-ul-)\s*Mujahideen"], _CS),
    ("Lashkar-e-Jhangvi", "PK", [r"Lashkar-e-Jhangvi", r"LeJ"], _CS),
    ("Jaish al-Adl", "IR", [r"Jaish\s+al-Adl"], _CS),
    (
        "Baloch Liberation Front",
        "PK",
        [r"Baloch(?:istan)?\s+Liberation\s+Front", r"BLF"],
        _CS,
    ),
    (
        "National Resistance Front",
        "AF",
        [
            r"National\s+Resistance\s+Front(?=[\s\S]{0,3000}?\b(?:Afghan|Taliban|Panjshir))",
            r"NRF" + _context("Afghan", "Taliban", "Panjshir"),
        ],
        _CS,
    ),
    (
        "United Liberation Front of Asom",
        "IN",
        [r"United\s+Liberation\s+Front\s+of\s+As(?:om|sam)", r"ULFA(?:-I)?"],
        _CS,
    ),
    ("NSCN", "IN", [r"NSCN(?:\s*\([A-Z-]+\)|-[A-Z]+)?", r"National\s+Socialist\s+Council"], _CS),
    (
        "Arakan Rohingya Salvation Army",
        "MM",
        [r"Arakan\s+Rohingya\s+Salvation\s+Army", r"ARSA"],
        _CS,
    ),
    (
        "Karenni Nationalities Defence Force",
        "MM",
        [r"Karenni\s+Nationalities\s+Defen[cs]e\s+Forces?", r"KNDF"],
        _CS,
    ),
    ("Karen National Union", "MM", [r"Karen\s+National\s+Union", r"KNU"], _CS),
    ("Chin National Army", "MM", [r"Chin\s+National\s+(?:Army|Front)"], _CS),
    (
        "Moro Islamic Liberation Front",
        "PH",
        [r"Moro\s+Islamic\s+Liberation\s+Front", r"MILF"],
        _CS,
    ),
    # Middle East
    (
        "Popular Mobilization Forces",
        "IQ",
        [
            r"Popular\s+Mobili[sz]ation\s+(?:Forces|Units|Committees)",
            r"PMF",
            r"(?:al-)?Hashd\s+al-Shaabi",
        ],
        _CS,
    ),
    ("Kataib Hezbollah", "IQ", [r"Kata'?ib\s+Hi?[ez]b[ou]llah"], _CS),
    ("Islamic Resistance in Iraq", "IQ", [r"Islamic\s+Resistance\s+in\s+Iraq"], _CS),
    ("Sinjar Resistance Units", "IQ", [r"Sinjar\s+Resistance\s+Units", r"YB[SŞ]"], _CS),
    ("People's Protection Units", "SY", [r"People'?s\s+Protection\s+Units", r"YPG"], _CS),
    (
        "Syrian National Army",
        "SY",
        [
            r"Syrian\s+National\s+Army",
            r"SNA" + _context("Syria", "Turkish", "Turkey", "Kurdish", "Afrin", "Manbij"),
        ],
        _CS,
    ),
    (
        "Druze militia",
        "SY",
        [r"Druze\s+(?:militias?|militiamen|fighters|gunmen|armed\s+groups?|factions?)"],
        _CS,
    ),
    (
        "Bedouin tribal militia",
        "SY",
        [
            r"Bedouin\s+(?:tribal\s+)?(?:militias?|militiamen|fighters|gunmen|armed\s+groups?|"
            r"tribesmen)"
        ],
        _CS,
    ),
    (
        "Southern Transitional Council",
        "YE",
        [
            r"Southern\s+Transitional\s+Council",
            r"STC" + _context("Yemen", "Aden", "Abyan", "Houthi"),
            r"Security\s+Belt\s+Forces?",
        ],
        _CS,
    ),
    (
        "Radaa",
        "LY",
        [
            r"Rada'?a(?=\s+\(?(?:Deterrence|force|forces|militia|fighters))",
            r"Radaa" + _context("Tripoli", "Libya"),
            r"Special\s+Deterrence\s+Forces?",
            r"Deterrence\s+Apparatus",
        ],
        _CS,
    ),
    # Africa
    ("Macawisley", "SO", [r"Ma'?awisley", r"Macawisley"], _CS),
    (
        "Puntland",
        "SO",
        [
            r"Puntland(?:'s)?\s+(?:security\s+)?(?:forces|troops|soldiers|army|Defen[cs]e\s+Forces)",
            r"Puntland\s+(?:Security|Maritime\s+Police)\s+Forces?",
            r"PMPF",
        ],
        _CS,
    ),
    (
        "FDLR",
        "RW",
        [r"FDLR", r"Democratic\s+Forces\s+for\s+the\s+Liberation\s+of\s+Rwanda"],
        _CS,
    ),
    ("Mai-Mai", "CD", [r"Ma[iy]i?[\s-]Ma[iy]i?(?:\s+militias?)?"], _CS),
    ("Twirwaneho", "CD", [r"Twirwaneho"], _CS),
    ("Anti-balaka", "CF", [r"[Aa]nti-[Bb]alaka"], _CS),
    (
        "Sudan Liberation Movement",
        "SD",
        [
            r"Sudan\s+Liberation\s+(?:Movement|Army)(?:[\s/-]+(?:Abdel\s+Wahid|Minni\s+Minawi))?",
            r"SLM/A(?:-[A-Z]+)?",
            r"SLA-(?:AW|MM)",
            r"SLM-(?:AW|MM)",
        ],
        _CS,
    ),
    (
        "SPLM-N",
        "SD",
        [r"SPLM-N(?:\s+al-Hilu)?", r"Sudan\s+People'?s\s+Liberation\s+Movement[\s-]+North"],
        _CS,
    ),
    (
        "Justice and Equality Movement",
        "SD",
        [r"Justice\s+and\s+Equality\s+Movement", r"JEM" + _context("Sudan", "Darfur")],
        _CS,
    ),
    (
        "Azawad Liberation Front",
        "ML",
        [
            r"Azawad\s+Liberation\s+Front",
            r"FLA" + _context("Mali", "Azawad", "Kidal"),
            r"CSP-DPA",
            r"Coordination\s+of\s+(?:the\s+)?Azawad\s+Movements",
            r"CMA" + _context("Mali", "Azawad", "Kidal"),
        ],
        _CS,
    ),
    (
        "Volunteers for the Defence of the Homeland",
        "BF",
        [r"Volunteers\s+for\s+the\s+Defen[cs]e\s+of\s+the\s+Homeland", r"VDPs?"],
        _CS,
    ),
    ("Civilian Joint Task Force", "NG", [r"Civilian\s+Joint\s+Task\s+Force", r"CJTF"], _CS),
    (
        "Ambazonian Separatists",
        "CM",
        # Unnamed separatists in a report on Cameroon's Anglophone regions are Ambazonians.
        [
            r"(?:Anglophone\s+)?[Ss]eparatists?(?:\s+(?:fighters|militias?|rebels|gunmen))?"
            + _context("Cameroon", "Ambazonia", "North-West", "South-West", "Bamenda", "Buea")
        ],
        _CS,
    ),
    # Latin America
    (
        "Comando Vermelho",
        "BR",
        [r"Comando\s+Vermelho", r"Red\s+Command", r"CV(?=\s+(?:gang|faction|members|drug))"],
        _CS,
    ),
    (
        "Primeiro Comando da Capital",
        "BR",
        [
            r"Primeiro\s+Comando\s+da\s+Capital",
            r"First\s+Capital\s+Command",
            r"PCC" + _context("Brazil", "Paulo"),
        ],
        _CS,
    ),
    ("Los Zetas", "MX", [r"(?:Los\s+)?Zetas", r"Cartel\s+del\s+Noreste"], _CS),
    ("Santa Rosa de Lima Cartel", "MX", [r"Santa\s+Rosa\s+de\s+Lima\s+[Cc]artel"], _CS),
    ("MS-13", "SV", [r"MS-13", r"Mara\s+Salvatrucha"], _CS),
    ("Barrio 18", "SV", [r"Barrio\s+18", r"18th\s+Street\s+gang"], _CS),
    ("Shining Path", "PE", [r"Shining\s+Path", r"Sendero\s+Luminoso"], _CS),
    # Named units of states' forces.
    (
        _state("Democratic Republic of Congo"),
        "CD",
        [r"FARDC", r"Armed\s+Forces\s+of\s+the\s+Democratic\s+Republic\s+of\s+(?:the\s+)?Congo"],
        _CS,
    ),
    (_state("Mali"), "ML", [r"FAMa", r"Malian\s+Armed\s+Forces"], _CS),
    (_state("Uganda"), "UG", [r"UPDF", r"Uganda\s+People'?s\s+Defen[cs]e\s+Forces?"], _CS),
    (
        _state("South Sudan"),
        "SS",
        [r"SSPDF", r"South\s+Sudan\s+People'?s\s+Defen[cs]e\s+Forces?"],
        _CS,
    ),
    (
        _state("Ethiopia"),
        "ET",
        [r"ENDF", r"Ethiopian\s+National\s+Defen[cs]e\s+Forces?"],
        _CS,
    ),
    (
        _state("Somalia"),
        "SO",
        [r"Somali\s+National\s+Army", r"SNA" + _context("Somali", "Shabaab"), r"Danab"],
        _CS,
    ),
    (
        _state("Pakistan"),
        "PK",
        [
            r"Frontier\s+Corps",
            r"FC(?=\s+(?:personnel|soldiers|troops|men|convoy|post|camp|check-?post|vehicle))",
            r"Counter[\s-]Terrorism\s+Department",
            r"Levies(?:\s+(?:force|personnel))?",
            r"Pakistan\s+Rangers",
        ],
        _CS,
    ),
    (
        _state("India"),
        "IN",
        [
            r"CRPF",
            r"Central\s+Reserve\s+Police\s+Force",
            r"BSF",
            r"Border\s+Security\s+Force",
            r"DRG" + _context("India", "Chhattisgarh", "Bijapur", "Sukma", "Bastar", "jawans"),
            r"District\s+Reserve\s+Guard",
            r"CoBRA",
            r"ITBP",
            r"Assam\s+Rifles",
            r"Rashtriya\s+Rifles",
        ],
        _CS,
    ),
    (
        _state("Iran"),
        "IR",
        [r"IRGC", r"(?:Islamic\s+)?Revolutionary\s+Guards?(?:\s+Corps)?"],
        _CS,
    ),
    (_state("Russia"), "RU", [r"Rosgvardia"], _CS),
    (_state("Ukraine"), "UA", [r"Armed\s+Forces\s+of\s+Ukraine", r"SBU"], _CS),
    (_state("Syria"), "SY", [r"Syrian\s+Arab\s+Army"], _CS),
    (
        _state("Philippines"),
        "PH",
        [r"Armed\s+Forces\s+of\s+the\s+Philippines", r"Philippine\s+National\s+Police", r"PNP"],
        _CS,
    ),
    (_state("Haiti"), "HT", [r"PNH", r"Haitian\s+National\s+Police"], _CS),
    (_state("Nigeria"), "NG", [r"Operation\s+Hadin\s+Kai"], _CS),
]

# The Islamic State's branch for a country where it has one province (ACLED codes claims there
# under the province): "Islamic State claimed the beheadings" in Mozambique is ISMP. Countries
# shared by two provinces (Niger, Pakistan) keep the parent name.
IS_PROVINCES: dict[str, str] = {
    "MZ": "Islamic State Mozambique Province",
    "SO": "Islamic State Somalia Province",
    "CD": "Allied Democratic Forces",
    "UG": "Allied Democratic Forces",
    "NG": "ISWAP",
    "TD": "ISWAP",
    "CM": "ISWAP",
    "ML": "Islamic State Sahel Province",
    "BF": "Islamic State Sahel Province",
    "AF": "Islamic State Khorasan",
}


def local_branch(name: str, country: str | None) -> str:
    """``Islamic State`` acting in a country with one IS province is that province."""
    if name == "Islamic State" and country in IS_PROVINCES:
        return IS_PROVINCES[country]
    return name
