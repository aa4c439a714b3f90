"""Where an event happened: the place mentions of its sentence, else of the text before it.

Places that are no setting are set aside first: the one in a wire dateline (where the report
was filed; the dateline is matched once per passage) and a capital speaking for its
government ("Moscow said").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from sitrep.events._lexicon import fold, in_capitals
from sitrep.events.actors import ActorMention, find_actor_mentions
from sitrep.events.knowledge import ActorLexicon
from sitrep.events.scene_words import SceneWords
from sitrep.model import Passage, Place
from sitrep.places.resolve import haversine_km

Span_ = tuple[int, int]  # original character offsets

COORDINATION = re.compile(r"^\s*(?:,|and|or|&|as well as|, and|, or)\s*(?:in\s+|at\s+)?$", re.I)
# "at a bank in A and at a school in B", "in A, and another in B": places of parallel phrases
_SETTLEMENT = r"(?:town|city|village|hamlet|municipality|department|province|district|suburb)"
PARALLEL = re.compile(
    r"^(?:\s+on\s+\w+(?:\s+\w+)?)?"  # "in A on Monday and in B on Tuesday"
    r"\s*,?\s*(?:and|as well as)\s+"
    r"(?:(?:another|a second|a third|the other|the second)\s+)?"
    r"(?:(?:in|at|near)"
    r"|(?:at|in|on|near|outside|inside)\s+(?:the|a|an|another|two|three)\s+"
    rf"(?:(?:[\w'-]+\s+){{1,4}}?(?:in|at|near|outside)|(?:[\w'-]+\s+){{0,4}}?{_SETTLEMENT}\s+of))"
    r"\s*$",
    re.I,
)
BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:\w+\s+of\s+)?$", re.I)
COUNTRY_FEATURES = ("PCL", "PCLI", "PCLD", "PCLF", "PCLS", "TERR")
_ROADS = r"(?:road|highway|axis|route|motorway|expressway)\b"
ROAD_AFTER = re.compile(rf"-[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s+{_ROADS}", re.I)  # "X-Y road"
ROAD_TAIL = re.compile(rf"\s+{_ROADS}", re.I)
LEAD_SENTENCE = re.compile(r"[^.!?]*")  # the rest of the dateline's sentence
BRACKET_AFTER = re.compile(r"(?:\s+(?:village|town|hamlet|area|camp|locality))?\s*\(", re.I)


@dataclass(frozen=True)
class Setting:
    """The place an event takes, how it was found, and the evidence span (original offsets)."""

    place: Place | None
    explicit: bool  # named in the event's own sentence
    start: int | None = None
    end: int | None = None
    road: bool = False  # the place only names a road the event was on ("the Kabul road")


def is_country(place: Place) -> bool:
    return (place.feature or "").startswith(COUNTRY_FEATURES)


def _beyond_country(place: Place) -> bool:
    """A continent or a region across borders ("Europe", "West Africa")."""
    return place.feature == "CONT" or (place.feature == "RGN" and place.country is None)


def location_name(place: Place) -> str:
    """ACLED's location string: 'City - District' for a district, else the place name."""
    if place.parent and place.parent != place.name:
        return f"{place.parent} - {place.name}"
    return place.name


def contains(outer: Place, inner: Place) -> bool:
    """`outer` is a container of `inner` (its city, province or country)."""
    if outer is inner or outer.name == inner.name:
        return False
    if inner.parent and inner.parent == outer.name:
        return True
    if is_country(outer):
        return outer.country is not None and outer.country == inner.country
    names = {inner.admin1, inner.admin2}
    return outer.name in names and (outer.feature or "").startswith("ADM")


def most_specific(places: Sequence[Place]) -> list[Place]:
    """Drop the places that only contain another one named beside them (all of them kept if
    each contains another: two names of one country)."""
    inner = [p for p in places if not any(contains(p, q) for q in places if q is not p)]
    return inner or list(places)


def coordinated_groups(places: Sequence[Place], original: str) -> list[list[Place]]:
    """Runs of places joined by 'and' or commas ('in Homs and Hama'), or named in parallel
    phrases ('at a bank in Homs and at a school in Hama')."""
    groups: list[list[Place]] = []
    for place in sorted(places, key=lambda p: p.start):
        last = groups[-1][-1] if groups else None
        between = original[last.end : place.start] if last is not None else ""
        joined = COORDINATION.match(between) or PARALLEL.match(between)
        if last is not None and place.start >= last.end and joined:
            groups[-1].append(place)
        else:
            groups.append([place])
    return groups


