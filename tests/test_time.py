"""Temporal expressions, anchors and event dates, on sentences written for these tests."""

from __future__ import annotations

import hashlib

import pytest
from spacy.tokens import Doc, Token

from sitrep.model import Article, Caption, OffsetMap, Passage, PassageKind
from sitrep.time import (
    Anchor,
    EventDate,
    document_anchor,
    event_date,
    find_times,
    load_time_words,
)
from sitrep.time.anchor import header_date
from sitrep.time.dates import not_after_anchor

TUESDAY = "2016-12-13"  # a Tuesday


@pytest.fixture(scope="module")
def words():
    return load_time_words()


def passage(text: str, kind: PassageKind = PassageKind.BODY, date: str | None = None) -> Passage:
    return Passage(kind, text, OffsetMap.identity(len(text)), date)


def token(doc: Doc, word: str) -> Token:
    hits = [t for t in doc if t.text == word]
    assert hits, f"{word!r} not in {doc.text!r}"
    return hits[0]


def _times(language, words, text, anchor=TUESDAY, kind=PassageKind.BODY):
    p = passage(text, kind)
    doc = language.parse([text])[0]
    return p, doc, find_times(p, doc, Anchor(anchor, "test"), words=words)


# (sentence, expression text, ISO date, precision, kind); anchor Tuesday 13 December 2016
EXPRESSIONS = [
    (
        "Gunmen opened fire on a checkpoint on Tuesday night.",
        "on Tuesday night",
        "2016-12-13",
        1,
        "relative",
    ),
    ("Militants stormed the village on Sunday.", "on Sunday", "2016-12-11", 1, "relative"),
    (
        "Gunmen raided the camp overnight on Sunday.",
        "overnight on Sunday",
        "2016-12-11",
        1,
        "relative",
    ),
    ("Drones struck the port Sunday overnight.", "Sunday overnight", "2016-12-11", 1, "relative"),
    (
        "Armed men overran the river depot overnight into Sunday.",
        "overnight into Sunday",
        "2016-12-11",
        1,
        "relative",
    ),
    ("The convoy will leave on Friday.", "on Friday", "2016-12-16", 1, "relative"),
    ("Talks are due to resume on Monday.", "on Monday", "2016-12-19", 1, "relative"),
    (
        "Early Monday, a drone struck a car near the airport.",
        "Early Monday",
        "2016-12-12",
        1,
        "relative",
    ),
    ("Two soldiers were killed yesterday.", "yesterday", "2016-12-12", 1, "relative"),
    ("Protesters gathered in the capital today.", "today", "2016-12-13", 1, "relative"),
    ("Shelling resumed this morning.", "this morning", "2016-12-13", 1, "relative"),
    ("Clashes broke out last night in the north.", "last night", "2016-12-12", 1, "relative"),
    ("Fighting erupted three days ago.", "three days ago", "2016-12-10", 1, "relative"),
    ("The town fell two weeks ago.", "two weeks ago", "2016-11-29", 2, "relative"),
    ("A car bomb exploded last week.", "last week", "2016-12-08", 2, "range"),
    (
        "Earlier this month, rebels seized the dam.",
        "Earlier this month",
        "2016-12-07",
        3,
        "relative",
    ),
    ("Aid workers were attacked last month.", "last month", "2016-11-15", 3, "relative"),
    ("In recent days, dozens of families have fled.", "In recent days", "2016-12-12", 2, "range"),
    (
        "Over the past few days, shelling has intensified.",
        "Over the past few days",
        "2016-12-12",
        2,
        "range",
    ),
    ("Heavy fighting was reported over the weekend.", "over the weekend", "2016-12-10", 2, "range"),
    # a window of untold length ("over the previous weeks") reaches the report: dated on it
    (
        "Militiamen had dug trenches on the ridge over the previous weeks.",
        "over the previous weeks",
        "2016-12-13",
        2,
        "range",
    ),
    (
        "Smugglers have cut new tracks across the border in recent weeks.",
        "in recent weeks",
        "2016-12-13",
        2,
        "range",
    ),
    (
        "Over the past three weeks, shelling has grown.",
        "Over the past three weeks",
        "2016-12-03",
        3,
        "range",
    ),
    ("The army retook the hill on 12 December 2016.", "12 December 2016", "2016-12-12", 1, "date"),
    (
        "The army retook the hill on December 12, 2016.",
        "December 12, 2016",
        "2016-12-12",
        1,
        "date",
    ),
    ("The army retook the hill on Dec. 12, 2016.", "Dec. 12, 2016", "2016-12-12", 1, "date"),
    ("The bomb went off on Monday, December 12.", "Monday, December 12", "2016-12-12", 1, "date"),
    ("The order is dated 12/11/2016.", "12/11/2016", "2016-11-12", 1, "date"),
    ("The memo, dated 11/25/2016, was leaked.", "11/25/2016", "2016-11-25", 1, "date"),
    ("Records from 2016-12-01 describe the raid.", "2016-12-01", "2016-12-01", 1, "date"),
    ("The strike on 5 January killed nine people.", "5 January", "2016-01-05", 1, "date"),
    ("A ceasefire will start on 5 January.", "5 January", "2017-01-05", 1, "date"),
    ("The offensive began in September 2015.", "September 2015", "2015-09-15", 3, "date"),
    (
        "In late November 2016, the rebels lost the airport.",
        "late November 2016",
        "2016-11-25",
        3,
        "date",
    ),
    ("Rebels withdrew from the valley last March.", "last March", "2016-03-15", 3, "date"),
    ("The siege of the port began in March.", "in March", "2016-03-15", 3, "date"),
    ("The massacre took place in 1994.", "in 1994", "1994-07-01", 3, "year"),
    ("Elections are planned for next year.", "next year", "2017-07-01", 3, "year"),
    ("Troops will withdraw next week.", "next week", "2016-12-22", 2, "range"),
    ("The hearing is scheduled for 20 January.", "20 January", "2017-01-20", 1, "date"),
    ("Roads were closed until 10 January.", "10 January", "2017-01-10", 1, "date"),
    ("The prisoner was set to be freed on 26 November.", "26 November", "2016-11-26", 1, "date"),
    ("Rebels shelled the town on the 12th.", "on the 12th", "2016-12-12", 1, "relative"),
    ("Gunmen struck the market on the 20th.", "on the 20th", "2016-11-20", 1, "relative"),
    (
        "Militias have been active here since the 1990s.",
        "since the 1990s",
        "2016-12-13",
        3,
        "range",
    ),
    ("The massacres of the 1990s still haunt the valley.", "of the 1990s", "1995-01-01", 3, "year"),
    ("The talks will resume later this week.", "later this week", "2016-12-15", 2, "range"),
    ("Over the last year, the militia has grown.", "the last year", "2016-06-14", 3, "range"),
    ("Fighting has raged so far this month.", "so far this month", "2016-12-07", 3, "relative"),
    (
        "In the coming days, aid convoys are expected.",
        "In the coming days",
        "2016-12-15",
        2,
        "range",
    ),
    ("Since Monday, shelling has not stopped.", "Since Monday", "2016-12-13", 2, "range"),
    ("Fighting has continued since 1 December.", "since 1 December", "2016-12-13", 2, "range"),
    ("The displaced have lived in camps since 2011.", "since 2011", "2016-12-13", 3, "range"),
    ("The war has lasted for four years.", "for four years", "2016-12-13", 3, "duration"),
    (
        "Militias held the road for more than two weeks.",
        "for more than two weeks",
        "2016-12-13",
        2,
        "duration",
    ),
    # ranges and parts of periods: a range is dated on its middle day
    (
        "Fighting raged in the suburbs between Monday and Wednesday.",
        "between Monday and Wednesday",
        "2016-12-06",
        2,
        "range",
    ),
    ("Clashes went on from 3 to 5 December.", "from 3 to 5 December", "2016-12-04", 2, "range"),
    (
        "Clashes went on between 3 and 5 December.",
        "between 3 and 5 December",
        "2016-12-04",
        2,
        "range",
    ),
    ("Raids took place on June 3-5, 2015.", "June 3-5, 2015", "2015-06-04", 2, "range"),
    (
        "Clashes went on between 30 November and 2 December, residents said.",
        "between 30 November and 2 December",
        "2016-12-01",
        2,
        "range",
    ),
    ("Shelling hit the town last weekend.", "last weekend", "2016-12-10", 2, "range"),
    ("The militia withdrew late last month.", "late last month", "2016-11-25", 3, "relative"),
    (
        "The militia withdrew at the end of last month.",
        "the end of last month",
        "2016-11-25",
        3,
        "relative",
    ),
    ("The militia withdrew in early December.", "early December", "2016-12-05", 3, "date"),
    ("The militia withdrew in mid-March.", "mid-March", "2016-03-15", 3, "date"),
    ("Early this year, the rebels regrouped.", "Early this year", "2016-03-01", 3, "year"),
    (
        "Rebels massed troops in the first week of May.",
        "in the first week of May",
        "2016-05-04",
        2,
        "range",
    ),
    (
        "Raids were reported in the last week of last month.",
        "in the last week of last month",
        "2016-11-27",
        2,
        "range",
    ),
    # numeric and abbreviated dates
    ("The order dated 05/06/2016 was signed.", "05/06/2016", "2016-06-05", 1, "date"),
    ("Rebels struck the depot on Dec 12th.", "Dec 12th", "2016-12-12", 1, "date"),
    ("Rebels struck the depot on 2016-12-02.", "2016-12-02", "2016-12-02", 1, "date"),
]


