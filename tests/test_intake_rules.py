"""One test per cleaning rule, on short invented snippets."""

from __future__ import annotations

import pytest

from sitrep.intake import load_rules
from sitrep.intake._classify import Hints, classify, is_name
from sitrep.intake._text import collapse_glued_repeat, split_lines
from sitrep.intake.scraped import clean_text, find_dateline, parse_credit
from sitrep.model import Article

RULES = load_rules()
PARA = "Gunmen attacked a convoy on the road to the town, killing four guards, officials said."
PARA2 = "The army said it had sent reinforcements and that the road had reopened by evening."
TITLE = "Gunmen attack convoy on northern highway"


def clean(*lines: str, **kwargs: object) -> Article:
    return clean_text("\n\n".join(lines), id="t", sha256="0", rules=RULES, **kwargs)


def labels(*lines: str) -> list[tuple[str, str]]:
    sheet = classify(split_lines("\n\n".join(lines)), RULES, Hints())
    return [(label.kind, label.rule) for label in sheet.labels if label]


def test_glued_repeats_collapse() -> None:
    assert collapse_glued_repeat("Send in e-mailSend in e-mail") == "Send in e-mail"
    assert collapse_glued_repeat("ShareShareShare") == "Share"
    assert collapse_glued_repeat("Bombing") == "Bombing"


@pytest.mark.parametrize(
    "widget",
    [
        "ShareShare",
        "Share on WhatsApp",
        "Tweet",
        "Copy link",
        "Follow us on Telegram",
        "Click the bell icon to follow topics:",
        "Sign up for our newsletters",
        "Advertisement",
        "Skip Advertisement",
        "4 min read",
        "Most read",
        "© 2025 Sahel Courier",
        "Accept all cookies",
        "Home > World > Africa",
        "Middle East",
    ],
)
def test_widgets_are_removed(widget: str) -> None:
    article = clean(TITLE, widget, PARA, PARA2)
    assert article.body == PARA + "\n\n" + PARA2
    assert article.removed[0].kind in ("boilerplate", "related-header")


def test_cookie_and_newsletter_sentences_are_removed() -> None:
    cookie = "This site uses cookies to personalise content. Read our privacy policy to learn more."
    letter = "Subscribe to our morning briefing and get the day's top stories in your inbox."
    article = clean(TITLE, cookie, PARA, letter, PARA2)
    assert "cookies" not in article.body and "Subscribe" not in article.body
    assert [r.kind for r in article.removed] == ["boilerplate", "boilerplate"]


@pytest.mark.parametrize(
    ("credit", "agency", "photographer"),
    [
        ("STRINGER/AFP", "AFP", "STRINGER"),
        ("Jane Doe/Reuters", "Reuters", "Jane Doe"),
        ("REUTERS/Jane Doe", "Reuters", "Jane Doe"),
        ("AFP Photo", "AFP", None),
        ("Jane Doe/AFP via Getty Images", "AFP", "Jane Doe"),
        ("Getty Images", "Getty Images", None),
        ("Ministry of Defence", "Ministry of Defence", None),
        ("Jane Doe", None, "Jane Doe"),
    ],
)
def test_credits_split_into_agency_and_photographer(
    credit: str, agency: str | None, photographer: str | None
) -> None:
    assert parse_credit(credit, RULES) == (agency, photographer)


@pytest.mark.parametrize(
    "caption",
    [
        "Smoke rises over the town on June 2, 2025. Credit: Jane Doe/AFP",
        "Smoke rises over the town on June 2, 2025Credit: STRINGER/AFP",
        "Smoke rises over the town on June 2, 2025. Photo: Jane Doe",
        "Smoke rises over the town on June 2, 2025. (AFP Photo)",
        "Smoke rises over the town on June 2, 2025. Image: Ministry of Defence",
        "Smoke rises over the town on June 2, 2025. REUTERS/Jane Doe",
        "Smoke rises over the town on June 2, 2025. Jane Doe/AFP via Getty Images",
        "Smoke rises over the town on June 2, 2025 © Jane Doe/AFP",
    ],
)
def test_captions_are_set_aside_with_their_date(caption: str) -> None:
    article = clean(TITLE, PARA, caption, PARA2)
    (found,) = article.captions
    assert found.text.startswith("Smoke rises over the town on June 2, 2025")
    assert found.date == "2025-06-02"
    assert "Smoke" not in article.body


