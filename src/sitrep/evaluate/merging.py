"""The merge check: a generated set of articles telling 30 events in different words and
outlets, coded by sitrep, grouped by `sources/corroborate.py`, scored pair by pair.

Every text here is invented for sitrep. Each event is told by three outlets in their own
words (different counts, times, attributions); eight of them also by a wire agency whose
story two outlets republish nearly verbatim (copies, which must merge but not count as
confirmation). Six events are dated a day later by their third outlet, as happens with
night-time events. Several events sit close to another one on purpose: the same town eleven or
seven days later, the same city the next day, a town 70 km away on the same day, and two
strikes on one city on one day (an army air raid on a paramilitary's bases, the
paramilitary's shelling of homes), and two protests by different crowds in one city on one
day.

Scoring: for each article, its *main* event is the extracted event nearest the told event
(within 30 km and a week; of the told type family if one is, so a mistyped event still
counts and its missed merge shows as lost recall); pairs of articles whose main events
were grouped together are predicted merges, pairs telling the same event are true merges.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import combinations

from rich.console import Console
from rich.table import Table

MONTHS = "January February March April May June July August September October November December"
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBER_WORDS = [
    "no",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
]


@dataclass(frozen=True)
class Told:
    """One event to tell: what happened, where, when, by and to whom."""

    id: str
    kind: str  # a key of TEMPLATES
    town: str
    region: str
    country: str
    day: str  # ISO date
    doer: tuple[str, ...]  # ways to name who did it
    target: tuple[str, ...]  # ways to name who it was done to, or what was hit
    dead: tuple[int, int, int]  # the count each of the three outlets gives
    lat: float
    lon: float
    wire: bool = False  # also told by the wire agency, and republished twice
    late: bool = False  # the third outlet dates it a day later (a night-time event)


EVENTS: tuple[Told, ...] = (
    Told("sd-kadugli-1", "drone", "Kadugli", "South Kordofan", "Sudan", "2025-03-04",
         ("the Rapid Support Forces", "RSF paramilitaries"), ("a fuel depot", "the fuel depot"),
         (6, 8, 6), 11.01, 29.72, wire=True),
    Told("sd-obeid", "shelling", "El Obeid", "North Kordofan", "Sudan", "2025-03-04",
         ("the Rapid Support Forces", "RSF fighters"), ("residential districts", "homes"),
         (3, 3, 4), 13.18, 30.22, late=True),
    Told("sd-kadugli-2", "drone", "Kadugli", "South Kordofan", "Sudan", "2025-03-15",
         ("the Rapid Support Forces", "the RSF"), ("a power station", "the power plant"),
         (2, 2, 3), 11.01, 29.72),
    Told("bf-djibo", "massacre", "Djibo", "Sahel region", "Burkina Faso", "2025-03-09",
         ("suspected jihadists", "gunmen believed to be jihadists"), ("villagers", "civilians"),
         (12, 15, 12), 14.10, -1.63, wire=True),
    Told("bf-dori", "clash", "Dori", "Sahel region", "Burkina Faso", "2025-03-09",
         ("militants", "jihadist fighters"), ("soldiers", "the army"),
         (4, 4, 5), 14.04, -0.03),
    Told("ml-mopti", "clash", "Mopti", "Mopti region", "Mali", "2025-03-08",
         ("JNIM militants", "fighters of the al-Qaeda-linked JNIM"),
         ("Malian soldiers", "the army"),
         (9, 9, 11), 14.49, -4.20, late=True),
    Told("ml-bamako", "protest", "Bamako", "Bamako", "Mali", "2025-03-08",
         ("traders", "shopkeepers and drivers"), ("fuel prices", "the rising cost of fuel"),
         (0, 0, 0), 12.65, -8.00),
    Told("ke-nairobi-1", "dispersed", "Nairobi", "Nairobi", "Kenya", "2025-03-07",
         ("university students", "students"), ("higher tuition fees", "a rise in fees"),
         (0, 0, 0), -1.29, 36.82, wire=True),
    Told("ke-nairobi-2", "protest", "Nairobi", "Nairobi", "Kenya", "2025-03-07",
         ("teachers", "striking teachers"), ("unpaid salaries", "salary arrears"),
         (0, 0, 0), -1.29, 36.82),
    Told("ng-kaduna", "abduction", "Kaduna", "Kaduna State", "Nigeria", "2025-03-07",
         ("armed men", "bandits"), ("students", "pupils"), (0, 0, 0), 10.52, 7.44, wire=True),
    Told("ng-maiduguri", "suicide", "Maiduguri", "Borno State", "Nigeria", "2025-03-10",
         ("a suicide bomber", "a female suicide bomber"), ("a crowded market", "the market"),
         (7, 9, 7), 11.85, 13.16, late=True),
    Told("ng-bama", "clash", "Bama", "Borno State", "Nigeria", "2025-03-10",
         ("Boko Haram fighters", "Boko Haram insurgents"), ("soldiers", "troops"),
         (5, 5, 6), 11.52, 13.69),
    Told("af-kandahar", "ied", "Kandahar", "Kandahar province", "Afghanistan", "2025-03-08",
         ("a roadside bomb", "a bomb planted by the road"), ("a military vehicle", "an army truck"),
         (3, 3, 4), 31.61, 65.71),
    Told("ua-kharkiv-1", "missile", "Kharkiv", "Kharkiv region", "Ukraine", "2025-03-06",
         ("Russian forces", "Russia"), ("an apartment block", "a residential building"),
         (4, 5, 4), 49.99, 36.23, wire=True),
    Told("sd-obeid-air", "airstrike", "El Obeid", "North Kordofan", "Sudan", "2025-03-04",
         ("the Sudanese army", "the army's air force"), ("RSF positions", "RSF bases"),
         (20, 24, 20), 13.18, 30.22),
    Told("ua-kharkiv-2", "missile", "Kharkiv", "Kharkiv region", "Ukraine", "2025-03-07",
         ("Russian forces", "Russia"), ("a shopping centre", "a supermarket"),
         (2, 2, 3), 49.99, 36.23),
    Told("so-baidoa", "shelling", "Baidoa", "Bay region", "Somalia", "2025-03-05",
         ("al-Shabaab militants", "al-Shabaab"), ("the airport", "the airport area"),
         (2, 2, 3), 3.11, 43.65),
    Told("so-kismayo", "clash", "Kismayo", "Lower Juba", "Somalia", "2025-03-11",
         ("al-Shabaab fighters", "al-Shabaab militants"), ("government troops", "soldiers"),
         (6, 6, 8), -0.36, 42.55),
    Told("cd-goma", "clash", "Goma", "North Kivu", "DR Congo", "2025-03-03",
         ("M23 rebels", "fighters of the M23 rebel group"), ("Congolese troops", "the army"),
         (15, 17, 15), -1.68, 29.22, wire=True),
    Told("cd-beni", "massacre", "Beni", "North Kivu", "DR Congo", "2025-03-05",
         ("ADF rebels", "fighters of the Allied Democratic Forces"), ("villagers", "civilians"),
         (18, 18, 21), 0.49, 29.47, late=True),
    Told("mm-lashio", "airstrike", "Lashio", "Shan State", "Myanmar", "2025-03-12",
         ("the military", "junta aircraft"), ("a village market", "the market"),
         (9, 11, 9), 22.94, 97.75),
    Told("sy-idlib", "airstrike", "Idlib", "Idlib province", "Syria", "2025-03-02",
         ("government warplanes", "Syrian government aircraft"), ("a school", "a school building"),
         (5, 5, 6), 35.93, 36.63),
    Told("ye-taiz", "shelling", "Taiz", "Taiz governorate", "Yemen", "2025-03-13",
         ("Houthi forces", "the Houthis"), ("a residential neighbourhood", "houses"),
         (2, 2, 3), 13.58, 44.02, late=True),
    Told("et-gondar", "clash", "Gondar", "Amhara region", "Ethiopia", "2025-03-04",
         ("Fano militiamen", "Fano fighters"), ("federal troops", "the federal army"),
         (10, 12, 10), 12.60, 37.47, wire=True),
    Told("mz-mocimboa", "massacre", "Mocimboa da Praia", "Cabo Delgado", "Mozambique",
         "2025-03-06", ("insurgents", "Islamist insurgents"), ("villagers", "residents"),
         (4, 4, 5), -11.35, 40.35),
    Told("ht-portauprince", "massacre", "Port-au-Prince", "Ouest", "Haiti", "2025-03-09",
         ("gang members", "armed gangs"), ("residents", "civilians"),
         (8, 10, 8), 18.54, -72.34, wire=True),
    Told("pk-quetta", "riot", "Quetta", "Balochistan", "Pakistan", "2025-03-11",
         ("traders", "angry traders"), ("power cuts", "hours of power cuts"),
         (0, 0, 0), 30.19, 67.01),
    Told("co-cucuta", "clash", "Cucuta", "Norte de Santander", "Colombia", "2025-03-02",
         ("ELN guerrillas", "fighters of the ELN"), ("FARC dissidents", "a FARC dissident faction"),
         (7, 7, 9), 7.89, -72.51, late=True),
    Told("mx-culiacan", "massacre", "Culiacan", "Sinaloa", "Mexico", "2025-03-10",
         ("gunmen", "cartel gunmen"), ("people at a car wash", "workers at a car wash"),
         (5, 6, 5), 24.80, -107.39, wire=True),
    Told("iq-kirkuk", "ied", "Kirkuk", "Kirkuk province", "Iraq", "2025-03-12",
         ("a roadside bomb", "an improvised explosive device"), ("a police patrol", "police"),
         (2, 2, 2), 35.47, 44.39),
)  # fmt: skip

OUTLETS = (
    ("Coastal Herald", "coastalherald.example"),
    ("The Daily Meridian", "dailymeridian.example"),
    ("Frontline Observer", "frontlineobserver.example"),
    ("Savanna Times", "savannatimes.example"),
    ("The Northern Ledger", "northernledger.example"),
    ("Crossroads Post", "crossroadspost.example"),
    ("Harbour Gazette", "harbourgazette.example"),
)
WIRE = ("Meridian Press", "meridianpress.example")

# Three ways to tell each kind of event ({n} dead, {doer}, {target}, {town}, {region},
# {country}, {when}), then the wire agency's way. The headline is the first line.
TEMPLATES: dict[str, tuple[str, ...]] = {
    "drone": (
        "Drone strike kills {n} in {town}\n\n{doer_c} struck {target} in {town}, in {country}'s "
        "{region}, {when}, killing {n} people, local officials said. Thick smoke rose over the "
        "city for hours.",
        "{n_c} dead after drone hits {town}\n\n{n_c} people died {when} when a drone launched by "
        "{doer} hit {target} in the city of {town}, residents said. Rescue teams searched the "
        "rubble into the night.",
        "{town} counts its dead\n\nAt least {n} people were killed {when} in a drone attack on "
        "{target} in {town}, a hospital director told reporters, blaming {doer}.",
        "{doer_c} drone attack on {town} kills {n}\n\n{doer_c} carried out a drone strike on "
        "{target} in {town} {when}, killing {n} people and wounding several more, a local "
        "official said.",
    ),
    "shelling": (
        "Shelling kills {n} in {town}\n\n{doer_c} shelled {target} of {town} {when}, killing "
        "{n} civilians, the health authorities in {region} said.",
        "{n_c} killed as shells rain on {town}\n\nArtillery fire by {doer} hit {target} in {town} "
        "{when}. {n_c} people were killed, according to a local medic.",
        "Mortar rounds hit {town}\n\nMortar shells fired by {doer} landed on {target} in {town} "
        "{when}, killing {n} people, witnesses said.",
        "{doer_c} shelling kills {n} in {town}\n\n{doer_c} shelled {target} in {town} {when}, "
        "killing {n} people, a local official said.",
    ),
    "missile": (
        "Missile strike on {town} kills {n}\n\n{doer_c} hit {target} in {town} with a missile "
        "{when}, killing {n} people, the {region} governor said.",
        "{n_c} dead in {town} strike\n\nA missile fired by {doer} struck {target} in {town} "
        "{when}, killing {n} civilians, emergency services said. Several people remain missing.",
        "{town} hit again\n\n{n_c} people were killed when {doer} launched a missile at {target} "
        "in central {town} {when}, officials said.",
        "{doer_c} missile strike kills {n} in {town}\n\n{doer_c} struck {target} in {town} with "
        "a missile {when}, killing {n} people, the regional governor said.",
    ),
    "airstrike": (
        "Air strike kills {n} in {town}\n\nWarplanes of {doer} bombed {target} in {town}, "
        "{region}, {when}, killing {n} people, rescuers said.",
        "{n_c} killed in {town} air raid\n\nAn air strike by {doer} hit {target} in {town} "
        "{when}. At least {n} people were killed, local volunteers said.",
        "Bombs fall on {town}\n\n{doer_c} bombed {target} in {town} {when}, a rescue worker "
        "said, and {n} people were killed in the raid.",
        "{doer_c} air strike kills {n} in {town}\n\n{doer_c} carried out an air strike on "
        "{target} in {town} {when}, killing {n} people, a rescue official said.",
    ),
    "clash": (
        "{n_c} killed in clashes near {town}\n\nFighting broke out between {doer} and {target} "
        "near {town} in {country}'s {region} {when}, leaving {n} people dead, a security source "
        "said.",
        "Heavy fighting in {town}\n\n{doer_c} attacked {target} on the outskirts of {town} {when}. "
        "{n_c} people were killed in the fighting, officials said.",
        "Battle for {town}\n\n{target_c} clashed with {doer} around {town} {when}, and at least "
        "{n} fighters were killed, a local official said.",
        "Clashes near {town} kill {n}\n\n{doer_c} fought {target} near {town} {when}, and {n} "
        "people were killed in the clashes, a military source said.",
    ),
    "massacre": (
        "{n_c} killed in attack on {town}\n\n{doer_c} attacked {target} in {town}, {region}, "
        "{when}, killing {n} people, a local leader said.",
        "Attack in {town} leaves {n} dead\n\n{doer_c} stormed {town} {when} and shot dead {n} "
        "{target}, survivors said. Many families fled.",
        "Survivors describe {town} killings\n\n{n_c} {target} were killed {when} when {doer} "
        "opened fire in {town}, residents told reporters.",
        "{doer_c} kill {n} in {town}\n\n{doer_c} killed {n} {target} in an attack on {town} "
        "{when}, a local official said.",
    ),
    "abduction": (
        "Students kidnapped in {town}\n\n{doer_c} abducted dozens of {target} from a school in "
        "{town} {when}, police in {region} said.",
        "Kidnapping at {town} school\n\n{doer_c} stormed a boarding school in {town} {when} and "
        "kidnapped dozens of {target}, a teacher said.",
        "Search for abducted {target}\n\nSecurity forces are searching for dozens of {target} "
        "who were abducted by {doer} in {town} {when}, officials said.",
        "{doer_c} kidnap {target} in {town}\n\n{doer_c} kidnapped dozens of {target} from a "
        "school in {town} {when}, police said.",
    ),
    "suicide": (
        "Suicide bombing kills {n} in {town}\n\n{doer_c} blew herself up in {target} in {town} "
        "{when}, killing {n} people, emergency officials said.",
        "{n_c} dead in {town} blast\n\nA suicide blast tore through {target} in {town} {when}, "
        "killing {n} people, witnesses said.",
        "{town} market bombing\n\n{n_c} people were killed when {doer} detonated explosives at "
        "{target} in {town} {when}, police said.",
        "Suicide attack kills {n} in {town}\n\n{doer_c} detonated explosives in {target} in "
        "{town} {when}, killing {n} people, police said.",
    ),
    "ied": (
        "Roadside bomb kills {n} in {town}\n\n{doer_c} struck {target} in {town} {when}, "
        "killing {n} people, officials said.",
        "{n_c} killed by blast in {town}\n\n{doer_c} exploded under {target} in {town} {when}, "
        "killing {n} people, a security official said.",
        "Blast hits {target} in {town}\n\n{n_c} people died {when} when {doer} went off beside "
        "{target} in {town}, local officials said.",
        "Bomb kills {n} in {town}\n\n{doer_c} hit {target} in {town} {when}, killing {n} "
        "people, security officials said.",
    ),
    "protest": (
        "Thousands march in {town}\n\nThousands of {doer} marched peacefully through {town} "
        "{when} to protest against {target}, organisers said.",
        "{town} protest over {target}\n\n{doer_c} held a peaceful demonstration in central "
        "{town} {when} against {target}. The rally ended without incident.",
        "Rally in {town}\n\nHundreds of {doer} rallied in {town} {when}, demanding action on "
        "{target}, witnesses said.",
        "{doer_c} protest in {town}\n\n{doer_c} demonstrated in {town} {when} against {target}, "
        "organisers said.",
    ),
    "dispersed": (
        "Police tear gas {doer} in {town}\n\nPolice fired tear gas to disperse hundreds of "
        "{doer} protesting in {town} {when} against {target}.",
        "{town} protest broken up\n\nPolice in {town} broke up a demonstration by {doer} "
        "against {target} {when}, firing tear gas at the crowd, witnesses said.",
        "Tear gas in {town}\n\nHundreds of {doer} demonstrated in {town} {when} against "
        "{target}; police dispersed them with tear gas and made several arrests.",
        "Police disperse {doer} in {town}\n\nPolice used tear gas to disperse {doer} "
        "demonstrating in {town} {when} against {target}, witnesses said.",
    ),
    "riot": (
        "Riots in {town} over {target}\n\nAngry {doer} burned tyres and threw stones at shops "
        "in {town} {when} in protest against {target}, police said.",
        "{town} unrest\n\nRioting {doer} torched vehicles and blocked roads in {town} {when}, "
        "venting their anger at {target}, witnesses said.",
        "Violent protest in {town}\n\nHundreds of {doer} rioted in {town} {when}, smashing "
        "windows and setting fires over {target}, officials said.",
        "{doer_c} riot in {town}\n\n{doer_c} rioted in {town} {when}, throwing stones and "
        "burning tyres over {target}, police said.",
    ),
}


@dataclass(frozen=True)
class Written:
    """One generated article and the event it tells."""

    key: str  # its URL
    outlet: str
    published: str  # ISO date
    text: str
    told: str  # the Told id
    copy_of: str | None = None  # the key of the wire story it republishes


def generate(seed: int = 15) -> list[Written]:
    """The article set: three outlets per event, plus the wire story and two republications
    for the wire events; shuffled, as outlets publish in no particular order."""
    rng = random.Random(seed)
    articles: list[Written] = []
    for told in EVENTS:
        outlets = rng.sample(OUTLETS, 5)
        for version in range(3):
            name, domain = outlets[version]
            articles.append(_write(told, version, name, domain, rng))
        if told.wire:
            wire = _write(told, 3, *WIRE, rng, dateline=True)
            articles.append(wire)
            for name, domain in outlets[3:5]:
                articles.append(_republish(wire, name, domain, rng))
    rng.shuffle(articles)
    return articles


def _write(
    told: Told, version: int, outlet: str, domain: str, rng: random.Random, dateline: bool = False
) -> Written:
    day = date.fromisoformat(told.day)
    lag = rng.choice((0, 1, 1)) if version < 3 else 0
    published = day + timedelta(days=lag)
    n = told.dead[min(version, 2)]
    slots = {
        "n": str(n),
        "n_c": _number(n).capitalize(),
        "doer": told.doer[version % 2],
        "doer_c": _cap(told.doer[version % 2]),
        "target": told.target[version % 2],
        "target_c": _cap(told.target[version % 2]),
        "town": told.town,
        "region": told.region,
        "country": told.country,
        "when": _when(day + timedelta(days=told.late and version == 2), lag, rng),
    }
    headline, body = TEMPLATES[told.kind][version].format(**slots).split("\n\n", 1)
    if dateline:
        body = f"{told.town.upper()}, {_month_day(day)} ({outlet}) - {body}"
    stamp = _stamp(published, rng)
    text = f"{headline}\n\n{stamp}\n\nBy {outlet} staff\n\n{body}\n"
    key = f"https://{domain}/{published:%Y/%m}/{told.id}-{version}"
    return Written(key, outlet, published.isoformat(), text, told.id)


def _republish(wire: Written, outlet: str, domain: str, rng: random.Random) -> Written:
    """The wire story as another outlet runs it: its own headline case, date form and footer."""
    headline, _, rest = wire.text.partition("\n\n")
    _, _, body = rest.partition("\n\n")
    body = body.split("\n\n", 1)[1]  # the wire's byline goes; its dateline stays
    stamp = _stamp(date.fromisoformat(wire.published), rng)
    footer = rng.choice(("This story was provided by a news agency.", "(Agency copy.)"))
    text = f"{headline.upper()}\n\n{stamp}\n\n{body.rstrip()}\n\n{footer}\n"
    key = f"https://{domain}/wire/{wire.told}"
    return Written(key, outlet, wire.published, text, wire.told, copy_of=wire.key)


def _when(day: date, lag: int, rng: random.Random) -> str:
    weekday = WEEKDAYS[day.weekday()]
    choices = [f"on {weekday}", f"on {weekday} morning", f"on {_day_month(day)}"]
    if lag == 1:
        choices += ["yesterday", f"late on {weekday}"]
    return rng.choice(choices)


def _stamp(published: date, rng: random.Random) -> str:
    forms = (
        f"{_month_day(published)}, {published.year}",
        f"{_day_month(published)} {published.year}",
    )
    return rng.choice(forms)


def _month_day(day: date) -> str:
    return f"{MONTHS.split()[day.month - 1]} {day.day}"


def _day_month(day: date) -> str:
    return f"{day.day} {MONTHS.split()[day.month - 1]}"


def _number(n: int) -> str:
    return NUMBER_WORDS[n] if n < len(NUMBER_WORDS) else str(n)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# ---------------------------------------------------------------- scoring


@dataclass(frozen=True)
class Score:
    articles: int
    events: int  # told events
    found: int  # articles whose told event was extracted
    true_pairs: int  # pairs of found articles telling one event
    predicted_pairs: int  # pairs of found articles whose main events were grouped together
    correct_pairs: int
    groups: int  # groups holding at least one main event
    copies_found: int  # articles recognised as copies of their wire story
    copies: int  # republished wire stories
    wrong_copies: int  # articles taken for copies of a story they do not copy
    wrong_merges: int  # grouped pairs of any events from articles telling different events

    @property
    def precision(self) -> float:
        return self.correct_pairs / self.predicted_pairs if self.predicted_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.correct_pairs / self.true_pairs if self.true_pairs else 1.0


def closeness(told: Told, event_type: str, lat: float | None, lon: float | None,
              day: str | None, families: dict[str, int]) -> tuple[int, int] | None:  # fmt: skip
    """How near an extracted event is to the told one (smaller is nearer): a differing type
    family first, then days apart; None when over 30 km or a week away."""
    from sitrep.sources.corroborate import haversine_km

    if lat is None or lon is None or haversine_km(lat, lon, told.lat, told.lon) > 30 or not day:
        return None
    days = abs((date.fromisoformat(day) - date.fromisoformat(told.day)).days)
    if days > 7:
        return None
    return (families.get(event_type, -1) != families.get(KIND_TYPES[told.kind], -2), days)


KIND_TYPES = {
    "drone": "Explosions/Remote violence", "shelling": "Explosions/Remote violence",
    "missile": "Explosions/Remote violence", "airstrike": "Explosions/Remote violence",
    "ied": "Explosions/Remote violence", "suicide": "Explosions/Remote violence",
    "clash": "Battles", "massacre": "Violence against civilians",
    "abduction": "Violence against civilians", "protest": "Protests",
    "dispersed": "Protests", "riot": "Riots",
}  # fmt: skip


def score(
    articles: Sequence[Written],
    main: dict[str, int | None],
    groups: Sequence[Sequence[int]],
    copies: dict[str, str],
    reports_told: Sequence[str],
) -> Score:
    """`main` maps an article key to the index of its main event among the grouped reports
    (None when not extracted); `groups` holds those indexes; `copies` the found copies;
    `reports_told` the told event of each report's article."""
    group_of = {i: g for g, members in enumerate(groups) for i in members}
    found = [a for a in articles if main.get(a.key) is not None]
    truth = predicted = correct = 0
    for a, b in combinations(found, 2):
        same = a.told == b.told
        grouped = group_of[main[a.key]] == group_of[main[b.key]]  # type: ignore[index]
        truth += same
        predicted += grouped
        correct += same and grouped
    copied = [a for a in articles if a.copy_of]
    family = {a.key: a.copy_of or a.key for a in articles if a.copy_of or a.outlet == WIRE[0]}
    return Score(
        articles=len(articles),
        events=len({a.told for a in articles}),
        found=len(found),
        true_pairs=truth,
        predicted_pairs=predicted,
        correct_pairs=correct,
        groups=len({group_of[main[a.key]] for a in found}),  # type: ignore[index]
        copies_found=sum(1 for k, o in copies.items() if family.get(k, k) == family.get(o)),
        copies=len(copied),
        wrong_copies=sum(1 for k, o in copies.items() if family.get(k, k) != family.get(o)),
        wrong_merges=_wrong_merges(reports_told, groups),
    )