@pytest.mark.parametrize(("sentence", "text", "iso", "precision", "kind"), EXPRESSIONS)
def test_expression(language, words, sentence, text, iso, precision, kind):
    _, _, times = _times(language, words, sentence)
    hits = [t for t in times if t.text == text]
    assert hits, f"{text!r} not found in {[t.text for t in times]}"
    assert (hits[0].date, hits[0].precision, hits[0].kind) == (iso, precision, kind)


def test_days_ago_names_a_day_and_months_ago_a_calendar_month(language, words):
    text = "Guerrillas burned the bus 15 days ago and seized the farm one month ago."
    _, _, times = _times(language, words, text, "1989-09-04")
    assert [(t.date, t.precision) for t in times] == [("1989-08-20", 1), ("1989-08-04", 3)]


def test_dated_noun_in_a_future_clause_is_still_past(language, words):
    text = "Punishment for the massacre of 16 November will come soon."
    _, _, times = _times(language, words, text, "1990-01-13")
    assert times[0].date == "1989-11-16"


def test_day_and_month_naming_a_street_is_no_date(language, words):
    text = "Students gathered at 9 October Avenue and marched on 12 October."
    _, _, times = _times(language, words, text, "1989-10-20")
    assert [t.text for t in times] == ["12 October"]


def test_since_monday_starts_on_monday(language, words):
    _, _, times = _times(language, words, "Since Monday, shelling has not stopped.")
    assert (times[0].first, times[0].last) == ("2016-12-12", TUESDAY)


