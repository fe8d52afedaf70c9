"""Hand-written fact tables for actors: country names, demonyms, capitals, armed groups, titles."""

from __future__ import annotations

import re

from ingest.pipeline.actor_titles import EXTRA_TITLES
from ingest.pipeline.armed_groups import EXTRA_ARMED_GROUPS

# ISO 3166-1 alpha-2 -> the short name used in actor names.
COUNTRY_NAMES: dict[str, str] = {
    "AF": "Afghanistan", "DZ": "Algeria", "AO": "Angola", "AM": "Armenia", "AZ": "Azerbaijan",
    "BD": "Bangladesh", "BY": "Belarus", "BF": "Burkina Faso", "BI": "Burundi",
    "CM": "Cameroon", "CF": "Central African Republic", "TD": "Chad", "CN": "China",
    "CO": "Colombia", "CD": "Democratic Republic of Congo", "EG": "Egypt", "ER": "Eritrea",
    "ET": "Ethiopia", "FR": "France", "DE": "Germany", "GB": "United Kingdom", "HT": "Haiti",
    "IN": "India", "ID": "Indonesia", "IR": "Iran", "IQ": "Iraq", "IL": "Israel",
    "JO": "Jordan", "KE": "Kenya", "LB": "Lebanon", "LY": "Libya", "ML": "Mali",
    "MX": "Mexico", "MA": "Morocco", "MZ": "Mozambique", "MM": "Myanmar", "NE": "Niger",
    "NG": "Nigeria", "KP": "North Korea", "PK": "Pakistan", "PS": "Palestine",
    "PH": "Philippines", "PL": "Poland", "RU": "Russia", "RW": "Rwanda", "SA": "Saudi Arabia",
    "SO": "Somalia", "ZA": "South Africa", "KR": "South Korea", "SS": "South Sudan",
    "SD": "Sudan", "SY": "Syria", "TR": "Turkey", "UG": "Uganda", "UA": "Ukraine",
    "AE": "United Arab Emirates", "US": "United States", "VE": "Venezuela", "YE": "Yemen",
    "TH": "Thailand", "LK": "Sri Lanka", "PE": "Peru", "EC": "Ecuador", "BR": "Brazil",
    "GE": "Georgia", "MD": "Moldova", "TN": "Tunisia", "MR": "Mauritania", "SN": "Senegal",
    "BJ": "Benin", "TG": "Togo", "GH": "Ghana", "CI": "Ivory Coast", "QA": "Qatar",
    "KW": "Kuwait", "OM": "Oman", "BH": "Bahrain", "NP": "Nepal", "TJ": "Tajikistan",
    "KG": "Kyrgyzstan", "UZ": "Uzbekistan", "KZ": "Kazakhstan", "HN": "Honduras",
    "GT": "Guatemala", "SV": "El Salvador", "NI": "Nicaragua", "CU": "Cuba",
}  # fmt: skip

# Alternative country names seen in news (-> ISO2).
COUNTRY_ALIASES: dict[str, str] = {
    "DR Congo": "CD", "DRC": "CD", "Congo": "CD", "the Democratic Republic of the Congo": "CD",
    "the US": "US", "the U.S.": "US", "the United States": "US", "America": "US",
    "the UK": "GB", "Britain": "GB", "Burma": "MM", "Gaza": "PS", "the Gaza Strip": "PS",
    "the West Bank": "PS", "Türkiye": "TR", "Côte d'Ivoire": "CI", "the CAR": "CF",
}  # fmt: skip

