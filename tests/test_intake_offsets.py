"""Offsets that hold: every cleaned span maps back to the same characters in the original."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.intake import read_file, to_article
from sitrep.intake.scraped import clean_text
from sitrep.model import Article

ARTICLES = Path(__file__).parent / "articles"
INVISIBLE = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff\u00ad]+")


def visible(text: str) -> str:
    return INVISIBLE.sub("", text)


def all_articles(shared: Path) -> list[Article]:
    paths = sorted(ARTICLES.iterdir()) + [shared / "samples" / "aleppo-2016.txt"]
    return [to_article(read_file(p)) for p in paths]


@pytest.fixture(scope="module")
def articles(shared_dir: Path) -> list[Article]:
    return all_articles(shared_dir)


def assert_span_holds(article: Article, passage_index: int, start: int, end: int) -> None:
    passage = article.passages()[passage_index]
    a, b = passage.original_span(start, end)
    assert 0 <= a <= b <= len(article.original)
    assert visible(article.original[a:b]) == visible(passage.text[start:end]), (
        article.id,
        passage.kind,
        passage.text[start:end],
        article.original[a:b],
    )


def test_every_word_maps_back(articles: list[Article]) -> None:
    for article in articles:
        for index, passage in enumerate(article.passages()):
            for match in re.finditer(r"\S+", passage.text):
                assert_span_holds(article, index, match.start(), match.end())


def test_spans_inside_one_run_are_exact(articles: list[Article]) -> None:
    for article in articles:
        for passage in article.passages():
            for clean, _orig, length in passage.offsets.segments:
                for s, e in ((clean, clean + length), (clean + length // 2, clean + length)):
                    a, b = passage.original_span(s, e)
                    assert article.original[a:b] == passage.text[s:e]


def test_every_paragraph_maps_back(articles: list[Article]) -> None:
    for article in articles:
        for index, passage in enumerate(article.passages()):
            for match in re.finditer(r"[^\n]+", passage.text):
                assert_span_holds(article, index, match.start(), match.end())


def test_spans_across_paragraphs_keep_order(articles: list[Article]) -> None:
    """Across paragraphs removed lines may sit in between: the text is still in order."""
    for article in articles:
        for passage in article.passages():
            a, b = passage.original_span(0, len(passage.text))
            assert is_subsequence(visible(passage.text), visible(article.original[a:b]))


def is_subsequence(needle: str, haystack: str) -> bool:
    chars = iter(haystack)
    return all(ch in chars for ch in needle)


def paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)] or [(0, 0)]


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_random_spans_map_back(shared_dir: Path, data: st.DataObject) -> None:
    articles = _cached(shared_dir)
    article = data.draw(st.sampled_from(articles))
    passages = article.passages()
    index = data.draw(st.integers(0, len(passages) - 1))
    low, high = data.draw(st.sampled_from(paragraphs(passages[index].text)))
    start = data.draw(st.integers(low, high))
    end = data.draw(st.integers(start, high))
    assert_span_holds(article, index, start, end)


_CACHE: dict[Path, list[Article]] = {}


def _cached(shared: Path) -> list[Article]:
    if shared not in _CACHE:
        _CACHE[shared] = all_articles(shared)
    return _CACHE[shared]


MESSY = st.lists(
    st.sampled_from(
        [
            "Soldiers clashed with rebels near the bridge.",
            "Shelling\u00a0hit  the\tmarket on Monday, officials said.",
            "\u200bAt least five\u00a0people were killed.",
            "Share",
            "By Jane Doe",
            "Residents flee the town on May 2, 2025. Photo: Jane Doe/AFP",
            "   ",
            "",
            "residents said, adding that the road was closed.",
            "Image caption, Families\u00a0flee the camp on 4 May 2025",
            "Getty Images",
            "Read more:  Talks stall in the capital",
            "Item 1 of 3 Smoke rises over the port.\tREUTERS/Jane Doe",
            "2 hours ago",
            "Jane Doe",
            "Topics: Sahel, Mali",
            "KIDAL, 4 MAR 24 -- ARMED MEN ATTACKED A POST AND KILLED TWO GUARDS, A SOURCE SAID.",
        ]
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=300, deadline=None)
@given(lines=MESSY, newline=st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\r\n\r\n"]))
def test_messy_whitespace_keeps_offsets(lines: list[str], newline: str) -> None:
    original = "Title of the story here" + newline + newline.join(lines)
    article = clean_text(original, id="t", sha256="0")
    for passage in article.passages():
        for match in re.finditer(r"[^\n]+", passage.text):
            a, b = passage.original_span(match.start(), match.end())
            assert visible(original[a:b]) == visible(match.group())
        a, b = passage.original_span(0, len(passage.text))
        assert is_subsequence(visible(passage.text), visible(original[a:b]))
    assert_nothing_lost(article)


def test_body_normalises_odd_whitespace() -> None:
    original = (
        "A headline for the test\r\n\r\nShelling\u00a0hit  the\tmarket, officials said today.\r\n"
    )
    article = clean_text(original, id="t", sha256="0")
    assert article.body == "Shelling hit the market, officials said today."
    start = article.body.index("market")
    a, b = article.body_offsets.span(start, start + len("market"))
    assert original[a:b] == "market"


def test_every_character_is_kept_or_set_aside_with_a_reason(articles: list[Article]) -> None:
    for article in articles:
        assert_nothing_lost(article)


def assert_nothing_lost(article: Article) -> None:
    covered = bytearray(len(article.original))
    spans = [r[:2] for r in (article.title_span, article.standfirst_span) if r]
    spans += [(r.start, r.end) for r in article.removed]
    spans += [(o, o + n) for _, o, n in article.body_offsets.segments]
    for start, end in spans:
        covered[start:end] = b"\x01" * (end - start)
    lost = "".join(ch for ch, flag in zip(article.original, covered, strict=True) if not flag)
    assert visible(lost) == "", (article.id, lost[:80])


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from(list("ab AZ.:,-/()|©\n\r\t\u00a0\u200b0123456789"))
        | st.characters(),
        max_size=400,
    )
)
def test_any_text_cleans_without_error(text: str) -> None:
    article = clean_text(text, id="t", sha256="0")
    for passage in article.passages():
        for match in re.finditer(r"[^\n]+", passage.text):
            a, b = passage.original_span(match.start(), match.end())
            assert visible(text[a:b]) == visible(match.group())
    assert_nothing_lost(article)
