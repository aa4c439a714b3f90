"""Generated conflict articles for benchmarks, from sitrep's own templates (invented text).

Each article is about 800 words: a wire dateline, event sentences with actors, places,
dates and tolls, and background paragraphs without events, as real reports mix them.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

PLACES = [
    ("Kharkiv", "Ukraine", "Ukrainian", "Russian"),
    ("El Fasher", "Sudan", "Sudanese", "Rapid Support Forces"),
    ("Mogadishu", "Somalia", "Somali", "al-Shabaab"),
    ("Maiduguri", "Nigeria", "Nigerian", "Boko Haram"),
    ("Goma", "Democratic Republic of the Congo", "Congolese", "M23"),
    ("Idlib", "Syria", "Syrian", "Hayat Tahrir al-Sham"),
    ("Mandalay", "Myanmar", "Myanmar", "People's Defence Force"),
    ("Gao", "Mali", "Malian", "JNIM"),
]
EVENTS = [
    "{enemy} fighters attacked an army post on the outskirts of {city} on {day}, and at least {n} "
    "soldiers were killed in the clashes that followed, a military spokesman said.",
    "An air strike hit a crowded market in {city} on {day}, killing {n} civilians and wounding "
    "dozens more, according to local health officials.",
    "{adj} troops recaptured two villages north of {city} on {day} after heavy fighting with "
    "{enemy}, the defence ministry said in a statement.",
    "Gunmen abducted {n} aid workers travelling on the main road south of {city} on {day}, "
    "their organisation said.",
    "Police fired tear gas to disperse hundreds of protesters who marched through central {city} "
    "on {day} to demand the release of detained activists.",
    "Thousands of residents fled {city} on {day} as shelling intensified around the city, "
    "the United Nations refugee agency reported.",
    "A roadside bomb struck a convoy near {city} on {day}, killing {n} police officers.",
    "{enemy} seized control of a border crossing east of {city} on {day}, residents said.",
]
BACKGROUND = [
    "The conflict has displaced millions of people over the past years and aid agencies warn "
    "that the humanitarian situation continues to deteriorate as funding falls short.",
    "Diplomats have called repeatedly for talks between the parties, but previous rounds of "
    "negotiations ended without a lasting agreement on the main disputed issues.",
    "Analysts say the fighting reflects a wider struggle for influence in the region, where "
    "several outside powers support rival factions with money and weapons.",
    "Prices of bread and fuel have risen sharply in recent months, and many families now rely "
    "on food aid distributed by international organisations and local volunteers.",
    "Journalists have limited access to the front lines, and reports from the area are often "
    "difficult to verify independently, the organisation noted in its latest briefing.",
    "The government has promised to rebuild damaged schools and clinics once security allows, "
    "although officials acknowledge that reconstruction could take many years to complete.",
    "Local leaders said that many young men had joined armed groups because they saw no other "
    "way to earn a living after the harvest failed for a second year.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def article(index: int, words: int = 800) -> dict[str, str]:
    rng = random.Random(index)
    city, country, adj, enemy = rng.choice(PLACES)
    fill = {"city": city, "adj": adj, "enemy": enemy}
    paragraphs = [f"{city.upper()}, {country} (Newswire) - " + _event(rng, fill)]
    while sum(len(p.split()) for p in paragraphs) < words:
        pick = _event(rng, fill) if rng.random() < 0.35 else rng.choice(BACKGROUND)
        paragraphs.append(pick)
    title = f"Violence flares around {city} as fighting spreads"
    day = 1 + index % 27
    return {
        "id": f"gen-{index:05d}",
        "text": title + "\n\n" + "\n\n".join(paragraphs),
        "published": f"2025-0{1 + index % 9}-{day:02d}",
    }


def _event(rng: random.Random, fill: dict[str, str]) -> str:
    template = rng.choice(EVENTS)
    return template.format(day=rng.choice(DAYS), n=rng.randint(2, 40), **fill)


def articles(count: int) -> Iterator[dict[str, str]]:
    return (article(i) for i in range(count))


def write_jsonl(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for item in articles(count):
            out.write(json.dumps(item) + "\n")
    return path


# ---------------------------------------------------------------- republished copies

OUTLET_LINES = [
    "Subscribe to our daily briefing for the latest updates from the region.",
    "Follow us on social media and share this story with your friends.",
    "This article was produced with the support of our regional partners.",
    "Copyright 2025 the publisher. All rights reserved. Reproduction prohibited.",
    "Related coverage: analysis, maps and a timeline of the conflict are on our website.",
]
HEADLINES = [
    "Deadly violence in {city} as fighting spreads",
    "{city}: residents count the cost of a week of clashes",
    "UPDATE 2-Fighting near {city} leaves many dead",
    "What we know about the latest attacks around {city}",
]
REWORDINGS = [(" said", " told reporters"), (" killing ", " leaving dead "), ("Thousands", "Many")]


def story(index: int, words: int) -> dict[str, str]:
    """A report of its own: paragraphs of two or three event sentences each, and at most two
    background paragraphs (which other stories share, as reports on one conflict do)."""
    rng = random.Random(index)
    city, country, adj, enemy = rng.choice(PLACES)
    fill = {"city": city, "adj": adj, "enemy": enemy}
    paragraphs = [f"{city.upper()}, {country} (Newswire) - " + _event(rng, fill)]
    background = rng.sample(BACKGROUND, 2)
    while sum(len(p.split()) for p in paragraphs) < words:
        if background and rng.random() < 0.2:
            paragraphs.append(background.pop())
        else:
            paragraphs.append(" ".join(_event(rng, fill) for _ in range(rng.randint(2, 3))))
    return {
        "id": f"story-{index:05d}", "story": f"story-{index:05d}",
        "text": f"Violence flares around {city}\n\n" + "\n\n".join(paragraphs),
        "published": f"2025-0{1 + index % 9}-{1 + index % 27:02d}",
    }  # fmt: skip


def republished(index: int, copies: int) -> list[dict[str, str]]:
    """An original story and `copies` reprints: new headline, outlet lines added, the end cut,
    a few words changed (each reprint picks some of these at random)."""
    rng = random.Random(10_000 + index)
    original = story(index, words=rng.choice([300, 500, 800]))
    city = rng.choice(PLACES)[0]
    out = [original]
    for n in range(copies):
        title, _, body = original["text"].partition("\n\n")
        paragraphs = body.split("\n\n")
        if rng.random() < 0.7:
            title = rng.choice(HEADLINES).format(city=city)
        if rng.random() < 0.5:
            keep = max(2, int(len(paragraphs) * rng.uniform(0.55, 0.9)))
            paragraphs = paragraphs[:keep]
        if rng.random() < 0.5:
            paragraphs = paragraphs + rng.sample(OUTLET_LINES, rng.randint(1, 3))
        text = "\n\n".join(paragraphs)
        if rng.random() < 0.5:
            for old, new in rng.sample(REWORDINGS, 2):
                text = text.replace(old, new, 1)
        copy = {"id": f"{original['id']}-copy{n}", "text": title + "\n\n" + text}
        out.append({**copy, "published": original["published"], "story": original["id"]})
    return out


def copy_set(stories: int, seed: int = 7) -> list[dict[str, str]]:
    """`stories` originals, each with 0-4 reprints, shuffled (a reprint may come first).
    Distinct stories share templates, places and background paragraphs: hard cases."""
    rng = random.Random(seed)
    items = [item for i in range(stories) for item in republished(50_000 + i, rng.randint(0, 4))]
    rng.shuffle(items)
    return items