def sentence_settings(
    places: Sequence[Place],
    start: int,
    end: int,
    trigger: int,
    original: str,
    words: SceneWords,
) -> list[Setting]:
    """The place(s) of an event in the sentence `[start, end)`: the group nearest the trigger."""
    inside = [p for p in places if p.start >= start and p.end <= end]
    if not inside:
        return []
    # "on the Kaduna-Abuja highway near Kachia": the towns naming a road give way to another
    off_road = [p for p in inside if not _names_a_road(p, original)]
    road = not off_road  # only a road's towns: the caller may look further for its town
    inside = off_road or inside
    coded = _coded_to(inside, original)
    if coded is not None:  # "the village of X (coded to Y, Z)": the note's own choice, Y
        return [Setting(coded, True, coded.start, coded.end, road)]
    # "near Ke-Macina (Macina, Segou)", "in Bouake (Bouake, Gbeke)": a note's bracket names the
    # known town's district and region
    inside = [p for p in inside if not _bracket_slot(p, inside, original)] or inside
    # "entered Gharyan, 80 km south of Tripoli": the town measured from is no scene
    inside = [p for p in inside if not _reference_point(p, inside, original)] or inside
    # "the Red Sea resort of Eilat": the first name only qualifies the town
    inside = [p for p in inside if not _qualifies_next(p, inside, original)] or inside
    # "the Kabul police station in Herat": the first name only names the facility
    inside = [p for p in inside if not _names_a_facility_in(p, inside, original, words)] or inside
    # "shot a labourer from Bihar in Pulwama": the victim's home is no scene
    inside = [p for p in inside if not _home_of(p, original, words)] or inside
    # "X, a market village near Y town": an X read far from the town Y is another X
    inside = [p for p in inside if not _far_from_its_town(p, inside, original, words)] or inside
    # "X, a community in Y municipality in the hills of Z": Y and Z say where X lies
    inside = [p for p in inside if not _locates_earlier(p, inside, original, words)] or inside
    # "in the La Montana region of Guerrero ... outside Tlapa": the town is the finer scene
    inside = [p for p in inside if not _region_stand_in(p, inside)] or inside
    # "a base on the shore of Lake Chad about 20 km north of Bol": the town, not the lake
    inside = [p for p in inside if not _water_beside_town(p, inside)] or inside
    # a country, a continent ("chanting for Europe") or a world region only when nothing finer
    narrow = [p for p in most_specific(inside) if not is_country(p) and not _beyond_country(p)]
    countries = [p for p in most_specific(inside) if is_country(p)]
    specific = narrow or countries or most_specific(inside)
    groups = coordinated_groups(specific, original)
    nearest = min(groups, key=lambda g: min(abs(p.start - trigger) for p in g))
    nearest = _within_next(nearest, original)
    nearest = [_town_of_named_facility(p, original) for p in nearest]
    stand_in = _bracketed_stand_in(nearest[0], inside, original) if len(nearest) == 1 else None
    if stand_in is not None:
        return [Setting(stand_in, True, nearest[0].start, nearest[0].end, road)]
    if BETWEEN.search(original[max(0, nearest[0].start - 40) : nearest[0].start]):
        # "on the road between Kaya and Dori": one event, near the first town (precision 2)
        first = nearest[0]
        nearest = [replace(first, geo_precision=max(first.geo_precision, 2))]
    return [Setting(p, True, p.start, p.end, road) for p in nearest]


CODED_TO = re.compile(r"\bcoded\s+(?:to|at|as)\s+(?:the\s+)?\Z", re.I)


def _coded_to(inside: Sequence[Place], original: str) -> Place | None:
    """The place a note says the event is coded to ("shelled Al-Hamra village (coded to
    Qatana, Rif Dimashq)"): ACLED's coder names the location outright, so it wins over the
    village the gazetteer may not know, or may know only somewhere else."""
    for place in inside:
        if CODED_TO.search(original[max(0, place.start - 20) : place.start]):
            return place
    return None


SMALL_PLACE = re.compile(
    r"\b(?:farm|finca|hacienda|estate|ranch|hamlet|canton|caserio|village)(?:\s+of)?\s+$", re.I
)  # "in the hamlet of X, Y": X is a small place, Y the town it lies in


def _within_next(group: list[Place], original: str) -> list[Place]:
    """A farm or hamlet named with its town after a bare comma ("in the hamlet of Wad Hamid,
    Kosti", "at Finca Santa Rosa, San Marcos") is one place and the town it lies in, not two
    scenes: the first, or the town when the gazetteer lacks the first."""
    if len(group) != 2 or original[group[0].end : group[1].start].strip() != ",":
        return group
    first, second = group
    small = SMALL_PLACE.search(original[max(0, first.start - 30) : first.start])
    if not small:
        return group
    if first.latitude is None and second.latitude is not None:
        return [replace(second, geo_precision=max(second.geo_precision, 2))]
    return [first]


FACILITY_BEFORE_BRACKET = re.compile(r"\bthe\s+([A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*)+\s*\(\s*\Z")


def _town_of_named_facility(place: Place, original: str) -> Place:
    """A district in a note's bracket right after a facility named for its town ("outside the
    Kismayo Port Authority (Kismayo, Lower Juba)"): the facility stands in the town itself,
    which ACLED codes at precision 1, not around the district."""
    if place.feature != "ADM2" or place.geo_precision != 2:
        return place
    named = FACILITY_BEFORE_BRACKET.search(original[max(0, place.start - 80) : place.start])
    if named is None or named.group(1) != original[place.start : place.end].split()[0]:
        return place
    return replace(place, geo_precision=1)


def _bracket_slot(place: Place, inside: Sequence[Place], original: str) -> bool:
    """The place fills the bracket of ACLED's note form after a known place ("Ke-Macina
    (Macina, Segou)"): it names where that place lies, not another scene."""
    for town in inside:
        if town is place or town.latitude is None or town.end > place.start:
            continue
        opening = BRACKET_AFTER.match(original, town.end)
        if opening is None or opening.end() > place.start:
            continue
        if ")" not in original[opening.end() : place.start]:
            return True
    return False


def _bracketed_stand_in(place: Place, inside: Sequence[Place], original: str) -> Place | None:
    """A village the gazetteer lacks, named with its district in ACLED's bracket ("Ohnhtaw
    village (Kanbalu, Shwebo, Sagaing)"), stands at the first place of the bracket it knows,
    near it (precision 2)."""
    if place.latitude is not None:
        return None
    opening = BRACKET_AFTER.match(original, place.end)
    if opening is None:
        return None
    close = original.find(")", opening.end())
    known = [
        p
        for p in sorted(inside, key=lambda p: p.start)
        if opening.end() <= p.start and (close < 0 or p.end <= close) and p.latitude is not None
    ]
    return replace(known[0], geo_precision=max(known[0].geo_precision, 2)) if known else None


