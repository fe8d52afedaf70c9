"""Hand-written news sentences with the places a reader would take from them.

Each entry: text, and the expected (surface, ISO country) pairs. Mentions that
``is_non_settlement_use`` flags (rivers, fronts, directions) are not expected. Decoys name people
and use common words that are also place names somewhere.
"""

from __future__ import annotations

SENTENCES: list[tuple[str, list[tuple[str, str]]]] = [
    # Sahel
    (
        "Militants attacked an army base in Djibo, in northern Burkina Faso, killing dozens of "
        "soldiers, security sources said.",
        [("Djibo", "BF"), ("Burkina Faso", "BF")],
    ),
    ("Burkinabe soldiers repelled an attack on Djibo, the army said.", [("Djibo", "BF")]),
    (
        "Jihadists besieging Djibo have cut off the town's food supplies for months, "
        "Burkinabe aid workers said.",
        [("Djibo", "BF")],
    ),
    (
        "The Malian army and Wagner mercenaries entered Kidal, a stronghold of Tuareg "
        "separatists, for the first time in a decade.",
        [("Kidal", "ML")],
    ),
    (
        "Mali's interim leader Assimi Goita said the army would retake Kidal and Tessalit.",
        [("Mali", "ML"), ("Kidal", "ML"), ("Tessalit", "ML")],
    ),
    ("Gunmen killed 20 villagers near Menaka in eastern Mali.", [("Menaka", "ML"), ("Mali", "ML")]),
    (
        "Armed men attacked a convoy between Gao and Ansongo, Malian sources said.",
        [("Gao", "ML"), ("Ansongo", "ML")],
    ),
    (
        "Niger's junta said soldiers were killed in an ambush near Tillaberi.",
        [("Niger", "NE"), ("Tillaberi", "NE")],
    ),
    ("Malian singer Salif Keita performed in Bamako last night.", [("Bamako", "ML")]),
    # Somalia
    (
        "Al-Shabaab fighters stormed a military base near Jowhar, the capital of Middle "
        "Shabelle region, Somali officials said.",
        [("Jowhar", "SO"), ("Middle Shabelle region", "SO")],
    ),
    (
        "Somali troops recaptured Moqokori, a town in the Hiraan region, after heavy fighting "
        "with al-Shabaab.",
        [("Moqokori", "SO"), ("Hiraan region", "SO")],
    ),
    (
        "The governor of Hiraan region said al-Shabaab had withdrawn from Bulo Burti and Moqokori.",
        [("Hiraan region", "SO"), ("Bulo Burti", "SO"), ("Moqokori", "SO")],
    ),
    (
        "Somali forces backed by African Union troops secured Beledweyne ahead of the vote.",
        [("Beledweyne", "SO")],
    ),
    (
        "A suicide car bomb exploded at a checkpoint in Beledweyne, in Somalia's Hiraan region.",
        [("Beledweyne", "SO"), ("Somalia", "SO"), ("Hiraan region", "SO")],
    ),
    # DRC
    (
        "M23 rebels seized Rutshuru in North Kivu province, the Congolese army said.",
        [("Rutshuru", "CD"), ("North Kivu province", "CD")],
    ),
    (
        "Clashes near Rutshuru forced thousands of Congolese to flee towards Goma, UN "
        "officials said.",
        [("Rutshuru", "CD"), ("Goma", "CD")],
    ),
    (
        "ADF rebels killed 40 villagers near Beni and Butembo in North Kivu.",
        [("Beni", "CD"), ("Butembo", "CD"), ("North Kivu", "CD")],
    ),
    # Ukraine / Russia
    (
        "A Russian missile struck the Svyatoshynyi district of Kyiv overnight, injuring five "
        "people, the city's mayor said.",
        [("Svyatoshynyi district", "UA"), ("Kyiv", "UA")],
    ),
    (
        "Debris fell in the Dniprovsky district and in Shevchenkivsky district of Kyiv, "
        "Vitali Klitschko said.",
        [("Dniprovsky district", "UA"), ("Shevchenkivsky district", "UA"), ("Kyiv", "UA")],
    ),
    (
        "Russian forces pushed towards Pokrovsk and Kostiantynivka in the Donetsk region.",
        [("Pokrovsk", "UA"), ("Kostiantynivka", "UA"), ("Donetsk region", "UA")],
    ),
    (
        "Ukrainian drones hit an oil depot in Novorossiysk, in Russia's Krasnodar region.",
        [("Novorossiysk", "RU"), ("Russia", "RU"), ("Krasnodar region", "RU")],
    ),
    ("Ukrainian marines crossed the Dnipro river near Kherson.", [("Kherson", "UA")]),
    (
        "Russian troops advanced near Kupiansk along the Oskil river, Ukraine's general staff "
        "said.",
        [("Kupiansk", "UA"), ("Ukraine", "UA")],
    ),
    ("The Zaporizhzhia front and the Pokrovsk direction saw the heaviest fighting.", []),
    (
        "Drone strikes hit Sloviansk and Kramatorsk on Tuesday.",
        [("Sloviansk", "UA"), ("Kramatorsk", "UA")],
    ),
    # Israel / Gaza / Lebanon
    (
        "Israeli airstrikes killed 12 people in Khan Younis and Deir al-Balah, Gaza's health "
        "ministry said.",
        [("Khan Younis", "PS"), ("Deir al-Balah", "PS"), ("Gaza", "PS")],
    ),
    (
        "Hezbollah fired rockets at Kiryat Shmona and Metula in northern Israel.",
        [("Kiryat Shmona", "IL"), ("Metula", "IL"), ("Israel", "IL")],
    ),
    (
        "An Israeli drone strike hit a car in Nabatieh, southern Lebanon, killing two.",
        [("Nabatieh", "LB"), ("Lebanon", "LB")],
    ),
    (
        "Israeli troops raided Jenin and Tulkarm in the occupied West Bank.",
        [("Jenin", "PS"), ("Tulkarm", "PS"), ("West Bank", "PS")],
    ),
    # Sudan
    (
        "Heavy fighting continued in El Fasher on Sunday. RSF drones struck the Abu Shouk camp "
        "and the Naivasha market, North Darfur officials said.",
        [("El Fasher", "SD"), ("Abu Shouk camp", "SD"), ("North Darfur", "SD")],
    ),
    (
        "Fighting between the army and the RSF spread from Omdurman to Bahri, Sudanese "
        "witnesses said.",
        [("Omdurman", "SD"), ("Bahri", "SD")],
    ),
    (
        "Drone attacks hit Port Sudan for a third day, targeting fuel depots.",
        [("Port Sudan", "SD")],
    ),
    (
        "Sudanese army commander Abdel Fattah al-Burhan visited troops in Atbara.",
        [("Atbara", "SD")],
    ),
    # Nigeria
    (
        "Bandits abducted 30 students in Kaduna State, one of the most violent corners of West "
        "Africa. Africa's most populous country has struggled to contain them.",
        [("Kaduna State", "NG")],
    ),
    (
        "Boko Haram insurgents attacked Gwoza in Borno, killing farmers, Nigerian police said.",
        [("Gwoza", "NG"), ("Borno", "NG")],
    ),
    # Myanmar
    (
        "Resistance forces attacked junta positions in Lashio, in northern Shan State.",
        [("Lashio", "MM"), ("Shan State", "MM")],
    ),
    (
        "Fighting in Sittwe in Rakhine state intensified, Burmese media reported.",
        [("Sittwe", "MM"), ("Rakhine state", "MM")],
    ),
    # Syria / Yemen
    (
        "Turkish-backed factions clashed with the SDF near Manbij, east of Aleppo.",
        [("Manbij", "SY"), ("Aleppo", "SY")],
    ),
    (
        "US strikes hit targets along the Euphrates near Deir ez-Zor.",
        [("US", "US"), ("Deir ez-Zor", "SY")],
    ),
    (
        "Houthi forces attacked government positions south of Marib, Yemeni officials said.",
        [("Marib", "YE")],
    ),
    (
        "US and British jets struck Hodeidah port and Sanaa airport.",
        [("US", "US"), ("Hodeidah", "YE"), ("Sanaa", "YE")],
    ),
    # Americas
    (
        "ELN guerrillas clashed with FARC dissidents near Tibu, in Norte de Santander, "
        "displacing thousands.",
        [("Tibu", "CO"), ("Norte de Santander", "CO")],
    ),
    (
        "Gunmen killed six people at a bar in Culiacan, Sinaloa, as cartel factions fought.",
        [("Culiacan", "MX"), ("Sinaloa", "MX")],
    ),
    (
        "Police found bodies near Celaya in Guanajuato state, Mexican officials said.",
        [("Celaya", "MX"), ("Guanajuato state", "MX")],
    ),
    (
        "Viv Ansanm gangs took control of Kenscoff, on the outskirts of Port-au-Prince.",
        [("Kenscoff", "HT"), ("Port-au-Prince", "HT")],
    ),
    (
        "Gangs attacked Mirebalais and freed hundreds of inmates, Haitian police said.",
        [("Mirebalais", "HT")],
    ),
    # South Asia / Horn
    (
        "A suicide bomber struck a police station in Bannu, Khyber Pakhtunkhwa, Pakistani "
        "officials said.",
        [("Bannu", "PK"), ("Khyber Pakhtunkhwa", "PK")],
    ),
    (
        "Fano militiamen clashed with federal troops in Gondar and Bahir Dar, in Ethiopia's "
        "Amhara region.",
        [("Gondar", "ET"), ("Bahir Dar", "ET"), ("Ethiopia", "ET"), ("Amhara region", "ET")],
    ),
    # Decoys: people and common words
    ("Jordan Henderson and Chad Smith met Georgia Brown in London.", [("London", "GB")]),
    ("Paris Hilton and Florence Welch attended the gala, Victoria Beckham said.", []),
    ("Mark Justice and Faith Hope spoke with Grace Mugabe in Harare.", [("Harare", "ZW")]),
    ("Best of all, the Union said, Hope and Unity will Win the day in the end.", []),
    ("Africa needs more investment, the African Union chairman told reporters.", []),
    (
        "Kenya's president William Ruto met Sudanese mediators in Naivasha.",
        [("Kenya", "KE"), ("Naivasha", "KE")],
    ),
]


def score(find) -> tuple[float, float, list[str]]:
    """Precision, recall and the mismatches of ``find(text) -> [(surface, country)]``."""
    tp = fp = fn = 0
    errors: list[str] = []
    for text, gold in SENTENCES:
        expected = list(gold)
        for surface, country in find(text):
            if (surface, country) in expected:
                expected.remove((surface, country))
                tp += 1
            else:
                fp += 1
                errors.append(f"FP {surface}/{country}: {text[:60]}")
        fn += len(expected)
        errors.extend(f"FN {s}/{c}: {text[:60]}" for s, c in expected)
    return tp / max(1, tp + fp), tp / max(1, tp + fn), errors