def test_day_month_without_year_takes_the_year_before_a_january_anchor(language, words):
    _, _, times = _times(language, words, "The ambush took place on 30 December.", "1990-01-03")
    assert times[0].date == "1989-12-30"


def test_wire_dateline_is_marked_and_shouting_is_read(language, words):
    text = "SAN MIGUEL, 12 DEC 89 -- GUERRILLAS BLEW UP A BRIDGE YESTERDAY IN THE EAST."
    _, _, times = _times(language, words, text, "1989-12-12")
    assert [(t.text, t.date, t.kind) for t in times] == [
        ("12 DEC 89", "1989-12-12", "dateline"),
        ("YESTERDAY", "1989-12-11", "relative"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said the crowd may march towards the border.",
        "A 20-year-old man was shot at the gate.",
        "About 2000 soldiers were deployed to the valley.",
        "Veterans gathered on the 12th anniversary of the siege.",
        "The patrol left the base at 0700 hours.",
    ],
)
def test_no_false_expressions(language, words, sentence):
    _, _, times = _times(language, words, sentence)
    assert times == ()


def test_relative_expressions_need_an_anchor(language, words):
    _, _, times = _times(language, words, "Rebels attacked on Sunday, 4 December 2016.", None)
    assert [t.text for t in times] == ["Sunday, 4 December 2016"]