REFERENCE = re.compile(  # with or without the distance ("Tamale, north of Kumasi")
    r"[,)]\s*(?:(?:(?:about|some|around|nearly|roughly)\s+)?\d+\s*(?:km|kilometres|kilometers|"
    r"miles)\s+)?(?:(?:north|south)-?(?:east|west)?|east|west)(?:ern)?\s+of\s+(?:the\s+)?$",
    re.I,
)


QUALIFIED = re.compile(
    r"\A\s+(?:resort|port|town|city|village|oasis|island|enclave|exclave|suburb)\s+of\s+\Z", re.I
)


def _qualifies_next(place: Place, inside: Sequence[Place], original: str) -> bool:
    """The place names the kind of the next one ("the Red Sea resort of Eilat", "the Gaza
    town of Rafah" keeps Rafah)."""
    return any(
        p.start > place.end and QUALIFIED.match(original[place.end : p.start]) and p.latitude
        for p in inside
    )


def _region_stand_in(place: Place, inside: Sequence[Place]) -> bool:
    """An area the gazetteer lacks, standing at its province (precision 3), while the same
    sentence names a known town of that province: ACLED codes the most specific place."""
    if place.geonameid is not None or place.geo_precision < 3 or place.admin1 is None:
        return False
    return any(
        p.geonameid is not None
        and p.geo_precision < 3
        and (p.country, p.admin1) == (place.country, place.admin1)
        for p in inside
    )


# GeoNames feature codes of water bodies: their point is the water's middle, no scene
WATER_FEATURES = frozenset({"LK", "LKS", "STM", "SEA", "GULF", "BAY", "RSV", "OCN"})


def _water_beside_town(place: Place, inside: Sequence[Place]) -> bool:
    """A lake, a river or a sea named with a town in the same sentence ("on the shore of
    Lake Victoria near Homa Bay", "on the Niger river at Gao"): ACLED codes the town."""
    if place.feature not in WATER_FEATURES:
        return False
    return any(p.latitude is not None and (p.feature or "").startswith("PPL") for p in inside)


def _locates_earlier(
    place: Place, inside: Sequence[Place], original: str, words: SceneWords
) -> bool:
    """The place is named in an apposition saying where an earlier known place lies ("San
    Isidro, a village in Yoro municipality in the north of Olancho"): a container of that
    place, not another scene."""
    return any(
        p.end <= place.start
        and p.latitude is not None
        and (
            words.apposition_opening.match(original[p.end : place.start])
            or REGION_OF_AFTER.match(original[p.end : place.start])
        )
        for p in inside
    )


APPOSED_TOWN_KM = 50  # a place an apposition puts in or near a town lies this near it


def _far_from_its_town(
    place: Place, inside: Sequence[Place], original: str, words: SceneWords
) -> bool:
    """The place is read far from the town an apposition puts it in or by ("Kibera, a market
    village on the edge of Nakuru town", read as a namesake across the country): the reading
    is of another place of that name, and the town is the scene ACLED codes. Only the first
    place after the apposition is its town ("X, a community in Y municipality in the hills of
    Z": Z is farther off)."""
    after = sorted((q for q in inside if q.start >= place.end), key=lambda q: q.start)
    if place.latitude is None or not after:
        return False
    town = after[0]
    return (
        (town.feature or "").startswith("PPL")
        and bool(words.apposition_opening.match(original[place.end : town.start]))
        and _km_apart(place, town) > APPOSED_TOWN_KM
    )


def _km_apart(one: Place, other: Place) -> float:
    """Great-circle distance of two places; 0 when either has no point."""
    a, b, c, d = one.latitude, one.longitude, other.latitude, other.longitude
    if a is None or b is None or c is None or d is None:
        return 0.0
    return haversine_km(a, b, c, d)


# "Zacatlan, in the Sierra Norte of Puebla", "Tunceli, in the mountains of eastern ...": the
# part of a region an earlier place lies in
REGION_OF_AFTER = re.compile(r"\A,\s+in\s+the\s+(?:[\w'-]+\s+){1,3}of\s+\Z")


def _home_of(place: Place, original: str, words: SceneWords) -> bool:
    """The place says where a person comes from ("a migrant labourer from Uttar Pradesh",
    "two traders from Kano"), not where the event happened."""
    return bool(words.home_noun_before.search(original[max(0, place.start - 40) : place.start]))


def _names_a_facility_in(
    place: Place, inside: Sequence[Place], original: str, words: SceneWords
) -> bool:
    """The place names a facility said to lie in another known place ("the Kabul police
    station in Herat", "the Lagos market in Kano"): the facility is in the second one."""
    return any(
        p.start > place.end
        and p.latitude is not None
        and not is_country(p)
        and words.facility_in.match(original[place.end : p.start])
        for p in inside
    )


def _reference_point(place: Place, inside: Sequence[Place], original: str) -> bool:
    """The place only measures where another known one lies ("Gharyan (Jabal al Gharbi),
    80 km south of Tripoli")."""
    before = original[max(0, place.start - 60) : place.start]
    match = REFERENCE.search(before)
    if match is None:
        return False
    gap_start = place.start - len(before) + match.start()
    return any(
        p.latitude is not None and p.end <= gap_start + 1 and gap_start - p.end <= 40
        for p in inside
        if p is not place
    )


