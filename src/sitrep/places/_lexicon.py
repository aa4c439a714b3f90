"""The place-recognition lexicon (data/places.toml), loaded once and passed around."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Lexicon:
    directions: frozenset[str]
    admin1_words: frozenset[str]
    admin2_words: frozenset[str]
    town_words: frozenset[str]
    abbreviations: dict[str, str]
    stoplist: frozenset[str]
    features: dict[str, str] = field(default_factory=dict)  # type word -> feature code
    event_nouns: frozenset[str] = frozenset()  # "massacre" in "Aleppo Massacre"
    org_type_words: frozenset[str] = frozenset()  # "City" in "Los Angeles City Council"
    admin2_phrases: tuple[str, ...] = ()  # "local government area" after a Nigerian LGA
    agencies: dict[str, str] = field(default_factory=dict)  # "SANA" -> "SY"
    on_after: frozenset[str] = frozenset()  # "airstrikes" in "airstrikes on Derna"
    place_verbs: frozenset[str] = frozenset()  # "entered" in "entered Hama"
    of_nouns: frozenset[str] = frozenset()  # "centre" in "the centre of Belgorod"
    resident_alone: frozenset[str] = frozenset()  # "residents" in "Kabul residents"
    resident_after_article: frozenset[str] = frozenset()  # "man" in "a Gainesville man"
    facilities: frozenset[str] = frozenset()  # "airport" in "Damascus International Airport"
    force_nouns: frozenset[str] = frozenset()  # "soldiers" in "Lebanese soldiers"
    place_nouns: frozenset[str] = frozenset()  # "city" in "the Lebanese city of Tripoli"
    actor_homes: dict[str, str] = field(default_factory=dict)  # armed group -> its country
    titles: frozenset[str] = frozenset()  # "general" in "GENERAL X": a person follows
    given_names: frozenset[str] = frozenset()  # "rodrigo" in "RODRIGO X": a surname follows
    people_before: frozenset[str] = frozenset()  # "ethnic" in "ethnic Rakhine": a people
    street_before: frozenset[str] = frozenset()  # "avenida" in "AVENIDA X": a street follows
    street_after: frozenset[str] = frozenset()  # "street" in "X STREET": X names a street
    wire_admin1: frozenset[str] = frozenset()  # "department" in capitals copy: a region
    origin_nouns: frozenset[str] = frozenset()  # "labourer" in "a labourer from Bihar"
    apposition_nouns: frozenset[str] = frozenset()  # "community" in "X, a community in Y"
    deal_nouns: frozenset[str] = frozenset()  # "accord" in "under the accord signed in X"
    deal_verbs: frozenset[str] = frozenset()  # "agree" in "the deal agreed with Damascus"
    weapon_nouns: frozenset[str] = frozenset()  # "missiles" in "Iskander missiles": no place
    quarter_words: frozenset[str] = frozenset()  # "neighborhood", "colonia": a part of a town
    kind_qualifiers: frozenset[str] = frozenset()  # "refugee" in "X refugee camp"
    public_bodies: frozenset[str] = frozenset()  # "police" in "the Athens Police Department"
    abbreviation_pattern: re.Pattern[str] = field(init=False)
    agency_pattern: re.Pattern[str] = field(init=False)  # any agency's name, any case

    def __post_init__(self) -> None:
        forms = sorted(self.abbreviations, key=len, reverse=True)
        alternatives = "|".join(re.escape(f) for f in forms)
        pattern = re.compile(rf"(?<![\w.])({alternatives})(?![\w]|\.\w)")
        object.__setattr__(self, "abbreviation_pattern", pattern)
        names = "|".join(sorted((re.escape(a) for a in self.agencies), key=len, reverse=True))
        agencies = re.compile(rf"\b(?:{names})\b", re.I) if names else re.compile(r"(?!x)x")
        object.__setattr__(self, "agency_pattern", agencies)

    def feature_of(self, first: str, last: str) -> str | None:
        """Feature code a named feature's type word gives ("Elm Street", "Lake Lanier")."""
        last, first = last.lower(), first.lower()
        if last in self.features:
            return self.features[last]
        if first in ("lake", "mount", "mt.", "interstate", "highway", "route"):
            return self.features.get(first, "MT")
        return None

    def generic_kind(self, word: str) -> str | None:
        word = word.lower()
        if word in self.admin2_words:
            return "admin2"
        if word in self.admin1_words:
            return "admin1"
        if word in self.town_words:
            return "town"
        return None

    @property
    def street_words(self) -> frozenset[str]:
        """Words after a street's name ("X STREET") and before it ("AVENIDA X")."""
        return self.street_after | self.street_before


def load_lexicon(path: Path | None = None) -> Lexicon:
    """Read `data/places.toml` (the packaged one unless `path` is given)."""
    source = path or resources.files("sitrep") / "data" / "places.toml"
    text = source.read_text(encoding="utf-8")
    data = tomllib.loads(text)
    generic = data["generic"]
    return Lexicon(
        directions=frozenset(data["directions"]),
        admin1_words=frozenset(generic["admin1"]),
        admin2_words=frozenset(generic["admin2"]),
        town_words=frozenset(generic["town"]),
        abbreviations=dict(data["abbreviations"]),
        stoplist=frozenset(w.lower() for w in data["stoplist"]["words"]),
        features={w: code for code, words in data["features"].items() for w in words},
        event_nouns=frozenset(data.get("event_nouns", {}).get("words", ())),
        org_type_words=frozenset(generic.get("org_start", ())),
        admin2_phrases=tuple(generic.get("admin2_phrases", ())),
        agencies=dict(data.get("agencies", {})),
        on_after=frozenset(data.get("locative", {}).get("on_after", ())),
        place_verbs=frozenset(data.get("locative", {}).get("verbs", {}).get("words", ())),
        of_nouns=frozenset(data.get("locative", {}).get("of_nouns", {}).get("words", ())),
        resident_alone=frozenset(_residents(data).get("alone", ())),
        resident_after_article=frozenset(_residents(data).get("after_article", ())),
        facilities=frozenset(data.get("facilities", {}).get("words", ())),
        force_nouns=frozenset(data.get("story", {}).get("force_nouns", ())),
        place_nouns=frozenset(data.get("story", {}).get("place_nouns", ())),
        actor_homes=dict(data.get("actor_homes", {})),
        titles=frozenset(data.get("people", {}).get("titles", ())),
        given_names=frozenset(data.get("people", {}).get("given_names", ())),
        people_before=frozenset(data.get("people", {}).get("before_peoples", ())),
        street_before=frozenset(data.get("streets", {}).get("before", ())),
        street_after=frozenset(data.get("streets", {}).get("after", ())),
        wire_admin1=frozenset(generic.get("wire_admin1", ())),
        origin_nouns=frozenset(data.get("people", {}).get("origin_nouns", ())),
        apposition_nouns=frozenset(data.get("apposition", {}).get("nouns", ())),
        deal_nouns=frozenset(data.get("deals", {}).get("nouns", ())),
        deal_verbs=frozenset(data.get("deals", {}).get("verbs", ())),
        weapon_nouns=frozenset(data.get("weapons", {}).get("nouns", ())),
        quarter_words=frozenset(generic.get("quarter", ())),
        kind_qualifiers=frozenset(generic.get("qualifiers", ())),
        public_bodies=frozenset(data.get("public_bodies", {}).get("words", ())),
    )


def _residents(data: dict[str, Any]) -> dict[str, list[str]]:
    residents: dict[str, list[str]] = data.get("locative", {}).get("resident_nouns", {})
    return residents
