"""A synthetic ConflictDB dataset, skewed like real conflict data, loaded with COPY.

A few countries and cities dominate (Zipf weights), long tails of villages follow, days come in
bursts (offensives), a few actors take part in most events. Rows are generated as COPY text and
streamed into the tables `migrate` created; secondary indexes are dropped for the load and built
afterwards, which is several times faster than maintaining them row by row.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import random
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import psycopg

FIRST_DAY = dt.date(2018, 1, 1)
LAST_DAY = dt.date(2025, 12, 31)
ACTOR_COUNT = 5000
SEARCH_WORD = "hospital"  # in about 1% of summaries and articles: the bench's `q` query
LOADED_AT = "2026-01-01 00:00:00+00"

# Country, centre (lat, lon), and its dominant cities (name, admin1, lat, lon), most active first.
COUNTRIES: tuple[tuple[str, float, float, tuple[tuple[str, str, float, float], ...]], ...] = (
    (
        "UA",
        48.5,
        35.0,
        (
            ("Kyiv", "Kyiv City", 50.45, 30.52),
            ("Kharkiv", "Kharkiv", 49.99, 36.23),
            ("Bakhmut", "Donetsk", 48.6, 38.0),
            ("Avdiivka", "Donetsk", 48.14, 37.75),
            ("Kherson", "Kherson", 46.64, 32.61),
            ("Zaporizhzhia", "Zaporizhzhia", 47.84, 35.14),
            ("Pokrovsk", "Donetsk", 48.28, 37.18),
            ("Odesa", "Odesa", 46.48, 30.72),
            ("Sumy", "Sumy", 50.91, 34.8),
            ("Dnipro", "Dnipropetrovsk", 48.46, 35.05),
        ),
    ),
    (
        "SY",
        35.0,
        38.0,
        (
            ("Aleppo", "Aleppo", 36.2, 37.16),
            ("Idlib", "Idlib", 35.93, 36.63),
            ("Deir ez-Zor", "Deir ez-Zor", 35.34, 40.14),
            ("Daraa", "Daraa", 32.62, 36.1),
        ),
    ),
    (
        "PS",
        31.45,
        34.4,
        (
            ("Gaza City", "Gaza Strip", 31.5, 34.47),
            ("Khan Younis", "Gaza Strip", 31.35, 34.3),
            ("Rafah", "Gaza Strip", 31.29, 34.25),
            ("Jenin", "West Bank", 32.46, 35.3),
        ),
    ),
    (
        "SD",
        15.0,
        30.0,
        (
            ("Khartoum", "Khartoum", 15.5, 32.56),
            ("Omdurman", "Khartoum", 15.64, 32.48),
            ("El Fasher", "North Darfur", 13.63, 25.35),
            ("El Geneina", "West Darfur", 13.45, 22.45),
        ),
    ),
    (
        "MM",
        21.0,
        96.0,
        (("Mandalay", "Mandalay", 21.97, 96.08), ("Yangon", "Yangon", 16.87, 96.2)),
    ),
    (
        "SO",
        5.0,
        45.5,
        (("Mogadishu", "Banaadir", 2.05, 45.32), ("Kismayo", "Lower Juba", -0.36, 42.55)),
    ),
    (
        "NG",
        10.0,
        8.0,
        (("Maiduguri", "Borno", 11.85, 13.16), ("Kaduna", "Kaduna", 10.52, 7.44)),
    ),
    ("ML", 16.0, -2.0, (("Timbuktu", "Tombouctou", 16.77, -3.01), ("Gao", "Gao", 16.27, -0.04))),
    ("YE", 15.5, 47.5, (("Sanaa", "Amanat al Asimah", 15.37, 44.19),)),
    ("CD", -2.0, 28.0, (("Goma", "North Kivu", -1.68, 29.23), ("Beni", "North Kivu", 0.49, 29.47))),
    ("BF", 12.3, -1.5, (("Ouagadougou", "Centre", 12.37, -1.52),)),
    ("IQ", 33.0, 44.0, (("Baghdad", "Baghdad", 33.31, 44.36),)),
    ("AF", 34.0, 66.0, (("Kabul", "Kabul", 34.53, 69.17),)),
    ("LB", 33.8, 35.8, (("Nabatieh", "Nabatieh", 33.38, 35.48),)),
    ("ET", 9.0, 39.0, (("Mekelle", "Tigray", 13.5, 39.47),)),
    ("CO", 4.5, -74.0, (("Cali", "Valle del Cauca", 3.45, -76.53),)),
    ("MX", 23.0, -102.0, (("Culiacan", "Sinaloa", 24.8, -107.39),)),
    ("PK", 30.0, 70.0, (("Peshawar", "Khyber Pakhtunkhwa", 34.01, 71.58),)),
    ("IN", 22.0, 79.0, (("Imphal", "Manipur", 24.82, 93.94),)),
    ("HT", 18.9, -72.5, (("Port-au-Prince", "Ouest", 18.54, -72.34),)),
    ("LY", 27.0, 17.0, (("Tripoli", "Tripoli", 32.89, 13.19),)),
    ("CM", 6.0, 12.0, (("Bamenda", "North-West", 5.96, 10.15),)),
    ("MZ", -13.0, 39.0, (("Mocimboa da Praia", "Cabo Delgado", -11.35, 40.35),)),
    ("RU", 51.0, 37.0, (("Belgorod", "Belgorod", 50.6, 36.6), ("Kursk", "Kursk", 51.73, 36.19))),
    ("IL", 31.5, 34.9, (("Sderot", "Southern", 31.52, 34.6),)),
)
VILLAGES_PER_COUNTRY = 600
SYLLABLES = (
    "ka", "ro", "mi", "tal", "an", "vo", "ze", "ba", "lu", "shi", "dar", "nov", "ol", "ki",
    "pet", "ra", "sul", "ma", "gor", "din", "el", "us", "ha", "bek", "yar", "ti", "mo", "sa",
)  # fmt: skip

# (disorder type, event type, sub-event type, weight, weapons)
EVENT_KINDS = (
    ("Political violence", "Explosions/Remote violence", "Shelling/artillery/missile attack", 30,
     ("artillery", "missile")),
    ("Political violence", "Explosions/Remote violence", "Air/drone strike", 18, ("drone",)),
    ("Political violence", "Battles", "Armed clash", 20, ("small arms",)),
    ("Political violence", "Violence against civilians", "Attack", 8, ("small arms",)),
    ("Political violence", "Explosions/Remote violence", "Remote explosive/landmine/IED", 4,
     ("ied",)),
    ("Political violence", "Violence against civilians", "Abduction/forced disappearance", 2, ()),
    ("Demonstrations", "Protests", "Peaceful protest", 10, ()),
    ("Demonstrations", "Riots", "Violent demonstration", 3, ()),
    ("Strategic developments", "Strategic developments", "Looting/property destruction", 2, ()),
    ("Strategic developments", "Strategic developments", "Arrests", 3, ()),
)  # fmt: skip
OUTLETS = (
    "Reuters", "AP", "AFP", "BBC", "Al Jazeera", "Kyiv Independent", "Ukrainska Pravda",
    "Sudan Tribune", "Garowe Online", "Premium Times", "The Irrawaddy", "L'Orient-Le Jour",
)  # fmt: skip
STATE_ACTORS = (
    ("Military Forces of Russia", "RU"), ("Military Forces of Ukraine", "UA"),
    ("Military Forces of Israel", "IL"), ("Hamas", "PS"), ("Rapid Support Forces", "SD"),
    ("Military Forces of Sudan", "SD"), ("Military Forces of Syria", "SY"),
    ("Hayat Tahrir al-Sham", "SY"), ("Military Forces of Myanmar", "MM"),
    ("People's Defence Force", "MM"), ("Al Shabaab", "SO"), ("Boko Haram", "NG"),
    ("JNIM", "ML"), ("Houthis", "YE"), ("M23", "CD"), ("Hezbollah", "LB"),
)  # fmt: skip


def zipf_weights(n: int, exponent: float = 1.1) -> list[float]:
    return [1 / (rank**exponent) for rank in range(1, n + 1)]


@dataclass(frozen=True)
class Place:
    country: str
    admin1: str
    city: str
    latitude: float
    longitude: float


def village_name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def build_places(rng: random.Random) -> tuple[list[Place], list[float]]:
    """Every place with a global weight: country Zipf × place Zipf (cities first, then villages)."""
    places: list[Place] = []
    weights: list[float] = []
    for country_weight, (code, lat, lon, cities) in zip(
        zipf_weights(len(COUNTRIES), 1.2), COUNTRIES, strict=True
    ):
        local = [Place(code, admin1, city, la, lo) for city, admin1, la, lo in cities]
        regions = sorted({p.admin1 for p in local})
        for _ in range(VILLAGES_PER_COUNTRY):
            local.append(
                Place(
                    code,
                    rng.choice(regions),
                    village_name(rng),
                    round(lat + rng.uniform(-2.5, 2.5), 5),
                    round(lon + rng.uniform(-3.5, 3.5), 5),
                )
            )
        local_weights = zipf_weights(len(local), 1.0)
        total = sum(local_weights)
        places.extend(local)
        weights.extend(country_weight * w / total for w in local_weights)
    return places, weights


def build_days(rng: random.Random) -> tuple[list[dt.date], list[float]]:
    """Every day with a weight: a rising trend and bursts of 3 to 20 days up to 15× the base."""
    days = [FIRST_DAY + dt.timedelta(days=i) for i in range((LAST_DAY - FIRST_DAY).days + 1)]
    weights = [1.0 + 2.0 * i / len(days) for i in range(len(days))]
    for _ in range(60):
        start, length, factor = rng.randrange(len(days)), rng.randint(3, 20), rng.uniform(3, 15)
        for i in range(start, min(len(days), start + length)):
            weights[i] *= factor
    return days, weights


def build_actors(rng: random.Random) -> list[tuple[str, str, str]]:
    """(name, kind, country): the big state and armed actors first, then a long tail."""
    actors = [(name, "state" if "Forces" in name else "armed_group", c) for name, c in STATE_ACTORS]
    actors.append(("Civilians", "civilians", ""))
    seen = {name for name, _, _ in actors}
    kinds = ("armed_group", "person", "organisation", "government_body", "civilians")
    while len(actors) < ACTOR_COUNT:
        code = rng.choice(COUNTRIES)[0]
        kind = rng.choice(kinds)
        base = village_name(rng)
        name = {
            "armed_group": f"{base} Militia",
            "person": f"{base} {village_name(rng)}",
            "organisation": f"{base} Relief Committee",
            "government_body": f"{base} Regional Administration",
            "civilians": f"Civilians ({base})",
        }[kind]
        if name not in seen:
            seen.add(name)
            actors.append((name, kind, code))
    return actors


def copy_text(value: object) -> str:
    """One value in PostgreSQL's COPY text format (the generator never emits tabs or newlines)."""
    if value is None:
        return "\\N"
    if isinstance(value, list):
        return "{" + ",".join(f'"{v}"' for v in value) + "}"
    return str(value)