def _names_a_road(place: Place, original: str) -> bool:
    """The place is one end of a road's name ("the Kaduna-Abuja highway"), or the town a
    road is named for ("the Srinagar highway", which may run far from it)."""
    after = original[place.end : place.end + 40]
    return bool(ROAD_AFTER.match(after) or ROAD_TAIL.match(after))


def _road_partner(place: Place, places: Sequence[Place], original: str) -> Place | None:
    """The other town of a two-town road's name ("Abuja" for "Kaduna" in "Kaduna-Abuja")."""
    for other in places:
        first, second = sorted((place, other), key=lambda p: p.start)
        if other is not place and original[first.end : second.start] == "-":
            return other
    return None


def _road_through(
    place: Place, places: Sequence[Place], towns: Sequence[Place], original: str
) -> bool:
    """The place only names a road that one of `towns` (a dateline's, the one told before)
    may lie on: a road named for one town ("ISLAMABAD - ... the Srinagar highway") or one
    joining that town to another ("ELDORET - ... the Eldoret-Nakuru highway")."""
    if not _names_a_road(place, original):
        return False
    partner = _road_partner(place, places, original)
    ends = {place.name} | ({partner.name} if partner else set())
    return partner is None or any(town.name in ends for town in towns)


def preceding_setting(places: Sequence[Place], passage_start: int, before: int) -> Setting | None:
    """The last specific place named earlier in the same passage; of "Gazipur (Gazipur,
    Dhaka)", the town the last region holds."""
    earlier = [p for p in places if passage_start <= p.start and p.end <= before]
    specific = [p for p in earlier if not is_country(p)] or earlier
    if not specific:
        return None
    place = specific[-1]
    held = [
        p
        for p in specific
        if p is not place and contains(place, p) and 0 <= place.start - p.end <= HELD_REACH
    ]
    place = held[0] if held else place
    return Setting(place, False, place.start, place.end)


HELD_REACH = 40  # characters between a place and the region the text puts it in


def _asides(passage: Passage, sentence: Span, trigger: int) -> list[Span_]:
    """Relative clauses and participles that tell about the doer, not the event ("fighters who
    had withdrawn from the front south of Tripoli set up a base near Hun"), as original
    spans."""
    out = []
    for token in sentence:
        # a participle on the doer ("students protesting over a death in X set fire to ...")
        # tells about it too; on victims ("farmers working near X were killed") the scene
        doer_participle = token.dep_ == "acl" and token.head.dep_ == "nsubj"
        if not doer_participle and (
            token.dep_ != "relcl" or token.head.dep_ not in ("nsubj", "nsubjpass")
        ):
            continue  # of the doer: its past; of the victims ("women who were farming near
            # X"), often the scene itself
        words = list(token.subtree)
        span = passage.original_span(words[0].idx, words[-1].idx + len(words[-1]))
        if not span[0] <= trigger < span[1]:
            out.append(span)
    return out + _origins_in_relative_clauses(passage, sentence, trigger)


def _origins_in_relative_clauses(passage: Passage, sentence: Span, trigger: int) -> list[Span_]:
    """The "from" phrases of a relative clause on anyone ("porters who carry goods over the
    hills from Kyrgyzstan were shot near Osh"): where they come from, not the scene, which a
    victims' clause may otherwise tell ("women who were farming near X"), as original spans."""
    out = []
    for clause in (t for t in sentence if t.dep_ == "relcl"):
        words = list(clause.subtree)
        span = passage.original_span(words[0].idx, words[-1].idx + len(words[-1]))
        if span[0] <= trigger < span[1]:
            continue
        for origin in (t for t in clause.subtree if t.lower_ == "from" and t.dep_ == "prep"):
            phrase = list(origin.subtree)
            last = phrase[-1]
            out.append(passage.original_span(origin.idx, last.idx + len(last)))
    return out


def _deal_made_elsewhere(
    passage: Passage, sentence: Span, trigger: int, deal_nouns: Collection[str]
) -> list[Span_]:
    """Participles on a deal the act cites ("in line with the accord signed in X", "under the
    deal reached in Y"): where the deal was made, not the scene of the act done under it;
    the deal told as the event itself (its own noun the trigger) keeps its place."""
    out = []
    for token in sentence:
        if token.dep_ != "acl" or token.head.lower_ not in deal_nouns:
            continue
        deal = passage.original_span(token.head.idx, token.head.idx + len(token.head))
        if deal[0] <= trigger < deal[1]:
            continue
        words = list(token.subtree)
        span = passage.original_span(words[0].idx, words[-1].idx + len(words[-1]))
        if not span[0] <= trigger < span[1]:
            out.append(span)
    return out


def _doer_participle(passage: Passage, sentence: Span, trigger: int) -> Span_ | None:
    """The participle on the doer that holds the trigger ("students protesting over ..."), as
    an original span."""
    for token in sentence:
        if token.dep_ != "acl" or token.head.dep_ != "nsubj":
            continue
        words = list(token.subtree)
        span = passage.original_span(words[0].idx, words[-1].idx + len(words[-1]))
        if span[0] <= trigger < span[1]:
            return span
    return None


def _local(found: list[Setting]) -> list[Setting]:
    """The settings, if any is finer than a country."""
    return found if any(s.place and not is_country(s.place) for s in found) else []


def _off_road(found: list[Setting]) -> list[Setting]:
    """The settings, unless each only names a road ("blocked the Kabul road"): the sentence
    or the dateline may name the town it runs through."""
    return [] if found and all(s.road for s in found) else found


def _told_aside(place: Place, asides: Sequence[Span_]) -> bool:
    return any(start <= place.start and place.end <= end for start, end in asides)