def test_caption_scraped_twice_is_kept_once() -> None:
    bare = "Smoke rises over the town on June 2, 2025"
    article = clean(TITLE, PARA, bare + "\n" + bare + "Credit: STRINGER/AFP", PARA2)
    assert len(article.captions) == 1 and "Smoke" not in article.body
    assert [r.kind for r in article.removed] == ["caption-repeat", "caption"]


@pytest.mark.parametrize(
    ("first", "place", "agency", "iso"),
    [
        ("KHARTOUM (Reuters) - Fighting erupted.", "Khartoum", "Reuters", None),
        ("KYIV, Ukraine (AP) — Drones hit the city.", "Kyiv, Ukraine", "AP", None),
        ("GOMA, Congo, March 3 (Reuters) - Rebels advanced.", "Goma, Congo", "Reuters", None),
        (
            "MAIDUGURI, Nigeria, 3 March 2025 (AFP) - A bomb.",
            "Maiduguri, Nigeria",
            "AFP",
            "2025-03-03",
        ),
        ("BAMAKO — Soldiers patrolled the city.", "Bamako", None, None),
        ("Soldiers said - without evidence - that it fell.", None, None, None),
        ("The army (which denied it) - said nothing.", None, None, None),
    ],
)
def test_wire_datelines(first: str, place: str | None, agency: str | None, iso: str | None) -> None:
    dateline = find_dateline(first, RULES)
    assert (dateline.place, dateline.agency, dateline.iso) == (place, agency, iso)


def test_dateline_day_takes_the_year_of_other_evidence() -> None:
    caption = "Smoke rises over the town on June 2, 2025. Credit: Jane Doe/AFP"
    article = clean(TITLE, "GOMA, Congo, June 3 (Reuters) - " + PARA, caption, PARA2)
    assert (article.published, article.published_inferred) == ("2025-06-03", True)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Doe", ("Jane Doe",)),
        ("By JANE DOE and JOHN ROE", ("JANE DOE", "JOHN ROE")),
        ("By Jane Doe | Sahel Courier", ("Jane Doe",)),
        ("Reporting by Jane Doe in Goma; Editing by John Roe", ("Jane Doe",)),
        (
            "(Reporting by Jane Doe and Ali Musa; Writing by Sara Lind)",
            ("Jane Doe", "Ali Musa", "Sara Lind"),
        ),
        ("Jane Doe is a correspondent based in Juba.", ("Jane Doe",)),
    ],
)
def test_bylines(line: str, authors: tuple[str, ...]) -> None:
    article = clean(TITLE, line, PARA, PARA2)
    assert article.authors == authors
    assert article.body == PARA + "\n\n" + PARA2


def test_by_the_time_is_not_a_byline() -> None:
    line = "By the time troops arrived, the gunmen had fled into the forest, residents said."
    article = clean(TITLE, line, PARA)
    assert article.authors == () and article.body.startswith("By the time")


def test_name_line_beside_furniture_and_repeated_is_the_author() -> None:
    article = clean(TITLE, PARA, "Share\nJane Doe\nJane Doe", PARA2)
    assert article.authors == ("Jane Doe",)
    assert "Jane Doe" not in article.body


def test_name_like_subheading_inside_the_story_is_not_an_author() -> None:
    article = clean(TITLE, PARA, PARA2, "Northern Front", PARA)
    assert article.authors == ()


def test_standfirst_needs_furniture_after_it() -> None:
    with_furniture = clean(TITLE, PARA, "By Jane Doe", PARA2, PARA)
    without = clean(TITLE, PARA, PARA2)
    assert with_furniture.standfirst == PARA
    assert without.standfirst is None and without.body.startswith(PARA)


def test_related_links() -> None:
    article = clean(
        TITLE,
        PARA,
        "Read more: Ceasefire talks stall in Doha",
        PARA2,
        "Why the northern highway matters",
        PARA,
    )
    assert [link.title for link in article.related] == [
        "Ceasefire talks stall in Doha",
        "Why the northern highway matters",
    ]
    assert "Doha" not in article.body and "matters" not in article.body


def test_subheading_glued_to_its_paragraph_stays() -> None:
    article = clean(TITLE, PARA, "Convoy ambushed near the river\n" + PARA2)
    assert "Convoy ambushed near the river" in article.body
    assert article.related == ()


