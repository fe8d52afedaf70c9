"""Spelling variants of place names, for the API's city filter.

Each group holds names that refer to one city: transliterations (Kiev/Kyiv), renamings
(Dnipropetrovsk/Dnipro, Artemivsk/Bakhmut) and common alternative spellings. The first name
of a group is the usual English form today. Names are compared after `normalise_name`
(lower-case, accent-free), so Zaporizhzhia and Zaporizhzhya need not both be listed twice.

This table is deliberately small and hand-kept: the events app never imports the ingestion
gazetteer. Near-spellings not listed here are caught by trigram similarity (filters.py).
"""

from __future__ import annotations

from functools import cache

from events.text import normalise_name

PLACE_VARIANTS: tuple[tuple[str, ...], ...] = (
    # Ukraine
    ("Kyiv", "Kiev", "Kiew", "Kijev", "Kyyiv"),
    ("Kharkiv", "Kharkov", "Charkiw"),
    ("Odesa", "Odessa"),
    ("Dnipro", "Dnipropetrovsk", "Dnepropetrovsk", "Dnepr"),
    ("Mykolaiv", "Nikolaev", "Nikolayev", "Mykolayiv"),
    ("Zaporizhzhia", "Zaporozhye", "Zaporizhia", "Zaporizhzhya", "Zaporozhe"),
    ("Lviv", "Lvov", "Lwow", "Lemberg"),
    ("Bakhmut", "Artemivsk", "Artyomovsk"),
    ("Kramatorsk", "Kramatorske"),
    ("Kherson", "Cherson"),
    ("Chernihiv", "Chernigov"),
    ("Sumy", "Sumi"),
    ("Kryvyi Rih", "Krivoy Rog", "Kryvyy Rih"),
    ("Pokrovsk", "Krasnoarmeysk", "Krasnoarmiisk"),
    ("Toretsk", "Dzerzhinsk", "Dzerzhynsk"),
    ("Kropyvnytskyi", "Kirovohrad", "Kirovograd"),
    ("Vinnytsia", "Vinnitsa", "Vinnytsya"),
    ("Chernivtsi", "Chernovtsy"),
    ("Mariupol", "Mariupol'"),
    ("Luhansk", "Lugansk"),
    # Russia
    ("Belgorod", "Bilhorod"),
    # Middle East
    ("Khan Younis", "Khan Yunis", "Khan Yunus", "Khan Younes"),
    ("Gaza City", "Gaza-City"),
    ("Deir al-Balah", "Deir el-Balah", "Deir al Balah", "Dayr al-Balah"),
    ("Rafah", "Rafiah"),
    ("Jabalia", "Jabalya", "Jabaliya"),
    ("Nabatieh", "Nabatiyeh", "Nabatiye", "Nabatiyah"),
    ("Aleppo", "Halab"),
    ("Hodeidah", "Hudaydah", "Al Hudaydah", "Hodeida"),
    ("Sanaa", "Sana'a"),
    # Africa
    ("El Fasher", "Al Fashir", "Al-Fashir", "El Fashir", "Al Fasher"),
    ("El Geneina", "Geneina", "Al Junaynah"),
    ("Omdurman", "Umm Durman"),
    ("Mogadishu", "Mogadiscio", "Muqdisho", "Xamar"),
    ("Afgooye", "Afgoye"),
    ("Kismayo", "Kismaayo", "Kismayu"),
    ("Maiduguri", "Maidugiri"),
    ("Timbuktu", "Tombouctou", "Timbuctoo"),
    ("Ouagadougou", "Wagadugu"),
    # Asia
    ("Yangon", "Rangoon"),
    ("Mandalay", "Mandale"),
    ("Kolkata", "Calcutta"),
    ("Mumbai", "Bombay"),
    ("Chennai", "Madras"),
    ("Peshawar", "Pekhawar"),
)


@cache
def _variant_index() -> dict[str, tuple[str, ...]]:
    index: dict[str, tuple[str, ...]] = {}
    for group in PLACE_VARIANTS:
        for name in group:
            index[normalise_name(name)] = group
    return index


def city_variants(name: str) -> tuple[str, ...]:
    """Every listed spelling of the city `name` names, including `name` itself."""
    group = _variant_index().get(normalise_name(name))
    if group is None:
        return (name,)
    return (name, *(n for n in group if normalise_name(n) != normalise_name(name)))