def main_setting(places: Sequence[Place]) -> Setting | None:
    """The article's main place (most named), with its precision raised one step."""
    if not places:
        return None
    local = [p for p in places if not is_country(p)] or list(places)
    counts = Counter(p.name for p in local)
    name, _ = counts.most_common(1)[0]
    place = next(p for p in local if p.name == name)
    raised = replace(place, geo_precision=min(3, place.geo_precision + 1))
    return Setting(raised, False, place.start, place.end)


def main_country(places: Sequence[Place]) -> str | None:
    countries = Counter(p.country for p in places if p.country)
    return countries.most_common(1)[0][0] if countries else None


def actor_homes(
    passages: Sequence[Passage],
    lexicon: ActorLexicon,
    homes: Mapping[str, str],
    states: Mapping[str, str] | None = None,
) -> dict[str, int]:
    """Country code -> how often the article names armed groups that fight there ("the
    Houthis" -> Yemen), or a state's forces by their own name ("the SSPDF" -> South Sudan;
    `states`: country name -> code): evidence, before places resolve, of where the story
    happens."""
    counts: dict[str, int] = {}
    texts = [fold(p.text) for p in passages]
    for group in lexicon.groups:
        home = homes.get(group.name or group.unit or "")  # a state's unit by the unit
        home = home or (states or {}).get(group.state or "")  # "the SSPDF" by its state
        if home is None or group.pattern is None:
            continue
        found = sum(len(group.pattern.findall(t)) for t in texts if group.may_occur(t))
        if found:
            counts[home] = counts.get(home, 0) + found
    return counts


DATELINE_MARKS = frozenset({",", "(", "-", "–", "—", "--"})  # after a dateline's town

# ---- places that are no setting ----------------------------------------------------------


def dateline_end(passage: Passage, pattern: re.Pattern[str] | None) -> int:
    """Where the passage's wire dateline ends ("ADEN, Yemen (Reuters) -"), 0 if it has none."""
    m = pattern.match(passage.text) if pattern is not None else None
    return m.end() if m is not None else 0


def without_dateline(
    passage: Passage,
    places: Sequence[Place],
    end: int,
    asked: Collection[Span_] = (),
    original: str = "",
) -> Sequence[Place]:
    """The places, minus one named in the passage's wire dateline (ending at `end`), unless
    the sentence after it names no other place ("MOGADISHU (Reuters) - A car bomb exploded
    in the Somali capital", "SRINAGAR, Sunday - Militants threw a grenade at a market
    here"): a wire story with no other place tells an event of its own town. The dateline
    town's own country or region, a place named only in what is `asked` (`asked_places`),
    or one naming a road the dateline's town lies on, is no other place of the lead."""
    if end <= 0:
        return places
    start, stop = passage.original_span(0, end)
    dated = [p for p in places if start <= p.start and p.end <= stop]
    rest = [p for p in places if p not in dated]
    lead = LEAD_SENTENCE.match(passage.text, end)
    if lead is None:
        return rest
    lead_start, lead_stop = passage.original_span(lead.start(), lead.end())
    in_lead = [p for p in rest if lead_start <= p.start < lead_stop]
    if any(_another_scene(p, places, dated, asked, original) for p in in_lead):
        return rest
    # the lead names no place of its own ("SRINAGAR, Sunday - Militants hurled a grenade at a
    # market here"): the report's own town is the scene, as a wire story tells a local event
    return places


def _another_scene(
    place: Place,
    places: Sequence[Place],
    dated: Sequence[Place],
    asked: Collection[Span_],
    original: str,
) -> bool:
    """A place of the lead that is not the dateline town's own: resolved, not the town's
    country or region ("DAKAR - ... in Senegal", "Burundi's security ministry said"), not
    only asked about, and no road the town lies on."""
    return (
        bool(place.country)
        and not any(contains(place, town) for town in dated)
        and (place.start, place.end) not in asked
        and not _road_through(place, places, dated, original)
    )


# "many from the island of Malaita": a place word may stand between the cue and the name
ORIGIN_PLACE_WORDS = re.compile(
    r"(?:\s+the\s+(?:island|town|city|village|region|province|district|state|strip)\s+of)?\s*$"
)


def origin_places(places: Sequence[Place], original: str, cues: tuple[str, ...]) -> set[Span_]:
    """Places named as the origin of fire or people, or as what a crowd backs ("rockets fired
    from Gaza", "many from the island of Malaita", "in support of Gaza"): no scene."""
    out: set[Span_] = set()
    for place in places:
        before = fold(original[max(0, place.start - 50) : place.start])
        words = ORIGIN_PLACE_WORDS.search(before)  # always matches, maybe empty
        head = before[: words.start()] if words else before
        if head.endswith(cues):
            out.add((place.start, place.end))
    for group in coordinated_groups(places, original):  # "militias from Zawiya and Misrata"
        if (group[0].start, group[0].end) in out:
            out |= {(p.start, p.end) for p in group}
    return out


# the parts of a verb of asking that hold what is asked ("demand a deal to free ...")
ASKED_PARTS = frozenset({"dobj", "advcl", "xcomp", "ccomp", "attr", "oprd"})
ASKED_FOR = frozenset({"for", "over", "against"})  # "demand justice for ...", not "... in X"