def test_tags() -> None:
    article = clean(TITLE, PARA, PARA2, "Tags: Sahel; Mali; Security")
    assert article.tags == ("Sahel", "Mali", "Security")
    header = clean(TITLE, PARA, PARA2, "Related Topics\nSahel\nMali")
    assert header.tags == ("Sahel", "Mali")


def test_live_timestamps_stay_in_the_body() -> None:
    article = clean(TITLE, "09:40 GMT\n" + PARA, "08:15 GMT\n" + PARA2)
    assert article.body.split("\n\n")[0] == "09:40 GMT"


def test_repeated_paragraph_is_kept_once() -> None:
    article = clean(TITLE, PARA, PARA2, PARA)
    assert article.body == PARA + "\n\n" + PARA2


def test_hard_wrapped_lines_join_with_a_space() -> None:
    original = f"{TITLE}\n\nGunmen attacked a convoy on the road to the\ntown, officials said."
    article = clean_text(original, id="t", sha256="0", rules=RULES)
    assert article.body == "Gunmen attacked a convoy on the road to the town, officials said."


@pytest.mark.parametrize(
    ("lines", "published", "inferred", "reason"),
    [
        (("Published: 4 May 2025", "Updated: 6 May 2025"), "2025-05-04", False, "published"),
        (("Tuesday, May 6, 2025 10:41 GMT",), "2025-05-06", False, "published"),
        (("Last updated 6 May 2025 11:02",), "2025-05-06", True, "updated"),
        (
            (
                "Smoke rises on May 1, 2025. Credit: Jane Doe/AFP",
                "Smoke rises on May 3, 2025. Credit: Jane Doe/AFP",
            ),
            "2025-05-03",
            True,
            "caption",
        ),
        ((), None, False, "no date"),
    ],
)
def test_publication_date_evidence(
    lines: tuple[str, ...], published: str | None, inferred: bool, reason: str
) -> None:
    article = clean(TITLE, *lines, PARA, PARA2)
    assert (article.published, article.published_inferred) == (published, inferred)
    assert reason in article.published_reason


def test_dates_written_in_the_story_are_the_last_resort() -> None:
    article = clean(TITLE, PARA, "The attack on 12 April 2025 followed one on 2 April 2025.")
    assert (article.published, article.published_inferred) == ("2025-04-12", True)


def test_given_date_wins() -> None:
    article = clean(TITLE, "Updated: 6 May 2025", PARA, published="2025-05-05")
    assert (article.published, article.published_inferred) == ("2025-05-05", False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Doe", True),
        ("Ahmed al-Rashid", True),
        ("Abu Bakr al Baghdadi", True),
        ("Fighting in Gaza", False),
        ("Jane", False),
        ("Troops Say 12 Killed", False),
    ],
)
def test_name_shapes(text: str, expected: bool) -> None:
    assert is_name(text, RULES) is expected


WRAPPED = """WIRE-0042 (TEST)

   LIMA, 4 FEB 91 -- [RADIO REPORT] [TEXT] ARMED MEN BELIEVED TO BELONG TO A
REBEL COLUMN ATTACKED A POLICE POST IN THE HIGHLAND TOWN OF SANTA ROSA LAST
NIGHT, KILLING TWO OFFICERS AND WOUNDING A THIRD, THE INTERIOR MINISTRY SAID.

   THE MINISTRY ADDED THAT TROOPS HAD BEEN SENT TO THE AREA AND THAT THE
ATTACKERS FLED TOWARD THE MOUNTAINS WITH WEAPONS TAKEN FROM THE POST. [END
RECORDING]

   A LOCAL OFFICIAL SAID THE POST HAD BEEN ATTACKED TWICE BEFORE THIS YEAR
AND ASKED THE GOVERNMENT FOR MORE PROTECTION. [CONTINUED]

   INTERIOR MINISTRY PRESS OFFICE
"""


def test_fixed_width_wire_copy_is_rejoined() -> None:
    article = clean_text(WRAPPED, id="w", sha256="0", rules=RULES)
    paragraphs = article.body.split("\n\n")
    assert paragraphs[0].startswith("LIMA, 4 FEB 91 -- [RADIO REPORT]")  # the id line is gone
    assert "A\nREBEL" not in article.body and "TO A REBEL COLUMN" in article.body
    assert (article.dateline, article.published, article.published_inferred) == (
        "Lima",
        "1991-02-04",
        False,
    )
    # all capitals: no line is taken for an author or a related headline
    assert article.authors == () and article.related == ()
    assert paragraphs[-1] == "INTERIOR MINISTRY PRESS OFFICE"


