"""Size bounds: text and captions over the limits are set aside (never lost) with a warning."""

from __future__ import annotations

import logging

import pytest

from sitrep.intake import Capture, Limits, to_article
from sitrep.intake._limits import cut_point
from sitrep.language import MAX_CHUNK, sentences
from sitrep.pipeline import capture_from_string

SENTENCE = "Militiamen burned {n} houses in the village of Tora on Friday, a local chief said. "


def _capture(text: str, kind: str = "text") -> Capture:
    capture = capture_from_string(text, id="big")
    return Capture(**{**capture.__dict__, "kind": kind, "source": "big.txt"})


def test_long_single_line_is_cut_at_a_sentence_end_with_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    text = "".join(SENTENCE.format(n=n) for n in range(3000)).strip()  # ~250 KB, one line
    limits = Limits(max_chars=20_000)
    with caplog.at_level(logging.WARNING, logger="sitrep"):
        article = to_article(_capture(text), limits=limits)
    assert len(article.body) <= 20_000 and article.body.endswith("said.")
    assert text.startswith(article.body)
    over = [r for r in article.removed if r.kind == "over-limit"]
    assert over and over[-1].end == len(text)  # the rest is accounted for, not dropped silently
    assert sum(r.end - r.start for r in over) == len(text) - len(article.body)
    (record,) = [r for r in caplog.records if "size limits" in r.getMessage()]
    assert record.getMessage().startswith("big.txt: ")


def test_paragraphs_after_the_budget_are_set_aside_whole() -> None:
    paragraphs = [SENTENCE.format(n=n) * 3 for n in range(50)]
    article = to_article(_capture("\n\n".join(paragraphs)), limits=Limits(max_chars=2_000))
    kept = article.body.split("\n\n")
    assert 2 <= len(kept) < 50 and all(p.strip() in paragraphs[i] for i, p in enumerate(kept))
    assert len(article.body) <= 2_000


def test_captions_over_the_count_limit_are_set_aside() -> None:
    figures = "".join(
        f"<figure><img src='{i}.jpg'><figcaption>Market stall number {i} after the fire in "
        f"Tora</figcaption></figure>"
        for i in range(40)
    )
    story = "".join(f"<p>{SENTENCE.format(n=n)}</p>" for n in range(4))
    html = f"<html><body><article><h1>Fire in Tora</h1>{story}{figures}</article></body></html>"
    article = to_article(_capture(html, "html"), limits=Limits(max_captions=10))
    assert [c.text for c in article.captions] == [
        f"Market stall number {i} after the fire in Tora" for i in range(10)
    ]
    assert sum(r.kind == "over-limit" for r in article.removed) == 30


def test_a_text_longer_than_the_scan_limit_is_classified_only_up_to_it() -> None:
    text = "\n\n".join(SENTENCE.format(n=n) for n in range(400))
    article = to_article(_capture(text), limits=Limits(max_scan=5_000, max_chars=100_000))
    assert len(article.body) <= 5_000
    assert any(r.rule == "scan-limit" and r.end == len(text) for r in article.removed)


@pytest.mark.parametrize(
    ("text", "budget", "cut"),
    [
        ("One two. Three four five six.", 20, 9),  # after the sentence end
        ("aaaa bbbb cccc dddd eeee", 12, 10),  # at a space
        ("x" * 50, 10, 10),  # anywhere
    ],
)
def test_cut_point(text: str, budget: int, cut: int) -> None:
    assert cut_point(text, budget, anywhere=True) == cut
    assert cut_point(text, budget) == (cut if "." in text else 0)


def test_a_run_without_sentence_ends_is_parsed_in_bounded_chunks() -> None:
    text = "word " * 3000 + "x" * 5000
    chunks = sentences(text)
    assert "".join(chunks) == text
    assert max(len(c) for c in chunks) <= MAX_CHUNK and len(chunks) >= 10


def test_a_sentence_repeated_on_one_long_line_is_read_once() -> None:
    other = "Traders fled towards the road, witnesses said. "
    text = (SENTENCE.format(n=3) * 400 + other + SENTENCE.format(n=3) * 400).strip()
    article = to_article(_capture(text))
    assert article.body.split("\n\n") == [SENTENCE.format(n=3).strip(), other.strip()]
    repeats = [r for r in article.removed if r.rule == "repeated-sentence"]
    assert len(repeats) == 799 and repeats[-1].end == len(text)


def test_a_short_line_keeps_its_repeated_sentences() -> None:
    text = "\n\n".join([SENTENCE.format(n=1) * 3, SENTENCE.format(n=2)])
    assert to_article(_capture(text)).body.count("burned 1 houses") == 3