def asked_places(
    passages: Sequence[Passage], docs: Sequence[Doc], places: Sequence[Place],
    cues: Collection[str],
) -> dict[Span_, Span_]:  # fmt: skip
    """Places named inside what a crowd or a speaker asks for or denounces ("blocked the road
    to demand a deal to free the hostages held in X", "calling for a truce in X"), each with
    the original span of that object: no scene of an event told outside it. `cues` are the
    verbs' forms, alone or with their preposition ("demanded", "calling for")."""
    out: dict[Span_, Span_] = {}
    for passage, doc in zip(passages, docs, strict=True):
        for place in places:
            span = _doc_span(passage, doc, place)
            asked = _asked_part(span.root, cues) if span is not None else None
            if asked is not None:
                words = list(asked.subtree)
                end = words[-1].idx + len(words[-1])
                out[(place.start, place.end)] = passage.original_span(words[0].idx, end)
    return out


def _asked_part(token: Token, cues: Collection[str]) -> Token | None:
    """The word under a verb of asking whose subtree holds `token`, if any: an object or a
    clause of the verb ("demand a deal"), or the phrase of its preposition ("call for")."""
    child = token
    for head in token.ancestors:
        if head.lower_ in cues and (
            child.dep_ in ASKED_PARTS or (child.dep_ == "prep" and child.lower_ in ASKED_FOR)
        ):
            return child
        if f"{head.lower_} {child.lower_}" in cues and child.dep_ == "prep":
            return child
        child = head
    return None


def _asked_of_another(place: Place, asked: Mapping[Span_, Span_], trigger: int) -> bool:
    """The place is named in what is asked, and the event is told outside that ("hostages
    held in X" is where the hostages are, not the rally demanding their release)."""
    part = asked.get((place.start, place.end))
    return part is not None and not part[0] <= trigger < part[1]


def speaking_places(
    passages: Sequence[Passage],
    docs: Sequence[Doc],
    places: Sequence[Place],
    lexicon: ActorLexicon,
    words: SceneWords,
) -> set[Span_]:
    """Place mentions that are no setting: a capital speaking for its government ("Moscow
    said", "a charge Kigali denies") and a place name inside a named actor ("Fano militia")."""
    out: set[Span_] = set()
    for passage, doc in zip(passages, docs, strict=True):
        mentions: dict[int, list[ActorMention]] = {}
        for place in places:
            span = _doc_span(passage, doc, place)
            if span is None or _opens_dateline(span):
                continue
            sentence = span.root.sent
            if sentence.start not in mentions:
                mentions[sentence.start] = find_actor_mentions(sentence, lexicon)
            named = [m for m in mentions[sentence.start] if m.name or m.group]
            inside = any(m.start < span.end_char and span.start_char < m.end for m in named)
            # a capital or a country doing something acts as its state ("France handed over")
            state = (place.feature or "").startswith("PPLC") or is_country(place)
            speaks = _government_subject(span.root, lexicon, state) or _says_next(
                span, lexicon
            )  # the next word too: sentences without an event cue get no full parse
            speaks = speaks or (state and _party_to_deal(span, words.deal_words))
            speaks = speaks or (
                _names_the_speakers(span.root, lexicon)
                and _other_place_in(
                    passage.original_span(sentence.start_char, sentence.end_char), place, places
                )
            )
            if inside or speaks:
                out.add((place.start, place.end))
    return out


def _names_the_speakers(root: Token, lexicon: ActorLexicon) -> bool:
    """The place only qualifies the body that speaks ("a network of Darfur doctors said",
    "..., the Kaduna police command said"): whose voice it is, not where the event was."""
    if root.dep_ != "compound":
        return False
    noun = root.head
    while noun.dep_ == "compound" and noun.head is not noun:  # "<Kaduna> police command"
        noun = noun.head
    while noun.dep_ == "pobj" and noun.head.lower_ == "of":  # "a network of <Darfur doctors>"
        noun = noun.head.head
    return noun.dep_ == "nsubj" and noun.head.lower_ in lexicon.government_verbs


def _other_place_in(sentence: Span_, place: Place, places: Sequence[Place]) -> bool:
    """The sentence (original span) names a place besides this one and its namesakes."""
    return any(
        sentence[0] <= p.start and p.end <= sentence[1] and p.name != place.name for p in places
    )


def _party_to_deal(place: Span, deal_words: Collection[str]) -> bool:
    """The place follows "<deal noun or verb> with" ("the arrangement agreed with Damascus",
    "talks with Kyiv"): a state as the other party to a deal, not where anything happened."""
    doc = place.doc
    if place.start < 2 or doc[place.start - 1].lower_ != "with":
        return False
    return doc[place.start - 2].lower_ in deal_words


def _opens_dateline(place: Span) -> bool:
    """The place opens the passage as a dateline ("QUITO, Monday - President X declared"): the
    parse may take it for the verb's subject, but it speaks for no one."""
    doc = place.doc
    return place.start == 0 and place.end < len(doc) and doc[place.end].text in DATELINE_MARKS


def _says_next(place: Span, lexicon: ActorLexicon) -> bool:
    """The verb after a place (past a second place joined by "and", past "has") is one of
    saying or deciding: "Washington and Paris urged restraint", "Kigali has denied it"."""
    doc = place.doc
    i = place.end
    if i < len(doc) and doc[i].lower_ == "and":
        i += 1
        second = i
        while i < len(doc) and doc[i].is_title:  # the second place
            i += 1
        if i == second:
            return False  # "the murder of six priests in X and said that": "and" joins verbs
    if i < len(doc) and doc[i].lower_ in ("has", "have", "had"):
        i += 1
    if i >= len(doc) or doc[i].lower_ not in lexicon.government_verbs:
        return False
    if doc[i].pos_:
        return doc[i].pos_ in ("VERB", "AUX")
    untagged = doc[i].lower_
    return untagged.endswith(("ed", "s")) or untagged in lexicon.irregular_speech