DEMONYMS: dict[str, str] = {
    "Russian": "RU", "Ukrainian": "UA", "Israeli": "IL", "Palestinian": "PS", "Iranian": "IR",
    "Syrian": "SY", "Iraqi": "IQ", "Lebanese": "LB", "Yemeni": "YE", "Saudi": "SA",
    "Sudanese": "SD", "South Sudanese": "SS", "Ethiopian": "ET", "Eritrean": "ER",
    "Somali": "SO", "Kenyan": "KE", "Ugandan": "UG", "Rwandan": "RW", "Congolese": "CD",
    "Burundian": "BI", "Nigerian": "NG", "Nigerien": "NE", "Malian": "ML", "Burkinabe": "BF",
    "Burkinabè": "BF", "Chadian": "TD", "Cameroonian": "CM", "Libyan": "LY", "Egyptian": "EG",
    "Algerian": "DZ", "Moroccan": "MA", "Mozambican": "MZ", "Afghan": "AF", "Pakistani": "PK",
    "Indian": "IN", "Bangladeshi": "BD", "Myanmar": "MM", "Burmese": "MM", "Thai": "TH",
    "Filipino": "PH", "Philippine": "PH", "Indonesian": "ID", "Chinese": "CN",
    "North Korean": "KP", "South Korean": "KR", "American": "US", "US": "US", "U.S.": "US",
    "British": "GB", "French": "FR", "German": "DE", "Polish": "PL", "Belarusian": "BY",
    "Turkish": "TR", "Armenian": "AM", "Azerbaijani": "AZ", "Georgian": "GE",
    "Colombian": "CO", "Venezuelan": "VE", "Mexican": "MX", "Haitian": "HT",
    "Peruvian": "PE", "Ecuadorian": "EC", "Brazilian": "BR", "Emirati": "AE",
    "Jordanian": "JO", "Tunisian": "TN", "Central African": "CF", "Mauritanian": "MR",
    "Beninese": "BJ", "Togolese": "TG", "Ghanaian": "GH", "Nepali": "NP", "Tajik": "TJ",
    "Kyrgyz": "KG", "Uzbek": "UZ", "Moldovan": "MD", "Sri Lankan": "LK",
}  # fmt: skip

# Capitals used for their governments ("Moscow launched ...").
CAPITALS: dict[str, str] = {
    "Moscow": "RU", "Kyiv": "UA", "Kiev": "UA", "Tehran": "IR", "Washington": "US",
    "Beijing": "CN", "Jerusalem": "IL", "Damascus": "SY", "Khartoum": "SD", "Kabul": "AF",
    "Islamabad": "PK", "Naypyidaw": "MM", "Bamako": "ML", "Kinshasa": "CD", "Kigali": "RW",
    "Mogadishu": "SO", "Addis Ababa": "ET", "Baghdad": "IQ", "Beirut": "LB", "Sanaa": "YE",
    "Minsk": "BY", "Pyongyang": "KP", "Ankara": "TR", "Riyadh": "SA", "Abuja": "NG",
    "Niamey": "NE", "Ouagadougou": "BF", "Bogota": "CO", "Caracas": "VE", "Port Sudan": "SD",
}  # fmt: skip

_CI = re.IGNORECASE
_CS = 0
# Named local groups that an "Islamic State-linked" descriptor may introduce.
_LOCAL_AFFILIATES = (
    r"Dawlah\s+Islamiyah|Dawla\s+Islamiya|Maute|Abu\s+Sayyaf|BIFF|Bangsamoro\s+Islamic"
    r"|Allied\s+Democratic|ADF|ISWAP|Boko\s+Haram|Ansar\s+al-Sunna|al-Shabaab"
)

# Acronyms shared with other bodies count only as rebels or in a text about the CAR.
_CAR_CONTEXT = (
    r"(?=\s+(?:rebels?|fighters|militia|armed\s+group|coalition)"
    r"|[\s\S]{0,3000}?\b(?:Central\s+African|Bangui))"
)