def test_offsets_point_into_the_original(language, words):
    text = "Rebels shelled the base on Sunday night."
    original = "HEADER\n" + text
    p = Passage(PassageKind.BODY, text, OffsetMap.identity(len(text), offset=7))
    doc = language.parse([text])[0]
    (expr,) = find_times(p, doc, Anchor(TUESDAY, "test"), words=words)
    assert original[expr.start : expr.end] == expr.text == "on Sunday night"


# ---- anchor ---------------------------------------------------------------------------------


def _article(original: str, **fields) -> Article:
    digest = hashlib.sha256(original.encode()).hexdigest()
    body = fields.pop("body", original)
    return Article("a1", original, digest, body, OffsetMap.identity(len(body)), **fields)


def test_anchor_from_published_metadata(words):
    anchor = document_anchor(_article("Text.", published="2016-12-14"), words=words)
    assert anchor.date == "2016-12-14" and "published" in anchor.reason


def test_inferred_anchor_gives_way_to_a_later_caption(words):
    caption = Caption("Residents flee.", None, None, None, "2016-12-13", 0, 15)
    article = _article(
        "Residents flee.", published="2016-12-12", published_inferred=True, captions=(caption,)
    )
    assert document_anchor(article, words=words).date == "2016-12-13"


def test_anchor_from_wire_dateline(words):
    text = "DEV-0001\n\n   SAN MIGUEL, 3 JAN 90 -- [TEXT] TROOPS CLASHED WITH REBELS TODAY."
    anchor = document_anchor(_article(text), words=words)
    assert (anchor.date, anchor.reason) == ("1990-01-03", "dateline")


def test_anchor_from_latest_caption(words):
    captions = tuple(
        Caption("A street.", None, None, None, day, 0, 9) for day in ("2016-09-06", "2016-12-12")
    )
    anchor = document_anchor(_article("A street.", captions=captions), words=words)
    assert (anchor.date, anchor.reason) == ("2016-12-12", "latest caption date")


def test_anchor_from_latest_full_date_not_announced(words):
    text = (
        "Rebels took the bridge on 5 March 2016. They lost it on 9 March 2016. "
        "Elections will be held on 1 June 2016."
    )
    anchor = document_anchor(_article(text), words=words)
    assert anchor.date == "2016-03-09"


def test_no_anchor(words):
    assert document_anchor(_article("Nothing dated here."), words=words).date is None


# ---- event dates ----------------------------------------------------------------------------

# (text, trigger, ISO date, precision); anchor Tuesday 13 December 2016
EVENT_DATES = [
    (
        "Rebels who seized the town on Monday attacked a checkpoint on Sunday.",
        "attacked",
        "2016-12-11",
        1,
    ),
    (
        "Rebels who seized the town on Monday attacked a checkpoint on Sunday.",
        "seized",
        "2016-12-12",
        1,
    ),
    ("Gunmen attacked a bus on Sunday. They killed four passengers.", "killed", "2016-12-11", 1),
    ("Gunmen attacked a bus on Sunday.\n\nSoldiers killed four militants.", "killed", TUESDAY, 2),
    ("Soldiers killed four militants near the dam.", "killed", TUESDAY, 2),
    ("Since Monday, militias are executing prisoners in the square.", "executing", TUESDAY, 2),
    ("The offensive, which began in September 2015, has killed hundreds.", "killed", TUESDAY, 2),
    (
        "The offensive, which began in September 2015, has killed hundreds.",
        "offensive",
        "2015-09-15",
        3,
    ),
    ("The raid on 3 December killed two fighters, a spokesman said.", "killed", "2016-12-03", 1),
    ("Shelling killed five people in the market yesterday afternoon.", "killed", "2016-12-12", 1),
    (
        "Fighting forced hundreds of families to flee their homes on Sunday.",
        "Fighting",
        "2016-12-11",
        1,
    ),
    ("Troops killed ten men who had fled on Sunday, officials said.", "killed", TUESDAY, 2),
    # a claim's day is the claim's: the act claimed keeps the day the story told it on
    (
        "Fighters overran an outpost near the river on Sunday. A jihadist group on Monday "
        "claimed the raid.",
        "raid",
        "2016-12-11",
        1,
    ),
    (
        "A bomb wrecked the depot on Saturday night. Rebels claimed responsibility for the "
        "blast in a message sent to reporters on Monday.",
        "blast",
        "2016-12-10",
        1,
    ),
    # "claimed" with the act as its subject tells the act's toll, not a claim of it
    (
        "Fighters overran an outpost near the river on Sunday. A car bomb claimed nine lives "
        "in the market on Monday.",
        "bomb",
        "2016-12-12",
        1,
    ),
    # with no act told before, the claim's day is the best there is
    ("A jihadist group on Monday claimed the raid on the outpost.", "raid", "2016-12-12", 1),
    # a report's day over a deed told in the perfect: the deed is the story's earlier one
    (
        "Bandits attacked the convoy near the bridge on Saturday. In a statement on Monday "
        "the police said their reply had killed six of the attackers.",
        "reply",
        "2016-12-10",
        1,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "iso", "precision"), EVENT_DATES)
