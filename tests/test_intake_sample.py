"""The shared sample article cleans as its hand coding expects (read from ../shared)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.intake import read_file, to_article
from sitrep.model import Article


@pytest.fixture(scope="module")
def sample(shared_dir: Path) -> tuple[Article, dict]:
    folder = shared_dir / "samples"
    expected = json.loads((folder / "aleppo-2016.expected.json").read_text("utf-8"))["article"]
    return to_article(read_file(folder / "aleppo-2016.txt")), expected


def test_title_author_standfirst(sample: tuple[Article, dict]) -> None:
    article, expected = sample
    assert article.title == expected["title"]
    assert article.authors == (expected["author"],)
    assert article.standfirst and article.standfirst.startswith(expected["standfirst_starts"])


def test_published_inside_the_window(sample: tuple[Article, dict]) -> None:
    article, expected = sample
    first, last = expected["published_window"]
    assert article.published and first <= article.published <= last
    assert article.published_inferred
    assert "caption" in article.published_reason


def test_captions_with_credits_and_dates(sample: tuple[Article, dict]) -> None:
    article, expected = sample
    assert len(article.captions) == len(expected["captions"])
    for caption, want in zip(article.captions, expected["captions"], strict=True):
        assert caption.text.startswith(want["starts"])
        assert (caption.credit, caption.date) == (want["credit"], want["date"])
        assert "Credit" not in caption.text
        assert caption.agency and caption.agency.upper() in want["credit"].upper()


def test_related_links(sample: tuple[Article, dict]) -> None:
    article, expected = sample
    assert [link.title for link in article.related] == expected["related_links"]
    for link in article.related:
        assert link.title not in article.body


def test_boilerplate_removed_and_nothing_repeats(sample: tuple[Article, dict]) -> None:
    article, expected = sample
    for text in expected["boilerplate_removed"]:
        assert text not in article.body
    for text in expected["body_must_not_repeat"]:
        assert text not in article.body
    for caption in expected["captions"]:
        assert caption["starts"] not in article.body
    paragraphs = article.body.split("\n\n")
    assert len(paragraphs) == len(set(paragraphs))