# (canonical name, ISO2 of its home country, alias regexes, regex flags)
ARMED_GROUPS: list[tuple[str, str | None, list[str], int]] = [
    (
        "Hamas",
        "PS",
        [r"Hamas", r"(?:Izz\s+ad-Din\s+)?al-Qassam\s+Brigades", r"Qassam\s+Brigades"],
        _CS,
    ),
    (
        "Palestinian Islamic Jihad",
        "PS",
        [
            r"Palestinian\s+Islamic\s+Jihad",
            r"Islamic\s+Jihad",
            r"PIJ",
            r"[Aa]l-Quds\s+Brigades?",
            r"Saraya\s+al-Quds",
        ],
        _CS,
    ),
    ("Hezbollah", "LB", [r"Hezbollah", r"Hizbollah", r"Hizballah", r"Hizbullah"], _CS),
    ("Houthis", "YE", [r"Houthis?", r"Huthis?", r"Ansar\s+Allah", r"Ansarallah"], _CS),
    ("Rapid Support Forces", "SD", [r"Rapid\s+Support\s+Forces?", r"RSF", r"Janjaweed"], _CS),
    (
        "Sudanese Armed Forces",
        "SD",
        [
            r"Sudanese\s+Armed\s+Forces",
            r"SAF",
            r"Sudanese\s+army",
            r"Sudan's\s+army",
            r"Military\s+Forces\s+of\s+Sudan",
        ],
        _CS,
    ),
    ("al-Shabaab", "SO", [r"[Aa]l[\s-]Shabaa?b", r"Shabaa?b", r"Harakat\s+al-Shabaab"], _CS),
    (
        "JNIM",
        "ML",
        [
            r"JNIM",
            r"Jama'?at\s+Nus?rat\s+al-Islam\s+wal-Muslimin",
            r"GSIM",
            r"Group\s+for\s+the\s+Support\s+of\s+Islam\s+and\s+Muslims",
        ],
        _CS,
    ),
    ("ISWAP", "NG", [r"ISWAP", r"Islamic\s+State\s+West\s+Africa(?:\s+Province)?"], _CS),
    (
        "Islamic State Sahel Province",
        "ML",
        [
            r"Islamic\s+State\s+(?:in\s+the\s+)?(?:Greater\s+)?Sahara",
            r"Islamic\s+State\s+(?:in\s+the\s+)?Sahel(?:\s+Province)?",
            r"ISGS",
            r"IS\s+Sahel",
        ],
        _CS,
    ),
    (
        "Islamic State Khorasan",
        "AF",
        [r"ISIS-K", r"IS-K", r"ISKP", r"Islamic\s+State\s+Khorasan(?:\s+Province)?"],
        _CS,
    ),
    ("Boko Haram", "NG", [r"Boko\s+Haram", r"JAS"], _CS),
    (
        "M23",
        "CD",
        [r"M23", r"March\s+23\s+Movement", r"AFC/M23", r"Alliance\s+Fleuve\s+Congo"],
        _CS,
    ),
    (
        "Allied Democratic Forces",
        "CD",
        # "ADF" is also the Australian Defence Force: the bare acronym counts only as a rebel
        # group or in a text that goes on to name the DRC, Uganda or the ADF's home areas.
        [
            r"Allied\s+Democratic\s+Forces",
            r"ADF(?=\s+(?:rebels?|militants?|fighters?|jihadists?|insurgents?|militia|group))",
            r"ADF(?=[\s\S]{0,3000}?\b(?:Congo|DRC|Uganda|Kivu|Ituri|Beni|Butembo|Lubero))",
            r"Islamic\s+State\s+Central\s+Africa(?:n)?\s+Province",
            r"ISCAP",
        ],
        _CS,
    ),
    ("CODECO", "CD", [r"CODECO"], _CS),
    ("Wazalendo", "CD", [r"Wazalendo"], _CS),
    (
        "Islamic State",
        None,
        [
            # A descriptor ("the pro-Islamic State group Dawlah Islamiyah", "an IS-linked
            # faction, the BIFF") yields to the named group that follows it.
            r"(?<!pro-)(?:Islamic\s+State|ISIS|ISIL|Daesh)"
            r"(?!\s+(?:West|Khorasan|Sahel|in\s+the|Central\s+Africa|Mozambique|Somalia"
            r"|East\s+Asia|Pakistan)\b)"
            r"(?!-(?:linked|affiliated|aligned|inspired|allied|backed|loyal)\b)",
            r"(?:(?<=pro-)(?:Islamic\s+State|ISIS|IS)"
            r"|(?:Islamic\s+State|ISIS|ISIL|IS)-(?:linked|affiliated|aligned|inspired|allied"
            r"|backed|loyal))"
            r"(?![\w\s'\-]{0,60}?\b(?:" + _LOCAL_AFFILIATES + r"))",
            r"IS\s+(?:militants|fighters|jihadists|group)",
        ],
        _CS,
    ),
    ("al-Qaeda", None, [r"[Aa]l[\s-]Qaeda", r"[Aa]l[\s-]Qaida"], _CS),
    (
        "Tehrik-i-Taliban Pakistan",
        "PK",
        [r"Tehrik-[ie]-Taliban\s+Pakistan", r"TTP", r"Pakistani\s+Taliban"],
        _CS,
    ),
    ("Balochistan Liberation Army", "PK", [r"Baloch(?:istan)?\s+Liberation\s+Army", r"BLA"], _CS),
    ("Taliban", "AF", [r"Taliban"], _CS),
    ("ELN", "CO", [r"ELN", r"National\s+Liberation\s+Army"], _CS),
    (
        "FARC dissidents",
        "CO",
        [r"FARC(?:\s+dissidents?)?", r"EMC", r"Estado\s+Mayor\s+Central"],
        _CS,
    ),
    ("Clan del Golfo", "CO", [r"Clan\s+del\s+Golfo", r"Gulf\s+Clan", r"AGC"], _CS),
    ("Wagner Group", "RU", [r"Wagner(?:\s+Group)?", r"Africa\s+Corps"], _CS),
    ("Arakan Army", "MM", [r"Arakan\s+Army"], _CS),
    ("People's Defence Force", "MM", [r"People'?s\s+Defen[cs]e\s+Forces?", r"PDFs?"], _CS),
    ("Fano", "ET", [r"Fano(?:\s+militia)?"], _CS),
    (
        "Tigray People's Liberation Front",
        "ET",
        [r"TPLF", r"Tigray\s+People'?s\s+Liberation\s+Front", r"Tigrayan\s+forces"],
        _CS,
    ),
    ("Hayat Tahrir al-Sham", "SY", [r"Hayat\s+Tahrir\s+al-Sham", r"HTS"], _CS),
    ("Syrian Democratic Forces", "SY", [r"Syrian\s+Democratic\s+Forces", r"SDF"], _CS),
    ("PKK", "TR", [r"PKK", r"Kurdistan\s+Workers'?\s+Party"], _CS),
    ("Ansaru", "NG", [r"Ansaru"], _CS),
    ("Lakurawa", "NG", [r"Lakurawa"], _CS),
    # Latin America
    ("Los Lobos", "EC", [r"Los\s+Lobos"], _CS),
    ("Los Choneros", "EC", [r"Los\s+Choneros"], _CS),
    ("Los Tiguerones", "EC", [r"Los\s+Tiguerones"], _CS),
    (
        "Jalisco New Generation Cartel",
        "MX",
        [r"CJNG", r"Jalisco\s+(?:New\s+Generation\s+)?[Cc]artel", r"Cartel\s+de\s+Jalisco"],
        _CS,
    ),
    (
        "Sinaloa Cartel",
        "MX",
        [r"Sinaloa\s+[Cc]artel", r"Cartel\s+de\s+Sinaloa", r"(?:Los\s+)?Chapitos"],
        _CS,
    ),
    ("Gulf Cartel", "MX", [r"Gulf\s+Cartel", r"Cartel\s+del\s+Golfo"], _CS),
    ("Viv Ansanm", "HT", [r"Viv\s+Ansanm"], _CS),
    ("400 Mawozo", "HT", [r"400\s+Mawozo"], _CS),
    ("Gran Grif", "HT", [r"Gran\s+Grif"], _CS),
    ("Tren de Aragua", "VE", [r"Tren\s+de\s+Aragua"], _CS),
    # North Africa, Sahel and Lake Chad
    ("444 Brigade", "LY", [r"444(?:th)?\s+(?:Combat\s+)?Brigade"], _CS),
    (
        "Stability Support Apparatus",
        "LY",
        [
            r"Stability\s+Support\s+(?:Apparatus|Authority|Agency)",
            r"SSA(?=\s+(?:militia|forces|fighters|group))",
        ],
        _CS,
    ),
    ("Libyan National Army", "LY", [r"Libyan\s+National\s+Army", r"LNA"], _CS),
    # Central and East Africa
    ("Imbonerakure", "BI", [r"Imbonerakure"], _CS),
    ("RED-Tabara", "BI", [r"RED[\s-]Tabara"], _CS),
    ("Azande Ani Kpi Gbe", "CF", [r"Azande\s+Ani\s+Kpi\s+Gbe", r"AAKG"], _CS),
    ("3R", "CF", [r"3R", r"Return,?\s+Reclamation(?:\s+and|,)\s+Rehabilitation"], _CS),
    (
        "Union for Peace in the Central African Republic",
        "CF",
        [
            r"Union\s+for\s+Peace\s+in\s+the\s+Central\s+African\s+Republic",
            r"UPC" + _CAR_CONTEXT,
        ],
        _CS,
    ),
    (
        "Coalition of Patriots for Change",
        "CF",
        # "CPC" is also the Communist Party of China.
        [r"Coalition\s+of\s+Patriots\s+for\s+Change", r"CPC" + _CAR_CONTEXT],
        _CS,
    ),
    (
        "Ambazonian Separatists",
        "CM",
        [
            r"Ambazonian?\s+(?:separatists?|fighters|militias?|rebels|forces|Defen[cs]e\s+Forces)",
            r"Amba\s+(?:Boys|fighters|separatists)",
            r"Ambazonia\s+Defen[cs]e\s+Forces",
        ],
        _CS,
    ),
    (
        "Islamic State Mozambique Province",
        "MZ",
        [
            r"Islamic\s+State\s+(?:Mozambique|Mozambican)(?:\s+Province)?",
            r"IS\s+Mozambique",
            r"ISMP",
            r"Ansar\s+al-Sunna",
            r"Ahlu\s+Sunnah\s+Wa-?Jama'?a",
        ],
        _CS,
    ),
    (
        "Islamic State Somalia Province",
        "SO",
        [
            r"Islamic\s+State\s+(?:in\s+)?Somalia(?:\s+Province)?",
            r"ISS(?=\s+(?:fighters|militants))",
        ],
        _CS,
    ),
    (
        "SPLA-IO",
        "SS",
        [
            r"SPLA-IO",
            r"SPLM/A-IO",
            r"SPLM-IO(?=\s+(?:forces|fighters|troops|soldiers))",
            r"Sudan\s+People'?s\s+Liberation\s+Army[\s-]+in[\s-]+Opposition",
        ],
        _CS,
    ),
    ("National Salvation Front", "SS", [r"National\s+Salvation\s+Front", r"NAS"], _CS),
    ("White Army", "SS", [r"White\s+Army"], _CS),
    ("Oromo Liberation Army", "ET", [r"Oromo\s+Liberation\s+Army", r"OLA"], _CS),
    # Middle East
    ("Jenin Brigade", "PS", [r"Jenin\s+(?:Brigades?|Battalion)"], _CS),
    ("Tulkarm Brigade", "PS", [r"Tulkarm\s+(?:Brigades?|Battalion)"], _CS),
    ("Lions' Den", "PS", [r"Lions'?\s+Den"], _CS),
    ("Al-Aqsa Martyrs' Brigades", "PS", [r"(?:Al-)?Aqsa\s+Martyrs'?\s+Brigades?"], _CS),
    ("Settlers (Israel)", "IL", [r"(?:Israeli|Jewish)\s+settlers", r"settlers"], _CS),
    # South and Southeast Asia
    ("Arambai Tenggol", "IN", [r"Arambai\s+Tenggol"], _CS),
    ("Kuki militants", "IN", [r"Kuki(?:-Zo)?\s+(?:militants?|insurgents|militias?|gunmen)"], _CS),
    ("Meitei militants", "IN", [r"Meitei\s+(?:militants?|insurgents|militias?|gunmen)"], _CS),
    (
        "Dawlah Islamiyah",
        "PH",
        [r"Dawlah\s+Islamiy(?:y)?ah(?:-[A-Z][\w-]+)?", r"Dawla\s+Islamiya", r"Maute(?:\s+group)?"],
        _CS,
    ),
    (
        "Bangsamoro Islamic Freedom Fighters",
        "PH",
        [r"BIFF", r"Bangsamoro\s+Islamic\s+Freedom\s+(?:Fighters|Movement)"],
        _CS,
    ),
    ("Abu Sayyaf", "PH", [r"Abu\s+Sayyaf(?:\s+Group)?", r"ASG"], _CS),
    ("New People's Army", "PH", [r"New\s+People'?s\s+Army", r"NPA"], _CS),
    ("Kachin Independence Army", "MM", [r"Kachin\s+Independence\s+Army", r"KIA(?!\s*\d)"], _CS),
    (
        "Ta'ang National Liberation Army",
        "MM",
        [r"Ta'?ang\s+National\s+Liberation\s+Army", r"TNLA"],
        _CS,
    ),
    (
        "Myanmar National Democratic Alliance Army",
        "MM",
        [r"Myanmar\s+National\s+Democratic\s+Alliance\s+Army", r"MNDAA"],
        _CS,
    ),
    (
        "Karen National Liberation Army",
        "MM",
        [r"Karen\s+National\s+Liberation\s+Army", r"KNLA"],
        _CS,
    ),
    (
        "Military Forces of Israel",
        "IL",
        [
            r"IDF",
            r"Israel\s+Defen[cs]e\s+Forces",
            r"Israeli\s+army",
            r"Israeli\s+military",
            r"Israeli\s+forces",
            r"Israeli\s+troops",
        ],
        _CS,
    ),
    (
        "Military Forces of Myanmar",
        "MM",
        [
            r"Tatmadaw",
            r"junta(?:'s)?\s+(?:forces|troops|army|jets|aircraft)",
            r"Myanmar\s+(?:military|army|junta)",
        ],
        _CS,
    ),
    (
        "Unidentified Armed Group",
        None,
        [
            r"gunmen",
            r"gunman",
            r"unidentified\s+(?:assailants|attackers|armed\s+men)",
            r"armed\s+men",
            r"bandits",
            r"assailants",
            r"militants",
            r"unknown\s+attackers",
            r"jihadists",
            r"insurgents",
        ],
        _CI,
    ),
]

