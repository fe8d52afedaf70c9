"""Hand-written fact tables for actors: country names, demonyms, capitals, armed groups, titles."""

from __future__ import annotations

import re

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
# (canonical name, ISO2 of its home country, alias regexes, regex flags)
ARMED_GROUPS: list[tuple[str, str | None, list[str], int]] = [
    ("Hamas", "PS", [r"Hamas", r"(?:Izz\s+ad-Din\s+)?al-Qassam\s+Brigades", r"Qassam\s+Brigades"], _CS),
    ("Palestinian Islamic Jihad", "PS", [r"Palestinian\s+Islamic\s+Jihad", r"Islamic\s+Jihad", r"PIJ",
                                         r"al-Quds\s+Brigades"], _CS),
    ("Hezbollah", "LB", [r"Hezbollah", r"Hizbollah", r"Hizballah", r"Hizbullah"], _CS),
    ("Houthis", "YE", [r"Houthis?", r"Huthis?", r"Ansar\s+Allah", r"Ansarallah"], _CS),
    ("Rapid Support Forces", "SD", [r"Rapid\s+Support\s+Forces?", r"RSF", r"Janjaweed"], _CS),
    ("Sudanese Armed Forces", "SD", [r"Sudanese\s+Armed\s+Forces", r"SAF", r"Sudanese\s+army",
                                     r"Sudan's\s+army", r"Military\s+Forces\s+of\s+Sudan"], _CS),
    ("al-Shabaab", "SO", [r"[Aa]l[\s-]Shabaa?b", r"Shabaa?b", r"Harakat\s+al-Shabaab"], _CS),
    ("JNIM", "ML", [r"JNIM", r"Jama'?at\s+Nus?rat\s+al-Islam\s+wal-Muslimin", r"GSIM",
                    r"Group\s+for\s+the\s+Support\s+of\s+Islam\s+and\s+Muslims"], _CS),
    ("ISWAP", "NG", [r"ISWAP", r"Islamic\s+State\s+West\s+Africa(?:\s+Province)?"], _CS),
    ("Islamic State Sahel", "ML", [r"Islamic\s+State\s+(?:in\s+the\s+)?(?:Greater\s+)?Sahara",
                                   r"Islamic\s+State\s+Sahel(?:\s+Province)?", r"ISGS"], _CS),
    ("Islamic State Khorasan", "AF", [r"ISIS-K", r"IS-K", r"ISKP", r"Islamic\s+State\s+Khorasan(?:\s+Province)?"], _CS),
    ("Boko Haram", "NG", [r"Boko\s+Haram", r"JAS"], _CS),
    ("M23", "CD", [r"M23", r"March\s+23\s+Movement", r"AFC/M23", r"Alliance\s+Fleuve\s+Congo"], _CS),
    ("Allied Democratic Forces", "CD", [r"Allied\s+Democratic\s+Forces", r"ADF"], _CS),
    ("CODECO", "CD", [r"CODECO"], _CS),
    ("Wazalendo", "CD", [r"Wazalendo"], _CS),
    ("Islamic State", None, [r"Islamic\s+State(?!\s+(?:West|Khorasan|Sahel|in\s+the))", r"ISIS", r"ISIL",
                             r"Daesh", r"IS\s+(?:militants|fighters|jihadists)"], _CS),
    ("al-Qaeda", None, [r"[Aa]l[\s-]Qaeda", r"[Aa]l[\s-]Qaida", r"AQAP", r"AQIM"], _CS),
    ("Tehrik-i-Taliban Pakistan", "PK", [r"Tehrik-[ie]-Taliban\s+Pakistan", r"TTP", r"Pakistani\s+Taliban"], _CS),
    ("Balochistan Liberation Army", "PK", [r"Baloch(?:istan)?\s+Liberation\s+Army", r"BLA"], _CS),
    ("Taliban", "AF", [r"Taliban"], _CS),
    ("ELN", "CO", [r"ELN", r"National\s+Liberation\s+Army"], _CS),
    ("FARC dissidents", "CO", [r"FARC(?:\s+dissidents?)?", r"EMC", r"Estado\s+Mayor\s+Central"], _CS),
    ("Clan del Golfo", "CO", [r"Clan\s+del\s+Golfo", r"Gulf\s+Clan", r"AGC"], _CS),
    ("Wagner Group", "RU", [r"Wagner(?:\s+Group)?", r"Africa\s+Corps"], _CS),
    ("Arakan Army", "MM", [r"Arakan\s+Army"], _CS),
    ("People's Defence Force", "MM", [r"People'?s\s+Defen[cs]e\s+Forces?", r"PDFs?"], _CS),
    ("Fano", "ET", [r"Fano(?:\s+militia)?"], _CS),
    ("Tigray People's Liberation Front", "ET", [r"TPLF", r"Tigray\s+People'?s\s+Liberation\s+Front",
                                                r"Tigrayan\s+forces"], _CS),
    ("Hayat Tahrir al-Sham", "SY", [r"Hayat\s+Tahrir\s+al-Sham", r"HTS"], _CS),
    ("Syrian Democratic Forces", "SY", [r"Syrian\s+Democratic\s+Forces", r"SDF"], _CS),
    ("PKK", "TR", [r"PKK", r"Kurdistan\s+Workers'?\s+Party"], _CS),
    ("Ansaru", "NG", [r"Ansaru"], _CS),
    ("Lakurawa", "NG", [r"Lakurawa"], _CS),
    ("Military Forces of Israel", "IL", [r"IDF", r"Israel\s+Defen[cs]e\s+Forces", r"Israeli\s+army",
                                         r"Israeli\s+military", r"Israeli\s+forces", r"Israeli\s+troops"], _CS),
    ("Military Forces of Myanmar", "MM", [r"Tatmadaw", r"junta(?:'s)?\s+(?:forces|troops|army|jets|aircraft)",
                                          r"Myanmar\s+(?:military|army|junta)"], _CS),
    ("Unidentified Armed Group", None, [r"gunmen", r"gunman", r"unidentified\s+(?:assailants|attackers|armed\s+men)",
                                        r"armed\s+men", r"bandits", r"assailants", r"militants",
                                        r"unknown\s+attackers", r"jihadists", r"insurgents"], _CI),
]  # fmt: skip

