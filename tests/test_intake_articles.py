"""Each test article (invented text in a different scraped layout) cleans as expected."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from sitrep.intake import read_file, to_article
from sitrep.model import Article

ARTICLES = Path(__file__).parent / "articles"


def load(name: str) -> Article:
    return to_article(read_file(ARTICLES / name))


def paragraphs(article: Article) -> list[str]:
    return article.body.split("\n\n")


def assert_clean(article: Article, gone: list[str]) -> None:
    """Boilerplate gone from the body and title; no paragraph repeated; all text kept once."""
    for text in gone:
        assert text not in article.body, text
    repeated = [p for p, n in Counter(paragraphs(article)).items() if n > 1]
    assert not repeated
    for caption in article.captions:
        assert caption.text not in article.body
        assert article.original[caption.start : caption.end] == caption.text


def test_wire_dateline() -> None:
    article = load("wire-dateline.txt")
    assert article.title == (
        "Drone strike on market kills at least 19 in Sudan's North Kordofan, medics say"
    )
    assert article.authors == ("Hamid Osman", "Clara Weiss")
    assert (article.published, article.published_inferred) == ("2025-06-11", False)
    assert (article.dateline, article.agency) == ("Khartoum, Sudan", "Reuters")
    assert article.body.startswith("KHARTOUM, Sudan, June 11 (Reuters) - A drone strike")
    assert article.captions == ()
    assert_clean(article, ["Reporting by", "Editing by", "4:32 PM"])


def test_byline_at_top() -> None:
    article = load("byline-top.txt")
    assert article.authors == ("Marta Kowalenko", "Petro Savchuk")
    assert article.standfirst and article.standfirst.startswith("Rescuers worked through")
    assert (article.published, article.published_inferred) == ("2025-02-14", False)
    (caption,) = article.captions
    assert caption.text.startswith("Firefighters battle a blaze")
    assert (caption.credit, caption.agency, caption.photographer, caption.date) == (
        "Serhii Bondar/AFP",
        "AFP",
        "Serhii Bondar",
        "2025-02-14",
    )
    assert [link.title for link in article.related] == [
        "Kyiv says Russian troops pushed back near Vovchansk"
    ]
    assert article.tags == ("Ukraine", "Kharkiv", "Drone attacks")
    assert paragraphs(article)[0].startswith("Russian attack drones struck")
    assert_clean(article, ["Share on", "Copy link", "By Marta", "Published:", "Topics:"])


def test_byline_at_bottom_and_updated_stamp() -> None:
    article = load("byline-bottom.txt")
    assert article.authors == ("Khin Myat Noe",)
    assert article.title == "Junta airstrike on monastery kills 23 sheltering villagers in Sagaing"
    assert (article.published, article.published_inferred) == ("2025-01-09", True)
    assert "updated" in article.published_reason
    assert_clean(article, ["Advertisement", "freelance journalist", "All rights reserved"])
    assert paragraphs(article)[-1].startswith("A villager who lost two relatives")


def test_photo_credits_and_repeated_caption() -> None:
    article = load("photo-credits.txt")
    credits = [(c.credit, c.agency, c.photographer, c.date) for c in article.captions]
    assert credits == [
        ("AFP Photo", "AFP", None, "2025-03-08"),
        ("REUTERS/Abdullahi Musa", "Reuters", "Abdullahi Musa", "2025-03-09"),
        ("Nigerian Army", "Nigerian Army", None, None),  # an organisation: the agency
        ("Kola Sulaimon/AFP via Getty Images", "AFP", "Kola Sulaimon", None),
    ]
    assert article.captions[2].text.endswith("in an undated file picture.")
    assert (article.published, article.published_inferred) == ("2025-03-09", True)
    assert article.published_reason == "latest dated caption (2025-03-09)"
    assert article.standfirst and article.standfirst.startswith("Armed men stormed")
    assert [link.title for link in article.related] == [
        "Nigeria: The long road home for kidnapped schoolgirls"
    ]
    assert any(r.kind == "caption-repeat" for r in article.removed)
    assert_clean(article, ["Send this article", "Print", "Parents of missing students"])


def test_cookie_banner_and_newsletter() -> None:
    article = load("cookie-banner.txt")
    assert article.title == (
        "Clashes between M23 rebels and army-backed militias kill at least 12 near Masisi"
    )
    assert (article.published, article.published_inferred) == ("2025-04-22", False)
    assert_clean(
        article,
        [
            "cookie",
            "Accept all",
            "Manage preferences",
            "newsletter",
            "Advertisement",
            "Subscribe",
            "Enter your email",
        ],
    )
    assert len(paragraphs(article)) == 5


def test_live_blog_keeps_timestamps_and_entry_headlines() -> None:
    article = load("live-blog.txt")
    assert article.title and article.title.startswith("Live: Sudan war")
    assert (article.published, article.published_inferred) == ("2025-05-05", True)
    body = paragraphs(article)
    assert body[0] == "15:42 GMT"
    assert "Shelling kills nine in Abu Shouk camp" in body
    assert "Scroll to continue reading" not in article.body
    assert article.related == ()
    assert_clean(article, ["Follow", "Share", "Updated 5 May"])


def test_no_date_at_all() -> None:
    article = load("no-date.txt")
    assert article.published is None
    assert not article.published_inferred
    assert article.authors == ()
    assert article.tags == ("Somalia", "Al-Shabaab")
    assert_clean(article, ["Related Topics"])
    assert paragraphs(article)[-1].startswith("The government had pledged")


def test_crlf_with_bom() -> None:
    article = load("crlf-bom.txt")
    assert article.encoding == "utf-8-bom"
    assert "\r\n" in article.original and not article.original.startswith("\ufeff")
    assert article.title == "Heavy fighting as Congolese army and M23 rebels battle for Minova"
    assert article.authors == ("Sarah Mbuyi",)
    assert (article.published, article.published_inferred) == ("2025-01-24", False)
    assert (article.dateline, article.agency) == ("Goma", "AFP")
    assert "\r" not in article.body and "\t" not in article.body and "\u00a0" not in article.body
    assert "\u200b" not in article.body
    assert "army and allied militias" in article.body
    (caption,) = article.captions
    assert (caption.agency, caption.date) == ("AFP", "2025-01-23")


def test_cp1252_with_accented_names() -> None:
    article = load("cp1252-mali.txt")
    assert article.encoding == "cp1252"
    assert article.title == "Jihadists kill 14 in attack on village near Sévaré, Mali"
    assert article.authors == ("Mamadou Ndiaye", "Hélène Faure")
    assert "Aïssata Traoré" in article.body and "“They came" in article.body
    assert (article.published, article.published_inferred) == ("2024-09-02", False)
    assert (article.dateline, article.agency) == ("Bamako, Mali", "AFP")


def test_html_with_figure_caption() -> None:
    article = load("html-figure.html")
    assert article.format == "html"
    assert article.title == "Police fire tear gas at fuel price protesters in Nairobi"
    assert article.authors == ("Wanjiru Kamau",)
    assert (article.published, article.published_inferred) == ("2025-06-25", False)
    (caption,) = article.captions
    assert caption.text.startswith("Protesters run from tear gas on Kenyatta Avenue")
    assert (caption.credit, caption.agency, caption.date) == (
        "Brian Otieno/Reuters",
        "Reuters",
        "2025-06-24",
    )
    assert article.body.startswith("Kenyan police fired tear gas")
    assert_clean(article, ["cookies", "Home", "All rights reserved", "By Wanjiru"])


def test_html_without_figure() -> None:
    article = load("html-plain.html")
    assert article.title == "Army says it retook Myawaddy road villages from resistance forces"
    assert article.authors == ("Aung Kyaw Min",)
    assert (article.published, article.published_inferred) == ("2024-11-18", False)
    assert article.captions == ()
    assert article.body.startswith("Myanmar's military said on Sunday")
    assert_clean(article, ["Share", "Tweet", "newsletter", "Home / World"])


@pytest.mark.parametrize("name", sorted(p.name for p in ARTICLES.iterdir()))
def test_every_article_has_a_title_and_a_body(name: str) -> None:
    article = load(name)
    assert article.title and len(article.body) > 300
    assert article.title not in article.body
    assert all(r.rule for r in article.removed)


def test_html_fragment_without_an_article_still_reads() -> None:
    from sitrep.intake.html import clean_html

    html = "<html><body><p>Gunmen burned a market in Tillaberi.</p><p>Two died.</p></body></html>"
    article = clean_html(html, id="f", sha256="0")
    assert "Gunmen burned a market in Tillaberi." in article.original
    assert "Tillaberi" in article.body or article.title == "Gunmen burned a market in Tillaberi."


def test_fixed_width_wire_copy() -> None:
    article = load("fixed-width-wire.txt")
    assert article.title == "Rebels seize border post in overnight raid"
    assert (article.dateline, article.published, article.published_inferred) == (
        "Kidal",
        "2024-03-14",
        False,
    )
    body = paragraphs(article)
    assert len(body) == 5
    assert body[0].startswith("KIDAL, 14 MAR 24 --") and "\n" not in body[0]
    assert body[2].endswith("WHICH THE ARMY DENIED. [END RECORDING]")
    assert [r.rule for r in article.removed] == ["document-id"]
    assert article.authors == ()