def test_editorial_notes_do_not_hide_the_end_of_a_sentence() -> None:
    note = "Troops reached the village at dawn and found it empty, a witness said. [inaudible]"
    article = clean(TITLE, PARA, note, PARA2)
    assert note in article.body


@pytest.mark.parametrize(
    "report",
    [
        "On 2 May 2021, gunmen shot dead a trader near the market of the town. [size=no report]",
        "Militiamen burnt two granaries at the edge of the village. Nobody was hurt [size=10]",
    ],
)
def test_a_one_line_report_with_a_trailing_tag_is_body_not_a_title(report: str) -> None:
    article = clean(report)
    assert article.title is None and report in article.body


def test_caption_with_a_label_and_a_credit_line() -> None:
    article = clean(
        TITLE,
        PARA,
        "Image source, Getty Images\nImage caption, Families leave the camp on foot on 4 May 2025",
        PARA2,
    )
    (caption,) = article.captions
    assert caption.text == "Families leave the camp on foot on 4 May 2025"
    assert (caption.credit, caption.agency, caption.date) == (
        "Getty Images",
        "Getty Images",
        "2025-05-04",
    )
    assert "Image" not in article.body and "Families" not in article.body


def test_gallery_item_prefix_and_ap_credit() -> None:
    article = clean(
        TITLE,
        PARA,
        "Item 2 of 4 Smoke rises over the port after a strike, May 6, 2025. (AP Photo/Jane Doe)",
        PARA2,
    )
    (caption,) = article.captions
    assert caption.text.startswith("Smoke rises over the port")
    assert (caption.agency, caption.photographer) == ("AP", "Jane Doe")


def test_agency_name_alone_is_left_alone_without_a_caption() -> None:
    article = clean(TITLE, PARA, "Reuters", PARA2)
    assert article.captions == ()


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Associated Press writer Jane Doe in Kyiv contributed to this report.", ("Jane Doe",)),
        ("CNN's Ali Musa and Sara Lind contributed reporting.", ("Ali Musa", "Sara Lind")),
        ("By Jane Doe in Goma", ("Jane Doe",)),
    ],
)
def test_contributor_lines(line: str, authors: tuple[str, ...]) -> None:
    article = clean(TITLE, PARA, PARA2, line)
    assert article.authors == authors
    assert "contributed" not in article.body


@pytest.mark.parametrize(
    "line", ["(Editing by John Roe)", "___", "* * *", "list 1 of 4", "end of list"]
)
def test_editing_credits_and_separators_are_removed(line: str) -> None:
    article = clean(TITLE, PARA, PARA2, line)
    assert article.body == PARA + "\n\n" + PARA2


def test_affiliation_under_a_byline_is_not_an_author() -> None:
    article = clean(
        TITLE, "Jane Doe\nAfrica correspondent, Nairobi\nPublished 3 hours ago", PARA, PARA2
    )
    assert article.authors == ("Jane Doe",)
    assert article.body == PARA + "\n\n" + PARA2


@pytest.mark.parametrize(
    ("stamp", "iso", "inferred"),
    [
        ("First published on Tue 13 May 2025 10.31 BST", "2025-05-13", False),
        ("Last modified on Wed 14 May 2025 08.02 BST", "2025-05-14", True),
        ("Published On 13 May 2025", "2025-05-13", False),
        ("May 13th, 2025", "2025-05-13", False),
        ("Posted: Tuesday, May 13, 2025 - 14:05", "2025-05-13", False),
        ("Published: 13.05.2025 10:31", "2025-05-13", False),
        ("Updated 05/14/2025", "2025-05-14", True),
        ("Goma | May 13, 2025 | 10:31 GMT", "2025-05-13", False),
        ("2025-05-13T10:31:00Z", "2025-05-13", False),
    ],
)
def test_stamp_shapes(stamp: str, iso: str, inferred: bool) -> None:
    article = clean(TITLE, stamp, PARA, PARA2)
    assert (article.published, article.published_inferred) == (iso, inferred)
    assert article.body == PARA + "\n\n" + PARA2


def test_a_paragraph_opening_like_a_prompt_stays() -> None:
    line = "Analysis: the attack shows the group can still strike the capital, experts said."
    article = clean(TITLE, PARA, line, PARA2)
    assert line in article.body and article.related == ()


