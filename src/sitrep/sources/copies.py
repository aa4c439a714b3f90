"""Near-duplicate articles: the same wire story republished is a copy, not a confirmation.

Two bodies are compared by the overlap (Jaccard) of their word shingles: a republished story
keeps its sentences even when the headline, byline and boilerplate around it change.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence

_WORD = re.compile(r"\w+", re.U)


def shingles(text: str, size: int = 5) -> frozenset[int]:
    """The set of `size`-word runs of `text` (case-folded words), hashed."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < size:
        return frozenset({zlib.crc32(" ".join(words).encode())} if words else ())
    return frozenset(
        zlib.crc32(" ".join(words[i : i + size]).encode()) for i in range(len(words) - size + 1)
    )


def resemblance(a: frozenset[int], b: frozenset[int]) -> float:
    """Jaccard overlap of two shingle sets (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def find_copies(
    bodies: Sequence[tuple[str, str]], *, threshold: float = 0.6, size: int = 5
) -> dict[str, str]:
    """`{key: original key}` for every body that copies an earlier one in `bodies`
    (`(key, body)` pairs in the order they were published or read)."""
    seen: list[tuple[str, frozenset[int]]] = []
    copies: dict[str, str] = {}
    for key, body in bodies:
        mine = shingles(body, size)
        for other, theirs in seen:
            if resemblance(mine, theirs) >= threshold:
                copies[key] = copies.get(other, other)  # a copy of a copy: the first original
                break
        seen.append((key, mine))
    return copies