def test_event_date(language, words, text, trigger, iso, precision):
    p, doc, times = _times(language, words, text)
    tok = token(doc, trigger)
    dated = event_date(p, tok.sent, tok, times, Anchor(TUESDAY, "test"))
    assert (dated.date, dated.precision) == (iso, precision)


def test_caption_scene_takes_the_caption_date(language, words):
    text = "Residents flee the eastern district with their belongings."
    p = passage(text, PassageKind.CAPTION, date="2016-12-12")
    doc = language.parse([text])[0]
    times = find_times(p, doc, Anchor(TUESDAY, "test"), words=words)
    dated = event_date(p, doc[:], token(doc, "flee"), times, Anchor(TUESDAY, "test"))
    assert (dated.date, dated.precision) == ("2016-12-12", 1)


def test_no_date_without_anchor(language, words):
    p, doc, times = _times(language, words, "Soldiers killed four militants.", None)
    tok = token(doc, "killed")
    assert event_date(p, tok.sent, tok, times, Anchor(None, "none")).date is None


def test_expression_across_a_cleaning_join_is_dropped(language, words):
    # clean "Rebels came on 12\nDecember." from two original runs with a gap between them
    text = "Rebels came on 12\nDecember."
    offsets = OffsetMap(((0, 0, 17), (18, 30, 9)))
    p = Passage(PassageKind.BODY, text, offsets)
    doc = language.parse([text])[0]
    assert find_times(p, doc, Anchor(TUESDAY, "test"), words=words) == ()


# ---- story-relative days --------------------------------------------------------------------

# (text, expression, ISO date, precision): counted from the story's last date, not the anchor
STORY = [
    (
        "Gunmen stormed the village on 3 December. Two days later, troops retook it.",
        "Two days later",
        "2016-12-05",
        1,
    ),
    (
        "Gunmen stormed the village on Sunday. The following day, troops retook it.",
        "The following day",
        "2016-12-12",
        1,
    ),
    (
        "Police said on Friday that gunmen had attacked the post the previous day.",
        "the previous day",
        "2016-12-08",
        1,
    ),
    (
        "Rebels shelled the town on 5 December. The day before, they had seized a bridge.",
        "The day before",
        "2016-12-04",
        1,
    ),
    (
        "A mine exploded on 2 December. Hours later, a second blast hit the market.",
        "Hours later",
        "2016-12-02",
        1,
    ),
    (
        "Militants raided the depot on 1 December and returned that night.",
        "that night",
        "2016-12-01",
        1,
    ),
    (
        "The siege tightened last week. Two days later, the water ran out.",
        "Two days later",
        "2016-12-10",
        2,
    ),
    (
        "The convoy was ambushed on 6 December. A few days later, the road was closed.",
        "A few days later",
        "2016-12-09",
        2,
    ),
    (
        "The town fell on 9 December. Three weeks earlier, rebels had cut the road.",
        "Three weeks earlier",
        "2016-11-18",
        2,
    ),
]