def _wrong_merges(reports_told: Sequence[str], groups: Sequence[Sequence[int]]) -> int:
    """Pairs of grouped reports (any event, not only the main ones) from articles that tell
    different events."""
    return sum(
        reports_told[a] != reports_told[b]
        for members in groups
        for a, b in combinations(members, 2)
    )


def score_table(result: Score) -> Table:
    table = Table(title="One event, many sources: merges on the generated set")
    table.add_column("measure")
    table.add_column("value", justify="right")
    rows = [
        ("articles / told events", f"{result.articles} / {result.events}"),
        ("articles whose event was extracted", str(result.found)),
        ("groups formed (ideal: one per event)", str(result.groups)),
        ("pairs merged / pairs to merge", f"{result.predicted_pairs} / {result.true_pairs}"),
        ("merge precision", f"{result.precision:.3f}"),
        ("merge recall", f"{result.recall:.3f}"),
        ("grouped pairs of any events across told events", str(result.wrong_merges)),
        (
            "copies recognised (wire story and republications)",
            f"{result.copies_found} / {result.copies}",
        ),
        ("articles taken for copies wrongly", str(result.wrong_copies)),
    ]
    for row in rows:
        table.add_row(*row)
    return table


def main(console: Console, *, seed: int = 15) -> int:
    """Generate, code, group and score; print the table. Exit code 0."""
    result = evaluate(seed=seed)
    console.print(score_table(result))
    return 0