TITLES: list[str] = [
    r"President", r"Vice\s+President", r"Prime\s+Minister", r"Deputy\s+Prime\s+Minister",
    r"(?:Foreign|Defen[cs]e|Interior|Health|Energy|Finance)\s+Minister", r"Minister",
    r"Secretary(?:-General|\s+General)?", r"Secretary\s+of\s+State", r"Chancellor",
    r"Governor", r"Gov\.", r"Mayor", r"General", r"Gen\.", r"Lt\.?\s+Gen\.?", r"Maj\.?\s+Gen\.?",
    r"Brig\.?\s+Gen\.?", r"Colonel", r"Col\.", r"Commander", r"Chief", r"spokesman",
    r"spokeswoman", r"spokesperson", r"Senator", r"Sen\.", r"Rep\.", r"Ambassador",
    r"King", r"Queen", r"Prince", r"Sheikh", r"Emir", r"Ayatollah", r"Pope", r"envoy",
    r"Special\s+Envoy", r"lawmaker", r"MP", r"Police\s+Commissioner", r"commissioner",
    r"Director", r"head", r"leader", r"Dr\.", r"Mr\.", r"Mrs\.", r"Ms\.",
]

# Canonical spelling -> lower-cased variants (transliterations, short forms).
PERSON_VARIANTS: dict[str, set[str]] = {
    "Volodymyr Zelensky": {"zelensky", "zelenskyy", "zelenskiy", "zelenski", "volodymyr zelenskyy",
                           "volodymyr zelenskiy", "volodymyr zelensky", "vladimir zelensky"},
    "Vladimir Putin": {"putin", "vladimir putin", "vladimir vladimirovich putin"},
    "Donald Trump": {"trump", "donald trump", "donald j. trump"},
    "Benjamin Netanyahu": {"netanyahu", "benjamin netanyahu", "bibi netanyahu"},
    "Abdel Fattah al-Burhan": {"burhan", "al-burhan", "abdel fattah al-burhan",
                               "abdel-fattah al-burhan", "abdel fattah burhan"},
    "Mohamed Hamdan Dagalo": {"dagalo", "hemedti", "hemeti", "mohamed hamdan dagalo"},
    "Dmytro Kuleba": {"kuleba"}, "Andriy Sybiha": {"sybiha"},
    "Vitali Klitschko": {"klitschko", "vitaliy klitschko", "vitali klitschko"},
    "Sergei Lavrov": {"lavrov", "sergey lavrov", "sergei lavrov"},
    "Dmitry Peskov": {"peskov", "dmitri peskov", "dmitry peskov"},
    "Ihor Terekhov": {"terekhov", "igor terekhov"}, "Oleh Syniehubov": {"syniehubov", "synehubov"},
    "Joe Biden": {"biden", "joe biden"}, "Emmanuel Macron": {"macron"},
    "Recep Tayyip Erdogan": {"erdogan", "erdoğan", "recep tayyip erdoğan"},
    "Min Aung Hlaing": {"min aung hlaing"}, "Felix Tshisekedi": {"tshisekedi", "félix tshisekedi"},
    "Paul Kagame": {"kagame"}, "Bola Tinubu": {"tinubu", "bola ahmed tinubu"},
    "Gustavo Petro": {"petro"}, "Shehbaz Sharif": {"shehbaz sharif", "shahbaz sharif"},
    "Antonio Guterres": {"guterres", "antónio guterres"},
    "Hassan Sheikh Mohamud": {"hassan sheikh mohamud"}, "Assimi Goita": {"goita", "goïta", "assimi goïta"},
    "Ibrahim Traore": {"traore", "traoré", "ibrahim traoré"},
    "Steve Witkoff": {"witkoff"}, "Keir Starmer": {"starmer"},
}  # fmt: skip
