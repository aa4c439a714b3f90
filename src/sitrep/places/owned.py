"""Toponyms inside the names of organisations and facilities ("the Gainesville Police
Department", "the University of Georgia", "Boone County Fairgrounds").

Geoparsing corpora such as LGL count them as toponyms; sitrep codes where events happen, and
an organisation's name says whose it is, not where anything happens. So these are `modifier`
places, asked for with `locate(..., owners=True)`, and never an event's setting.

A name inside an organisation's is kept when the article names the same place elsewhere
(it then means what it means there), when it is a country or a first-level region
("the Minnesota House"), read in the country the article's other places lie in, or when it
heads a local public body ("the Athens Police Department") or closes one after "of" ("the
University of Rochester"): the town or county of that name in the article's country nearest
its other places.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span

from sitrep.model import Passage, Place
from sitrep.places._lexicon import Lexicon
from sitrep.places._normalize import name_key
from sitrep.places.capitals import entry_place
from sitrep.places.gazetteer import Entry, Gazetteer
from sitrep.places.resolve import haversine_km

OWNER_LABELS = frozenset({"ORG", "FAC"})
MAX_WORDS = 4  # "Prince George's County"
REGION_FEATURES = ("PCLI", "ADM1")


def names_in_organisations(
    passages: Sequence[Passage], docs: Sequence[Doc], places: Sequence[Place], gazetteer: Gazetteer
) -> list[Place]:
    """`places` with the toponyms inside organisations' and facilities' names added."""
    known = {name_key(p.text): p for p in places if p.latitude is not None and not p.modifier}
    candidates = [
        (passage, words)
        for passage, doc in zip(passages, docs, strict=True)
        for ent in doc.ents
        if ent.label_ in OWNER_LABELS
        for words in _inner_names(ent, gazetteer.lexicon)
    ]
    regions = _regions({name_key(w.text) for _, w in candidates} - set(known), gazetteer)
    home = _home_country(places, gazetteer)
    heads = [w for _, w in candidates if _heads_public_body(w, gazetteer.lexicon) or _ends_of(w)]
    bodies = {name_key(w.text) for w in heads} - set(known)
    towns = _local_entries(gazetteer.lookup(bodies) if bodies else {})
    anchors = [p for p in places if p.latitude is not None and not p.modifier]
    out = list(places)
    for passage, words in candidates:
        start, end = passage.original_span(words.start_char, words.end_char)
        if end - start != len(words.text) or any(p.start < end and start < p.end for p in out):
            continue
        key = name_key(words.text)
        if key in known:
            found = replace(known[key], start=start, end=end, text=words.text, modifier=True)
        elif (entry := _region(regions.get(key, []), home)) is not None or (
            words in heads and (entry := _local_reading(key, towns, home, anchors))
        ):
            found = replace(entry_place(entry, gazetteer, start, end, words.text), modifier=True)
        else:
            continue
        out.append(found)
    return sorted(out, key=lambda p: p.start)


def _inner_names(ent: Span, lexicon: Lexicon) -> list[Span]:
    """Runs of capitalised words inside the name, longest first, leaving a word of the name
    outside ("Gainesville" of "Gainesville Police", not all of "Gainesville")."""
    words = [t for t in ent if t.lower_ not in ("the", "a", "an")]
    if len(words) < 2:
        return []
    first, last = words[0].i, words[-1].i + 1
    runs = []
    for size in range(min(MAX_WORDS, last - first - 1), 0, -1):
        for i in range(first, last - size + 1):
            span = ent.doc[i : i + size]
            if all(t.text[:1].isupper() for t in span) and _whole_name(span, last, lexicon):
                runs.append(span)
    return runs


def _whole_name(span: Span, last: int, lexicon: Lexicon) -> bool:
    """A run that is a name on its own: not one ordinary word ("East", "Forest"), not cut
    from its county word ("Douglas" of "Douglas County Hospital"), not glued to a word
    beside it."""
    if len(span) == 1 and (span[0].lower_ in lexicon.stoplist | lexicon.directions):
        return False
    following = span.doc[span.end].lower_ if span.end < last else ""
    return following not in lexicon.admin2_words and not _inside_word(span)


def _inside_word(span: Span) -> bool:
    """A run glued to the words beside it ("Watertown-ML", "Re/Max") is part of a word."""
    doc = span.doc
    before = span.start > 0 and not doc[span.start - 1].whitespace_
    after = not span[-1].whitespace_ and span.end < len(doc) and doc[span.end].text not in "'’,."
    return before or after


def _regions(keys: set[str], gazetteer: Gazetteer) -> dict[str, list[Entry]]:
    """Countries and first-level regions named exactly by `keys`."""
    found = gazetteer.lookup(keys) if keys else {}
    return {
        key: [e for e in entries if e.feature in REGION_FEATURES and name_key(e.name) == key]
        for key, entries in found.items()
    }


def _home_country(places: Sequence[Place], gazetteer: Gazetteer) -> str | None:
    """The country code most of the article's places lie in."""
    names = Counter(p.country for p in places if p.country and not p.modifier)
    if not names:
        return None
    top = names.most_common(1)[0][0]
    return next((c.cc for c in gazetteer.countries.values() if c.name == top), None)


