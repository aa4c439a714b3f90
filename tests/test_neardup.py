"""Near-duplicates: reprints found (new headline, outlet lines, cut, reworded), others not."""

from __future__ import annotations

from sitrep.neardup import NearDuplicates, Signature, shingles

STORY = " ".join(
    f"Paragraph {i}: fighters of the Velmora Front attacked the garrison at Dastrana on day {i}, "
    f"and {i + 3} guards were wounded while {i * 2} villagers fled toward Port Serin."
    for i in range(1, 12)
)
OTHER = " ".join(
    f"Part {i}: teachers marched through central Port Serin for the {i}th time, asking for "
    f"{i * 100} unpaid salaries, and the governor promised talks with their union."
    for i in range(1, 12)
)


def test_shingles_are_case_folded_word_runs():
    assert shingles("A b C d E f", size=5) == {b"a b c d e", b"b c d e f"}
    assert shingles("too short") == set()


def test_reprints_are_copies_of_the_first_seen():
    finder = NearDuplicates()
    assert finder.check("wire", STORY) is None
    cut = STORY[: int(len(STORY) * 0.6)]
    padded = STORY + " Subscribe to our newsletter for more news from the region every day."
    reworded = STORY.replace("wounded", "hurt", 2)
    for key, body in (("cut", cut), ("padded", padded), ("reworded", reworded)):
        copy = finder.check(key, body)
        assert copy is not None and copy.original == "wire" and copy.document == key
        assert 0.8 <= copy.resemblance <= 1.0
    assert finder.check("other", OTHER) is None  # a different report on the same places
    assert finder.check("tiny", "Clashes in Dastrana.") is None  # too short to call


def test_signature_bands_agree_for_equal_bodies_only():
    a, b, c = Signature.of(STORY), Signature.of(STORY), Signature.of(OTHER)
    assert a.bands(16, 8) == b.bands(16, 8)
    assert not set(a.bands(16, 8)) & set(c.bands(16, 8))
    assert a.containment(b) == 1.0 and a.containment(c) < 0.3