def evaluate(*, seed: int = 15) -> Score:
    """Code the generated articles with the full pipeline and score the merges."""
    from sitrep.pipeline import Pipeline, capture_from_string
    from sitrep.sources.copies import find_copies
    from sitrep.sources.corroborate import Report, group, load_rules

    rules = load_rules()
    articles = generate(seed)
    told = {t.id: t for t in EVENTS}
    pipeline = Pipeline.load()
    in_order = sorted(articles, key=lambda a: (a.published, a.key))
    extractions = {
        a.key: pipeline.extract_capture(
            capture_from_string(a.text, id=a.key.rsplit("/", 1)[-1], url=a.key)
        )
        for a in in_order
    }
    bodies = [(a.key, extractions[a.key].article.body) for a in in_order]
    copies = find_copies(bodies, threshold=rules.copy_threshold, size=rules.shingle_words)
    reports: list[Report] = []
    main_of: dict[str, int | None] = {}
    for a in in_order:
        nearest: tuple[tuple[int, int], int] | None = None
        for event in extractions[a.key].events:
            near = closeness(
                told[a.told], event.event_type, event.latitude, event.longitude,
                event.event_date, rules.families,
            )  # fmt: skip
            if near is not None and (nearest is None or near < nearest[0]):
                nearest = (near, len(reports))
            reports.append(Report(event, a.key, a.outlet, a.key, copies.get(a.key)))
        main_of[a.key] = nearest[1] if nearest else None
    groups = group(reports, rules)
    told_of = {a.key: a.told for a in articles}
    return score(articles, main_of, groups, copies, [told_of[r.document] for r in reports])