def _region(entries: list[Entry], home: str | None) -> Entry | None:
    """The region in the article's country ("Georgia" of a US story is the state), else the
    only one."""
    if home is not None:
        local = [e for e in entries if e.cc == home and e.feature == "ADM1"]
        if len(local) == 1:
            return local[0]
    return entries[0] if len(entries) == 1 else None


def _heads_public_body(span: Span, lexicon: Lexicon) -> bool:
    """The run opens the organisation's name and a public body's word follows it inside
    the name ("the Athens Police Department", "Henderson County Commissioners Court"): the
    body serves that place."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    article = before is not None and before.lower_ in ("the", "a", "an") and before.ent_iob_ == "B"
    opens = doc[span.start].ent_iob_ == "B" or article
    following = doc[span.end] if span.end < len(doc) else None
    return (
        opens
        and following is not None
        and following.ent_iob_ == "I"
        and following.lower_ in lexicon.public_bodies
    )


def _ends_of(span: Span) -> bool:
    """The run closes the organisation's name after "of" ("the University of Rochester",
    "the First Bank of Princeton"): the place the body is of."""
    doc = span.doc
    closes = span.end == len(doc) or doc[span.end].ent_iob_ != "I"
    return span.start > 0 and doc[span.start - 1].lower_ == "of" and closes


# a body's town lies this near one of the article's other places, or it is not that town
LOCAL_KM = 250
# in an article that names no other place, two bodies' places this near agree ("the Athens
# Police Department" and "the Henderson County Jail": Athens, Texas, in Henderson County)
AGREEING_KM = 50


def _local_entries(found: dict[str, list[Entry]]) -> dict[str, list[Entry]]:
    """The towns and counties known by exactly each name."""
    return {
        key: [
            e for e in entries
            if e.lat is not None and name_key(e.name) == key
            and (e.feature.startswith("PPL") or e.feature == "ADM2")
        ]
        for key, entries in found.items()
    }  # fmt: skip


def _local_reading(
    key: str, towns: dict[str, list[Entry]], home: str | None, anchors: Sequence[Place]
) -> Entry | None:
    """The town or county named `key` in the article's country nearest its other places;
    in an article with none, the one beside a reading of another public body's place."""
    if anchors:
        scored = [(min(_km(e, p) for p in anchors), e) for e in towns.get(key, []) if e.cc == home]
        limit = LOCAL_KM
    else:
        others = [o for other, entries in towns.items() if other != key for o in entries]
        scored = [(min(_km_entries(e, o) for o in others), e) for e in towns.get(key, []) if others]
        limit = AGREEING_KM
    near = [(km, e) for km, e in scored if km <= limit]
    return min(near, key=lambda s: s[0])[1] if near else None


def _km(entry: Entry, place: Place) -> float:
    return haversine_km(entry.lat or 0.0, entry.lon or 0.0, place.latitude or 0.0,
                        place.longitude or 0.0)  # fmt: skip


def _km_entries(a: Entry, b: Entry) -> float:
    return haversine_km(a.lat or 0.0, a.lon or 0.0, b.lat or 0.0, b.lon or 0.0)