# More groups and named state units (armed_groups.py), before the catch-all for unnamed gunmen.
ARMED_GROUPS[-1:-1] = EXTRA_ARMED_GROUPS

TITLES: list[str] = [
    r"President",
    r"Vice\s+President",
    r"Prime\s+Minister",
    r"Deputy\s+Prime\s+Minister",
    r"(?:Foreign|Defen[cs]e|Interior|Health|Energy|Finance)\s+Minister",
    r"Minister",
    r"Secretary(?:-General|\s+General)?",
    r"Secretary\s+of\s+State",
    r"Chancellor",
    r"Governor",
    r"Gov\.",
    r"Mayor",
    r"General",
    r"Gen\.",
    r"Lt\.?\s+Gen\.?",
    r"Maj\.?\s+Gen\.?",
    r"Brig\.?\s+Gen\.?",
    r"Colonel",
    r"Col\.",
    r"Commander",
    r"Chief",
    r"spokesman",
    r"spokeswoman",
    r"spokesperson",
    r"Senator",
    r"Sen\.",
    r"Rep\.",
    r"Ambassador",
    r"King",
    r"Queen",
    r"Prince",
    r"Sheikh",
    r"Emir",
    r"Ayatollah",
    r"Pope",
    r"envoy",
    r"Special\s+Envoy",
    r"lawmaker",
    r"MP",
    r"Police\s+Commissioner",
    r"commissioner",
    r"Director",
    r"head",
    r"leader",
    r"Dr\.",
    r"Mr\.",
    r"Mrs\.",
    r"Ms\.",
]
# Longer titles first, so "Major General" is not read as "Major".
TITLES[:0] = EXTRA_TITLES