def _government_subject(root: Token, lexicon: ActorLexicon, capital: bool) -> bool:
    """The place is the subject of a verb of saying or deciding; a capital, of any verb but
    one that befalls a place ("Moscow did not shrink from ..."; not "Kyiv came under fire")."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.lower_ in lexicon.government_verbs:
        return True
    return capital and verb.lower_ not in lexicon.place_verbs


def _doc_span(passage: Passage, doc: Doc, place: Place) -> Span | None:
    """The tokens of a place mention in the passage's parse (None if it lies elsewhere)."""
    for clean, original, length in passage.offsets.segments:
        if original <= place.start and place.end <= original + length:
            start = clean + place.start - original
            span = doc.char_span(start, start + place.end - place.start, alignment_mode="expand")
            return span if span is not None and len(span) else None
    return None


# ---- the setting of one event ------------------------------------------------------------


def event_settings(
    passage: Passage,
    sentence: Span,
    places: Sequence[Place],
    trigger_pos: int,
    original: str,
    destination_cues: tuple[str, ...],
    clause: Span | None = None,
    asked: Mapping[Span_, Span_] | None = None,
    *,
    words: SceneWords,
) -> list[Setting]:
    """The setting(s) of the event whose trigger starts at `trigger_pos`: the places of its own
    `clause` (a verb conjoined to another, "... and killed a teacher in B"), else its
    sentence's, else the last place named before it in the passage (not a destination), else
    the article's main place. A place named in what a crowd asks for (`asked`) is set aside as
    a destination is."""
    start, end = passage.original_span(sentence.start_char, sentence.end_char)
    deal_made = _deal_made_elsewhere(passage, sentence, trigger_pos, words.deal_nouns)
    scenes = [
        p
        for p in places
        if not _destination(p, original, destination_cues)
        and not _asked_of_another(p, asked or {}, trigger_pos)
        and not _told_aside(p, deal_made)
    ]
    found: list[Setting] = []
    if clause is not None:
        own_start, own_end = passage.original_span(clause.start_char, clause.end_char)
        found = _off_road(
            sentence_settings(scenes, own_start, own_end, trigger_pos, original, words)
        )
    asides = _asides(passage, sentence, trigger_pos) if not found else []
    told = [p for p in scenes if not _told_aside(p, asides)]
    if not found and (held := _doer_participle(passage, sentence, trigger_pos)) is not None:
        # "students protesting over a death in X set fire to a building in Y": they
        # protested where they set the fire; X is what they protested over
        outside = [p for p in told if not _told_aside(p, [held])]
        found = _local(sentence_settings(outside, start, end, trigger_pos, original, words))
    found = found or _off_road(
        _local(sentence_settings(told, start, end, trigger_pos, original, words))
    )
    found = found or sentence_settings(scenes, start, end, trigger_pos, original, words)
    own = [p for p in scenes if in_passage(passage, p.start)]
    if not found and preceding_setting(own, 0, start) is None:
        # a destination ("taken to hospital in X") sets the event only when the text named
        # no scene before it: "flew to X" after a town's name is no event's place
        found = sentence_settings(places, start, end, trigger_pos, original, words)
    if found and all(s.place is None or s.place.latitude is None for s in found):
        found = _known_stand_in(found, scenes, own, start, end, trigger_pos) or found
    found = _town_of_road(found, scenes, preceding_setting(own, 0, start), original)
    if found:
        return [at_acled_point(_finer_told_before(s, scenes, start)) for s in found]
    before = preceding_setting(own, 0, start)
    if before is not None:
        return [at_acled_point(before)]
    main = main_setting(places)
    return [at_acled_point(main)] if main is not None else []


def _town_of_road(
    found: list[Setting], places: Sequence[Place], before: Setting | None, original: str
) -> list[Setting]:
    """A sentence naming only the towns of a road ("blocked the Kabul road") is set at the
    town told before it (a dateline's) when the road may run through that town."""
    if not found or not all(s.road for s in found) or before is None or before.place is None:
        return found
    towns = [before.place]
    if all(s.place and _road_through(s.place, places, towns, original) for s in found):
        return [before]
    return found


def _known_stand_in(
    found: list[Setting],
    scenes: Sequence[Place],
    own: Sequence[Place],
    start: int,
    end: int,
    trigger: int,
) -> list[Setting]:
    """A village or quarter the gazetteer lacks ("in Pazigyi village in Kanbalu township",
    "in the district of Kamenge" of a Bujumbura dateline) stands at the known place nearest
    the trigger in its sentence, else at the last one named before it, near it (precision
    2): ACLED codes the nearest place it can locate."""
    known = [p for p in scenes if start <= p.start and p.end <= end and p.latitude is not None]
    narrow = [p for p in known if not is_country(p)]
    place: Place | None = None
    if narrow:
        place = min(narrow, key=lambda p: abs(p.start - trigger))
    else:
        before = [p for p in own if p.end <= start and p.latitude is not None]
        place = next((p for p in reversed(before) if not is_country(p)), None)
    if place is None:
        return []
    first = found[0]
    near = replace(place, geo_precision=max(place.geo_precision, 2))
    return [Setting(near, first.explicit, first.start, first.end)]