@pytest.mark.parametrize(("text", "expression", "iso", "precision"), STORY)
def test_story_relative_day(language, words, text, expression, iso, precision):
    _, _, times = _times(language, words, text)
    hits = [t for t in times if t.text == expression]
    assert hits, f"{expression!r} not found in {[t.text for t in times]}"
    assert (hits[0].date, hits[0].precision) == (iso, precision)


def test_two_dates_not_bounding_a_stretch_stay_two(language, words):
    text = "Fighting on 3 December and 5 December killed ten."
    _, _, times = _times(language, words, text)
    assert [(t.text, t.kind) for t in times] == [("3 December", "date"), ("5 December", "date")]


def test_overnight_after_a_named_day_is_that_days_night(language, words):
    text = "Militiamen walked into Selo on Sunday after the garrison slipped away overnight."
    _, _, times = _times(language, words, text)
    assert [(t.text, t.date) for t in times] == [
        ("on Sunday", "2016-12-11"),
        ("overnight", "2016-12-11"),
    ]
    _, _, alone = _times(language, words, "Shells hit the port of Selo overnight.")
    assert [(t.text, t.date) for t in alone] == [("overnight", TUESDAY)]


def test_story_day_without_a_story_date_is_near_the_anchor(language, words):
    _, _, times = _times(language, words, "Militants attacked the convoy that night.")
    assert [(t.text, t.date, t.precision) for t in times] == [("that night", TUESDAY, 2)]


def test_the_day_before_an_event_is_no_story_day(language, words):
    _, _, times = _times(language, words, "They seized a bridge the day before the vote.")
    assert times == ()


# ---- numeric dates: day first, month first under a US dateline ------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("NAIROBI, Kenya (AP) - An order dated 05/06/2016 was read out.", "2016-06-05"),
        ("WASHINGTON (AP) - An order dated 05/06/2016 was read out.", "2016-05-06"),
        ("PORTLAND, Ore., Dec. 12 (AP) - An order dated 05/06/2016 was read out.", "2016-05-06"),
        ("TBILISI, Georgia (AP) - An order dated 05/06/2016 was read out.", "2016-06-05"),
        ("An order dated 05/06/2016 followed one of 11/25/2016.", "2016-05-06"),
    ],
)
def test_numeric_date_order(language, words, text, iso):
    _, _, times = _times(language, words, text)
    assert next(t.date for t in times if t.text == "05/06/2016") == iso


# ---- event dates: story days, fallbacks, nothing after the anchor ---------------------------

# (text, trigger, ISO date, precision); anchor Tuesday 13 December 2016
MORE_EVENT_DATES = [
    (
        "Gunmen stormed the village on 3 December. Two days later, troops retook it.",
        "retook",
        "2016-12-05",
        1,
    ),
    (
        "Militias attacked the camp on Sunday.\n\nThe next day, gunmen burned the market.",
        "burned",
        "2016-12-12",
        1,
    ),
    ("This morning, officials said, gunmen killed four guards.", "killed", TUESDAY, 1),
    ("Police said this morning that the attack killed six people.", "attack", TUESDAY, 1),
    # a day in a side clause dates that clause's act: "who had fled this morning"
    ("Troops killed ten men who had fled this morning.", "killed", TUESDAY, 2),
    ("Following four years of war, the rebels surrendered.", "surrendered", TUESDAY, 2),
    ("Militias blocked the road for two weeks.", "blocked", TUESDAY, 2),
    ("Aid convoys will reach the town in the coming days.", "reach", TUESDAY, 2),
    ("The army said it had shelled rebel positions on 20 December.", "shelled", TUESDAY, 2),
    ("Rebels raided the base between Monday and Wednesday.", "raided", "2016-12-06", 2),
]


@pytest.mark.parametrize(("text", "trigger", "iso", "precision"), MORE_EVENT_DATES)
def test_more_event_dates(language, words, text, trigger, iso, precision):
    p, doc, times = _times(language, words, text)
    tok = token(doc, trigger)
    dated = event_date(p, tok.sent, tok, times, Anchor(TUESDAY, "test"))
    assert (dated.date, dated.precision) == (iso, precision)