# Canonical spelling -> lower-cased variants (transliterations, short forms).
PERSON_VARIANTS: dict[str, set[str]] = {
    "Volodymyr Zelensky": {
        "zelensky",
        "zelenskyy",
        "zelenskiy",
        "zelenski",
        "volodymyr zelenskyy",
        "volodymyr zelenskiy",
        "volodymyr zelensky",
        "vladimir zelensky",
    },
    "Vladimir Putin": {"putin", "vladimir putin", "vladimir vladimirovich putin"},
    "Donald Trump": {"trump", "donald trump", "donald j. trump"},
    "Benjamin Netanyahu": {"netanyahu", "benjamin netanyahu", "bibi netanyahu"},
    "Abdel Fattah al-Burhan": {
        "burhan",
        "al-burhan",
        "abdel fattah al-burhan",
        "abdel-fattah al-burhan",
        "abdel fattah burhan",
    },
    "Mohamed Hamdan Dagalo": {"dagalo", "hemedti", "hemeti", "mohamed hamdan dagalo"},
    "Dmytro Kuleba": {"kuleba"},
    "Andriy Sybiha": {"sybiha"},
    "Vitali Klitschko": {"klitschko", "vitaliy klitschko", "vitali klitschko"},
    "Sergei Lavrov": {"lavrov", "sergey lavrov", "sergei lavrov"},
    "Dmitry Peskov": {"peskov", "dmitri peskov", "dmitry peskov"},
    "Ihor Terekhov": {"terekhov", "igor terekhov"},
    "Oleh Syniehubov": {"syniehubov", "synehubov"},
    "Joe Biden": {"biden", "joe biden"},
    "Emmanuel Macron": {"macron"},
    "Recep Tayyip Erdogan": {"erdogan", "erdoğan", "recep tayyip erdoğan"},
    "Min Aung Hlaing": {"min aung hlaing"},
    "Felix Tshisekedi": {"tshisekedi", "félix tshisekedi"},
    "Paul Kagame": {"kagame"},
    "Bola Tinubu": {"tinubu", "bola ahmed tinubu"},
    "Gustavo Petro": {"petro"},
    "Shehbaz Sharif": {"shehbaz sharif", "shahbaz sharif"},
    "Antonio Guterres": {"guterres", "antónio guterres"},
    "Hassan Sheikh Mohamud": {"hassan sheikh mohamud"},
    "Assimi Goita": {"goita", "goïta", "assimi goïta"},
    "Ibrahim Traore": {"traore", "traoré", "ibrahim traoré"},
    "Steve Witkoff": {"witkoff"},
    "Keir Starmer": {"starmer"},
}