def test_a_related_question_is_still_related() -> None:
    article = clean(TITLE, PARA, "Read more: Will the truce in the north hold?", PARA2)
    assert [link.title for link in article.related] == ["Will the truce in the north hold?"]


def test_caption_without_credit_is_known_by_its_date() -> None:
    caption = "Displaced families queue for water at a camp outside the city on 4 May 2025"
    article = clean(TITLE, PARA, caption, PARA2)
    (found,) = article.captions
    assert (found.text, found.credit, found.date) == (caption, None, "2025-05-04")
    assert article.related == ()


def test_name_with_role_is_a_byline() -> None:
    article = clean(TITLE, "Jane Doe, Haaretz Correspondent", PARA, PARA2)
    assert article.authors == ("Jane Doe",)


def test_wire_attribution_closing_a_paragraph_is_not_a_credit() -> None:
    long_para = PARA[:-1] + ", and the army promised an inquiry into the killings (AP)"
    article = clean(TITLE, long_para + " " + PARA2 + " " + PARA2 + " (AP)", PARA2)
    assert article.captions == ()
    short = clean(TITLE, PARA, "Mourners carry a coffin through the market in Kano. (AFP)", PARA2)
    assert [c.agency for c in short.captions] == ["AFP"]


def test_a_one_paragraph_story_is_never_a_caption() -> None:
    story = "Police said on March 3, 2025 that gunmen had killed two traders near the market"
    assert clean_text(story, id="t", sha256="0", rules=RULES).captions == ()


def test_a_headline_naming_a_date_is_still_the_title() -> None:
    title = "Goma, January 27, 2025: the day the rebels entered the city"
    article = clean(title, PARA, PARA2)
    assert article.title == title and article.published == "2025-01-27"
    assert article.published_inferred


def test_lone_words_and_two_word_labels_are_furniture() -> None:
    article = clean(TITLE, "Haaretz", PARA, "Israel News", PARA2)
    assert article.body == PARA + "\n\n" + PARA2
    assert [r.rule for r in article.removed] == ["lone-word", "lone-headline"]


def test_dateline_day_takes_the_nearest_year() -> None:
    caption = "Smoke rises over the town on January 2, 2025. Credit: Jane Doe/AFP"
    article = clean(TITLE, "GOMA, Congo, Dec 31 (Reuters) - " + PARA, caption, PARA2)
    assert (article.published, article.published_inferred) == ("2024-12-31", True)


BBC_LIKE = """Drone strike hits market in El Obeid

2 hours ago
Share

Jane Doe
Africa correspondent

Getty Images
Families fleeing fighting arrive in Tawila, North Darfur, on 3 May 2025

{para}

{para2}

Related topics
Sudan
Africa

More on this story
Army says it has retaken the presidential palace
Published
21 March
"""


def test_a_page_with_a_related_list_and_a_credit_line() -> None:
    article = clean_text(BBC_LIKE.format(para=PARA, para2=PARA2), id="b", sha256="0", rules=RULES)
    assert article.body == PARA + "\n\n" + PARA2
    assert article.authors == ("Jane Doe",)
    (caption,) = article.captions
    assert (caption.agency, caption.date) == ("Getty Images", "2025-05-03")
    assert article.tags == ("Sudan", "Africa")
    assert [link.title for link in article.related] == [
        "Army says it has retaken the presidential palace"
    ]


@pytest.mark.parametrize(
    ("stamp", "day"),
    [("13-12-2016", "2016-12-13"), ("Dec 132016", "2016-12-13"), ("13.12.2016", "2016-12-13")],
)
def test_header_stamps_in_every_common_form(stamp: str, day: str) -> None:
    article = clean(TITLE, stamp, PARA, PARA2)
    assert (article.published, article.published_inferred) == (day, False)
    assert stamp not in article.body


def test_a_scraped_title_loses_the_site_name_its_url_gives() -> None:
    text = "\n\n".join(["Gunmen attack convoy on northern highway | Lantern News", PARA, PARA2])
    article = clean_text(
        text, id="t", sha256="0", rules=RULES, url="https://www.lanternnews.example/a/1"
    )
    assert (article.title, article.outlet) == (TITLE, "Lantern News")
    assert article.title_span is not None
    assert text[article.title_span[0] : article.title_span[1]] == TITLE
    dated = clean("Gunmen attack convoy on northern highway | 19.01.2020", PARA, PARA2)
    assert (dated.title, dated.outlet) == (TITLE, None)