def test_a_date_after_the_anchor_gives_way_to_it():
    anchor = Anchor(TUESDAY, "test")
    assert not_after_anchor(EventDate("2016-12-20", 1), anchor) == EventDate(TUESDAY, 2)
    assert not_after_anchor(EventDate("2017-01-15", 3), anchor) == EventDate(TUESDAY, 3)
    assert not_after_anchor(EventDate("2016-12-12", 1), anchor) == EventDate("2016-12-12", 1)


WIRE = "KABUL, Dec 12 (Reuters) - Gunmen killed four guards at a checkpoint, police said.\n\n"
WIRE += "Soldiers arrested two men in the old city."


def test_wire_lead_takes_the_dateline_day(language, words):
    p, doc, times = _times(language, words, WIRE)
    anchor = Anchor(TUESDAY, "test")
    killed, arrested = token(doc, "killed"), token(doc, "arrested")
    lead = event_date(p, killed.sent, killed, times, anchor)
    later = event_date(p, arrested.sent, arrested, times, anchor)
    assert (lead.date, lead.precision) == ("2016-12-12", 1)
    assert (later.date, later.precision) == (TUESDAY, 2)


def test_wire_headline_takes_the_dateline_day(language, words):
    _, _, times = _times(language, words, WIRE)
    headline = "Gunmen kill four guards in Kabul"
    title = passage(headline, PassageKind.TITLE)
    doc = language.parse([headline])[0]
    tok = token(doc, "kill")
    dated = event_date(title, doc[:], tok, times, Anchor(TUESDAY, "test"))
    assert (dated.date, dated.precision) == ("2016-12-12", 1)


def test_wire_lead_in_the_perfect_is_not_that_day(language, words):
    text = "HERAT, Dec 12 (AP) - Nine guards have been killed in raids on border posts."
    p, doc, times = _times(language, words, text)
    tok = token(doc, "killed")
    dated = event_date(p, tok.sent, tok, times, Anchor(TUESDAY, "test"))
    assert (dated.date, dated.precision) == (TUESDAY, 2)


# ---- the date heading a text, in any common written form (issue 13 item 4) -----------------

SHELLING = (
    "Government artillery shelled the eastern districts of Tarvan on Monday, killing four "
    "people, a rescue worker said."
)


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("13-12-2016\n\n", "2016-12-13"),
        ("13.12.2016\n\n", "2016-12-13"),
        ("2016/12/13\n\n", "2016-12-13"),
        ("Dec 132016\n\n", "2016-12-13"),  # the year glued on by a scraper
        ("TARVAN | Dec 13, 2016 | 10:31\n\n", "2016-12-13"),
        ("Tarvan, 13 December 2016 - ", "2016-12-13"),  # opens the one paragraph
        ("13-12-2016 Tarvan: ", "2016-12-13"),
        ("Published: 14/12/2016 09:00\n", "2016-12-14"),
        ("Tuesday 13 December\n\n", "2016-12-13"),  # the year from the text (below)
        # parts glued together by a scraper, and compact numeric stamps
        ("Tarvan13-12-2016\n\n", "2016-12-13"),
        ("Posted on13 December 2016\n\n", "2016-12-13"),
        ("Updated at13.12.2016 | 10:32\n\n", "2016-12-13"),
        ("By Staff Writer13 Dec 2016\n\n", "2016-12-13"),
        ("13122016\n\n", "2016-12-13"),
        ("Tarvan News 20161213 10:32\n\n", "2016-12-13"),
        ("12132016\n\n", "2016-12-13"),  # month first only because day first cannot be
    ],
)
def test_anchor_from_the_date_heading_the_text(words, head: str, day: str) -> None:
    text = head + SHELLING + " The siege began in 2016."
    anchor = document_anchor(_article(text), words=words)
    assert (anchor.date, anchor.reason) == (day, "the date heading the text")


def test_a_date_inside_a_sentence_does_not_head_the_text(words) -> None:
    text = "Months after the 13 December 2015 massacre, survivors met in Tarvan on 2 May 2016."
    anchor = document_anchor(_article(text), words=words)
    assert anchor.date == "2016-05-02" and anchor.reason == "latest full date in the text"