def copy_rows(
    conn: psycopg.Connection, table: str, columns: tuple[str, ...], rows: Iterator[tuple]
) -> int:
    count = 0
    with conn.cursor() as cursor:
        sql = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
        with cursor.copy(sql) as copy:
            buffer = io.StringIO()
            for row in rows:
                buffer.write("\t".join(map(copy_text, row)))
                buffer.write("\n")
                count += 1
                if count % 20000 == 0:
                    copy.write(buffer.getvalue())
                    buffer = io.StringIO()
            copy.write(buffer.getvalue())
    return count


SENTENCES = (
    "Local officials said the strike hit a residential area overnight.",
    "Emergency services worked through the morning to clear the debris.",
    "The regional governor said air defences intercepted part of the attack.",
    "Witnesses described several explosions shortly before dawn.",
    "Residents were told to stay in shelters until the alert ended.",
    "The military said it had targeted positions used by enemy forces.",
    "Aid groups warned that access to the area remained restricted.",
    "Power and water supplies were cut in parts of the city.",
    "The claims could not be independently verified.",
    "Fighting continued along the front line for a third day.",
)


@dataclass
class Generator:
    events: int
    seed: int = 20260101

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        self.places, self.place_weights = build_places(self.rng)
        self.days, self.day_weights = build_days(self.rng)
        self.actors = build_actors(self.rng)
        self.articles = max(1, self.events // 5)
        self.statements = max(1, self.events // 10)

    def actor_rows(self) -> Iterator[tuple]:
        from events.text import normalise_name

        for pk, (name, kind, country) in enumerate(self.actors, start=1):
            yield (pk, name, normalise_name(name), kind, country, [], [], LOADED_AT, LOADED_AT)

    def event_rows(self) -> Iterator[tuple]:
        rng = self.rng
        n = self.events
        places = rng.choices(self.places, cum_weights=_cumulative(self.place_weights), k=n)
        days = rng.choices(self.days, cum_weights=_cumulative(self.day_weights), k=n)
        kinds = rng.choices(EVENT_KINDS, weights=[k[3] for k in EVENT_KINDS], k=n)
        self.event_dates = days
        for i in range(n):
            place, day, (disorder, etype, subtype, _, weapons) = places[i], days[i], kinds[i]
            violent = disorder == "Political violence"
            fatalities = int(rng.paretovariate(1.3)) - 1 if violent and rng.random() < 0.7 else None
            injured = int(rng.paretovariate(1.2)) - 1 if violent and rng.random() < 0.5 else None
            place_text = place.city
            extra = f" near the {SEARCH_WORD}" if rng.random() < 0.01 else ""
            summary = (
                f"{subtype} in {place_text}, {place.admin1}{extra}: "
                f"{fatalities if fatalities is not None else 'unknown'} killed."
            )
            merged = rng.randint(1, i) if i > 1000 and rng.random() < 0.003 else None
            yield (
                i + 1,
                uuid.UUID(int=rng.getrandbits(128), version=4),
                day,
                1,
                disorder,
                etype,
                subtype,
                place.country,
                place.admin1,
                place.city,
                [],
                place.latitude,
                place.longitude,
                1,
                fatalities,
                injured,
                None,
                None,
                list(weapons[:1]) if weapons else [],
                summary,
                "unverified",
                round(rng.uniform(0.3, 0.95), 2),
                fatalities,
                fatalities,
                injured,
                injured,
                merged,
                [],
                LOADED_AT,
                LOADED_AT,
            )

    def event_actor_rows(self) -> Iterator[tuple]:
        rng = self.rng
        cum = _cumulative(zipf_weights(len(self.actors), 1.3))
        ids = range(1, len(self.actors) + 1)
        pk = 0
        for event_id in range(1, self.events + 1):
            perpetrator, target = rng.choices(ids, cum_weights=cum, k=2)
            pk += 1
            yield (pk, event_id, perpetrator, "perpetrator")
            if rng.random() < 0.6:
                pk += 1
                yield (pk, event_id, target, "target")

    def article_rows(self) -> Iterator[tuple]:
        rng = self.rng
        self.report_events = rng.sample(range(1, self.events + 1), self.articles)
        for i in range(self.articles):
            event_id = self.report_events[i]
            day = self.event_dates[event_id - 1] + dt.timedelta(days=rng.randint(0, 2))
            outlet = rng.choice(OUTLETS)
            body = " ".join(rng.choices(SENTENCES, k=rng.randint(6, 12)))
            if rng.random() < 0.01:
                body += f" Several wounded were taken to the {SEARCH_WORD}."
            title = f"Attack reported, {outlet} {i + 1}"
            text = f"{title}. {body}"
            yield (
                i + 1,
                f"https://news.example/{i + 1}" if rng.random() < 0.9 else None,
                outlet,
                title,
                f"{day.isoformat()} 08:00:00+00",
                "en",
                text,
                "",
                hashlib.sha256(text.encode()).hexdigest(),
                "done",
                "",
                "bench",
                1,
                LOADED_AT,
                LOADED_AT,
                LOADED_AT,
            )

    def report_rows(self) -> Iterator[tuple]:
        for i, event_id in enumerate(self.report_events, start=1):
            yield (i, event_id, i, self.event_dates[event_id - 1], None, None, None, None,
                   '{"event_date": [[0, 10]]}', "{}", "bench", LOADED_AT)  # fmt: skip

    def statement_rows(self) -> Iterator[tuple]:
        rng = self.rng
        for i in range(1, self.statements + 1):
            article = (i * 2 - 1) % self.articles + 1
            yield (
                i,
                article,
                "We will not leave the city",
                40,
                66,
                rng.randint(1, 200),
                "the mayor",
                self.event_dates[self.report_events[article - 1] - 1],
                self.report_events[article - 1],
                0.8,
                "bench",
                LOADED_AT,
                LOADED_AT,
            )


def _cumulative(weights: list[float]) -> list[float]:
    total, out = 0.0, []
    for w in weights:
        total += w
        out.append(total)
    return out


EVENT_COLUMNS = (
    "id", "public_id", "event_date", "date_precision", "disorder_type", "event_type",
    "sub_event_type", "country", "admin1", "city", "districts", "latitude", "longitude",
    "geo_precision", "fatalities", "injured", "children_killed", "children_injured", "weapons",
    "summary", "review_status", "confidence", "fatalities_low", "fatalities_high", "injured_low",
    "injured_high", "merged_into_id", "curated_fields", "created_at", "updated_at",
)  # fmt: skip
TABLES: tuple[tuple[str, tuple[str, ...], Callable[[Generator], Iterator[tuple]]], ...] = (
    ("events_actor", ("id", "name", "normalised_name", "kind", "country", "aliases",
                      "normalised_aliases", "created_at", "updated_at"), Generator.actor_rows),
    ("events_event", EVENT_COLUMNS, Generator.event_rows),
    ("events_eventactor", ("id", "event_id", "actor_id", "role"), Generator.event_actor_rows),
    ("events_article", ("id", "url", "source_name", "title", "published_at", "language", "text",
                        "html", "content_hash", "status", "error", "extractor_version", "attempts",
                        "processed_at", "created_at", "updated_at"), Generator.article_rows),
    ("events_eventreport", ("id", "event_id", "article_id", "event_date", "fatalities", "injured",
                            "children_killed", "children_injured", "evidence", "extracted",
                            "extractor_version", "created_at"), Generator.report_rows),
    ("events_statement", ("id", "article_id", "text", "start", "\"end\"", "speaker_id",
                          "speaker_as_written", "statement_date", "event_id", "confidence",
                          "extractor_version", "created_at", "updated_at"),
     Generator.statement_rows),
)  # fmt: skip


def secondary_indexes(conn: psycopg.Connection, tables: list[str]) -> list[tuple[str, str]]:
    """(name, definition) of the indexes on `tables` that no constraint owns."""
    rows = conn.execute(
        """
        SELECT i.indexname, i.indexdef FROM pg_indexes i
        WHERE i.schemaname = 'public' AND i.tablename = ANY(%s)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
        """,
        [tables],
    ).fetchall()
    return [(name, definition) for name, definition in rows]


def load(url: str, events: int, say: Callable[[str], None] = print) -> float:
    """Empty the domain tables, COPY a dataset of `events` events in; return the seconds taken."""
    started = time.perf_counter()
    generator = Generator(events)
    tables = [table for table, _, _ in TABLES]
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("SET maintenance_work_mem = '1GB'")
        conn.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")
        indexes = secondary_indexes(conn, tables)
        for name, _ in indexes:
            conn.execute(f'DROP INDEX "{name}"')
        for table, columns, rows in TABLES:
            t0 = time.perf_counter()
            count = copy_rows(conn, table, columns, rows(generator))
            say(f"  {table}: {count:,} rows in {time.perf_counter() - t0:.1f}s")
        t0 = time.perf_counter()
        for _, definition in indexes:
            conn.execute(definition)
        say(f"  {len(indexes)} secondary indexes built in {time.perf_counter() - t0:.1f}s")
        for table in tables:
            conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"
            )
        t0 = time.perf_counter()
        for table in tables:
            conn.execute(f"VACUUM (ANALYZE) {table}")
        say(f"  vacuum and analyze in {time.perf_counter() - t0:.1f}s")
    return time.perf_counter() - started
