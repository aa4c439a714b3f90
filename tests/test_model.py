from hypothesis import given
from hypothesis import strategies as st

from sitrep.model import Event, Evidence, Factuality, OffsetMap, as_dict


def test_identity_map_shifts_by_offset():
    m = OffsetMap.identity(10, offset=5)
    assert m.span(2, 4) == (7, 9)


def test_map_across_a_join_spans_the_gap():
    # clean "ab\n\ncd" from original "ab XXXX cd": runs (0,0,2) and (4,8,2)
    m = OffsetMap(((0, 0, 2), (4, 8, 2)))
    assert m.span(0, 2) == (0, 2)
    assert m.span(4, 6) == (8, 10)
    assert m.span(1, 5) == (1, 9)


@given(st.lists(st.tuples(st.integers(1, 20), st.integers(0, 5)), min_size=1, max_size=8))
def test_runs_map_back_exactly(runs):
    """Text built from runs of the original maps every in-run span back to the same text."""
    original = "".join(chr(97 + i % 26) * n + "#" * gap for i, (n, gap) in enumerate(runs))
    segments, clean, pos = [], "", 0
    for n, gap in runs:
        segments.append((len(clean), pos, n))
        clean += original[pos : pos + n] + "\n"
        pos += n + gap
    m = OffsetMap(tuple(segments))
    for cstart, _ostart, n in segments:
        a, b = m.span(cstart, cstart + n)
        assert original[a:b] == clean[cstart : cstart + n]


def test_mentions_are_not_events():
    assert Event(factuality=Factuality.ONGOING).is_event
    assert not Event(factuality=Factuality.FUTURE).is_event


def test_as_dict_is_plain_json():
    e = Event(event_type="Battles", evidence=(Evidence("event_type", "clashes", 3, 10),))
    data = as_dict(e)
    assert data["factuality"] == "happened"
    assert data["evidence"] == [{"field": "event_type", "text": "clashes", "start": 3, "end": 10}]


def test_clean_end_inverts_an_end_inside_a_run_and_refuses_a_dropped_one():
    # clean "ab|cd" came from original "ab--cd": two runs, the dashes dropped
    offsets = OffsetMap(((0, 0, 2), (2, 4, 2)))
    assert [offsets.clean_end(o) for o in (1, 2, 5, 6)] == [1, 2, 3, 4]
    assert offsets.clean_end(3) is None  # ends on a dropped dash
    assert offsets.clean_end(0) is None  # no character before it