@pytest.mark.parametrize(
    "head",
    [
        "Tel 13122016\n\n",  # a phone number
        "+13122016\n\n",
        "Ref: 20161213\n\n",  # a reference
        "Order no. 13122016\n\n",
        "0913122016\n\n",  # ten digits
        "13122016-45\n\n",  # part of a longer code
        "99999999\n\n",  # no date in any order
        "13121816\n\n",  # a year no header stamp has
        "Protests on 13 December 2016 were dispersed.\n\n",  # a sentence, not a stamp
    ],
)
def test_numbers_and_sentences_at_the_head_are_no_header_date(words, head: str) -> None:
    assert header_date(head, head + SHELLING, words) is None


def test_a_weekday_date_with_no_year_in_the_text_is_no_anchor(words) -> None:
    anchor = document_anchor(_article("Tuesday 13 December\n\n" + SHELLING), words=words)
    assert anchor.date is None


def test_a_year_less_day_heading_before_the_publication_is_the_reported_day(words) -> None:
    article = _article("Monday 12 December\n\n" + SHELLING, published="2016-12-13")
    assert document_anchor(article, words=words).date == "2016-12-12"
    stale = _article("Monday 21 November\n\n" + SHELLING, published="2016-12-13")
    assert document_anchor(stale, words=words).date == "2016-12-13"  # weeks before: a stamp


def test_the_header_date_beats_a_date_the_cleaner_only_inferred(words) -> None:
    article = _article("13.12.2016\n\n" + SHELLING, published="2016-12-20", published_inferred=True)
    assert document_anchor(article, words=words).date == "2016-12-13"
    stated = _article("13.12.2016\n\n" + SHELLING, published="2016-12-14")
    assert document_anchor(stated, words=words).date == "2016-12-14"  # metadata still wins


def test_relative_days_resolve_against_the_header_date(language, words) -> None:
    from sitrep.intake import to_article
    from sitrep.pipeline import capture_from_string

    article = to_article(capture_from_string("13-12-2016\n\n" + SHELLING))
    anchor = document_anchor(article, words=words)
    assert anchor.date == "2016-12-13"
    (passage,) = [p for p in article.passages() if p.kind == PassageKind.BODY]
    times = find_times(passage, language.parse([passage.text])[0], anchor, words=words)
    assert [t.date for t in times if t.text.endswith("Monday")] == ["2016-12-12"]


# ---- a relative day inside reported speech counts from the speech's day ----------------------

# (text, trigger, ISO date, precision); anchor Tuesday 13 December 2016. The parse may hang
# "on Monday" on the told verb; right after "said" it is still the report's day.
SPEECH_DAYS = [
    (
        "The militia said on Monday its men had overrun the border post near Kalo, "
        "the day before, after a long siege.",
        "overrun",
        "2016-12-11",
        1,
    ),
    (
        "A rebel spokesman said on Monday that his fighters captured two villages yesterday.",
        "captured",
        "2016-12-11",
        1,
    ),
    (
        "Officials announced on Sunday that gunmen had stormed a prison two days earlier.",
        "stormed",
        "2016-12-09",
        1,
    ),
    (
        "The governor said on Monday that bandits raided the depot the previous night.",
        "raided",
        "2016-12-11",
        1,
    ),
    # no relative day in the told clause: the report's day is the best there is
    ("The army said on Monday its troops had retaken the ridge.", "retaken", "2016-12-12", 1),
    # a relative day in a clause about a noun dates that clause's act, not the told event
    (
        "Police said on Monday they had freed the village from bandits who had taken it "
        "three days earlier.",
        "freed",
        "2016-12-12",
        1,
    ),
    # "yesterday" outside reported speech still counts from the anchor
    ("Rebels shelled the market on Monday and raided a farm yesterday.", "raided", "2016-12-12", 1),
]


@pytest.mark.parametrize(("text", "trigger", "iso", "precision"), SPEECH_DAYS)
def test_relative_day_in_reported_speech(language, words, text, trigger, iso, precision):
    p, doc, times = _times(language, words, text)
    tok = token(doc, trigger)
    dated = event_date(p, tok.sent, tok, times, Anchor(TUESDAY, "test"))
    assert (dated.date, dated.precision) == (iso, precision)