def _finer_told_before(setting: Setting, places: Sequence[Place], before: int) -> Setting:
    """A sentence naming only a country or a province ("Burundi's ministry said", "marched
    through Georgia's capital") is set in the one town inside it that the story named
    before (the dateline's, the headline's): ACLED codes the most specific place known."""
    outer = setting.place
    if outer is None or not (is_country(outer) or outer.feature == "ADM1"):
        return setting
    inner = [
        p
        for p in places
        if p.end <= before and p.latitude is not None and not is_country(p)
        and p.feature not in ("ADM1", "ADM2") and contains(outer, p)
    ]  # fmt: skip
    if len({(p.name, p.parent) for p in inner}) != 1:
        return setting
    town = inner[-1]
    return replace(setting, place=town, start=town.start, end=town.end)


def at_acled_point(setting: Setting) -> Setting:
    """A setting known only as a district, a province or a country stands at its capital, as
    ACLED codes it (the region's own point is the middle of its towns)."""
    place = setting.place
    if place is None or place.seat_latitude is None:
        return setting
    if place.feature not in ("ADM1", "ADM2") and not is_country(place):
        return setting
    moved = replace(place, latitude=place.seat_latitude, longitude=place.seat_longitude)
    return replace(setting, place=moved)


def in_passage(passage: Passage, position: int) -> bool:
    """The original position lies in text this passage was cleaned from."""
    segments = passage.offsets.segments
    return any(o <= position < o + n for _, o, n in segments)


def _destination(place: Place, original: str, cues: tuple[str, ...]) -> bool:
    """The place is where people or planes went ("diverted to Misrata"), not a scene."""
    before = fold(original[max(0, place.start - 30) : place.start]).rstrip()
    return _THE_END.sub("", before).endswith(cues)  # "taken to the United States" too


_THE_END = re.compile(r"\s+the$")


def at_home(
    settings: list[Setting], places: Sequence[Place], home: str | None, trigger: int
) -> list[Setting]:
    """An event whose sentence names no place, but names the nationality of its people ("the
    killing of a Salvadoran minister"), happens in their country, not at a foreign place the
    story told before (the dateline of a reaction from abroad): there, at the last place of
    that country named before it, else the one most named. Unchanged if the story names no
    place of that country."""
    if home is None or len(settings) != 1 or settings[0].explicit:
        return settings
    setting = settings[0]
    if setting.place is None or setting.place.country in (home, None):
        return settings
    ours = [p for p in places if p.country == home and p.latitude is not None]
    before = [p for p in ours if p.end <= trigger]
    chosen = preceding_setting(before, 0, trigger) if before else main_setting(ours)
    if chosen is None:
        return settings
    return [at_acled_point(chosen)]


def article_country(
    places: Sequence[Place], passages: Sequence[Passage], lexicon: ActorLexicon, agency: str | None
) -> str | None:
    """The country an article tells of, for an event no place of its own sets: ACLED codes
    every event in a country. The country its places name most (a dateline's, a speaker's:
    "Burundi's ministry said"), else the one its actors' nationality names ("Nigerien
    soldiers", "the Kenyan police"), else any nationality or country word ("the Guinean news
    site"), else a place that only qualifies a name ("students of the University of
    Khartoum"), else the country of the national news agency that reports it ("(IRNA)")."""
    return (
        main_country([p for p in places if not p.modifier])
        or _most_named(_forces_countries(passages, lexicon))
        or _most_named(_demonym_countries(passages, lexicon))
        or main_country(places)
        or _agency_country([agency] if agency else [], lexicon)
        # in capitals copy an agency's initials are any word's
        or _agency_country([p.text for p in passages if not in_capitals(p.text)], lexicon)
    )


def _agency_country(texts: Sequence[str], lexicon: ActorLexicon) -> str | None:
    """The country of the first national news agency the texts name as written ("the state
    news agency APS": Algeria); the source of a report, no actor of it."""
    for text in texts:
        for name, country in lexicon.agency_countries.items():
            if re.search(rf"(?<![\w]){re.escape(name)}(?![\w])", text):
                return country
    return None


def _most_named(countries: Iterable[str | None]) -> str | None:
    """The country named most, the first named among equals."""
    counts = Counter(c for c in countries if c)
    return counts.most_common(1)[0][0] if counts else None


SIDES = ("state", "authority", "armed", "crowd")  # who acts: not "the French ambassador"


def _forces_countries(passages: Sequence[Passage], lexicon: ActorLexicon) -> list[str]:
    """The country of each side the text names by its nationality ("Nigerien security
    forces", "Kenyan protesters"), in text order; read from the words alone, as sentences
    without an event cue are not parsed."""
    kinds = {k for side in SIDES for k in lexicon.kinds.get(side, ())}
    patterns = [p for kind, p in lexicon.demonym_generic.items() if kind in kinds]
    found = sorted(
        (n, m.start(), lexicon.demonyms.get(m.group("lead")) or "")
        for n, passage in enumerate(passages)
        for p in patterns
        for m in p.finditer(fold(passage.text))
    )
    return [country for *_, country in found if country]


def _demonym_countries(passages: Sequence[Passage], lexicon: ActorLexicon) -> list[str]:
    """The country of each nationality or country word written with a capital ("Malian", not
    the "malian" of no name), in text order (as written: the parse lowers capitals copy)."""
    pattern = lexicon.demonym_words
    if pattern is None:
        return []
    texts = (p.text for p in passages)
    found = (m for text in texts for m in pattern.finditer(text) if m.group()[0].isupper())
    return [lexicon.demonyms[fold(m.group())] for m in found if fold(m.group()) in lexicon.demonyms]


def event_country(setting: Setting | None, places: Sequence[Place]) -> str | None:
    """The setting's country, else the country most named in the article."""
    if setting is not None and setting.place is not None and setting.place.country:
        return setting.place.country
    return main_country(places)
